#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/Migrations.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace kg;
using namespace kg::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int userVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool hasColumn(const Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

GenerationResult resultWith(int files, const QByteArray &prefix = "content")
{
    GenerationResult r;
    for (int i = 0; i < files; ++i) {
        Artifact a;
        a.path = QStringLiteral("f%1.yaml").arg(i);
        a.language = QStringLiteral("yaml");
        a.content = prefix + QByteArray::number(i);
        r.artifacts << a;
    }
    return r;
}

} // namespace

class StoreDatabaseTest : public test::TempDirTest
{
protected:
    QString dbPath() const { return path(QStringLiteral("cache/cache.sqlite")); }
};

TEST_F(StoreDatabaseTest, CreatesAFreshDatabaseInWalModeAtTheCurrentVersion)
{
    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE(report.created);
    EXPECT_EQ(report.previousVersion, 0);
    EXPECT_EQ(report.version, SchemaVersion);
    EXPECT_EQ(migrations().last().version, SchemaVersion);
    EXPECT_TRUE(report.notice().isEmpty());
    EXPECT_EQ(userVersion(**db), SchemaVersion);
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE((*db)->checkIntegrity().ok());
}

TEST_F(StoreDatabaseTest, DefaultPathHonoursTheEnvironmentOverride)
{
    qputenv("KUBEGRAM_DESKTOP_DB", "/tmp/elsewhere.sqlite");
    EXPECT_EQ(Database::defaultPath(), QStringLiteral("/tmp/elsewhere.sqlite"));
    qunsetenv("KUBEGRAM_DESKTOP_DB");
    EXPECT_TRUE(Database::defaultPath().endsWith(QStringLiteral("/cache.sqlite")));
    EXPECT_TRUE(Database::defaultPath().contains(QStringLiteral("qttest")));
}

TEST_F(StoreDatabaseTest, EveryMigrationStepPreservesData)
{
    // Build a version-1 database, add data, then migrate step by step to the current version.
    {
        auto v1 = Database::open(dbPath(), nullptr, 1);
        ASSERT_TRUE(v1.ok());
        EXPECT_EQ((*v1)->schemaVersion(), 1);
        EXPECT_FALSE(hasColumn(**v1, QStringLiteral("jobs"), QStringLiteral("owner_pid")));
        QSqlQuery q((*v1)->connection());
        ASSERT_TRUE(
                q.exec(QStringLiteral("INSERT INTO jobs(backend, status, created_at, updated_at) "
                                      "VALUES('local', 'completed', 1, 1)")));
    }
    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(report.previousVersion, 1);
    EXPECT_EQ(report.version, 2);
    EXPECT_TRUE(hasColumn(**db, QStringLiteral("jobs"), QStringLiteral("owner_pid")));
    EXPECT_TRUE(hasColumn(**db, QStringLiteral("jobs"), QStringLiteral("exported_path")));
    EXPECT_EQ(JobRepository(**db).count().value(), 1);
}

