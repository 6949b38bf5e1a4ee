#include "HostilePaths.h"
#include "RemoteTestFixture.h"

#include "remote/JobArtifacts.h"
#include "remote/JobWatcher.h"
#include "remote/RemoteBackend.h"
#include "remote/RetryPolicy.h"
#include "session/GenerationService.h"
#include "session/ServerConnection.h"

#include <QCryptographicHash>
#include <QSignalSpy>

using namespace kg;
using namespace kg::remote;
using kg::test::FakeKubegramServer;
using FK = FakeKubegramServer::FaultKind;
using Outcome = JobWatcher::Outcome;

namespace {

QJsonObject smallGraph(const QString &graphType = QStringLiteral("KUBERNETES"))
{
    auto node = [](const QString &name, const QString &type) {
        return QJsonObject{{QStringLiteral("id"), name},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("nodeType"), type},
                           {QStringLiteral("namespace"), QStringLiteral("shop")}};
    };
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("shop")},
                       {QStringLiteral("graphType"), graphType},
                       {QStringLiteral("nodes"),
                        QJsonArray{node(QStringLiteral("web"), QStringLiteral("DEPLOYMENT")),
                                   node(QStringLiteral("web-svc"), QStringLiteral("SERVICE"))}}};
}

GraphData smallGraphData()
{
    GraphData g;
    g.name = QStringLiteral("shop");
    g.nodes = {test::makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT")),
               test::makeNode(QStringLiteral("web-svc"), QStringLiteral("SERVICE"))};
    return g;
}

class JobTest : public kg::test::RemoteTest
{
protected:
    void SetUp() override
    {
        RemoteTest::SetUp();
        useSession();
        client->setTeamId(QStringLiteral("7"));
    }

    /// Sends a codegen request for the shop graph into @p project; the answer, if any came.
    auto submitInto(const QJsonObject &project)
    {
        QJsonObject graph = smallGraph();
        graph.insert(QStringLiteral("companyId"), FakeKubegramServer::CompanyId);
        graph.insert(QStringLiteral("userId"), QStringLiteral("42"));
        const QJsonObject body{{QStringLiteral("graph"), graph},
                               {QStringLiteral("project"), project}};
        return await<ApiResult<CodegenSubmission>>(
                [&](auto done) { submitCodegen(*client, body, nullptr, done); });
    }

    QString submit()
    {
        auto r = submitInto(QJsonObject{{QStringLiteral("name"), QStringLiteral("Shop")}});
        EXPECT_TRUE(r && r->ok()) << (r ? r->error().toString().toStdString() : "timeout");
        return r && r->ok() ? r->value().jobId : QString();
    }

    std::optional<Outcome> watch(JobWatcher &watcher, int timeoutMs = 15'000)
    {
        std::optional<Outcome> outcome;
        QObject::connect(&watcher, &JobWatcher::finished, [&](const Outcome &o) { outcome = o; });
        watcher.setJitterSource([] { return 0.5; });
        watcher.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs));
        return outcome;
    }

    int upgrades() const
    {
        int n = 0;
        for (const auto &r : server->requests())
            n += r.webSocket ? 1 : 0;
        return n;
    }
};

} // namespace

// --- pure rules ----------------------------------------------------------------------------------

TEST(JobRules, StatusNormalisation)
{
    bool known = false;
    EXPECT_EQ(normalizeJobStatus(QStringLiteral(" Queued "), &known), JobState::Pending);
    EXPECT_TRUE(known);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("IN_PROGRESS")), JobState::Running);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("started")), JobState::Running);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("error")), JobState::Failed);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("canceled")), JobState::Cancelled);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("completed")), JobState::Completed);
    EXPECT_EQ(normalizeJobStatus(QStringLiteral("exploding"), &known), JobState::Pending);
    EXPECT_FALSE(known);
    EXPECT_TRUE(isTerminal(JobState::Cancelled));
    EXPECT_FALSE(isTerminal(JobState::Running));
}

TEST(JobRules, ProgressFromTheStep)
{
    EXPECT_EQ(progressForStep(QStringLiteral("pending")), 0);
    EXPECT_EQ(progressForStep(QStringLiteral("getOrCreateGraph")), 10);
    EXPECT_EQ(progressForStep(QStringLiteral("llmCall")), 30);
    EXPECT_EQ(progressForStep(QStringLiteral("validateConfigurations")), 90);
    EXPECT_EQ(progressForStep(QStringLiteral("somethingNew")), -1);
}

