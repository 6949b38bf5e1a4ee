#include "MainWindow.h"

#include "AppContext.h"
#include "Resources.h"
#include "artifacts/ArtifactViewer.h"
#include "browser/ProjectBrowserDock.h"
#include "canvas/CanvasActions.h"
#include "canvas/ExportImageDialog.h"
#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "codegen/LocalEngine.h"
#include "commands/AddRemoveElements.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ServerSettingsDialog.h"
#include "inspector/InspectorWidget.h"
#include "io/GraphFileReader.h"
#include "io/JsonCanvasFormat.h"
#include "io/JsonSupport.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ServerGraphFormat.h"
#include "jobs/JobPanelDock.h"
#include "model/GraphDocument.h"
#include "palette/PaletteWidget.h"
#include "remote/ServerEndpoints.h"
#include "session/GenerationService.h"
#include "session/JobResumer.h"
#include "session/RecoveryStore.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/ArtifactRepository.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace kg::ui {

MainWindow::MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent)
    : MainWindow(AppContext::withSettings(std::move(settings)), parent)
{}

MainWindow::MainWindow(std::shared_ptr<AppContext> context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_settings(m_context->sharedSettings())
    , m_document(new GraphDocument(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_question = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    };
    setAcceptDrops(true);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);

    m_generation = new session::GenerationService(m_context->database(), m_context->server(), this);
    createActions();
    createCanvas();
    createPanels();
    createGenerateControls();
    createMenus();
    createStatusWidgets();
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(m_document, &GraphDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::modifiedChanged, this, &MainWindow::onModifiedChanged);
    connect(m_document, &GraphDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::nodeAdded, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::nodeRemoved, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::documentReset, this, [this] {
        updateTitle();
        // After loading, show the whole graph (queued: the view may not have its size yet).
        QTimer::singleShot(0, m_view, [view = m_view] { view->fitAll(); });
    });

    // Autosave: a recovery copy of modified documents, removed on save and clean close.
    m_recovery = std::make_unique<session::RecoveryStore>();
    m_recoveryId = session::RecoveryStore::newId();
    m_autosaveTimer = new QTimer(this);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_autosaveDirty = true; });
    setAutosaveInterval(30000);

    resize(1280, 800);
    m_defaultState = saveState();
    restoreGeometry(m_settings->windowGeometry.get());
    restoreState(m_settings->windowState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCanvas()
{
    m_scene = new GraphScene(m_document, this);
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
    m_inspector->setScene(m_scene);
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
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    make("actionNew", tr("&New"), QKeySequence::New, [this] { newDocument(); });
    make("actionOpen", tr("&Open…"), QKeySequence::Open, [this] { openDialog(); });
    make("actionSave", tr("&Save"), QKeySequence::Save, [this] { save(); });
    make("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    make("actionSaveToServer", tr("Save to Server &Project"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [this] { saveToServer(); });
    make("actionExportImage", tr("&Image (PNG, SVG)…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportImage(); });
    make("actionImportYamlFiles", tr("&Manifests, Chart or Compose File…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { importDialog(false); });
    make("actionImportYamlFolder", tr("F&older: Manifests, Kustomize Root, Chart or Compose…"),
         QKeySequence(), [this] { importDialog(true); });
    make("actionExportCanvas", tr("JSON &Canvas…"), QKeySequence(),
         [this] { exportGraphDialog(GraphExportFormat::JsonCanvas); });
    make("actionExportServerGraph", tr("Kubegram &Graph JSON…"), QKeySequence(),
         [this] { exportGraphDialog(GraphExportFormat::ServerGraph); });
    make("actionServerSettings", tr("Kubegram Se&rver…"), QKeySequence(),
         [this] { showServerSettings(); });
    auto *generateAction = make("actionGenerate", tr("&Generate"), QKeySequence(),
                                [this] { generate(); });
    generateAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)});
    generateAction->setToolTip(
            tr("Generate Kubernetes manifests from the graph (Ctrl+Return, F5)"));
    auto *cancelGeneration = make("actionCancelGeneration", tr("&Cancel Generation"),
                                  QKeySequence(), [this] { m_generation->cancel(); });
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
                       QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showPreferences(); });
    prefs->setMenuRole(QAction::PreferencesRole);

    auto *fullScreen = make("actionFullScreen", tr("&Full Screen"), QKeySequence::FullScreen,
                            [this](bool on) {
                                setWindowState(on ? windowState() | Qt::WindowFullScreen
                                                  : windowState() & ~Qt::WindowFullScreen);
                            });
    fullScreen->setCheckable(true);
    make("actionResetLayout", tr("&Reset Layout"), QKeySequence(), [this] { resetLayout(); });

    auto *about = make("actionAbout", tr("&About Kubegram Desktop"), QKeySequence(),
                       [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = make("actionAboutQt", tr("About &Qt"), QKeySequence(),
                         [] { QApplication::aboutQt(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(action(QStringLiteral("actionNew")));
    m_samplesMenu = file->addMenu(tr("New from &Sample"));
    m_samplesMenu->setObjectName(QStringLiteral("menuSamples"));
    connect(m_samplesMenu, &QMenu::aboutToShow, this, &MainWindow::updateSamplesMenu);
    updateSamplesMenu();
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFilesMenu);
    updateRecentFilesMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSave")));
    file->addAction(action(QStringLiteral("actionSaveAs")));
    file->addAction(action(QStringLiteral("actionSaveToServer")));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("menuImport"));
    import->addAction(action(QStringLiteral("actionImportYamlFiles")));
    import->addAction(action(QStringLiteral("actionImportYamlFolder")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(action(QStringLiteral("actionExportImage")));
    exportMenu->addAction(action(QStringLiteral("actionExportCanvas")));
    exportMenu->addAction(action(QStringLiteral("actionExportServerGraph")));
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

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_canvasActions->addViewActions(m_viewMenu);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("menuPanels"));
    const auto docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        m_panelsMenu->addAction(dock->toggleViewAction());
    QAction *toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    m_panelsMenu->addAction(toolBarToggle);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("actionFullScreen")));
    m_viewMenu->addAction(action(QStringLiteral("actionResetLayout")));

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

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles.get();
    int i = 0;
    for (const QString &path : files) {
        ++i;
        const QString label = i < 10 ? QStringLiteral("&%1 %2").arg(i).arg(
                                      QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this,
                                [this] { m_settings->recentFiles.set({}); });
    }
}

bool MainWindow::isPristine() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified()
           && m_document->nodeCount() == 0;
}

void MainWindow::newDocument()
{
    if (isPristine())
        return;
    auto *w = new MainWindow(m_context);
    w->show();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Graph"), m_settings->lastDirectory.get(),
            tr("All graphs (*.kgraph *.canvas *.json);;Kubegram graphs (*.kgraph);;"
               "JSON Canvas (*.canvas);;Kubegram server graphs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Already open in some window: bring that window forward.
    if (MainWindow *mw = windowForFile(absolute)) {
        mw->show();
        mw->raise();
        mw->activateWindow();
        return true;
    }
    auto data = io::readGraphFile(absolute);
    if (!data) {
        message(QMessageBox::Warning, tr("Cannot Open File"),
                tr("The graph could not be opened.\n\n%1").arg(data.error().toString()));
        m_settings->removeRecentFile(absolute);
        return false;
    }
    // Only a .kgraph document keeps its path: Save must never overwrite a file of another
    // format with .kgraph content (Save asks for a new .kgraph file instead).
    const bool native = QFileInfo(absolute).suffix().compare(QLatin1String("kgraph"),
                                                             Qt::CaseInsensitive)
                        == 0;
    MainWindow *target = loadDocument(*data, native ? absolute : QString());
    if (!native)
        target->statusBar()->showMessage(tr("Imported %1; Save As to keep it as a Kubegram graph.")
                                                 .arg(QFileInfo(absolute).fileName()),
                                         8000);
    m_settings->addRecentFile(absolute);
    m_settings->lastDirectory.set(QFileInfo(absolute).absolutePath());
    return true;
}

MainWindow *MainWindow::windowForNewDocument()
{
    if (isPristine())
        return this;
    auto *w = new MainWindow(m_context);
    w->show();
    return w;
}

void MainWindow::updateSamplesMenu()
{
    m_samplesMenu->clear();
    const QStringList samples = resources::sampleGraphs();
    for (const QString &path : samples) {
        QString label = QFileInfo(path).completeBaseName();
        label.replace(QLatin1Char('-'), QLatin1Char(' '));
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        m_samplesMenu->addAction(label, this, [this, path] { newFromSample(path); });
    }
    if (samples.isEmpty())
        m_samplesMenu->addAction(tr("No samples"))->setEnabled(false);
}

bool MainWindow::newFromSample(const QString &path)
{
    auto data = io::KGraphFormat::readFile(path);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Open Sample"), data.error().toString());
        return false;
    }
    // A copy: saving asks for a new file instead of writing into the bundled sample.
    MainWindow *target = loadDocument(*data, QString());
    target->statusBar()->showMessage(tr("Sample loaded; Save As to keep your changes."), 6000);
    return true;
}

bool MainWindow::loadRecovered(const session::RecoveryEntry &entry,
                               const session::RecoveryStore &store)
{
    auto data = store.load(entry);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Recover Document"), data.error().toString());
        return false;
    }
    MainWindow *target = loadDocument(*data, entry.originalPath);
    // Recovered work is unsaved work: the title shows the modified mark until it is saved.
    target->m_document->undoStack()->resetClean();
    // The recovery copy stays where it is until this document is saved or closed.
    target->m_recovery->remove(target->m_recoveryId);
    target->m_recoveryId = entry.id;
    target->m_autosaveDirty = true;
    target->updateTitle();
    target->statusBar()->showMessage(tr("Recovered \"%1\" from %2.")
                                             .arg(entry.displayName,
                                                  QLocale().toString(entry.savedAt.toLocalTime(),
                                                                     QLocale::ShortFormat)),
                                     8000);
    return true;
}

void MainWindow::setRecoveryFolder(const QString &folder)
{
    m_recovery->remove(m_recoveryId);
    m_recovery = std::make_unique<session::RecoveryStore>(folder);
    m_autosaveDirty = true;
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->stop();
    if (milliseconds > 0)
        m_autosaveTimer->start(milliseconds);
}

bool MainWindow::autosaveNow()
{
    if (!m_document->isModified() || !m_autosaveDirty)
        return false;
    const Status status = m_recovery->save(m_recoveryId, m_document->snapshot(),
                                           m_document->filePath(), m_document->displayName());
    if (!status) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(status.error().toString()), 8000);
        return false;
    }
    m_autosaveDirty = false;
    return true;
}

