#include "canvas/EdgeItem.h"

#include "canvas/GraphScene.h"
#include "canvas/NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <limits>

namespace kg::ui {

namespace {

constexpr qreal ArrowLength = 11.0;
constexpr qreal ArrowHalfWidth = 5.0;
constexpr qreal LabelLod = 0.7;
constexpr qreal LabelPadX = 10.0; ///< left + right padding of the label box
constexpr qreal LabelPadY = 2.0;
constexpr qreal LabelGap = 3.0; ///< clear space kept between a label box and a node
/// An elided label shows at least this many characters before the ellipsis, or nothing.
constexpr int MinShownChars = 3;

/// Where the segment from the centre of @p r towards @p outside leaves @p r.
QPointF borderPoint(const QRectF &r, const QPointF &outside)
{
    const QPointF c = r.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e12 : (r.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e12 : (r.height() / 2) / std::abs(d.y());
    const qreal s = qMin(1.0, qMin(sx, sy));
    return c + d * s;
}

/// Label texts for one font, shared by every edge: laid-out texts (drawing a QStaticText skips
/// the text layout that drawText() repeats on every paint) and elided forms by available width.
struct LabelCache
{
    QFont font;
    QHash<QString, QStaticText> texts;
    QHash<QString, QHash<int, QString>> elided;
};

LabelCache &labelCache(const QFont &font)
{
    static LabelCache cache;
    if (!(font == cache.font)) {
        cache.texts.clear();
        cache.elided.clear();
        cache.font = font;
    }
    return cache;
}

const QStaticText &labelText(const QString &label, const QFont &font)
{
    LabelCache &cache = labelCache(font);
    auto it = cache.texts.find(label);
    if (it == cache.texts.end()) {
        QStaticText text(label);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
        it = cache.texts.insert(label, text);
    }
    return *it;
}

/// @p label shortened with an ellipsis to at most @p width; empty when too little would be left.
QString elidedLabel(const QString &label, qreal width, const QFont &font)
{
    // Whole pixels, one spare for rounding differences between font metrics and the layout.
    const int w = int(std::floor(width)) - 1;
    if (w <= 0)
        return {};
    LabelCache &cache = labelCache(font);
    QHash<int, QString> &byWidth = cache.elided[label];
    auto it = byWidth.constFind(w);
    if (it != byWidth.cend())
        return *it;
    if (byWidth.size() > 1024) // widths seen while dragging; keep it bounded
        byWidth.clear();
    QString text = QFontMetricsF(font).elidedText(label, Qt::ElideRight, w);
    if (text != label && text.size() - 1 < MinShownChars)
        text.clear();
    byWidth.insert(w, text);
    return text;
}

/// @p label for a box of @p height centred on @p centre and at most @p room wide: whole, elided
/// or empty; its box in @p box.
QString fitLabel(const QString &label, const QFont &font, const QPointF &centre, qreal height,
                 qreal room, QRectF *box)
{
    qreal width = labelText(label, font).size().width() + LabelPadX;
    QString shown = label;
    if (width > room) {
        shown = elidedLabel(label, room - LabelPadX, font);
        width = shown.isEmpty() ? 0 : labelText(shown, font).size().width() + LabelPadX;
        if (width > room)
            shown.clear();
    }
    *box = shown.isEmpty() ? QRectF()
                           : QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
    return shown;
}

/// The widest box of height @p height centred on @p centre that stays LabelGap clear of @p r:
/// unlimited when it passes above or below, 0 when the centre is over or under @p r.
qreal roomBeside(const QRectF &r, const QPointF &centre, qreal height)
{
    const QRectF g = r.adjusted(-LabelGap, -LabelGap, LabelGap, LabelGap);
    if (centre.y() + height / 2 <= g.top() || centre.y() - height / 2 >= g.bottom())
        return std::numeric_limits<qreal>::max();
    if (centre.x() <= g.left())
        return 2 * (g.left() - centre.x());
    if (centre.x() >= g.right())
        return 2 * (centre.x() - g.right());
    return 0;
}

/// Clips @p line to @p r (Liang–Barsky). Returns false when nothing of it is inside.
bool clipLine(QLineF *line, const QRectF &r)
{
    const QPointF p = line->p1();
    const QPointF d = line->p2() - p;
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal pq[4][2] = {{-d.x(), p.x() - r.left()},
                            {d.x(), r.right() - p.x()},
                            {-d.y(), p.y() - r.top()},
                            {d.y(), r.bottom() - p.y()}};
    for (const auto &e : pq) {
        if (qFuzzyIsNull(e[0])) {
            if (e[1] < 0)
                return false;
            continue;
        }
        const qreal t = e[1] / e[0];
        if (e[0] < 0)
            t0 = qMax(t0, t);
        else
            t1 = qMin(t1, t);
        if (t0 > t1)
            return false;
    }
    *line = QLineF(p + d * t0, p + d * t1);
    return true;
}

} // namespace

EdgeItem::EdgeItem(const Edge &edge, NodeItem *source, NodeItem *target)
    : m_id(edge.id)
    , m_source(source)
    , m_target(target)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    m_source->addEdge(this);
    if (m_target != m_source)
        m_target->addEdge(this);
    m_type = edge.connectionType;
    m_label = labelFor(m_type);
    // Geometry needs the scene's theme: GraphScene calls updateGeometry() once it is added.
}

EdgeItem::~EdgeItem()
{
    m_source->removeEdge(this);
    if (m_target != m_source)
        m_target->removeEdge(this);
}

GraphScene *EdgeItem::graphScene() const
{
    return static_cast<GraphScene *>(scene());
}

QString EdgeItem::labelFor(const QString &connectionType)
{
    QString s = connectionType.toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}

void EdgeItem::syncWithEdge(const Edge &edge)
{
    if (edge.connectionType == m_type)
        return;
    m_type = edge.connectionType;
    m_label = labelFor(m_type);
    updateGeometry();
}

void EdgeItem::themeChanged()
{
    updateGeometry();
}

void EdgeItem::updateLabel(const QPointF &p1, const QPointF &tip)
{
    // The label goes in the middle of the visible segment between the two borders. When its box
    // would come near either node it is elided to the room there is, or left out.
    m_fitRect = QRectF();
    m_fitLabel.clear();
    const GraphScene *s = graphScene();
    if (s && !m_label.isEmpty() && m_source != m_target) {
        const QFont &font = s->theme().labelFont;
        const qreal height = labelText(m_label, font).size().height() + LabelPadY;
        const QPointF mid = (p1 + tip) / 2;
        const qreal room = qMin(roomBeside(m_source->sceneRect(), mid, height),
                                roomBeside(m_target->sceneRect(), mid, height));
        m_fitLabel = fitLabel(m_label, font, mid, height, room, &m_fitRect);
    }
    // Other nodes in the way are looked for when the label is needed.
    m_fitGeneration = 0;
    setShownLabel(m_fitLabel, m_fitRect);
}

void EdgeItem::setShownLabel(const QString &shown, const QRectF &box)
{
    m_shownLabel = shown;
    m_labelRect = box;
    const QString tooltip = shown == m_label ? QString() : m_label;
    if (toolTip() != tooltip)
        setToolTip(tooltip);
}

void EdgeItem::ensureLabelFit()
{
    const GraphScene *s = graphScene();
    if (!s || m_fitGeneration == s->nodeLayoutGeneration())
        return;
    // While nodes are dragged their edges keep to the fit between their own nodes (looking
    // for others on every step would slow the drag down); the end of the move brings the rest.
    if (s->isMoving() && m_fitGeneration == 0)
        return;
    m_fitGeneration = s->nodeLayoutGeneration();
    if (m_fitRect.isEmpty()) {
        setShownLabel(m_fitLabel, m_fitRect);
        return;
    }
    // Nodes other than its own near the label narrow its room the same way (namespace frames
    // are meant to hold labels).
    const QPointF centre = m_fitRect.center();
    qreal room = m_fitRect.width();
    const QList<QGraphicsItem *> near = s->items(m_fitRect.adjusted(-LabelGap, -LabelGap, LabelGap,
                                                                    LabelGap),
                                                 Qt::IntersectsItemBoundingRect,
                                                 Qt::AscendingOrder);
    for (const QGraphicsItem *item : near) {
        if (item->type() != NodeItem::Type || item == m_source || item == m_target)
            continue;
        const auto *node = static_cast<const NodeItem *>(item);
        if (!node->isNamespace())
            room = qMin(room, roomBeside(node->sceneRect(), centre, m_fitRect.height()));
    }
    const QRectF before = m_labelRect;
    if (room >= m_fitRect.width()) {
        setShownLabel(m_fitLabel, m_fitRect);
    } else {
        QRectF box;
        const QString shown = fitLabel(m_label, s->theme().labelFont, centre, m_fitRect.height(),
                                       room, &box);
        setShownLabel(shown, box);
    }
    // Painting may have been limited to where the other node was: draw the whole label anew.
    if (m_labelRect != before)
        update();
}

QString EdgeItem::shownLabel()
{
    ensureLabelFit();
    return m_shownLabel;
}

QRectF EdgeItem::labelRect()
{
    ensureLabelFit();
    return m_labelRect;
}

void EdgeItem::updateGeometry()
{
    prepareGeometryChange();
    m_loop = QPainterPath();
    const QRectF a = m_source->sceneRect();
    const QRectF b = m_target->sceneRect();
    if (m_source == m_target) {
        // A self-connection: a small loop over the top-right corner.
        const QPointF start(a.right() - 30, a.top());
        const QPointF end(a.right(), a.top() + 18);
        m_loop.moveTo(start);
        m_loop.cubicTo(start + QPointF(0, -40), end + QPointF(40, 0), end);
        m_line = QLineF(end + QPointF(ArrowLength, 0), end);
        const QPointF tip = end;
        m_arrow = QPolygonF({tip, tip + QPointF(ArrowLength, -ArrowHalfWidth),
                             tip + QPointF(ArrowLength, ArrowHalfWidth)});
        m_bounds = m_loop.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
        updateLabel(start, end);
        return;
    }
    const QPointF p1 = borderPoint(a, b.center());
    const QPointF tip = borderPoint(b, a.center());
    QLineF line(p1, tip);
    const qreal length = line.length();
    if (length > ArrowLength) {
        const QPointF unit = (tip - p1) / length;
        const QPointF base = tip - unit * ArrowLength;
        const QPointF normal(-unit.y(), unit.x());
        m_arrow = QPolygonF({tip, base + normal * ArrowHalfWidth, base - normal * ArrowHalfWidth});
        m_line = QLineF(p1, base);
    } else {
        m_arrow.clear();
        m_line = line;
    }
    updateLabel(p1, tip);
    QRectF bounds = QRectF(p1, tip).normalized().adjusted(-ArrowHalfWidth - 3, -ArrowHalfWidth - 3,
                                                          ArrowHalfWidth + 3, ArrowHalfWidth + 3);
    if (!m_fitRect.isEmpty())
        bounds |= m_fitRect;
    m_bounds = bounds;
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path;
    if (!m_loop.isEmpty()) {
        path = m_loop;
    } else {
        path.moveTo(m_line.p1());
        path.lineTo(m_line.p2());
    }
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(path);
    s.addPolygon(m_arrow);
    return s;
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GraphScene *s = graphScene();
    const CanvasTheme &t = s->theme();
    const bool selected = isSelected() && !s->isExporting();
    const QPen &pen = selected ? t.edgeSelectedPen : t.edgePen;
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (!m_loop.isEmpty()) {
        painter->drawPath(m_loop);
    } else {
        // Long connections cross the whole view; stroking them beyond the visible area costs
        // far more than everything else on screen. Draw only the visible part.
        QLineF visible = m_line;
        const QPaintDevice *device = painter->device();
        bool draw = true;
        if (device && painter->worldTransform().isInvertible()) {
            const QRectF area = painter->worldTransform().inverted().mapRect(
                    QRectF(0, 0, device->width(), device->height()));
            draw = clipLine(&visible, area.adjusted(-8, -8, 8, 8));
        }
        if (draw)
            painter->drawLine(visible);
    }
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(m_arrow);
    }
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
            painter->worldTransform());
    if (lod < LabelLod || m_fitRect.isEmpty())
        return;
    ensureLabelFit();
    if (m_labelRect.isEmpty())
        return;
    const QRectF &box = m_labelRect;
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.labelBrush);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setPen(selected ? t.selection : t.mutedText);
    painter->setFont(t.labelFont);
    const QStaticText &text = labelText(m_shownLabel, t.labelFont);
    painter->drawStaticText(box.center() - QPointF(text.size().width(), text.size().height()) / 2,
                            text);
}

} // namespace kg::ui