TEST(RetryRules, DelaysJitterWindowAndRetryAfter)
{
    RetryPolicy low(RemoteTimings(), [] { return 0.0; });
    RetryPolicy high(RemoteTimings(), [] { return 0.999; });
    EXPECT_EQ(low.nextDelayMs(1, 0), 2000);
    EXPECT_EQ(low.nextDelayMs(2, 0), 4000);
    EXPECT_FALSE(low.nextDelayMs(3, 0).has_value()); // at most 3 attempts
    EXPECT_GE(*high.nextDelayMs(1, 0), 2190);
    EXPECT_LE(*high.nextDelayMs(1, 0), 2200);
    EXPECT_LE(*high.nextDelayMs(2, 0), 4400);
    EXPECT_FALSE(low.nextDelayMs(1, 119'000).has_value()); // would start after 2 min
    EXPECT_EQ(low.nextDelayMs(1, 0, 30'000), 30'000);      // longer Retry-After fits
    EXPECT_EQ(low.nextDelayMs(1, 0, 500), 2000);           // shorter one does not replace
    EXPECT_FALSE(low.nextDelayMs(1, 0, 200'000).has_value());
    EXPECT_EQ(RetryPolicy::parseRetryAfter("7", QDateTime::currentDateTimeUtc()), 7000);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("", QDateTime::currentDateTimeUtc()), -1);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2015-10-21T07:28:00Z"), Qt::ISODate);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", now), 10'000);
}

TEST(RetryRules, WhatIsRetried)
{
    EXPECT_TRUE(RetryPolicy::isRetryableRequest("GET", QStringLiteral("/projects")));
    EXPECT_TRUE(RetryPolicy::isRetryableRequest("PUT", QStringLiteral("/projects/17")));
    EXPECT_TRUE(RetryPolicy::isRetryableRequest("DELETE", QStringLiteral("/graph/codegen/abc")));
    EXPECT_FALSE(RetryPolicy::isRetryableRequest("POST", QStringLiteral("/graph/codegen")));
    EXPECT_FALSE(RetryPolicy::isRetryableRequest("POST", QStringLiteral("/projects")));
    EXPECT_FALSE(RetryPolicy::isRetryableRequest("PUT", QStringLiteral("/teams/1")));
    RemoteError e;
    e.kind = RemoteError::Kind::Http;
    for (int status : {408, 429, 500, 502, 503, 504}) {
        e.httpStatus = status;
        EXPECT_TRUE(RetryPolicy::isRetryableError(e)) << status;
    }
    for (int status : {400, 401, 403, 404, 413}) {
        e.httpStatus = status;
        EXPECT_FALSE(RetryPolicy::isRetryableError(e)) << status;
    }
    e.kind = RemoteError::Kind::Tls;
    EXPECT_FALSE(RetryPolicy::isRetryableError(e));
    e.kind = RemoteError::Kind::UnexpectedResponse;
    e.httpStatus = 200;
    EXPECT_FALSE(RetryPolicy::isRetryableError(e));
}

// --- watching -----------------------------------------------------------------------------------

TEST_F(JobTest, CurrentServerHasNoWebSocketSoTheWatcherPollsAndRemembers)
{
    const QString jobId = submit();
    JobWatcher watcher(client.get(), jobId);
    QSignalSpy progress(&watcher, &JobWatcher::progress);
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_EQ(watcher.transport(), JobWatcher::Transport::Polling);
    EXPECT_TRUE(client->webSocketUnsupported());
    EXPECT_EQ(upgrades(), 1);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 100);
    auto artifacts = artifactsFromJobResult(outcome->result);
    ASSERT_TRUE(artifacts.ok());
    // The fake server generates with the local engine: the Deployment, its Service and the
    // Service node's own object, plus the metadata record.
    QStringList paths;
    for (const Artifact &a : *artifacts)
        paths << a.path;
    EXPECT_TRUE(paths.contains(QStringLiteral("web-deployment.yaml")))
            << paths.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(artifacts->last().type, Artifact::Type::Metadata);

    // The next job on this origin does not try the WebSocket again.
    JobWatcher second(client.get(), submit());
    ASSERT_TRUE(watch(second));
    EXPECT_EQ(upgrades(), 1);
}

TEST_F(JobTest, DesignServerStreamsOverTheWebSocket)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    // Pending long enough that the watcher subscribes before the first step even on a loaded
    // machine, so every step is streamed to it (the fake sends each step, none skipped).
    server->config().pendingMs = 2000;
    const QString jobId = submit();
    JobWatcher watcher(client.get(), jobId);
    QSignalSpy progress(&watcher, &JobWatcher::progress);
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    ASSERT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_EQ(watcher.transport(), JobWatcher::Transport::WebSocket);
    EXPECT_EQ(watcher.pollCount(), 0);
    EXPECT_GE(progress.size(), 3);
    ASSERT_TRUE(outcome->result.isArray());
    auto artifacts = artifactsFromJobResult(outcome->result);
    ASSERT_TRUE(artifacts.ok());
    EXPECT_EQ(artifacts->size(), 4); // two files, a directory and a metadata record
    // The handshake carried the credential and the team, never a token in the URL.
    const auto ws = server->requests(QStringLiteral("/subscribe"));
    ASSERT_EQ(ws.size(), 1);
    EXPECT_TRUE(ws.first().headers.value("cookie").startsWith("session="));
    EXPECT_EQ(ws.first().headers.value("x-kubegram-team-id"), "7");
    EXPECT_TRUE(ws.first().query.isEmpty());
}

TEST_F(JobTest, AWebSocketDropReconnectsOnce)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().wsDropAfterUpdates = 1;
    JobWatcher watcher(client.get(), submit());
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_EQ(upgrades(), 2); // exactly one reconnect, whatever happened next
    EXPECT_FALSE(client->webSocketUnsupported());
}

TEST_F(JobTest, ARefusedReconnectFallsBackToPolling)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().wsDropAfterUpdates = 2;
    server->config().wsDropClean = true;
    server->config().wsRefuseReconnect = true;
    JobWatcher watcher(client.get(), submit());
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_EQ(watcher.transport(), JobWatcher::Transport::Polling);
    EXPECT_GT(watcher.pollCount(), 0);
    EXPECT_FALSE(client->webSocketUnsupported()); // a refused reconnect is not "no WebSocket"
}

TEST_F(JobTest, TheCompletionRaceIsTransient)
{
    server->config().statusIncludesCode = false;
    server->config().completionRace = 2;
    JobWatcher watcher(client.get(), submit());
    watcher.setPreferPolling(true);
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_TRUE(outcome->result.toObject().contains(QStringLiteral("generatedCode")));
}

TEST_F(JobTest, FiveFailuresInARowSayStatusUnavailableThenRecover)
{
    auto f = fault(FK::JobStatus500, QStringLiteral("/status"), 6);
    server->addFault(f);
    JobWatcher watcher(client.get(), submit());
    watcher.setPreferPolling(true);
    QSignalSpy unavailable(&watcher, &JobWatcher::statusUnavailable);
    auto outcome = watch(watcher, 20'000);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Completed);
    ASSERT_EQ(unavailable.size(), 2);
    EXPECT_TRUE(unavailable.at(0).at(0).toBool());
    EXPECT_FALSE(unavailable.at(1).at(0).toBool());
}

TEST_F(JobTest, AFailedJobReportsTheReasonFromTheJobList)
{
    server->config().failAtStep = QStringLiteral("llmCall");
    JobWatcher watcher(client.get(), submit());
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::Failed);
    EXPECT_EQ(outcome->step, QStringLiteral("llmCall"));
    EXPECT_EQ(outcome->message, server->config().failMessage);
    EXPECT_EQ(server->requests(QStringLiteral("/graph/codegen/jobs")).size(), 1);
}

TEST_F(JobTest, CancelIsReportedAndAdvisoryCancelMayStillComplete)
{
    server->config().stepMs = 200;
    server->config().advisoryCancel = true;
    const QString jobId = submit();
    JobWatcher watcher(client.get(), jobId);
    watcher.setPreferPolling(true);
    std::optional<Outcome> outcome;
    QObject::connect(&watcher, &JobWatcher::finished, [&](const Outcome &o) { outcome = o; });
    watcher.start();
    QTest::qWait(100);
    watcher.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    EXPECT_EQ(outcome->kind, Outcome::Kind::Cancelled);
    int deletes = 0;
    for (const auto &r : server->requests(QStringLiteral("/graph/codegen/") + jobId))
        deletes += r.method == "DELETE" ? 1 : 0;
    EXPECT_EQ(deletes, 1);

    // Reopening the job: cancellation was advisory, the job went on to finish.
    server->config().stepMs = 30;
    JobWatcher reopened(client.get(), jobId);
    reopened.setPreferPolling(true);
    auto later = watch(reopened);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->kind, Outcome::Kind::Completed) << later->message.toStdString();
}

