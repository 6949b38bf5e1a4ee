#pragma once

#include "model/GraphElements.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

namespace kg {
class GraphDocument;
}

/// The canvas's edit operations on ids, headless: each is one undo step on the document's stack
/// (@p text names it) and works from the document's own geometry, so the canvas only maps
/// gestures and shortcuts to them and the tests run them without a scene.
namespace kg::edit {

enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };

/// The rectangle node @p node takes on the canvas: its size, else its kind's default (a frame
/// for a container kind, the auto-layout's node size otherwise).
QRectF nodeRect(const Node &node);
/// The default size of a node of kind @p kindId.
QSizeF defaultSize(const QString &kindId);

/// @p base, or base-2, base-3, … : the first not in @p taken, which it is added to.
QString uniqueName(const QString &base, QSet<QString> *taken);

/// @p nodes and, for the namespaces among them, everything inside them (document order).
QStringList withChildren(const GraphDocument &document, const QStringList &nodes);

/// Removes @p nodes (with what is inside namespaces among them, and every edge touching them)
/// and @p edges. False when there is nothing to remove.
bool remove(GraphDocument &document, const QStringList &nodes, const QStringList &edges);

/// Adds @p fragment with fresh ids, moved by @p offset, its names made unique in the graph.
/// Returns what was added (the new ids).
GraphFragment insert(GraphDocument &document, GraphFragment fragment, QPointF offset,
                     const QString &text);

/// Moves the nodes to the positions @p to; a namespace carries its content along. False when
/// nothing moves.
bool move(GraphDocument &document, QHash<QString, QPointF> to, const QString &text);
/// Lines up nodes @p ids (two or more) on the edge or centre @p alignment of their bounds.
bool align(GraphDocument &document, const QStringList &ids, Alignment alignment,
           const QString &text);
/// Spaces nodes @p ids (three or more) evenly between the outermost two along @p orientation.
bool distribute(GraphDocument &document, const QStringList &ids, Qt::Orientation orientation,
                const QString &text);
/// Arranges the whole graph left to right by traffic flow (positions, and the sizes of the
/// namespace frames). False when it is arranged already.
bool arrange(GraphDocument &document, const QString &text);

/// Where the @p pasteCount-th paste of @p fragment goes: next to the original (two more grid
/// steps each time) while the original is in @p visible, else into the middle of @p visible
/// (on the grid when @p snap).
QPointF pasteOffset(const GraphFragment &fragment, const QRectF &visible, int pasteCount,
                    qreal gridSize, bool snap);

} // namespace kg::edit
