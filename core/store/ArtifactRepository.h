#pragma once

#include "codegen/Artifact.h"
#include "store/Database.h"
#include "store/Records.h"

namespace kg::store {

/// The artifacts of every job. Contents are stored once per distinct SHA-256 (regenerating an
/// unchanged graph costs almost nothing) and shared by every job that produced them.
class ArtifactRepository
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::ArtifactRepository)

public:
    explicit ArtifactRepository(Database &database);

    /// Replaces the artifacts of @p jobId with @p artifacts, in order. Joins the caller's
    /// transaction when there is one (JobRepository::complete does), so a job and its files
    /// are committed together.
    Status storeForJob(qint64 jobId, const ArtifactList &artifacts);
    /// The artifacts of a job with their contents, in the order they were stored.
    Result<ArtifactList> artifacts(qint64 jobId) const;
    /// The artifacts of a job without contents (path, type, language, size, hash).
    Result<QList<ArtifactEntry>> entries(qint64 jobId) const;
    /// How much the deduplication saves.
    Result<ArtifactStorageStats> stats() const;
    /// Deletes contents no job refers to any more (after jobs were removed). Returns how many.
    Result<int> collectGarbage();

private:
    Database &m_db;
};

} // namespace kg::store