TEST_F(JobTest, ForeignUnknownAndMalformedJobsAreGone)
{
    for (const QString &id :
         {server->foreignJobId(), QStringLiteral("00000000-0000-4000-8000-000000000000"),
          QStringLiteral("not-a-uuid")}) {
        JobWatcher watcher(client.get(), id);
        watcher.setPreferPolling(true);
        auto outcome = watch(watcher);
        ASSERT_TRUE(outcome);
        EXPECT_EQ(outcome->kind, Outcome::Kind::Gone) << id.toStdString();
        EXPECT_TRUE(outcome->message.contains(QStringLiteral("not shared")));
    }
}

TEST_F(JobTest, TheDeadlineEndsWatchingWithoutCancelling)
{
    server->config().stepMs = 60'000;
    auto timings = client->timings();
    timings.pollDeadlineMs = 300;
    client->setTimings(timings);
    const QString jobId = submit();
    JobWatcher watcher(client.get(), jobId);
    watcher.setPreferPolling(true);
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->kind, Outcome::Kind::DeadlinePassed);
    for (const auto &r : server->requests(QStringLiteral("/graph/codegen/") + jobId))
        EXPECT_NE(r.method, QByteArray("DELETE")); // never cancelled on the user's behalf
}

TEST_F(JobTest, JobListsArePagedAndFiltered)
{
    for (int i = 0; i < 5; ++i)
        submit();
    auto jobs = await<ApiResult<QList<JobSummary>>>(
            [&](auto done) { listJobs(*client, QString(), nullptr, done, 2); });
    ASSERT_TRUE(jobs && jobs->ok());
    EXPECT_EQ(jobs->value().size(), 5); // the foreign job is not listed
    EXPECT_EQ(server->requests(QStringLiteral("/graph/codegen")).size() - 5, 3); // pages of 2, 2, 1
    auto foreign = await<ApiResult<QList<JobSummary>>>(
            [&](auto done) { listJobs(*client, server->foreignProjectId(), nullptr, done); });
    ASSERT_TRUE(foreign && !foreign->ok());
    EXPECT_EQ(foreign->error().serverError, QStringLiteral("Access denied to this project"));
}

// --- results → artifacts --------------------------------------------------------------------------

TEST(JobArtifactsTest, QuirkyResultsAreDeduplicated)
{
    FakeKubegramServer fake;
    fake.config().quirkyResults = true;
    const QJsonObject code{
            {QStringLiteral("nodes"),
             QJsonArray{
                     QJsonObject{{QStringLiteral("id"), QString()},
                                 {QStringLiteral("generatedCodeMetadata"),
                                  QJsonObject{
                                          {QStringLiteral("fileName"), QStringLiteral("A.yaml")}}},
                                 {QStringLiteral("config"), QStringLiteral("a: 1\n---\nb: 2\n")}},
                     QJsonObject{{QStringLiteral("generatedCodeMetadata"),
                                  QJsonObject{{QStringLiteral("path"), QStringLiteral("a.yaml")}}},
                                 {QStringLiteral("config"), QJsonObject{{QStringLiteral("x"), 1}}}},
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("svc")},
                                 {QStringLiteral("spec"), QJsonObject{{QStringLiteral("y"), 2}}}},
                     QJsonObject{{QStringLiteral("config"), QStringLiteral("z")}}}},
            {QStringLiteral("totalFiles"), 4},
            {QStringLiteral("namespace"), QStringLiteral("default")}};
    ArtifactNotes notes;
    auto r = artifactsFromJobResult(QJsonObject{{QStringLiteral("generatedCode"), code}}, {},
                                    &notes);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 5);
    EXPECT_EQ(r->at(0).path, QStringLiteral("A.yaml"));
    EXPECT_EQ(r->at(0).content, "a: 1\n---\nb: 2\n");
    EXPECT_EQ(r->at(1).path, QStringLiteral("a-2.yaml"));
    EXPECT_EQ(r->at(1).language, QStringLiteral("yaml"));
    EXPECT_TRUE(r->at(1).content.contains("\"x\": 1"));
    EXPECT_EQ(r->at(2).path, QStringLiteral("svc.yaml"));
    EXPECT_TRUE(r->at(2).content.contains("\"y\": 2"));
    EXPECT_EQ(r->at(3).path, QStringLiteral("artifact-4.yaml"));
    EXPECT_EQ(r->at(4).type, Artifact::Type::Metadata);
    EXPECT_FALSE(r->at(4).isExportable());
    EXPECT_EQ(notes.renamed.size(), 1);
}

TEST(JobArtifactsTest, HostileNamesAreMarkedUnsafe)
{
    const QStringList rejected = test::rejectedArtifactPaths();
    QJsonArray records;
    for (const QString &name : rejected)
        records.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("content"), QStringLiteral("x")}});
    for (const QString &name :
         {QStringLiteral("%2e%2e/x"), QStringLiteral("A.yaml"), QStringLiteral("a.yaml"),
          QStringLiteral("caf\u00e9.yaml"), QStringLiteral("cafe\u0301.yaml")})
        records.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("content"), QStringLiteral("x")}});
    ArtifactNotes notes;
    auto r = artifactsFromJobResult(records, {}, &notes);
    ASSERT_TRUE(r.ok());
    for (int i = 0; i < rejected.size(); ++i)
        EXPECT_FALSE(r->at(i).unsafeReason.isEmpty())
                << i << " " << rejected[i].left(40).toStdString();
    const int base = int(rejected.size());
    EXPECT_EQ(r->at(base).path, QStringLiteral("%2e%2e/x")); // kept literally, never decoded
    EXPECT_TRUE(r->at(base).unsafeReason.isEmpty());
    EXPECT_EQ(r->at(base + 2).path, QStringLiteral("a-2.yaml"));
    EXPECT_NE(r->at(base + 4).path, QStringLiteral("cafe\u0301.yaml")); // the NFD twin is renamed
    EXPECT_EQ(notes.unsafe.size(), rejected.size());
}

TEST(JobArtifactsTest, NonConformingResultsBecomeOneMetadataArtifact)
{
    auto r = artifactsFromJobResult(
            QJsonObject{{QStringLiteral("generatedCode"),
                         QJsonObject{{QStringLiteral("output"), QStringLiteral("test")}}}});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->first().path, QStringLiteral("result.json"));
    EXPECT_EQ(r->first().type, Artifact::Type::Metadata);
    EXPECT_TRUE(r->first().content.contains("\"output\""));
    EXPECT_FALSE(artifactsFromJobResult(QJsonValue(42)).ok());
}

