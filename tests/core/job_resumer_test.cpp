// Remote jobs an earlier run left unfinished are resumed by the next run. Each test restarts the
// application for real: a first run signs in to the in-process fake server and starts a server
// generation the way a window does (session::GenerationService → RemoteBackend →
// RecordedGeneration), then everything of that run is destroyed while the job still runs on the
// server. A second run is a new session::AppContext over the same cache file (KUBEGRAM_DESKTOP_DB)
// and settings file, with the credential in its store, started as GuiStartup starts it.
#include "FakeKubegramServer.h"
#include "remote/Credential.h"
#include "remote/JobWatcher.h"
#include "session/AppContext.h"
#include "session/GenerationService.h"
#include "session/JobResumer.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"

#include "TestSupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace kg;
using kg::test::FakeKubegramServer;
using store::JobStatus;

namespace {

/// Client timings scaled down (a 2 s poll becomes 100 ms), still generous for a slow machine.
constexpr double Scale = 0.05;
/// How long any wait for the application may take before the test gives up.
constexpr int Patience = 30'000;
/// Server steps while the first run is alive: the job stays at its first step.
constexpr int SlowStepMs = 10 * 60'000;
/// Server steps after the restart: the job runs to its end.
constexpr int FastStepMs = 40;
/// A process id above Linux's PID_MAX_LIMIT (2^22): no process can have it.
constexpr qint64 GoneProcessId = 2'000'000'000;

GraphData shopGraph()
{
    GraphData g;
    g.name = QStringLiteral("shop");
    g.nodes = {test::makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT"),
                              QStringLiteral("web"), {0, 0}, {{QStringLiteral("replicas"), 2}}),
               test::makeNode(QStringLiteral("db"), QStringLiteral("DATABASE"),
                              QStringLiteral("orders-db"), {300, 0})};
    return g;
}

class JobResumerTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        m_previousDb = qgetenv("KUBEGRAM_DESKTOP_DB");
        m_hadPreviousDb = qEnvironmentVariableIsSet("KUBEGRAM_DESKTOP_DB");
        qputenv("KUBEGRAM_DESKTOP_DB", path(QStringLiteral("cache.sqlite")).toLocal8Bit());
        server = std::make_unique<FakeKubegramServer>();
        ASSERT_TRUE(server->listen());
        server->config().stepMs = SlowStepMs;
        sessionId = server->createSession(QStringLiteral("42"));
    }

    void TearDown() override
    {
        if (m_hadPreviousDb)
            qputenv("KUBEGRAM_DESKTOP_DB", m_previousDb);
        else
            qunsetenv("KUBEGRAM_DESKTOP_DB");
    }

    /// A sign-in the credential store keeps between runs (the keychain in the product).
    struct SignIn
    {
        QUrl origin;
        QString session;
    };

    /// One start of the application as GuiStartup makes it: the settings file, the cache at
    /// Database::defaultPath() and a credential store holding @p signIns. Client timings are
    /// scaled down before anything connects, but the WebSocket handshake and silence keep their
    /// real length so a slow machine does not fall back to polling. Resumed jobs poll unless
    /// @p polling is false (the product's default: WebSocket first).
    std::unique_ptr<session::AppContext> launch(const QList<SignIn> &signIns, bool polling = true)
    {
        auto settings = std::make_shared<AppSettings>(path(QStringLiteral("settings.conf")));
        auto db = store::Database::open(store::Database::defaultPath());
        EXPECT_TRUE(db.ok()) << db.error().toString().toStdString();
        if (!db)
            return nullptr;
        auto credentials = std::make_unique<remote::MemoryCredentialStore>();
        for (const SignIn &signIn : signIns) {
            bool saved = false;
            credentials->save(remote::CredentialStore::entryKey(signIn.origin,
                                                                QStringLiteral("default")),
                              remote::Credential::fromSessionId(signIn.session),
                              [&](const Status &s) { saved = s.ok(); });
            EXPECT_TRUE(saved);
        }
        auto context = std::make_unique<session::AppContext>(settings, *db, std::move(credentials));
        remote::RemoteTimings timings = remote::RemoteTimings().scaled(Scale);
        const remote::RemoteTimings real;
        timings.webSocketHandshakeMs = real.webSocketHandshakeMs;
        timings.webSocketSilenceMs = real.webSocketSilenceMs;
        context->server()->setTimings(timings);
        context->resumer()->setPreferPolling(polling);
        return context;
    }
    std::unique_ptr<session::AppContext> launch(const QUrl &origin, const QString &session,
                                                bool polling = true)
    {
        return launch(QList<SignIn>{{origin, session}}, polling);
    }

    static bool waitForState(session::AppContext &context, session::ServerConnection::State state)
    {
        const bool reached = QTest::qWaitFor([&] { return context.server()->state() == state; },
                                             Patience);
        EXPECT_TRUE(reached) << "session: " << context.server()->statusText().toStdString() << " "
                             << context.server()->lastError().toStdString();
        return reached;
    }

    /// The first run: signs in to @p srv (configured as File → Kubegram Server… does, so the
    /// origin is kept in the settings file), starts generating the shop graph there through a
    /// window's session::GenerationService, waits until the server accepted the job and its first
    /// step is recorded, then shuts the whole run down without finishing the job. Returns the
    /// job's id in the cache, 0 on failure.
    qint64 firstRun(FakeKubegramServer &srv, const QString &session)
    {
        auto context = launch(srv.origin(), session, false);
        if (!context)
            return 0;
        context->server()->configure(srv.origin());
        if (!waitForState(*context, session::ServerConnection::State::SignedIn))
            return 0;
        qint64 jobId = 0;
        {
            session::GenerationService service(context->database(), context->server());
            service.setWatcherSetup([](remote::JobWatcher *w) {
                w->setPreferPolling(true);
                w->setJitterSource([] { return 0.5; });
            });
            const auto started = service.start(
                    shopGraph(), session::GenerationService::Backend::Remote,
                    session::GenerationService::optionsFrom(context->settings(), QString()));
            EXPECT_TRUE(started.started) << started.error.toStdString();
            jobId = started.jobId;
            if (jobId <= 0)
                return 0;
            const bool accepted = QTest::qWaitFor(
                    [&] {
                        const auto job = jobs(*context->database()).job(jobId);
                        return job && !job->remoteJobId.isEmpty()
                               && job->step == QLatin1String("getOrCreateGraph");
                    },
                    Patience);
            EXPECT_TRUE(accepted) << "the server job was not attached to the recorded job";
            if (!accepted)
                return 0;
            EXPECT_TRUE(service.isRunning());
            // The job was started in this run: the resumer leaves it to the window.
            EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
        }
        // The application quits: windows, session, resumer, cache.
        const std::weak_ptr<store::Database> database = context->database();
        context.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(database.expired()) << "something of the first run still holds the cache";
        return jobId;
    }

    /// The first run's process has exited: the cache names a process that no longer exists as
    /// the owner of its jobs, so the next open runs its crash recovery for real.
    void firstProcessExited()
    {
        const QString name = QStringLiteral("exited-%1")
                                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path(QStringLiteral("cache.sqlite")));
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("UPDATE jobs SET owner_pid = %1").arg(GoneProcessId)));
        }
        QSqlDatabase::removeDatabase(name);
    }

    static store::JobRepository jobs(store::Database &db) { return store::JobRepository(db); }

    std::optional<store::JobRecord> job(session::AppContext &context, qint64 id) const
    {
        const auto record = jobs(*context.database()).job(id);
        if (!record)
            return std::nullopt;
        return record.value();
    }

    /// Waits until job @p id of the cache has @p status.
    bool waitForStatus(session::AppContext &context, qint64 id, JobStatus status)
    {
        const bool reached = QTest::qWaitFor(
                [&] {
                    const auto j = job(context, id);
                    return j && j->status == status;
                },
                Patience);
        const auto j = job(context, id);
        EXPECT_TRUE(reached) << "job " << id << " is "
                             << (j ? store::jobStatusName(j->status).toStdString() : "missing")
                             << ", wanted " << store::jobStatusName(status).toStdString()
                             << (j ? " (" + j->error.toStdString() + ")" : "");
        return reached;
    }

    /// The graph the first run sent to @p srv, as the server received it.
    static QJsonObject postedGraph(const FakeKubegramServer &srv)
    {
        for (const auto &r : srv.requests(QStringLiteral("/graph/codegen"))) {
            if (r.method == "POST")
                return QJsonDocument::fromJson(r.body)
                        .object()
                        .value(QStringLiteral("graph"))
                        .toObject();
        }
        return {};
    }

    /// How the server delivered the results: a GeneratedCodeGraph (current servers: node ids,
    /// plus one metadata artifact) or artifact records (design contract: no node ids, plus a
    /// directory and a metadata record).
    enum class ResultFormat { GeneratedCode, Records };

    /// Checks that job @p id holds exactly the files the server generated for @p graph, in
    /// order, plus what @p format adds.
    static void expectServerArtifacts(session::AppContext &context, qint64 id,
                                      const QJsonObject &graph, ResultFormat format)
    {
        const bool nodeIds = format == ResultFormat::GeneratedCode;
        const int extraRecords = nodeIds ? 1 : 2;
        const auto expected = FakeKubegramServer::defaultGenerator(graph);
        ASSERT_FALSE(expected.isEmpty());
        const auto stored = store::ArtifactRepository(*context.database()).artifacts(id);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        ArtifactList files;
        for (const Artifact &a : stored.value()) {
            if (a.type == Artifact::Type::File)
                files << a;
        }
        ASSERT_EQ(files.size(), expected.size());
        for (int i = 0; i < files.size(); ++i) {
            EXPECT_EQ(files[i].path, expected[i].path);
            EXPECT_EQ(files[i].content, expected[i].content.toUtf8())
                    << files[i].path.toStdString();
            if (nodeIds) {
                EXPECT_EQ(files[i].sourceNodeId, expected[i].nodeId) << files[i].path.toStdString();
            }
            EXPECT_TRUE(files[i].unsafeReason.isEmpty());
        }
        EXPECT_EQ(stored->size(), expected.size() + extraRecords);
        const auto record = store::JobRepository(*context.database()).job(id);
        ASSERT_TRUE(record.ok());
        EXPECT_EQ(record->fileCount, stored->size());
    }

    std::unique_ptr<FakeKubegramServer> server;
    QString sessionId;

