#pragma once

#include "store/Database.h"
#include "store/Records.h"

namespace kg::store {

/// The configured Kubegram servers and their teams as last seen, so the browser can show them
/// (with an offline badge) when a server is unreachable.
class ServerRepository
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::ServerRepository)

public:
    explicit ServerRepository(Database &database);

    /// Adds the server at @p url, or renames it when it is already known. Returns its id.
    Result<qint64> upsertServer(const QString &url, const QString &name);
    Result<QList<ServerRecord>> servers() const;
    Result<ServerRecord> server(qint64 id) const;
    /// Records whether the server answered; a success also sets lastSeenAt.
    Status setReachable(qint64 id, bool reachable);
    /// Forgets a server with its teams and projects; its jobs stay (without a server).
    Status removeServer(qint64 id);

    /// Adds or renames one team. Returns its id.
    Result<qint64> upsertTeam(qint64 serverId, const QString &remoteId, const QString &name);
    /// Replaces the server's teams with @p teams (by remoteId) in one transaction; teams no
    /// longer listed are removed with their cached projects.
    Status syncTeams(qint64 serverId, const QList<TeamRecord> &teams);
    Result<QList<TeamRecord>> teams(qint64 serverId) const;
    Result<TeamRecord> team(qint64 id) const;
    /// The cached team with the server id @p remoteId on server @p serverId, or 0.
    Result<qint64> findTeam(qint64 serverId, const QString &remoteId) const;

private:
    Database &m_db;
};

} // namespace kg::store
