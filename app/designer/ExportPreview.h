#pragma once

#include <QImage>
#include <QString>

#include <vector>

namespace pp {
struct ExportInput;
}

namespace pp::app {

/// What the export dialog shows of a format before it is saved: the first
/// lines as text, the report's first lines as a page (with its diagram as a
/// picture, which the text browser can draw), or pictures (the diagram, the
/// PDF's first pages). Made on a worker thread.
struct ExportPreview
{
    enum class Kind { Report, Text, Pictures };

    Kind kind = Kind::Text;
    QString text;             ///< Report: HTML; Text: the beginning of the file
    QImage diagram;           ///< Report: the picture for diagramName
    std::vector<QImage> pictures;
    QString error;

    /// The name the report's HTML gives its diagram picture.
    static QString diagramName();
    /// Lines a preview renders: its first pages' worth.
    static constexpr int lines = 200;

    /// The preview of `format`; `input` should carry lineLimit = lines.
    static ExportPreview make(const QString &format, const ExportInput &input, int width);
    /// Pictures one under the other (the PDF's first pages), with a gap.
    static QImage stacked(const std::vector<QImage> &pictures);
};

} // namespace pp::app
