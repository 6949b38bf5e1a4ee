#pragma once

#include <QGraphicsView>
#include <QPointer>

class QLineEdit;
class QFrame;

namespace kg::ui {

class GraphScene;
class Minimap;

/// The canvas widget: zoom around the cursor (wheel, pinch, keyboard), pan (middle button or
/// Space + drag), fit, a minimap overlay, find-by-name, in-place rename, the background grid
/// and drops from the palette.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 4.0;
    /// MIME type of a node kind dragged from the palette (payload: the kind id in UTF-8).
    static QString kindMimeType();

    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }

    qreal zoom() const;
    /// Zooms to @p zoom keeping the scene point under @p viewportAnchor in place (the view
    /// centre when @p viewportAnchor is null).
    void setZoom(qreal zoom, QPoint viewportAnchor = {});
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitAll();
    void fitSelection();
    /// The scene point at the centre of the viewport.
    QPointF visibleCenter() const;

    bool isGridVisible() const { return m_gridVisible; }
    void setGridVisible(bool visible);
    /// Whether the minimap is switched on (View → Minimap). It is shown only while part of the
    /// graph is outside the view: a map of what is all on screen would only cover part of it.
    bool isMinimapVisible() const { return m_minimapWanted; }
    void setMinimapVisible(bool visible);
    Minimap *minimap() const { return m_minimap; }
    /// True while a change of zoom or scroll has not yet decided whether the minimap shows.
    bool isMinimapCheckPending() const;

    /// Shows the find field (Ctrl+F).
    void showFindBar();
    QLineEdit *findField() const { return m_findField; }
    /// Selects and centres the next node whose name contains @p text. Returns false (and says
    /// so on the status bar) when there is none.
    bool findNext(const QString &text);

    /// Opens the in-place name editor on @p nodeId (F2, double-click).
    void beginRename(const QString &nodeId);
    QLineEdit *renameEditor() const { return m_renameEditor; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /// A kind from the palette was dropped at @p scenePos.
    void kindDropped(const QString &kindId, const QPointF &scenePos);
    void statusMessage(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void placeOverlays();
    /// Soon shows or hides the minimap as the graph fits in the view or not.
    void scheduleMinimapCheck();
    void updateMinimapVisibility();
    void fitRect(const QRectF &rect);
    void finishRename(bool commit);
    void zoomAroundCursor(qreal factor);

    GraphScene *m_scene;
    Minimap *m_minimap;
    bool m_minimapWanted = true;
    QTimer *m_minimapCheck;
    QFrame *m_findBar;
    QLineEdit *m_findField;
    QLineEdit *m_renameEditor = nullptr;
    QString m_renameNode;
    QString m_lastFound;
    bool m_gridVisible = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace kg::ui
