#include "jobs/JobPanelDock.h"
#include "jobs/JobTableModel.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace kg;
using namespace kg::store;
using namespace kg::ui;

namespace {

GenerationResult files(int n)
{
    GenerationResult r;
    for (int i = 0; i < n; ++i) {
        Artifact a;
        a.path = QStringLiteral("f%1.yaml").arg(i);
        a.content = "x: " + QByteArray::number(i);
        r.artifacts << a;
    }
    return r;
}

/// Inserts @p count finished jobs quickly, in one transaction.
void insertJobs(Database &db, int count, qint64 projectId)
{
    Transaction tx(db);
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO jobs(project_id, backend, status, step, progress, "
                             "created_at, started_at, finished_at, updated_at, file_count) "
                             "VALUES(?, 'local', ?, 'done', 100, ?, ?, ?, ?, 3)"));
    const qint64 t = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        q.bindValue(0, projectId);
        q.bindValue(1, i % 7 == 0 ? QStringLiteral("failed") : QStringLiteral("completed"));
        q.bindValue(2, t + i);
        q.bindValue(3, t + i);
        q.bindValue(4, t + i + 1500);
        q.bindValue(5, t + i + 1500);
        ASSERT_TRUE(q.exec());
    }
    ASSERT_TRUE(tx.commit().ok());
}

} // namespace

class JobPanelTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        auto opened = Database::open(path(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok());
        db = *opened;
        project = ProjectRepository(*db).createLocal(QStringLiteral("Shop"))->id;
    }
    qint64 startJob()
    {
        JobRecorder recorder(db);
        JobStart start;
        start.backend = QStringLiteral("local");
        start.projectId = project;
        return recorder.begin(start).value();
    }

    std::shared_ptr<Database> db;
    qint64 project = 0;
};

TEST_F(JobPanelTest, ModelPassesTheModelTesterAndShowsJobs)
{
    const qint64 running = startJob();
    JobRecorder recorder(db);
    ASSERT_TRUE(recorder.progress(running, 35, QStringLiteral("render")).ok());
    const qint64 done = startJob();
    ASSERT_TRUE(recorder.complete(done, files(3)).ok());
    const qint64 failed = startJob();
    ASSERT_TRUE(recorder.fail(failed, Error(QStringLiteral("boom\nsecond line"))).ok());

    JobTableModel model(db);
    model.setPollInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.jobId(0), failed);
    EXPECT_EQ(model.rowOfJob(running), 2);
    EXPECT_EQ(model.rowOfJob(12345), -1);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, JobTableModel::StatusColumn).toString(), QStringLiteral("Failed"));
    EXPECT_EQ(cell(0, JobTableModel::ErrorColumn).toString(), QStringLiteral("boom"));
    EXPECT_TRUE(cell(0, JobTableModel::ErrorColumn, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("second line")));
    EXPECT_EQ(cell(1, JobTableModel::FilesColumn).toInt(), 3);
    EXPECT_EQ(cell(1, JobTableModel::ProgressColumn, JobTableModel::ProgressRole).toInt(), 100);
    EXPECT_EQ(cell(2, JobTableModel::ProjectColumn).toString(), QStringLiteral("Shop"));
    EXPECT_EQ(cell(2, JobTableModel::StepColumn).toString(), QStringLiteral("render"));
    EXPECT_EQ(cell(2, JobTableModel::ProgressColumn).toString(), QStringLiteral("35 %"));
    EXPECT_FALSE(cell(2, JobTableModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(model.headerData(JobTableModel::ElapsedColumn, Qt::Horizontal).toString(),
              QStringLiteral("Elapsed"));
}

TEST_F(JobPanelTest, RefreshAddsNewJobsAndReportsFinishedOnes)
{
    const qint64 running = startJob();
    JobTableModel model(db);
    model.setPollInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&model, &JobTableModel::jobFinished);

    // Written from another thread (its own connection), like the command line would.
    QThread *writer = QThread::create([this, running] {
        JobRecorder recorder(db);
        JobStart start;
        start.backend = QStringLiteral("local");
        recorder.begin(start);
        recorder.complete(running, files(2));
        db->releaseThreadConnection();
    });
    writer->start();
    ASSERT_TRUE(writer->wait(10000));
    delete writer;

    model.refresh();
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOfJob(running), 1);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().at(0).toLongLong(), running);
    EXPECT_EQ(finished.first().at(1).value<JobStatus>(), JobStatus::Completed);
    EXPECT_EQ(model.index(1, JobTableModel::FilesColumn).data().toInt(), 2);
    model.refresh();
    EXPECT_EQ(finished.count(), 1); // reported once
}

