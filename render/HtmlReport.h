#pragma once

#include "model/export/RequestWriter.h"

#include <QString>

namespace pp {

struct HtmlReportOptions
{
    /// Empty: the diagram is inlined as SVG. Otherwise an <img> with this
    /// source stands in for it (a preview that cannot draw inline SVG
    /// supplies the picture under this name).
    QString diagramImage;
    int diagramWidth = 800;   ///< display width of that picture, in CSS pixels
};

/// The change request as one self-contained page: request metadata, what
/// the report shortened, contents, warnings, the diagram, a summary per zone
/// pair, rules, object and service groups, the request lines section by
/// section (in blocks of a thousand) and the design's findings. Long host
/// lists are shortened ("and N more"); the CSV and XLSX keep them whole.
/// Well-formed XHTML (an XML parser can read it), no script, a
/// Content-Security-Policy that forbids any, and every value from the
/// design escaped. Written to the device line by line.
class HtmlReport final : public RequestWriter
{
public:
    explicit HtmlReport(HtmlReportOptions options = {});
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;

private:
    HtmlReportOptions m_options;
};

} // namespace pp
