#include "store/ArtifactRepository.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace kg;
using namespace kg::store;

namespace {

GraphData sampleGraph(const QString &name)
{
    GraphData g;
    g.name = name;
    g.nodes << test::makeNode(QStringLiteral("n1"), QStringLiteral("DEPLOYMENT"),
                              QStringLiteral("api"));
    g.nodes << test::makeNode(QStringLiteral("n2"), QStringLiteral("SERVICE"),
                              QStringLiteral("api-svc"));
    g.edges << test::makeEdge(QStringLiteral("e1"), QStringLiteral("n2"), QStringLiteral("n1"));
    return g;
}

/// A backend under the test's control: it emits whatever the test tells it to.
class FakeBackend : public GenerationBackend
{
public:
    QString id() const override { return QStringLiteral("local"); }
    void start(const GraphData &graph, const GenerationOptions &options) override
    {
        started = graph;
        startedOptions = options;
        running = true;
    }
    void cancel() override
    {
        running = false;
        Q_EMIT failed(Error(QStringLiteral("stopped by the user")));
    }
    bool isRunning() const override { return running; }
    void finish(const GenerationResult &r)
    {
        running = false;
        Q_EMIT succeeded(r);
    }

    GraphData started;
    GenerationOptions startedOptions;
    bool running = false;
};

} // namespace

class StoreJobsTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        auto opened = Database::open(path(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        db = *opened;
    }
    qint64 beginJob(JobRecorder &recorder, qint64 projectId = 0, qint64 serverId = 0)
    {
        JobStart start;
        start.projectId = projectId;
        start.serverId = serverId;
        start.backend = serverId ? QStringLiteral("remote") : QStringLiteral("local");
        start.graph = sampleGraph(QStringLiteral("shop"));
        start.options.layout = QStringLiteral("helm");
        const auto id = recorder.begin(start);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.ok() ? *id : 0;
    }

    std::shared_ptr<Database> db;
};

TEST_F(StoreJobsTest, AJobGoesFromRunningToCompletedWithArtifactsAndReport)
{
    const auto project = ProjectRepository(*db).createLocal(QStringLiteral("Shop"));
    ASSERT_TRUE(project.ok());
    JobRecorder recorder(db);
    QSignalSpy changed(db.get(), &Database::jobsChanged);
    const qint64 id = beginJob(recorder, project->id);
    ASSERT_GT(id, 0);
    EXPECT_GE(changed.count(), 1);

    JobRepository jobs(*db);
    auto job = jobs.job(id);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->status, JobStatus::Running);
    EXPECT_EQ(job->projectName, QStringLiteral("Shop"));
    EXPECT_EQ(job->options.layout, QStringLiteral("helm"));
    EXPECT_GT(job->revisionId, 0);
    EXPECT_FALSE(job->finishedAt.isValid());

    ASSERT_TRUE(recorder.progress(id, 40, QStringLiteral("render")).ok());
    EXPECT_EQ(jobs.job(id)->progress, 40);
    EXPECT_EQ(jobs.job(id)->step, QStringLiteral("render"));

    GenerationResult result;
    result.artifacts << test::yamlArtifact(QStringLiteral("api/deployment.yaml"),
                                           "kind: Deployment\n")
                     << test::yamlArtifact(QStringLiteral("api/service.yaml"), "kind: Service\n");
    result.artifacts[1].sourceNodeId = QStringLiteral("n2");
    ReportItem item;
    item.severity = ReportItem::Severity::Warning;
    item.category = QStringLiteral("assumption");
    item.nodeId = QStringLiteral("n1");
    item.message = QStringLiteral("port 8080 assumed");
    result.report.items << item;
    ASSERT_TRUE(recorder.complete(id, result).ok());

    job = jobs.job(id);
    EXPECT_EQ(job->status, JobStatus::Completed);
    EXPECT_EQ(job->progress, 100);
    EXPECT_EQ(job->fileCount, 2);
    EXPECT_TRUE(job->finishedAt.isValid());
    EXPECT_GE(job->durationMs(), 0);
    EXPECT_EQ(job->report.items, result.report.items);
    EXPECT_EQ(ArtifactRepository(*db).artifacts(id).value(), result.artifacts);

    // Finished is final: late progress is ignored, a second completion refused.
    ASSERT_TRUE(recorder.progress(id, 10, QStringLiteral("late")).ok());
    EXPECT_EQ(jobs.job(id)->progress, 100);
    EXPECT_FALSE(recorder.complete(id, result).ok());
    ASSERT_TRUE(recorder.fail(id, Error(QStringLiteral("too late"))).ok());
    EXPECT_EQ(jobs.job(id)->status, JobStatus::Completed);
}

