#include "canvas/GraphEditor.h"

#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "commands/EditOperations.h"
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
    node.name = edit::uniqueName(baseNameFor(*kind), &names);
    const QSizeF size = edit::defaultSize(kind->id);
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

void GraphEditor::deleteSelection()
{
    edit::remove(*document(), m_scene->selectedNodeIds(), m_scene->selectedEdgeIds());
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
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    insertFragment(*fragment,
                   edit::pasteOffset(*fragment, visible, m_pasteCount, GraphScene::GridSize,
                                     m_scene->snapToGrid()),
                   tr("Paste"));
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
    const GraphFragment added = edit::insert(*document(), std::move(fragment), offset, text);
    QStringList ids;
    for (const Node &n : added.nodes)
        ids << n.id;
    QStringList edges;
    for (const Edge &e : added.edges)
        edges << e.id;
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

void GraphEditor::align(edit::Alignment alignment)
{
    if (m_scene->selectedNodeIds().size() < 2) {
        Q_EMIT statusMessage(tr("Select two or more nodes to align."));
        return;
    }
    edit::align(*document(), m_scene->selectedNodeIds(), alignment, tr("Align"));
}

void GraphEditor::distribute(Qt::Orientation orientation)
{
    if (m_scene->selectedNodeIds().size() < 3) {
        Q_EMIT statusMessage(tr("Select three or more nodes to distribute."));
        return;
    }
    edit::distribute(*document(), m_scene->selectedNodeIds(), orientation, tr("Distribute"));
}

void GraphEditor::arrange()
{
    if (document()->nodeCount() == 0)
        return;
    if (!edit::arrange(*document(), tr("Arrange"))) {
        Q_EMIT statusMessage(tr("The graph is already arranged."));
        return;
    }
    m_view->fitAll();
}

} // namespace kg::ui