void MainWindow::onModifiedChanged(bool modified)
{
    // Back to the saved state (saved, or undone to it): the recovery copy is obsolete.
    if (!modified)
        m_recovery->remove(m_recoveryId);
}

void MainWindow::exportImage()
{
    if (m_document->nodeCount() == 0) {
        statusBar()->showMessage(tr("The graph is empty; there is nothing to export."), 5000);
        return;
    }
    const QString suggested = QDir(m_settings->lastDirectory.get())
                                      .filePath(m_document->displayName() + QStringLiteral(".png"));
    ExportImageDialog dialog(m_scene, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 5000);
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
            openFile(path);
    }
    if (!toImport.isEmpty())
        QMetaObject::invokeMethod(
                this, [this, toImport] { importWithPreview(toImport); }, Qt::QueuedConnection);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(m_settings->lastDirectory.get())
                            .filePath(m_document->displayName() + QStringLiteral(".kgraph"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Graph"), suggested,
                                                tr("Kubegram graphs (*.kgraph)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kgraph");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const Status status = io::KGraphFormat::writeFile(m_document->snapshot(), path);
    if (!status) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("The graph was not saved; the file on disk is unchanged.\n\n%1")
                                      .arg(status.error().toString()));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->setFilePath(absolute);
    m_document->setClean();
    m_settings->addRecentFile(absolute);
    m_settings->lastDirectory.set(QFileInfo(absolute).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 4000);
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
            this, tr("Unsaved Changes"),
            tr("Save the changes to \"%1\" before closing?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->windowGeometry.set(saveGeometry());
    m_settings->windowState.set(saveState());
    m_settings->sync();
    // A clean close: nothing to recover from this document.
    m_recovery->remove(m_recoveryId);
    m_autosaveTimer->stop();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // Menus are rebuilt on the next start; the title follows immediately.
    updateTitle();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_settings, this);
    dialog.exec();
}

