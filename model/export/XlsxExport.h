#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

class Catalog;
struct ChangeRequest;
struct Design;

/// The change request as an XLSX workbook (libxlsxwriter): sheets openings,
/// rules, groups, flows, hosts, zones and request, each with a styled,
/// frozen header row, a filter and column widths fitted to the content.
/// Every value is written as a string cell (numbers as numbers), never as a
/// formula. Returns the file's bytes; empty with *error set on failure.
QByteArray changeRequestXlsx(const ChangeRequest &request, const Design &design, const Catalog &catalog,
                             QString *error);

} // namespace pp
