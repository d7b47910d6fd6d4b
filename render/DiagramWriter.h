#pragma once

#include "model/export/RequestWriter.h"
#include "render/diagram/Diagram.h"

#include <QByteArray>
#include <QImage>

namespace pp {

/// The design's diagram as an export, laid out once (diagram::Diagram) at
/// the chosen level of detail: SVG as the canvas draws it, PNG rendered from
/// that SVG, or a diagrams.net (.drawio) file an architect keeps editing.
class DiagramWriter final : public RequestWriter
{
public:
    enum class Kind { Svg, Png, Drawio };
    explicit DiagramWriter(Kind kind, const diagram::DiagramOptions &options = {});

    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;

    /// Renders an SVG drawing as a PNG at `scale` pixels per unit, capped so
    /// neither side exceeds 8,000 pixels. Needs a QGuiApplication.
    static QByteArray svgToPng(const QByteArray &svg, qreal scale, QString *error);
    /// An SVG drawing as a picture at most `maxPixels` on its longer side;
    /// null when it cannot be drawn. Any thread.
    static QImage picture(const QByteArray &svg, int maxPixels);

private:
    Kind m_kind;
    diagram::DiagramOptions m_options;
};

} // namespace pp