TEST(JobArtifactsTest, RecordsAreTypedAndChecksumsChecked)
{
    const QByteArray content = "kind: ConfigMap\n";
    const QString good = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QJsonArray records{QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                         {QStringLiteral("name"), QStringLiteral("a.yaml")},
                                         {QStringLiteral("content"), QString::fromUtf8(content)},
                                         {QStringLiteral("checksum"),
                                          QString(QStringLiteral("sha256:") + good)}},
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                         {QStringLiteral("name"), QStringLiteral("b.yaml")},
                                         {QStringLiteral("content"), QString::fromUtf8(content)},
                                         {QStringLiteral("checksum"),
                                          QString(64, QLatin1Char('0'))}},
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("directory")},
                                         {QStringLiteral("name"), QStringLiteral("dir")}},
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("weird")},
                                         {QStringLiteral("name"), QStringLiteral("w.txt")}}};
    ArtifactNotes notes;
    auto r = artifactsFromJobResult(QJsonObject{{QStringLiteral("artifacts"), records}}, {}, &notes);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 4);
    EXPECT_TRUE(r->at(0).isExportable());
    EXPECT_FALSE(r->at(1).isExportable());
    EXPECT_EQ(notes.checksumMismatches, QStringList{QStringLiteral("b.yaml")});
    EXPECT_EQ(r->at(2).type, Artifact::Type::Directory);
    EXPECT_EQ(r->at(3).type, Artifact::Type::Metadata);
}

TEST(JobArtifactsTest, LimitsAreEnforced)
{
    QJsonArray many;
    for (int i = 0; i < 1001; ++i)
        many.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                {QStringLiteral("name"), QStringLiteral("f%1.yaml").arg(i)}});
    EXPECT_FALSE(artifactsFromJobResult(many).ok());
    ArtifactLimits small;
    small.maxArtifactBytes = 10;
    small.maxJobBytes = 25;
    ArtifactNotes notes;
    auto r = artifactsFromJobResult(
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("name"), QStringLiteral("big.yaml")},
                                   {QStringLiteral("content"), QString(20, QLatin1Char('x'))}}},
            small, &notes);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->first().isExportable());
    EXPECT_EQ(notes.tooLarge.size(), 1);
    QJsonArray three;
    for (int i = 0; i < 3; ++i)
        three.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                 {QStringLiteral("name"), QStringLiteral("f%1").arg(i)},
                                 {QStringLiteral("content"), QString(9, QLatin1Char('x'))}});
    EXPECT_FALSE(artifactsFromJobResult(three, small).ok());
}

// --- the backend --------------------------------------------------------------------------------

namespace {
class BackendTest : public kg::test::RemoteTest
{
protected:
    void SetUp() override
    {
        RemoteTest::SetUp();
        useSession();
        backend = std::make_unique<RemoteBackend>(client.get());
        backend->setWatcherSetup([](JobWatcher *w) { w->setJitterSource([] { return 0.5; }); });
    }
    struct Run
    {
        std::optional<GenerationResult> result;
        std::optional<Error> error;
    };
    Run run(const GenerationOptions &options = {}, const GraphData &graph = smallGraphData())
    {
        constexpr int timeoutMs = 30'000; // a deadline, not a measurement
        Run r;
        auto c1 = QObject::connect(backend.get(), &GenerationBackend::succeeded,
                                   [&](const GenerationResult &g) { r.result = g; });
        auto c2 = QObject::connect(backend.get(), &GenerationBackend::failed,
                                   [&](const Error &e) { r.error = e; });
        backend->start(graph, options);
        EXPECT_TRUE(QTest::qWaitFor([&] { return r.result || r.error; }, timeoutMs));
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        return r;
    }
    std::unique_ptr<RemoteBackend> backend;
};
} // namespace

TEST_F(BackendTest, GeneratesOnTheServer)
{
    QSignalSpy submitted(backend.get(), &RemoteBackend::jobSubmitted);
    GenerationOptions options;
    options.llmProvider = QStringLiteral("claude");
    options.context = {QStringLiteral("Run Postgres as a StatefulSet")};
    const Run r = run(options);
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    EXPECT_EQ(backend->id(), QStringLiteral("remote"));
    EXPECT_FALSE(backend->isRunning());
    EXPECT_EQ(r.result->artifacts.size(), 3);
    EXPECT_EQ(server->codegenPostsAccepted(), 1);
    ASSERT_EQ(submitted.size(), 1);
    EXPECT_FALSE(backend->project().id.isEmpty()); // found in the job list (§10: no projectId)
    const auto posts = server->requests(QStringLiteral("/graph/codegen"));
    const auto post = std::find_if(posts.begin(), posts.end(),
                                   [](const auto &p) { return p.method == "POST"; });
    ASSERT_NE(post, posts.end());
    EXPECT_EQ(post->headers.value("x-kubegram-team-id"), "7");
    const QJsonObject body = QJsonDocument::fromJson(post->body).object();
    EXPECT_EQ(body.value(QStringLiteral("graph"))
                      .toObject()
                      .value(QStringLiteral("companyId"))
                      .toString(),
              FakeKubegramServer::CompanyId);
    EXPECT_EQ(body.value(QStringLiteral("graph"))
                      .toObject()
                      .value(QStringLiteral("nodes"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("userId"))
                      .toString(),
              QStringLiteral("42"));
    EXPECT_EQ(
            body.value(QStringLiteral("project")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("shop"));
    EXPECT_EQ(body.value(QStringLiteral("llmConfig"))
                      .toObject()
                      .value(QStringLiteral("provider"))
                      .toString(),
              QStringLiteral("CLAUDE"));

    // The second run updates the same project and always sends its name.
    const QString projectId = backend->project().id;
    const Run again = run();
    ASSERT_TRUE(again.result);
    EXPECT_EQ(backend->project().id, projectId);
    EXPECT_EQ(server->project(projectId).value(QStringLiteral("name")).toString(),
              QStringLiteral("shop"));
}

TEST_F(BackendTest, ALostAnswerIsLookedUpNeverResent)
{
    auto f = fault(FK::Slow, QStringLiteral("/graph/codegen"));
    f.method = "POST";
    f.delayMs = 3000; // beyond the scaled 1.2 s codegen timeout; the job was created
    server->addFault(f);
    const Run r = run();
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    EXPECT_EQ(server->codegenPostsAccepted(), 1);
}

TEST_F(BackendTest, ADroppedPostReportsAnUnknownOutcome)
{
    auto f = fault(FK::DropBeforeAnswer, QStringLiteral("/graph/codegen"));
    f.method = "POST";
    server->addFault(f);
    const Run r = run();
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("unknown")))
            << r.error->toString().toStdString();
    int posts = 0;
    for (const auto &req : server->requests(QStringLiteral("/graph/codegen")))
        posts += req.method == "POST" ? 1 : 0;
    EXPECT_EQ(posts, 1);
}

TEST_F(BackendTest, ServerValidationErrorsAreShownWithDetails)
{
    GraphData lowerCase = smallGraphData();
    lowerCase.graphType = QStringLiteral("kubernetes");
    const Run r = run({}, lowerCase);
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("but received \"kubernetes\"")))
            << r.error->toString().toStdString();
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("400")));
}