TEST_F(StoreDatabaseTest, MigratesTheReleaseOneFixture)
{
    // tests/data/store/schema-v1.sqlite is what a release-1 user has on disk.
    const QString fixture = test::sourcePath(QStringLiteral("tests/data/store/schema-v1.sqlite"));
    ASSERT_TRUE(QFile::exists(fixture));
    const QString copy = path(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    Database::OpenReport report;
    auto db = Database::open(copy, &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(report.previousVersion, 1);
    EXPECT_EQ(report.version, SchemaVersion);
    EXPECT_TRUE((*db)->checkIntegrity().ok());

    JobRepository jobs(**db);
    const auto done = jobs.job(1);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->status, JobStatus::Completed);
    EXPECT_EQ(done->projectName, QStringLiteral("Shop"));
    EXPECT_EQ(done->fileCount, 2);
    ASSERT_EQ(done->report.items.size(), 1);
    EXPECT_EQ(done->report.items.first().message, QStringLiteral("replicas defaulted"));
    const auto files = ArtifactRepository(**db).artifacts(1);
    ASSERT_TRUE(files.ok());
    ASSERT_EQ(files->size(), 2);
    EXPECT_EQ(files->at(0).path, QStringLiteral("deployment.yaml"));
    EXPECT_EQ(files->at(1).content, QByteArray("a: b"));

    // The local job a release-1 crash left "running" has no owner: it was interrupted.
    EXPECT_EQ(jobs.job(2)->status, JobStatus::Interrupted);
    EXPECT_EQ(report.interruptedJobs, 1);
    // The remote one is still running on the server: it is listed for resuming.
    const auto unfinished = jobs.unfinishedRemoteJobs();
    ASSERT_TRUE(unfinished.ok());
    ASSERT_EQ(unfinished->size(), 1);
    EXPECT_EQ(unfinished->first().remoteJobId, QStringLiteral("uuid-3"));
    EXPECT_EQ(unfinished->first().serverUrl, QStringLiteral("https://kubegram.example"));
    EXPECT_EQ(unfinished->first().projectRemoteId, QStringLiteral("42"));
    EXPECT_EQ(unfinished->first().teamRemoteId, QStringLiteral("7"));
    EXPECT_EQ(unfinished->first().lastStep, QStringLiteral("llmCall"));
}

TEST_F(StoreDatabaseTest, AFailingMigrationLeavesThePreviousVersionIntact)
{
    {
        auto v1 = Database::open(dbPath(), nullptr, 1);
        ASSERT_TRUE(v1.ok());
        // Something in the way of migration 2's index: its transaction must roll back whole.
        QSqlQuery q((*v1)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE jobs_by_status(x)")));
    }
    auto db = Database::open(dbPath());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("schema 2")))
            << db.error().toString().toStdString();
    auto v1 = Database::open(dbPath(), nullptr, 1);
    ASSERT_TRUE(v1.ok());
    EXPECT_EQ(userVersion(**v1), 1);
    EXPECT_FALSE(hasColumn(**v1, QStringLiteral("jobs"), QStringLiteral("owner_pid")));
}

TEST_F(StoreDatabaseTest, ANewerDatabaseIsRefusedAndLeftUntouched)
{
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(dbPath());
    ASSERT_FALSE(before.isEmpty());
    auto db = Database::open(dbPath());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version")));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("99")));
    EXPECT_EQ(fileHash(dbPath()), before);
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal")));
    EXPECT_TRUE(QDir(path(QStringLiteral("cache")))
                        .entryList({QStringLiteral("*damaged*")}, QDir::Files)
                        .isEmpty());
}

TEST_F(StoreDatabaseTest, DamagedPagesAreDetectedMovedAsideAndReplaced)
{
    {
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok());
        JobRecorder recorder(*db);
        for (int i = 0; i < 60; ++i) {
            JobStart start;
            start.backend = QStringLiteral("local");
            const auto id = recorder.begin(start);
            ASSERT_TRUE(id.ok());
            ASSERT_TRUE(recorder.complete(*id, resultWith(20, QByteArray(300, char('a' + i % 26))))
                                .ok());
        }
    }
    ASSERT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal"))); // checkpointed on close
    {
        QFile f(dbPath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 16 * 4096);
        f.seek(4 * 4096);
        QByteArray garbage(8 * 4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        f.write(garbage);
    }
    const QByteArray damaged = fileHash(dbPath());
    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    ASSERT_FALSE(report.movedAsidePath.isEmpty());
    EXPECT_FALSE(report.notice().isEmpty());
    EXPECT_TRUE(report.notice().contains(report.movedAsidePath));
    EXPECT_EQ(fileHash(report.movedAsidePath), damaged); // kept for inspection, byte for byte
    EXPECT_TRUE((*db)->checkIntegrity().ok());
    EXPECT_EQ(JobRepository(**db).count().value(), 0);
    EXPECT_EQ((*db)->schemaVersion(), SchemaVersion);
}

TEST_F(StoreDatabaseTest, AFileThatIsNotADatabaseIsMovedAside)
{
    writeFile(QStringLiteral("cache/cache.sqlite"), QByteArray(10000, 'Z'));
    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_FALSE(report.movedAsidePath.isEmpty());
    EXPECT_TRUE(QFile::exists(report.movedAsidePath));
    EXPECT_EQ(QFile(report.movedAsidePath).size(), 10000);
    EXPECT_TRUE((*db)->checkIntegrity().ok());
}

TEST_F(StoreDatabaseTest, AnUnusableLocationIsAnErrorNotACrash)
{
    writeFile(QStringLiteral("blocker"), "a file where a folder should be");
    auto db = Database::open(path(QStringLiteral("blocker/cache.sqlite")));
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(db.error().message.isEmpty());
    QDir().mkpath(path(QStringLiteral("folder.sqlite")));
    EXPECT_FALSE(Database::open(path(QStringLiteral("folder.sqlite"))).ok());
    EXPECT_FALSE(Database::open(QString()).ok());
}

