#include "MainWindow.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "io/KGraphFormat.h"
#include "model/GraphDocument.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
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

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("canvasHost"));
    setCentralWidget(central);

    createActions();
    createMenus();

    m_statusDocument = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusDocument);
    statusBar()->showMessage(tr("Ready"), 3000);

    connect(m_document, &GraphDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &GraphDocument::metadataChanged, this, &MainWindow::updateTitle);

    resize(1280, 800);
    m_defaultState = saveState();
    restoreGeometry(m_settings->windowGeometry.get());
    restoreState(m_settings->windowState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
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
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFilesMenu);
    updateRecentFilesMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSave")));
    file->addAction(action(QStringLiteral("actionSaveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionClose")));
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionPreferences")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(action(QStringLiteral("actionFullScreen")));
    m_viewMenu->addAction(action(QStringLiteral("actionResetLayout")));

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
        const QString label = i < 10 ? QStringLiteral("&%1 %2").arg(i).arg(QFileInfo(path).fileName())
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
        if (auto *mw = qobject_cast<MainWindow *>(w);
            mw && mw->m_document->filePath() == absolute) {
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
    MainWindow *target = this;
    if (!isPristine()) {
        target = new MainWindow(m_settings);
        target->show();
    }
    target->m_document->reset(*data);
    target->m_document->setFilePath(absolute);
    target->updateTitle();
    m_settings->addRecentFile(absolute);
    m_settings->lastDirectory.set(QFileInfo(absolute).absolutePath());
    return true;
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
