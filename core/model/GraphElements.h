#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QVariantMap>

namespace kg {

/// One node of a graph: a Kubernetes object or an infrastructure component. Value type; the
/// GraphDocument owns the canonical copy.
struct Node
{
    QString id;     ///< stable, unique in the document; never shown as a resource name
    QString kind;   ///< catalog kind id, the server's nodeType ("DEPLOYMENT", "DATABASE", …)
    QString name;   ///< what the user calls it; sanitised to DNS-1123 only when generating
    QString parent; ///< id of the NAMESPACE node that contains it, or empty
    QPointF pos;    ///< top-left corner in scene coordinates
    QSizeF size;    ///< empty = the kind's default size
    QVariantMap properties; ///< values keyed by the catalog's property keys; unknown keys kept

    QVariant property(const QString &key) const { return properties.value(key); }
    bool operator==(const Node &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && parent == o.parent
            && pos == o.pos && size == o.size && properties == o.properties;
    }
    bool operator!=(const Node &o) const { return !(*this == o); }
};

/// A directed connection between two nodes.
struct Edge
{
    QString id;
    QString source;         ///< node id
    QString target;         ///< node id
    QString connectionType; ///< the server's ConnectionType ("CONNECTS_TO", …); may be empty
    QVariantMap properties; ///< e.g. mountPath for a workload → ConfigMap edge

    bool operator==(const Edge &o) const
    {
        return id == o.id && source == o.source && target == o.target
            && connectionType == o.connectionType && properties == o.properties;
    }
    bool operator!=(const Edge &o) const { return !(*this == o); }
};

/// A self-contained piece of a graph: what copy/paste, import and tests pass around.
struct GraphFragment
{
    QList<Node> nodes;
    QList<Edge> edges;

    bool isEmpty() const { return nodes.isEmpty(); }
};

} // namespace kg

namespace kg {

/// A whole graph as plain values: what the readers produce, the writers and the engine consume,
/// and what a GraphDocument snapshot() hands to a worker thread.
struct GraphData
{
    QString name;
    QString description;
    QString graphType = QStringLiteral("KUBERNETES");
    QVariantMap metadata; ///< keys this version does not interpret, kept for a lossless round trip
    QList<Node> nodes;    ///< in document order
    QList<Edge> edges;    ///< in document order

    bool operator==(const GraphData &o) const
    {
        return name == o.name && description == o.description && graphType == o.graphType
            && metadata == o.metadata && nodes == o.nodes && edges == o.edges;
    }
    bool operator!=(const GraphData &o) const { return !(*this == o); }
};

} // namespace kg
