#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace kg::ui {

class GraphView;

/// An overview of the whole graph in a corner of the canvas: node rectangles in their colour
/// family and the visible area. Clicking or dragging in it moves the view. The picture of the
/// nodes is cached and rebuilt shortly after the scene changes, never on every frame.
class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(GraphView *view);

    QSize sizeHint() const override { return {220, 150}; }
    /// Rebuilds the cached picture soon (changes arrive in bursts while dragging).
    void scheduleUpdate();
    /// True when the cached picture shows the scene as it is (no rebuild pending).
    bool isUpToDate() const { return !m_timer.isActive() && !m_picture.isNull(); }
    /// The scene point shown at @p pos (widget coordinates).
    QPointF sceneAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QTransform sceneToWidget() const;

    GraphView *m_view;
    QTimer m_timer;
    QPixmap m_picture;
    QRectF m_sceneArea;
};

} // namespace kg::ui
