#include "cli/JobsCommand.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace kg;
using namespace kg::cli;
using namespace kg::store;

namespace {

struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

CommandRun runJobs(const QStringList &args)
{
    CommandRun r;
    QTextStream o(&r.out), e(&r.err);
    JobsCommand command;
    QStringList full{QStringLiteral("kubegram-desktop"), QStringLiteral("jobs")};
    full += args;
    r.code = command.run(full, {o, e});
    o.flush();
    e.flush();
    return r;
}

} // namespace

class JobsCommandTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        dbFile = path(QStringLiteral("cache.sqlite"));
        qputenv("KUBEGRAM_DESKTOP_DB", dbFile.toLocal8Bit());
        auto db = Database::open(dbFile);
        ASSERT_TRUE(db.ok());
        ProjectRepository projects(**db);
        shop = projects.createLocal(QStringLiteral("Shop"))->id;
        blog = projects.createLocal(QStringLiteral("Blog"))->id;
        JobRecorder recorder(*db);
        JobStart start;
        start.backend = QStringLiteral("local");
        start.projectId = shop;
        start.options.layout = QStringLiteral("kustomize");
        completed = *recorder.begin(start);
        GenerationResult result;
        result.artifacts << test::yamlArtifact(QStringLiteral("api/deployment.yaml"),
                                               "kind: Deployment\n")
                         << test::yamlArtifact(QStringLiteral("api/service.yaml"),
                                               "kind: Service\n");
        ReportItem item;
        item.severity = ReportItem::Severity::Warning;
        item.category = QStringLiteral("default");
        item.nodeId = QStringLiteral("n1");
        item.message = QStringLiteral("replicas defaulted to 1");
        result.report.items << item;
        ASSERT_TRUE(recorder.complete(completed, result).ok());
        start.projectId = blog;
        failed = *recorder.begin(start);
        ASSERT_TRUE(recorder.fail(failed, Error(QStringLiteral("engine exploded"))).ok());
    }
    void TearDown() override { qunsetenv("KUBEGRAM_DESKTOP_DB"); }

    QString dbFile;
    qint64 shop = 0, blog = 0, completed = 0, failed = 0;
};

TEST_F(JobsCommandTest, ListPrintsOneTabSeparatedLinePerJobNewestFirst)
{
    const CommandRun r = runJobs({QStringLiteral("list")});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    const QStringList lines = r.outLines();
    ASSERT_EQ(lines.size(), 2);
    const QStringList newest = lines.at(0).split(QLatin1Char('\t'));
    ASSERT_EQ(newest.size(), 7);
    EXPECT_EQ(newest.at(0), QString::number(failed));
    EXPECT_EQ(newest.at(1), QStringLiteral("Blog"));
    EXPECT_EQ(newest.at(2), QStringLiteral("local"));
    EXPECT_EQ(newest.at(3), QStringLiteral("failed"));
    EXPECT_EQ(newest.at(6), QStringLiteral("0"));
    const QStringList oldest = lines.at(1).split(QLatin1Char('\t'));
    EXPECT_EQ(oldest.at(0), QString::number(completed));
    EXPECT_EQ(oldest.at(3), QStringLiteral("completed"));
    EXPECT_EQ(oldest.at(6), QStringLiteral("2"));
    EXPECT_NE(oldest.at(5), QStringLiteral("-")); // a duration
}

TEST_F(JobsCommandTest, ListFiltersByProjectAndStatus)
{
    CommandRun r = runJobs(
            {QStringLiteral("list"), QStringLiteral("--project"), QStringLiteral("Shop")});
    ASSERT_EQ(r.code, ExitSuccess);
    ASSERT_EQ(r.outLines().size(), 1);
    EXPECT_TRUE(r.outLines().first().startsWith(QString::number(completed) + QLatin1Char('\t')));

    r = runJobs({QStringLiteral("list"), QStringLiteral("--project"), QString::number(blog)});
    ASSERT_EQ(r.outLines().size(), 1);
    EXPECT_TRUE(r.outLines().first().contains(QStringLiteral("\tBlog\t")));

    r = runJobs({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("completed")});
    ASSERT_EQ(r.outLines().size(), 1);
    r = runJobs({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("running")});
    EXPECT_EQ(r.code, ExitSuccess);
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(JobsCommandTest, BadArgumentsAreUsageErrorsAndUnknownThingsFailures)
{
    CommandRun r = runJobs(
            {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("interrupted"))); // the valid values are listed
    r = runJobs({QStringLiteral("list"), QStringLiteral("--project"), QStringLiteral("Nope")});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nope")));
    r = runJobs({QStringLiteral("show"), QStringLiteral("abc")});
    EXPECT_EQ(r.code, ExitUsage);
    r = runJobs({QStringLiteral("show")});
    EXPECT_EQ(r.code, ExitUsage);
    r = runJobs({QStringLiteral("show"), QStringLiteral("4242")});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("4242")));
    r = runJobs({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, ExitUsage);
    r = runJobs({});
    EXPECT_EQ(r.code, ExitUsage);
    r = runJobs({QStringLiteral("--help")});
    EXPECT_EQ(r.code, ExitSuccess);
    EXPECT_TRUE(r.out.contains(QStringLiteral("jobs export JOB -o DIR")));
}