TEST_F(JobPanelTest, StatusFilterAndPagingOverManyJobs)
{
    insertJobs(*db, 5000, project);
    QElapsedTimer timer;
    timer.start();
    JobTableModel model(db);
    model.setPollInterval(0);
    ASSERT_EQ(model.rowCount(), 5000);
    // The last row is fetched on demand without reading everything before it.
    EXPECT_EQ(model.index(4999, JobTableModel::ProjectColumn).data().toString(),
              QStringLiteral("Shop"));
    EXPECT_EQ(model.jobId(4999), 1);
    EXPECT_LT(timer.elapsed(), 2000);

    JobFilter failedOnly;
    failedOnly.status = JobStatus::Failed;
    model.setFilter(failedOnly);
    EXPECT_EQ(model.rowCount(), 715); // every 7th of 5000
    for (int row : {0, 300, 714})
        EXPECT_EQ(model.index(row, 0).data(JobTableModel::StatusRole).toInt(),
                  int(JobStatus::Failed));
}

TEST_F(JobPanelTest, DockActionsFollowTheSelectionAndEmitRequests)
{
    const qint64 running = startJob();
    const qint64 done = startJob();
    JobRecorder recorder(db);
    ASSERT_TRUE(recorder.complete(done, files(1)).ok());
    ASSERT_TRUE(JobRepository(*db).setExportedPath(done, path(QString())).ok());

    JobPanelDock dock(db);
    dock.model()->setPollInterval(0);
    QSignalSpy cancel(&dock, &JobPanelDock::cancelRequested);
    QSignalSpy rerun(&dock, &JobPanelDock::rerunRequested);
    QSignalSpy open(&dock, &JobPanelDock::openArtifactsRequested);
    QList<QUrl> opened;
    dock.setFolderOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });

    dock.selectJob(running);
    EXPECT_EQ(dock.currentJobId(), running);
    EXPECT_TRUE(dock.action(QStringLiteral("actionCancelJob"))->isEnabled());
    EXPECT_FALSE(dock.action(QStringLiteral("actionRerunJob"))->isEnabled());
    EXPECT_FALSE(dock.action(QStringLiteral("actionOpenArtifacts"))->isEnabled());
    dock.action(QStringLiteral("actionCancelJob"))->trigger();
    ASSERT_EQ(cancel.count(), 1);
    EXPECT_EQ(cancel.first().first().toLongLong(), running);

    dock.selectJob(done);
    EXPECT_FALSE(dock.action(QStringLiteral("actionCancelJob"))->isEnabled());
    EXPECT_TRUE(dock.action(QStringLiteral("actionRerunJob"))->isEnabled());
    EXPECT_TRUE(dock.action(QStringLiteral("actionOpenArtifacts"))->isEnabled());
    EXPECT_TRUE(dock.action(QStringLiteral("actionRevealExport"))->isEnabled());
    dock.action(QStringLiteral("actionRerunJob"))->trigger();
    dock.action(QStringLiteral("actionOpenArtifacts"))->trigger();
    dock.action(QStringLiteral("actionRevealExport"))->trigger();
    ASSERT_EQ(rerun.count(), 1);
    EXPECT_EQ(rerun.first().first().toLongLong(), done);
    ASSERT_EQ(open.count(), 1);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl::fromLocalFile(path(QString())));
}

TEST_F(JobPanelTest, AJobFinishingInTheBackgroundIsAnnounced)
{
    const qint64 running = startJob();
    JobPanelDock dock(db);
    dock.model()->setPollInterval(0);
    QSignalSpy announced(&dock, &JobPanelDock::jobFinishedInBackground);
    // The dock is not shown, so its window is not the active one: as if in the background.
    ASSERT_TRUE(JobRecorder(db).complete(running, files(4)).ok());
    dock.model()->refresh();
    ASSERT_EQ(announced.count(), 1);
    EXPECT_EQ(announced.first().at(0).toLongLong(), running);
    const QString message = announced.first().at(1).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Shop"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("4"))) << message.toStdString();
}

