#include "canvas/Minimap.h"

#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "model/NodeKindCatalog.h"

#include <QMouseEvent>
#include <QPainter>

namespace kg::ui {

namespace {
constexpr int Inset = 6;
}

Minimap::Minimap(GraphView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(120);
    connect(&m_timer, &QTimer::timeout, this, &Minimap::rebuild);
    connect(view->graphScene(), &QGraphicsScene::changed, this, &Minimap::scheduleUpdate);
    resize(sizeHint());
}

void Minimap::scheduleUpdate()
{
    if (!isHidden() && !m_timer.isActive())
        m_timer.start();
}

QTransform Minimap::sceneToWidget() const
{
    if (m_sceneArea.isEmpty())
        return {};
    const QRectF target = QRectF(rect()).adjusted(Inset, Inset, -Inset, -Inset);
    const qreal s = qMin(target.width() / m_sceneArea.width(),
                         target.height() / m_sceneArea.height());
    const QPointF offset = target.center() - m_sceneArea.center() * s;
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

QPointF Minimap::sceneAt(const QPoint &pos) const
{
    return sceneToWidget().inverted().map(QPointF(pos));
}

void Minimap::rebuild()
{
    GraphScene *scene = m_view->graphScene();
    m_sceneArea = scene->contentRect().adjusted(-100, -100, 100, 100);
    const qreal dpr = devicePixelRatioF();
    m_picture = QPixmap(size() * dpr);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::transparent);
    if (scene->nodeItemCount() == 0) {
        update();
        return;
    }
    QPainter p(&m_picture);
    p.setTransform(sceneToWidget());
    p.setPen(Qt::NoPen);
    const CanvasTheme &t = scene->theme();
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    GraphDocument *doc = scene->document();
    // Frames first so nodes stay visible on top of them.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &id : doc->nodeIds()) {
            NodeItem *n = scene->nodeItem(id);
            if (!n || n->isNamespace() != (pass == 0))
                continue;
            const NodeKindInfo *k = catalog.kind(n->kindId());
            QColor c = t.categoryColor(k ? k->category : KindCategory::External);
            if (pass == 0)
                c.setAlphaF(0.25f);
            p.setBrush(c);
            p.drawRect(n->sceneRect());
        }
    }
    p.end();
    update();
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const CanvasTheme &t = m_view->graphScene()->theme();
    QColor panel = t.nodeFill;
    panel.setAlphaF(0.92f);
    p.setPen(t.nodePen);
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (m_picture.isNull() || m_picture.size() != size() * devicePixelRatioF())
        const_cast<Minimap *>(this)->scheduleUpdate();
    p.drawPixmap(0, 0, m_picture);
    if (m_sceneArea.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QRectF r = sceneToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(2, 2, -2, -2));
    QColor fill = t.selection;
    fill.setAlphaF(0.12f);
    p.setBrush(fill);
    p.setPen(QPen(t.selection, 1.5));
    p.drawRect(r);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_view->centerOn(sceneAt(event->position().toPoint()));
        update();
    }
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(sceneAt(event->position().toPoint()));
        update();
    }
}

} // namespace kg::ui
