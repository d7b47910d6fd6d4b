#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

class Catalog;
struct Analysis;
struct ChangeRequest;
struct Design;

struct HtmlReportOptions
{
    /// Empty: the diagram is inlined as SVG. Otherwise an <img> with this
    /// source stands in for it (the PDF renderer, which cannot draw inline
    /// SVG, supplies the picture under this name).
    QString diagramImage;
    int diagramWidth = 800;   ///< display width of that picture, in CSS pixels
};

/// The change request as one self-contained page: request metadata,
/// warnings, the diagram, a summary per zone pair, rules, object and service
/// groups, the request lines and the design's findings. Well-formed XHTML
/// (an XML parser can read it), no script, a Content-Security-Policy that
/// forbids any, and every value from the design escaped.
QByteArray changeRequestHtml(const ChangeRequest &request, const Design &design, const Catalog &catalog,
                             const Analysis &analysis, const HtmlReportOptions &options = {});

} // namespace pp
