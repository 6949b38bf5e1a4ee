#include "store/ServerRepository.h"

#include "store/StoreCodec.h"

#include <QSet>
#include <QSqlQuery>

namespace kg::store {

namespace {

ServerRecord serverFrom(const QSqlQuery &q)
{
    ServerRecord s;
    s.id = q.value(0).toLongLong();
    s.url = q.value(1).toString();
    s.name = q.value(2).toString();
    s.reachable = q.value(3).toBool();
    s.lastSeenAt = codec::fromColumn(q.value(4));
    return s;
}

TeamRecord teamFrom(const QSqlQuery &q)
{
    TeamRecord t;
    t.id = q.value(0).toLongLong();
    t.serverId = q.value(1).toLongLong();
    t.remoteId = q.value(2).toString();
    t.name = q.value(3).toString();
    return t;
}

} // namespace

ServerRepository::ServerRepository(Database &database)
    : m_db(database)
{}

Result<qint64> ServerRepository::upsertServer(const QString &url, const QString &name)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO servers(url, name) VALUES(?, ?) "
                             "ON CONFLICT(url) DO UPDATE SET name = excluded.name"));
    q.addBindValue(url);
    q.addBindValue(codec::text(name));
    if (Status s = execQuery(m_db, q, tr("saving a server")); !s)
        return s.error();
    QSqlQuery id(tx.connection());
    id.prepare(QStringLiteral("SELECT id FROM servers WHERE url = ?"));
    id.addBindValue(url);
    if (Status s = execQuery(m_db, id, tr("saving a server")); !s)
        return s.error();
    if (!id.next())
        return Error(tr("The server %1 was not saved.").arg(url));
    const qint64 serverId = id.value(0).toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_db.notifyProjectsChanged();
    return serverId;
}

Result<QList<ServerRecord>> ServerRepository::servers() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, url, name, reachable, last_seen_at FROM servers "
                             "ORDER BY name COLLATE NOCASE, id"));
    if (Status s = execQuery(m_db, q, tr("listing servers")); !s)
        return s.error();
    QList<ServerRecord> list;
    while (q.next())
        list << serverFrom(q);
    return list;
}

Result<ServerRecord> ServerRepository::server(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, url, name, reachable, last_seen_at FROM servers "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("reading a server")); !s)
        return s.error();
    if (!q.next())
        return Error(tr("No server with id %1 in the local cache.").arg(id));
    return serverFrom(q);
}

Status ServerRepository::setReachable(qint64 id, bool reachable)
{
    QSqlQuery q(m_db.connection());
    if (reachable) {
        q.prepare(
                QStringLiteral("UPDATE servers SET reachable = 1, last_seen_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    } else {
        q.prepare(QStringLiteral("UPDATE servers SET reachable = 0 WHERE id = ?"));
    }
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("saving a server's state")); !s)
        return s;
    m_db.notifyProjectsChanged();
    return {};
}

Status ServerRepository::removeServer(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM servers WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("removing a server")); !s)
        return s;
    m_db.notifyProjectsChanged();
    return {};
}

Result<qint64> ServerRepository::upsertTeam(qint64 serverId, const QString &remoteId,
                                            const QString &name)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery q(tx.connection());
    q.prepare(
            QStringLiteral("INSERT INTO teams(server_id, remote_id, name) VALUES(?, ?, ?) "
                           "ON CONFLICT(server_id, remote_id) DO UPDATE SET name = excluded.name"));
    q.addBindValue(serverId);
    q.addBindValue(remoteId);
    q.addBindValue(codec::text(name));
    if (Status s = execQuery(m_db, q, tr("saving a team")); !s)
        return s.error();
    const auto saved = findTeam(serverId, remoteId);
    if (!saved)
        return saved.error();
    if (*saved == 0)
        return Error(tr("The team %1 was not saved.").arg(remoteId));
    const qint64 teamId = *saved;
    if (Status s = tx.commit(); !s)
        return s.error();
    m_db.notifyProjectsChanged();
    return teamId;
}

Status ServerRepository::syncTeams(qint64 serverId, const QList<TeamRecord> &teams)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSet<QString> listed;
    for (const TeamRecord &t : teams) {
        const auto id = upsertTeam(serverId, t.remoteId, t.name);
        if (!id)
            return id.error();
        listed.insert(t.remoteId);
    }
    const auto existing = this->teams(serverId);
    if (!existing)
        return existing.error();
    for (const TeamRecord &t : *existing) {
        if (listed.contains(t.remoteId))
            continue;
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("DELETE FROM teams WHERE id = ?"));
        q.addBindValue(t.id);
        if (Status s = execQuery(m_db, q, tr("removing a team")); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<TeamRecord>> ServerRepository::teams(qint64 serverId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, server_id, remote_id, name FROM teams WHERE server_id = ? "
                             "ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(serverId);
    if (Status s = execQuery(m_db, q, tr("listing teams")); !s)
        return s.error();
    QList<TeamRecord> list;
    while (q.next())
        list << teamFrom(q);
    return list;
}

Result<TeamRecord> ServerRepository::team(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, server_id, remote_id, name FROM teams WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("reading a team")); !s)
        return s.error();
    if (!q.next())
        return Error(tr("No team with id %1 in the local cache.").arg(id));
    return teamFrom(q);
}

Result<qint64> ServerRepository::findTeam(qint64 serverId, const QString &remoteId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM teams WHERE server_id = ? AND remote_id = ?"));
    q.addBindValue(serverId);
    q.addBindValue(remoteId);
    if (Status s = execQuery(m_db, q, tr("reading a team")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace kg::store
