#include "DocumentActions.h"

#include "ActionFactory.h"
#include "MainWindow.h"
#include "Resources.h"
#include "canvas/ExportImageDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "io/JsonCanvasFormat.h"
#include "io/JsonSupport.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ServerGraphFormat.h"
#include "model/GraphDocument.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "session/RecoveryStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace kg::ui {

DocumentActions::DocumentActions(MainWindow *window, session::DocumentSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{}

void DocumentActions::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &shortcut,
                       auto slot) {
        return makeAction(m_window, this, name, text, shortcut, slot);
    };
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
}

void DocumentActions::fillFileMenu(QMenu *file)
{
    file->addAction(m_window->action(QStringLiteral("actionNew")));
    m_samplesMenu = file->addMenu(tr("New from &Sample"));
    m_samplesMenu->setObjectName(QStringLiteral("menuSamples"));
    connect(m_samplesMenu, &QMenu::aboutToShow, this, &DocumentActions::updateSamplesMenu);
    updateSamplesMenu();
    file->addAction(m_window->action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentActions::updateRecentFilesMenu);
    updateRecentFilesMenu();
    file->addSeparator();
    for (const char *name : {"actionSave", "actionSaveAs", "actionSaveToServer"})
        file->addAction(m_window->action(QString::fromLatin1(name)));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("menuImport"));
    import->addAction(m_window->action(QStringLiteral("actionImportYamlFiles")));
    import->addAction(m_window->action(QStringLiteral("actionImportYamlFolder")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    for (const char *name : {"actionExportImage", "actionExportCanvas", "actionExportServerGraph"})
        exportMenu->addAction(m_window->action(QString::fromLatin1(name)));
}

void DocumentActions::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    AppSettings &settings = m_window->settings();
    const QStringList files = settings.recentFiles.get();
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
                                [this] { m_window->settings().recentFiles.set({}); });
    }
}

void DocumentActions::updateSamplesMenu()
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

void DocumentActions::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open Graph"), m_window->settings().lastDirectory.get(),
            tr("All graphs (*.kgraph *.canvas *.json);;Kubegram graphs (*.kgraph);;"
               "JSON Canvas (*.canvas);;Kubegram server graphs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentActions::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    AppSettings &settings = m_window->settings();
    // Already open in some window: bring that window forward.
    if (MainWindow *open = m_window->windowForFile(absolute)) {
        open->show();
        open->raise();
        open->activateWindow();
        return true;
    }
    const auto loaded = session::DocumentSession::readFile(absolute);
    if (!loaded) {
        m_window->message(QMessageBox::Warning, tr("Cannot Open File"),
                          tr("The graph could not be opened.\n\n%1").arg(loaded.error().toString()));
        settings.removeRecentFile(absolute);
        return false;
    }
    MainWindow *target = m_window->windowForNewDocument();
    target->session()->load(*loaded);
    if (loaded->foreignFormat)
        target->statusBar()->showMessage(tr("Imported %1; Save As to keep it as a Kubegram graph.")
                                                 .arg(QFileInfo(absolute).fileName()),
                                         8000);
    settings.addRecentFile(absolute);
    settings.lastDirectory.set(QFileInfo(absolute).absolutePath());
    return true;
}

bool DocumentActions::newFromSample(const QString &path)
{
    auto graph = io::KGraphFormat::readFile(path);
    if (!graph) {
        m_window->message(QMessageBox::Warning, tr("Cannot Open Sample"), graph.error().toString());
        return false;
    }
    // A copy: saving asks for a new file instead of writing into the bundled sample.
    MainWindow *target = m_window->windowForNewDocument();
    target->session()->load({*graph, QString(), 0, QDateTime(), false});
    target->statusBar()->showMessage(tr("Sample loaded; Save As to keep your changes."), 6000);
    return true;
}

bool DocumentActions::loadRecovered(const session::RecoveryEntry &entry,
                                    const session::RecoveryStore &store)
{
    MainWindow *target = m_window->windowForNewDocument();
    const Status recovered = target->session()->loadRecovered(entry, store);
    if (!recovered) {
        m_window->message(QMessageBox::Warning, tr("Cannot Recover Document"),
                          recovered.error().toString());
        return false;
    }
    target->statusBar()->showMessage(tr("Recovered \"%1\" from %2.")
                                             .arg(entry.displayName,
                                                  QLocale().toString(entry.savedAt.toLocalTime(),
                                                                     QLocale::ShortFormat)),
                                     8000);
    return true;
}

