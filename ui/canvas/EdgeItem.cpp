#include "canvas/EdgeItem.h"

#include "canvas/GraphScene.h"
#include "canvas/NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace kg::ui {

namespace {

constexpr qreal ArrowLength = 11.0;
constexpr qreal ArrowHalfWidth = 5.0;
constexpr qreal LabelLod = 0.7;

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

/// Laid-out label texts, shared by every edge with the same connection type: drawing a
/// QStaticText skips the text layout that drawText() repeats on every paint.
const QStaticText &labelText(const QString &label, const QFont &font)
{
    static QHash<QString, QStaticText> cache;
    static QFont cachedFont;
    if (!(font == cachedFont)) {
        cache.clear();
        cachedFont = font;
    }
    auto it = cache.find(label);
    if (it == cache.end()) {
        QStaticText text(label);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
        it = cache.insert(label, text);
    }
    return *it;
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

void EdgeItem::updateLabelSize()
{
    const GraphScene *s = graphScene();
    if (!s || m_label.isEmpty()) {
        m_labelSize = QSizeF();
        return;
    }
    const QStaticText &text = labelText(m_label, s->theme().labelFont);
    m_labelSize = QSizeF(text.size().width() + 10, text.size().height() + 2);
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
        updateLabelSize();
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
    updateLabelSize();
    QRectF bounds = QRectF(p1, tip).normalized().adjusted(-ArrowHalfWidth - 3, -ArrowHalfWidth - 3,
                                                          ArrowHalfWidth + 3, ArrowHalfWidth + 3);
    if (!m_labelSize.isEmpty()) {
        const QPointF mid = (p1 + tip) / 2;
        bounds |= QRectF(mid - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                         m_labelSize);
    }
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
    if (lod < LabelLod || m_labelSize.isEmpty() || !m_loop.isEmpty())
        return;
    const QPointF mid = (m_line.p1() + m_arrow.value(0, m_line.p2())) / 2;
    const QRectF box(mid - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.labelBrush);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setPen(selected ? t.selection : t.mutedText);
    painter->setFont(t.labelFont);
    const QStaticText &text = labelText(m_label, t.labelFont);
    painter->drawStaticText(box.center() - QPointF(text.size().width(), text.size().height()) / 2,
                            text);
}

} // namespace kg::ui
