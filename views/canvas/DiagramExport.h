#pragma once

#include <QString>

namespace pp::views {

class DesignScene;

/// Writes the whole diagram as SVG or PNG (by extension). PNGs are rendered
/// at `scale` device pixels per scene unit, capped to a sane size.
bool exportDiagram(DesignScene *scene, const QString &path, QString *error, qreal scale = 1.0);

} // namespace pp::views