TEST_F(BackendTest, AUserWithoutTeamCannotGenerate)
{
    useSession(QStringLiteral("44"));
    const Run r = run();
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("team")));
    EXPECT_EQ(server->codegenPostsAccepted(), 0);
}

TEST_F(BackendTest, CancelEndsTheRunWithAnError)
{
    server->config().stepMs = 300;
    QSignalSpy submitted(backend.get(), &RemoteBackend::jobSubmitted);
    std::optional<Error> error;
    QObject::connect(backend.get(), &GenerationBackend::failed, [&](const Error &e) { error = e; });
    backend->start(smallGraphData(), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return submitted.size() == 1; }, 5000));
    backend->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return error.has_value(); }, 5000));
    EXPECT_TRUE(error->message.contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(backend->isRunning());
}

TEST_F(BackendTest, HostileArtifactNamesNeverBecomeExportable)
{
    server->config().hostileArtifacts = true;
    const Run r = run();
    ASSERT_TRUE(r.result);
    int unsafe = 0;
    for (const Artifact &a : r.result->artifacts)
        unsafe += a.unsafeReason.isEmpty() ? 0 : 1;
    EXPECT_EQ(unsafe, 18);
    EXPECT_GE(r.result->report.count(ReportItem::Severity::Warning), 18);
}

namespace {

/// What a run of session::GenerationService through a session::ServerConnection ended with:
/// the flow the command line's `generate --server` uses.
struct ServiceRun
{
    std::optional<GenerationResult> result;
    std::optional<Error> error;
    QStringList submitted; ///< "job/project" per jobSubmitted()
};

/// Connects a settings-less ServerConnection to @p origin with @p credential, then runs
/// @p request on it; the outcome once the run ended (or the connection was refused).
ServiceRun runThroughService(const QUrl &origin, const Credential &credential,
                             session::GenerationService::Request request,
                             session::ServerConnection::State *reached = nullptr)
{
    ServiceRun out;
    session::ServerConnection connection(nullptr);
    connection.setTimings(RemoteTimings().scaled(0.02)); // RemoteTest::Scale
    connection.useCredential(credential);
    connection.connectTo(origin);
    EXPECT_TRUE(QTest::qWaitFor([&] { return connection.isSettled(); }, 10'000));
    if (reached)
        *reached = connection.state();
    if (!connection.canGenerate()) {
        out.error = Error(connection.lastError());
        return out;
    }
    session::GenerationService service(nullptr, &connection);
    service.setWatcherSetup([](JobWatcher *w) {
        w->setPreferPolling(true);
        w->setJitterSource([] { return 0.5; });
    });
    QObject::connect(&service, &session::GenerationService::jobSubmitted,
                     [&](const QString &job, const QString &project) {
                         out.submitted << job + QLatin1Char('/') + project;
                     });
    QObject::connect(&service, &session::GenerationService::succeeded,
                     [&](qint64, const GenerationResult &r) { out.result = r; });
    QObject::connect(&service, &session::GenerationService::failed,
                     [&](qint64, const Error &e) { out.error = e; });
    request.backend = session::GenerationService::Backend::Remote;
    const auto started = service.start(request);
    if (!started.started) {
        out.error = Error(started.error);
        return out;
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return !service.isRunning(); }, 15'000)) << "no outcome";
    return out;
}

} // namespace

// The command line's `generate --server`: a connection that remembers nothing, signed in with
// the credential it was given, and the generation service that the desktop uses too.
TEST_F(BackendTest, TheCommandLineFlowSignsInAndGenerates)
{
    session::GenerationService::Request request;
    request.graph = smallGraphData();
    session::ServerConnection::State reached{};
    const ServiceRun r = runThroughService(server->origin(),
                                           Credential::fromSessionId(
                                                   server->createSession(QStringLiteral("42"))),
                                           request, &reached);
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    EXPECT_EQ(reached, session::ServerConnection::State::SignedIn);
    EXPECT_EQ(r.result->artifacts.size(), 3);
    ASSERT_EQ(r.submitted.size(), 1);
    EXPECT_EQ(server->codegenPostsAccepted(), 1);

    // No credential the server accepts: refused before anything is sent.
    const ServiceRun refused = runThroughService(server->origin(),
                                                 Credential::fromSessionId(
                                                         QStringLiteral("not-a-session")),
                                                 request, &reached);
    EXPECT_FALSE(refused.result);
    EXPECT_EQ(reached, session::ServerConnection::State::NotSignedIn);
    EXPECT_EQ(server->codegenPostsAccepted(), 1);

    // The server's routing defect (an origin it does not serve the API on) is a clear error.
    server->config().routingDefect = true;
    const ServiceRun broken = runThroughService(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())),
            Credential::fromSessionId(server->createSession(QStringLiteral("42"))), request);
    ASSERT_FALSE(broken.result);
    ASSERT_TRUE(broken.error);
    EXPECT_TRUE(broken.error->message.contains(QStringLiteral("not served")))
            << broken.error->toString().toStdString();
}

// --- generating into an existing server project (§4.3, §10) -------------------------------------

