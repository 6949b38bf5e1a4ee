#include "store/Database.h"

#include "store/Migrations.h"
#include "store/PendingRuns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace kg::store {

namespace {

const char *const DriverName = "QSQLITE";
// Writers wait this long for another connection's transaction instead of failing at once. Set
// as a connect option, so it applies before the connection's first statement.
const char *const ConnectOptions = "QSQLITE_BUSY_TIMEOUT=15000";
// How long a step that SQLite refuses without calling the busy handler (switching the journal
// mode, a lock upgrade) is retried, with growing pauses, before it counts as failed.
constexpr int BusyRetryMs = 20000;
// How long open() waits for another process that is opening (creating, migrating) the cache.
constexpr int OpenLockWaitMs = 60000;

struct DatabaseStrings
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::Database)
};

bool processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // an earlier open in this very process: it is not running that job now
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // cannot tell: never declare a job interrupted that might still run
#endif
}

/// Runs a statement that needs no binding on @p db; the first row's first column, if any.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error(q.lastError().text());
    return q.next() ? q.value(0) : QVariant();
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without an extended code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

/// Runs @p sql on @p db until it does not fail with "busy" or @p budgetMs have passed, pausing
/// 5, 10, 20 … 200 ms between tries: for the steps where SQLite does not wait on its own.
Result<QVariant> scalarRetryingBusy(const QSqlDatabase &db, const QString &sql,
                                    int budgetMs = BusyRetryMs)
{
    QElapsedTimer clock;
    clock.start();
    for (int pause = 5;; pause = qMin(pause * 2, 200)) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return q.next() ? q.value(0) : QVariant();
        if (!isBusy(q.lastError()) || clock.elapsed() > budgetMs)
            return Error(q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                : q.lastError().databaseText());
        QThread::msleep(pause);
    }
}

QString fileError(const QString &what, const QString &path)
{
    return DatabaseStrings::tr("%1: %2").arg(what, QDir::toNativeSeparators(path));
}

} // namespace

QString Database::OpenReport::notice() const
{
    QStringList sentences;
    if (recordedPendingRuns > 0)
        sentences << DatabaseStrings::tr("%n earlier run(s) that could not be recorded at the "
                                         "time are now in the job list.",
                                         nullptr, recordedPendingRuns);
    if (!pendingRunProblems.isEmpty())
        sentences << DatabaseStrings::tr("%n earlier run(s) are still waiting to be recorded: %1",
                                         nullptr, int(pendingRunProblems.size()))
                             .arg(pendingRunProblems.join(QStringLiteral("; ")));
    if (!movedAsidePath.isEmpty())
        sentences << damageNotice();
    return sentences.join(QLatin1Char(' '));
}

QString Database::OpenReport::damageNotice() const
{
    return DatabaseStrings::tr("The local cache was damaged (%1). It was moved aside to %2 and a "
                               "fresh cache was created; projects and jobs on servers will be "
                               "fetched again.")
            .arg(damage, QDir::toNativeSeparators(movedAsidePath));
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("kg-store-")
                         + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("KUBEGRAM_DESKTOP_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("cache.sqlite"));
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(DriverName), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QLatin1String(ConnectOptions));
    if (!db.open())
        return db;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL + NORMAL: a commit survives a crash or a kill of the process; only a power cut may
    // lose the last transactions, never consistency.
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it != m_connections.cend())
        return QSqlDatabase::database(*it, false);
    const QString name = m_connectionPrefix + QLatin1Char('-')
                         + QString::number(quintptr(thread), 16);
    m_connections.insert(thread, name);
    lock.unlock();
    // The connection belongs to this thread: drop it when the thread ends.
    connect(
            thread, &QThread::finished, this, [this, thread] { removeConnectionFor(thread); },
            Qt::DirectConnection);
    return openConnection(name);
}

void Database::releaseThreadConnection() const
{
    removeConnectionFor(QThread::currentThread());
}

void Database::removeConnectionFor(QThread *thread) const
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(thread);
    lock.unlock();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Error Database::sqlError(const QString &what, const QSqlError &error) const
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return Error(DatabaseStrings::tr("Local cache: %1: %2").arg(what, detail), Location(m_path));
}

Status execQuery(const Database &database, QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return database.sqlError(what, query.lastError());
    return {};
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(DatabaseStrings::tr("integrity check"), q.lastError());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error(problems.join(QLatin1Char('\n')), Location(m_path));
    return {};
}

qint64 Database::dataVersion() const
{
    const auto v = scalar(connection(), QStringLiteral("PRAGMA data_version"));
    return v ? v->toLongLong() : -1;
}

void Database::notifyJobsChanged(const QList<qint64> &jobIds)
{
    Q_EMIT jobsChanged(jobIds);
}