// ---- panels, generation, server -------------------------------------------------------------

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

    const auto &database = m_context->database();
    if (database) {
        m_browser = new ProjectBrowserDock(database, this);
        m_browser->setObjectName(QStringLiteral("projectBrowserDock"));
        addPanel(m_browser, Qt::LeftDockWidgetArea);
        tabifyDockWidget(m_paletteDock, m_browser);
        m_paletteDock->raise();
        m_undoGroup->addStack(m_browser->undoStack());
        connect(m_browser, &ProjectBrowserDock::openGraphRequested, this,
                &MainWindow::openFromBrowser);
        connect(m_browser, &ProjectBrowserDock::jobActivated, this, &MainWindow::openJobArtifacts);
        // Undo follows the focus: in the browser it undoes project edits, elsewhere the graph.
        connect(qApp, &QApplication::focusChanged, this,
                [this](QWidget *, QWidget *now) { followFocus(now); });

        m_jobPanel = new JobPanelDock(database, this);
        m_jobPanel->setObjectName(QStringLiteral("jobsDock"));
        addPanel(m_jobPanel, Qt::BottomDockWidgetArea);
        connect(m_jobPanel, &JobPanelDock::openArtifactsRequested, this,
                &MainWindow::openJobArtifacts);
        connect(m_jobPanel, &JobPanelDock::rerunRequested, this, [this](qint64 jobId) {
            const auto outcome = m_generation->rerun(jobId);
            if (!outcome.started)
                message(QMessageBox::Warning, tr("Cannot Run Again"),
                        !outcome.error.isEmpty() ? outcome.error
                                                 : tr("The graph of that job has errors."));
            else if (outcome.jobId)
                m_jobPanel->selectJob(outcome.jobId);
        });
        connect(m_jobPanel, &JobPanelDock::cancelRequested, this, [this](qint64 jobId) {
            if (m_generation->isRunning() && m_generation->jobId() == jobId)
                m_generation->cancel();
            else
                statusBar()->showMessage(tr("That job is not running in this window."), 5000);
        });
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

void MainWindow::createGenerateControls()
{
    m_toolBar->addSeparator();
    QAction *generate = action(QStringLiteral("actionGenerate"));
    m_toolBar->addAction(generate);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(generate))) {
        button->setObjectName(QStringLiteral("generateButton"));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    m_backendChoice = new QComboBox(this);
    m_backendChoice->setObjectName(QStringLiteral("backendChoice"));
    m_backendChoice->setToolTip(tr("Where to generate"));
    m_backendChoice->addItem(tr("Local engine"), QStringLiteral("local"));
    m_backendChoice->addItem(tr("Kubegram server"), QStringLiteral("remote"));
    m_toolBar->addWidget(m_backendChoice);
    m_layoutChoice = new QComboBox(this);
    m_layoutChoice->setObjectName(QStringLiteral("layoutChoice"));
    m_layoutChoice->setToolTip(tr("Output layout"));
    m_layoutChoice->addItem(tr("Files"), QStringLiteral("files"));
    m_layoutChoice->addItem(tr("Single file"), QStringLiteral("single"));
    m_layoutChoice->addItem(tr("Kustomize"), QStringLiteral("kustomize"));
    m_layoutChoice->addItem(tr("Helm chart"), QStringLiteral("helm"));
    m_layoutChoice->setCurrentIndex(
            std::max(0, m_layoutChoice->findData(m_settings->outputLayout.get())));
    connect(m_layoutChoice, &QComboBox::activated, this,
            [this] { m_settings->outputLayout.set(m_layoutChoice->currentData().toString()); });
    m_toolBar->addWidget(m_layoutChoice);

    connect(m_generation, &session::GenerationService::runningChanged, this,
            &MainWindow::onGenerationRunning);
    connect(m_generation, &session::GenerationService::progress, this,
            [this](int percent, const QString &step) {
                m_progress->setRange(0, percent < 0 ? 0 : 100);
                m_progress->setValue(std::max(0, percent));
                statusBar()->showMessage(tr("Generating: %1").arg(step));
            });
    connect(m_generation, &session::GenerationService::succeeded, this,
            &MainWindow::onGenerationSucceeded);
    connect(m_generation, &session::GenerationService::failed, this,
            [this](qint64 jobId, const Error &error, bool cancelled) {
                onGenerationFailed(jobId, error.toString(), cancelled);
            });
    connect(m_generation, &session::GenerationService::recordingDeferred, this,
            [this](const QString &message) {
                // Not modal: the run's files are shown as usual; this says why the job list
                // will only show it after a restart.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Job Cache"), message,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("recordingDeferredMessage"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    connect(m_context->server(), &session::ServerConnection::changed, this, [this] {
        updateBackendChoice();
        updateServerStatus();
        followServerInBrowser();
    });
    followServerInBrowser();
    updateBackendChoice();
}