namespace {
/// The audit entries of @p writes, one per line, for failure messages.
std::string describe(const QList<FakeKubegramServer::ProjectWrite> &writes)
{
    QStringList lines;
    for (const auto &w : writes)
        lines << w.toString();
    return lines.join(QLatin1Char('\n')).toStdString();
}

/// graphMeta of project @p id on @p server as an object.
QJsonObject storedMeta(const FakeKubegramServer &server, const QString &id)
{
    return QJsonDocument::fromJson(
                   server.project(id).value(QStringLiteral("graphMeta")).toString().toUtf8())
            .object();
}

/// The project object of the last codegen POST @p server received.
QJsonObject lastCodegenProject(const FakeKubegramServer &server)
{
    QJsonObject project;
    for (const auto &r : server.requests(QStringLiteral("/graph/codegen"))) {
        if (r.method == "POST")
            project = QJsonDocument::fromJson(r.body)
                              .object()
                              .value(QStringLiteral("project"))
                              .toObject();
    }
    return project;
}

/// The shop graph as the user drew it: its name and description are not the server project's.
GraphData localShopGraph()
{
    GraphData g = smallGraphData();
    g.description = QStringLiteral("The shop as drawn on this machine");
    return g;
}

/// Project "Alpha" on the fake server given a description by its owner, as a client's
/// PUT {graphMeta} does; the audit is cleared afterwards.
class ExistingProjectTest : public JobTest
{
protected:
    void SetUp() override
    {
        JobTest::SetUp();
        const QJsonObject meta{{QStringLiteral("description"), AlphaDescription}};
        const auto put = sendAndWait(ApiClient::Request::withJson(
                "PUT", QStringLiteral("/projects/") + server->ownProjectId(),
                QJsonDocument(QJsonObject{
                        {QStringLiteral("graphMeta"),
                         QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))}})));
        ASSERT_TRUE(put.ok()) << put.error().toString().toStdString();
        ASSERT_EQ(server->project(server->ownProjectId()).value(QStringLiteral("name")).toString(),
                  QStringLiteral("Alpha"));
        server->clearProjectWrites();
    }

    /// "Alpha" kept its name and description, and nothing else the user did not change was
    /// written.
    void expectAlphaUnchanged() const
    {
        const QString alpha = server->ownProjectId();
        EXPECT_TRUE(unexpectedWrites(alpha).isEmpty()) << describe(unexpectedWrites(alpha));
        EXPECT_EQ(server->project(alpha).value(QStringLiteral("name")).toString(),
                  QStringLiteral("Alpha"));
        EXPECT_EQ(storedMeta(*server, alpha).value(QStringLiteral("description")).toString(),
                  AlphaDescription);
    }

    /// Runs @p backend on the shop graph until it ends; true when it succeeded.
    static bool generate(RemoteBackend &backend)
    {
        std::optional<bool> ok;
        const auto succeeded = QObject::connect(&backend, &GenerationBackend::succeeded,
                                                [&](const GenerationResult &) { ok = true; });
        const auto failed = QObject::connect(&backend, &GenerationBackend::failed,
                                             [&](const Error &) { ok = false; });
        backend.start(localShopGraph(), {});
        EXPECT_TRUE(QTest::qWaitFor([&] { return ok.has_value(); }, 15'000)) << "no outcome";
        QObject::disconnect(succeeded);
        QObject::disconnect(failed);
        return ok.value_or(false);
    }

    /// Everything the requests changed in project @p id besides what every generation writes.
    QList<FakeKubegramServer::ProjectWrite> unexpectedWrites(const QString &id) const
    {
        return server->projectWrites(id, FakeKubegramServer::generationWrites());
    }

    /// Sends a codegen request with @p project for the shop graph; true when accepted.
    bool postCodegen(const QJsonObject &project)
    {
        auto r = submitInto(project);
        return r && r->ok();
    }

    inline static const QString AlphaDescription = QStringLiteral("The alpha team's storefront");
};
} // namespace

// The fake does what the open-source server's project-metadata step does with the request's
// project fields, and its audit shows each change: a regression in the client fails a test.
TEST_F(ExistingProjectTest, TheFakeServerOverwritesProjectFieldsFromTheRequestAndAuditsThem)
{
    const QString alpha = server->ownProjectId();
    // The graph's name and description as project fields: both overwrite the project's.
    ASSERT_TRUE(postCodegen(QJsonObject{{QStringLiteral("id"), alpha},
                                        {QStringLiteral("name"), QStringLiteral("shop")},
                                        {QStringLiteral("description"), QStringLiteral("drawn")}}));
    auto writes = unexpectedWrites(alpha);
    ASSERT_EQ(writes.size(), 2) << describe(server->projectWrites());
    EXPECT_EQ(writes.at(0).field, QStringLiteral("graphMeta.description"));
    EXPECT_EQ(writes.at(0).before.toString(), AlphaDescription);
    EXPECT_EQ(writes.at(0).after.toString(), QStringLiteral("drawn"));
    EXPECT_EQ(writes.at(1).field, QStringLiteral("name"));
    EXPECT_EQ(writes.at(1).before.toString(), QStringLiteral("Alpha"));
    EXPECT_EQ(writes.at(1).after.toString(), QStringLiteral("shop"));
    EXPECT_EQ(writes.at(1).method, QByteArray("POST"));
    EXPECT_TRUE(writes.at(1).path.endsWith(QLatin1String("/graph/codegen")));
    EXPECT_EQ(writes.at(1).toString(),
              QStringLiteral("POST /api/public/v1/graph/codegen: project 1 name \"Alpha\" -> "
                             "\"shop\""));
    // What a generation writes anyway is in the audit too.
    const auto all = server->projectWrites(alpha);
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const auto &w) {
        return w.field == QLatin1String("graphMeta.graphData") && w.before.isUndefined()
               && w.after.isObject();
    })) << describe(all);

    // An id without a name (or with an empty one) renames the project (§10).
    server->clearProjectWrites();
    ASSERT_TRUE(postCodegen(
            QJsonObject{{QStringLiteral("id"), alpha}, {QStringLiteral("name"), QString()}}));
    writes = unexpectedWrites(alpha);
    ASSERT_EQ(writes.size(), 1) << describe(writes);
    EXPECT_TRUE(writes.at(0).after.toString().startsWith(QLatin1String("Graph Project ")));

    // The project's current name and no description change nothing but the generation's own
    // fields; the stored description stays.
    server->clearProjectWrites();
    const QString current = server->project(alpha).value(QStringLiteral("name")).toString();
    ASSERT_TRUE(postCodegen(
            QJsonObject{{QStringLiteral("id"), alpha}, {QStringLiteral("name"), current}}));
    EXPECT_TRUE(unexpectedWrites(alpha).isEmpty()) << describe(unexpectedWrites(alpha));
    EXPECT_EQ(storedMeta(*server, alpha).value(QStringLiteral("description")).toString(),
              QStringLiteral("drawn"));

    // Another team's project is taken over by the header's team.
    const QString beta = server->foreignProjectId();
    ASSERT_TRUE(postCodegen(QJsonObject{{QStringLiteral("id"), beta},
                                        {QStringLiteral("name"), QStringLiteral("Beta")}}));
    writes = unexpectedWrites(beta);
    ASSERT_EQ(writes.size(), 1) << describe(writes);
    EXPECT_EQ(writes.at(0).field, QStringLiteral("teamId"));
    EXPECT_EQ(writes.at(0).before.toInt(), 8);
    EXPECT_EQ(writes.at(0).after.toInt(), 7);

    // A new project is one Created entry; a delete one Deleted entry.
    server->clearProjectWrites();
    ASSERT_TRUE(postCodegen(QJsonObject{{QStringLiteral("name"), QStringLiteral("shop")}}));
    ASSERT_EQ(server->projectWrites().size(), 1) << describe(server->projectWrites());
    const auto created = server->projectWrites().constFirst();
    EXPECT_EQ(created.kind, FakeKubegramServer::ProjectWrite::Kind::Created);
    EXPECT_EQ(server->project(created.projectId).value(QStringLiteral("name")).toString(),
              QStringLiteral("shop"));
}

