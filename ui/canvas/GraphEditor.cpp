#include "canvas/GraphEditor.h"

#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "io/KGraphFormat.h"
#include "layout/LayeredLayout.h"
#include "model/GraphDocument.h"
#include "model/NodeKindCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace kg::ui {

namespace {

/// Clipboard payloads larger than this are refused instead of parsed.
constexpr qsizetype MaxClipboardBytes = 32 * 1024 * 1024;

QString baseNameFor(const NodeKindInfo &kind)
{
    QString s = kind.id.toLower();
    s.replace(QLatin1Char('_'), QLatin1Char('-'));
    return s;
}

} // namespace

GraphEditor::GraphEditor(GraphScene *scene, GraphView *view, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_view(view)
{
    connect(view, &GraphView::kindDropped, this,
            [this](const QString &kind, const QPointF &pos) { addNode(kind, pos); });
}

GraphDocument *GraphEditor::document() const
{
    return m_scene->document();
}

QString GraphEditor::uniqueName(const QString &base, QSet<QString> *taken) const
{
    QString name = base;
    for (int i = 2; taken->contains(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    taken->insert(name);
    return name;
}

QString GraphEditor::addNode(const QString &kindId, QPointF sceneCenter)
{
    const NodeKindInfo *kind = NodeKindCatalog::instance().kind(kindId);
    if (!kind) {
        Q_EMIT statusMessage(tr("Unknown node kind \"%1\".").arg(kindId));
        return {};
    }
    GraphDocument *doc = document();
    QSet<QString> names;
    for (const QString &id : doc->nodeIds())
        names.insert(doc->node(id)->name);
    Node node;
    node.id = doc->createNodeId();
    node.kind = kind->id;
    node.name = uniqueName(baseNameFor(*kind), &names);
    const QSizeF size = NodeItem::defaultSize(kind->id);
    node.pos = m_scene->snapped(sceneCenter - QPointF(size.width() / 2, size.height() / 2));
    if (!kind->hasRole(KindRole::Container)) {
        if (NodeItem *frame = m_scene->namespaceAt(sceneCenter))
            node.parent = frame->nodeId();
    }
    GraphFragment fragment;
    fragment.nodes.append(node);
    doc->undoStack()->push(
            new AddElementsCommand(doc, fragment, tr("Add %1").arg(kind->displayName)));
    m_scene->selectElements({node.id});
    return node.id;
}

QString GraphEditor::addNodeAtViewCenter(const QString &kindId)
{
    // Successive additions step down-right so they do not pile up on one spot.
    QPointF center = m_view->visibleCenter();
    for (int i = 0; i < 20; ++i) {
        if (!m_scene->nodeAt(center))
            break;
        center += QPointF(GraphScene::GridSize * 2, GraphScene::GridSize * 2);
    }
    return addNode(kindId, center);
}

void GraphEditor::selectAll()
{
    m_scene->selectElements(document()->nodeIds(), document()->edgeIds());
}

QStringList GraphEditor::selectionWithChildren() const
{
    const QStringList selected = m_scene->selectedNodeIds();
    QSet<QString> wanted(selected.cbegin(), selected.cend());
    GraphDocument *doc = document();
    QStringList out;
    for (const QString &id : doc->nodeIds()) {
        const Node *n = doc->node(id);
        if (wanted.contains(id) || (!n->parent.isEmpty() && wanted.contains(n->parent)))
            out << id;
    }
    return out;
}

void GraphEditor::deleteSelection()
{
    const QStringList nodes = selectionWithChildren();
    const QStringList edges = m_scene->selectedEdgeIds();
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    GraphDocument *doc = document();
    doc->undoStack()->push(new RemoveElementsCommand(doc, nodes, edges));
}

QString GraphEditor::fragmentMimeType()
{
    return QStringLiteral("application/x-kubegram-fragment");
}

QMimeData *GraphEditor::mimeDataFor(const GraphFragment &fragment)
{
    GraphData data;
    data.nodes = fragment.nodes;
    data.edges = fragment.edges;
    const QByteArray bytes = io::KGraphFormat::write(data);
    auto *mime = new QMimeData;
    mime->setData(fragmentMimeType(), bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

Result<GraphFragment> GraphEditor::fragmentFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(fragmentMimeType()))
        return Error(tr("The clipboard holds no graph elements."));
    const QByteArray bytes = mime->data(fragmentMimeType());
    if (bytes.size() > MaxClipboardBytes)
        return Error(tr("The clipboard content is too large to paste (%1 MB).")
                             .arg(bytes.size() / (1024 * 1024)));
    auto data = io::KGraphFormat::read(bytes, tr("clipboard"));
    if (!data)
        return data.error();
    GraphFragment fragment;
    fragment.nodes = data->nodes;
    fragment.edges = data->edges;
    return fragment;
}

void GraphEditor::copySelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.isEmpty()) {
        Q_EMIT statusMessage(tr("Select nodes to copy."));
        return;
    }
    const GraphFragment fragment = document()->fragment(nodes);
    QApplication::clipboard()->setMimeData(mimeDataFor(fragment));
    m_pasteCount = 0;
    Q_EMIT statusMessage(tr("Copied %n node(s).", nullptr, int(fragment.nodes.size())));
}

void GraphEditor::cutSelection()
{
    if (m_scene->selectedNodeIds().isEmpty())
        return;
    copySelection();
    GraphDocument *doc = document();
    doc->undoStack()->beginMacro(tr("Cut"));
    deleteSelection();
    doc->undoStack()->endMacro();
    // Pasting after a cut puts the nodes back where they were.
    m_pasteCount = -1;
}

bool GraphEditor::paste()
{
    auto fragment = fragmentFrom(QApplication::clipboard()->mimeData());
    if (!fragment) {
        Q_EMIT statusMessage(fragment.error().toString());
        return false;
    }
    if (fragment->isEmpty())
        return false;
    ++m_pasteCount;
    // Pasted next to the original when it is in view, else in the middle of the view.
    QRectF bounds;
    for (const Node &n : std::as_const(fragment->nodes))
        bounds |= QRectF(n.pos, n.size.isEmpty() ? NodeItem::defaultSize(n.kind) : n.size);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QPointF offset;
    if (visible.intersects(bounds))
        offset = QPointF(1, 1) * GraphScene::GridSize * 2 * qMax(0, m_pasteCount);
    else
        offset = m_scene->snapped(visible.center() - bounds.center());
    insertFragment(*fragment, offset, tr("Paste"));
    return true;
}

void GraphEditor::duplicateSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.isEmpty())
        return;
    insertFragment(document()->fragment(nodes), QPointF(1, 1) * GraphScene::GridSize * 2,
                   tr("Duplicate"));
}