void MainWindow::createStatusWidgets()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("generationProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelGenerationButton"));
    m_cancelButton->setDefaultAction(action(QStringLiteral("actionCancelGeneration")));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    m_statusServer = new QLabel(this);
    m_statusServer->setObjectName(QStringLiteral("statusServer"));
    m_statusDocument = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusZoom->setObjectName(QStringLiteral("statusZoom"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_statusServer);
    statusBar()->addPermanentWidget(m_statusDocument);
    statusBar()->addPermanentWidget(m_statusZoom);
    updateServerStatus();
}

void MainWindow::updateBackendChoice()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_backendChoice->model());
    const bool remote = m_context->server()->isConfigured();
    if (QStandardItem *item = model ? model->item(1) : nullptr) {
        item->setEnabled(remote);
        item->setToolTip(remote ? m_context->server()->statusText()
                                : tr("Configure a server first (File → Kubegram Server…)"));
    }
    if (!remote && m_backendChoice->currentIndex() == 1)
        m_backendChoice->setCurrentIndex(0);
}

void MainWindow::followServerInBrowser()
{
    if (!m_browser)
        return;
    session::ServerConnection *server = m_context->server();
    store::RemoteProjectSource *source = server->projectSource();
    if (source && source != m_browserSource) {
        m_browserSource = source;
        m_browser->addRemoteSource(source);
    }
    // Signed in: fetch fresh teams and projects. Offline: the refresh fails and the browser
    // shows the cached projects with the offline badge.
    const auto state = server->state();
    if (source && int(state) != m_browserServerState
        && (state == session::ServerConnection::State::SignedIn
            || state == session::ServerConnection::State::Offline))
        m_browser->refresh();
    m_browserServerState = int(state);
    updateServerSaveAction();
}

