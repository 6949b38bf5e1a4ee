#include "store/JobRepository.h"

#include "store/ArtifactRepository.h"
#include "store/StoreCodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kg::store {

namespace {

// The columns of a listed job, in the order jobFrom() reads them.
const char *const ListColumns
        = "SELECT j.id, j.project_id, coalesce(p.name, ''), j.revision_id, j.server_id, j.backend, "
          "j.remote_job_id, j.status, j.step, j.progress, j.created_at, j.started_at, "
          "j.finished_at, "
          "j.updated_at, j.error, j.file_count, j.exported_path, j.owner_pid "
          "FROM jobs j LEFT JOIN projects p ON p.id = j.project_id ";

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.projectId = q.value(1).toLongLong();
    j.projectName = q.value(2).toString();
    j.revisionId = q.value(3).toLongLong();
    j.serverId = q.value(4).toLongLong();
    j.backend = q.value(5).toString();
    j.remoteJobId = q.value(6).toString();
    j.status = jobStatusFromName(q.value(7).toString()).value_or(JobStatus::Pending);
    j.step = q.value(8).toString();
    j.progress = q.value(9).toInt();
    j.createdAt = codec::fromColumn(q.value(10));
    j.startedAt = codec::fromColumn(q.value(11));
    j.finishedAt = codec::fromColumn(q.value(12));
    j.updatedAt = codec::fromColumn(q.value(13));
    j.error = q.value(14).toString();
    j.fileCount = q.value(15).toInt();
    j.exportedPath = q.value(16).toString();
    j.ownerPid = q.value(17).toLongLong();
    return j;
}

QString unfinished()
{
    return QStringLiteral("('pending', 'running')");
}

/// WHERE clause and bindings for a filter.
QString whereFor(const JobFilter &filter, QVariantList *binds)
{
    QStringList conditions;
    if (filter.projectId > 0) {
        conditions << QStringLiteral("j.project_id = ?");
        *binds << filter.projectId;
    }
    if (filter.status) {
        conditions << QStringLiteral("j.status = ?");
        *binds << jobStatusName(*filter.status);
    }
    if (filter.unfinishedOnly)
        conditions << QStringLiteral("j.status IN ") + unfinished();
    if (filter.afterId > 0) {
        conditions << QStringLiteral("j.id > ?");
        *binds << filter.afterId;
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("j.id < ?");
        *binds << filter.beforeId;
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

QString limitFor(const JobFilter &filter)
{
    if (filter.limit < 0 && filter.offset <= 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
}

} // namespace

JobRepository::JobRepository(Database &database)
    : m_db(database)
{}

Result<qint64> JobRepository::create(const JobRecord &job)
{
    if (job.backend.isEmpty())
        return Error(tr("A job needs a backend."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO jobs(project_id, revision_id, server_id, backend, remote_job_id, status, "
            "step, progress, created_at, started_at, updated_at, options, owner_pid) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(job.projectId > 0 ? QVariant(job.projectId) : QVariant());
    q.addBindValue(job.revisionId > 0 ? QVariant(job.revisionId) : QVariant());
    q.addBindValue(job.serverId > 0 ? QVariant(job.serverId) : QVariant());
    q.addBindValue(job.backend);
    q.addBindValue(codec::text(job.remoteJobId));
    q.addBindValue(jobStatusName(job.status));
    q.addBindValue(codec::text(job.step));
    q.addBindValue(job.progress);
    q.addBindValue(job.createdAt.isValid() ? job.createdAt.toMSecsSinceEpoch() : now);
    q.addBindValue(job.startedAt.isValid() ? job.startedAt.toMSecsSinceEpoch() : now);
    q.addBindValue(now);
    q.addBindValue(QString::fromUtf8(codec::optionsToJson(job.options)));
    q.addBindValue(QCoreApplication::applicationPid());
    if (Status s = execQuery(m_db, q, tr("creating a job")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.notifyJobsChanged({id});
    return id;
}

Status JobRepository::updateProgress(qint64 id, int percent, const QString &step)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET progress = ?, step = ?, updated_at = ? "
                             "WHERE id = ? AND status IN ")
              + unfinished());
    q.addBindValue(qBound(-1, percent, 100));
    q.addBindValue(codec::text(step));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("saving job progress")); !s)
        return s;
    m_db.notifyJobsChanged({id});
    return {};
}

Status JobRepository::setStatus(qint64 id, JobStatus status, const QString &error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET status = ?, error = ?, updated_at = ?, "
                             "finished_at = ? WHERE id = ? AND status <> 'completed'"));
    q.addBindValue(jobStatusName(status));
    q.addBindValue(codec::text(error));
    q.addBindValue(now);
    q.addBindValue(isTerminal(status) ? QVariant(now) : QVariant());
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("saving a job's status")); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        const auto existing = job(id);
        if (!existing)
            return existing.error();
    }
    m_db.notifyJobsChanged({id});
    return {};
}