void GraphEditor::insertFragment(GraphFragment fragment, QPointF offset, const QString &text)
{
    GraphDocument *doc = document();
    fragment = doc->withFreshIds(fragment);
    QSet<QString> names;
    for (const QString &id : doc->nodeIds())
        names.insert(doc->node(id)->name);
    QStringList ids;
    for (Node &n : fragment.nodes) {
        n.pos += offset;
        n.name = uniqueName(n.name, &names);
        ids << n.id;
    }
    QStringList edges;
    for (const Edge &e : std::as_const(fragment.edges))
        edges << e.id;
    doc->undoStack()->push(new AddElementsCommand(doc, fragment, text));
    m_scene->selectElements(ids, edges);
    Q_EMIT statusMessage(tr("%1: %n node(s).", nullptr, int(ids.size())).arg(text));
}

void GraphEditor::renameSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.size() != 1) {
        Q_EMIT statusMessage(tr("Select one node to rename."));
        return;
    }
    m_view->beginRename(nodes.first());
}

void GraphEditor::pushMove(QHash<QString, QPointF> to, const QString &text)
{
    GraphDocument *doc = document();
    QHash<QString, QPointF> from;
    // Namespaces carry their content along.
    const QHash<QString, QPointF> targets = to;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const Node *n = doc->node(it.key());
        const QPointF delta = it.value() - n->pos;
        if (delta.isNull())
            continue;
        if (NodeItem *item = m_scene->nodeItem(it.key()); item && item->isNamespace()) {
            const QStringList children = doc->childrenOf(it.key());
            for (const QString &c : children) {
                if (!targets.contains(c))
                    to.insert(c, doc->node(c)->pos + delta);
            }
        }
    }
    for (auto it = to.begin(); it != to.end();) {
        const QPointF old = doc->node(it.key())->pos;
        if (old == it.value()) {
            it = to.erase(it);
        } else {
            from.insert(it.key(), old);
            ++it;
        }
    }
    if (to.isEmpty())
        return;
    doc->undoStack()->push(new MoveNodesCommand(doc, from, to, 0, text));
}

