#include "canvas/EdgeItem.h"

#include "canvas/GraphScene.h"
#include "canvas/NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
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
    // Label widths are shared by every edge with the same type.
    static QHash<QString, qreal> widths;
    static QFont cachedFont;
    const QFont &font = s->theme().labelFont;
    if (!(font == cachedFont)) {
        widths.clear();
        cachedFont = font;
    }
    auto it = widths.constFind(m_label);
    if (it == widths.constEnd())
        it = widths.insert(m_label, QFontMetricsF(font).horizontalAdvance(m_label));
    m_labelSize = QSizeF(*it + 10, QFontMetricsF(font).height() + 2);
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
    QRectF bounds = QRectF(p1, tip).normalized().adjusted(-ArrowHalfWidth - 3,
                                                          -ArrowHalfWidth - 3, ArrowHalfWidth + 3,
                                                          ArrowHalfWidth + 3);
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
    if (!m_loop.isEmpty())
        painter->drawPath(m_loop);
    else
        painter->drawLine(m_line);
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
    const QRectF box(mid - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                     m_labelSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.labelBrush);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setPen(selected ? t.selection : t.mutedText);
    painter->setFont(t.labelFont);
    painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, m_label);
}

} // namespace kg::ui
