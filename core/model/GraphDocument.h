#pragma once

#include "model/GraphElements.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace kg {

/// The single source of truth for one graph: nodes, edges, their properties and layout, and
/// graph metadata. It owns its undo stack; every user-visible change goes through an undo
/// command (core/commands), which calls the low-level mutators below. Views react to the
/// fine-grained signals and own no data.
class GraphDocument : public QObject
{
    Q_OBJECT

public:
    /// What changed on a node, so views update only what they must.
    enum class NodeChange : quint32 {
        Position = 1 << 0,
        Size = 1 << 1,
        Name = 1 << 2,
        Properties = 1 << 3,
        Parent = 1 << 4,
    };
    Q_DECLARE_FLAGS(NodeChanges, NodeChange)

    explicit GraphDocument(QObject *parent = nullptr);
    ~GraphDocument() override;

    // --- reading ---
    const Node *node(const QString &id) const;
    bool hasNode(const QString &id) const { return m_nodes.contains(id); }
    /// Node ids in document order.
    const QStringList &nodeIds() const { return m_nodeOrder; }
    int nodeCount() const { return int(m_nodeOrder.size()); }
    int nodeIndex(const QString &id) const { return int(m_nodeOrder.indexOf(id)); }

    const Edge *edge(const QString &id) const;
    bool hasEdge(const QString &id) const { return m_edges.contains(id); }
    const QStringList &edgeIds() const { return m_edgeOrder; }
    int edgeCount() const { return int(m_edgeOrder.size()); }
    int edgeIndex(const QString &id) const { return int(m_edgeOrder.indexOf(id)); }
    /// Ids of the edges that start or end at @p nodeId.
    QStringList edgesOf(const QString &nodeId) const;
    /// Ids of the nodes whose parent is @p namespaceId.
    QStringList childrenOf(const QString &namespaceId) const;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString graphType() const { return m_graphType; }
    QVariantMap metadata() const { return m_metadata; }

    /// A copy of the whole graph, safe to hand to another thread.
    GraphData snapshot() const;
    /// The given nodes (plus the children of any namespace among them) and the edges between
    /// them: what copy and drag-and-drop carry.
    GraphFragment fragment(const QStringList &nodeIds) const;
    /// @p fragment with new ids that do not clash with this document; edges and parents are
    /// remapped, parents outside the fragment are dropped.
    GraphFragment withFreshIds(const GraphFragment &fragment) const;

    /// A new unique node id.
    QString createNodeId() const;
    /// A new unique edge id.
    QString createEdgeId() const;

    // --- document state ---
    QUndoStack *undoStack() const { return m_undoStack; }
    /// True when the document differs from what was last saved or loaded.
    bool isModified() const { return !m_undoStack->isClean(); }
    /// Marks the current state as saved.
    void setClean() { m_undoStack->setClean(); }
    /// Path of the file the document was loaded from or saved to; empty for a new document.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /// The name to show: the graph name, else the file name, else "Untitled".
    QString displayName() const;

    /// Replaces the whole content without undo (a load, or a reload from the server) and clears
    /// the undo stack.
    void reset(const GraphData &data);

    // --- low-level mutators: only undo commands and reset() call these ---
    void insertNode(const Node &node, int index = -1);
    Node takeNode(const QString &id);
    void insertEdge(const Edge &edge, int index = -1);
    Edge takeEdge(const QString &id);
    void setNodePosition(const QString &id, QPointF pos);
    void setNodeSize(const QString &id, QSizeF size);
    void setNodeName(const QString &id, const QString &name);
    void setNodeParent(const QString &id, const QString &parent);
    /// Sets a property; an invalid @p value removes it (back to the kind's default).
    void setNodeProperty(const QString &id, const QString &key, const QVariant &value);
    void setEdgeConnectionType(const QString &id, const QString &type);
    void setEdgeProperty(const QString &id, const QString &key, const QVariant &value);
    void setName(const QString &name);
    void setDescription(const QString &description);

Q_SIGNALS:
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id, kg::GraphDocument::NodeChanges what);
    void edgeAdded(const QString &id);
    void edgeAboutToBeRemoved(const QString &id);
    void edgeRemoved(const QString &id);
    void edgeChanged(const QString &id);
    void metadataChanged();
    /// Everything changed (after reset()); views rebuild.
    void documentReset();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    QHash<QString, Node> m_nodes;
    QStringList m_nodeOrder;
    QHash<QString, Edge> m_edges;
    QStringList m_edgeOrder;
    QHash<QString, QStringList> m_edgesByNode;
    QString m_name;
    QString m_description;
    QString m_graphType = QStringLiteral("KUBERNETES");
    QVariantMap m_metadata;
    QString m_filePath;
    QUndoStack *m_undoStack;
};

} // namespace kg

Q_DECLARE_OPERATORS_FOR_FLAGS(kg::GraphDocument::NodeChanges)
