#pragma once

#include "canvas/CanvasTheme.h"
#include "model/GraphDocument.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

class QGraphicsLineItem;

namespace kg {
class DocumentIssues;
class DocumentSelection;
} // namespace kg

namespace kg::ui {

class EdgeItem;
class NodeItem;

/// The canvas scene of one GraphDocument. It owns no data: it mirrors the document through its
/// fine-grained signals (keeping id↔item maps in both directions) and turns gestures — moving,
/// connecting, resizing frames, dropping nodes into namespaces — into undo commands pushed on
/// the document's undo stack. Node badges show the document's DocumentIssues: the validator's
/// findings, the same rules Generate applies.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// What a left-button drag on a node does.
    enum class Tool {
        Select,  ///< move the selection; connect only from the handle
        Connect, ///< draw a connection from any node
    };

    static constexpr qreal GridSize = 20.0;
    /// Half the side of the fixed scene rectangle: large enough for any real graph, fixed so
    /// that the scroll bars never jump while editing.
    static constexpr qreal SceneExtent = 50000.0;

    explicit GraphScene(GraphDocument *document, QObject *parent = nullptr);
    /// A scene showing @p selection (the document session's); null: a selection of its own.
    GraphScene(GraphDocument *document, DocumentSelection *selection, QObject *parent = nullptr);
    ~GraphScene() override;

    GraphDocument *document() const { return m_document; }
    /// The document's validation findings, which the node badges show.
    DocumentIssues *issues() const { return m_issues; }
    /// What is selected, by id; the items mirror it.
    DocumentSelection *selection() const { return m_selection; }
    NodeItem *nodeItem(const QString &id) const { return m_nodeItems.value(id); }
    EdgeItem *edgeItem(const QString &id) const { return m_edgeItems.value(id); }
    int nodeItemCount() const { return int(m_nodeItems.size()); }
    int edgeItemCount() const { return int(m_edgeItems.size()); }

    /// Selected node ids, in document order.
    QStringList selectedNodeIds() const;
    /// Selected edge ids, in document order.
    QStringList selectedEdgeIds() const;
    /// Replaces the selection.
    void selectElements(const QStringList &nodeIds, const QStringList &edgeIds = {});

    const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);
    /// While exporting, items paint without selection, handles and hover decorations.
    bool isExporting() const { return m_exporting; }
    void setExporting(bool exporting);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    /// @p p on the grid when snapping is on, else unchanged.
    QPointF snapped(QPointF p) const;

    /// The scene area covered by nodes and edges (or only by the selected ones).
    QRectF contentRect(bool selectionOnly = false) const;
    /// The topmost node (frames last) under @p scenePos.
    NodeItem *nodeAt(const QPointF &scenePos) const;
    /// The namespace frame whose area contains @p scenePos, skipping @p ignore.
    NodeItem *namespaceAt(const QPointF &scenePos, const QSet<QString> &ignore = {}) const;

    /// Connects two nodes with the connection type the catalog proposes. Refuses (with a hint
    /// on statusMessage) pairs that make no sense, self-connections and duplicates.
    bool connectNodes(const QString &sourceId, const QString &targetId);

    /// Starts moving @p nodeIds (namespaces bring their children along).
    void beginMove(const QStringList &nodeIds);
    /// Moves the nodes of the current move by @p delta from where they started; only the edges
    /// of moved nodes are updated.
    void moveBy(QPointF delta);
    /// Ends the move with one undo step (positions, plus reparenting into or out of namespace
    /// frames). Returns false when nothing moved.
    bool endMove(int dragId = 0);
    /// Moves the selection by @p delta (arrow keys); nudges in quick succession merge into one
    /// undo step.
    void nudgeSelection(QPointF delta);
    bool isMoving() const { return !m_moveStart.isEmpty(); }
    /// Counts changes of where nodes are (added, removed, moved, resized; during a move only
    /// once, when it ends). Edge labels compare it to know when to look for nodes in their way.
    quint64 nodeLayoutGeneration() const { return m_nodeLayoutGeneration; }
    void nodeLayoutChanged() { ++m_nodeLayoutGeneration; }

Q_SIGNALS:
    /// A hint or result for the status bar.
    void statusMessage(const QString &message);
    /// The user asked to rename a node in place (double-click).
    void renameRequested(const QString &nodeId);
    void toolChanged(kg::ui::GraphScene::Tool tool);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    NodeItem *addNodeItem(const Node &node);
    EdgeItem *addEdgeItem(const Edge &edge);
    void removeNodeItem(const QString &id);
    void removeEdgeItem(const QString &id);
    void onNodeChanged(const QString &id, GraphDocument::NodeChanges what);
    void onEdgeChanged(const QString &id);
    void updateIssues(const QString &nodeId);
    /// The items' selection follows the document selection, and the other way round.
    void mirrorSelection();
    void takeSelectionFromItems();
    void finishConnection(const QPointF &scenePos);
    void clearConnectionPreview();

    GraphDocument *m_document;
    DocumentIssues *m_issues = nullptr;
    DocumentSelection *m_selection = nullptr;
    bool m_mirroringSelection = false;
    QHash<QString, NodeItem *> m_nodeItems;
    QHash<QString, EdgeItem *> m_edgeItems;
    CanvasTheme m_theme;
    Tool m_tool = Tool::Select;
    bool m_snapToGrid = true;
    bool m_exporting = false;
    quint64 m_nodeLayoutGeneration = 1;

    // Gesture state.
    NodeItem *m_pressedNode = nullptr;
    QPointF m_pressPos;
    QHash<QString, QPointF> m_moveStart;
    QString m_connectFrom;
    QGraphicsLineItem *m_connectLine = nullptr;
    NodeItem *m_connectTarget = nullptr;
    NodeItem *m_resizing = nullptr;
    QSizeF m_resizeStartSize;
    int m_nudgeId = 0;
    QElapsedTimer m_lastNudge;
};

} // namespace kg::ui