TEST_F(StoreJobsTest, FailureAndCancellationKeepTheReason)
{
    JobRecorder recorder(db);
    const qint64 failed = beginJob(recorder);
    const qint64 cancelled = beginJob(recorder);
    ASSERT_TRUE(recorder.fail(failed, Error(QStringLiteral("no route"),
                                            Location(QStringLiteral("g.kgraph"))))
                        .ok());
    ASSERT_TRUE(recorder.cancel(cancelled).ok());
    JobRepository jobs(*db);
    EXPECT_EQ(jobs.job(failed)->status, JobStatus::Failed);
    EXPECT_TRUE(jobs.job(failed)->error.contains(QStringLiteral("no route")));
    EXPECT_TRUE(jobs.job(failed)->finishedAt.isValid());
    EXPECT_EQ(jobs.job(cancelled)->status, JobStatus::Cancelled);
    EXPECT_FALSE(recorder.complete(999, {}).ok());
    EXPECT_FALSE(recorder.fail(999, Error(QStringLiteral("x"))).ok());
}

TEST_F(StoreJobsTest, ADatabaseErrorDuringCompletionLeavesNoHalfJob)
{
    JobRecorder recorder(db);
    const qint64 id = beginJob(recorder);
    // Make the third artifact row fail, the way a full disk would fail part-way through.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TRIGGER boom BEFORE INSERT ON job_artifacts WHEN NEW.path = 'c.yaml' "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    GenerationResult result;
    result.artifacts << test::yamlArtifact(QStringLiteral("a.yaml"), "a")
                     << test::yamlArtifact(QStringLiteral("b.yaml"), "b")
                     << test::yamlArtifact(QStringLiteral("c.yaml"), "c");
    const Status s = recorder.complete(id, result);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("disk full")));

    JobRepository jobs(*db);
    EXPECT_EQ(jobs.job(id)->status, JobStatus::Running);
    EXPECT_EQ(jobs.job(id)->fileCount, 0);
    EXPECT_TRUE(ArtifactRepository(*db).entries(id)->isEmpty());
    EXPECT_EQ(ArtifactRepository(*db).stats()->blobCount, 0);
}

TEST_F(StoreJobsTest, IdenticalContentsAreStoredOnce)
{
    JobRecorder recorder(db);
    GenerationResult result;
    result.artifacts << test::yamlArtifact(QStringLiteral("a.yaml"), QByteArray(1000, 'a'))
                     << test::yamlArtifact(QStringLiteral("b.yaml"), QByteArray(1000, 'b'))
                     << test::yamlArtifact(QStringLiteral("copy-of-a.yaml"), QByteArray(1000, 'a'))
                     << test::yamlArtifact(QStringLiteral("empty.yaml"), QByteArray());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(recorder.complete(beginJob(recorder), result).ok());
    ArtifactRepository artifacts(*db);
    const auto stats = artifacts.stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->artifactCount, 12);
    EXPECT_EQ(stats->blobCount, 3); // a, b and the empty file
    EXPECT_EQ(stats->logicalBytes, 9000);
    EXPECT_EQ(stats->storedBytes, 2000);
    EXPECT_DOUBLE_EQ(stats->dedupRatio(), 4.5);
    const auto back = artifacts.artifacts(1);
    ASSERT_EQ(back->size(), 4);
    EXPECT_EQ(back->at(2).content, QByteArray(1000, 'a'));
    EXPECT_TRUE(back->at(3).content.isEmpty());
    EXPECT_EQ(artifacts.entries(1)->at(0).contentHash, artifacts.entries(1)->at(2).contentHash);

    // Shared contents survive the removal of one job; unreferenced ones are collected.
    JobRepository jobs(*db);
    ASSERT_TRUE(jobs.remove({1, 2}).ok());
    EXPECT_EQ(artifacts.collectGarbage().value(), 0);
    EXPECT_EQ(artifacts.artifacts(3)->size(), 4);
    ASSERT_TRUE(jobs.remove({3}).ok());
    EXPECT_EQ(artifacts.collectGarbage().value(), 3);
}

