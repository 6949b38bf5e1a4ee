#include "MainWindow.h"

#include "Resources.h"
#include "canvas/CanvasActions.h"
#include "canvas/ExportImageDialog.h"
#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "inspector/InspectorWidget.h"
#include "io/KGraphFormat.h"
#include "model/GraphDocument.h"
#include "model/RecoveryStore.h"
#include "palette/PaletteWidget.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace kg::ui {

MainWindow::MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_document(new GraphDocument(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);

    createActions();
    createCanvas();
    createMenus();

    m_statusDocument = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusZoom->setObjectName(QStringLiteral("statusZoom"));
    statusBar()->addPermanentWidget(m_statusDocument);
    statusBar()->addPermanentWidget(m_statusZoom);
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
    m_recovery = std::make_unique<RecoveryStore>();
    m_recoveryId = RecoveryStore::newId();
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
    auto *paletteDock = new QDockWidget(tr("Palette"), this);
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
    make("actionExportImage", tr("&Export Image…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         [this] { exportImage(); });
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
    file->addAction(action(QStringLiteral("actionExportImage")));
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
    auto *w = new MainWindow(m_settings);
    w->show();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Graph"), m_settings->lastDirectory.get(),
            tr("Kubegram graphs (*.kgraph);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Already open in some window: bring that window forward.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *mw = qobject_cast<MainWindow *>(w); mw && mw->m_document->filePath() == absolute) {
            mw->show();
            mw->raise();
            mw->activateWindow();
            return true;
        }
    }
    auto data = io::KGraphFormat::readFile(absolute);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Open File"),
                             tr("The graph could not be opened.\n\n%1").arg(data.error().toString()));
        m_settings->removeRecentFile(absolute);
        return false;
    }
    MainWindow *target = windowForNewDocument();
    target->m_document->reset(*data);
    target->m_document->setFilePath(absolute);
    target->updateTitle();
    m_settings->addRecentFile(absolute);
    m_settings->lastDirectory.set(QFileInfo(absolute).absolutePath());
    return true;
}

MainWindow *MainWindow::windowForNewDocument()
{
    if (isPristine())
        return this;
    auto *w = new MainWindow(m_settings);
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
    MainWindow *target = windowForNewDocument();
    // A copy: saving asks for a new file instead of writing into the bundled sample.
    target->m_document->reset(*data);
    target->m_document->setFilePath(QString());
    target->updateTitle();
    target->statusBar()->showMessage(tr("Sample loaded; Save As to keep your changes."), 6000);
    return true;
}

bool MainWindow::loadRecovered(const RecoveryEntry &entry, const RecoveryStore &store)
{
    auto data = store.load(entry);
    if (!data) {
        QMessageBox::warning(this, tr("Cannot Recover Document"), data.error().toString());
        return false;
    }
    MainWindow *target = windowForNewDocument();
    target->m_document->reset(*data);
    target->m_document->setFilePath(entry.originalPath);
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
    m_recovery = std::make_unique<RecoveryStore>(folder);
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
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
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

} // namespace kg::ui