private:
    QByteArray m_previousDb;
    bool m_hadPreviousDb = false;
};

} // namespace

TEST_F(JobResumerTest, ARestartResumesTheRunningJobAndStoresItsArtifacts)
{
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_EQ(server->codegenPostsAccepted(), 1);
    const QJsonObject graph = postedGraph(*server);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());

    auto context = launch(server->origin(), sessionId, false); // WebSocket first, as shipped
    ASSERT_TRUE(context);
    // The restart kept the job as the first run left it: running, at its first step.
    const auto before = job(*context, jobId);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->status, JobStatus::Running) << before->error.toStdString();
    EXPECT_EQ(before->ownerPid, GoneProcessId);
    EXPECT_EQ(before->step, QStringLiteral("getOrCreateGraph"));
    EXPECT_EQ(before->progress, 10);
    EXPECT_EQ(context->settings().serverOrigin.get(), server->origin().toString());

    QSignalSpy finished(context->resumer(), &session::JobResumer::jobFinished);
    server->config().stepMs = FastStepMs;
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));

    const auto after = job(*context, jobId);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->progress, 100);
    EXPECT_EQ(after->step, QStringLiteral("completed"));
    EXPECT_TRUE(after->error.isEmpty()) << after->error.toStdString();
    EXPECT_TRUE(after->finishedAt.isValid());
    EXPECT_EQ(after->remoteJobId, before->remoteJobId);
    EXPECT_EQ(after->backend, QStringLiteral("remote"));
    // The server's metadata names its job.
    ASSERT_NO_FATAL_FAILURE(
            expectServerArtifacts(*context, jobId, graph, ResultFormat::GeneratedCode));
    const auto stored = store::ArtifactRepository(*context->database()).artifacts(jobId).value();
    ASSERT_FALSE(stored.isEmpty());
    const Artifact &meta = stored.constLast();
    EXPECT_EQ(meta.type, Artifact::Type::Metadata);
    EXPECT_EQ(QJsonDocument::fromJson(meta.content)
                      .object()
                      .value(QStringLiteral("graphId"))
                      .toString(),
              after->remoteJobId);

    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).toLongLong(), jobId);
    EXPECT_FALSE(finished.at(0).at(1).toString().isEmpty());
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
    // Resumed, never resubmitted or cancelled.
    EXPECT_EQ(server->codegenPostsAccepted(), 1);
    for (const auto &r : server->requests(QStringLiteral("/graph/codegen/")))
        EXPECT_NE(r.method, QByteArray("DELETE")) << r.path.toStdString();
}