TEST_F(StoreJobsTest, ReRunUsesTheSameRevisionAndOptions)
{
    const auto project = ProjectRepository(*db).createLocal(QStringLiteral("Shop"));
    JobRecorder recorder(db);
    const qint64 first = beginJob(recorder, project->id);
    ASSERT_TRUE(recorder.complete(first, {}).ok());
    const qint64 firstRevision = JobRepository(*db).job(first)->revisionId;

    const auto again = recorder.rerunRequest(first);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->revisionId, firstRevision);
    EXPECT_EQ(again->graph, sampleGraph(QStringLiteral("shop")));
    EXPECT_EQ(again->options.layout, QStringLiteral("helm"));
    EXPECT_EQ(again->projectId, project->id);
    const auto second = recorder.begin(*again);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(JobRepository(*db).job(*second)->revisionId, firstRevision);

    // An unchanged graph does not add a revision; a changed one does.
    RevisionRepository revisions(*db);
    EXPECT_EQ(revisions.add(project->id, sampleGraph(QStringLiteral("shop"))).value(),
              firstRevision);
    const qint64 newest = revisions.add(project->id, sampleGraph(QStringLiteral("shop 2"))).value();
    EXPECT_NE(newest, firstRevision);
    EXPECT_FALSE(recorder.rerunRequest(12345).ok());

    // The newest revision of every project in one listing, as latest() gives it one by one.
    const auto other = ProjectRepository(*db).createLocal(QStringLiteral("Blog"));
    const qint64 blog = revisions.add(other->id, sampleGraph(QStringLiteral("blog"))).value();
    const auto latest = revisions.latestByProject();
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(*latest, (QHash<qint64, qint64>{{project->id, newest}, {other->id, blog}}));
    EXPECT_EQ(revisions.latest(project->id).value(), newest);
}

TEST_F(StoreJobsTest, ADamagedRevisionIsAnErrorNotACrash)
{
    JobRecorder recorder(db);
    const qint64 id = beginJob(recorder);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE graph_revisions SET content = CAST('{\"nodes\": [' AS BLOB)")));
    const auto again = recorder.rerunRequest(id);
    ASSERT_FALSE(again.ok());
    EXPECT_FALSE(again.error().toString().isEmpty());
}

TEST_F(StoreJobsTest, ListingFiltersAndOrders)
{
    ProjectRepository projects(*db);
    const qint64 a = projects.createLocal(QStringLiteral("A"))->id;
    const qint64 b = projects.createLocal(QStringLiteral("B"))->id;
    JobRecorder recorder(db);
    const qint64 j1 = beginJob(recorder, a);
    const qint64 j2 = beginJob(recorder, b);
    const qint64 j3 = beginJob(recorder, a);
    ASSERT_TRUE(recorder.complete(j1, {}).ok());
    ASSERT_TRUE(recorder.fail(j2, Error(QStringLiteral("x"))).ok());

    JobRepository jobs(*db);
    EXPECT_EQ(jobs.ids().value(), (QVector<qint64>{j3, j2, j1}));
    JobFilter byProject;
    byProject.projectId = a;
    EXPECT_EQ(jobs.ids(byProject).value(), (QVector<qint64>{j3, j1}));
    JobFilter byStatus;
    byStatus.status = JobStatus::Failed;
    EXPECT_EQ(jobs.count(byStatus).value(), 1);
    const qint64 empty = projects.createLocal(QStringLiteral("C"))->id;
    EXPECT_EQ(jobs.countByProject({a, b, empty}).value(), (QHash<qint64, qint64>{{a, 2}, {b, 1}}));
    EXPECT_TRUE(jobs.countByProject({})->isEmpty());
    EXPECT_EQ(jobs.list(byStatus)->first().projectName, QStringLiteral("B"));
    JobFilter page;
    page.limit = 1;
    page.offset = 1;
    EXPECT_EQ(jobs.ids(page).value(), QVector<qint64>{j2});
    // Keyset paging: the next page starts below the last id seen, whatever was inserted since.
    JobFilter older;
    older.beforeId = j3;
    older.limit = 1;
    EXPECT_EQ(jobs.ids(older).value(), QVector<qint64>{j2});
    older.beforeId = j2;
    older.projectId = a;
    older.limit = -1;
    EXPECT_EQ(jobs.ids(older).value(), QVector<qint64>{j1});
    const auto some = jobs.jobsByIds({j1, 999, j3});
    ASSERT_EQ(some->size(), 2);
    EXPECT_EQ(some->at(0).id, j1);
    EXPECT_EQ(some->at(1).id, j3);
    EXPECT_TRUE(jobs.jobsByIds({})->isEmpty());
    EXPECT_EQ(projects.findByNameOrId(QStringLiteral("B"))->first().id, b);
    EXPECT_EQ(projects.findByNameOrId(QString::number(a))->first().name, QStringLiteral("A"));
}