void Database::notifyProjectsChanged()
{
    Q_EMIT projectsChanged();
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenReport *reportOut,
                                                 int targetVersion)
{
    OpenReport report;
    if (path.isEmpty())
        return Error(DatabaseStrings::tr("No path given for the local cache."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(fileError(DatabaseStrings::tr("Cannot create the folder of the local cache"),
                               info.absolutePath()));
    if (info.exists() && !info.isFile())
        return Error(fileError(DatabaseStrings::tr("The local cache is not a file"), path));

    // Processes that open the cache at the same time (several `generate` runs, the desktop and
    // the command line) take turns: creating the file, switching it to WAL and migrating happen
    // once, in one process, while the others wait. Without the lock a second process can see
    // the file half set up, and SQLite refuses a journal mode switch without waiting.
    QLockFile openLock(path + QStringLiteral(".lock"));
    if (!openLock.tryLock(OpenLockWaitMs)) {
        // Go on without it: every step below still retries on "busy", so this is only slower.
        qWarning("kg::store: %s is held by another process; opening the cache without it",
                 qPrintable(QDir::toNativeSeparators(path + QStringLiteral(".lock"))));
    }
    report.created = !info.exists() || info.size() == 0;

    std::shared_ptr<Database> database(new Database(path));

    // 1. Is the file intact? A damaged one is moved aside (never deleted) and replaced.
    if (!report.created) {
        QString damage;
        {
            QSqlDatabase db = database->connection();
            if (!db.isOpen())
                return database->sqlError(DatabaseStrings::tr("cannot open"), db.lastError());
            QSqlQuery q(db);
            QElapsedTimer clock;
            clock.start();
            bool checked = q.exec(QStringLiteral("PRAGMA quick_check"));
            for (int pause = 5; !checked && isBusy(q.lastError()) && clock.elapsed() < BusyRetryMs;
                 pause = qMin(pause * 2, 200)) {
                QThread::msleep(pause);
                checked = q.exec(QStringLiteral("PRAGMA quick_check"));
            }
            if (!checked) {
                const QSqlError error = q.lastError();
                // Busy means another process holds a lock; that is not damage.
                if (isBusy(error))
                    return database->sqlError(DatabaseStrings::tr("the file is locked"), error);
                damage = error.databaseText();
            } else {
                QStringList problems;
                while (q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
                damage = problems.mid(0, 3).join(QStringLiteral("; "));
            }
        }
        if (!damage.isEmpty()) {
            database->releaseThreadConnection();
            const QString stamp = QDateTime::currentDateTime().toString(
                    QStringLiteral("yyyyMMdd-HHmmss-zzz"));
            const QString aside = path + QStringLiteral(".damaged-") + stamp;
            if (!QFile::rename(path, aside))
                return Error(fileError(DatabaseStrings::tr("The local cache is damaged (%1) and "
                                                           "cannot be moved aside")
                                               .arg(damage),
                                       path));
            for (const char *suffix : {"-wal", "-shm"}) {
                const QString side = path + QLatin1String(suffix);
                if (QFile::exists(side) && !QFile::rename(side, aside + QLatin1String(suffix)))
                    QFile::remove(side);
            }
            report.movedAsidePath = aside;
            report.damage = damage;
            report.created = true;
        }
    }

    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return database->sqlError(DatabaseStrings::tr("cannot open"), db.lastError());

    // 2. Refuse a newer schema before writing anything at all.
    const auto found = scalarRetryingBusy(db, QStringLiteral("PRAGMA user_version"));
    if (!found)
        return Error(DatabaseStrings::tr("Local cache: cannot read the schema version: %1")
                             .arg(found.error().message),
                     Location(path));
    report.previousVersion = found->toInt();
    if (report.previousVersion > targetVersion) {
        return Error(DatabaseStrings::tr("The local cache %1 was written by a newer version of "
                                         "Kubegram Desktop (schema %2; this version understands "
                                         "up to %3). It was left unchanged: update the "
                                         "application, or point KUBEGRAM_DESKTOP_DB at "
                                         "another file.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(report.previousVersion)
                             .arg(targetVersion));
    }

    // 3. WAL: readers never block the writer, and a killed writer leaves no torn pages. The mode
    // is kept in the file: it is switched once, when the cache is created. SQLite answers
    // "busy" to the switch without waiting while another connection reads, hence the retries.
    const auto isWal = [](const Result<QVariant> &m) {
        return m && m->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    };
    auto mode = scalarRetryingBusy(db, QStringLiteral("PRAGMA journal_mode"));
    QElapsedTimer switching;
    switching.start();
    for (int pause = 5; mode && !isWal(mode); pause = qMin(pause * 2, 200)) {
        // The switch can also answer with the old mode instead of "busy": try again then too.
        mode = scalarRetryingBusy(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (isWal(mode) || !mode || switching.elapsed() > BusyRetryMs)
            break;
        QThread::msleep(pause);
    }
    if (!isWal(mode))
        return Error(DatabaseStrings::tr("Local cache: cannot switch to write-ahead logging: %1")
                             .arg(mode ? mode->toString() : mode.error().message),
                     Location(path));

    // 4. Migrations, one transaction each (the write lock only when one is due).
    for (const Migration &migration : migrations()) {
        if (migration.version > targetVersion)
            break;
        if (report.previousVersion >= migration.version)
            continue;
        Transaction tx(*database);
        if (!tx.status().ok())
            return tx.status().error();
        // Another process may have migrated while we waited for the write lock.
        const auto current = scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!current)
            return Error(current.error().message, Location(path));
        if (current->toInt() >= migration.version)
            continue;
        for (const QString &statement : migration.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return database->sqlError(DatabaseStrings::tr("migration to schema %1 failed")
                                                  .arg(migration.version),
                                          q.lastError());
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return database->sqlError(DatabaseStrings::tr("migration to schema %1 failed")
                                              .arg(migration.version),
                                      q.lastError());
        const Status committed = tx.commit();
        if (!committed)
            return committed.error();
    }
    database->m_version = scalar(db, QStringLiteral("PRAGMA user_version"))->toInt();
    report.version = database->m_version;

    // 5. Local jobs whose process is gone were interrupted, whatever their row says.
    if (database->m_version >= 2) {
        QSqlQuery running(db);
        // Local jobs, and remote ones the server never acknowledged (nothing to resume), die
        // with their process. Remote jobs with a server id go on and are resumed.
        running.prepare(QStringLiteral("SELECT id, owner_pid FROM jobs WHERE status IN "
                                       "('pending', 'running') AND (server_id IS NULL OR "
                                       "remote_job_id = '')"));
        if (!running.exec())
            return database->sqlError(DatabaseStrings::tr("listing unfinished jobs"),
                                      running.lastError());
        QList<qint64> stale;
        while (running.next()) {
            if (!processIsAlive(running.value(1).toLongLong()))
                stale << running.value(0).toLongLong();
        }
        running.finish();
        if (!stale.isEmpty()) {
            Transaction tx(*database);
            if (!tx.status().ok())
                return tx.status().error();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            int interrupted = 0;
            for (qint64 id : std::as_const(stale)) {
                QSqlQuery q(db);
                // Still unfinished? Its process may have completed it and exited between the
                // listing above and now: a finished job must keep its outcome.
                q.prepare(QStringLiteral("UPDATE jobs SET status = 'interrupted', finished_at = ?, "
                                         "updated_at = ?, error = ? WHERE id = ? AND status IN "
                                         "('pending', 'running')"));
                q.addBindValue(now);
                q.addBindValue(now);
                q.addBindValue(DatabaseStrings::tr("Interrupted: the application stopped before "
                                                   "the job finished."));
                q.addBindValue(id);
                const Status s = execQuery(*database, q,
                                           DatabaseStrings::tr("marking a job as "
                                                               "interrupted"));
                if (!s)
                    return s.error();
                interrupted += q.numRowsAffected() > 0 ? 1 : 0;
            }
            const Status committed = tx.commit();
            if (!committed)
                return committed.error();
            report.interruptedJobs = interrupted;
        }
    }

    // 6. Runs that could not be recorded when they ended (PendingRuns) are recorded now, still
    // under the open lock, so two processes never record the same one.
    const PendingRuns::ReplayReport pending = PendingRuns::replay(database);
    report.recordedPendingRuns = pending.recorded;
    report.pendingRunProblems = pending.problems;

    if (reportOut)
        *reportOut = report;
    return database;
}

namespace {

/// Open transactions per database on this thread: the outermost BEGINs, inner ones are savepoints.
QHash<const Database *, int> &transactionDepth()
{
    thread_local QHash<const Database *, int> depth;
    return depth;
}

} // namespace

Transaction::Transaction(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{
    if (!m_db.isOpen()) {
        m_status = database.sqlError(tr("cannot open"), m_db.lastError());
        return;
    }
    int &depth = transactionDepth()[&database];
    if (depth > 0)
        m_savepoint = QStringLiteral("kg_nested_%1").arg(depth);
    QSqlQuery q(m_db);
    const QString begin = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    // The busy timeout already waits for other writers; on top of it, a write lock SQLite
    // refuses without waiting (a WAL recovery in another process, say) is retried with pauses.
    bool begun = q.exec(begin);
    QElapsedTimer clock;
    clock.start();
    for (int pause = 5; !begun && isBusy(q.lastError()) && clock.elapsed() < BusyRetryMs;
         pause = qMin(pause * 2, 200)) {
        QThread::msleep(pause);
        begun = q.exec(begin);
    }
    if (!begun) {
        m_status = database.sqlError(tr("cannot start a transaction"), q.lastError());
        return;
    }
    ++depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --transactionDepth()[&m_database];
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(Error(tr("No transaction to commit."))) : m_status;
    QSqlQuery q(m_db);
    const QString end = m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE ") + m_savepoint;
    if (!q.exec(end)) {
        // The destructor rolls back.
        return m_database.sqlError(tr("cannot commit"), q.lastError());
    }
    m_open = false;
    --transactionDepth()[&m_database];
    return {};
}

} // namespace kg::store
