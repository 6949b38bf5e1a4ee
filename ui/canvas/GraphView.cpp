#include "canvas/GraphView.h"

#include "canvas/GraphScene.h"
#include "canvas/Minimap.h"
#include "canvas/NodeItem.h"
#include "commands/ChangeNodes.h"

#include <QApplication>
#include <QFrame>
#include <QGestureEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVarLengthArray>

#include <cmath>

namespace kg::ui {

QString GraphView::kindMimeType()
{
    return QStringLiteral("application/x-kubegram-kind");
}

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphView"));
    setAcceptDrops(true);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // Items leave the painter in whatever state they like and reserve room for antialiasing in
    // their bounding rects, so Qt need not save/restore or pad every item.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    // The grid is drawn once per zoom level and only scrolled afterwards.
    setCacheMode(CacheBackground);
    setViewportUpdateMode(SmartViewportUpdate);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);

    m_minimap = new Minimap(this);
    m_minimapCheck = new QTimer(this);
    m_minimapCheck->setSingleShot(true);
    m_minimapCheck->setInterval(50);
    connect(m_minimapCheck, &QTimer::timeout, this, &GraphView::updateMinimapVisibility);
    connect(m_scene, &QGraphicsScene::changed, this, &GraphView::scheduleMinimapCheck);

    m_findBar = new QFrame(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->setFrameShape(QFrame::StyledPanel);
    m_findBar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(4, 4, 4, 4);
    m_findField = new QLineEdit(m_findBar);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find node by name"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMinimumWidth(220);
    m_findField->installEventFilter(this);
    layout->addWidget(m_findField);
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(m_findField->text()); });
    connect(m_findField, &QLineEdit::textChanged, this, [this] {
        m_lastFound.clear();
        m_findField->setPalette(QPalette());
    });
    m_findBar->hide();

    connect(scene, &GraphScene::renameRequested, this, &GraphView::beginRename);
    applyTheme();
    centerOn(0, 0);
}

GraphView::~GraphView() = default;

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal zoom, QPoint viewportAnchor)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    const QPoint anchor = viewportAnchor.isNull() ? viewport()->rect().center() : viewportAnchor;
    const QPointF scenePoint = mapToScene(anchor);
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(scenePoint);
    const QPointF d = moved - QPointF(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(d.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(d.y())));
    setTransformationAnchor(old);
    Q_EMIT zoomChanged(zoom);
    m_minimap->scheduleUpdate();
    scheduleMinimapCheck();
}

void GraphView::zoomAroundCursor(qreal factor)
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    setZoom(zoom() * factor, viewport()->rect().contains(cursor) ? cursor : QPoint());
}

void GraphView::zoomIn()
{
    zoomAroundCursor(1.25);
}

void GraphView::zoomOut()
{
    zoomAroundCursor(1 / 1.25);
}

void GraphView::resetZoom()
{
    setZoom(1.0);
}

void GraphView::fitRect(const QRectF &rect)
{
    if (rect.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    const QRectF padded = rect.adjusted(-40, -40, 40, 40);
    const QSizeF area = viewport()->size();
    // Fitting a small graph never magnifies it beyond 100 %.
    const qreal z = qBound(MinZoom,
                           qMin(area.width() / padded.width(), area.height() / padded.height()),
                           1.0);
    setTransform(QTransform::fromScale(z, z));
    centerOn(padded.center());
    Q_EMIT zoomChanged(z);
    m_minimap->scheduleUpdate();
    scheduleMinimapCheck();
}

void GraphView::fitAll()
{
    fitRect(m_scene->contentRect());
}

void GraphView::fitSelection()
{
    const QRectF r = m_scene->contentRect(true);
    if (r.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing is selected."));
        return;
    }
    fitRect(r);
}

QPointF GraphView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void GraphView::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    resetCachedContent();
    viewport()->update();
}

void GraphView::setMinimapVisible(bool visible)
{
    m_minimapWanted = visible;
    updateMinimapVisibility();
}

void GraphView::scheduleMinimapCheck()
{
    if (!m_minimapCheck->isActive())
        m_minimapCheck->start();
}

bool GraphView::isMinimapCheckPending() const
{
    return m_minimapCheck->isActive();
}

