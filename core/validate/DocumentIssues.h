#pragma once

#include "validate/ValidationIssue.h"

#include <QHash>
#include <QObject>

namespace kg {

class GraphDocument;

/// The validation findings of one open document, kept current as it changes, by node: what
/// GraphValidator says about each node and about the connections that leave it. The canvas
/// badges and the window read it; Generate judges the snapshot it sends by the same rules
/// (GraphValidator::validate), so a node that shows no error is never refused.
/// Updates are synchronous and per node (a change revalidates that node only), so a document of
/// thousands of nodes costs nothing while it is dragged around.
class DocumentIssues : public QObject
{
    Q_OBJECT

public:
    explicit DocumentIssues(const GraphDocument *document, QObject *parent = nullptr);

    /// The findings of node @p nodeId (its own, then its outgoing connections').
    QList<ValidationIssue> issuesOf(const QString &nodeId) const { return m_issues.value(nodeId); }
    /// Nodes with at least one finding.
    QList<QString> nodesWithIssues() const { return m_issues.keys(); }
    /// How many findings of @p severity the document has.
    int count(Severity severity) const;
    int errorCount() const { return count(Severity::Error); }
    int warningCount() const { return count(Severity::Warning); }

Q_SIGNALS:
    /// The findings of node @p nodeId changed (or it was added or removed).
    void nodeIssuesChanged(const QString &nodeId);
    /// Every node's findings were recomputed (a new or reloaded document).
    void issuesReset();

private:
    void recompute(const QString &nodeId);
    void recomputeAll();

    const GraphDocument *m_document;
    QHash<QString, QList<ValidationIssue>> m_issues; ///< only nodes with findings
    QHash<QString, QString> m_removedEdgeSource;     ///< edge id → source, while it is removed
};

} // namespace kg