void GraphEditor::align(Alignment alignment)
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.size() < 2) {
        Q_EMIT statusMessage(tr("Select two or more nodes to align."));
        return;
    }
    QRectF bounds;
    for (const QString &id : ids)
        bounds |= m_scene->nodeItem(id)->sceneRect();
    QHash<QString, QPointF> to;
    for (const QString &id : ids) {
        const QRectF r = m_scene->nodeItem(id)->sceneRect();
        QPointF p = r.topLeft();
        switch (alignment) {
        case Alignment::Left:
            p.setX(bounds.left());
            break;
        case Alignment::HorizontalCenter:
            p.setX(bounds.center().x() - r.width() / 2);
            break;
        case Alignment::Right:
            p.setX(bounds.right() - r.width());
            break;
        case Alignment::Top:
            p.setY(bounds.top());
            break;
        case Alignment::VerticalCenter:
            p.setY(bounds.center().y() - r.height() / 2);
            break;
        case Alignment::Bottom:
            p.setY(bounds.bottom() - r.height());
            break;
        }
        to.insert(id, p);
    }
    pushMove(to, tr("Align"));
}

void GraphEditor::distribute(Qt::Orientation orientation)
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.size() < 3) {
        Q_EMIT statusMessage(tr("Select three or more nodes to distribute."));
        return;
    }
    const bool horizontal = orientation == Qt::Horizontal;
    QList<QRectF> rects;
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        const QRectF ra = m_scene->nodeItem(a)->sceneRect();
        const QRectF rb = m_scene->nodeItem(b)->sceneRect();
        return horizontal ? ra.center().x() < rb.center().x() : ra.center().y() < rb.center().y();
    });
    qreal total = 0;
    for (const QString &id : std::as_const(sorted)) {
        const QRectF r = m_scene->nodeItem(id)->sceneRect();
        rects << r;
        total += horizontal ? r.width() : r.height();
    }
    const QRectF first = rects.first();
    const QRectF last = rects.last();
    const qreal span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
    const qreal gap = (span - total) / (rects.size() - 1);
    QHash<QString, QPointF> to;
    qreal cursor = horizontal ? first.left() : first.top();
    for (int i = 0; i < sorted.size(); ++i) {
        const QRectF r = rects.at(i);
        to.insert(sorted.at(i), horizontal ? QPointF(cursor, r.top()) : QPointF(r.left(), cursor));
        cursor += (horizontal ? r.width() : r.height()) + gap;
    }
    pushMove(to, tr("Distribute"));
}

void GraphEditor::arrange()
{
    GraphDocument *doc = document();
    if (doc->nodeCount() == 0)
        return;
    const LayoutResult layout = arrangeLayered(doc->snapshot());
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
        const Node *n = doc->node(it.key());
        if (n && n->pos != it.value()) {
            from.insert(it.key(), n->pos);
            to.insert(it.key(), it.value());
        }
    }
    QHash<QString, QSizeF> sizes;
    for (auto it = layout.sizes.cbegin(); it != layout.sizes.cend(); ++it) {
        const Node *n = doc->node(it.key());
        NodeItem *item = m_scene->nodeItem(it.key());
        if (n && item && item->isNamespace() && n->size != it.value())
            sizes.insert(it.key(), it.value());
    }
    if (to.isEmpty() && sizes.isEmpty()) {
        Q_EMIT statusMessage(tr("The graph is already arranged."));
        return;
    }
    QUndoStack *stack = doc->undoStack();
    stack->beginMacro(tr("Arrange"));
    if (!to.isEmpty())
        stack->push(new MoveNodesCommand(doc, from, to, 0, tr("Arrange")));
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        stack->push(new SetNodeGeometryCommand(doc, it.key(), doc->node(it.key())->pos, it.value()));
    stack->endMacro();
    m_view->fitAll();
}

} // namespace kg::ui
