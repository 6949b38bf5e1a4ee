#include "store/RevisionRepository.h"

#include "io/KGraphFormat.h"
#include "store/StoreCodec.h"

#include <QSqlQuery>

namespace kg::store {

RevisionRepository::RevisionRepository(Database &database)
    : m_db(database)
{}

Result<qint64> RevisionRepository::add(qint64 projectId, const GraphData &graph)
{
    const QByteArray content = io::KGraphFormat::write(graph);
    const QString hash = codec::contentHash(content);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (projectId > 0) {
        QSqlQuery last(tx.connection());
        last.prepare(QStringLiteral("SELECT id, content_hash FROM graph_revisions "
                                    "WHERE project_id = ? ORDER BY id DESC LIMIT 1"));
        last.addBindValue(projectId);
        if (Status s = execQuery(m_db, last, tr("reading graph revisions")); !s)
            return s.error();
        if (last.next() && last.value(1).toString() == hash)
            return last.value(0).toLongLong();
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO graph_revisions(project_id, content, content_hash, "
                             "created_at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(projectId > 0 ? QVariant(projectId) : QVariant());
    q.addBindValue(content);
    q.addBindValue(hash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Status s = execQuery(m_db, q, tr("saving a graph revision")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<GraphRevision> RevisionRepository::revision(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, project_id, content, content_hash, created_at "
                             "FROM graph_revisions WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(m_db, q, tr("reading a graph revision")); !s)
        return s.error();
    if (!q.next())
        return Error(tr("No graph revision %1 in the local cache.").arg(id));
    GraphRevision r;
    r.id = q.value(0).toLongLong();
    r.projectId = q.value(1).toLongLong();
    r.content = q.value(2).toByteArray();
    r.contentHash = q.value(3).toString();
    r.createdAt = codec::fromColumn(q.value(4));
    return r;
}

Result<GraphData> RevisionRepository::graph(qint64 id) const
{
    const auto r = revision(id);
    if (!r)
        return r.error();
    return io::KGraphFormat::read(r->content, tr("graph revision %1").arg(id));
}

Result<qint64> RevisionRepository::latest(qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(id) FROM graph_revisions WHERE project_id = ?"));
    q.addBindValue(projectId);
    if (Status s = execQuery(m_db, q, tr("reading graph revisions")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QHash<qint64, qint64>> RevisionRepository::latestByProject() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project_id, max(id) FROM graph_revisions "
                             "WHERE project_id IS NOT NULL GROUP BY project_id"));
    if (Status s = execQuery(m_db, q, tr("reading graph revisions")); !s)
        return s.error();
    QHash<qint64, qint64> latest;
    while (q.next())
        latest.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return latest;
}

} // namespace kg::store
