#include "validate/DocumentIssues.h"

#include "model/GraphDocument.h"
#include "validate/GraphValidator.h"

namespace kg {

DocumentIssues::DocumentIssues(const GraphDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &GraphDocument::nodeAdded, this, &DocumentIssues::recompute);
    connect(document, &GraphDocument::nodeRemoved, this, [this](const QString &id) {
        if (m_issues.remove(id) > 0)
            Q_EMIT nodeIssuesChanged(id);
    });
    connect(document, &GraphDocument::nodeChanged, this,
            [this](const QString &id, GraphDocument::NodeChanges what) {
                // Geometry and nesting say nothing about validity.
                if (what & (GraphDocument::NodeChange::Name | GraphDocument::NodeChange::Properties))
                    recompute(id);
            });
    // An edge's findings are its source's (the target's own findings do not depend on it);
    // a change of type or properties never moves its ends.
    auto edgeSource = [this](const QString &id) {
        if (const Edge *e = m_document->edge(id))
            recompute(e->source);
    };
    connect(document, &GraphDocument::edgeAdded, this, edgeSource);
    connect(document, &GraphDocument::edgeChanged, this, edgeSource);
    connect(document, &GraphDocument::edgeAboutToBeRemoved, this, [this](const QString &id) {
        if (const Edge *e = m_document->edge(id))
            m_removedEdgeSource.insert(id, e->source);
    });
    connect(document, &GraphDocument::edgeRemoved, this,
            [this](const QString &id) { recompute(m_removedEdgeSource.take(id)); });
    connect(document, &GraphDocument::documentReset, this, &DocumentIssues::recomputeAll);
    recomputeAll();
}

int DocumentIssues::count(Severity severity) const
{
    int n = 0;
    for (const QList<ValidationIssue> &issues : m_issues) {
        for (const ValidationIssue &issue : issues)
            n += issue.severity == severity ? 1 : 0;
    }
    return n;
}

void DocumentIssues::recompute(const QString &nodeId)
{
    const Node *node = m_document->node(nodeId);
    if (!node) {
        if (m_issues.remove(nodeId) > 0)
            Q_EMIT nodeIssuesChanged(nodeId);
        return;
    }
    QList<ValidationIssue> issues = GraphValidator::nodeIssues(*node);
    const QStringList edges = m_document->edgesOf(nodeId);
    for (const QString &edgeId : edges) {
        const Edge *edge = m_document->edge(edgeId);
        if (edge && edge->source == nodeId)
            issues << GraphValidator::edgeIssues(*edge, node, m_document->node(edge->target));
    }
    const bool had = m_issues.contains(nodeId);
    if (issues.isEmpty())
        m_issues.remove(nodeId);
    else
        m_issues.insert(nodeId, issues);
    if (had || !issues.isEmpty())
        Q_EMIT nodeIssuesChanged(nodeId);
}

void DocumentIssues::recomputeAll()
{
    m_issues.clear();
    m_removedEdgeSource.clear();
    {
        const QSignalBlocker quiet(this); // one issuesReset() instead of a signal per node
        for (const QString &id : m_document->nodeIds())
            recompute(id);
    }
    Q_EMIT issuesReset();
}

} // namespace kg