// issue 14 item 2: generating into an existing project must leave its name, description, team
// and every other field as they were; only the generation's own fields change.
TEST_F(ExistingProjectTest, GeneratingIntoAnExistingProjectChangesNoFieldTheUserDidNotChange)
{
    RemoteBackend backend(client.get());
    backend.setWatcherSetup([](JobWatcher *w) { w->setJitterSource([] { return 0.5; }); });
    // What the window passes: the server project, and the graph's name for a new one.
    backend.setProject({server->ownProjectId(), QStringLiteral("shop")});
    std::optional<GenerationResult> result;
    std::optional<Error> error;
    QObject::connect(&backend, &GenerationBackend::succeeded,
                     [&](const GenerationResult &g) { result = g; });
    QObject::connect(&backend, &GenerationBackend::failed, [&](const Error &e) { error = e; });
    backend.start(localShopGraph(), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return result || error; }, 15'000));
    ASSERT_TRUE(result) << error->toString().toStdString();
    EXPECT_EQ(server->codegenPostsAccepted(), 1);

    expectAlphaUnchanged();
    const QString alpha = server->ownProjectId();
    // The generation went into the project, and the request named it as the server does.
    EXPECT_FALSE(storedMeta(*server, alpha).value(QStringLiteral("graphData")).toObject().isEmpty());
    EXPECT_EQ(lastCodegenProject(*server).value(QStringLiteral("id")).toString(), alpha);
    EXPECT_EQ(lastCodegenProject(*server).value(QStringLiteral("name")).toString(),
              QStringLiteral("Alpha"));
    EXPECT_EQ(backend.project().id, alpha);
    EXPECT_EQ(backend.project().name, QStringLiteral("Alpha"));
}

// A project renamed on the server since the client listed it keeps its new name.
TEST_F(ExistingProjectTest, TheProjectsCurrentNameOnTheServerIsSent)
{
    RemoteBackend backend(client.get());
    backend.setWatcherSetup([](JobWatcher *w) { w->setJitterSource([] { return 0.5; }); });
    backend.setProject({server->ownProjectId(), QStringLiteral("Alpha")}); // as listed earlier
    auto renamed = await<ApiResult<Project>>([&](auto done) {
        renameProject(*client, server->ownProjectId(), QStringLiteral("Alpha (renamed)"), nullptr,
                      done);
    });
    ASSERT_TRUE(renamed && renamed->ok());
    server->clearProjectWrites();
    EXPECT_TRUE(generate(backend));
    EXPECT_TRUE(unexpectedWrites(server->ownProjectId()).isEmpty())
            << describe(unexpectedWrites(server->ownProjectId()));
    EXPECT_EQ(server->project(server->ownProjectId()).value(QStringLiteral("name")).toString(),
              QStringLiteral("Alpha (renamed)"));
}

// A project of another team, a soft-deleted one or an unknown id is not generated into: the
// server would take it over, revive it, or fail after starting the job.
TEST_F(ExistingProjectTest, AProjectOutsideTheTeamIsRefusedBeforeAnythingIsSent)
{
    for (const QString &id :
         {server->foreignProjectId(), server->deletedProjectId(), QStringLiteral("999")}) {
        RemoteBackend backend(client.get());
        backend.setProject({id, QStringLiteral("shop")});
        std::optional<Error> error;
        bool succeeded = false;
        QObject::connect(&backend, &GenerationBackend::succeeded,
                         [&](const GenerationResult &) { succeeded = true; });
        QObject::connect(&backend, &GenerationBackend::failed, [&](const Error &e) { error = e; });
        backend.start(localShopGraph(), {});
        ASSERT_TRUE(QTest::qWaitFor([&] { return error || succeeded; }, 15'000))
                << id.toStdString();
        ASSERT_TRUE(error) << id.toStdString();
        EXPECT_TRUE(error->message.contains(id)) << error->toString().toStdString();
        EXPECT_TRUE(error->message.contains(QStringLiteral("new project")))
                << error->toString().toStdString();
    }
    EXPECT_EQ(server->codegenPostsAccepted(), 0);
    EXPECT_TRUE(server->projectWrites().isEmpty()) << describe(server->projectWrites());
}

// The command line's `generate --server … --project 1`, as GenerateCommand asks the generation
// service for it: the graph's name as the name for a new project.
TEST_F(ExistingProjectTest, TheCommandLineGeneratesIntoAnExistingProjectWithoutChangingIt)
{
    session::GenerationService::Request request;
    request.graph = localShopGraph();
    request.serverProjectId = server->ownProjectId();
    request.projectName = QStringLiteral("shop");
    const ServiceRun r = runThroughService(server->origin(),
                                           Credential::fromSessionId(
                                                   server->createSession(QStringLiteral("42"))),
                                           request);
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    ASSERT_EQ(r.submitted.size(), 1);
    EXPECT_TRUE(r.submitted.constFirst().endsWith(QLatin1Char('/') + server->ownProjectId()))
            << r.submitted.constFirst().toStdString();
    EXPECT_EQ(server->codegenPostsAccepted(), 1);
    expectAlphaUnchanged();
}

// A new project may still be named after the graph and take its description.
TEST_F(ExistingProjectTest, ANewProjectIsNamedAfterTheGraph)
{
    RemoteBackend backend(client.get());
    backend.setWatcherSetup([](JobWatcher *w) { w->setJitterSource([] { return 0.5; }); });
    ASSERT_TRUE(generate(backend));
    ASSERT_EQ(server->projectWrites().size(), 1) << describe(server->projectWrites());
    const QString id = backend.project().id;
    EXPECT_EQ(server->projectWrites().constFirst().projectId, id);
    EXPECT_EQ(server->project(id).value(QStringLiteral("name")).toString(), QStringLiteral("shop"));
    EXPECT_EQ(storedMeta(*server, id).value(QStringLiteral("description")).toString(),
              localShopGraph().description);
}

// --- stored artifacts (§6.3 storageUrl) ---------------------------------------------------------

namespace {
/// Two files whose stored contents the tests compare with what arrives.
QList<FakeKubegramServer::GeneratedFile> storedFiles(const QJsonObject &)
{
    return {{QStringLiteral("web-deployment.yaml"),
             QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"),
             QStringLiteral("web"), QStringLiteral("DEPLOYMENT")},
            {QStringLiteral("svc/web-svc.yaml"),
             QStringLiteral("apiVersion: v1\nkind: Service\nmetadata:\n  name: web-svc\n"),
             QStringLiteral("web-svc"), QStringLiteral("SERVICE")}};
}

const Artifact *findArtifact(const ArtifactList &list, const QString &path)
{
    for (const Artifact &a : list) {
        if (a.path == path)
            return &a;
    }
    return nullptr;
}

bool reportSays(const GenerationResult &result, const QString &part)
{
    for (const ReportItem &item : result.report.items) {
        if (item.severity == ReportItem::Severity::Warning && item.message.contains(part))
            return true;
    }
    return false;
}
} // namespace

TEST_F(BackendTest, StoredArtifactsAreDownloadedCheckedAndFlagged)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().storedArtifacts = true;
    server->config().generator = &storedFiles;
    const Run r = run();
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    const ArtifactList &list = r.result->artifacts;

    // Downloaded (one relative, one absolute URL on the server's origin) and equal to what the
    // server stored.
    for (const auto &f : storedFiles({})) {
        const Artifact *a = findArtifact(list, f.path);
        ASSERT_TRUE(a) << f.path.toStdString();
        EXPECT_EQ(a->content, f.content.toUtf8()) << f.path.toStdString();
        EXPECT_TRUE(a->isExportable()) << a->unsafeReason.toStdString();
    }
    // The downloads carried the credential and the team, like every API request.
    const auto downloads = server->requests(QStringLiteral("/storage/"));
    ASSERT_FALSE(downloads.isEmpty());
    for (const auto &d : downloads) {
        EXPECT_TRUE(d.headers.value("cookie").startsWith("session="));
        EXPECT_EQ(d.headers.value("x-kubegram-team-id"), "7");
    }

    // Another origin: never requested, flagged, not exportable, named in the report.
    const Artifact *foreign = findArtifact(list, QStringLiteral("stored/elsewhere.yaml"));
    ASSERT_TRUE(foreign);
    EXPECT_TRUE(foreign->content.isEmpty());
    EXPECT_FALSE(foreign->isExportable());
    EXPECT_TRUE(foreign->unsafeReason.contains(QStringLiteral("on another server: not downloaded")))
            << foreign->unsafeReason.toStdString();
    EXPECT_TRUE(foreign->unsafeReason.contains(QStringLiteral("http://localhost:")));
    EXPECT_TRUE(server->requests(QStringLiteral("/foreign")).isEmpty());
    EXPECT_TRUE(reportSays(*r.result, QStringLiteral("stored/elsewhere.yaml: stored at")));

    // A wrong checksum after the download is flagged like an inline one.
    const Artifact *wrong = findArtifact(list, QStringLiteral("stored/wrong-checksum.yaml"));
    ASSERT_TRUE(wrong);
    EXPECT_TRUE(wrong->unsafeReason.contains(QStringLiteral("checksum mismatch")))
            << wrong->unsafeReason.toStdString();
    EXPECT_TRUE(reportSays(*r.result, QStringLiteral("Checksum mismatch: stored/wrong-checksum")));

    // A 404 flags that artifact with the reason; the job still succeeded.
    const Artifact *missing = findArtifact(list, QStringLiteral("stored/missing.yaml"));
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing->content.isEmpty());
    EXPECT_FALSE(missing->isExportable());
    EXPECT_TRUE(missing->unsafeReason.contains(QStringLiteral("404")))
            << missing->unsafeReason.toStdString();
    EXPECT_TRUE(reportSays(*r.result, QStringLiteral("Download failed, not exported: "
                                                     "stored/missing.yaml")));

    // The directory and metadata records are still there.
    EXPECT_EQ(list.size(), 7);
}

