#pragma once

#include "codegen/GenerationBackend.h"

#include <QObject>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QProgressBar;
class QStatusBar;
class QToolBar;
class QToolButton;

namespace kg::session {
class DocumentSession;
class GenerationService;
class ServerConnection;
} // namespace kg::session

namespace kg {
class ArtifactViewer;
}

namespace kg::ui {

class GraphScene;
class JobPanelDock;
class MainWindow;

/// The Generate controls of one window and what follows a run: the backend and layout choices
/// on the toolbar, progress and Cancel in the status bar, the refusal that names the nodes
/// with errors, and the generated files in the artifact viewer (also for a job opened from the
/// cache, re-run or cancelled from the job panel). The runs themselves are the document
/// session's GenerationService.
class GenerationControls : public QObject
{
    Q_OBJECT

public:
    GenerationControls(MainWindow *window, session::DocumentSession *session,
                       session::ServerConnection *server, ArtifactViewer *viewer,
                       QDockWidget *artifactsDock, GraphScene *scene);

    /// Puts the Generate button and the backend and layout choices on @p toolBar.
    void addToToolBar(QToolBar *toolBar);
    /// Puts progress and Cancel into @p statusBar.
    void addToStatusBar(QStatusBar *statusBar);
    /// Re-run, cancel and open requests of the job panel come here.
    void attachJobPanel(JobPanelDock *panel);

    QComboBox *backendChoice() const { return m_backendChoice; }
    QComboBox *layoutChoice() const { return m_layoutChoice; }

    /// Validates the graph and generates it on the chosen backend (the Generate action).
    /// Returns false when refused (validation errors, no backend) or not started.
    bool generate();
    /// Shows the artifacts and report of job @p jobId from the cache in the viewer.
    bool openJobArtifacts(qint64 jobId);

private:
    void updateBackendChoice();
    void onRunning(bool running);
    void showGeneration(const QString &title, const GenerationResult &result,
                        const GraphData *graph, const GenerationOptions &options);

    MainWindow *m_window;
    session::DocumentSession *m_session;
    session::GenerationService *m_generation;
    QPointer<session::ServerConnection> m_server;
    ArtifactViewer *m_viewer;
    QDockWidget *m_artifactsDock;
    GraphScene *m_scene;
    QPointer<JobPanelDock> m_jobPanel;
    QComboBox *m_backendChoice = nullptr;
    QComboBox *m_layoutChoice = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace kg::ui
