#pragma once

#include <QStringList>

#include "model/export/ChangeRequest.h"

#include <vector>

namespace pp {

class Catalog;

/// The tables a change request is made of, as rows of text: the one place
/// that decides their columns, so CSV, XLSX and the HTML report agree.
namespace requesttable {

/// Columns of the request lines (one row per opening).
QStringList lineHeaders();
QStringList lineRow(const ChangeRequest &request, const RequestLine &line);

/// Consolidated firewall rules.
QStringList ruleHeaders();
QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule);

/// Object groups and service groups in one table.
QStringList groupHeaders();
std::vector<QStringList> groupRows(const ChangeRequest &request);

/// The flows the lines serve (and, with --all-flows, the others).
QStringList flowHeaders();
std::vector<QStringList> flowRows(const ChangeRequest &request);

/// Hosts and zones of a design.
QStringList hostHeaders();
std::vector<QStringList> hostRows(const Design &design, const Catalog &catalog);
QStringList zoneHeaders();
std::vector<QStringList> zoneRows(const Design &design);

/// The request metadata as name/value pairs.
std::vector<std::pair<QString, QString>> metadata(const ChangeRequest &request);
/// The metadata that is filled in, on one line ("Ticket: CHG1; Owner: ..."),
/// or "no request metadata in the design".
QString metadataLine(const ChangeRequest &request);

} // namespace requesttable
} // namespace pp
