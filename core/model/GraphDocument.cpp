#include "model/GraphDocument.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

namespace kg {

GraphDocument::GraphDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

GraphDocument::~GraphDocument() = default;

const Node *GraphDocument::node(const QString &id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.constEnd() ? nullptr : &*it;
}

const Edge *GraphDocument::edge(const QString &id) const
{
    const auto it = m_edges.constFind(id);
    return it == m_edges.constEnd() ? nullptr : &*it;
}

QStringList GraphDocument::edgesOf(const QString &nodeId) const
{
    return m_edgesByNode.value(nodeId);
}

QStringList GraphDocument::childrenOf(const QString &namespaceId) const
{
    QStringList out;
    for (const QString &id : m_nodeOrder) {
        if (m_nodes.value(id).parent == namespaceId)
            out << id;
    }
    return out;
}

GraphData GraphDocument::snapshot() const
{
    GraphData d;
    d.name = m_name;
    d.description = m_description;
    d.graphType = m_graphType;
    d.metadata = m_metadata;
    d.nodes.reserve(m_nodeOrder.size());
    for (const QString &id : m_nodeOrder)
        d.nodes.append(m_nodes.value(id));
    d.edges.reserve(m_edgeOrder.size());
    for (const QString &id : m_edgeOrder)
        d.edges.append(m_edges.value(id));
    return d;
}

GraphFragment GraphDocument::fragment(const QStringList &nodeIds) const
{
    QSet<QString> wanted(nodeIds.cbegin(), nodeIds.cend());
    // Namespaces bring their children along.
    for (const QString &id : m_nodeOrder) {
        const Node &n = m_nodes[id];
        if (!n.parent.isEmpty() && wanted.contains(n.parent))
            wanted.insert(id);
    }
    GraphFragment f;
    for (const QString &id : m_nodeOrder) {
        if (wanted.contains(id))
            f.nodes.append(m_nodes.value(id));
    }
    for (const QString &id : m_edgeOrder) {
        const Edge &e = m_edges[id];
        if (wanted.contains(e.source) && wanted.contains(e.target))
            f.edges.append(e);
    }
    return f;
}

GraphFragment GraphDocument::withFreshIds(const GraphFragment &fragment) const
{
    GraphFragment out;
    QHash<QString, QString> map;
    QSet<QString> taken;
    auto fresh = [&](const QString &prefix, auto exists) {
        QString id;
        do {
            id = prefix
                 + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16)
                       .rightJustified(12, QLatin1Char('0'));
        } while (exists(id) || taken.contains(id));
        taken.insert(id);
        return id;
    };
    for (const Node &n : fragment.nodes)
        map.insert(n.id, fresh(QStringLiteral("n-"), [this](const QString &i) { return hasNode(i); }));
    for (Node n : fragment.nodes) {
        n.id = map.value(n.id);
        n.parent = map.value(n.parent); // parents outside the fragment are dropped
        out.nodes.append(n);
    }
    for (Edge e : fragment.edges) {
        if (!map.contains(e.source) || !map.contains(e.target))
            continue;
        e.id = fresh(QStringLiteral("e-"), [this](const QString &i) { return hasEdge(i); });
        e.source = map.value(e.source);
        e.target = map.value(e.target);
        out.edges.append(e);
    }
    return out;
}

QString GraphDocument::createNodeId() const
{
    QString id;
    do {
        id = QStringLiteral("n-")
             + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16)
                   .rightJustified(12, QLatin1Char('0'));
    } while (m_nodes.contains(id));
    return id;
}

QString GraphDocument::createEdgeId() const
{
    QString id;
    do {
        id = QStringLiteral("e-")
             + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16)
                   .rightJustified(12, QLatin1Char('0'));
    } while (m_edges.contains(id));
    return id;
}

void GraphDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString GraphDocument::displayName() const
{
    if (!m_name.isEmpty())
        return m_name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

void GraphDocument::reset(const GraphData &data)
{
    m_nodes.clear();
    m_nodeOrder.clear();
    m_edges.clear();
    m_edgeOrder.clear();
    m_edgesByNode.clear();
    m_name = data.name;
    m_description = data.description;
    m_graphType = data.graphType;
    m_metadata = data.metadata;
    m_nodes.reserve(data.nodes.size());
    m_nodeOrder.reserve(data.nodes.size());
    for (const Node &n : data.nodes) {
        if (n.id.isEmpty() || m_nodes.contains(n.id))
            continue; // readers reject these; never corrupt the maps
        m_nodes.insert(n.id, n);
        m_nodeOrder.append(n.id);
    }
    for (const Edge &e : data.edges) {
        if (e.id.isEmpty() || m_edges.contains(e.id))
            continue;
        m_edges.insert(e.id, e);
        m_edgeOrder.append(e.id);
        m_edgesByNode[e.source].append(e.id);
        if (e.target != e.source)
            m_edgesByNode[e.target].append(e.id);
    }
    m_undoStack->clear();
    m_undoStack->setClean();
    Q_EMIT documentReset();
    Q_EMIT metadataChanged();
}

void GraphDocument::insertNode(const Node &node, int index)
{
    Q_ASSERT(!node.id.isEmpty() && !m_nodes.contains(node.id));
    m_nodes.insert(node.id, node);
    if (index < 0 || index > m_nodeOrder.size())
        m_nodeOrder.append(node.id);
    else
        m_nodeOrder.insert(index, node.id);
    Q_EMIT nodeAdded(node.id);
}

Node GraphDocument::takeNode(const QString &id)
{
    Q_ASSERT(m_nodes.contains(id));
    Q_ASSERT(m_edgesByNode.value(id).isEmpty()); // commands remove edges first
    Q_EMIT nodeAboutToBeRemoved(id);
    Node n = m_nodes.take(id);
    m_nodeOrder.removeOne(id);
    m_edgesByNode.remove(id);
    Q_EMIT nodeRemoved(id);
    return n;
}

void GraphDocument::insertEdge(const Edge &edge, int index)
{
    Q_ASSERT(!edge.id.isEmpty() && !m_edges.contains(edge.id));
    m_edges.insert(edge.id, edge);
    if (index < 0 || index > m_edgeOrder.size())
        m_edgeOrder.append(edge.id);
    else
        m_edgeOrder.insert(index, edge.id);
    m_edgesByNode[edge.source].append(edge.id);
    if (edge.target != edge.source)
        m_edgesByNode[edge.target].append(edge.id);
    Q_EMIT edgeAdded(edge.id);
}

Edge GraphDocument::takeEdge(const QString &id)
{
    Q_ASSERT(m_edges.contains(id));
    Q_EMIT edgeAboutToBeRemoved(id);
    Edge e = m_edges.take(id);
    m_edgeOrder.removeOne(id);
    auto unlink = [&](const QString &nodeId) {
        auto it = m_edgesByNode.find(nodeId);
        if (it != m_edgesByNode.end()) {
            it->removeOne(id);
            if (it->isEmpty())
                m_edgesByNode.erase(it);
        }
    };
    unlink(e.source);
    unlink(e.target);
    Q_EMIT edgeRemoved(id);
    return e;
}

void GraphDocument::setNodePosition(const QString &id, QPointF pos)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->pos == pos)
        return;
    it->pos = pos;
    Q_EMIT nodeChanged(id, NodeChange::Position);
}

void GraphDocument::setNodeSize(const QString &id, QSizeF size)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->size == size)
        return;
    it->size = size;
    Q_EMIT nodeChanged(id, NodeChange::Size);
}

void GraphDocument::setNodeName(const QString &id, const QString &name)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->name == name)
        return;
    it->name = name;
    Q_EMIT nodeChanged(id, NodeChange::Name);
}

void GraphDocument::setNodeParent(const QString &id, const QString &parent)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->parent == parent)
        return;
    it->parent = parent;
    Q_EMIT nodeChanged(id, NodeChange::Parent);
}

void GraphDocument::setNodeProperty(const QString &id, const QString &key, const QVariant &value)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    if (!value.isValid()) {
        if (it->properties.remove(key) == 0)
            return;
    } else {
        if (it->properties.value(key) == value && it->properties.contains(key))
            return;
        it->properties.insert(key, value);
    }
    Q_EMIT nodeChanged(id, NodeChange::Properties);
}

void GraphDocument::setEdgeConnectionType(const QString &id, const QString &type)
{
    auto it = m_edges.find(id);
    if (it == m_edges.end() || it->connectionType == type)
        return;
    it->connectionType = type;
    Q_EMIT edgeChanged(id);
}

void GraphDocument::setEdgeProperty(const QString &id, const QString &key, const QVariant &value)
{
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return;
    if (!value.isValid())
        it->properties.remove(key);
    else
        it->properties.insert(key, value);
    Q_EMIT edgeChanged(id);
}

void GraphDocument::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT metadataChanged();
}

void GraphDocument::setDescription(const QString &description)
{
    if (m_description == description)
        return;
    m_description = description;
    Q_EMIT metadataChanged();
}

} // namespace kg
