#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace kg {

class GraphDocument;

/// What is selected in one document, by id: the canvas mirrors it (a click, a rubber band or
/// selectElements() change it), the inspector and the edit operations read it. Ids of removed
/// nodes and edges leave it with them; a reset empties it.
class DocumentSelection : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSelection(const GraphDocument *document, QObject *parent = nullptr);

    /// The selected nodes and edges, in document order.
    QStringList nodes() const;
    QStringList edges() const;
    bool isEmpty() const { return m_nodes.isEmpty() && m_edges.isEmpty(); }
    bool containsNode(const QString &id) const { return m_nodes.contains(id); }
    bool containsEdge(const QString &id) const { return m_edges.contains(id); }

    /// Selects exactly @p nodes and @p edges (unknown ids are left out); one changed() signal.
    void select(const QStringList &nodes, const QStringList &edges = {});
    void clear() { select({}, {}); }

Q_SIGNALS:
    /// The selection changed (by select(), or a selected node or edge was removed).
    void changed();
    /// select() replaced the selection; emitted before changed(). Views mirror this one: a
    /// removed item leaves their selection by itself.
    void replaced();

private:
    const GraphDocument *m_document;
    QSet<QString> m_nodes;
    QSet<QString> m_edges;
};

} // namespace kg
