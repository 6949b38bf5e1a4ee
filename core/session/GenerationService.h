#pragma once

#include "codegen/ArtifactProblem.h"
#include "codegen/GenerationBackend.h"
#include "store/PendingRuns.h"
#include "store/Records.h"
#include "validate/ValidationIssue.h"

#include <QDateTime>
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

namespace kg::session {

class ServerConnection;

/// Runs generations for the window and for the command line alike: validates the graph first
/// (errors refuse the run), then runs the chosen backend (the local engine, or the Kubegram
/// server of the ServerConnection) through store::RecordedGeneration, so every run is a job in
/// the cache. A cache that cannot record a run never stops it: the run is queued beside the cache
/// (store::PendingRuns) and recorded at its next opening, and recordingDeferred() says so.
/// Asynchronous, one run at a time; the command line spins an event loop until it ends.
class GenerationService : public QObject
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

    /// One generation to run.
    struct Request
    {
        GraphData graph;
        Backend backend = Backend::Local;
        GenerationOptions options;
        /// A server run: the server project to generate into (the command line's --project);
        /// empty: the one of the graph's cached project, else the one the server made on an
        /// earlier run of this service, else a new one.
        QString serverProjectId;
        /// A server run: the name of a new server project; empty: the graph's name.
        QString projectName;
        /// False: generate although the graph has errors (invalid values fall back to their
        /// defaults, as the report says); the command line's --no-validate.
        bool validate = true;
    };

    /// @p database may be null: runs are then not recorded (see setCacheUnavailable()).
    /// @p session may be null (no server).
    GenerationService(std::shared_ptr<store::Database> database, ServerConnection *session,
                      QObject *parent = nullptr);
    ~GenerationService() override;

    /// The generation options from the preferences @p settings, with @p layout (empty: the
    /// preferred one).
    static GenerationOptions optionsFrom(const AppSettings &settings, const QString &layout);
    /// Validates the request's graph and, without errors, starts generating it.
    StartOutcome start(const Request &request);
    StartOutcome start(const GraphData &graph, Backend backend, const GenerationOptions &options);
    /// The job cache at @p cachePath could not be opened (@p why): runs are queued beside it to
    /// be recorded at its next opening.
    void setCacheUnavailable(const QString &cachePath, const Error &why);
    /// Files the runs of the graph saved as @p path under that file's local project (made when
    /// missing, named @p graphName or after the file), unless a project is set already.
    Status fileUnderLocalProject(const QString &path, const QString &graphName);
    /// Records that job @p jobId's files were exported to folder @p path.
    Status recordExport(qint64 jobId, const QString &path);
    /// The cached project (store id) the window's graph belongs to; 0 = none. Jobs are filed
    /// under it, and server runs of a server project generate into that project.
    void setProject(qint64 projectId);
    qint64 project() const { return m_projectId; }
    /// The server's id of cached project @p projectId when it lives on the connection's server;
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
    /// The server accepted the job: its id and the server project it generates into (may be
    /// empty).
    void jobSubmitted(const QString &remoteJobId, const QString &projectRemoteId);

private:
    StartOutcome startRun(const Request &request, qint64 revisionId, qint64 projectId);
    /// Keeps an unrecorded run in the queue beside the cache; the message says why.
    void queueUnrecorded(store::JobStatus status, const GenerationResult &result,
                         const QString &error);
    /// Files job @p jobId under the cached copy of the server project the server named.
    void fileUnderServerProject(qint64 jobId, const QString &projectRemoteId);
    GenerationBackend *backendFor(Backend backend, QString *why);
    void onSucceeded(const GenerationResult &result);
    void onFailed(const Error &error);
    void onRecordedFinished(qint64 jobId, store::JobStatus status, const Error &error);
    void finishRun();

    std::shared_ptr<store::Database> m_db;
    QString m_pendingPath; ///< where unrecorded runs are queued (the cache's path)
    QString m_graphFile;   ///< the .kgraph of the graph, for a queued run's project
    QString m_queuedFile;  ///< the queue file of the last run, when it was queued
    store::PendingRun m_queuedRun;
    Error m_cacheProblem; ///< why runs are not recorded now
    QDateTime m_startedAt;
    QPointer<ServerConnection> m_session;
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

} // namespace kg::session