TEST_F(StoreDatabaseTest, NestedTransactionsRollBackTogether)
{
    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    ProjectRepository projects(**db);
    {
        Transaction outer(**db);
        ASSERT_TRUE(outer.status().ok());
        ASSERT_TRUE(projects.createLocal(QStringLiteral("A")).ok());
        {
            Transaction inner(**db);
            ASSERT_TRUE(inner.status().ok());
            ASSERT_TRUE(projects.createLocal(QStringLiteral("B")).ok());
            // inner not committed: rolled back to its savepoint
        }
        ASSERT_EQ(projects.localProjects()->size(), 1);
        EXPECT_EQ(projects.localProjects()->first().name, QStringLiteral("A"));
        {
            Transaction inner(**db);
            ASSERT_TRUE(projects.createLocal(QStringLiteral("C")).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_EQ(projects.localProjects()->size(), 2);
        // the outer one is not committed: everything goes
    }
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM projects")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(StoreDatabaseTest, ConcurrentReaderSeesOnlyWholeJobsWhileAWriterWrites)
{
    auto opened = Database::open(dbPath());
    ASSERT_TRUE(opened.ok());
    std::shared_ptr<Database> db = *opened;
    constexpr int Jobs = 150;
    constexpr int Files = 8;
    std::atomic<int> writerErrors{0};
    std::atomic<int> readerErrors{0};
    std::atomic<int> partialJobs{0};
    std::atomic<bool> writerDone{false};
    std::atomic<int> maxSeen{0};

    QThread *writer = QThread::create([&] {
        JobRecorder recorder(db);
        for (int i = 0; i < Jobs; ++i) {
            JobStart start;
            start.backend = QStringLiteral("local");
            const auto id = recorder.begin(start);
            if (!id || !recorder.complete(*id, resultWith(Files, QByteArray::number(i) + "-")))
                ++writerErrors;
        }
        writerDone = true;
    });
    QThread *reader = QThread::create([&] {
        JobRepository jobs(*db);
        ArtifactRepository artifacts(*db);
        while (!writerDone) {
            JobFilter completed;
            completed.status = JobStatus::Completed;
            const auto list = jobs.list(completed);
            if (!list) {
                ++readerErrors;
                continue;
            }
            maxSeen = qMax(maxSeen.load(), int(list->size()));
            for (const JobRecord &j : *list) {
                const auto entries = artifacts.entries(j.id);
                if (!entries)
                    ++readerErrors;
                else if (j.fileCount != Files || entries->size() != Files)
                    ++partialJobs;
            }
        }
    });
    writer->start();
    reader->start();
    ASSERT_TRUE(writer->wait(120000));
    ASSERT_TRUE(reader->wait(120000));
    delete writer;
    delete reader;
    EXPECT_EQ(writerErrors, 0);
    EXPECT_EQ(readerErrors, 0);
    EXPECT_EQ(partialJobs, 0);
    EXPECT_GT(maxSeen, 0); // the reader really read while the writer wrote
    EXPECT_EQ(JobRepository(*db).count().value(), Jobs);
}

TEST_F(StoreDatabaseTest, AKilledWriterLeavesAnIntactDatabaseAndNoPartialCompletedJob)
{
    const QString helper = test::binaryPath(QStringLiteral("tests/kg_store_crash_writer"));
    ASSERT_TRUE(QFile::exists(helper)) << helper.toStdString();
    QProcess child;
    child.setProgram(helper);
    child.setArguments({QStringLiteral("write"), dbPath(), QStringLiteral("1500")});
    child.start();
    ASSERT_TRUE(child.waitForStarted());

    // Wait until one big job committed and the next one is being written, then kill it
    // in the middle of that transaction.
    QByteArray output;
    QByteArray pendingWrite; // a job whose "writing" line has no "committed" line yet
    while (child.state() == QProcess::Running
           && (output.count("committed") < 1 || pendingWrite.isEmpty())) {
        child.waitForReadyRead(20000);
        output += child.readAllStandardOutput();
        pendingWrite.clear();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("writing "))
                pendingWrite = line.mid(8);
            else if (line.startsWith("committed ") && line.mid(10) == pendingWrite)
                pendingWrite.clear();
        }
    }
    ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
    QThread::msleep(60);
    child.kill(); // SIGKILL
    ASSERT_TRUE(child.waitForFinished(10000));
    output += child.readAllStandardOutput();

    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE(report.movedAsidePath.isEmpty()) << report.damage.toStdString();
    const Status integrity = (*db)->checkIntegrity();
    EXPECT_TRUE(integrity.ok()) << integrity.error().toString().toStdString();

    JobRepository jobs(**db);
    ArtifactRepository artifacts(**db);
    const auto all = jobs.list();
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 2);
    int completedJobs = 0;
    for (const JobRecord &j : *all) {
        EXPECT_NE(j.status, JobStatus::Running) << j.id; // nothing is left "running"
        if (j.status == JobStatus::Completed) {
            ++completedJobs;
            EXPECT_EQ(j.fileCount, 1500);
            EXPECT_EQ(artifacts.entries(j.id)->size(), 1500);
        } else {
            EXPECT_EQ(j.status, JobStatus::Interrupted);
            EXPECT_EQ(artifacts.entries(j.id)->size(), 0);
        }
    }
    // A commit may have landed just before the kill, before its line was printed.
    EXPECT_GE(completedJobs, int(output.count("committed")));
    EXPECT_LE(completedJobs, int(output.count("committed")) + 1);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.last().startsWith("writing ")) {
        const qint64 killedId = lines.last().mid(8).toLongLong();
        const JobStatus killed = jobs.job(killedId)->status;
        EXPECT_TRUE(killed == JobStatus::Interrupted || killed == JobStatus::Completed);
    }
    EXPECT_GE(report.interruptedJobs, 1);
}