Status JobRepository::setRemoteJobId(qint64 id, const QString &remoteJobId)
{
    return setColumn(id, QStringLiteral("remote_job_id"), codec::text(remoteJobId));
}

Status JobRepository::setProject(qint64 id, qint64 projectId)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QVariant project = projectId > 0 ? QVariant(projectId)
                                           : QVariant(QMetaType::fromType<qint64>());
    if (Status s = setColumn(id, QStringLiteral("project_id"), project); !s)
        return s;
    // The job's graph revision joins the project too, unless it belongs to one already.
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE graph_revisions SET project_id = ? WHERE project_id IS NULL "
                             "AND id = (SELECT revision_id FROM jobs WHERE id = ?)"));
    q.addBindValue(project);
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("saving a job")); !s)
        return s;
    return tx.commit();
}

Status JobRepository::setColumn(qint64 id, const QString &column, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("saving a job")); !s)
        return s;
    m_db.notifyJobsChanged({id});
    return {};
}

Status JobRepository::complete(qint64 id, const GenerationResult &result)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery check(tx.connection());
    check.prepare(QStringLiteral("SELECT status FROM jobs WHERE id = ?"));
    check.addBindValue(id);
    if (Status s = execQuery(m_db, check, tr("completing a job")); !s)
        return s;
    if (!check.next())
        return Error(tr("No job with id %1 in the local cache.").arg(id));
    if (check.value(0).toString() == jobStatusName(JobStatus::Completed))
        return Error(tr("Job %1 is already completed.").arg(id));
    check.finish();

    ArtifactRepository artifacts(m_db);
    if (Status s = artifacts.storeForJob(id, result.artifacts); !s)
        return s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET status = 'completed', progress = 100, error = '', "
                             "report = ?, file_count = ?, finished_at = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(codec::reportToJson(result.report)));
    q.addBindValue(int(result.artifacts.size()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("completing a job")); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_db.notifyJobsChanged({id});
    return {};
}

Status JobRepository::setExportedPath(qint64 id, const QString &path)
{
    return setColumn(id, QStringLiteral("exported_path"), codec::text(path));
}

Status JobRepository::remove(const QList<qint64> &ids)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (Status s = execQuery(m_db, q, tr("removing a job")); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_db.notifyJobsChanged(ids);
    return {};
}

Result<JobRecord> JobRepository::job(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(ListColumns) + QStringLiteral("WHERE j.id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("reading a job")); !s)
        return s.error();
    if (!q.next())
        return Error(tr("No job with id %1 in the local cache.").arg(id));
    JobRecord j = jobFrom(q);
    QSqlQuery extra(m_db.connection());
    extra.prepare(QStringLiteral("SELECT options, report FROM jobs WHERE id = ?"));
    extra.addBindValue(id);
    if (Status s = execQuery(m_db, extra, tr("reading a job")); !s)
        return s.error();
    if (extra.next()) {
        j.options = codec::optionsFromJson(extra.value(0).toString().toUtf8());
        j.report = codec::reportFromJson(extra.value(1).toString().toUtf8());
    }
    return j;
}

Result<QList<JobRecord>> JobRepository::list(const JobFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(ListColumns) + whereFor(filter, &binds)
              + QStringLiteral("ORDER BY j.id DESC") + limitFor(filter));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status s = execQuery(m_db, q, tr("listing jobs")); !s)
        return s.error();
    QList<JobRecord> list;
    while (q.next())
        list << jobFrom(q);
    return list;
}