TEST_F(BackendTest, AnOversizedStoredFileIsRefusedByTheCap)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().storedArtifacts = true;
    server->config().generator = &storedFiles;
    server->config().storedOversizeBytes = ArtifactLimits().maxArtifactBytes + 1;
    const Run r = run();
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    const Artifact *big = findArtifact(r.result->artifacts, QStringLiteral("stored/big.yaml"));
    ASSERT_TRUE(big);
    EXPECT_TRUE(big->content.isEmpty());
    EXPECT_FALSE(big->isExportable());
    EXPECT_TRUE(big->unsafeReason.contains(QStringLiteral("larger than 10 MiB")))
            << big->unsafeReason.toStdString();
    EXPECT_TRUE(reportSays(*r.result, QStringLiteral("Artifact too large: stored/big.yaml")));
    // The others arrived all the same.
    const Artifact *web = findArtifact(r.result->artifacts, QStringLiteral("web-deployment.yaml"));
    ASSERT_TRUE(web);
    EXPECT_FALSE(web->content.isEmpty());
}

TEST_F(BackendTest, DroppedDownloadsFlagTheirArtifactsWithoutFailingTheJob)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().storedArtifacts = true;
    server->config().generator = &storedFiles;
    server->addFault(fault(FK::DropBeforeAnswer, QStringLiteral("/storage/"), -1));
    const Run r = run();
    ASSERT_TRUE(r.result) << (r.error ? r.error->toString().toStdString() : "");
    const Artifact *web = findArtifact(r.result->artifacts, QStringLiteral("web-deployment.yaml"));
    ASSERT_TRUE(web);
    EXPECT_TRUE(web->content.isEmpty());
    EXPECT_FALSE(web->isExportable());
    EXPECT_TRUE(web->unsafeReason.contains(QStringLiteral("download failed")))
            << web->unsafeReason.toStdString();
    // Retried like any idempotent request before giving up.
    EXPECT_GT(server->requests(QStringLiteral("/storage/")).size(), 4);
}

TEST_F(JobTest, StoredDownloadsStayWithinTheJobLimit)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    server->config().storedArtifacts = true;
    server->config().generator = &storedFiles;
    JobWatcher watcher(client.get(), submit());
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    ASSERT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();

    ArtifactLimits limits;
    limits.maxJobBytes = 100; // room for one of the stored files (about 60 bytes each), not two
    ArtifactNotes notes;
    auto artifacts = artifactsFromJobResult(outcome->result, limits, &notes);
    ASSERT_TRUE(artifacts.ok());
    EXPECT_EQ(notes.stored.size(), 5); // two files, wrong checksum, 404, another origin
    // Until downloaded, a stored artifact is flagged: never exported as an empty file.
    for (const StoredArtifact &s : std::as_const(notes.stored))
        EXPECT_FALSE(artifacts->at(s.index).isExportable());

    auto fetched = await<std::pair<ArtifactList, ArtifactNotes>>([&](auto done) {
        fetchStoredArtifacts(*client, artifacts.value(), notes, limits, nullptr,
                             [done](const ArtifactList &l, const ArtifactNotes &n) {
                                 done(std::make_pair(l, n));
                             });
    });
    ASSERT_TRUE(fetched);
    const auto &[list, after] = *fetched;
    qint64 total = 0;
    for (const Artifact &a : list)
        total += a.content.size();
    EXPECT_LE(total, limits.maxJobBytes);
    EXPECT_FALSE(after.tooLarge.isEmpty());
    EXPECT_EQ(after.notDownloaded.size(), 1);
    EXPECT_EQ(after.downloadFailed.size(), 1);
    EXPECT_TRUE(after.stored.isEmpty());
}
