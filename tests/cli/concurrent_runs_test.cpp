// Many `generate` processes at once on one job cache: every run is recorded, whether the cache
// exists yet or not, and whether another process (the desktop) has it open meanwhile.
#include "store/Database.h"
#include "store/JobRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>
#include <vector>

using namespace kg;
using namespace kg::store;

namespace {

constexpr int Processes = 8;
constexpr int Rounds = 20;

class ConcurrentRunsTest : public test::TempDirTest
{
protected:
    QString app() const { return test::binaryPath(QStringLiteral("bin/kubegram-desktop")); }
    QString sample() const
    {
        return test::sourcePath(QStringLiteral("resources/samples/nightly-batch.kgraph"));
    }

    /// Starts Processes generate runs on the cache @p dbPath at once; returns each one's
    /// failure text (empty when it exited 0 and did not warn about the cache).
    QStringList runTogether(const QString &dbPath, const QString &outRoot)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBEGRAM_DESKTOP_DB"), dbPath);
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < Processes; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setProgram(app());
            p->setArguments({QStringLiteral("generate"), sample(), QStringLiteral("-o"),
                             QDir(outRoot).filePath(QString::number(i))});
            running.push_back(std::move(p));
        }
        // Start them back to back so their first opens of the cache overlap.
        for (auto &p : running)
            p->start();
        QStringList failures;
        for (auto &p : running) {
            const bool finished = p->waitForFinished(120000);
            const QString err = QString::fromLocal8Bit(p->readAllStandardError());
            if (!finished || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0
                || err.contains(QLatin1String("not recorded"))
                || err.contains(QLatin1String("job cache"))) {
                failures << QStringLiteral("exit %1: %2").arg(p->exitCode()).arg(err);
            }
        }
        return failures;
    }
};

} // namespace

TEST_F(ConcurrentRunsTest, EveryRunIsRecordedWhenProcessesCreateTheCacheTogether)
{
    ASSERT_TRUE(QFile::exists(app())) << app().toStdString();
    for (int round = 0; round < Rounds; ++round) {
        // A fresh folder each round: the processes race to create the cache.
        const QString folder = path(QStringLiteral("round-%1").arg(round));
        const QString db = QDir(folder).filePath(QStringLiteral("cache.sqlite"));
        const QStringList failures = runTogether(db, QDir(folder).filePath(QStringLiteral("out")));
        ASSERT_TRUE(failures.isEmpty()) << "round " << round << ":\n"
                                        << failures.join(QLatin1Char('\n')).toStdString();
        auto opened = Database::open(db);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        const auto jobs = JobRepository(**opened).list();
        ASSERT_TRUE(jobs.ok());
        ASSERT_EQ(jobs->size(), Processes) << "round " << round;
        for (const JobRecord &job : *jobs)
            EXPECT_EQ(job.status, JobStatus::Completed) << "round " << round << " job " << job.id;
    }
}

TEST_F(ConcurrentRunsTest, RunsAreRecordedWhileTheDesktopHasTheCacheOpen)
{
    ASSERT_TRUE(QFile::exists(app())) << app().toStdString();
    const QString db = path(QStringLiteral("cache.sqlite"));
    // The desktop: the cache open, and a write transaction of its own held while the command
    // lines start, so they must wait for it rather than fail.
    auto desktop = Database::open(db);
    ASSERT_TRUE(desktop.ok()) << desktop.error().toString().toStdString();
    JobRepository desktopJobs(**desktop);
    for (int round = 0; round < 3; ++round) {
        auto held = std::make_unique<Transaction>(**desktop);
        ASSERT_TRUE(held->status().ok());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBEGRAM_DESKTOP_DB"), db);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(app(), {QStringLiteral("generate"), sample(), QStringLiteral("-o"),
                            path(QStringLiteral("held-%1").arg(round))});
        ASSERT_TRUE(first.waitForStarted());
        // It cannot record while the transaction is held: it waits (it must not finish yet).
        EXPECT_FALSE(first.waitForFinished(300));
        held.reset(); // rolled back: the desktop wrote nothing
        ASSERT_TRUE(first.waitForFinished(60000));
        EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
        EXPECT_FALSE(first.readAllStandardError().contains("not recorded"));

        const QStringList failures = runTogether(db, path(QStringLiteral("out-%1").arg(round)));
        ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
        // The desktop's connection sees every run.
        EXPECT_EQ(desktopJobs.count().value(), (round + 1) * (Processes + 1));
    }
}
