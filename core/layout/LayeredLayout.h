#pragma once

#include "model/GraphElements.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace kg {

/// The outcome of an automatic layout: the top-left corner and the size of every node, keyed
/// by node id, in scene coordinates. NAMESPACE frames get a size that encloses their children.
struct LayoutResult
{
    QHash<QString, QPointF> positions;
    QHash<QString, QSizeF> sizes;
};

/// The size a node gets when its own size is empty.
constexpr qreal DefaultNodeWidth = 160;
constexpr qreal DefaultNodeHeight = 64;

/// Arranges @p graph left to right in the direction traffic flows: entry points (ingress,
/// gateway, load balancer, proxy) first, then Services, then workloads, then data services,
/// configuration and storage, then access control and everything else. The order inside each
/// column is chosen by barycentre sweeps to reduce edge crossings. Nodes inside a NAMESPACE
/// container are laid out inside its frame, and the frame's size encloses them with a margin.
/// Deterministic (same graph, same result) and O((n + e) log n), so importers and the canvas
/// can call it on graphs with tens of thousands of nodes.
LayoutResult arrangeLayered(const GraphData &graph);

/// Writes @p layout into @p graph: positions of all nodes, sizes of container frames (other
/// nodes keep their own size, empty meaning the kind's default).
void applyLayout(GraphData &graph, const LayoutResult &layout);

} // namespace kg