TEST_F(JobResumerTest, AResumedJobStreamsOverTheWebSocketOfADesignServer)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    const QJsonObject graph = postedGraph(*server);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());

    // A session of its own tells this run's requests from late ones of the first run.
    const QString secondSession = server->createSession(QStringLiteral("42"));
    const auto ofThisRun = [&](const QString &part) {
        int n = 0;
        for (const auto &r : server->requests(part))
            n += r.headers.value("cookie").contains(secondSession.toUtf8()) ? 1 : 0;
        return n;
    };
    auto context = launch(server->origin(), secondSession, false);
    ASSERT_TRUE(context);
    server->config().stepMs = FastStepMs;
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));
    ASSERT_NO_FATAL_FAILURE(expectServerArtifacts(*context, jobId, graph, ResultFormat::Records));
    const auto remoteJobId = job(*context, jobId)->remoteJobId;
    const QString subscription = QStringLiteral("/graph/codegen/") + remoteJobId
                                 + QStringLiteral("/subscribe");
    ASSERT_EQ(ofThisRun(subscription), 1);
    EXPECT_TRUE(server->requests(subscription).constFirst().webSocket);
    EXPECT_EQ(ofThisRun(QStringLiteral("/status")), 0); // streamed, not polled
}

TEST_F(JobResumerTest, AJobThatFailedOnTheServerEndsFailedWithTheServersReason)
{
    server->config().failAtStep = QStringLiteral("llmCall");
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());

    auto context = launch(server->origin(), sessionId);
    ASSERT_TRUE(context);
    QSignalSpy finished(context->resumer(), &session::JobResumer::jobFinished);
    server->config().stepMs = FastStepMs;
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Failed));

    const auto failed = job(*context, jobId);
    ASSERT_TRUE(failed);
    EXPECT_TRUE(failed->error.contains(server->config().failMessage))
            << failed->error.toStdString();
    EXPECT_EQ(failed->step, QStringLiteral("llmCall"));
    EXPECT_TRUE(failed->finishedAt.isValid());
    EXPECT_EQ(failed->fileCount, 0);
    EXPECT_TRUE(store::ArtifactRepository(*context->database()).entries(jobId)->isEmpty());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toString(), server->config().failMessage);
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
}

TEST_F(JobResumerTest, AJobTheServerNoLongerKnowsEndsWithAClearMessage)
{
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    // The server is redeployed at the same address with an empty database: the job is gone
    // and the user signed in again.
    const quint16 port = server->port();
    server.reset();
    server = std::make_unique<FakeKubegramServer>();
    ASSERT_TRUE(server->listen(port));
    ASSERT_EQ(server->jobCount(), 1); // only the seeded job of another team
    const QString newSession = server->createSession(QStringLiteral("42"));

    auto context = launch(server->origin(), newSession);
    ASSERT_TRUE(context);
    QSignalSpy finished(context->resumer(), &session::JobResumer::jobFinished);
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Failed));

    const auto gone = job(*context, jobId);
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone->error.contains(QStringLiteral("no longer available")))
            << gone->error.toStdString();
    EXPECT_TRUE(gone->finishedAt.isValid());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("no longer available")));
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
    EXPECT_EQ(server->codegenPostsAccepted(), 0); // never resubmitted
}

