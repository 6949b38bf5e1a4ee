#pragma once

#include "util/Result.h"

#include <QImage>
#include <QRectF>

namespace kg::ui {

class GraphScene;

/// Renders the graph (or the selection) to PNG and SVG without selection, hover and handle
/// decorations and without the background grid.
namespace ImageExport {

/// Blank space around the exported content, in scene units.
constexpr qreal Margin = 24.0;

/// The scene area an export covers: the content (or the selected content) plus Margin.
QRectF exportRect(const GraphScene *scene, bool selectionOnly);
/// The graph rendered at @p scale (1 = 100 %); a null image when there is nothing to export
/// or the result would exceed the size limit.
QImage render(GraphScene *scene, bool selectionOnly, qreal scale);
/// Writes a PNG.
Status writePng(GraphScene *scene, const QString &path, bool selectionOnly, qreal scale);
/// Writes an SVG (vector text and shapes, icons as embedded images).
Status writeSvg(GraphScene *scene, const QString &path, bool selectionOnly);

} // namespace ImageExport
} // namespace kg::ui
