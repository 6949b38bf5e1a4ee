#include "store/ArtifactRepository.h"

#include "store/StoreCodec.h"

#include <QSqlQuery>

namespace kg::store {

ArtifactRepository::ArtifactRepository(Database &database)
    : m_db(database)
{}

Status ArtifactRepository::storeForJob(qint64 jobId, const ArtifactList &artifacts)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlDatabase db = tx.connection();
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM job_artifacts WHERE job_id = ?"));
    clear.addBindValue(jobId);
    if (Status s = execQuery(m_db, clear, tr("replacing artifacts")); !s)
        return s;

    // Prepared once, bound per artifact: the statement is compiled a single time.
    QSqlQuery blob(db);
    blob.prepare(
            QStringLiteral("INSERT OR IGNORE INTO blobs(hash, size, content) VALUES(?, ?, ?)"));
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO job_artifacts(job_id, position, path, type, language, "
                               "source_node_id, unsafe_reason, size, blob_hash) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Artifact &a : artifacts) {
        const QString hash = codec::contentHash(a.content);
        blob.bindValue(0, hash);
        blob.bindValue(1, qint64(a.content.size()));
        blob.bindValue(2, codec::blob(a.content));
        if (Status s = execQuery(m_db, blob, tr("storing artifact %1").arg(a.path)); !s)
            return s;
        row.bindValue(0, jobId);
        row.bindValue(1, position++);
        row.bindValue(2, codec::text(a.path));
        row.bindValue(3, int(a.type));
        row.bindValue(4, codec::text(a.language));
        row.bindValue(5, codec::text(a.sourceNodeId));
        row.bindValue(6, codec::text(a.unsafeReason));
        row.bindValue(7, qint64(a.content.size()));
        row.bindValue(8, hash);
        if (Status s = execQuery(m_db, row, tr("storing artifact %1").arg(a.path)); !s)
            return s;
    }
    return tx.commit();
}

namespace {

Artifact::Type typeFrom(const QVariant &v)
{
    const int t = v.toInt();
    if (t == int(Artifact::Type::Directory))
        return Artifact::Type::Directory;
    if (t == int(Artifact::Type::Metadata))
        return Artifact::Type::Metadata;
    return Artifact::Type::File;
}

} // namespace

Result<ArtifactList> ArtifactRepository::artifacts(qint64 jobId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.path, a.type, a.language, a.source_node_id, "
                             "a.unsafe_reason, b.content FROM job_artifacts a "
                             "JOIN blobs b ON b.hash = a.blob_hash "
                             "WHERE a.job_id = ? ORDER BY a.position"));
    q.addBindValue(jobId);
    if (Status s = execQuery(m_db, q, tr("reading artifacts")); !s)
        return s.error();
    ArtifactList list;
    while (q.next()) {
        Artifact a;
        a.path = q.value(0).toString();
        a.type = typeFrom(q.value(1));
        a.language = q.value(2).toString();
        a.sourceNodeId = q.value(3).toString();
        a.unsafeReason = q.value(4).toString();
        a.content = q.value(5).toByteArray();
        list << a;
    }
    return list;
}

Result<QList<ArtifactEntry>> ArtifactRepository::entries(qint64 jobId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT path, type, language, size, blob_hash, source_node_id, "
                             "unsafe_reason FROM job_artifacts WHERE job_id = ? "
                             "ORDER BY position"));
    q.addBindValue(jobId);
    if (Status s = execQuery(m_db, q, tr("listing artifacts")); !s)
        return s.error();
    QList<ArtifactEntry> list;
    while (q.next()) {
        ArtifactEntry e;
        e.path = q.value(0).toString();
        e.type = typeFrom(q.value(1));
        e.language = q.value(2).toString();
        e.size = q.value(3).toLongLong();
        e.contentHash = q.value(4).toString();
        e.sourceNodeId = q.value(5).toString();
        e.unsafeReason = q.value(6).toString();
        list << e;
    }
    return list;
}

Result<ArtifactStorageStats> ArtifactRepository::stats() const
{
    ArtifactStorageStats stats;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(size), 0) FROM job_artifacts"));
    if (Status s = execQuery(m_db, q, tr("measuring artifacts")); !s)
        return s.error();
    if (q.next()) {
        stats.artifactCount = q.value(0).toLongLong();
        stats.logicalBytes = q.value(1).toLongLong();
    }
    QSqlQuery b(m_db.connection());
    b.prepare(QStringLiteral("SELECT count(*), coalesce(sum(size), 0) FROM blobs"));
    if (Status s = execQuery(m_db, b, tr("measuring artifacts")); !s)
        return s.error();
    if (b.next()) {
        stats.blobCount = b.value(0).toLongLong();
        stats.storedBytes = b.value(1).toLongLong();
    }
    return stats;
}

Result<int> ArtifactRepository::collectGarbage()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM blobs WHERE NOT EXISTS "
                             "(SELECT 1 FROM job_artifacts a WHERE a.blob_hash = blobs.hash)"));
    if (Status s = execQuery(m_db, q, tr("removing unused artifact contents")); !s)
        return s.error();
    return q.numRowsAffected();
}

} // namespace kg::store
