#pragma once

#include "codegen/GenerationBackend.h"
#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace kg::store {

class Database;

/// A run that happened but could not be written to the job cache when it ended (the cache was
/// locked for too long, the disk was full, the file was damaged or of a newer version): kept as
/// a file beside the cache and recorded the next time the cache is opened, so no run is lost.
struct PendingRun
{
    QString backend;   ///< GenerationBackend::id()
    QUrl serverOrigin; ///< remote runs: the server (its cache entry is made on replay)
    QString graphFile; ///< a local run of a .kgraph file: filed under its local project
    GraphData graph;
    GenerationOptions options;
    JobStatus status = JobStatus::Completed; ///< Completed, Failed or Cancelled
    QString error;                           ///< why it failed or was cancelled
    GenerationResult result;                 ///< a completed run's artifacts and report
    QString exportedTo;                      ///< where its files were written, if anywhere
    QDateTime startedAt;
    qint64 jobId = 0; ///< a job already created for the run: completed on replay if unfinished
};

/// The queue of runs waiting to be recorded: one JSON file per run in "<cache>.pending/".
/// add() writes atomically; replay() records each file (and removes it) in the open cache. A
/// file that cannot be read is renamed "*.unreadable" and kept, never deleted.
class PendingRuns
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::PendingRuns)

public:
    /// The queue folder of the cache at @p databasePath.
    static QString folderFor(const QString &databasePath);
    /// Queues @p run for the cache at @p databasePath; returns the file written.
    static Result<QString> add(const QString &databasePath, const PendingRun &run);

    struct ReplayReport
    {
        int recorded = 0;     ///< runs now in the cache
        QStringList problems; ///< files left in the queue, and why
    };
    /// Records every queued run in @p database (already open and migrated) and removes its
    /// file. A run that fails to record stays queued for the next time.
    static ReplayReport replay(const std::shared_ptr<Database> &database);

    /// Serialisation, for the queue files (and the tests).
    static QByteArray toJson(const PendingRun &run);
    static Result<PendingRun> fromJson(const QByteArray &json);
};

} // namespace kg::store
