#pragma once

#include <QString>

#include <optional>

namespace pp {
struct ChangeRequest;
}

namespace pp::cli {

struct AnalyzedDesign;

/// What `export` was asked for, as far as devices go (rule 10, issue 14).
struct DeviceExport
{
    QString command;          ///< for messages: "export"
    QString format;           ///< the format given (--format or -o's suffix); empty = each device's platform
    QString firewall;         ///< --firewall ID; empty = every device
    QString output;           ///< -o; empty or "-" = standard output
};

/// Writes the request device by device when that is what was asked: a
/// format in a firewall's own language (one file per device in the folder
/// -o names when the request has several; capirca always writes the
/// folders aclgen reads), --firewall ID (that device only), or no format
/// and -o a folder for a design with firewalls (each device in its
/// platform's format). nullopt when the export is not per device (the
/// caller writes the whole request); else the exit code.
std::optional<int> exportByDevice(const DeviceExport &job, const ChangeRequest &request, const AnalyzedDesign &source);

} // namespace pp::cli
