#include "canvas/NodeItem.h"

#include "canvas/EdgeItem.h"
#include "canvas/GraphScene.h"
#include "canvas/KindIcons.h"
#include "commands/EditOperations.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace kg::ui {

namespace {

constexpr qreal Radius = 8.0;
constexpr qreal HandleRadius = 5.5;
constexpr qreal FrameHeader = 30.0;
constexpr qreal FrameBand = 7.0;
constexpr qreal GripSize = 14.0;
constexpr qreal IconSize = 34.0;
// Below this zoom the text would be smaller than about 5 px: draw shape and icon only.
constexpr qreal TextLod = 0.5;

} // namespace

NodeItem::NodeItem(const Node &node)
    : m_id(node.id)
{
    // Selection is handled by QGraphicsItem; moving is done by the scene (it moves whole
    // selections with namespace children and snapping, and pushes one undo command per drag).
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    syncWithNode(node);
}

NodeItem::~NodeItem() = default;

GraphScene *NodeItem::graphScene() const
{
    return static_cast<GraphScene *>(scene());
}

QSizeF NodeItem::defaultSize(const QString &kindId)
{
    return edit::defaultSize(kindId);
}

void NodeItem::syncWithNode(const Node &node)
{
    const bool kindChanged = node.kind != m_kindId || !m_kind;
    m_name = node.name;
    if (kindChanged) {
        m_kindId = node.kind;
        m_kind = NodeKindCatalog::instance().kind(node.kind);
        m_kindName = m_kind ? m_kind->displayName : node.kind;
        m_isNamespace = m_kind && m_kind->hasRole(KindRole::Container);
        // Frames lie under everything; edges lie under the nodes they connect.
        setZValue(m_isNamespace ? -10 : 1);
    }
    const QSizeF size = node.size.isEmpty() ? defaultSize(node.kind) : node.size;
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
        if (GraphScene *s = graphScene())
            s->nodeLayoutChanged();
    }
    updateGeometryCache();
    if (pos() != node.pos)
        setPos(node.pos);
    update();
}

void NodeItem::themeChanged()
{
    updateGeometryCache();
    update();
}

void NodeItem::updateGeometryCache()
{
    m_shape = QPainterPath();
    const QRectF r(QPointF(0, 0), m_size);
    if (m_isNamespace) {
        // Only the header and the border pick the frame, so a rubber band can start inside it.
        QPainterPath outer;
        outer.addRect(r);
        QPainterPath inner;
        inner.addRect(r.adjusted(FrameBand, FrameHeader, -FrameBand, -FrameBand));
        m_shape = outer.subtracted(inner);
        m_shape.addRect(
                QRectF(r.bottomRight() - QPointF(GripSize, GripSize), QSizeF(GripSize, GripSize)));
    } else {
        m_shape.addRoundedRect(r, Radius, Radius);
    }
    m_shape.addEllipse(handlePos(), HandleRadius + 2, HandleRadius + 2);
    m_shape.setFillRule(Qt::WindingFill);
    // Eliding is measured lazily at the first paint: most of a large graph is never painted
    // with text, and loading stays fast.
    m_textDirty = true;
}

void NodeItem::ensureText(const CanvasTheme &t)
{
    if (!m_textDirty)
        return;
    m_textDirty = false;
    const qreal textWidth = m_isNamespace ? m_size.width() - 48 : m_size.width() - 66;
    auto prepare = [](QStaticText &text, const QString &s, const QFont &font, qreal width) {
        text.setText(QFontMetricsF(font).elidedText(s, Qt::ElideRight, width));
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
    };
    prepare(m_nameText, m_name, t.nameFont, textWidth);
    prepare(m_kindText, m_kindName, t.kindFont, textWidth);
}

void NodeItem::setIssues(Severity severity, const QString &text)
{
    if (severity == m_severity && text == m_issueText)
        return;
    m_severity = severity;
    m_issueText = text;
    setToolTip(text);
    update();
}

QPointF NodeItem::handlePos() const
{
    return m_isNamespace ? QPointF(m_size.width(), FrameHeader / 2)
                         : QPointF(m_size.width(), m_size.height() / 2);
}

bool NodeItem::isOnHandle(const QPointF &itemPos) const
{
    const QPointF d = itemPos - handlePos();
    return QPointF::dotProduct(d, d) <= (HandleRadius + 3) * (HandleRadius + 3);
}

bool NodeItem::isOnResizeGrip(const QPointF &itemPos) const
{
    return m_isNamespace
           && QRectF(QPointF(m_size.width() - GripSize, m_size.height() - GripSize),
                     QSizeF(GripSize, GripSize))
                      .contains(itemPos);
}

void NodeItem::setDropHighlight(int state)
{
    if (m_dropHighlight == state)
        return;
    m_dropHighlight = state;
    update();
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection outline, the badge above the top-right corner and the handle.
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -10, HandleRadius + 6, 4);
}

QPainterPath NodeItem::shape() const
{
    return m_shape;
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *e : std::as_const(m_edges))
            e->updateGeometry();
        // While a move goes on only its own edges follow; other labels look again at its end.
        if (GraphScene *s = graphScene(); s && !s->isMoving())
            s->nodeLayoutChanged();
    } else if (change == ItemSelectedHasChanged) {
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (isOnHandle(event->pos()))
        shape = Qt::CrossCursor;
    else if (isOnResizeGrip(event->pos()))
        shape = Qt::SizeFDiagCursor;
    if (cursor().shape() != shape)
        setCursor(shape);
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
            painter->worldTransform());
    const GraphScene *s = graphScene();
    const bool decorations = !s->isExporting();
    if (m_isNamespace)
        paintFrame(painter, lod, decorations);
    else
        paintNode(painter, lod, decorations);
}

