#include "MainWindow.h"

#include "ActionFactory.h"
#include "DocumentActions.h"
#include "GenerationControls.h"
#include "ServerStatusLabel.h"
#include "artifacts/ArtifactViewer.h"
#include "browser/ProjectBrowserDock.h"
#include "canvas/CanvasActions.h"
#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ServerSettingsDialog.h"
#include "inspector/InspectorWidget.h"
#include "jobs/JobPanelDock.h"
#include "model/GraphDocument.h"
#include "palette/PaletteWidget.h"
#include "session/AppContext.h"
#include "session/DocumentManager.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "session/JobResumer.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>

namespace kg::ui {

MainWindow::MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent)
    : MainWindow(session::AppContext::withSettings(std::move(settings)), parent)
{}

MainWindow::MainWindow(std::shared_ptr<session::AppContext> context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_settings(m_context->sharedSettings())
    , m_session(new session::DocumentSession(m_context->database(), m_context->server(), this))
    , m_document(m_session->document())
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_context->documents()->add(m_session);
    m_question = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    };
    setAcceptDrops(true);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);

    m_documentActions = new DocumentActions(this, m_session);
    createActions();
    createCanvas();
    createPanels();
    createMenus();
    createStatusWidgets();
    statusBar()->showMessage(tr("Ready"), 3000);

    for (auto signal : {&GraphDocument::metadataChanged, &GraphDocument::documentReset})
        connect(m_document, signal, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::nodeAdded, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::nodeRemoved, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::documentReset, this, [this] {
        // After loading, show the whole graph (queued: the view may not have its size yet).
        QTimer::singleShot(0, m_view, [view = m_view] { view->fitAll(); });
    });
    connect(m_session, &session::DocumentSession::autosaveFailed, this, [this](const QString &e) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(e), 8000);
    });
    auto updateSaveToServer = [this] {
        action(QStringLiteral("actionSaveToServer"))->setEnabled(m_session->canSaveToServer());
    };
    connect(m_session, &session::DocumentSession::serverSaveStateChanged, this, updateSaveToServer);
    updateSaveToServer();

    // 1280 × 800, or what the screen has room for (a small laptop screen, 1024 × 700).
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(room - QSize(24, 48)));
    m_defaultState = saveState();
    restoreGeometry(m_settings->windowGeometry.get());
    restoreState(m_settings->windowState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

// --- what the tests and other windows use; the work is the session's and the actions' -------

session::GenerationService *MainWindow::generation() const
{
    return m_session->generation();
}

MainWindow *MainWindow::windowForNewDocument()
{
    if (m_session->isPristine())
        return this;
    auto *w = new MainWindow(m_context);
    w->show();
    return w;
}

MainWindow *MainWindow::windowForFile(const QString &path) const
{
    session::DocumentSession *open = m_context->documents()->sessionForFile(path);
    return open ? qobject_cast<MainWindow *>(open->parent()) : nullptr;
}

void MainWindow::message(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (m_messageSink) {
        m_messageSink(icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, this);
    box.exec();
}

// --- docks, actions and menus ------------------------------------------------------------------

void MainWindow::createCanvas()
{
    m_scene = new GraphScene(m_document, m_session->selection(), this);
    m_view = new GraphView(m_scene, this);
    setCentralWidget(m_view);
    m_editor = new GraphEditor(m_scene, m_view, this);
    m_canvasActions = new CanvasActions(m_editor, *m_settings, this);

    auto status = [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    };
    connect(m_scene, &GraphScene::statusMessage, this, status);
    connect(m_view, &GraphView::statusMessage, this, status);
    connect(m_editor, &GraphEditor::statusMessage, this, status);
    connect(m_view, &GraphView::zoomChanged, this,
            [this](qreal zoom) { m_statusZoom->setText(tr("%1 %").arg(qRound(zoom * 100))); });

    m_palette = new PaletteWidget(this);
    connect(m_palette, &PaletteWidget::kindActivated, m_editor, [this](const QString &kind) {
        m_editor->addNodeAtViewCenter(kind);
        m_view->setFocus();
    });
    auto *paletteDock = m_paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    addPanel(paletteDock, Qt::LeftDockWidgetArea);

    m_inspector = new InspectorWidget(this);
    m_inspector->setDocument(m_document, m_session->selection());
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addPanel(inspectorDock, Qt::RightDockWidgetArea);
    resizeDocks({paletteDock, inspectorDock}, {230, 300}, Qt::Horizontal);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"actionNew", "actionOpen", "actionSave"})
        m_toolBar->addAction(action(QString::fromLatin1(name)));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("actionUndo")));
    m_toolBar->addAction(action(QStringLiteral("actionRedo")));
    m_toolBar->addSeparator();
    m_canvasActions->addToolBarActions(m_toolBar);
    m_view->setFocus();
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    addDockWidget(area, dock);
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
}