TEST_F(StoreJobsTest, UnfinishedRemoteJobsAreListedForResuming)
{
    ServerRepository servers(*db);
    const qint64 server = servers.upsertServer(QStringLiteral("https://k.example"),
                                               QStringLiteral("K"))
                                  .value();
    const qint64 team = servers.upsertTeam(server, QStringLiteral("7"), QStringLiteral("Ops"))
                                .value();
    const qint64 project = ProjectRepository(*db)
                                   .upsertRemote(team, QStringLiteral("42"), QStringLiteral("Pay"))
                                   .value();
    JobRecorder recorder(db);
    const qint64 watched = beginJob(recorder, project, server);
    ASSERT_TRUE(recorder.attachRemoteJob(watched, QStringLiteral("uuid-1")).ok());
    ASSERT_TRUE(recorder.updateRemoteStatus(watched, JobStatus::Running, QStringLiteral("llmCall"))
                        .ok());
    const qint64 done = beginJob(recorder, project, server);
    ASSERT_TRUE(recorder.attachRemoteJob(done, QStringLiteral("uuid-2")).ok());
    ASSERT_TRUE(recorder.complete(done, {}).ok());
    const qint64 neverAccepted = beginJob(recorder, project, server); // no remote id
    const qint64 local = beginJob(recorder);

    // A restart: a fresh open of the same file (the crashed process is this one).
    db.reset();
    Database::OpenReport report;
    auto reopened = Database::open(path(QStringLiteral("cache.sqlite")), &report);
    ASSERT_TRUE(reopened.ok());
    db = *reopened;
    JobRepository jobs(*db);
    EXPECT_EQ(jobs.job(local)->status, JobStatus::Interrupted);
    EXPECT_EQ(jobs.job(neverAccepted)->status, JobStatus::Interrupted);
    EXPECT_EQ(jobs.job(watched)->status, JobStatus::Running);
    EXPECT_EQ(report.interruptedJobs, 2);

    const auto unfinished = jobs.unfinishedRemoteJobs();
    ASSERT_TRUE(unfinished.ok());
    ASSERT_EQ(unfinished->size(), 1);
    const UnfinishedRemoteJob &r = unfinished->first();
    EXPECT_EQ(r.jobId, watched);
    EXPECT_EQ(r.serverId, server);
    EXPECT_EQ(r.serverUrl, QStringLiteral("https://k.example"));
    EXPECT_EQ(r.remoteJobId, QStringLiteral("uuid-1"));
    EXPECT_EQ(r.projectId, project);
    EXPECT_EQ(r.projectRemoteId, QStringLiteral("42"));
    EXPECT_EQ(r.teamRemoteId, QStringLiteral("7"));
    EXPECT_EQ(r.lastStatus, JobStatus::Running);
    EXPECT_EQ(r.lastStep, QStringLiteral("llmCall"));
    EXPECT_TRUE(r.submittedAt.isValid());

    // Once the watcher sees the end, it is no longer listed.
    JobRecorder again(db);
    ASSERT_TRUE(again.updateRemoteStatus(watched, JobStatus::Failed, QStringLiteral("llmCall"),
                                         QStringLiteral("model error"))
                        .ok());
    EXPECT_TRUE(jobs.unfinishedRemoteJobs()->isEmpty());
}

TEST_F(StoreJobsTest, RecordedGenerationRecordsABackendRun)
{
    FakeBackend backend;
    RecordedGeneration run(db, &backend);
    QSignalSpy finished(&run, &RecordedGeneration::finished);
    JobStart start;
    start.graph = sampleGraph(QStringLiteral("g"));
    start.options.layout = QStringLiteral("kustomize");
    const auto id = run.start(start);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(backend.started, start.graph);
    EXPECT_EQ(backend.startedOptions.layout, QStringLiteral("kustomize"));
    EXPECT_FALSE(run.start(start).ok()); // one run at a time

    JobRepository jobs(*db);
    EXPECT_EQ(jobs.job(*id)->backend, QStringLiteral("local"));
    Q_EMIT backend.progress(30, QStringLiteral("render"));
    EXPECT_EQ(jobs.job(*id)->step, QStringLiteral("render"));
    Q_EMIT backend.progress(31, QStringLiteral("render")); // throttled: same step, too soon
    EXPECT_EQ(jobs.job(*id)->progress, 30);

    GenerationResult result;
    result.artifacts << test::yamlArtifact(QStringLiteral("x.yaml"), "x");
    backend.finish(result);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().at(1).value<JobStatus>(), JobStatus::Completed);
    EXPECT_EQ(jobs.job(*id)->status, JobStatus::Completed);
    EXPECT_EQ(jobs.job(*id)->fileCount, 1);
}

