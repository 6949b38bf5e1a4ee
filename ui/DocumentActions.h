#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace kg::io {
struct ImportResult;
}

namespace kg::session {
class DocumentSession;
class RecoveryStore;
struct RecoveryEntry;
} // namespace kg::session

namespace kg::ui {

class MainWindow;

/// The File menu of one window: the actions and dialogs that open, save, import and export its
/// document, with the recent-files and samples menus. The work itself is the window's
/// session::DocumentSession; this asks which file, confirms, and tells how it went.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    /// Graph formats File → Export writes.
    enum class GraphExportFormat { JsonCanvas, ServerGraph };

    DocumentActions(MainWindow *window, session::DocumentSession *session);

    /// Makes the actions (object names "actionNew", "actionSave", …) as children of the window.
    void createActions();
    /// Fills @p file with the actions and the recent, samples, import and export menus.
    void fillFileMenu(QMenu *file);

    /// Opens @p path here when this window holds an empty, unmodified document, else in a new
    /// window (or brings forward the window that has it open already). Shows an error and
    /// returns false when the file cannot be read.
    bool openFile(const QString &path);
    /// Opens a copy of the sample graph at @p path as a new, unsaved document.
    bool newFromSample(const QString &path);
    /// Loads an autosaved document left behind by a crash; it stays modified until saved.
    bool loadRecovered(const session::RecoveryEntry &entry, const session::RecoveryStore &store);
    /// Opens cached project @p projectId (its file, else graph revision @p revisionId).
    void openProject(qint64 projectId, const QString &filePath, qint64 revisionId,
                     const QDateTime &serverVersion);
    /// Saves to the current path, or asks for one. Returns false when cancelled or failed.
    bool save();
    bool saveAs();
    /// Saves into the server project the graph was opened from; asks before overwriting a
    /// change made on the server (or overwrites with @p overwrite). False when it cannot start.
    bool saveToServer(bool overwrite = false);
    /// Asks to save a modified document before it closes; false = do not close.
    bool maybeSave();
    /// Imports @p paths after the preview dialog; false when nothing was imported.
    bool importWithPreview(const QStringList &paths);
    /// Imports Kubernetes manifests (files or folders) as a new, unsaved document.
    bool importKubernetesYaml(const QStringList &paths);
    /// Adds an import to this window's graph as one undo step.
    void addImported(const io::ImportResult &result);
    /// Writes the graph to @p path in another format; the document keeps its own file.
    bool exportGraph(const QString &path, GraphExportFormat format);

private:
    void openDialog();
    bool saveTo(const QString &path);
    void importDialog(bool folder);
    void loadImported(const io::ImportResult &result, bool warningsShown);
    void exportGraphDialog(GraphExportFormat format);
    void exportImage();
    void updateRecentFilesMenu();
    void updateSamplesMenu();

    MainWindow *m_window;
    session::DocumentSession *m_session;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
};

} // namespace kg::ui