TEST_F(JobResumerTest, JobsOfAnotherServerAreLeftUntouched)
{
    // Last time the user generated on server A, then switched to server B and generated there.
    FakeKubegramServer other;
    ASSERT_TRUE(other.listen());
    other.config().stepMs = SlowStepMs;
    const qint64 onA = firstRun(*server, sessionId);
    ASSERT_GT(onA, 0);
    const QString otherSession = other.createSession(QStringLiteral("42"));
    const qint64 onB = firstRun(other, otherSession);
    ASSERT_GT(onB, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    server->clearLog();

    auto context = launch(other.origin(), otherSession);
    ASSERT_TRUE(context);
    const auto untouched = job(*context, onA);
    ASSERT_TRUE(untouched);
    other.config().stepMs = FastStepMs;
    context->start();
    // B's job is resumed in the same pass that would have picked up A's.
    ASSERT_TRUE(waitForStatus(*context, onB, JobStatus::Completed));

    const auto a = job(*context, onA);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->status, JobStatus::Running);
    EXPECT_EQ(a->step, untouched->step);
    EXPECT_EQ(a->progress, untouched->progress);
    EXPECT_EQ(a->updatedAt, untouched->updatedAt);
    EXPECT_TRUE(a->error.isEmpty());
    EXPECT_TRUE(server->requests().isEmpty()) << "server A was asked about its job";
    EXPECT_TRUE(other.requests(untouched->remoteJobId).isEmpty())
            << "server B was asked about A's job";
    EXPECT_FALSE(context->resumer()->watchedJobs().contains(onA));
    // Still listed for the day the user signs in to A again.
    const auto unfinished = jobs(*context->database()).unfinishedRemoteJobs();
    ASSERT_TRUE(unfinished.ok());
    ASSERT_EQ(unfinished->size(), 1);
    EXPECT_EQ(unfinished->first().jobId, onA);
}

TEST_F(JobResumerTest, AnUnreachableServerLeavesTheJobUnfinishedUntilSignedIn)
{
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    const QJsonObject graph = postedGraph(*server);
    const QUrl origin = server->origin();
    const quint16 port = server->port();
    server->close();

    auto context = launch(origin, sessionId);
    ASSERT_TRUE(context);
    context->start();
    ASSERT_TRUE(waitForState(*context, session::ServerConnection::State::Offline));
    const auto offline = job(*context, jobId);
    ASSERT_TRUE(offline);
    EXPECT_EQ(offline->status, JobStatus::Running);
    EXPECT_TRUE(offline->error.isEmpty()) << offline->error.toStdString();
    EXPECT_FALSE(offline->finishedAt.isValid());
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());

    // The server is back and the session connects again (Test connection, or the next start).
    server->config().stepMs = FastStepMs;
    ASSERT_TRUE(server->listen(port));
    context->server()->connectToServer();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));
    ASSERT_NO_FATAL_FAILURE(
            expectServerArtifacts(*context, jobId, graph, ResultFormat::GeneratedCode));
    EXPECT_EQ(context->server()->state(), session::ServerConnection::State::SignedIn);
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
}

TEST_F(JobResumerTest, SwitchingToAnotherServerAndBackResumesTheJobAgain)
{
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    FakeKubegramServer other;
    ASSERT_TRUE(other.listen());

    auto context = launch({{server->origin(), sessionId},
                           {other.origin(), other.createSession(QStringLiteral("42"))}});
    ASSERT_TRUE(context);
    context->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return context->resumer()->watchedJobs().contains(jobId); },
                                Patience));

    // File → Kubegram Server…: another server, then this one again.
    session::ServerConnection *session = context->server();
    session->configure(other.origin());
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return session->state() == session::ServerConnection::State::SignedIn
                       && session->origin() == other.origin();
            },
            Patience))
            << session->statusText().toStdString();
    EXPECT_EQ(job(*context, jobId)->status, JobStatus::Running);
    server->config().stepMs = FastStepMs;
    session->configure(server->origin());
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));
    EXPECT_TRUE(context->resumer()->watchedJobs().isEmpty());
    EXPECT_TRUE(other.requests(job(*context, jobId)->remoteJobId).isEmpty());
}