TEST_F(StoreJobsTest, RecordedGenerationCancelEndsAsCancelled)
{
    FakeBackend backend;
    RecordedGeneration run(db, &backend);
    QSignalSpy finished(&run, &RecordedGeneration::finished);
    const auto id = run.start({});
    ASSERT_TRUE(id.ok());
    run.cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().at(1).value<JobStatus>(), JobStatus::Cancelled);
    EXPECT_EQ(JobRepository(*db).job(*id)->status, JobStatus::Cancelled);
}

TEST_F(StoreJobsTest, ServersTeamsAndProjectsSyncInOneStep)
{
    ServerRepository servers(*db);
    const qint64 s = servers.upsertServer(QStringLiteral("https://a"), QStringLiteral("A")).value();
    EXPECT_EQ(servers.upsertServer(QStringLiteral("https://a"), QStringLiteral("A2")).value(), s);
    EXPECT_EQ(servers.server(s)->name, QStringLiteral("A2"));
    ASSERT_TRUE(servers.syncTeams(s, {{0, s, QStringLiteral("1"), QStringLiteral("One")},
                                      {0, s, QStringLiteral("2"), QStringLiteral("Two")}})
                        .ok());
    ASSERT_EQ(servers.teams(s)->size(), 2);
    ASSERT_TRUE(servers.syncTeams(s, {{0, s, QStringLiteral("2"), QStringLiteral("Two")}}).ok());
    ASSERT_EQ(servers.teams(s)->size(), 1);
    const qint64 team = servers.teams(s)->first().id;

    ProjectRepository projects(*db);
    ProjectRecord p1, p2;
    p1.remoteId = QStringLiteral("10");
    p1.name = QStringLiteral("Ten");
    p2.remoteId = QStringLiteral("11");
    p2.name = QStringLiteral("Eleven");
    ASSERT_TRUE(projects.syncTeamProjects(team, {p1, p2}).ok());
    EXPECT_EQ(projects.teamProjects(team)->size(), 2);
    ASSERT_TRUE(projects.syncTeamProjects(team, {p2}).ok());
    ASSERT_EQ(projects.teamProjects(team)->size(), 1);
    EXPECT_EQ(projects.teamProjects(team)->first().name, QStringLiteral("Eleven"));

    ASSERT_TRUE(servers.setReachable(s, false).ok());
    EXPECT_FALSE(servers.server(s)->reachable);
    ASSERT_TRUE(servers.setReachable(s, true).ok());
    EXPECT_TRUE(servers.server(s)->lastSeenAt.isValid());

    const auto local = projects.createLocal(QStringLiteral("  Mine "));
    EXPECT_EQ(local->name, QStringLiteral("Mine"));
    EXPECT_FALSE(projects.createLocal(QStringLiteral("   ")).ok());
    ASSERT_TRUE(projects.rename(local->id, QStringLiteral("Ours")).ok());
    ASSERT_TRUE(projects.setDeleted(local->id, true).ok());
    EXPECT_TRUE(projects.localProjects()->isEmpty());
    ASSERT_TRUE(projects.setDeleted(local->id, false).ok());
    EXPECT_EQ(projects.localProjects()->first().name, QStringLiteral("Ours"));
    EXPECT_FALSE(projects.rename(9999, QStringLiteral("x")).ok());
}

