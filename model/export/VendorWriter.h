#pragma once

#include <QString>
#include <QStringList>

#include "model/design/Firewall.h"
#include "model/export/RequestWriter.h"

namespace pp {

class PlatformNames;
class TextSink;
class VendorObjects;
struct RequestSection;

/// A file name for one device's output: its id with anything but
/// [A-Za-z0-9._-] replaced ("zones" for the implicit firewall).
QString deviceFileStem(const RequestSection &section);

/// The base of the writers that speak a firewall's own language (issue 14):
/// PAN-OS, FortiOS, ASA, Junos, iptables, Azure NSG, AWS security groups,
/// Capirca. It walks the request device by device, resolves each device's
/// objects once (VendorObjects) with names fitted to the platform
/// (PlatformNames), and hands them to the format. Every output is a delta:
/// it adds what the design needs and never removes, replaces or flushes
/// what a device already has.
///
/// Whatever had to change to fit the platform (a name cut, a character
/// replaced, a rule that could not be written) is in warnings() after
/// write(), and in the file where the format has comments.
class VendorWriter : public RequestWriter
{
public:
    explicit VendorWriter(FirewallPlatform platform);

    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;

    /// Only the section of this firewall id (the CLI writes one file per
    /// device); empty = every section.
    void setDevice(const QString &firewallId) { m_device = firewallId; }
    /// What the last write() changed or left out to fit the platform.
    const QStringList &warnings() const { return m_warnings; }
    FirewallPlatform platform() const { return m_platform; }

protected:
    /// Once before the first device (a JSON document's opening).
    virtual void begin(TextSink &out, const ExportInput &input) const;
    /// One device: its objects and rules.
    virtual void writeSection(TextSink &out, const ExportInput &input, const RequestSection &section,
                              const VendorObjects &objects, PlatformNames &names) const = 0;
    /// Once after the last device, with every warning of the write.
    virtual void end(TextSink &out, const ExportInput &input, const QStringList &warnings) const;
    /// The line prefix of a comment, or null when the format has none.
    virtual const char *commentPrefix() const { return nullptr; }

    /// Comment lines (when the format has comments): the device and its
    /// warnings, before its objects.
    void sectionComment(TextSink &out, const ExportInput &input, const RequestSection &section,
                        const QStringList &warnings) const;

    /// A warning of the writer's own (beyond the names' and the skipped rules').
    void warn(const RequestSection &section, const QString &text) const;

private:
    FirewallPlatform m_platform;
    QString m_device;
    mutable QStringList m_warnings;
};

} // namespace pp
