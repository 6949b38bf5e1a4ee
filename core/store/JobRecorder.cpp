#include "store/JobRecorder.h"

#include "store/JobRepository.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include <QDir>

namespace kg::store {

namespace {

// Progress is written at most this often unless the step changes.
constexpr qint64 ProgressWriteIntervalMs = 250;

} // namespace

JobRecorder::JobRecorder(std::shared_ptr<Database> database)
    : m_db(std::move(database))
{}

Result<qint64> JobRecorder::begin(const JobStart &start)
{
    if (start.backend.isEmpty())
        return Error(tr("A job needs a backend."));
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    qint64 revisionId = start.revisionId;
    if (revisionId <= 0) {
        const auto added = RevisionRepository(*m_db).add(start.projectId, start.graph);
        if (!added)
            return added.error();
        revisionId = *added;
    }
    JobRecord job;
    job.projectId = start.projectId;
    job.serverId = start.serverId;
    job.backend = start.backend;
    job.revisionId = revisionId;
    job.status = JobStatus::Running;
    job.options = start.options;
    job.createdAt = start.startedAt;
    job.startedAt = start.startedAt;
    const auto id = JobRepository(*m_db).create(job);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<JobStart> JobRecorder::rerunRequest(qint64 jobId) const
{
    const auto job = JobRepository(*m_db).job(jobId);
    if (!job)
        return job.error();
    if (job->revisionId <= 0)
        return Error(tr("Job %1 cannot be re-run: its graph was not kept.").arg(jobId));
    const auto graph = RevisionRepository(*m_db).graph(job->revisionId);
    if (!graph)
        return graph.error();
    JobStart start;
    start.projectId = job->projectId;
    start.serverId = job->serverId;
    start.backend = job->backend;
    start.graph = *graph;
    start.revisionId = job->revisionId;
    start.options = job->options;
    return start;
}

Status JobRecorder::progress(qint64 jobId, int percent, const QString &step)
{
    return JobRepository(*m_db).updateProgress(jobId, percent, step);
}

Status JobRecorder::attachRemoteJob(qint64 jobId, const QString &remoteJobId)
{
    return JobRepository(*m_db).setRemoteJobId(jobId, remoteJobId);
}

Status JobRecorder::fileUnderServerProject(qint64 jobId, const QString &teamRemoteId,
                                           const QString &teamName, const QString &projectRemoteId,
                                           const QString &projectName)
{
    JobRepository jobs(*m_db);
    const auto job = jobs.job(jobId);
    if (!job)
        return job.error();
    if (job->projectId != 0 || job->serverId == 0 || teamRemoteId.isEmpty()
        || projectRemoteId.isEmpty())
        return {};
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    ServerRepository servers(*m_db);
    ProjectRepository projects(*m_db);
    auto projectId = projects.findRemote(job->serverId, projectRemoteId);
    if (!projectId)
        return projectId.error();
    if (*projectId == 0) {
        // A known team keeps the name the server listed; a new one is named as given.
        const auto known = servers.findTeam(job->serverId, teamRemoteId);
        if (!known)
            return known.error();
        qint64 teamId = *known;
        if (teamId == 0) {
            const auto added = servers.upsertTeam(job->serverId, teamRemoteId,
                                                  teamName.isEmpty() ? teamRemoteId : teamName);
            if (!added)
                return added.error();
            teamId = *added;
        }
        projectId = projects.upsertRemote(teamId, projectRemoteId,
                                          projectName.isEmpty() ? projectRemoteId : projectName);
        if (!projectId)
            return projectId.error();
    }
    if (Status s = jobs.setProject(jobId, *projectId); !s)
        return s;
    return tx.commit();
}

Status JobRecorder::updateRemoteStatus(qint64 jobId, JobStatus status, const QString &step,
                                       const QString &error)
{
    JobRepository jobs(*m_db);
    if (isTerminal(status))
        return jobs.setStatus(jobId, status, error);
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = jobs.setStatus(jobId, status); !s)
        return s;
    if (Status s = jobs.updateProgress(jobId, -1, step); !s)
        return s;
    return tx.commit();
}

Status JobRecorder::complete(qint64 jobId, const GenerationResult &result)
{
    return JobRepository(*m_db).complete(jobId, result);
}

Status JobRecorder::fail(qint64 jobId, const Error &error)
{
    return JobRepository(*m_db).setStatus(jobId, JobStatus::Failed, error.toString());
}

Status JobRecorder::cancel(qint64 jobId, const QString &reason)
{
    return JobRepository(*m_db).setStatus(jobId, JobStatus::Cancelled,
                                          reason.isEmpty() ? tr("Cancelled.") : reason);
}

RecordedGeneration::RecordedGeneration(std::shared_ptr<Database> database,
                                       GenerationBackend *backend, QObject *parent)
    : QObject(parent)
    , m_recorder(std::move(database))
    , m_backend(backend)
{
    qRegisterMetaType<kg::store::JobStatus>();
    qRegisterMetaType<kg::Error>();
}

Result<qint64> RecordedGeneration::start(JobStart start)
{
    if (!m_backend)
        return Error(tr("No generation backend."));
    if (m_backend->isRunning() || (m_jobId != 0 && !m_done))
        return Error(tr("A generation is already running."));
    start.backend = m_backend->id();
    const auto id = m_recorder.begin(start);
    if (!id)
        return id.error();
    m_jobId = *id;
    m_start = start;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_done = false;
    m_cancelRequested = false;
    m_lastStep.clear();
    m_sinceLastWrite.start();
    connect(m_backend, &GenerationBackend::progress, this, &RecordedGeneration::onProgress,
            Qt::UniqueConnection);
    connect(m_backend, &GenerationBackend::succeeded, this, &RecordedGeneration::onSucceeded,
            Qt::UniqueConnection);
    connect(m_backend, &GenerationBackend::failed, this, &RecordedGeneration::onFailed,
            Qt::UniqueConnection);
    m_backend->start(start.graph, start.options);
    return id;
}

void RecordedGeneration::cancel()
{
    if (m_done || m_jobId == 0 || !m_backend)
        return;
    m_cancelRequested = true;
    m_backend->cancel();
}

void RecordedGeneration::onProgress(int percent, const QString &step)
{
    if (m_done)
        return;
    if (step == m_lastStep && m_sinceLastWrite.elapsed() < ProgressWriteIntervalMs)
        return;
    m_lastStep = step;
    m_sinceLastWrite.restart();
    m_recorder.progress(m_jobId, percent, step);
}

void RecordedGeneration::onSucceeded(const GenerationResult &result)
{
    if (m_done)
        return;
    m_done = true;
    const Status s = m_recorder.complete(m_jobId, result);
    if (!s) {
        if (defer(JobStatus::Completed, result, QString(), s.error())) {
            Q_EMIT finished(m_jobId, JobStatus::Completed, Error());
            return;
        }
        // The job must not look completed without its files: mark it failed with the reason.
        m_recorder.fail(m_jobId, s.error());
        Q_EMIT finished(m_jobId, JobStatus::Failed, s.error());
        return;
    }
    Q_EMIT finished(m_jobId, JobStatus::Completed, Error());
}

bool RecordedGeneration::defer(JobStatus status, const GenerationResult &result,
                               const QString &error, const Error &why)
{
    PendingRun run;
    run.backend = m_start.backend;
    run.graph = m_start.graph;
    run.options = m_start.options;
    run.status = status;
    run.error = error;
    run.result = result;
    run.startedAt = m_startedAt;
    run.jobId = m_jobId; // the job begun for it is completed on replay
    const auto file = PendingRuns::add(m_recorder.database().path(), run);
    if (!file)
        return false;
    Q_EMIT recordingDeferred(tr("The job cache could not record this run (%1). It was kept in "
                                "%2 and will be recorded the next time the application starts.")
                                     .arg(why.message, QDir::toNativeSeparators(*file)));
    return true;
}

void RecordedGeneration::onFailed(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    const JobStatus status = m_cancelRequested ? JobStatus::Cancelled : JobStatus::Failed;
    const Status s = status == JobStatus::Cancelled ? m_recorder.cancel(m_jobId, error.toString())
                                                    : m_recorder.fail(m_jobId, error);
    if (!s && defer(status, GenerationResult(), error.toString(), s.error())) {
        Q_EMIT finished(m_jobId, status, error);
        return;
    }
    Q_EMIT finished(m_jobId, status, s ? error : s.error());
}

} // namespace kg::store