void NodeItem::paintNode(QPainter *painter, qreal lod, bool decorations)
{
    const CanvasTheme &t = graphScene()->theme();
    const QRectF r(QPointF(0, 0), m_size);
    ensureText(t);
    const QColor accent = t.categoryColor(m_kind ? m_kind->category : KindCategory::External);
    const bool selected = decorations && isSelected();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    if (lod < TextLod) {
        // Far away: a filled shape in the kind's colour family and the icon, nothing else.
        QColor fill = accent;
        fill.setAlphaF(t.dark ? 0.45f : 0.25f);
        painter->setPen(selected ? t.selectedPen : Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(r, Radius, Radius);
        const qreal icon = m_size.height() * 0.8;
        if (icon * lod >= 4) {
            const QRectF target(r.center().x() - icon / 2, r.center().y() - icon / 2, icon, icon);
            painter->drawPixmap(target, KindIcons::pixmap(m_kindId, int(icon * lod), dpr), QRectF());
        }
        if (m_severity != Severity::None && lod > 0.15)
            paintBadge(painter);
        return;
    }

    painter->setPen(selected ? t.selectedPen : t.nodePen);
    if (m_dropHighlight != 0)
        painter->setPen(QPen(m_dropHighlight > 0 ? t.valid : t.error, 2.5));
    painter->setBrush(t.nodeBrush);
    painter->drawRoundedRect(r, Radius, Radius);
    // The accent bar on the left names the colour family at any size.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(0.5, 6, 4, m_size.height() - 12), 2, 2);

    const QRectF iconRect(12, (m_size.height() - IconSize) / 2, IconSize, IconSize);
    painter->drawPixmap(iconRect, KindIcons::pixmap(m_kindId, int(IconSize * lod + 0.5), dpr),
                        QRectF());

    const qreal textX = iconRect.right() + 10;
    painter->setPen(t.text);
    painter->setFont(t.nameFont);
    const qreal middle = m_size.height() / 2;
    painter->drawStaticText(QPointF(textX, middle - m_nameText.size().height()), m_nameText);
    painter->setPen(t.mutedText);
    painter->setFont(t.kindFont);
    painter->drawStaticText(QPointF(textX, middle + 1), m_kindText);

    if (m_severity != Severity::None)
        paintBadge(painter);
    if (decorations && (m_hovered || isSelected())) {
        painter->setPen(t.handlePen);
        painter->setBrush(t.nodeBrush);
        painter->drawEllipse(handlePos(), HandleRadius, HandleRadius);
    }
}

void NodeItem::paintFrame(QPainter *painter, qreal lod, bool decorations)
{
    const CanvasTheme &t = graphScene()->theme();
    ensureText(t);
    const QRectF r(QPointF(0, 0), m_size);
    const bool selected = decorations && isSelected();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    QPen border = selected ? t.selectedPen : t.framePen;
    if (m_dropHighlight != 0)
        border = QPen(m_dropHighlight > 0 ? t.valid : t.error, 2.5);
    painter->setPen(border);
    painter->setBrush(t.frameBrush);
    painter->drawRoundedRect(r, Radius + 2, Radius + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.frameHeaderBrush);
    painter->drawRoundedRect(QRectF(1, 1, m_size.width() - 2, FrameHeader - 1), Radius, Radius);

    const QRectF iconRect(8, (FrameHeader - 20) / 2, 20, 20);
    if (20 * lod >= 4)
        painter->drawPixmap(iconRect, KindIcons::pixmap(m_kindId, int(20 * lod + 0.5), dpr),
                            QRectF());
    if (lod >= TextLod * 0.8) {
        painter->setPen(t.text);
        painter->setFont(t.nameFont);
        painter->drawStaticText(QPointF(34, (FrameHeader - m_nameText.size().height()) / 2),
                                m_nameText);
    }
    if (m_severity != Severity::None)
        paintBadge(painter);
    if (decorations && (m_hovered || isSelected())) {
        painter->setPen(t.handlePen);
        painter->setBrush(t.nodeBrush);
        painter->drawEllipse(handlePos(), HandleRadius, HandleRadius);
        // The resize grip: three short diagonals in the bottom-right corner.
        const QPointF br = r.bottomRight();
        for (int i = 1; i <= 3; ++i)
            painter->drawLine(br - QPointF(4.0 * i + 2, 2), br - QPointF(2, 4.0 * i + 2));
    }
}

void NodeItem::paintBadge(QPainter *painter)
{
    const CanvasTheme &t = graphScene()->theme();
    const QPointF c(m_size.width() - 4, 0);
    painter->setPen(QPen(t.nodeFill, 1.5));
    painter->setBrush(m_severity == Severity::Error ? t.error : t.warning);
    painter->drawEllipse(c, 8, 8);
    painter->setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(c + QPointF(0, -4), c + QPointF(0, 1));
    painter->drawPoint(c + QPointF(0, 4));
}

} // namespace kg::ui
