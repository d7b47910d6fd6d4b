#pragma once

#include <QColor>

#include "model/design/CardGeometry.h"
#include "model/design/Design.h"
#include "render/diagram/DiagramStyle.h"

namespace pp::views {

/// Colours and sizes of the canvas in one place.
namespace style {

constexpr qreal hostWidth = geometry::hostWidth;
constexpr qreal hostHeight = geometry::hostHeight;
constexpr qreal zoneTitleHeight = geometry::zoneTitleHeight;
constexpr qreal gridSize = 10;
constexpr qreal resizeGrip = 14;

struct ZoneColors
{
    QColor fill;
    QColor border;
    QColor title;
};

inline ZoneColors zoneColors(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return {QColor(0xe8, 0xf0, 0xfa), QColor(0x1f, 0x5f, 0x99), QColor(0x1f, 0x5f, 0x99)};
    case ZoneKind::Perimeter: return {QColor(0xfd, 0xf0, 0xe1), QColor(0xc2, 0x5e, 0x00), QColor(0xa0, 0x4d, 0x00)};
    case ZoneKind::Internet: return {QColor(0xfc, 0xea, 0xea), QColor(0xb0, 0x2a, 0x2a), QColor(0x9a, 0x22, 0x22)};
    case ZoneKind::Cloud: return {QColor(0xf1, 0xea, 0xfb), QColor(0x6c, 0x34, 0x83), QColor(0x5b, 0x2c, 0x6f)};
    case ZoneKind::Branch: return {QColor(0xe8, 0xf6, 0xec), QColor(0x1e, 0x84, 0x49), QColor(0x19, 0x6f, 0x3d)};
    case ZoneKind::Transit: return {QColor(0xee, 0xf0, 0xf2), QColor(0x5d, 0x6d, 0x7e), QColor(0x4d, 0x56, 0x56)};
    }
    return {Qt::white, Qt::gray, Qt::black};
}

// The lines' colours live in render/diagram/DiagramStyle, shared with the exports.
inline QColor crossingColor() { return diagram::lineStyle(diagram::LineKind::Crossing).color; }
inline QColor fallbackColor() { return diagram::lineStyle(diagram::LineKind::FallbackOnly).color; }
inline QColor selectionColor() { return diagram::selectionColor(); }
inline QColor highlightColor() { return diagram::highlightColor(); }

} // namespace style
} // namespace pp::views
