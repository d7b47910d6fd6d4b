#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

class Catalog;
struct Analysis;
struct ChangeRequest;
struct Design;

/// The change-request formats that need no GUI library: csv, xlsx, html,
/// ps1, nft and svg (the diagram). pdf and png are rendered by
/// ReportRender; the CLI and the designer both go through here for the rest.
/// The bytes of one format; empty with *error set when it cannot be made.
QByteArray renderCoreFormat(const QString &format, const ChangeRequest &request, const Design &design,
                            const Catalog &catalog, const Analysis &analysis, QString *error);

} // namespace pp