void MainWindow::updateServerStatus()
{
    session::ServerConnection *server = m_context->server();
    m_statusServer->setVisible(server->state() != session::ServerConnection::State::NotConfigured);
    m_statusServer->setText(server->statusText());
    m_statusServer->setToolTip(server->isConfigured()
                                       ? server->origin().toString() + QLatin1Char('\n')
                                                 + server->lastError()
                                       : QString());
}

void MainWindow::setQuestion(Question question)
{
    m_question = std::move(question);
}

void MainWindow::setMessageSink(MessageSink sink)
{
    m_messageSink = std::move(sink);
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

bool MainWindow::generate()
{
    const bool remote = m_backendChoice->currentData().toString() == QLatin1String("remote");
    const GenerationOptions options = session::GenerationService::optionsFrom(
            *m_settings, m_layoutChoice->currentData().toString());
    linkProjectOfFile();
    const auto outcome = m_generation->start(m_document->snapshot(),
                                             remote ? session::GenerationService::Backend::Remote
                                                    : session::GenerationService::Backend::Local,
                                             options);
    if (hasErrors(outcome.issues)) {
        QStringList lines;
        QString firstNode;
        for (const ValidationIssue &issue : outcome.issues) {
            if (issue.severity != Severity::Error)
                continue;
            if (firstNode.isEmpty())
                firstNode = issue.location.nodeId;
            const Node *node = m_document->node(issue.location.nodeId);
            lines << (node ? QStringLiteral("• %1: %2").arg(node->name, issue.message)
                           : QStringLiteral("• %1").arg(issue.message));
        }
        if (!firstNode.isEmpty())
            selectNodeOnCanvas(firstNode);
        message(QMessageBox::Warning, tr("Cannot Generate"),
                tr("The graph has errors. Fix them and generate again:\n\n%1")
                        .arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (!outcome.started) {
        message(QMessageBox::Warning, tr("Cannot Generate"), outcome.error);
        return false;
    }
    const int warnings = int(outcome.issues.size());
    statusBar()->showMessage(warnings > 0 ? tr("Generating (%n warning(s))…", nullptr, warnings)
                                          : tr("Generating…"));
    if (m_jobPanel && outcome.jobId)
        m_jobPanel->selectJob(outcome.jobId);
    return true;
}

void MainWindow::linkProjectOfFile()
{
    // A saved graph is a local project: its jobs are found under it in the browser.
    const auto &database = m_context->database();
    const QString path = m_document->filePath();
    if (!database || path.isEmpty() || m_generation->project() != 0)
        return;
    const QString name = !m_document->name().isEmpty() ? m_document->name()
                                                       : QFileInfo(path).completeBaseName();
    const auto id = store::ProjectRepository(*database).localProjectForFile(path, name);
    if (id) {
        m_generation->setProject(*id);
        updateServerSaveAction();
    } else
        statusBar()->showMessage(id.error().toString(), 6000);
}

void MainWindow::onGenerationRunning(bool running)
{
    action(QStringLiteral("actionGenerate"))->setEnabled(!running);
    action(QStringLiteral("actionCancelGeneration"))->setEnabled(running);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progress->setRange(0, 0);
}

void MainWindow::onGenerationSucceeded(qint64 jobId, const GenerationResult &result,
                                       const GraphData &graph, const GenerationOptions &options,
                                       const QString &backendId)
{
    const QString title = jobId ? tr("Job %1").arg(jobId) : m_document->displayName();
    const bool local = backendId == QLatin1String("local");
    showGeneration(title, result, local ? &graph : nullptr, options);
    statusBar()->showMessage(tr("Generated %n file(s).", nullptr, int(result.artifacts.size())),
                             6000);
    if (m_jobPanel && jobId)
        m_jobPanel->selectJob(jobId);
}

void MainWindow::onGenerationFailed(qint64, const QString &text, bool cancelled)
{
    if (cancelled) {
        statusBar()->showMessage(tr("Generation cancelled."), 6000);
        return;
    }
    statusBar()->showMessage(tr("Generation failed."), 6000);
    message(QMessageBox::Critical, tr("Generation Failed"),
            tr("No manifests were generated.\n\n%1").arg(text));
}

void MainWindow::showGeneration(const QString &title, const GenerationResult &result,
                                const GraphData *graph, const GenerationOptions &options)
{
    m_viewer->setArtifacts(result.artifacts, result.report, title);
    m_viewer->setProblems(session::GenerationService::manifestProblems(result.artifacts));
    if (graph) {
        // Local jobs: the export can re-render the same graph in another layout.
        m_viewer->setLayoutRenderer(LocalEngine::layouts(),
                                    [graph = *graph,
                                     options](const QString &layout) -> Result<ArtifactList> {
                                        GenerationOptions o = options;
                                        o.layout = layout;
                                        auto r = LocalEngine::generate(graph, o);
                                        if (!r)
                                            return r.error();
                                        return r->artifacts;
                                    });
    } else {
        m_viewer->setLayoutRenderer({}, {});
    }
    m_artifactsDock->show();
    m_artifactsDock->raise();
    // Open something right away: the selected node's manifests, else the report.
    const QStringList selected = m_scene->selectedNodeIds();
    if (selected.size() == 1)
        m_viewer->showArtifactsOfNode(selected.constFirst());
    if (m_viewer->currentCodeView() == nullptr)
        m_viewer->showReport();
}

bool MainWindow::openJobArtifacts(qint64 jobId)
{
    const auto &database = m_context->database();
    if (!database)
        return false;
    const auto job = store::JobRepository(*database).job(jobId);
    const auto artifacts = job ? store::ArtifactRepository(*database).artifacts(jobId)
                               : Result<ArtifactList>(job.error());
    if (!job || !artifacts) {
        message(QMessageBox::Warning, tr("Cannot Open Artifacts"),
                (!job ? job.error() : artifacts.error()).toString());
        return false;
    }
    if (job->status != store::JobStatus::Completed) {
        statusBar()->showMessage(tr("Job %1 has no artifacts (%2).")
                                         .arg(jobId)
                                         .arg(store::jobStatusDisplayName(job->status)),
                                 6000);
        return false;
    }
    GenerationResult result;
    result.artifacts = *artifacts;
    result.report = job->report;
    std::optional<GraphData> graph;
    if (job->isLocal()) {
        if (auto request = store::JobRecorder(database).rerunRequest(jobId))
            graph = request->graph;
    }
    showGeneration(tr("Job %1").arg(jobId), result, graph ? &*graph : nullptr, job->options);
    return true;
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

void MainWindow::openFromBrowser(qint64 projectId, const QString &filePath, qint64 revisionId,
                                 const QDateTime &serverVersion)
{
    if (!filePath.isEmpty()) {
        if (openFile(filePath)) {
            if (MainWindow *w = windowForFile(filePath))
                w->m_generation->setProject(projectId);
        }
        return;
    }
    if (!m_context->database())
        return;
    GraphData graph;
    if (revisionId != 0) {
        const auto saved = store::RevisionRepository(*m_context->database()).graph(revisionId);
        if (!saved) {
            message(QMessageBox::Warning, tr("Cannot Open Graph"), saved.error().toString());
            return;
        }
        graph = *saved;
    }
    // A project without a graph yet opens as an empty canvas that generates into it.
    const auto project = store::ProjectRepository(*m_context->database()).project(projectId);
    if (graph.name.isEmpty() && project)
        graph.name = project->name;
    MainWindow *target = loadDocument(graph, QString(), projectId, serverVersion);
    if (revisionId == 0)
        target->statusBar()->showMessage(tr("The project has no graph yet: draw it here."), 6000);
}

MainWindow *MainWindow::loadDocument(const GraphData &data, const QString &filePath,
                                     qint64 projectId, const QDateTime &serverVersion)
{
    MainWindow *target = windowForNewDocument();
    target->m_document->reset(data);
    target->m_document->setFilePath(filePath);
    target->m_generation->setProject(projectId);
    target->m_serverVersion = serverVersion;
    target->updateTitle();
    target->updateServerSaveAction();
    return target;
}

void MainWindow::updateServerSaveAction()
{
    const bool signedIn = m_context->server()->state()
                          == session::ServerConnection::State::SignedIn;
    action(QStringLiteral("actionSaveToServer"))
            ->setEnabled(signedIn && !m_savingToServer
                         && !m_generation->serverProjectId(m_generation->project()).isEmpty());
}

bool MainWindow::saveToServer(bool overwrite)
{
    session::ServerConnection *server = m_context->server();
    const QString remoteId = m_generation->serverProjectId(m_generation->project());
    if (m_savingToServer)
        return false;
    if (remoteId.isEmpty() || !server->client()
        || server->state() != session::ServerConnection::State::SignedIn) {
        message(QMessageBox::Warning, tr("Cannot Save to Server"),
                remoteId.isEmpty()
                        ? tr("This graph was not opened from a project of the "
                             "configured server.")
                        : tr("The server is not available (%1).").arg(server->statusText()));
        return false;
    }
    const GraphData graph = m_document->snapshot();
    const remote::Identity &identity = server->identity();
    const QJsonObject json = io::ServerGraphFormat::toGraph(graph,
                                                            {identity.companyId, identity.userId});
    const QJsonObject desktop{{QStringLiteral("schemaVersion"), 1}};
    const int undoIndex = m_document->undoStack()->index();
    m_savingToServer = true;
    updateServerSaveAction();
    statusBar()->showMessage(tr("Saving to the server…"));
    remote::saveProjectGraph(
            *server->client(), remoteId, json, desktop, overwrite ? QDateTime() : m_serverVersion,
            this, [this, graph, undoIndex](const remote::ApiResult<remote::Project> &result) {
                m_savingToServer = false;
                updateServerSaveAction();
                if (!result) {
                    const remote::RemoteError &e = result.error();
                    statusBar()->clearMessage();
                    if (e.kind == remote::RemoteError::Kind::Conflict) {
                        if (m_question(tr("Project Changed on the Server"),
                                       tr("%1.\n\nOverwrite the server's version with this "
                                          "graph?")
                                               .arg(e.message)))
                            saveToServer(true);
                        else
                            statusBar()->showMessage(
                                    tr("Not saved: the server's version was kept."), 6000);
                        return;
                    }
                    message(QMessageBox::Warning, tr("Cannot Save to Server"), e.toString());
                    return;
                }
                m_serverVersion = result.value().updatedAt;
                if (const auto &database = m_context->database())
                    store::RevisionRepository(*database).add(m_generation->project(), graph);
                // Edits made while the answer was on its way stay unsaved.
                if (m_document->undoStack()->index() == undoIndex)
                    m_document->undoStack()->setClean();
                statusBar()->showMessage(
                        tr("Saved to the server project \"%1\".").arg(result.value().name), 6000);
            });
    return true;
}

MainWindow *MainWindow::windowForFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *mw = qobject_cast<MainWindow *>(w); mw && mw->m_document->filePath() == absolute)
            return mw;
    }
    return nullptr;
}

void MainWindow::importDialog(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                              m_settings->lastDirectory.get());
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(
                this, tr("Import"), m_settings->lastDirectory.get(),
                tr("Manifests, packaged charts and Compose files (*.yaml *.yml *.json *.tgz);;"
                   "All files (*)"));
    }
    if (paths.isEmpty())
        return;
    m_settings->lastDirectory.set(QFileInfo(paths.constFirst()).absolutePath());
    importWithPreview(paths);
}

