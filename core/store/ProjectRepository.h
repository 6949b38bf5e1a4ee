#pragma once

#include "store/Database.h"
#include "store/Records.h"

namespace kg::store {

/// Local projects and the server projects cached from each team's listing. Deleting is soft
/// (a flag) so the browser can undo it; purge() removes a row for good.
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::ProjectRepository)

public:
    explicit ProjectRepository(Database &database);

    /// Creates a local project, optionally backed by the .kgraph file at @p graphPath.
    Result<ProjectRecord> createLocal(const QString &name, const QString &graphPath = {});
    /// Adds or updates the cached copy of a server project. Returns its id.
    Result<qint64> upsertRemote(qint64 teamId, const QString &remoteId, const QString &name,
                                const QString &description = {});
    /// Makes the team's cached projects match the server's listing in one transaction: listed
    /// projects are added or updated (and undeleted), the others are marked deleted.
    Status syncTeamProjects(qint64 teamId, const QList<ProjectRecord> &listed);

    Status rename(qint64 id, const QString &name);
    /// Marks a project deleted (hidden) or restores it.
    Status setDeleted(qint64 id, bool deleted);
    Status setGraphPath(qint64 id, const QString &path);
    /// Removes the project and its graph revisions; its jobs stay, without a project.
    Status purge(qint64 id);

    Result<ProjectRecord> project(qint64 id) const;
    /// Local projects (not deleted), by name.
    Result<QList<ProjectRecord>> localProjects() const;
    /// A team's cached projects (not deleted), by name.
    Result<QList<ProjectRecord>> teamProjects(qint64 teamId) const;
    /// The cached project with the server id @p remoteId on server @p serverId (deleted ones too,
    /// so a cached project is found again), or 0.
    Result<qint64> findRemote(qint64 serverId, const QString &remoteId) const;
    /// The local project backed by the file @p graphPath, created (named @p name) when there is
    /// none; a deleted one is restored.
    Result<qint64> localProjectForFile(const QString &graphPath, const QString &name);
    /// Projects (not deleted) whose name is @p name, or whose id is @p name when it is a number.
    Result<QList<ProjectRecord>> findByNameOrId(const QString &name) const;

private:
    Result<QList<ProjectRecord>> select(const QString &where, const QVariantList &binds) const;
    Status touch(const QString &sql, const QVariantList &binds, const QString &what);

    Database &m_db;
};

} // namespace kg::store
