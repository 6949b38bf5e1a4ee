#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
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
class AppContext;
class DocumentSession;
class GenerationService;
class RecoveryStore;
struct RecoveryEntry;
} // namespace kg::session

namespace kg::ui {

class CanvasActions;
class DocumentActions;
class GenerationControls;
class JobPanelDock;
class ProjectBrowserDock;
class GraphEditor;
class GraphScene;
class GraphView;
class InspectorWidget;
class PaletteWidget;

/// One window per document: docks, actions, dialogs and wiring. The document and its flows
/// (load, save, save to server, autosave, recovery, generation) are the window's
/// session::DocumentSession; the File menu is DocumentActions and the Generate controls are
/// GenerationControls. The document is always there (a new window starts with an empty,
/// unmodified graph).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window sharing the application's settings, cache and server session.
    explicit MainWindow(std::shared_ptr<session::AppContext> context, QWidget *parent = nullptr);
    /// A window with settings only: no job cache, no server (editor-only use, tests).
    explicit MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a message to the user (a message box by default; tests record them instead).
    using MessageSink = std::function<void(QMessageBox::Icon icon, const QString &title,
                                           const QString &text)>;
    void setMessageSink(MessageSink sink) { m_messageSink = std::move(sink); }
    void message(QMessageBox::Icon icon, const QString &title, const QString &text);
    /// Asks the user a yes/no question; true = yes (a message box by default; tests answer).
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question question) { m_question = std::move(question); }
    bool ask(const QString &title, const QString &text) const { return m_question(title, text); }

    session::DocumentSession *session() const { return m_session; }
    GraphDocument *document() const { return m_document; }
    AppSettings &settings() const { return *m_settings; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    GraphEditor *editor() const { return m_editor; }
    PaletteWidget *paletteWidget() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    session::AppContext &context() const { return *m_context; }
    /// The document's generations (the session's GenerationService).
    session::GenerationService *generation() const;
    ArtifactViewer *artifactViewer() const { return m_viewer; }
    QDockWidget *artifactsDock() const { return m_artifactsDock; }
    /// The job panel; null when the local cache could not be opened.
    JobPanelDock *jobPanel() const { return m_jobPanel; }
    /// The project browser; null when the local cache could not be opened.
    ProjectBrowserDock *projectBrowser() const { return m_browser; }
    DocumentActions *documentActions() const { return m_documentActions; }
    GenerationControls *generationControls() const { return m_generationControls; }
    /// Opens the Kubegram server settings and applies the result.
    void showServerSettings();

    /// Adds a dock panel (object name set by the caller, for saveState()) and its toggle to
    /// View → Panels.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    /// The window for a new document: this one when it is pristine, else a new window.
    MainWindow *windowForNewDocument();
    /// The window showing the file @p path, if any.
    MainWindow *windowForFile(const QString &path) const;
    /// Selects node @p nodeId on the canvas and shows it.
    void selectNodeOnCanvas(const QString &nodeId);
    /// Restores the default docks and toolbars.
    void resetLayout() { restoreState(m_defaultState); }

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
    void createPanels();
    void createStatusWidgets();
    void updateTitle();
    void onCanvasSelectionChanged();
    void followFocus(QWidget *now);

    std::shared_ptr<session::AppContext> m_context;
    std::shared_ptr<AppSettings> m_settings;
    session::DocumentSession *m_session;
    GraphDocument *m_document;
    QUndoGroup *m_undoGroup;
    DocumentActions *m_documentActions = nullptr;
    GenerationControls *m_generationControls = nullptr;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    GraphEditor *m_editor = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_statusDocument = nullptr;
    QLabel *m_statusZoom = nullptr;
    QByteArray m_defaultState;
    ArtifactViewer *m_viewer = nullptr;
    QDockWidget *m_artifactsDock = nullptr;
    JobPanelDock *m_jobPanel = nullptr;
    ProjectBrowserDock *m_browser = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    MessageSink m_messageSink;
    Question m_question;
    bool m_linkingSelection = false;
};

} // namespace kg::ui
