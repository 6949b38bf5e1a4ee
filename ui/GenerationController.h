#pragma once

#include "codegen/ArtifactProblem.h"
#include "codegen/GenerationBackend.h"
#include "store/Records.h"
#include "validate/ValidationIssue.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace kg {
class AppSettings;
class LocalEngine;
class RemoteBackend;
namespace remote {
class JobWatcher;
}
namespace store {
class Database;
class RecordedGeneration;
} // namespace store
} // namespace kg

namespace kg::ui {

class ServerSession;

/// Runs one window's generations: validates the graph first (errors refuse the run), then runs
/// the chosen backend (the local engine, or the Kubegram server of the session) through
/// RecordedGeneration, so every run is a job in the cache. One run at a time.
class GenerationController : public QObject
{
    Q_OBJECT

public:
    /// Which backend runs a generation.
    enum class Backend { Local, Remote };

    /// What start() did.
    struct StartOutcome
    {
        qint64 jobId = 0;              ///< the recorded job (0 when not recorded or not started)
        bool started = false;          ///< the backend is running
        QList<ValidationIssue> issues; ///< the graph's validation findings (errors refuse)
        QString error;                 ///< why it did not start, when not for validation
    };

    /// @p database may be null: runs are then not recorded. @p session may be null (no server).
    GenerationController(AppSettings &settings, std::shared_ptr<store::Database> database,
                         ServerSession *session, QObject *parent = nullptr);
    ~GenerationController() override;

    /// The generation options from the preferences, with @p layout.
    GenerationOptions optionsFor(const QString &layout) const;
    /// Validates @p graph and, without errors, starts generating it on @p backend.
    StartOutcome start(const GraphData &graph, Backend backend, const GenerationOptions &options);
    /// The cached project (store id) the window's graph belongs to; 0 = none. Jobs are filed
    /// under it, and server runs of a server project generate into that project.
    void setProject(qint64 projectId);
    qint64 project() const { return m_projectId; }
    /// The server's id of cached project @p projectId when it lives on the session's server;
    /// empty otherwise.
    QString serverProjectId(qint64 projectId) const;
    /// Runs an earlier job again with its saved graph revision and options.
    StartOutcome rerun(qint64 jobId);
    /// Asks the running generation to stop.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The job of the current or last run (0 when not recorded).
    qint64 jobId() const { return m_jobId; }
    /// True when a server generation is possible now.
    bool remoteAvailable() const;

    /// YAML syntax and schema problems of generated manifests, for the viewer.
    static ArtifactProblemList manifestProblems(const ArtifactList &artifacts);

    /// Tests: configures each server run's job watcher (e.g. polling only).
    void setWatcherSetup(std::function<void(remote::JobWatcher *)> setup);

Q_SIGNALS:
    void runningChanged(bool running);
    /// @p percent in 0..100 or -1 when indeterminate.
    void progress(int percent, const QString &step);
    /// The run ended with @p result (already stored with job @p jobId when recorded).
    void succeeded(qint64 jobId, const kg::GenerationResult &result, const kg::GraphData &graph,
                   const kg::GenerationOptions &options, const QString &backendId);
    /// The run failed or was cancelled (@p cancelled).
    void failed(qint64 jobId, const kg::Error &error, bool cancelled);
    /// The job cache could not record the run now; it was queued to be recorded at the next
    /// start. @p message is the sentence for the user.
    void recordingDeferred(const QString &message);

private:
    StartOutcome startRun(const GraphData &graph, Backend backend, const GenerationOptions &options,
                          qint64 revisionId, qint64 projectId);
    /// Files job @p jobId under the cached copy of the server project the server named.
    void fileUnderServerProject(qint64 jobId, const QString &projectRemoteId);
    GenerationBackend *backendFor(Backend backend, QString *why);
    void onSucceeded(const GenerationResult &result);
    void onFailed(const Error &error);
    void onRecordedFinished(qint64 jobId, store::JobStatus status, const Error &error);
    void finishRun();

    AppSettings &m_settings;
    std::shared_ptr<store::Database> m_db;
    QPointer<ServerSession> m_session;
    LocalEngine *m_local;
    QPointer<RemoteBackend> m_remote;
    QPointer<QObject> m_remoteClient; ///< the client m_remote was made for
    std::function<void(remote::JobWatcher *)> m_watcherSetup;
    QPointer<GenerationBackend> m_backend;
    QPointer<store::RecordedGeneration> m_recorded;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_jobId = 0;
    qint64 m_projectId = 0;
    GraphData m_graph;
    GenerationOptions m_options;
    std::optional<GenerationResult> m_result;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kg::ui