QAction *MainWindow::action(const QString &objectName) const
{
    if (m_canvasActions) {
        if (QAction *a = m_canvasActions->action(objectName))
            return a;
    }
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &shortcut,
                       auto slot) {
        return makeAction(this, this, name, text, shortcut, slot);
    };
    make("actionNew", tr("&New"), QKeySequence::New, [this] {
        if (!m_session->isPristine())
            (new MainWindow(m_context))->show();
    });
    m_documentActions->createActions();
    make("actionServerSettings", tr("Kubegram Se&rver…"), QKeySequence(),
         [this] { showServerSettings(); });
    auto *generateAction = make("actionGenerate", tr("&Generate"), QKeySequence(),
                                [this] { m_generationControls->generate(); });
    generateAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)});
    generateAction->setToolTip(
            tr("Generate Kubernetes manifests from the graph (Ctrl+Return, F5)"));
    auto *cancelGeneration = make("actionCancelGeneration", tr("&Cancel Generation"),
                                  QKeySequence(), [this] { generation()->cancel(); });
    cancelGeneration->setEnabled(false);
    make("actionClose", tr("&Close"), QKeySequence::Close, [this] { close(); });
    auto *quit = make("actionQuit", tr("&Quit"), QKeySequence::Quit,
                      [] { QApplication::closeAllWindows(); });
    quit->setMenuRole(QAction::QuitRole);

    auto *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);

    auto *prefs = make("actionPreferences", tr("&Preferences…"),
                       QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] {
                           PreferencesDialog dialog(*m_settings, this);
                           dialog.exec();
                       });
    prefs->setMenuRole(QAction::PreferencesRole);
    auto *fullScreen = make("actionFullScreen", tr("&Full Screen"), QKeySequence::FullScreen,
                            [this](bool on) {
                                setWindowState(on ? windowState() | Qt::WindowFullScreen
                                                  : windowState() & ~Qt::WindowFullScreen);
                            });
    fullScreen->setCheckable(true);
    make("actionResetLayout", tr("&Reset Layout"), QKeySequence(), [this] { resetLayout(); });
    auto *about = make("actionAbout", tr("&About Kubegram Desktop"), QKeySequence(), [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = make("actionAboutQt", tr("About &Qt"), QKeySequence(),
                         [] { QApplication::aboutQt(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    m_documentActions->fillFileMenu(file);
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionServerSettings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionClose")));
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    m_canvasActions->addEditActions(edit);
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionPreferences")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_canvasActions->addViewActions(view);
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("menuPanels"));
    const auto docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        m_panelsMenu->addAction(dock->toggleViewAction());
    QAction *toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    m_panelsMenu->addAction(toolBarToggle);
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionFullScreen")));
    view->addAction(action(QStringLiteral("actionResetLayout")));

    QMenu *graph = menuBar()->addMenu(tr("&Graph"));
    graph->setObjectName(QStringLiteral("menuGraph"));
    graph->addAction(action(QStringLiteral("actionGenerate")));
    graph->addAction(action(QStringLiteral("actionCancelGeneration")));
    graph->addSeparator();
    m_canvasActions->addGraphActions(graph);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the modified mark, following the platform's convention.
    setWindowTitle(m_document->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
    if (m_statusDocument)
        m_statusDocument->setText(tr("%n node(s)", nullptr, m_document->nodeCount()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // Graph files open; manifests, folders, charts and Compose files are imported, with a
    // preview, once the drop is over (a modal dialog must not run inside the drop).
    QStringList toImport;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (QFileInfo(path).isDir() || suffix == QLatin1String("yaml")
            || suffix == QLatin1String("yml") || suffix == QLatin1String("tgz"))
            toImport << path;
        else
            m_documentActions->openFile(path);
    }
    if (!toImport.isEmpty())
        QMetaObject::invokeMethod(
                this, [this, toImport] { m_documentActions->importWithPreview(toImport); },
                Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documentActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->windowGeometry.set(saveGeometry());
    m_settings->windowState.set(saveState());
    m_settings->sync();
    m_session->close(); // a clean close: nothing to recover from this document
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Menus are rebuilt on the next start; the title follows immediately.
    if (event->type() == QEvent::LanguageChange)
        updateTitle();
    QMainWindow::changeEvent(event);
}

void MainWindow::createPanels()
{
    m_viewer = new ArtifactViewer(this);
    m_viewer->setObjectName(QStringLiteral("artifactViewer"));
    m_artifactsDock = new QDockWidget(tr("Artifacts"), this);
    m_artifactsDock->setObjectName(QStringLiteral("artifactsDock"));
    m_artifactsDock->setWidget(m_viewer);
    connect(m_viewer, &ArtifactViewer::nodeSelected, this, &MainWindow::selectNodeOnCanvas);
    connect(m_viewer, &ArtifactViewer::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onCanvasSelectionChanged);
    m_generationControls = new GenerationControls(this, m_session, m_context->server(), m_viewer,
                                                  m_artifactsDock, m_scene);
    m_generationControls->addToToolBar(m_toolBar);

    const auto &database = m_context->database();
    if (database) {
        m_browser = new ProjectBrowserDock(database, this);
        m_browser->setObjectName(QStringLiteral("projectBrowserDock"));
        m_browser->followServer(m_context->server());
        addPanel(m_browser, Qt::LeftDockWidgetArea);
        tabifyDockWidget(m_paletteDock, m_browser);
        m_paletteDock->raise();
        m_undoGroup->addStack(m_browser->undoStack());
        connect(m_browser, &ProjectBrowserDock::openGraphRequested, m_documentActions,
                &DocumentActions::openProject);
        connect(m_browser, &ProjectBrowserDock::jobActivated, m_generationControls,
                &GenerationControls::openJobArtifacts);
        // Undo follows the focus: in the browser it undoes project edits, elsewhere the graph.
        connect(qApp, &QApplication::focusChanged, this,
                [this](QWidget *, QWidget *now) { followFocus(now); });

        m_jobPanel = new JobPanelDock(database, this);
        m_jobPanel->setObjectName(QStringLiteral("jobsDock"));
        addPanel(m_jobPanel, Qt::BottomDockWidgetArea);
        m_generationControls->attachJobPanel(m_jobPanel);
        const auto reportJob = [this](qint64, const QString &text) {
            statusBar()->showMessage(text, 8000);
        };
        connect(m_jobPanel, &JobPanelDock::jobFinishedInBackground, this, reportJob);
        // Server jobs of an earlier run that finish now are reported too.
        if (session::JobResumer *resumer = m_context->resumer())
            connect(resumer, &session::JobResumer::jobFinished, this, reportJob);
        addPanel(m_artifactsDock, Qt::BottomDockWidgetArea);
        tabifyDockWidget(m_jobPanel, m_artifactsDock);
        m_jobPanel->raise();
    } else {
        addPanel(m_artifactsDock, Qt::BottomDockWidgetArea);
    }
    m_artifactsDock->hide();
    resizeDocks({m_artifactsDock}, {300}, Qt::Vertical);
}

void MainWindow::createStatusWidgets()
{
    m_generationControls->addToStatusBar(statusBar());
    m_statusDocument = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusZoom->setObjectName(QStringLiteral("statusZoom"));
    statusBar()->addPermanentWidget(new ServerStatusLabel(m_context->server(), this));
    statusBar()->addPermanentWidget(m_statusDocument);
    statusBar()->addPermanentWidget(m_statusZoom);
}

void MainWindow::selectNodeOnCanvas(const QString &nodeId)
{
    NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    m_linkingSelection = true;
    m_scene->selectElements({nodeId});
    m_linkingSelection = false;
    m_view->centerOn(item);
}

void MainWindow::onCanvasSelectionChanged()
{
    if (m_linkingSelection || !m_artifactsDock->isVisible() || m_viewer->artifacts().isEmpty())
        return;
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.size() == 1)
        m_viewer->showArtifactsOfNode(nodes.constFirst());
}

void MainWindow::followFocus(QWidget *now)
{
    if (!now || now->window() != this || !m_browser)
        return;
    const bool inBrowser = m_browser->isAncestorOf(now);
    m_undoGroup->setActiveStack(inBrowser ? m_browser->undoStack() : m_document->undoStack());
}

void MainWindow::showServerSettings()
{
    session::ServerConnection *server = m_context->server();
    ServerSettingsDialog dialog(m_context->credentials(), this);
    const QString origin = m_settings->serverOrigin.get();
    if (!origin.isEmpty())
        dialog.setOrigin(QUrl(origin));
    if (dialog.exec() != QDialog::Accepted)
        return;
    server->configure(dialog.origin(), dialog.trustedCertificate());
}

} // namespace kg::ui
