#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

namespace kg::io {

/// JSON Canvas 1.0 (jsoncanvas.org), the open format of Obsidian canvases and other
/// whiteboards. A text node whose text starts with "Kind: name" (or whose first line is a kind)
/// becomes a node of that kind, with "key: value" lines as properties; a link node becomes an
/// external service; a group labelled "Namespace: name" becomes a NAMESPACE container of the
/// nodes inside it; an edge label that is a connection type becomes the edge's type. Anything
/// else becomes a note (CONFIG), so a drawing never loses content.
namespace JsonCanvasFormat {

/// Parses a canvas. @p fileName is only used in error locations.
Result<GraphData> read(const QByteArray &data, const QString &fileName = {});
/// Writes @p graph as a canvas: text nodes "Kind: name" plus their properties, groups for
/// namespaces, edges labelled with their connection type.
QByteArray write(const GraphData &graph);

/// "LOAD_BALANCER" → "Load Balancer": how a kind is named in canvas text.
QString kindLabel(const QString &kindId);
/// The catalog kind named by @p text ("deployment", "Load Balancer", "LoadBalancer"), or empty.
QString kindFromLabel(const QString &text);

} // namespace JsonCanvasFormat
} // namespace kg::io