TEST_F(StoreJobsTest, ProjectsAreFoundByServerIdAndByFile)
{
    ServerRepository servers(*db);
    const qint64 a = servers.upsertServer(QStringLiteral("https://a"), QStringLiteral("A")).value();
    const qint64 b = servers.upsertServer(QStringLiteral("https://b"), QStringLiteral("B")).value();
    ProjectRepository projects(*db);
    const qint64 onA = projects.upsertRemote(servers.upsertTeam(a, QStringLiteral("7"), {}).value(),
                                             QStringLiteral("10"), QStringLiteral("Ten"))
                               .value();
    projects.upsertRemote(servers.upsertTeam(b, QStringLiteral("7"), {}).value(),
                          QStringLiteral("10"), QStringLiteral("Other"));
    EXPECT_EQ(projects.findRemote(a, QStringLiteral("10")).value(), onA); // not B's "10"
    EXPECT_EQ(projects.findRemote(a, QStringLiteral("11")).value(), 0);
    EXPECT_EQ(servers.findTeam(a, QStringLiteral("7")).value(), projects.project(onA)->teamId);
    EXPECT_NE(servers.findTeam(b, QStringLiteral("7")).value(), projects.project(onA)->teamId);
    EXPECT_EQ(servers.findTeam(a, QStringLiteral("8")).value(), 0);

    const QString file = path(QStringLiteral("shop.kgraph"));
    const qint64 local = projects.localProjectForFile(file, QStringLiteral("shop")).value();
    EXPECT_EQ(projects.project(local)->graphPath, file);
    EXPECT_EQ(projects.localProjectForFile(file, QStringLiteral("again")).value(), local);
    ASSERT_TRUE(projects.setDeleted(local, true).ok());
    EXPECT_EQ(projects.localProjectForFile(file, QStringLiteral("again")).value(), local);
    EXPECT_FALSE(projects.project(local)->deleted); // restored, not duplicated
    EXPECT_EQ(projects.localProjects()->size(), 1);
}

TEST_F(StoreJobsTest, FilingAJobUnderAProjectTakesItsGraphAlong)
{
    JobRecorder recorder(db);
    const qint64 job = beginJob(recorder);
    const qint64 project = ProjectRepository(*db).createLocal(QStringLiteral("Shop"))->id;
    EXPECT_EQ(RevisionRepository(*db).latest(project).value(), 0);
    ASSERT_TRUE(JobRepository(*db).setProject(job, project).ok());
    EXPECT_EQ(JobRepository(*db).job(job)->projectId, project);
    const qint64 revision = JobRepository(*db).job(job)->revisionId;
    EXPECT_EQ(RevisionRepository(*db).latest(project).value(), revision);

    // A revision that belongs to a project stays there.
    const qint64 other = ProjectRepository(*db).createLocal(QStringLiteral("Other"))->id;
    ASSERT_TRUE(JobRepository(*db).setProject(job, other).ok());
    EXPECT_EQ(JobRepository(*db).job(job)->projectId, other);
    EXPECT_EQ(RevisionRepository(*db).latest(other).value(), 0);
    EXPECT_EQ(RevisionRepository(*db).latest(project).value(), revision);
}

// The cache refuses the outcome (a trigger stands in for a full disk): the run is queued, the
// user is told, and the next open completes the very job that was begun, with its files.
TEST_F(StoreJobsTest, AnOutcomeTheCacheRefusesIsQueuedAndCompletedAtTheNextOpen)
{
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
                "CREATE TRIGGER refuse_completion BEFORE UPDATE OF status ON jobs "
                "WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'database or disk is "
                "full'); END")));
    }
    FakeBackend backend;
    RecordedGeneration run(db, &backend);
    QSignalSpy finished(&run, &RecordedGeneration::finished);
    QSignalSpy deferred(&run, &RecordedGeneration::recordingDeferred);
    JobStart start;
    start.graph = sampleGraph(QStringLiteral("g"));
    const auto id = run.start(start);
    ASSERT_TRUE(id.ok());
    GenerationResult result;
    result.artifacts << test::yamlArtifact(QStringLiteral("x.yaml"), "x")
                     << test::yamlArtifact(QStringLiteral("y.yaml"), "y");
    backend.finish(result);
    ASSERT_EQ(deferred.count(), 1);
    EXPECT_TRUE(deferred.first().at(0).toString().contains(QStringLiteral("disk is full")));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().at(1).value<JobStatus>(), JobStatus::Completed);
    EXPECT_EQ(JobRepository(*db).job(*id)->status, JobStatus::Running);
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_completion")));
    }

    // The next start: the job is completed in place, not duplicated.
    auto reopened = Database::open(db->path());
    ASSERT_TRUE(reopened.ok());
    JobRepository jobs(**reopened);
    EXPECT_EQ(jobs.count().value(), 1);
    EXPECT_EQ(jobs.job(*id)->status, JobStatus::Completed);
    EXPECT_EQ(jobs.job(*id)->fileCount, 2);
    EXPECT_FALSE(QFileInfo::exists(PendingRuns::folderFor(db->path())));
}