bool MainWindow::importWithPreview(const QStringList &paths)
{
    ImportPreviewDialog preview(paths, this);
    if (m_document->nodeCount() > 0)
        preview.offerAddToGraph();
    if (preview.exec() != QDialog::Accepted || !preview.result())
        return false;
    if (preview.addToGraph()) {
        addImported(*preview.result());
        return true;
    }
    loadImported(*preview.result(), /*warningsShown=*/true);
    return true;
}

void MainWindow::addImported(const io::ImportResult &result)
{
    // One undo step: the imported nodes, with ids of their own, to the right of the graph.
    GraphFragment fragment{result.graph.nodes, result.graph.edges};
    fragment = m_document->withFreshIds(fragment);
    qreal right = 0;
    const GraphData current = m_document->snapshot();
    for (const Node &n : current.nodes)
        right = std::max(right, n.pos.x() + (n.size.isEmpty() ? 200.0 : n.size.width()));
    qreal left = std::numeric_limits<qreal>::max();
    for (const Node &n : std::as_const(fragment.nodes))
        left = std::min(left, n.pos.x());
    const qreal shift = right + 120 - (fragment.nodes.isEmpty() ? 0 : left);
    for (Node &n : fragment.nodes)
        n.pos.rx() += shift;
    m_document->undoStack()->push(new AddElementsCommand(m_document, fragment, tr("Import")));
    statusBar()->showMessage(tr("Added %n imported object(s) to the graph.", nullptr,
                                result.objectCount),
                             8000);
}

