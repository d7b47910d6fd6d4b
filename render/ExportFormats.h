#pragma once

#include "model/design/Firewall.h"
#include "model/export/RequestWriter.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace pp {

/// The change-request formats by name: the one place the CLI and the
/// designer find a format's writer.
namespace exportformats {

/// csv, xlsx, html, pdf, ps1, nft, svg, png, drawio, then vendorNames().
QStringList names();
/// The firewalls' own languages (issue 14): capirca, paloalto, fortigate,
/// cisco-asa, juniper-srx, iptables, azure-nsg, aws-sg. Their writers are
/// VendorWriters: one device at a time (setDevice), warnings after write.
QStringList vendorNames();
/// The format a device of this platform gets by default (rule 10): its own
/// language; csv for generic, nft for nftables, ps1 for windows.
QString forPlatform(FirewallPlatform platform);
/// The file suffix of a format's output ("set" for paloalto, "cfg" for
/// cisco-asa, "rules" for iptables; the format name for the others).
QString fileSuffix(const QString &format);
/// Formats that are not text (a file is needed; no standard output).
bool isBinary(const QString &format);
/// Formats drawn with fonts and pictures: they need a QGuiApplication.
bool needsGui(const QString &format);
/// The writer of a format, or null for a name that is none.
std::unique_ptr<RequestWriter> writer(const QString &format);

/// The whole output in memory: for small requests and tests only (exports
/// of real requests stream through writer()).
QByteArray render(const QString &format, const ExportInput &input, QString *error);

} // namespace exportformats
} // namespace pp
