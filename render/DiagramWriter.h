#pragma once

#include "model/export/RequestWriter.h"

#include <QByteArray>
#include <QImage>

namespace pp {

/// The design's diagram (DiagramSvg) as an export: SVG as drawn, or PNG
/// rendered from it.
class DiagramWriter final : public RequestWriter
{
public:
    enum class Kind { Svg, Png };
    explicit DiagramWriter(Kind kind);

    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;

    /// Renders an SVG drawing as a PNG at `scale` pixels per unit, capped so
    /// neither side exceeds 8,000 pixels. Needs a QGuiApplication.
    static QByteArray svgToPng(const QByteArray &svg, qreal scale, QString *error);
    /// An SVG drawing as a picture at most `maxPixels` on its longer side;
    /// null when it cannot be drawn. Any thread.
    static QImage picture(const QByteArray &svg, int maxPixels);

private:
    Kind m_kind;
};

} // namespace pp
