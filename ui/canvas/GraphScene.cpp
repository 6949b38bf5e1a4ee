#include "canvas/GraphScene.h"

#include "canvas/EdgeItem.h"
#include "canvas/NodeItem.h"
#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "model/DocumentSelection.h"
#include "model/NodeKindCatalog.h"
#include "validate/DocumentIssues.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>

#include <cmath>

namespace kg::ui {

namespace {

constexpr QSizeF MinFrameSize(200, 120);

QString kindName(const QString &kindId)
{
    const NodeKindInfo *k = NodeKindCatalog::instance().kind(kindId);
    return k ? k->displayName : kindId;
}

} // namespace

GraphScene::GraphScene(GraphDocument *document, QObject *parent)
    : GraphScene(document, nullptr, parent)
{}

GraphScene::GraphScene(GraphDocument *document, DocumentSelection *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(CanvasTheme::fromPalette(QApplication::palette(), QApplication::font()))
{
    // Items move all the time while editing; a BSP index would be rebuilt on every drag step.
    // Linear lookups over a few thousand lean items are cheaper.
    setItemIndexMethod(NoIndex);
    setSceneRect(-SceneExtent, -SceneExtent, 2 * SceneExtent, 2 * SceneExtent);

    // The selection is the document's (DocumentSelection); the items mirror it both ways.
    m_selection = selection ? selection : new DocumentSelection(document, this);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::takeSelectionFromItems);
    connect(m_selection, &DocumentSelection::replaced, this, [this] {
        if (!m_mirroringSelection)
            mirrorSelection();
    });

    connect(document, &GraphDocument::nodeAdded, this, [this](const QString &id) {
        if (const Node *n = m_document->node(id))
            addNodeItem(*n);
    });
    connect(document, &GraphDocument::nodeAboutToBeRemoved, this, &GraphScene::removeNodeItem);
    connect(document, &GraphDocument::nodeChanged, this, &GraphScene::onNodeChanged);
    connect(document, &GraphDocument::edgeAdded, this, [this](const QString &id) {
        if (const Edge *e = m_document->edge(id))
            addEdgeItem(*e);
    });
    connect(document, &GraphDocument::edgeAboutToBeRemoved, this, &GraphScene::removeEdgeItem);
    connect(document, &GraphDocument::edgeChanged, this, &GraphScene::onEdgeChanged);
    connect(document, &GraphDocument::documentReset, this, &GraphScene::rebuild);
    rebuild();
    // Made after the connections above, so its slots run after the items exist.
    m_issues = new DocumentIssues(document, this);
    connect(m_issues, &DocumentIssues::nodeIssuesChanged, this, &GraphScene::updateIssues);
    connect(m_issues, &DocumentIssues::issuesReset, this, [this] {
        for (auto it = m_nodeItems.cbegin(); it != m_nodeItems.cend(); ++it)
            updateIssues(it.key());
    });
    for (const QString &id : m_issues->nodesWithIssues())
        updateIssues(id);
}

GraphScene::~GraphScene()
{
    // Deleting selected items would announce selection changes to half-destroyed views.
    blockSignals(true);
    // Edges unregister from their nodes on destruction: delete them before the nodes.
    qDeleteAll(m_edgeItems);
    m_edgeItems.clear();
}

void GraphScene::rebuild()
{
    clearConnectionPreview();
    m_pressedNode = nullptr;
    m_resizing = nullptr;
    m_moveStart.clear();
    qDeleteAll(m_edgeItems);
    m_edgeItems.clear();
    qDeleteAll(m_nodeItems);
    m_nodeItems.clear();
    const QStringList &nodes = m_document->nodeIds();
    m_nodeItems.reserve(nodes.size());
    for (const QString &id : nodes)
        addNodeItem(*m_document->node(id));
    const QStringList &edges = m_document->edgeIds();
    m_edgeItems.reserve(edges.size());
    for (const QString &id : edges)
        addEdgeItem(*m_document->edge(id));
}

NodeItem *GraphScene::addNodeItem(const Node &node)
{
    auto *item = new NodeItem(node);
    addItem(item);
    m_nodeItems.insert(node.id, item);
    nodeLayoutChanged();
    return item;
}

EdgeItem *GraphScene::addEdgeItem(const Edge &edge)
{
    NodeItem *s = m_nodeItems.value(edge.source);
    NodeItem *t = m_nodeItems.value(edge.target);
    if (!s || !t)
        return nullptr; // a dangling edge in a hostile file: the validator reports it
    auto *item = new EdgeItem(edge, s, t);
    addItem(item);
    item->updateGeometry();
    m_edgeItems.insert(edge.id, item);
    return item;
}

void GraphScene::removeNodeItem(const QString &id)
{
    NodeItem *item = m_nodeItems.take(id);
    if (!item)
        return;
    if (m_pressedNode == item)
        m_pressedNode = nullptr;
    if (m_resizing == item)
        m_resizing = nullptr;
    if (m_connectTarget == item)
        m_connectTarget = nullptr;
    if (m_connectFrom == id)
        clearConnectionPreview();
    m_moveStart.remove(id);
    // Commands remove edges first; a reset may not, so drop whatever is still attached.
    const QList<EdgeItem *> edges = item->edges();
    for (EdgeItem *e : edges)
        removeEdgeItem(e->edgeId());
    delete item;
    nodeLayoutChanged();
}

void GraphScene::removeEdgeItem(const QString &id)
{
    EdgeItem *item = m_edgeItems.take(id);
    if (!item)
        return;
    delete item;
}

void GraphScene::onNodeChanged(const QString &id, GraphDocument::NodeChanges what)
{
    NodeItem *item = m_nodeItems.value(id);
    const Node *node = m_document->node(id);
    if (!item || !node)
        return;
    const QSizeF oldSize = item->size();
    item->syncWithNode(*node);
    if (item->size() != oldSize) {
        for (EdgeItem *e : item->edges())
            e->updateGeometry();
    }
    Q_UNUSED(what) // validity follows from DocumentIssues
}

void GraphScene::onEdgeChanged(const QString &id)
{
    EdgeItem *item = m_edgeItems.value(id);
    const Edge *edge = m_document->edge(id);
    if (!item || !edge)
        return;
    item->syncWithEdge(*edge);
}

void GraphScene::updateIssues(const QString &nodeId)
{
    NodeItem *item = m_nodeItems.value(nodeId);
    if (!item)
        return;
    // The validator's findings, the ones Generate judges by: errors first.
    QStringList errors;
    QStringList warnings;
    for (const ValidationIssue &issue : m_issues->issuesOf(nodeId))
        (issue.severity == Severity::Error ? errors : warnings) << issue.message;
    if (!errors.isEmpty())
        item->setIssues(NodeItem::Severity::Error, (errors + warnings).join(QLatin1Char('\n')));
    else if (!warnings.isEmpty())
        item->setIssues(NodeItem::Severity::Warning, warnings.join(QLatin1Char('\n')));
    else
        item->setIssues(NodeItem::Severity::None, QString());
}

QStringList GraphScene::selectedNodeIds() const
{
    return m_selection->nodes();
}

QStringList GraphScene::selectedEdgeIds() const
{
    return m_selection->edges();
}

void GraphScene::selectElements(const QStringList &nodeIds, const QStringList &edgeIds)
{
    m_selection->select(nodeIds, edgeIds); // the items follow (mirrorSelection)
}

void GraphScene::mirrorSelection()
{
    // One selectionChanged signal for the whole change, not one per item.
    m_mirroringSelection = true;
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : m_selection->nodes()) {
        if (NodeItem *n = m_nodeItems.value(id))
            n->setSelected(true);
    }
    for (const QString &id : m_selection->edges()) {
        if (EdgeItem *e = m_edgeItems.value(id))
            e->setSelected(true);
    }
    blocker.unblock();
    m_mirroringSelection = false;
    Q_EMIT selectionChanged();
}

