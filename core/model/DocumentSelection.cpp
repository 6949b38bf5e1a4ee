#include "model/DocumentSelection.h"

#include "model/GraphDocument.h"

namespace kg {

namespace {

QStringList inOrder(const QSet<QString> &ids, const QStringList &order)
{
    QStringList out;
    if (ids.isEmpty())
        return out;
    for (const QString &id : order) {
        if (ids.contains(id))
            out << id;
    }
    return out;
}

} // namespace

DocumentSelection::DocumentSelection(const GraphDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &GraphDocument::nodeAboutToBeRemoved, this, [this](const QString &id) {
        if (m_nodes.remove(id))
            Q_EMIT changed();
    });
    connect(document, &GraphDocument::edgeAboutToBeRemoved, this, [this](const QString &id) {
        if (m_edges.remove(id))
            Q_EMIT changed();
    });
    connect(document, &GraphDocument::documentReset, this, &DocumentSelection::clear);
}

QStringList DocumentSelection::nodes() const
{
    return inOrder(m_nodes, m_document->nodeIds());
}

QStringList DocumentSelection::edges() const
{
    return inOrder(m_edges, m_document->edgeIds());
}

void DocumentSelection::select(const QStringList &nodes, const QStringList &edges)
{
    QSet<QString> n;
    for (const QString &id : nodes) {
        if (m_document->hasNode(id))
            n.insert(id);
    }
    QSet<QString> e;
    for (const QString &id : edges) {
        if (m_document->edge(id))
            e.insert(id);
    }
    if (n == m_nodes && e == m_edges)
        return;
    m_nodes = std::move(n);
    m_edges = std::move(e);
    Q_EMIT replaced();
    Q_EMIT changed();
}

} // namespace kg
