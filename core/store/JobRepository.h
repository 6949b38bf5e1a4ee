#pragma once

#include "codegen/GenerationBackend.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QHash>
#include <QVector>

namespace kg::store {

/// Every generation, local or remote, with its request, progress, outcome, report and
/// artifacts. A job is completed together with its artifacts and report in one transaction,
/// so a crash, a kill or a disk error never leaves a "completed" job with half its files.
class JobRepository
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::JobRepository)

public:
    explicit JobRepository(Database &database);

    /// Inserts a job from @p job's request fields (project, revision, server, backend, remote
    /// job id, status, step, progress, options). The job records this process as its owner, so a
    /// later start can tell that a crash interrupted it. Returns the new id.
    Result<qint64> create(const JobRecord &job);
    /// Records progress of an unfinished job; ignored (not an error) once it has finished.
    Status updateProgress(qint64 id, int percent, const QString &step);
    /// Sets the status; a terminal status also sets finishedAt and @p error. A job that already
    /// completed keeps its status (its artifacts are final).
    Status setStatus(qint64 id, JobStatus status, const QString &error = {});
    /// Stores the server's id of a remote job once the server accepted it.
    Status setRemoteJobId(qint64 id, const QString &remoteJobId);
    /// Files the job under a project (0 = none), e.g. once the server named the project it made;
    /// its graph revision joins the project too unless it belongs to one already.
    Status setProject(qint64 id, qint64 projectId);
    /// Finishes a job with its artifacts and report: one transaction, all or nothing.
    Status complete(qint64 id, const GenerationResult &result);
    /// Remembers where the job's artifacts were exported ("reveal folder").
    Status setExportedPath(qint64 id, const QString &path);
    /// Removes jobs with their artifact rows (contents stay until garbage collection).
    Status remove(const QList<qint64> &ids);

    /// One job with its request and report.
    Result<JobRecord> job(qint64 id) const;
    /// Jobs matching @p filter, newest first, without options and report.
    Result<QList<JobRecord>> list(const JobFilter &filter = {}) const;
    /// Just the ids of matching jobs, newest first: cheap enough for 100,000 rows, so views
    /// load the ids at once and fetch rows lazily.
    Result<QVector<qint64>> ids(const JobFilter &filter = {}) const;
    /// The listed jobs (as list() returns them) for @p ids, in the order of @p ids; ids that no
    /// longer exist are skipped.
    Result<QList<JobRecord>> jobsByIds(const QVector<qint64> &ids) const;
    /// Number of matching jobs.
    Result<qint64> count(const JobFilter &filter = {}) const;
    /// Number of jobs of each of @p projectIds, in one query; projects without jobs are absent.
    Result<QHash<qint64, qint64>> countByProject(const QVector<qint64> &projectIds) const;
    /// Remote jobs not yet finished, with what a watcher needs to resume them after a restart.
    Result<QList<UnfinishedRemoteJob>> unfinishedRemoteJobs() const;

private:
    /// Sets one text column of job @p id (a fixed column name, never user input).
    Status setColumn(qint64 id, const QString &column, const QVariant &value);

    Database &m_db;
};

} // namespace kg::store