void GraphScene::takeSelectionFromItems()
{
    if (m_mirroringSelection)
        return;
    // DocumentSelection keeps ids as sets and orders them when asked: no ordering here.
    QStringList nodes;
    QStringList edges;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type)
            nodes << static_cast<NodeItem *>(item)->nodeId();
        else if (item->type() == EdgeItem::Type)
            edges << static_cast<EdgeItem *>(item)->edgeId();
    }
    m_mirroringSelection = true; // the items are right already
    m_selection->select(nodes, edges);
    m_mirroringSelection = false;
}

void GraphScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    for (NodeItem *n : std::as_const(m_nodeItems))
        n->themeChanged();
    for (EdgeItem *e : std::as_const(m_edgeItems))
        e->themeChanged();
    update();
}

void GraphScene::setExporting(bool exporting)
{
    m_exporting = exporting;
}

void GraphScene::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    Q_EMIT toolChanged(tool);
}

void GraphScene::nudgeSelection(QPointF delta)
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty() || isMoving())
        return;
    if (!m_lastNudge.isValid() || m_lastNudge.elapsed() > 1000)
        m_nudgeId = MoveNodesCommand::nextDragId();
    m_lastNudge.start();
    beginMove(ids);
    moveBy(delta);
    endMove(m_nudgeId);
}

