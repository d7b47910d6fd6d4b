#pragma once

#include <QString>
#include <QStringList>

namespace pp {

struct ExportInput;

/// The folders Capirca's aclgen reads (`aclgen --base_directory
/// DIR/policies --definitions_directory DIR/def`): a policy per device in
/// DIR/policies/pol (aclgen looks for policies in folders named `pol`),
/// DIR/def/NETWORK.net and DIR/def/SERVICES.svc. Each file is written
/// atomically; files of other names in DIR are left alone.
class CapircaLayout
{
public:
    /// Writes the layout under `dir` (created if missing); `device` limits
    /// it to one firewall id. The paths written go to *written, what had
    /// to change to fit Capirca to *warnings.
    static bool write(const ExportInput &input, const QString &dir, const QString &device, QStringList *written,
                      QStringList *warnings, QString *error);
};

} // namespace pp
