#pragma once

#include <QtGlobal>

/// Sizes the design file's coordinates are drawn with, in scene units: a
/// host's `pos` is the top-left corner of a card this big, and a zone keeps
/// a title bar along its top. The canvas, the SVG diagram and the inventory
/// import's placement all read them from here, so they agree.
namespace pp::geometry {

constexpr qreal hostWidth = 200;
constexpr qreal hostHeight = 72;
constexpr qreal zoneTitleHeight = 30;

} // namespace pp::geometry