QPointF GraphScene::snapped(QPointF p) const
{
    if (!m_snapToGrid)
        return p;
    return QPointF(std::round(p.x() / GridSize) * GridSize, std::round(p.y() / GridSize) * GridSize);
}

QRectF GraphScene::contentRect(bool selectionOnly) const
{
    QRectF r;
    for (NodeItem *n : std::as_const(m_nodeItems)) {
        if (n->isVisible() && (!selectionOnly || n->isSelected()))
            r |= n->sceneRect();
    }
    for (EdgeItem *e : std::as_const(m_edgeItems)) {
        if (!e->isVisible())
            continue;
        if (selectionOnly
            && !(e->isSelected()
                 || (e->sourceItem()->isSelected() && e->targetItem()->isSelected())))
            continue;
        r |= e->sceneBoundingRect();
    }
    return r;
}

NodeItem *GraphScene::nodeAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape,
                                              Qt::DescendingOrder);
    for (QGraphicsItem *i : hits) {
        if (i->type() == NodeItem::Type)
            return static_cast<NodeItem *>(i);
    }
    return nullptr;
}

NodeItem *GraphScene::namespaceAt(const QPointF &scenePos, const QSet<QString> &ignore) const
{
    NodeItem *best = nullptr;
    for (NodeItem *n : std::as_const(m_nodeItems)) {
        if (!n->isNamespace() || ignore.contains(n->nodeId()) || !n->sceneRect().contains(scenePos))
            continue;
        // The smallest frame wins when frames overlap.
        if (!best
            || n->size().width() * n->size().height() < best->size().width() * best->size().height())
            best = n;
    }
    return best;
}

bool GraphScene::connectNodes(const QString &sourceId, const QString &targetId)
{
    const Node *s = m_document->node(sourceId);
    const Node *t = m_document->node(targetId);
    if (!s || !t)
        return false;
    if (sourceId == targetId) {
        Q_EMIT statusMessage(tr("A node cannot connect to itself."));
        return false;
    }
    for (const QString &e : m_document->edgesOf(sourceId)) {
        const Edge *edge = m_document->edge(e);
        if (edge->source == sourceId && edge->target == targetId) {
            Q_EMIT statusMessage(tr("%1 is already connected to %2.").arg(s->name, t->name));
            return false;
        }
    }
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    const QString type = catalog.proposeConnectionType(s->kind, t->kind);
    if (type.isEmpty()) {
        QString hint = tr("A %1 cannot connect to a %2.").arg(kindName(s->kind), kindName(t->kind));
        if (!catalog.proposeConnectionType(t->kind, s->kind).isEmpty())
            hint += QLatin1Char(' ')
                    + tr("Try the other direction: from %1 to %2.").arg(t->name, s->name);
        Q_EMIT statusMessage(hint);
        return false;
    }
    Edge edge;
    edge.id = m_document->createEdgeId();
    edge.source = sourceId;
    edge.target = targetId;
    edge.connectionType = type;
    GraphFragment fragment;
    fragment.edges.append(edge);
    m_document->undoStack()->push(
            new AddElementsCommand(m_document, fragment,
                                   tr("Connect %1 to %2").arg(s->name, t->name)));
    selectElements({}, {edge.id});
    Q_EMIT statusMessage(tr("Connected %1 to %2 as \"%3\"; change the type in the Inspector.")
                                 .arg(s->name, t->name, EdgeItem::labelFor(type)));
    return true;
}