Result<QVector<qint64>> JobRepository::ids(const JobFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT j.id FROM jobs j ") + whereFor(filter, &binds)
              + QStringLiteral("ORDER BY j.id DESC") + limitFor(filter));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status s = execQuery(m_db, q, tr("listing jobs")); !s)
        return s.error();
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<JobRecord>> JobRepository::jobsByIds(const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<JobRecord>();
    // Ids come as integers from our own listing: inlining them is safe and lets SQLite use the
    // primary key for the whole batch.
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(ListColumns) + QStringLiteral("WHERE j.id IN (")
                + parts.join(QLatin1Char(',')) + QLatin1Char(')')))
        return m_db.sqlError(tr("listing jobs"), q.lastError());
    QHash<qint64, JobRecord> byId;
    while (q.next()) {
        JobRecord j = jobFrom(q);
        byId.insert(j.id, j);
    }
    QList<JobRecord> list;
    list.reserve(byId.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            list << *it;
    }
    return list;
}

Result<qint64> JobRepository::count(const JobFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs j ") + whereFor(filter, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status s = execQuery(m_db, q, tr("counting jobs")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QHash<qint64, qint64>> JobRepository::countByProject(const QVector<qint64> &projectIds) const
{
    QHash<qint64, qint64> counts;
    if (projectIds.isEmpty())
        return counts;
    // Integer ids from our own listing, inlined as in jobsByIds().
    QStringList parts;
    parts.reserve(projectIds.size());
    for (qint64 id : projectIds)
        parts << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT project_id, count(*) FROM jobs WHERE project_id IN (")
                + parts.join(QLatin1Char(',')) + QStringLiteral(") GROUP BY project_id")))
        return m_db.sqlError(tr("counting jobs"), q.lastError());
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

Result<QList<UnfinishedRemoteJob>> JobRepository::unfinishedRemoteJobs() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
            QStringLiteral(
                    "SELECT j.id, j.server_id, s.url, j.remote_job_id, coalesce(j.project_id, 0), "
                    "coalesce(p.remote_id, ''), coalesce(t.remote_id, ''), j.created_at, j.status, "
                    "j.step FROM jobs j JOIN servers s ON s.id = j.server_id "
                    "LEFT JOIN projects p ON p.id = j.project_id "
                    "LEFT JOIN teams t ON t.id = p.team_id "
                    "WHERE j.remote_job_id <> '' AND j.status IN ")
            + unfinished() + QStringLiteral(" ORDER BY j.id"));
    if (Status s = execQuery(m_db, q, tr("listing unfinished jobs")); !s)
        return s.error();
    QList<UnfinishedRemoteJob> list;
    while (q.next()) {
        UnfinishedRemoteJob r;
        r.jobId = q.value(0).toLongLong();
        r.serverId = q.value(1).toLongLong();
        r.serverUrl = q.value(2).toString();
        r.remoteJobId = q.value(3).toString();
        r.projectId = q.value(4).toLongLong();
        r.projectRemoteId = q.value(5).toString();
        r.teamRemoteId = q.value(6).toString();
        r.submittedAt = codec::fromColumn(q.value(7));
        r.lastStatus = jobStatusFromName(q.value(8).toString()).value_or(JobStatus::Pending);
        r.lastStep = q.value(9).toString();
        list << r;
    }
    return list;
}

} // namespace kg::store