TEST_F(JobsCommandTest, ShowPrintsDetailsReportAndArtifacts)
{
    const CommandRun r = runJobs({QStringLiteral("show"), QString::number(completed)});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Shop (%1)").arg(shop)));
    EXPECT_TRUE(r.out.contains(QStringLiteral("completed")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("layout kustomize")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("[n1] replicas defaulted to 1")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("api/deployment.yaml  yaml  17 B  sha256:")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("api/service.yaml")));

    const CommandRun f = runJobs({QStringLiteral("show"), QString::number(failed)});
    EXPECT_TRUE(f.out.contains(QStringLiteral("engine exploded")));
}

TEST_F(JobsCommandTest, ExportWritesTheArtifactsAndRemembersTheFolder)
{
    const QString out = path(QStringLiteral("out"));
    CommandRun r = runJobs(
            {QStringLiteral("export"), QString::number(completed), QStringLiteral("-o"), out});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    QFile f(QDir(out).filePath(QStringLiteral("api/service.yaml")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("kind: Service\n"));
    {
        auto db = Database::open(dbFile);
        EXPECT_EQ(JobRepository(**db).job(completed)->exportedPath, out);
    }
    // A second export into the now non-empty folder is refused unless asked to overwrite.
    r = runJobs({QStringLiteral("export"), QString::number(completed), QStringLiteral("-o"), out});
    EXPECT_EQ(r.code, ExitFailure);
    r = runJobs({QStringLiteral("export"), QString::number(completed), QStringLiteral("-o"), out,
                 QStringLiteral("--overwrite")});
    EXPECT_EQ(r.code, ExitSuccess) << r.err.toStdString();

    r = runJobs({QStringLiteral("export"), QString::number(failed), QStringLiteral("-o"),
                 path(QStringLiteral("out2"))});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no artifacts")));
    EXPECT_FALSE(QDir(path(QStringLiteral("out2"))).exists());
    r = runJobs({QStringLiteral("export"), QString::number(completed)});
    EXPECT_EQ(r.code, ExitUsage);
}

TEST_F(JobsCommandTest, AnUnsafeArtifactPathIsNeverWritten)
{
    {
        auto db = Database::open(dbFile);
        JobRecorder recorder(*db);
        JobStart start;
        start.backend = QStringLiteral("remote");
        const qint64 id = *recorder.begin(start);
        GenerationResult hostile;
        hostile.artifacts << test::yamlArtifact(QStringLiteral("../../escape.yaml"), "x")
                          << test::yamlArtifact(QStringLiteral("ok.yaml"), "y");
        ASSERT_TRUE(recorder.complete(id, hostile).ok());
        completed = id;
    }
    const QString out = path(QStringLiteral("safe/out"));
    const CommandRun r = runJobs(
            {QStringLiteral("export"), QString::number(completed), QStringLiteral("-o"), out});
    EXPECT_NE(r.code, ExitSuccess);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("escape.yaml"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("safe/escape.yaml"))));
}

TEST_F(JobsCommandTest, ANewerDatabaseIsReportedNotDamaged)
{
    {
        auto db = Database::open(dbFile);
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 50")));
    }
    const CommandRun r = runJobs({QStringLiteral("list")});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version")));
}

TEST_F(JobsCommandTest, ADamagedDatabaseIsReplacedAndTheUserTold)
{
    QFile::remove(dbFile);
    QFile::remove(dbFile + QStringLiteral("-wal"));
    QFile::remove(dbFile + QStringLiteral("-shm"));
    writeFile(QStringLiteral("cache.sqlite"), QByteArray(8192, '\x7f'));
    const CommandRun r = runJobs({QStringLiteral("list")});
    EXPECT_EQ(r.code, ExitSuccess);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("moved aside")));
}

TEST(JobsCommandFormat, DurationsReadNaturally)
{
    EXPECT_EQ(JobsCommand::formatDuration(-1), QStringLiteral("-"));
    EXPECT_EQ(JobsCommand::formatDuration(850), QStringLiteral("850 ms"));
    EXPECT_EQ(JobsCommand::formatDuration(12400), QStringLiteral("12.4s"));
    EXPECT_EQ(JobsCommand::formatDuration(185000), QStringLiteral("3m 05s"));
    EXPECT_EQ(JobsCommand::formatDuration(7800000), QStringLiteral("2h 10m"));
}
