#include "commands/AddRemoveElements.h"

#include "model/GraphDocument.h"

#include <QSet>

#include <algorithm>

namespace kg {

AddRemoveElements::AddRemoveElements(GraphDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{}

void AddRemoveElements::addElements()
{
    for (const IndexedNode &n : std::as_const(m_nodes))
        m_document->insertNode(n.node, n.index);
    for (const auto &[child, parent] : std::as_const(m_orphans))
        m_document->setNodeParent(child, parent);
    for (const IndexedEdge &e : std::as_const(m_edges))
        m_document->insertEdge(e.edge, e.index);
}

void AddRemoveElements::removeElements()
{
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_document->takeEdge(it->edge.id);
    for (const auto &orphan : std::as_const(m_orphans))
        m_document->setNodeParent(orphan.first, QString());
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m_document->takeNode(it->node.id);
}

AddElementsCommand::AddElementsCommand(GraphDocument *document, const GraphFragment &fragment,
                                       const QString &text, QUndoCommand *parent)
    : AddRemoveElements(document, parent)
{
    for (const Node &n : fragment.nodes)
        m_nodes.append({n, -1});
    for (const Edge &e : fragment.edges)
        m_edges.append({e, -1});
    if (!text.isEmpty())
        setText(text);
    else if (fragment.nodes.isEmpty())
        setText(fragment.edges.size() == 1 ? tr("Connect") : tr("Add Connections"));
    else
        setText(fragment.nodes.size() == 1 ? tr("Add Node") : tr("Add %n Nodes", nullptr,
                                                                  int(fragment.nodes.size())));
}

void AddElementsCommand::redo()
{
    addElements();
}

void AddElementsCommand::undo()
{
    removeElements();
}

RemoveElementsCommand::RemoveElementsCommand(GraphDocument *document, const QStringList &nodeIds,
                                             const QStringList &edgeIds, QUndoCommand *parent)
    : AddRemoveElements(document, parent)
{
    QSet<QString> nodes;
    for (const QString &id : nodeIds) {
        if (const Node *n = document->node(id)) {
            nodes.insert(id);
            m_nodes.append({*n, document->nodeIndex(id)});
        }
    }
    QSet<QString> edges;
    for (const QString &id : edgeIds) {
        if (document->hasEdge(id))
            edges.insert(id);
    }
    for (const QString &id : std::as_const(nodes)) {
        const QStringList touching = document->edgesOf(id);
        for (const QString &e : touching)
            edges.insert(e);
    }
    for (const QString &id : std::as_const(edges))
        m_edges.append({*document->edge(id), document->edgeIndex(id)});
    for (const QString &id : document->nodeIds()) {
        const Node *n = document->node(id);
        if (!n->parent.isEmpty() && nodes.contains(n->parent) && !nodes.contains(id))
            m_orphans.append({id, n->parent});
    }
    std::sort(m_nodes.begin(), m_nodes.end(),
              [](const IndexedNode &a, const IndexedNode &b) { return a.index < b.index; });
    std::sort(m_edges.begin(), m_edges.end(),
              [](const IndexedEdge &a, const IndexedEdge &b) { return a.index < b.index; });
    if (m_nodes.isEmpty())
        setText(m_edges.size() == 1 ? tr("Delete Connection") : tr("Delete Connections"));
    else
        setText(m_nodes.size() == 1 ? tr("Delete %1").arg(m_nodes.first().node.name)
                                    : tr("Delete %n Nodes", nullptr, int(m_nodes.size())));
}

void RemoveElementsCommand::redo()
{
    removeElements();
}

void RemoveElementsCommand::undo()
{
    addElements();
}

} // namespace kg