TEST_F(JobPanelTest, InProcessWritesReachTheModelWithoutPolling)
{
    JobTableModel model(db);
    model.setPollInterval(0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    startJob(); // same thread, same connection: announced through Database::jobsChanged
    ASSERT_TRUE(QTest::qWaitFor([&] { return inserted.count() > 0; }, 5000));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(JobPanelTest, ALongListShowsTheNewestAtOnceAndTheRestAsItArrives)
{
    constexpr int Total = 2 * JobTableModel::FirstIds + 1000;
    insertJobs(*db, Total, project);
    JobTableModel model(db);
    model.setPollInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &JobTableModel::loaded);

    // The newest screens are there before the event loop runs; the older ids are being read.
    ASSERT_TRUE(model.isLoading());
    ASSERT_EQ(model.rowCount(), JobTableModel::FirstIds);
    EXPECT_EQ(model.jobId(0), Total);
    EXPECT_EQ(model.index(0, JobTableModel::ProjectColumn).data().toString(),
              QStringLiteral("Shop"));
    EXPECT_EQ(model.rowOfJob(1), -1);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30'000));
    EXPECT_EQ(loaded.count(), 1);
    ASSERT_EQ(model.rowCount(), Total);
    // Every job once, newest first, as the repository lists them.
    const auto ids = JobRepository(*db).ids();
    ASSERT_TRUE(ids.ok());
    QVector<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.jobId(row);
    EXPECT_EQ(shown, *ids);
    EXPECT_EQ(model.rowOfJob(1), Total - 1);
    EXPECT_EQ(model.index(Total - 1, JobTableModel::StatusColumn).data(JobTableModel::JobIdRole),
              QVariant(qint64(1)));
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();

    // A model that goes away while it is still reading does not wait for the rest, nor crash.
    {
        JobTableModel early(db);
        EXPECT_TRUE(early.isLoading());
    }
}

TEST_F(JobPanelTest, ChangingTheFilterWhileTheListLoadsShowsOnlyTheNewList)
{
    constexpr int Total = 2 * JobTableModel::FirstIds + 1000;
    insertJobs(*db, Total, project);
    JobTableModel model(db);
    model.setPollInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.isLoading());

    JobFilter failedOnly;
    failedOnly.status = JobStatus::Failed;
    model.setFilter(failedOnly); // every 7th job: few enough to read at once
    EXPECT_FALSE(model.isLoading());
    QCoreApplication::processEvents(); // whatever the first reader had queued is dropped
    const qint64 failed = JobRepository(*db).count(failedOnly).value();
    ASSERT_EQ(model.rowCount(), failed);
    for (int row : {0, int(failed / 2), int(failed - 1)})
        EXPECT_EQ(model.index(row, 0).data(JobTableModel::StatusRole).toInt(),
                  int(JobStatus::Failed));

    model.setFilter({});
    ASSERT_TRUE(model.isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30'000));
    EXPECT_EQ(model.rowCount(), Total);
}

TEST_F(JobPanelTest, AJobDeletedElsewhereWhileTheListLoadsIsGoneOnceLoaded)
{
    constexpr int Total = JobTableModel::FirstIds + 1000;
    insertJobs(*db, Total, project);
    JobTableModel model(db);
    model.setPollInterval(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.isLoading());

    // Another connection removes an old job and a new one, whether or not the reader saw them.
    QThread *writer = QThread::create([this] {
        JobRepository(*db).remove({5, Total});
        db->releaseThreadConnection();
    });
    writer->start();
    ASSERT_TRUE(writer->wait(10000));
    delete writer;
    model.refresh(); // the poll: notices the outside write while the list is incomplete

    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == Total - 2; },
                                30'000));
    EXPECT_EQ(model.rowOfJob(5), -1);
    EXPECT_EQ(model.rowOfJob(Total), -1);
    EXPECT_EQ(model.jobId(0), Total - 1);
    EXPECT_EQ(model.rowOfJob(4), Total - 6);
}

TEST_F(JobPanelTest, SelectingAnOldJobBeforeItsRowArrivedSelectsItWhenItDoes)
{
    insertJobs(*db, JobTableModel::FirstIds + 1000, project);
    JobPanelDock dock(db);
    dock.model()->setPollInterval(0);
    ASSERT_TRUE(dock.model()->isLoading());
    dock.selectJob(3);
    EXPECT_EQ(dock.currentJobId(), 0); // not listed yet
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.currentJobId() == 3; }, 30'000));
    EXPECT_EQ(dock.view()->selectionModel()->currentIndex().row(), dock.model()->rowOfJob(3));
}
