#include "commands/EditOperations.h"

#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "layout/LayeredLayout.h"
#include "model/GraphDocument.h"
#include "model/NodeKindCatalog.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace kg::edit {

namespace {

bool isNamespace(const Node &node)
{
    const NodeKindInfo *kind = NodeKindCatalog::instance().kind(node.kind);
    return kind && kind->hasRole(KindRole::Container);
}

} // namespace

QString uniqueName(const QString &base, QSet<QString> *taken)
{
    QString name = base;
    for (int i = 2; taken->contains(name); ++i)
        name = QStringLiteral("%1-%2").arg(base).arg(i);
    taken->insert(name);
    return name;
}

QSizeF defaultSize(const QString &kindId)
{
    const NodeKindInfo *kind = NodeKindCatalog::instance().kind(kindId);
    if (kind && kind->hasRole(KindRole::Container))
        return {520, 340};
    // The same default as the auto-layout, so an arranged graph never overlaps.
    return {DefaultNodeWidth, DefaultNodeHeight};
}

QRectF nodeRect(const Node &node)
{
    return QRectF(node.pos, node.size.isEmpty() ? defaultSize(node.kind) : node.size);
}

QStringList withChildren(const GraphDocument &document, const QStringList &nodes)
{
    const QSet<QString> wanted(nodes.cbegin(), nodes.cend());
    QStringList ordered;
    for (const QString &id : document.nodeIds()) {
        const Node *n = document.node(id);
        if (wanted.contains(id) || (!n->parent.isEmpty() && wanted.contains(n->parent)))
            ordered << id;
    }
    return ordered;
}

bool remove(GraphDocument &document, const QStringList &nodes, const QStringList &edges)
{
    const QStringList all = withChildren(document, nodes);
    if (all.isEmpty() && edges.isEmpty())
        return false;
    document.undoStack()->push(new RemoveElementsCommand(&document, all, edges));
    return true;
}

GraphFragment insert(GraphDocument &document, GraphFragment fragment, QPointF offset,
                     const QString &text)
{
    fragment = document.withFreshIds(fragment);
    QSet<QString> names;
    for (const QString &id : document.nodeIds())
        names.insert(document.node(id)->name);
    for (Node &n : fragment.nodes) {
        n.pos += offset;
        n.name = uniqueName(n.name, &names);
    }
    document.undoStack()->push(new AddElementsCommand(&document, fragment, text));
    return fragment;
}

bool move(GraphDocument &document, QHash<QString, QPointF> to, const QString &text)
{
    // Namespaces carry their content along.
    const QHash<QString, QPointF> targets = to;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const Node *n = document.node(it.key());
        if (!n)
            continue;
        const QPointF delta = it.value() - n->pos;
        if (delta.isNull() || !isNamespace(*n))
            continue;
        const QStringList children = document.childrenOf(it.key());
        for (const QString &c : children) {
            if (!targets.contains(c))
                to.insert(c, document.node(c)->pos + delta);
        }
    }
    QHash<QString, QPointF> from;
    for (auto it = to.begin(); it != to.end();) {
        const Node *n = document.node(it.key());
        if (!n || n->pos == it.value()) {
            it = to.erase(it);
        } else {
            from.insert(it.key(), n->pos);
            ++it;
        }
    }
    if (to.isEmpty())
        return false;
    document.undoStack()->push(new MoveNodesCommand(&document, from, to, 0, text));
    return true;
}

bool align(GraphDocument &document, const QStringList &ids, Alignment alignment, const QString &text)
{
    QList<std::pair<QString, QRectF>> rects;
    QRectF bounds;
    for (const QString &id : ids) {
        if (const Node *n = document.node(id)) {
            rects.append({id, nodeRect(*n)});
            bounds |= rects.constLast().second;
        }
    }
    if (rects.size() < 2)
        return false;
    QHash<QString, QPointF> to;
    for (const auto &[id, r] : std::as_const(rects)) {
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
    return move(document, to, text);
}

bool distribute(GraphDocument &document, const QStringList &ids, Qt::Orientation orientation,
                const QString &text)
{
    const bool horizontal = orientation == Qt::Horizontal;
    QList<std::pair<QString, QRectF>> rects;
    for (const QString &id : ids) {
        if (const Node *n = document.node(id))
            rects.append({id, nodeRect(*n)});
    }
    if (rects.size() < 3)
        return false;
    std::stable_sort(rects.begin(), rects.end(), [horizontal](const auto &a, const auto &b) {
        return horizontal ? a.second.center().x() < b.second.center().x()
                          : a.second.center().y() < b.second.center().y();
    });
    qreal total = 0;
    for (const auto &entry : std::as_const(rects))
        total += horizontal ? entry.second.width() : entry.second.height();
    const QRectF first = rects.constFirst().second;
    const QRectF last = rects.constLast().second;
    const qreal span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
    const qreal gap = (span - total) / qreal(rects.size() - 1);
    QHash<QString, QPointF> to;
    qreal cursor = horizontal ? first.left() : first.top();
    for (const auto &[id, r] : std::as_const(rects)) {
        to.insert(id, horizontal ? QPointF(cursor, r.top()) : QPointF(r.left(), cursor));
        cursor += (horizontal ? r.width() : r.height()) + gap;
    }
    return move(document, to, text);
}

bool arrange(GraphDocument &document, const QString &text)
{
    if (document.nodeCount() == 0)
        return false;
    const LayoutResult layout = arrangeLayered(document.snapshot());
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
        const Node *n = document.node(it.key());
        if (n && n->pos != it.value()) {
            from.insert(it.key(), n->pos);
            to.insert(it.key(), it.value());
        }
    }
    QHash<QString, QSizeF> sizes;
    for (auto it = layout.sizes.cbegin(); it != layout.sizes.cend(); ++it) {
        const Node *n = document.node(it.key());
        if (n && isNamespace(*n) && n->size != it.value())
            sizes.insert(it.key(), it.value());
    }
    if (to.isEmpty() && sizes.isEmpty())
        return false;
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(text);
    if (!to.isEmpty())
        stack->push(new MoveNodesCommand(&document, from, to, 0, text));
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        stack->push(new SetNodeGeometryCommand(&document, it.key(), document.node(it.key())->pos,
                                               it.value()));
    stack->endMacro();
    return true;
}

QPointF pasteOffset(const GraphFragment &fragment, const QRectF &visible, int pasteCount,
                    qreal gridSize, bool snap)
{
    QRectF bounds;
    for (const Node &n : fragment.nodes)
        bounds |= nodeRect(n);
    if (visible.intersects(bounds))
        return QPointF(1, 1) * gridSize * 2 * std::max(0, pasteCount);
    QPointF offset = visible.center() - bounds.center();
    if (snap)
        offset = QPointF(std::round(offset.x() / gridSize) * gridSize,
                         std::round(offset.y() / gridSize) * gridSize);
    return offset;
}

} // namespace kg::edit