TEST_F(JobResumerTest, AResumedJobKeepsTheReportOfAServerRun)
{
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    server->config().hostileArtifacts = true; // names that must never be exported

    auto context = launch(server->origin(), sessionId);
    ASSERT_TRUE(context);
    server->config().stepMs = FastStepMs;
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));

    const auto entries = store::ArtifactRepository(*context->database()).entries(jobId);
    ASSERT_TRUE(entries.ok());
    QStringList unsafe;
    for (const store::ArtifactEntry &e : entries.value()) {
        if (!e.unsafeReason.isEmpty())
            unsafe << e.path;
    }
    ASSERT_FALSE(unsafe.isEmpty());
    // As after a run in one session: where it was generated, and a warning per unsafe path.
    const auto done = job(*context, jobId);
    ASSERT_TRUE(done);
    const auto generated = done->report.itemsIn(QStringLiteral("generated"));
    ASSERT_EQ(generated.size(), 1);
    EXPECT_TRUE(generated.constFirst().message.contains(done->remoteJobId))
            << generated.constFirst().message.toStdString();
    int unsafeWarnings = 0;
    for (const ReportItem &item : done->report.itemsIn(QStringLiteral("warning")))
        unsafeWarnings += item.message.contains(QStringLiteral("Unsafe path")) ? 1 : 0;
    EXPECT_EQ(unsafeWarnings, unsafe.size());
}

TEST_F(JobResumerTest, AResumedJobDownloadsItsStoredArtifacts)
{
    server->config().mode = FakeKubegramServer::Mode::Design;
    const qint64 jobId = firstRun(*server, sessionId);
    ASSERT_GT(jobId, 0);
    const QJsonObject graph = postedGraph(*server);
    ASSERT_NO_FATAL_FAILURE(firstProcessExited());
    server->config().storedArtifacts = true; // storageUrl instead of content

    auto context = launch(server->origin(), sessionId);
    ASSERT_TRUE(context);
    server->config().stepMs = FastStepMs;
    context->start();
    ASSERT_TRUE(waitForStatus(*context, jobId, JobStatus::Completed));

    const auto stored = store::ArtifactRepository(*context->database()).artifacts(jobId);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    QHash<QString, Artifact> byPath;
    for (const Artifact &a : stored.value())
        byPath.insert(a.path, a);
    const auto expected = FakeKubegramServer::defaultGenerator(graph);
    ASSERT_FALSE(expected.isEmpty());
    for (const auto &f : expected) {
        ASSERT_TRUE(byPath.contains(f.path)) << f.path.toStdString();
        EXPECT_EQ(byPath.value(f.path).content, f.content.toUtf8()) << f.path.toStdString();
        EXPECT_TRUE(byPath.value(f.path).unsafeReason.isEmpty());
    }
    // Another origin is never contacted; the artifact is kept, flagged, and not exportable.
    const Artifact foreign = byPath.value(QStringLiteral("stored/elsewhere.yaml"));
    EXPECT_TRUE(foreign.unsafeReason.contains(QStringLiteral("not downloaded")))
            << foreign.unsafeReason.toStdString();
    EXPECT_TRUE(server->requests(QStringLiteral("/foreign")).isEmpty());
    const auto done = job(*context, jobId);
    ASSERT_TRUE(done);
    int notDownloaded = 0;
    for (const ReportItem &item : done->report.itemsIn(QStringLiteral("warning")))
        notDownloaded += item.message.contains(QStringLiteral("on another server")) ? 1 : 0;
    EXPECT_EQ(notDownloaded, 1);
}