bool MainWindow::importKubernetesYaml(const QStringList &paths)
{
    const QString name = paths.size() == 1 ? QFileInfo(paths.constFirst()).completeBaseName()
                                           : QString();
    const auto imported = io::KubernetesYamlImporter::importPaths(paths, name);
    if (!imported) {
        message(QMessageBox::Warning, tr("Cannot Import"), imported.error().toString());
        return false;
    }
    loadImported(*imported, false);
    return true;
}

void MainWindow::loadImported(const io::ImportResult &result, bool warningsShown)
{
    const io::ImportResult *imported = &result;
    MainWindow *target = loadDocument(imported->graph, QString());
    if (warningsShown) {
        target->statusBar()->showMessage(tr("Imported %n object(s); Save As to keep the graph.",
                                            nullptr, imported->objectCount),
                                         8000);
    } else if (!imported->warnings.isEmpty()) {
        QStringList lines;
        for (const Error &w : imported->warnings)
            lines << QStringLiteral("• %1").arg(w.toString());
        constexpr int MaxShown = 30;
        const int more = int(lines.size()) - MaxShown;
        if (more > 0) {
            lines = lines.mid(0, MaxShown);
            lines << tr("… and %n more", nullptr, more);
        }
        message(QMessageBox::Information, tr("Imported with Warnings"),
                tr("%n object(s) imported. Some details could not be mapped:\n\n%1", nullptr,
                   imported->objectCount)
                        .arg(lines.join(QLatin1Char('\n'))));
    } else {
        target->statusBar()->showMessage(tr("Imported %n object(s).", nullptr,
                                            imported->objectCount),
                                         6000);
    }
}

void MainWindow::exportGraphDialog(GraphExportFormat format)
{
    const bool canvas = format == GraphExportFormat::JsonCanvas;
    const QString suffix = canvas ? QStringLiteral(".canvas") : QStringLiteral(".json");
    const QString suggested = QDir(m_settings->lastDirectory.get())
                                      .filePath(m_document->displayName() + suffix);
    QString path = QFileDialog::getSaveFileName(this,
                                                canvas ? tr("Export JSON Canvas")
                                                       : tr("Export Kubegram Graph JSON"),
                                                suggested,
                                                canvas ? tr("JSON Canvas (*.canvas)")
                                                       : tr("Kubegram graph JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportGraph(path, format);
}

bool MainWindow::exportGraph(const QString &path, GraphExportFormat format)
{
    const GraphData graph = m_document->snapshot();
    const QByteArray data = format == GraphExportFormat::JsonCanvas
                                    ? io::JsonCanvasFormat::write(graph)
                                    : io::ServerGraphFormat::write(graph);
    const Status status = io::writeFileAtomically(path, data);
    if (!status) {
        message(QMessageBox::Critical, tr("Cannot Export"), status.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
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
