#pragma once

#include "codegen/GenerationBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kg::store {

/// Where a job is in its life. Pending and Running are unfinished; the rest are terminal.
/// Interrupted marks a local job whose process died (crash, kill) before it finished.
enum class JobStatus { Pending, Running, Completed, Failed, Cancelled, Interrupted };

/// The stable name stored in the database and printed by the command line ("running", …).
QString jobStatusName(JobStatus status);
/// The status for a stored name, or nothing for an unknown one.
std::optional<JobStatus> jobStatusFromName(const QString &name);
/// Every status, in enum order: for filters and help texts.
QList<JobStatus> allJobStatuses();
/// True for statuses that end a job (nothing will change it any more, except a re-run).
bool isTerminal(JobStatus status);
/// The translated, user-visible name of a status.
QString jobStatusDisplayName(JobStatus status);

/// A Kubegram server the user has configured.
struct ServerRecord
{
    qint64 id = 0;
    QString url;
    QString name;
    bool reachable = true; ///< false once a request failed for lack of a connection
    QDateTime lastSeenAt;  ///< last successful contact; invalid when never
};

/// A team on a server, as last seen.
struct TeamRecord
{
    qint64 id = 0;
    qint64 serverId = 0;
    QString remoteId; ///< the server's id, kept as an opaque string
    QString name;
};

/// A project: local (teamId == 0, usually backed by a .kgraph file) or a server project
/// cached from its team's listing.
struct ProjectRecord
{
    qint64 id = 0;
    qint64 teamId = 0; ///< 0 for a local project
    QString remoteId;  ///< the server's id; empty for a local project
    QString name;
    QString description;
    QString graphPath; ///< local .kgraph file, if any
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false; ///< soft-deleted: hidden, restorable (undo)

    bool isLocal() const { return teamId == 0; }
};

/// One saved state of a project's graph: what a job was generated from, so it can be re-run
/// with exactly the same input.
struct GraphRevision
{
    qint64 id = 0;
    qint64 projectId = 0; ///< 0 when the job had no project
    QByteArray content;   ///< the graph as a .kgraph document
    QString contentHash;  ///< SHA-256 of content, hex
    QDateTime createdAt;
};

/// One generation, local or remote, as the cache keeps it.
struct JobRecord
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectName; ///< joined from the project; empty when none
    qint64 revisionId = 0;
    qint64 serverId = 0; ///< 0 for a local job
    QString backend;     ///< GenerationBackend::id(): "local" or "remote"
    QString remoteJobId; ///< the server's job id (UUID) for remote jobs
    JobStatus status = JobStatus::Pending;
    QString step;
    int progress = 0; ///< 0..100, or -1 when indeterminate
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while unfinished
    QDateTime updatedAt;
    QString error; ///< why it failed, was cancelled or interrupted
    GenerationOptions options;
    GenerationReport report;
    int fileCount = 0;
    QString exportedPath; ///< folder the artifacts were last exported to
    qint64 ownerPid = 0;  ///< process that runs a local job; used to detect crashes

    /// Milliseconds from start to finish, or to @p now while unfinished; -1 when not started.
    qint64 durationMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isLocal() const { return serverId == 0; }
};

/// An artifact as listed (without its content): what the job panel and `jobs show` display.
struct ArtifactEntry
{
    QString path;
    Artifact::Type type = Artifact::Type::File;
    QString language;
    qint64 size = 0;
    QString contentHash; ///< SHA-256 of the content, hex
    QString sourceNodeId;
    QString unsafeReason;
};

/// What is needed to resume watching a remote job after a restart.
struct UnfinishedRemoteJob
{
    qint64 jobId = 0;
    qint64 serverId = 0;
    QString serverUrl;
    QString remoteJobId;
    qint64 projectId = 0;
    QString projectRemoteId;
    QString teamRemoteId;
    QDateTime submittedAt;
    JobStatus lastStatus = JobStatus::Pending;
    QString lastStep;
};

/// Which jobs a listing returns, newest first.
struct JobFilter
{
    qint64 projectId = 0; ///< 0 = any project
    std::optional<JobStatus> status;
    bool unfinishedOnly = false; ///< only pending and running jobs
    qint64 afterId = 0;          ///< only jobs with a larger id (newer than a listing)
    qint64 beforeId = 0;         ///< only jobs with a smaller id (the next page of a listing)
    int limit = -1;              ///< -1 = all
    int offset = 0;
};

/// Content and storage sizes of the artifact cache: how much deduplication saves.
struct ArtifactStorageStats
{
    qint64 logicalBytes = 0; ///< sum of the sizes of every artifact of every job
    qint64 storedBytes = 0;  ///< sum of the sizes of the distinct contents actually stored
    qint64 artifactCount = 0;
    qint64 blobCount = 0;

    /// logical / stored; 1.0 when nothing is stored.
    double dedupRatio() const
    {
        return storedBytes > 0 ? double(logicalBytes) / double(storedBytes) : 1.0;
    }
};

} // namespace kg::store