void DocumentActions::openProject(qint64 projectId, const QString &filePath, qint64 revisionId,
                                  const QDateTime &serverVersion)
{
    if (!filePath.isEmpty()) {
        if (openFile(filePath)) {
            if (MainWindow *w = m_window->windowForFile(filePath))
                w->session()->generation()->setProject(projectId);
        }
        return;
    }
    if (!m_session->database())
        return;
    const auto loaded = session::DocumentSession::readProject(*m_session->database(), projectId,
                                                              revisionId, serverVersion);
    if (!loaded) {
        m_window->message(QMessageBox::Warning, tr("Cannot Open Graph"), loaded.error().toString());
        return;
    }
    MainWindow *target = m_window->windowForNewDocument();
    target->session()->load(*loaded);
    if (revisionId == 0)
        target->statusBar()->showMessage(tr("The project has no graph yet: draw it here."), 6000);
}

bool DocumentActions::save()
{
    const QString path = m_session->document()->filePath();
    return path.isEmpty() ? saveAs() : saveTo(path);
}

bool DocumentActions::saveAs()
{
    GraphDocument *document = m_session->document();
    QString suggested = document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(m_window->settings().lastDirectory.get())
                            .filePath(document->displayName() + QStringLiteral(".kgraph"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Graph"), suggested,
                                                tr("Kubegram graphs (*.kgraph)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kgraph");
    return saveTo(path);
}

bool DocumentActions::saveTo(const QString &path)
{
    const Status saved = m_session->saveAs(path);
    if (!saved) {
        QMessageBox::critical(m_window, tr("Cannot Save"),
                              tr("The graph was not saved; the file on disk is unchanged.\n\n%1")
                                      .arg(saved.error().toString()));
        return false;
    }
    const QString absolute = m_session->document()->filePath();
    m_window->settings().addRecentFile(absolute);
    m_window->settings().lastDirectory.set(QFileInfo(absolute).absolutePath());
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 4000);
    return true;
}

bool DocumentActions::maybeSave()
{
    GraphDocument *document = m_session->document();
    if (!document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
            m_window, tr("Unsaved Changes"),
            tr("Save the changes to \"%1\" before closing?").arg(document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentActions::saveToServer(bool overwrite)
{
    if (m_session->isSavingToServer())
        return false;
    m_window->statusBar()->showMessage(tr("Saving to the server…"));
    const bool started = m_session->saveToServer(overwrite, [this](const remote::ApiResult<
                                                                    remote::Project> &result) {
        m_window->statusBar()->clearMessage();
        if (result) {
            m_window->statusBar()->showMessage(
                    tr("Saved to the server project \"%1\".").arg(result.value().name), 6000);
            return;
        }
        const remote::RemoteError &e = result.error();
        if (e.kind != remote::RemoteError::Kind::Conflict) {
            m_window->message(QMessageBox::Warning, tr("Cannot Save to Server"), e.toString());
            return;
        }
        if (m_window->ask(tr("Project Changed on the Server"),
                          tr("%1.\n\nOverwrite the server's version with this graph?")
                                  .arg(e.message)))
            saveToServer(true);
        else
            m_window->statusBar()->showMessage(tr("Not saved: the server's version was kept."),
                                               6000);
    });
    if (!started) {
        m_window->statusBar()->clearMessage();
        m_window->message(QMessageBox::Warning, tr("Cannot Save to Server"),
                          m_session->serverProjectId().isEmpty()
                                  ? tr("This graph was not opened from a project of the "
                                       "configured server.")
                                  : tr("The server is not available."));
    }
    return started;
}

void DocumentActions::importDialog(bool folder)
{
    QStringList paths;
    AppSettings &settings = m_window->settings();
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"),
                                                              settings.lastDirectory.get());
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(
                m_window, tr("Import"), settings.lastDirectory.get(),
                tr("Manifests, packaged charts and Compose files (*.yaml *.yml *.json *.tgz);;"
                   "All files (*)"));
    }
    if (paths.isEmpty())
        return;
    settings.lastDirectory.set(QFileInfo(paths.constFirst()).absolutePath());
    importWithPreview(paths);
}

bool DocumentActions::importWithPreview(const QStringList &paths)
{
    ImportPreviewDialog preview(paths, m_window);
    if (m_session->document()->nodeCount() > 0)
        preview.offerAddToGraph();
    if (preview.exec() != QDialog::Accepted || !preview.result())
        return false;
    if (preview.addToGraph())
        addImported(*preview.result());
    else
        loadImported(*preview.result(), /*warningsShown=*/true);
    return true;
}

void DocumentActions::addImported(const io::ImportResult &result)
{
    m_session->addImported(result, tr("Import"));
    m_window->statusBar()->showMessage(tr("Added %n imported object(s) to the graph.", nullptr,
                                          result.objectCount),
                                       8000);
}

bool DocumentActions::importKubernetesYaml(const QStringList &paths)
{
    const QString name = paths.size() == 1 ? QFileInfo(paths.constFirst()).completeBaseName()
                                           : QString();
    const auto imported = io::KubernetesYamlImporter::importPaths(paths, name);
    if (!imported) {
        m_window->message(QMessageBox::Warning, tr("Cannot Import"), imported.error().toString());
        return false;
    }
    loadImported(*imported, false);
    return true;
}

void DocumentActions::loadImported(const io::ImportResult &result, bool warningsShown)
{
    MainWindow *target = m_window->windowForNewDocument();
    target->session()->load({result.graph, QString(), 0, QDateTime(), false});
    if (warningsShown) {
        target->statusBar()->showMessage(tr("Imported %n object(s); Save As to keep the graph.",
                                            nullptr, result.objectCount),
                                         8000);
    } else if (!result.warnings.isEmpty()) {
        QStringList lines;
        for (const Error &w : result.warnings)
            lines << QStringLiteral("• %1").arg(w.toString());
        constexpr int MaxShown = 30;
        const int more = int(lines.size()) - MaxShown;
        if (more > 0) {
            lines = lines.mid(0, MaxShown);
            lines << tr("… and %n more", nullptr, more);
        }
        m_window->message(QMessageBox::Information, tr("Imported with Warnings"),
                          tr("%n object(s) imported. Some details could not be mapped:\n\n%1",
                             nullptr, result.objectCount)
                                  .arg(lines.join(QLatin1Char('\n'))));
    } else {
        target->statusBar()->showMessage(tr("Imported %n object(s).", nullptr, result.objectCount),
                                         6000);
    }
}

void DocumentActions::exportGraphDialog(GraphExportFormat format)
{
    const bool canvas = format == GraphExportFormat::JsonCanvas;
    const QString suffix = canvas ? QStringLiteral(".canvas") : QStringLiteral(".json");
    const QString suggested = QDir(m_window->settings().lastDirectory.get())
                                      .filePath(m_session->document()->displayName() + suffix);
    QString path = QFileDialog::getSaveFileName(m_window,
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

bool DocumentActions::exportGraph(const QString &path, GraphExportFormat format)
{
    const GraphData graph = m_session->document()->snapshot();
    const QByteArray data = format == GraphExportFormat::JsonCanvas
                                    ? io::JsonCanvasFormat::write(graph)
                                    : io::ServerGraphFormat::write(graph);
    const Status status = io::writeFileAtomically(path, data);
    if (!status) {
        m_window->message(QMessageBox::Critical, tr("Cannot Export"), status.error().toString());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void DocumentActions::exportImage()
{
    GraphDocument *document = m_session->document();
    if (document->nodeCount() == 0) {
        m_window->statusBar()->showMessage(tr("The graph is empty; there is nothing to export."),
                                           5000);
        return;
    }
    const QString suggested = QDir(m_window->settings().lastDirectory.get())
                                      .filePath(document->displayName() + QStringLiteral(".png"));
    ExportImageDialog dialog(m_window->scene(), suggested, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()
                ->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 5000);
}

} // namespace kg::ui
