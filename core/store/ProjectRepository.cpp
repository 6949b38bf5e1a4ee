#include "store/ProjectRepository.h"

#include "store/StoreCodec.h"

#include <QSet>
#include <QSqlQuery>

namespace kg::store {

namespace {

const char *const ProjectColumns = "SELECT id, team_id, remote_id, name, description, graph_path, "
                                   "created_at, updated_at, deleted FROM projects ";

ProjectRecord projectFrom(const QSqlQuery &q)
{
    ProjectRecord p;
    p.id = q.value(0).toLongLong();
    p.teamId = q.value(1).toLongLong();
    p.remoteId = q.value(2).toString();
    p.name = q.value(3).toString();
    p.description = q.value(4).toString();
    p.graphPath = q.value(5).toString();
    p.createdAt = codec::fromColumn(q.value(6));
    p.updatedAt = codec::fromColumn(q.value(7));
    p.deleted = q.value(8).toBool();
    return p;
}

} // namespace

ProjectRepository::ProjectRepository(Database &database)
    : m_db(database)
{}

Result<QList<ProjectRecord>> ProjectRepository::select(const QString &where,
                                                       const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(ProjectColumns) + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = execQuery(m_db, q, tr("listing projects")); !s)
        return s.error();
    QList<ProjectRecord> list;
    while (q.next())
        list << projectFrom(q);
    return list;
}

Status ProjectRepository::touch(const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = execQuery(m_db, q, what); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(tr("No such project in the local cache."));
    m_db.notifyProjectsChanged();
    return {};
}

Result<ProjectRecord> ProjectRepository::createLocal(const QString &name, const QString &graphPath)
{
    if (name.trimmed().isEmpty())
        return Error(tr("A project needs a name."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO projects(team_id, remote_id, name, graph_path, "
                             "created_at, updated_at) VALUES(NULL, NULL, ?, ?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(codec::text(graphPath));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = execQuery(m_db, q, tr("creating a project")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.notifyProjectsChanged();
    return project(id);
}

Result<qint64> ProjectRepository::upsertRemote(qint64 teamId, const QString &remoteId,
                                               const QString &name, const QString &description)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO projects(team_id, remote_id, name, description, "
                             "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(team_id, remote_id) DO UPDATE SET name = excluded.name, "
                             "description = excluded.description, deleted = 0, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(teamId);
    q.addBindValue(remoteId);
    q.addBindValue(codec::text(name));
    q.addBindValue(codec::text(description));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = execQuery(m_db, q, tr("saving a project")); !s)
        return s.error();
    QSqlQuery id(tx.connection());
    id.prepare(QStringLiteral("SELECT id FROM projects WHERE team_id = ? AND remote_id = ?"));
    id.addBindValue(teamId);
    id.addBindValue(remoteId);
    if (Status s = execQuery(m_db, id, tr("saving a project")); !s)
        return s.error();
    if (!id.next())
        return Error(tr("The project %1 was not saved.").arg(remoteId));
    const qint64 projectId = id.value(0).toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_db.notifyProjectsChanged();
    return projectId;
}

Status ProjectRepository::syncTeamProjects(qint64 teamId, const QList<ProjectRecord> &listed)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSet<QString> seen;
    for (const ProjectRecord &p : listed) {
        const auto id = upsertRemote(teamId, p.remoteId, p.name, p.description);
        if (!id)
            return id.error();
        seen.insert(p.remoteId);
    }
    const auto cached = teamProjects(teamId);
    if (!cached)
        return cached.error();
    for (const ProjectRecord &p : *cached) {
        if (seen.contains(p.remoteId))
            continue;
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("UPDATE projects SET deleted = 1 WHERE id = ?"));
        q.addBindValue(p.id);
        if (Status s = execQuery(m_db, q, tr("updating projects")); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_db.notifyProjectsChanged();
    return {};
}

Status ProjectRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error(tr("A project needs a name."));
    return touch(QStringLiteral("UPDATE projects SET name = ?, updated_at = ? WHERE id = ?"),
                 {name.trimmed(), QDateTime::currentMSecsSinceEpoch(), id},
                 tr("renaming a project"));
}

Status ProjectRepository::setDeleted(qint64 id, bool deleted)
{
    return touch(QStringLiteral("UPDATE projects SET deleted = ?, updated_at = ? WHERE id = ?"),
                 {deleted ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), id},
                 tr("deleting a project"));
}

Status ProjectRepository::setGraphPath(qint64 id, const QString &path)
{
    return touch(QStringLiteral("UPDATE projects SET graph_path = ?, updated_at = ? WHERE id = ?"),
                 {codec::text(path), QDateTime::currentMSecsSinceEpoch(), id},
                 tr("saving a project"));
}

Status ProjectRepository::purge(qint64 id)
{
    return touch(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id},
                 tr("removing a project"));
}

Result<ProjectRecord> ProjectRepository::project(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(tr("No project with id %1 in the local cache.").arg(id));
    return list->first();
}

Result<QList<ProjectRecord>> ProjectRepository::localProjects() const
{
    return select(QStringLiteral("WHERE team_id IS NULL AND deleted = 0 "
                                 "ORDER BY name COLLATE NOCASE, id"),
                  {});
}

Result<QList<ProjectRecord>> ProjectRepository::teamProjects(qint64 teamId) const
{
    return select(QStringLiteral("WHERE team_id = ? AND deleted = 0 "
                                 "ORDER BY name COLLATE NOCASE, id"),
                  {teamId});
}

Result<QList<ProjectRecord>> ProjectRepository::findByNameOrId(const QString &name) const
{
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    return select(QStringLiteral("WHERE deleted = 0 AND (name = ? OR id = ?) ORDER BY id"),
                  {name, isNumber ? id : qint64(-1)});
}

Result<qint64> ProjectRepository::findRemote(qint64 serverId, const QString &remoteId) const
{
    const auto found = select(QStringLiteral("WHERE remote_id = ? AND team_id IN (SELECT id FROM "
                                             "teams WHERE server_id = ?) ORDER BY deleted, id"),
                              {remoteId, serverId});
    if (!found)
        return found.error();
    return found->isEmpty() ? qint64(0) : found->constFirst().id;
}

Result<qint64> ProjectRepository::localProjectForFile(const QString &graphPath, const QString &name)
{
    const auto found = select(QStringLiteral("WHERE team_id IS NULL AND graph_path = ? ORDER BY "
                                             "deleted, id"),
                              {graphPath});
    if (!found)
        return found.error();
    if (!found->isEmpty()) {
        const ProjectRecord &p = found->constFirst();
        if (p.deleted) {
            if (Status s = setDeleted(p.id, false); !s)
                return s.error();
        }
        return p.id;
    }
    const auto created = createLocal(name, graphPath);
    if (!created)
        return created.error();
    return created->id;
}

} // namespace kg::store