TEST_F(StoreDatabaseTest, QueuedRunsAreRecordedOnceAndUnreadableOnesAreKept)
{
    PendingRun run;
    run.backend = QStringLiteral("local");
    run.graph.name = QStringLiteral("queued");
    run.status = JobStatus::Failed;
    run.error = QStringLiteral("the engine said no");
    run.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    // The serialisation keeps what the job list shows.
    const auto back = PendingRuns::fromJson(PendingRuns::toJson(run));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->graph.name, run.graph.name);
    EXPECT_EQ(back->status, JobStatus::Failed);
    EXPECT_EQ(back->startedAt, run.startedAt);

    ASSERT_TRUE(PendingRuns::add(dbPath(), run).ok());
    const QString folder = PendingRuns::folderFor(dbPath());
    writeFile(QDir(path(QString())).relativeFilePath(folder + QStringLiteral("/0-broken.json")),
              "{\"format\": \"kubegram-desktop-pending-run\", \"version\": 1");

    Database::OpenReport report;
    auto db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(report.recordedPendingRuns, 1);
    ASSERT_EQ(report.pendingRunProblems.size(), 1);
    EXPECT_TRUE(report.pendingRunProblems.first().contains(QStringLiteral("0-broken.json")));
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/0-broken.json.unreadable")));
    const auto jobs = JobRepository(**db).list().value();
    ASSERT_EQ(jobs.size(), 1);
    EXPECT_EQ(jobs.first().status, JobStatus::Failed);
    EXPECT_EQ(jobs.first().error, QStringLiteral("the engine said no"));
    EXPECT_EQ(jobs.first().startedAt, run.startedAt);

    db = Database::open(dbPath(), &report);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(report.recordedPendingRuns, 0);
    EXPECT_TRUE(report.pendingRunProblems.isEmpty());
    EXPECT_EQ(JobRepository(**db).count().value(), 1);
}

TEST_F(StoreDatabaseTest, ProcessesOpeningTheCacheTogetherAllSucceed)
{
    // Threads stand in for processes here (each has its own connection); the real processes
    // are tested in tests/cli/concurrent_runs_test.cpp.
    for (int round = 0; round < 10; ++round) {
        const QString file = path(QStringLiteral("round-%1/cache.sqlite").arg(round));
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int i = 0; i < 6; ++i) {
            threads << QThread::create([&] {
                auto db = Database::open(file);
                if (!db) {
                    ++failures;
                    return;
                }
                JobRecorder recorder(*db);
                JobStart start;
                start.backend = QStringLiteral("local");
                const auto id = recorder.begin(start);
                if (!id || !recorder.complete(*id, GenerationResult()))
                    ++failures;
                (*db)->releaseThreadConnection();
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            ASSERT_TRUE(t->wait(120000));
            delete t;
        }
        EXPECT_EQ(failures.load(), 0) << "round " << round;
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(JobRepository(**db).count().value(), 6) << "round " << round;
    }
}
