#include "canvas/CanvasActions.h"

#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>

namespace kg::ui {

CanvasActions::CanvasActions(GraphEditor *editor, AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_settings(settings)
    , m_window(window)
    , m_tools(new QActionGroup(this))
{
    GraphView *view = editor->view();
    GraphScene *scene = editor->scene();
    auto on = [this](const char *name, auto slot) {
        connect(m_actions.value(QString::fromLatin1(name)), &QAction::triggered, this, slot);
    };

    make("actionCut", tr("Cu&t"), QKeySequence::Cut);
    make("actionCopy", tr("&Copy"), QKeySequence::Copy);
    make("actionPaste", tr("&Paste"), QKeySequence::Paste);
    make("actionDuplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *del = make("actionDelete", tr("&Delete"), QKeySequence::Delete);
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    make("actionSelectAll", tr("Select &All"), QKeySequence::SelectAll);
    make("actionRename", tr("&Rename"), QKeySequence(Qt::Key_F2));
    make("actionFind", tr("&Find Node…"), QKeySequence::Find);
    on("actionCut", [this] { m_editor->cutSelection(); });
    on("actionCopy", [this] { m_editor->copySelection(); });
    on("actionPaste", [this] { m_editor->paste(); });
    on("actionDuplicate", [this] { m_editor->duplicateSelection(); });
    on("actionDelete", [this] { m_editor->deleteSelection(); });
    on("actionSelectAll", [this] { m_editor->selectAll(); });
    on("actionRename", [this] { m_editor->renameSelection(); });
    on("actionFind", [view] { view->showFindBar(); });

    struct AlignSpec
    {
        const char *name;
        const char *text;
        GraphEditor::Alignment alignment;
    };
    const AlignSpec aligns[] = {
            {"actionAlignLeft", QT_TR_NOOP("Align &Left"), GraphEditor::Alignment::Left},
            {"actionAlignHCenter", QT_TR_NOOP("Align &Centre"),
             GraphEditor::Alignment::HorizontalCenter},
            {"actionAlignRight", QT_TR_NOOP("Align &Right"), GraphEditor::Alignment::Right},
            {"actionAlignTop", QT_TR_NOOP("Align &Top"), GraphEditor::Alignment::Top},
            {"actionAlignVCenter", QT_TR_NOOP("Align &Middle"),
             GraphEditor::Alignment::VerticalCenter},
            {"actionAlignBottom", QT_TR_NOOP("Align &Bottom"), GraphEditor::Alignment::Bottom},
    };
    for (const AlignSpec &a : aligns) {
        QAction *action = make(a.name, tr(a.text), QKeySequence());
        const GraphEditor::Alignment alignment = a.alignment;
        connect(action, &QAction::triggered, this,
                [this, alignment] { m_editor->align(alignment); });
    }
    make("actionDistributeH", tr("Distribute &Horizontally"), QKeySequence());
    make("actionDistributeV", tr("Distribute &Vertically"), QKeySequence());
    on("actionDistributeH", [this] { m_editor->distribute(Qt::Horizontal); });
    on("actionDistributeV", [this] { m_editor->distribute(Qt::Vertical); });

    QAction *zoomIn = make("actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make("actionZoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut);
    QAction *actual = make("actionZoomReset", tr("&100 %"), QKeySequence(Qt::CTRL | Qt::Key_0));
    actual->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::SHIFT | Qt::Key_0)});
    make("actionFitAll", tr("&Fit All"), QKeySequence(Qt::SHIFT | Qt::Key_1),
         tr("Show the whole graph"));
    make("actionFitSelection", tr("Fit &Selection"), QKeySequence(Qt::SHIFT | Qt::Key_2));
    on("actionZoomIn", [view] { view->zoomIn(); });
    on("actionZoomOut", [view] { view->zoomOut(); });
    on("actionZoomReset", [view] { view->resetZoom(); });
    on("actionFitAll", [view] { view->fitAll(); });
    on("actionFitSelection", [view] { view->fitSelection(); });

    QAction *minimap = make("actionMinimap", tr("&Minimap"), QKeySequence());
    minimap->setCheckable(true);
    minimap->setChecked(view->isMinimapVisible());
    connect(minimap, &QAction::toggled, view, &GraphView::setMinimapVisible);
    QAction *grid = make("actionGrid", tr("Show &Grid"), QKeySequence());
    grid->setCheckable(true);
    grid->setChecked(m_settings.showGrid.get());
    view->setGridVisible(grid->isChecked());
    connect(grid, &QAction::toggled, this, [this, view](bool visible) {
        view->setGridVisible(visible);
        m_settings.showGrid.set(visible);
    });
    QAction *snap = make("actionSnap", tr("S&nap to Grid"), QKeySequence());
    snap->setCheckable(true);
    snap->setChecked(m_settings.snapToGrid.get());
    scene->setSnapToGrid(snap->isChecked());
    connect(snap, &QAction::toggled, this, [this, scene](bool enabled) {
        scene->setSnapToGrid(enabled);
        m_settings.snapToGrid.set(enabled);
    });

