#pragma once

#include <QStringList>

#include "model/export/ChangeRequest.h"

#include <utility>
#include <vector>

namespace pp {

class Catalog;

/// The tables a change request is made of, as rows of text: the one place
/// that decides their columns, so CSV, XLSX and the reports agree. Row by
/// row, so a writer streams them.
namespace requesttable {

/// Columns of the request lines (one row per opening).
QStringList lineHeaders();
QStringList lineRow(const ChangeRequest &request, const RequestLine &line);

/// Consolidated firewall rules.
QStringList ruleHeaders();
/// The column of ruleHeaders() that names the firewall (headers are
/// translated: find it by place, not by name).
constexpr int ruleFirewallColumn = 2;
QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule);

/// Object groups and service groups in one table.
QStringList groupHeaders();
QStringList objectGroupRow(const ObjectGroup &group);
QStringList serviceGroupRow(const ServiceGroup &group);

/// The flows the lines serve (and, with --all-flows, the others); `line` is
/// the line id, empty for the others.
QStringList flowHeaders();
QStringList flowRow(const ChangeRequest &request, const QString &line, const RequestFlow &flow);

/// Hosts and zones of a design.
QStringList hostHeaders();
QStringList hostRow(const Host &host, const Catalog &catalog);
QStringList zoneHeaders();
/// `hosts`: how many hosts the zone holds.
QStringList zoneRow(const Zone &zone, int hosts);

/// The request metadata as name/value pairs.
std::vector<std::pair<QString, QString>> metadata(const ChangeRequest &request);
/// The metadata that is filled in, on one line ("Ticket: CHG1; Owner: ..."),
/// or "no request metadata in the design".
QString metadataLine(const ChangeRequest &request);

/// Warnings of a line (its groups'), one per line of text.
QString warningsText(const ChangeRequest &request, const RequestLine &line);

} // namespace requesttable
} // namespace pp
