#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

namespace kg::store {

/// The schema version this build creates and the newest it can open.
constexpr int SchemaVersion = 2;

/// The local cache: one SQLite file (WAL mode) holding servers, teams, projects, graph revisions,
/// jobs and artifacts, so everything seen stays available offline and after a crash.
///
/// Opening checks the file (PRAGMA quick_check; a damaged file is moved aside and a fresh one
/// created), refuses a database written by a newer version without touching it, and applies
/// the numbered migrations, each in its own transaction. SQLite connections must not cross
/// threads, so connection() hands every thread its own. One process opens a database once and
/// shares the object (std::shared_ptr) between its threads.
class Database : public QObject
{
    Q_OBJECT

public:
    /// What open() found and did, so the caller can tell the user.
    struct OpenReport
    {
        bool created = false;        ///< the file did not exist or was empty
        int previousVersion = 0;     ///< schema version found (0 for a new file)
        int version = 0;             ///< schema version now
        QString movedAsidePath;      ///< set when a damaged file was moved aside
        QString damage;              ///< what the integrity check reported
        int interruptedJobs = 0;     ///< local jobs left unfinished by a crash, now "interrupted"
        int recordedPendingRuns = 0; ///< queued runs (PendingRuns) recorded by this open
        QStringList pendingRunProblems; ///< queued runs still waiting, and why

        /// A sentence for the user when something noteworthy happened (recovery, runs recorded
        /// late), else empty.
        QString notice() const;

    private:
        QString damageNotice() const;
    };

    ~Database() override;

    /// Opens (creating if needed) the database at @p path and migrates it to @p targetVersion
    /// (tests create older schemas this way). Fails for a newer schema, an unwritable location
    /// or a damaged file that cannot be moved aside.
    static Result<std::shared_ptr<Database>> open(const QString &path, OpenReport *report = nullptr,
                                                  int targetVersion = SchemaVersion);

    /// The database of the current user: $KUBEGRAM_DESKTOP_DB when set (tests, scripting), else
    /// cache.sqlite in QStandardPaths::AppDataLocation. The GUI and the command line share it.
    static QString defaultPath();

    QString path() const { return m_path; }
    /// The schema version of the open database.
    int schemaVersion() const { return m_version; }

    /// The connection for the calling thread, opened on first use with the cache's settings
    /// (foreign keys, busy timeout). Valid until the thread finishes or the database is destroyed.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection; a worker thread calls it when done.
    void releaseThreadConnection() const;

    /// Runs the full PRAGMA integrity_check; an error lists what is wrong.
    Status checkIntegrity() const;

    /// An Error for a failed statement: what was being done and what SQLite said.
    Error sqlError(const QString &what, const QSqlError &error) const;

    /// Tells listeners (models in this process) that jobs changed. Repositories call this after
    /// each committed write; other processes are noticed through dataVersion().
    void notifyJobsChanged(const QList<qint64> &jobIds);
    /// Tells listeners that projects, teams or servers changed.
    void notifyProjectsChanged();

    /// SQLite's data_version for the calling thread's connection: changes whenever another
    /// connection (thread or process) commits. Cheap; models poll it to notice outside writes.
    qint64 dataVersion() const;

Q_SIGNALS:
    /// Jobs were created or changed (status, progress, artifacts). Emitted from the writing
    /// thread; connect with a queued connection from other threads.
    void jobsChanged(const QList<qint64> &jobIds);
    void projectsChanged();

private:
    explicit Database(QString path);
    QSqlDatabase openConnection(const QString &name) const;
    void removeConnectionFor(QThread *thread) const;

    QString m_path;
    int m_version = 0;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QString> m_connections;
};

/// A write transaction (BEGIN IMMEDIATE, so concurrent writers wait on the busy timeout
/// instead of failing on lock upgrade). Rolls back unless commit() succeeded: an error or an
/// early return never leaves half a change. Transactions nest on one thread: an inner one is a
/// savepoint, so repository writes compose into one outer transaction.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::Transaction)

public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; nothing should be written otherwise.
    const Status &status() const { return m_status; }
    Status commit();
    QSqlDatabase connection() const { return m_db; }

private:
    const Database &m_database;
    QSqlDatabase m_db;
    Status m_status;
    QString m_savepoint; ///< set for a nested transaction
    bool m_open = false;
};

/// Runs a prepared @p query, turning a failure into an Error that says @p what was done.
Status execQuery(const Database &database, QSqlQuery &query, const QString &what);

} // namespace kg::store