void GraphScene::beginMove(const QStringList &nodeIds)
{
    m_moveStart.clear();
    for (const QString &id : nodeIds) {
        NodeItem *item = m_nodeItems.value(id);
        if (!item)
            continue;
        m_moveStart.insert(id, item->pos());
        if (item->isNamespace()) {
            const QStringList children = m_document->childrenOf(id);
            for (const QString &c : children) {
                if (NodeItem *child = m_nodeItems.value(c))
                    m_moveStart.insert(c, child->pos());
            }
        }
    }
}

void GraphScene::moveBy(QPointF delta)
{
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        if (NodeItem *item = m_nodeItems.value(it.key()))
            item->setPos(it.value() + delta);
    }
}

bool GraphScene::endMove(int dragId)
{
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    QSet<QString> moved;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        NodeItem *item = m_nodeItems.value(it.key());
        moved.insert(it.key());
        if (item && item->pos() != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), item->pos());
        }
    }
    m_moveStart.clear();
    nodeLayoutChanged();
    if (to.isEmpty())
        return false;

    // Dropping nodes into a frame (or out of one) reparents them in the same undo step.
    QSet<QString> movedNamespaces;
    for (const QString &id : std::as_const(moved)) {
        if (m_nodeItems.value(id)->isNamespace())
            movedNamespaces.insert(id);
    }
    QHash<QString, QStringList> reparent; // new parent → nodes
    for (const QString &id : std::as_const(moved)) {
        NodeItem *item = m_nodeItems.value(id);
        const Node *node = m_document->node(id);
        if (item->isNamespace() || movedNamespaces.contains(node->parent))
            continue;
        NodeItem *frame = namespaceAt(item->sceneRect().center(), movedNamespaces);
        const QString parent = frame ? frame->nodeId() : QString();
        if (parent != node->parent)
            reparent[parent].append(id);
    }

    QUndoStack *stack = m_document->undoStack();
    auto *move = new MoveNodesCommand(m_document, from, to, dragId);
    if (reparent.isEmpty()) {
        stack->push(move);
        return true;
    }
    stack->beginMacro(move->text());
    stack->push(move);
    for (auto it = reparent.cbegin(); it != reparent.cend(); ++it) {
        QStringList ids = it.value();
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            return m_document->nodeIndex(a) < m_document->nodeIndex(b);
        });
        auto *cmd = new ReparentNodesCommand(m_document, ids, it.key());
        Q_EMIT statusMessage(cmd->text());
        stack->push(cmd);
    }
    stack->endMacro();
    return true;
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // The context menu acts on what was clicked: select it unless it already is.
        QGraphicsItem *hit = itemAt(event->scenePos(), QTransform());
        if (hit && (hit->type() == NodeItem::Type || hit->type() == EdgeItem::Type)
            && !hit->isSelected()) {
            clearSelection();
            hit->setSelected(true);
        } else if (!hit) {
            clearSelection();
        }
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    NodeItem *node = nodeAt(event->scenePos());
    if (node) {
        const QPointF local = node->mapFromScene(event->scenePos());
        if (m_tool == Tool::Connect || node->isOnHandle(local)) {
            m_connectFrom = node->nodeId();
            m_connectLine = new QGraphicsLineItem(
                    QLineF(node->mapToScene(node->handlePos()), event->scenePos()));
            QPen pen(m_theme.selection, 1.8, Qt::DashLine, Qt::RoundCap);
            pen.setCosmetic(true);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(1000);
            addItem(m_connectLine);
            event->accept();
            return;
        }
        if (node->isOnResizeGrip(local)) {
            m_resizing = node;
            m_resizeStartSize = node->size();
            m_pressPos = event->scenePos();
            event->accept();
            return;
        }
    }
    // Shift-click adds to the selection like Ctrl-click, as in most editors.
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    QGraphicsScene::mousePressEvent(event);
    if (node && node->isSelected()) {
        m_pressedNode = node;
        m_pressPos = event->scenePos();
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        QLineF line = m_connectLine->line();
        line.setP2(event->scenePos());
        m_connectLine->setLine(line);
        NodeItem *target = nodeAt(event->scenePos());
        if (target != m_connectTarget) {
            if (m_connectTarget)
                m_connectTarget->setDropHighlight(0);
            m_connectTarget = target;
            if (target && target->nodeId() != m_connectFrom) {
                const Node *s = m_document->node(m_connectFrom);
                const bool ok = s
                                && NodeKindCatalog::instance().connectionRule(s->kind,
                                                                              target->kindId());
                target->setDropHighlight(ok ? 1 : -1);
            }
        }
        return;
    }
    if (m_resizing) {
        const QPointF delta = event->scenePos() - m_pressPos;
        QSizeF size(m_resizeStartSize.width() + delta.x(), m_resizeStartSize.height() + delta.y());
        if (m_snapToGrid) {
            const QPointF corner = snapped(m_resizing->pos() + QPointF(size.width(), size.height()));
            size = QSizeF(corner.x() - m_resizing->pos().x(), corner.y() - m_resizing->pos().y());
        }
        size = size.expandedTo(MinFrameSize);
        if (const Node *n = m_document->node(m_resizing->nodeId())) {
            Node preview = *n;
            preview.size = size;
            m_resizing->syncWithNode(preview);
            for (EdgeItem *e : m_resizing->edges())
                e->updateGeometry();
        }
        return;
    }
    if (m_pressedNode && (event->buttons() & Qt::LeftButton)) {
        if (!isMoving()) {
            const QPoint d = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
            if (d.manhattanLength() < QApplication::startDragDistance())
                return;
            beginMove(selectedNodeIds());
        }
        const QPointF start = m_moveStart.value(m_pressedNode->nodeId());
        const QPointF delta = snapped(start + event->scenePos() - m_pressPos) - start;
        moveBy(delta);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_connectLine) {
        finishConnection(event->scenePos());
        return;
    }
    if (event->button() == Qt::LeftButton && m_resizing) {
        NodeItem *item = m_resizing;
        m_resizing = nullptr;
        const Node *n = m_document->node(item->nodeId());
        if (n && item->size() != (n->size.isEmpty() ? NodeItem::defaultSize(n->kind) : n->size))
            m_document->undoStack()->push(
                    new SetNodeGeometryCommand(m_document, n->id, n->pos, item->size()));
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        if (isMoving())
            endMove();
        m_pressedNode = nullptr;
    }
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (NodeItem *node = nodeAt(event->scenePos())) {
            Q_EMIT renameRequested(node->nodeId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::finishConnection(const QPointF &scenePos)
{
    const QString from = m_connectFrom;
    clearConnectionPreview();
    NodeItem *target = nodeAt(scenePos);
    if (!target) {
        Q_EMIT statusMessage(tr("Drop the connection on another node."));
        return;
    }
    connectNodes(from, target->nodeId());
}

void GraphScene::clearConnectionPreview()
{
    if (m_connectTarget)
        m_connectTarget->setDropHighlight(0);
    m_connectTarget = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom.clear();
}

} // namespace kg::ui