    QAction *select = make("actionSelectTool", tr("&Select Tool"), QKeySequence(Qt::Key_V),
                           tr("Select and move nodes (V)"));
    QAction *connectTool = make("actionConnectTool", tr("&Connect Tool"), QKeySequence(Qt::Key_C),
                                tr("Drag from one node to another to connect them (C)"));
    for (QAction *a : {select, connectTool}) {
        a->setCheckable(true);
        m_tools->addAction(a);
    }
    select->setChecked(true);
    connect(select, &QAction::triggered, scene,
            [scene] { scene->setTool(GraphScene::Tool::Select); });
    connect(connectTool, &QAction::triggered, scene,
            [scene] { scene->setTool(GraphScene::Tool::Connect); });
    connect(scene, &GraphScene::toolChanged, this, [select, connectTool](GraphScene::Tool tool) {
        (tool == GraphScene::Tool::Connect ? connectTool : select)->setChecked(true);
    });
    make("actionArrange", tr("&Arrange"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         tr("Lay the graph out left to right by traffic flow"));
    on("actionArrange", [this] { m_editor->arrange(); });

    // Right-click: the scene has selected what is under the cursor; offer what applies to it.
    view->viewport()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->viewport(), &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) {
                QMenu *menu = createContextMenu(view);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(view->viewport()->mapToGlobal(pos));
            });
    connect(scene, &QGraphicsScene::selectionChanged, this, &CanvasActions::updateEnabled);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &CanvasActions::updateEnabled);
    updateEnabled();
}

QAction *CanvasActions::make(const char *name, const QString &text, const QKeySequence &shortcut,
                             const QString &tip)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (!tip.isEmpty()) {
        a->setToolTip(tip);
        a->setStatusTip(tip);
    }
    // Window-wide, but line edits still get their own Ctrl+C/V/X/A and Delete first.
    a->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(a);
    m_actions.insert(a->objectName(), a);
    return a;
}

void CanvasActions::updateEnabled()
{
    GraphScene *scene = m_editor->scene();
    const int nodes = int(scene->selectedNodeIds().size());
    const bool any = nodes > 0 || !scene->selectedEdgeIds().isEmpty();
    action(QStringLiteral("actionCut"))->setEnabled(nodes > 0);
    action(QStringLiteral("actionCopy"))->setEnabled(nodes > 0);
    action(QStringLiteral("actionDuplicate"))->setEnabled(nodes > 0);
    action(QStringLiteral("actionDelete"))->setEnabled(any);
    action(QStringLiteral("actionRename"))->setEnabled(nodes == 1);
    action(QStringLiteral("actionFitSelection"))->setEnabled(any);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    action(QStringLiteral("actionPaste"))
            ->setEnabled(mime && mime->hasFormat(GraphEditor::fragmentMimeType()));
    for (const char *name : {"actionAlignLeft", "actionAlignHCenter", "actionAlignRight",
                             "actionAlignTop", "actionAlignVCenter", "actionAlignBottom"})
        action(QString::fromLatin1(name))->setEnabled(nodes >= 2);
    action(QStringLiteral("actionDistributeH"))->setEnabled(nodes >= 3);
    action(QStringLiteral("actionDistributeV"))->setEnabled(nodes >= 3);
}

QMenu *CanvasActions::createContextMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    const bool nodes = !m_editor->scene()->selectedNodeIds().isEmpty();
    if (nodes || !m_editor->scene()->selectedEdgeIds().isEmpty()) {
        for (const char *name :
             {"actionRename", "actionCut", "actionCopy", "actionDuplicate", "actionDelete"})
            menu->addAction(action(QString::fromLatin1(name)));
        menu->addSeparator();
    }
    menu->addAction(action(QStringLiteral("actionPaste")));
    menu->addAction(action(QStringLiteral("actionSelectAll")));
    if (m_editor->scene()->selectedNodeIds().size() >= 2) {
        QMenu *align = menu->addMenu(tr("A&lign"));
        for (const char *name :
             {"actionAlignLeft", "actionAlignHCenter", "actionAlignRight", "actionAlignTop",
              "actionAlignVCenter", "actionAlignBottom", "actionDistributeH", "actionDistributeV"})
            align->addAction(action(QString::fromLatin1(name)));
    }
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("actionFitAll")));
    menu->addAction(action(QStringLiteral("actionArrange")));
    return menu;
}

void CanvasActions::addEditActions(QMenu *menu) const
{
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete"})
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("actionSelectAll")));
    menu->addAction(action(QStringLiteral("actionRename")));
    menu->addAction(action(QStringLiteral("actionFind")));
    QMenu *align = menu->addMenu(tr("A&lign"));
    align->setObjectName(QStringLiteral("menuAlign"));
    for (const char *name : {"actionAlignLeft", "actionAlignHCenter", "actionAlignRight"})
        align->addAction(action(QString::fromLatin1(name)));
    align->addSeparator();
    for (const char *name : {"actionAlignTop", "actionAlignVCenter", "actionAlignBottom"})
        align->addAction(action(QString::fromLatin1(name)));
    align->addSeparator();
    align->addAction(action(QStringLiteral("actionDistributeH")));
    align->addAction(action(QStringLiteral("actionDistributeV")));
}

void CanvasActions::addViewActions(QMenu *menu) const
{
    for (const char *name :
         {"actionZoomIn", "actionZoomOut", "actionZoomReset", "actionFitAll", "actionFitSelection"})
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
    for (const char *name : {"actionMinimap", "actionGrid", "actionSnap"})
        menu->addAction(action(QString::fromLatin1(name)));
}

void CanvasActions::addGraphActions(QMenu *menu) const
{
    menu->addAction(action(QStringLiteral("actionSelectTool")));
    menu->addAction(action(QStringLiteral("actionConnectTool")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("actionArrange")));
}

void CanvasActions::addToolBarActions(QToolBar *toolBar) const
{
    for (const char *name : {"actionSelectTool", "actionConnectTool"})
        toolBar->addAction(action(QString::fromLatin1(name)));
    toolBar->addSeparator();
    for (const char *name : {"actionZoomOut", "actionZoomIn", "actionFitAll"})
        toolBar->addAction(action(QString::fromLatin1(name)));
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("actionArrange")));
}

} // namespace kg::ui
