#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QProgressBar;
class QToolButton;
class QDockWidget;
class QMenu;
class QTimer;
class QToolBar;
class QUndoGroup;
class QLabel;

namespace kg {
class AppSettings;
class ArtifactViewer;
class GraphDocument;
struct GenerationResult;
struct GenerationOptions;
struct GraphData;
} // namespace kg

namespace kg::io {
struct ImportResult;
} // namespace kg::io

namespace kg::session {
class GenerationService;
class RecoveryStore;
struct RecoveryEntry;
} // namespace kg::session

namespace kg::ui {

class AppContext;
class CanvasActions;
class JobPanelDock;
class ProjectBrowserDock;
class GraphEditor;
class GraphScene;
class GraphView;
class InspectorWidget;
class PaletteWidget;

/// One window per document: menus, docks and wiring only, no business logic. The document is
/// always there (a new window starts with an empty, unmodified graph).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window sharing the application's settings, cache and server session.
    explicit MainWindow(std::shared_ptr<AppContext> context, QWidget *parent = nullptr);
    /// A window with settings only: no job cache, no server (editor-only use, tests).
    explicit MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a message to the user (a message box by default; tests record them instead).
    using MessageSink = std::function<void(QMessageBox::Icon icon, const QString &title,
                                           const QString &text)>;
    void setMessageSink(MessageSink sink);
    /// Asks the user a yes/no question; true = yes (a message box by default; tests answer).
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question question);

    /// Graph formats the File → Export menu writes.
    enum class GraphExportFormat { JsonCanvas, ServerGraph };

    GraphDocument *document() const { return m_document; }
    AppSettings &settings() const { return *m_settings; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    GraphEditor *editor() const { return m_editor; }
    PaletteWidget *paletteWidget() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    AppContext &context() const { return *m_context; }
    session::GenerationService *generation() const { return m_generation; }
    ArtifactViewer *artifactViewer() const { return m_viewer; }
    QDockWidget *artifactsDock() const { return m_artifactsDock; }
    /// The job panel; null when the local cache could not be opened.
    JobPanelDock *jobPanel() const { return m_jobPanel; }
    /// The project browser; null when the local cache could not be opened.
    ProjectBrowserDock *projectBrowser() const { return m_browser; }
    /// The toolbar's backend choice (data "local" / "remote") and output layout.
    QComboBox *backendChoice() const { return m_backendChoice; }
    QComboBox *layoutChoice() const { return m_layoutChoice; }

    /// Validates the graph and generates it on the chosen backend (the Generate action).
    /// Returns false when refused (validation errors, no backend) or not started.
    bool generate();
    /// Shows the artifacts and report of job @p jobId from the cache in the viewer.
    bool openJobArtifacts(qint64 jobId);
    /// Imports Kubernetes manifests (files or folders) as a new, unsaved document.
    bool importKubernetesYaml(const QStringList &paths);
    /// Imports @p paths (manifests, a kustomize root, a chart or a Compose project) after the
    /// preview dialog; false when nothing was imported.
    bool importWithPreview(const QStringList &paths);
    /// Adds an import to this window's graph as one undo step (new ids, placed to the right of
    /// what is there); what the preview's "Add to This Graph" does.
    void addImported(const io::ImportResult &result);
    /// Writes the graph to @p path in another format; the document keeps its own file.
    bool exportGraph(const QString &path, GraphExportFormat format);
    /// Opens the Kubegram server settings and applies the result.
    void showServerSettings();

    /// Adds a dock panel (object name set by the caller, for saveState()) and its toggle to
    /// View → Panels. Later panels (project browser, jobs, artifacts) come in the same way.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Opens @p path here when this window holds an empty, unmodified document, else in a new
    /// window. Shows an error and returns false when the file cannot be read.
    bool openFile(const QString &path);
    /// Saves to the current path, or asks for one. Returns false when cancelled or failed.
    bool save();
    /// Saves the graph into the server project it was opened from (File → Save to Server
    /// Project), asynchronously; a change made on the server meanwhile is only overwritten
    /// after asking (or with @p overwrite). False when it cannot start.
    bool saveToServer(bool overwrite = false);
    bool saveAs();
    /// Opens a copy of the sample graph at @p path as a new, unsaved document.
    bool newFromSample(const QString &path);
    /// Loads an autosaved document left behind by a crash; it stays modified until saved.
    bool loadRecovered(const session::RecoveryEntry &entry, const session::RecoveryStore &store);
    /// Writes the recovery copy now if the document changed since the last one.
    bool autosaveNow();
    /// The id of this document's recovery copy.
    QString recoveryId() const { return m_recoveryId; }
    /// Keeps recovery copies in @p folder instead of the per-user default (tests, portable use).
    void setRecoveryFolder(const QString &folder);
    /// Sets the autosave interval (default 30 s; 0 turns autosave off).
    void setAutosaveInterval(int milliseconds);
    /// The window for a new document: this one when it is pristine, else a new window.
    MainWindow *windowForNewDocument();
    /// Restores the default docks and toolbars.
    void resetLayout();

    /// The action with @p objectName (e.g. "actionSave"), for tests and the command palette.
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCanvas();
    void createMenus();
    void updateSamplesMenu();
    void exportImage();
    void onModifiedChanged(bool modified);
    void updateTitle();
    void updateRecentFilesMenu();
    void newDocument();
    void openDialog();
    bool isPristine() const;
    bool maybeSave();
    bool saveTo(const QString &path);
    void showAbout();
    void showPreferences();
    void retranslate();
    void createPanels();
    void createGenerateControls();
    void createStatusWidgets();
    void updateBackendChoice();
    void updateServerStatus();
    void onGenerationRunning(bool running);
    void onGenerationSucceeded(qint64 jobId, const GenerationResult &result, const GraphData &graph,
                               const GenerationOptions &options, const QString &backendId);
    void onGenerationFailed(qint64 jobId, const QString &message, bool cancelled);
    void showGeneration(const QString &title, const GenerationResult &result,
                        const GraphData *graph, const GenerationOptions &options);
    void selectNodeOnCanvas(const QString &nodeId);
    void onCanvasSelectionChanged();
    void openFromBrowser(qint64 projectId, const QString &filePath, qint64 revisionId,
                         const QDateTime &serverVersion);
    void importDialog(bool folder);
    /// Opens an import as a new document; @p warningsShown: the preview listed them already.
    void loadImported(const io::ImportResult &result, bool warningsShown);

    void exportGraphDialog(GraphExportFormat format);
    void followFocus(QWidget *now);
    void message(QMessageBox::Icon icon, const QString &title, const QString &text);
    /// Shows @p data in this window when it is pristine, else in a new one, linked to the cached
    /// project @p projectId (0 = none).
    MainWindow *loadDocument(const GraphData &data, const QString &filePath, qint64 projectId = 0,
                             const QDateTime &serverVersion = {});
    /// The window showing the file @p path, if any.
    static MainWindow *windowForFile(const QString &path);
    /// Hands the session's project source to the browser and refreshes it when the server
    /// becomes reachable or unreachable.
    void followServerInBrowser();
    /// Links a saved document's generations to the local project of its file.
    void linkProjectOfFile();
    /// Enables Save to Server Project when the graph belongs to a project of the signed-in
    /// server and no save is running.
    void updateServerSaveAction();

    std::shared_ptr<AppContext> m_context;
    std::shared_ptr<AppSettings> m_settings;
    GraphDocument *m_document;
    QUndoGroup *m_undoGroup;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    GraphEditor *m_editor = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_statusDocument = nullptr;
    QLabel *m_statusZoom = nullptr;
    std::unique_ptr<session::RecoveryStore> m_recovery;
    QString m_recoveryId;
    QTimer *m_autosaveTimer = nullptr;
    bool m_autosaveDirty = false;
    QByteArray m_defaultState;
    session::GenerationService *m_generation = nullptr;
    ArtifactViewer *m_viewer = nullptr;
    QDockWidget *m_artifactsDock = nullptr;
    JobPanelDock *m_jobPanel = nullptr;
    ProjectBrowserDock *m_browser = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QComboBox *m_backendChoice = nullptr;
    QComboBox *m_layoutChoice = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_statusServer = nullptr;
    MessageSink m_messageSink;
    bool m_linkingSelection = false;
    Question m_question;
    QDateTime m_serverVersion; ///< updatedAt of the server project when loaded or last saved
    bool m_savingToServer = false;
    QPointer<QObject> m_browserSource; ///< the project source the browser has
    int m_browserServerState = -1;
};

} // namespace kg::ui