void GraphView::updateMinimapVisibility()
{
    m_minimapCheck->stop();
    bool show = m_minimapWanted;
    if (show) {
        const QRectF content = m_scene->contentRect();
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        show = !content.isEmpty() && !visible.contains(content);
    }
    if (show == m_minimap->isHidden()) {
        m_minimap->setVisible(show);
        placeOverlays();
        if (show)
            m_minimap->scheduleUpdate();
    }
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const CanvasTheme &t = m_scene->theme();
    painter->fillRect(rect, t.background);
    if (!m_gridVisible)
        return;
    const qreal z = zoom();
    const qreal minor = GraphScene::GridSize;
    const qreal major = minor * 5;
    QVarLengthArray<QLineF, 256> minorLines;
    QVarLengthArray<QLineF, 256> majorLines;
    const bool showMinor = minor * z >= 8; // denser than 8 px the grid turns into noise
    const bool showMajor = major * z >= 8;
    if (!showMajor)
        return;
    const qreal step = showMinor ? minor : major;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    for (qreal x = left; x <= rect.right(); x += step) {
        const bool isMajor = std::fmod(std::abs(x), major) < 0.5;
        (isMajor ? majorLines : minorLines).append(QLineF(x, rect.top(), x, rect.bottom()));
    }
    for (qreal y = top; y <= rect.bottom(); y += step) {
        const bool isMajor = std::fmod(std::abs(y), major) < 0.5;
        (isMajor ? majorLines : minorLines).append(QLineF(rect.left(), y, rect.right(), y));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(t.gridMinor, 0); // cosmetic: one device pixel at any zoom
    painter->setPen(pen);
    painter->drawLines(minorLines.constData(), int(minorLines.size()));
    pen.setColor(t.gridMajor);
    painter->setPen(pen);
    painter->drawLines(majorLines.constData(), int(majorLines.size()));
    painter->setRenderHint(QPainter::Antialiasing, true);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // Shift/Alt + wheel scrolls; the plain wheel zooms around the cursor.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y()
                                                   : event->angleDelta().x();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        // Touch screens: a two-finger pinch zooms around its centre.
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(zoom() * pinch->scaleFactor(),
                        viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            g->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1.0 + g->value()),
                    viewport()->mapFromGlobal(g->globalPosition().toPoint()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right || event->key() == Qt::Key_Up
        || event->key() == Qt::Key_Down) {
        if (!m_scene->selectedNodeIds().isEmpty()) {
            // Arrow keys nudge by one grid step, with Shift by five.
            const qreal step = GraphScene::GridSize
                               * ((event->modifiers() & Qt::ShiftModifier) ? 5 : 1);
            const QPointF delta = event->key() == Qt::Key_Left    ? QPointF(-step, 0)
                                  : event->key() == Qt::Key_Right ? QPointF(step, 0)
                                  : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                                                  : QPointF(0, step);
            m_scene->nudgeSelection(delta);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        m_scene->clearSelection();
        m_scene->setTool(GraphScene::Tool::Select);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void GraphView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void GraphView::dragEnterEvent(QDragEnterEvent *event)
{
    // Anything but a palette kind (files, text) is left to the window.
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kindMimeType())) {
        event->ignore();
        return;
    }
    const QString kind = QString::fromUtf8(event->mimeData()->data(kindMimeType())).trimmed();
    if (kind.isEmpty() || kind.size() > 200) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT kindDropped(kind, mapToScene(event->position().toPoint()));
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    scheduleMinimapCheck();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_renameEditor)
        finishRename(true);
    m_minimap->update();
    scheduleMinimapCheck();
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        applyTheme();
    QGraphicsView::changeEvent(event);
}

void GraphView::applyTheme()
{
    m_scene->setTheme(CanvasTheme::fromPalette(palette(), font()));
    resetCachedContent();
    viewport()->update();
    m_minimap->scheduleUpdate();
}

void GraphView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    const QSize mini = m_minimap->sizeHint();
    m_minimap->setGeometry(area.right() - mini.width() - 12, area.bottom() - mini.height() - 12,
                           mini.width(), mini.height());
    m_findBar->adjustSize();
    m_findBar->move(area.right() - m_findBar->width() - 12, area.top() + 12);
}

void GraphView::showFindBar()
{
    placeOverlays();
    m_findBar->show();
    m_findBar->raise();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

bool GraphView::findNext(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    GraphDocument *doc = m_scene->document();
    const QStringList &ids = doc->nodeIds();
    const int start = m_lastFound.isEmpty() ? 0 : int(ids.indexOf(m_lastFound)) + 1;
    QString found;
    for (int i = 0; i < ids.size() && found.isEmpty(); ++i) {
        const QString &id = ids.at((start + i) % ids.size());
        if (doc->node(id)->name.contains(needle, Qt::CaseInsensitive))
            found = id;
    }
    if (found.isEmpty()) {
        QPalette p = m_findField->palette();
        p.setColor(QPalette::Base,
                   m_scene->theme().dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfd, 0xe0, 0xe0));
        m_findField->setPalette(p);
        Q_EMIT statusMessage(tr("No node named \"%1\".").arg(needle));
        return false;
    }
    m_findField->setPalette(QPalette());
    m_lastFound = found;
    m_scene->selectElements({found});
    NodeItem *item = m_scene->nodeItem(found);
    if (zoom() < 0.6)
        setZoom(1.0);
    centerOn(item->sceneRect().center());
    m_minimap->scheduleUpdate();
    return true;
}

void GraphView::beginRename(const QString &nodeId)
{
    NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    if (m_renameEditor)
        finishRename(true);
    centerOn(item->sceneRect().center());
    m_renameNode = nodeId;
    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->setText(item->name());
    m_renameEditor->selectAll();
    const QRect r = mapFromScene(item->sceneRect()).boundingRect();
    const int h = m_renameEditor->sizeHint().height();
    const int w = qMax(160, r.width() - 40);
    const int top = item->isNamespace() ? r.top() + 2 : r.center().y() - h / 2;
    m_renameEditor->setGeometry(r.left() + (item->isNamespace() ? 30 : 36), top, w, h);
    m_renameEditor->installEventFilter(this);
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_renameEditor->show();
    m_renameEditor->setFocus(Qt::OtherFocusReason);
}

void GraphView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr; // re-entrancy: editingFinished fires again on focus loss
    const QString name = editor->text().trimmed();
    const QString id = m_renameNode;
    editor->hide();
    editor->deleteLater();
    setFocus(Qt::OtherFocusReason);
    GraphDocument *doc = m_scene->document();
    const Node *node = doc->node(id);
    if (!commit || !node || name == node->name)
        return;
    if (name.isEmpty()) {
        Q_EMIT statusMessage(tr("A node needs a name."));
        return;
    }
    doc->undoStack()->push(new RenameNodeCommand(doc, id, name));
}

bool GraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (watched == m_renameEditor) {
            finishRename(false);
            return true;
        }
        if (watched == m_findField) {
            m_findBar->hide();
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace kg::ui
