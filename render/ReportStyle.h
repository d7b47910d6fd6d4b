#pragma once

#include "render/TextMeasure.h"

#include <QColor>

#include <memory>

namespace pp {

/// How a part of a table cell or a paragraph looks.
enum class TextStyle : quint8 { Normal, Bold, Muted, Warning, Added, Removed, Modified, Header, Title, Heading, Subheading };

/// The fonts and colours of the paginated report, in its layout units
/// (tenths of a point: the PDF is written at 720 dpi), each with its
/// measure. One per report run: measures remember word widths.
class ReportStyle
{
public:
    /// Units per point.
    static constexpr qreal unitsPerPoint = 10;
    static constexpr int dotsPerInch = 720;

    ReportStyle();
    ~ReportStyle();

    TextMeasure &measure(TextStyle style);
    QColor color(TextStyle style) const;
    /// Inner space of a table cell, each side.
    qreal cellPadding() const { return 2.5 * unitsPerPoint; }
    qreal paragraphGap() const { return 4 * unitsPerPoint; }
    QColor gridColor() const { return QColor(0xaa, 0xb7, 0xb8); }
    QColor headerBackground() const { return QColor(0x1f, 0x5f, 0x99); }

private:
    std::unique_ptr<TextMeasure> m_measures[int(TextStyle::Subheading) + 1];
};

} // namespace pp
