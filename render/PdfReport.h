#pragma once

#include "model/export/RequestWriter.h"

#include <QImage>

#include <vector>

namespace pp {

/// The change request as an A4 landscape PDF a firewall team can sign: laid
/// out by hand on QPdfWriter (ReportComposer), columns sized to their
/// content, no word cut, a summary and sign-off first, the diagram on one
/// page, contents with page numbers, "page N of M". Long host lists are
/// shortened and the report says so. Streams page by page; an XL request
/// of 25,000 lines takes seconds and little memory. Needs a QGuiApplication
/// (fonts); runs on any thread.
class PdfReport final : public RequestWriter
{
public:
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;

    /// The first `pages` pages as pictures `width` pixels wide: the preview.
    /// Lay out only what those pages need (ExportInput::lineLimit).
    static std::vector<QImage> previewPages(const ExportInput &input, int pages, int width, QString *error);
};

} // namespace pp
