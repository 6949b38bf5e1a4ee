#pragma once

#include "codegen/GenerationBackend.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

namespace kg::store {

/// What starts a job: the graph (saved as a revision), the options, and where it runs.
struct JobStart
{
    qint64 projectId = 0;  ///< 0 = no project (e.g. `generate file.kgraph` on the CLI)
    qint64 serverId = 0;   ///< 0 = local
    QString backend;       ///< GenerationBackend::id()
    GraphData graph;       ///< ignored when revisionId is set
    qint64 revisionId = 0; ///< re-run: generate this saved revision again
    GenerationOptions options;
    QDateTime startedAt; ///< when the run started; invalid = now (a queued run keeps its time)
};

/// Records generations as jobs in the cache, for the GUI and the command line alike, around
/// any GenerationBackend: begin() creates the job (status running, with the request), then
/// progress(), then exactly one of complete() (artifacts + report in one transaction), fail()
/// or cancel(). Synchronous; call it from the thread that owns the job.
class JobRecorder
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::JobRecorder)

public:
    explicit JobRecorder(std::shared_ptr<Database> database);

    /// Saves the graph revision (or reuses start.revisionId) and creates the running job, in one
    /// transaction. Returns the job id.
    Result<qint64> begin(const JobStart &start);
    /// The request of an earlier job, to re-run it explicitly with the same graph revision,
    /// options, project, server and backend. The graph is loaded from the revision.
    Result<JobStart> rerunRequest(qint64 jobId) const;
    Status progress(qint64 jobId, int percent, const QString &step);
    /// A remote job was accepted by the server under @p remoteJobId (needed to resume it).
    Status attachRemoteJob(qint64 jobId, const QString &remoteJobId);
    /// Files remote job @p jobId under the cached copy of the server project it generated into
    /// (its team and project are added to the cache when missing, named @p teamName and
    /// @p projectName). Nothing happens when the job already has a project or is local.
    Status fileUnderServerProject(qint64 jobId, const QString &teamRemoteId,
                                  const QString &teamName, const QString &projectRemoteId,
                                  const QString &projectName);
    /// A remote job's status as a watcher saw it (pending / running, or a terminal one).
    Status updateRemoteStatus(qint64 jobId, JobStatus status, const QString &step,
                              const QString &error = {});
    Status complete(qint64 jobId, const GenerationResult &result);
    Status fail(qint64 jobId, const Error &error);
    Status cancel(qint64 jobId, const QString &reason = {});

    Database &database() const { return *m_db; }

private:
    std::shared_ptr<Database> m_db;
};

/// One generation run on a backend, recorded as a job: connects the backend's signals to a
/// JobRecorder. Progress writes are throttled (a step change, or at most a few per second) so a
/// chatty backend does not hammer the database; the outcome is always written.
class RecordedGeneration : public QObject
{
    Q_OBJECT

public:
    RecordedGeneration(std::shared_ptr<Database> database, GenerationBackend *backend,
                       QObject *parent = nullptr);

    /// Records the job and starts the backend on its graph. Fails (without starting) when the
    /// job cannot be recorded, or when the backend is busy.
    Result<qint64> start(JobStart start);
    /// Asks the backend to stop; the job ends as cancelled.
    void cancel();
    /// The job being recorded; 0 before start().
    qint64 jobId() const { return m_jobId; }
    JobRecorder &recorder() { return m_recorder; }

Q_SIGNALS:
    /// The job ended; @p error is set unless it completed. When the outcome could not be
    /// written, the run is queued (PendingRuns) to be recorded at the next open: status is the
    /// run's own and recordingDeferred() says why; only if queueing fails too is the status
    /// Failed with the database error.
    void finished(qint64 jobId, kg::store::JobStatus status, const kg::Error &error);
    /// The cache could not record the outcome now; @p message tells the user it was kept and
    /// will be recorded later. Emitted before finished().
    void recordingDeferred(const QString &message);

private:
    void onProgress(int percent, const QString &step);
    void onSucceeded(const GenerationResult &result);
    void onFailed(const Error &error);

    /// Queues the run when its outcome cannot be written; true when it was queued.
    bool defer(JobStatus status, const GenerationResult &result, const QString &error,
               const Error &why);

    JobRecorder m_recorder;
    JobStart m_start;
    QDateTime m_startedAt;
    QPointer<GenerationBackend> m_backend;
    qint64 m_jobId = 0;
    bool m_cancelRequested = false;
    bool m_done = false;
    QString m_lastStep;
    QElapsedTimer m_sinceLastWrite;
};

} // namespace kg::store

Q_DECLARE_METATYPE(kg::store::JobStatus)
