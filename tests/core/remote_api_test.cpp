#include "RemoteTestFixture.h"

#include "io/JsonSupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace kg;
using namespace kg::remote;
using kg::test::FakeKubegramServer;
using Kind = RemoteError::Kind;
using FK = FakeKubegramServer::FaultKind;

namespace {

class ApiClientTest : public kg::test::RemoteTest
{
protected:
    RemoteError probe()
    {
        auto r = await<RemoteError>([&](auto done) { client->probe(nullptr, done); });
        if (r)
            return *r;
        RemoteError timeout;
        timeout.kind = RemoteError::Kind::Other;
        return timeout;
    }
};

} // namespace

TEST_F(ApiClientTest, ProbeAcceptsAKubegramServer)
{
    EXPECT_FALSE(probe().isError());
    EXPECT_EQ(client->apiPrefix(), ApiClient::CurrentPrefix);
    ASSERT_EQ(server->requests(QStringLiteral("healthz")).size(), 1);
    EXPECT_EQ(server->requests().first().path, QStringLiteral("/api/public/v1/healthz/live"));
}

TEST_F(ApiClientTest, ProbeReportsTheRoutingDefectAfterOneLegacyTry)
{
    server->config().routingDefect = true;
    const RemoteError e = probe();
    EXPECT_EQ(e.kind, Kind::NotKubegram);
    EXPECT_TRUE(e.message.contains(QStringLiteral("not served"))) << e.message.toStdString();
    EXPECT_EQ(server->requests(QStringLiteral("/api/v1/public/healthz")).size(), 1);
    EXPECT_EQ(client->apiPrefix(), ApiClient::CurrentPrefix);
}

TEST_F(ApiClientTest, ProbeFallsBackToTheLegacyPrefixAndKeepsIt)
{
    server->config().legacyPrefix = true;
    EXPECT_FALSE(probe().isError());
    EXPECT_EQ(client->apiPrefix(), ApiClient::LegacyPrefix);
    useSession();
    EXPECT_TRUE(sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me"))).ok());
}

TEST_F(ApiClientTest, ProbeSaysAWebPageIsNotAKubegramApi)
{
    server->addFault(fault(FK::WebPage, QStringLiteral("healthz"), 2));
    const RemoteError e = probe();
    EXPECT_EQ(e.kind, Kind::NotKubegram);
    EXPECT_TRUE(e.message.contains(QStringLiteral("web page"))) << e.message.toStdString();
}

TEST_F(ApiClientTest, UnreachableServerIsANetworkErrorAfterThreeAttempts)
{
    const QUrl origin = server->origin();
    server.reset(); // nothing listens on that port any more
    ApiClient c(origin);
    c.setTimings(RemoteTimings().scaled(Scale));
    std::optional<ApiResult<ApiClient::Response>> r;
    QElapsedTimer t;
    t.start();
    c.send(ApiClient::Request::get(QStringLiteral("/projects")), nullptr,
           [&](const auto &x) { r = x; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, 10'000));
    EXPECT_EQ(r->error().kind, Kind::Network);
    // two waits: 40 ms and 80 ms (plus jitter) at this scale
    EXPECT_GE(t.elapsed(), 120);
}

TEST_F(ApiClientTest, A500BurstIsRetriedUntilRecovery)
{
    server->addFault(fault(FK::Status500, QStringLiteral("/projects"), 2));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/projects")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->json.isArray());
    EXPECT_EQ(server->requests(QStringLiteral("/projects")).size(), 3);
}

TEST_F(ApiClientTest, RetriesStopAfterThreeAttempts)
{
    server->addFault(fault(FK::Status500, QStringLiteral("/projects"), 10));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/projects")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 500);
    EXPECT_EQ(r.error().serverError, QStringLiteral("Internal server error"));
    EXPECT_EQ(server->requests(QStringLiteral("/projects")).size(), 3);
}

TEST_F(ApiClientTest, APostIsNeverRetried)
{
    server->addFault(fault(FK::Status500, QStringLiteral("/projects"), 10));
    auto r = sendAndWait(
            ApiClient::Request::withJson("POST", QStringLiteral("/projects"),
                                         QJsonDocument(QJsonObject{
                                                 {QStringLiteral("name"), QStringLiteral("x")}})));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(server->requests(QStringLiteral("/projects")).size(), 1);
}

TEST_F(ApiClientTest, RetryAfterReplacesTheBackoffWhenItFits)
{
    auto f = fault(FK::Proxy429, QStringLiteral("/teams"));
    f.retryAfterSeconds = 1;
    server->addFault(f);
    QElapsedTimer t;
    t.start();
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_TRUE(r.ok());
    EXPECT_GE(t.elapsed(), 1000);
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 2);
}

TEST_F(ApiClientTest, ProxyErrorsWithHtmlAreRetried)
{
    server->addFault(fault(FK::Proxy502, QStringLiteral("/teams")));
    server->addFault(fault(FK::Proxy503, QStringLiteral("/teams")));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 3);

    server->addFault(fault(FK::Proxy504, QStringLiteral("/teams"), 5));
    auto r2 = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().httpStatus, 504);
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("text/html")));
}

TEST_F(ApiClientTest, A413IsNotRetried)
{
    server->addFault(fault(FK::Proxy413, QStringLiteral("/teams"), 5));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 413);
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 1);
}

TEST_F(ApiClientTest, DroppedConnectionsAreRetried)
{
    server->addFault(fault(FK::DropBeforeAnswer, QStringLiteral("/teams")));
    server->addFault(fault(FK::DropMidBody, QStringLiteral("/teams")));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 3);
}

TEST_F(ApiClientTest, ATruncatedBodyIsANetworkErrorThenRetried)
{
    server->addFault(fault(FK::WrongContentLength, QStringLiteral("/teams")));
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 2);
}

TEST_F(ApiClientTest, SlowAnswersTimeOut)
{
    auto f = fault(FK::Slow, QStringLiteral("/teams"), 3);
    f.delayMs = 3000;
    server->addFault(f);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Timeout);
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 3);
}

TEST_F(ApiClientTest, TrickledBodiesArriveWhole)
{
    auto f = fault(FK::Trickle, QStringLiteral("/projects"));
    f.delayMs = 5;
    server->addFault(f);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/projects")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->json.array().size(), 5);
}

TEST_F(ApiClientTest, MalformedJsonIsAnUnexpectedResponseAndNotRetried)
{
    for (FK kind : {FK::TruncatedJson, FK::InvalidUtf8, FK::HtmlAsJson}) {
        server->clearLog();
        server->addFault(fault(kind, QStringLiteral("/teams")));
        auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
        ASSERT_FALSE(r.ok()) << int(kind);
        EXPECT_EQ(r.error().kind, Kind::UnexpectedResponse) << int(kind);
        EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 1) << int(kind);
    }
}

TEST_F(ApiClientTest, AnArrayWhereAnObjectBelongsIsRefused)
{
    useSession();
    server->addFault(fault(FK::ArrayForObject, QStringLiteral("/auth/me")));
    auto r = await<ApiResult<Identity>>([&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, Kind::UnexpectedResponse);
}

TEST_F(ApiClientTest, OversizedBodiesAreRefusedWhileDownloading)
{
    auto f = fault(FK::Oversized, QStringLiteral("/teams"));
    f.size = 5 * 1024 * 1024;
    server->addFault(f);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::TooLarge);

    f.kind = FK::OversizedNoLength;
    server->addFault(f);
    auto r2 = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().kind, Kind::TooLarge);

    // The same size is fine where the cap is 32 MiB.
    f.kind = FK::Oversized;
    server->addFault(f);
    ApiClient::Request big = ApiClient::Request::get(QStringLiteral("/teams"));
    big.maxBytes = ApiClient::LargeBodyCap;
    EXPECT_TRUE(sendAndWait(big).ok());
}

TEST_F(ApiClientTest, DeepJsonIsRefused)
{
    QByteArray deep = QByteArray(600, '[') + QByteArray(600, ']');
    EXPECT_FALSE(io::parseJson(deep, QStringLiteral("x"), ApiClient::MaxJsonDepth).ok());
}

TEST_F(ApiClientTest, TextPlain404CarriesStatusAndContentType)
{
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/projects/999")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 404);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("text/plain")));
    EXPECT_EQ(server->requests(QStringLiteral("/projects/999")).size(), 1);
}

TEST_F(ApiClientTest, PlainText500IsRetriedThenReported)
{
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/internal/error")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 500);
    EXPECT_TRUE(r.error().toString().contains(QStringLiteral("Internal Server Error")));
    EXPECT_EQ(server->requests(QStringLiteral("/internal/error")).size(), 3);
}

TEST_F(ApiClientTest, RedirectsAreNotFollowed)
{
    useSession();
    ApiClient::Request r;
    r.url = server->origin();
    r.url.setPath(QStringLiteral("/authorize"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/cb"));
    r.url.setQuery(q);
    auto res = sendAndWait(r);
    ASSERT_FALSE(res.ok());
    EXPECT_EQ(res.error().kind, Kind::Redirect);
}

TEST_F(ApiClientTest, NothingGoesToAnotherOrigin)
{
    useSession();
    ApiClient::Request r;
    r.url = QUrl(QStringLiteral("http://localhost:%1/api/public/v1/auth/me").arg(server->port()));
    auto res = sendAndWait(r);
    ASSERT_FALSE(res.ok());
    EXPECT_EQ(res.error().kind, Kind::ForeignOrigin);
    EXPECT_TRUE(server->requests().isEmpty());
}

TEST_F(ApiClientTest, ExactlyOneCredentialAndTheTeamHeaderAreSent)
{
    useSession();
    client->setTeamId(QStringLiteral("7"));
    ASSERT_TRUE(sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me"))).ok());
    auto logged = server->requests().last();
    EXPECT_TRUE(logged.headers.value("cookie").startsWith("session="));
    EXPECT_FALSE(logged.headers.contains("authorization"));
    EXPECT_EQ(logged.headers.value("x-kubegram-team-id"), "7");
    EXPECT_EQ(logged.headers.value("accept"), "application/json");
    EXPECT_TRUE(logged.headers.value("user-agent").startsWith("KubegramDesktop/"));

    useOAuth();
    ASSERT_TRUE(sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me"))).ok());
    logged = server->requests().last();
    EXPECT_TRUE(logged.headers.value("authorization").startsWith("Bearer "));
    EXPECT_FALSE(logged.headers.contains("cookie"));
}

TEST_F(ApiClientTest, ACookieFromTheServerIsNotKept)
{
    useOAuth();
    ASSERT_TRUE(sendAndWait(ApiClient::Request::withJson("POST", QStringLiteral("/auth/logout"),
                                                         QJsonDocument(QJsonObject())))
                        .ok());
    ASSERT_TRUE(sendAndWait(ApiClient::Request::get(QStringLiteral("/teams"))).ok());
    EXPECT_FALSE(server->requests().last().headers.contains("cookie"));
}

TEST_F(ApiClientTest, LogLinesRedactSecrets)
{
    const QString line = ApiClient::redactedRequestLine(
            "POST", QUrl(QStringLiteral("http://127.0.0.1/token?code=SECRET1&state=s")),
            {{"Authorization", "Bearer SECRET2"},
             {"Cookie", "session=SECRET3"},
             {"Accept", "application/json"}},
            "grant_type=refresh_token&refresh_token=SECRET4&code_verifier=SECRET5");
    for (const char *secret : {"SECRET1", "SECRET2", "SECRET3", "SECRET4", "SECRET5"})
        EXPECT_FALSE(line.contains(QLatin1String(secret))) << secret;
    EXPECT_TRUE(line.contains(QStringLiteral("application/json")));
    EXPECT_TRUE(line.contains(QStringLiteral("state=s")));
}

namespace {
QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logged << msg;
}
} // namespace

TEST_F(ApiClientTest, DebugLoggingNeverShowsTheCredential)
{
#ifdef QT_NO_DEBUG_OUTPUT
    GTEST_SKIP() << "release builds compile debug logging out";
#endif
    useSession();
    const QString session = client->credential().access;
    QLoggingCategory::setFilterRules(QStringLiteral("kubegram.remote.api.debug=true"));
    g_logged.clear();
    auto previous = qInstallMessageHandler(captureLog);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(g_logged.isEmpty());
    for (const QString &line : std::as_const(g_logged))
        EXPECT_FALSE(line.contains(session)) << line.toStdString();
}

TEST_F(ApiClientTest, InsecureTransportIsFlaggedOnlyForRemoteHosts)
{
    EXPECT_FALSE(client->isInsecureTransport());
    EXPECT_TRUE(
            ApiClient(QUrl(QStringLiteral("http://kubegram.example:8090"))).isInsecureTransport());
    EXPECT_FALSE(ApiClient(QUrl(QStringLiteral("https://kubegram.example"))).isInsecureTransport());
    EXPECT_EQ(ApiClient(QUrl(QStringLiteral("https://kubegram.example")))
                      .webSocketUrl(QStringLiteral("/x"))
                      .scheme(),
              QStringLiteral("wss"));
}

// --- identity and projects --------------------------------------------------------------------

TEST_F(ApiClientTest, IdentityChainYieldsUserTeamAndCompany)
{
    useSession();
    auto r = await<ApiResult<Identity>>([&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(r && r->ok()) << (r ? r->error().toString().toStdString() : "timeout");
    const Identity &id = r->value();
    EXPECT_EQ(id.userId, QStringLiteral("42"));
    EXPECT_EQ(id.teamId, QStringLiteral("7"));
    EXPECT_EQ(id.organizationId, QStringLiteral("3"));
    EXPECT_EQ(id.companyId, FakeKubegramServer::CompanyId);
    EXPECT_TRUE(id.canGenerate());
    EXPECT_EQ(client->teamId(), QStringLiteral("7"));
}

TEST_F(ApiClientTest, IdentityWithoutTeamOrOrganizationDisablesGeneration)
{
    useSession(QStringLiteral("44"));
    auto r = await<ApiResult<Identity>>([&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(r && r->ok());
    EXPECT_TRUE(r->value().teamId.isEmpty());
    EXPECT_FALSE(r->value().canGenerate());

    useSession(QStringLiteral("45"));
    r = await<ApiResult<Identity>>([&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(r && r->ok()) << r->error().toString().toStdString();
    EXPECT_EQ(r->value().teamId, QStringLiteral("9"));
    EXPECT_TRUE(r->value().companyId.isEmpty());
    EXPECT_FALSE(r->value().canGenerate());
}

TEST_F(ApiClientTest, IdentityWithoutCredentialIsRefused)
{
    auto r = await<ApiResult<Identity>>([&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(r && !r->ok());
    EXPECT_EQ(r->error().httpStatus, 401);
    EXPECT_EQ(r->error().serverError, QStringLiteral("Not authenticated"));
}

TEST_F(ApiClientTest, ProvidersKeepOnlyWorkingOnes)
{
    auto r = await<ApiResult<QList<AuthProvider>>>(
            [&](auto done) { fetchProviders(*client, nullptr, done); });
    ASSERT_TRUE(r && r->ok());
    ASSERT_EQ(r->value().size(), 1);
    EXPECT_EQ(r->value().first().id, QStringLiteral("github"));
}

TEST_F(ApiClientTest, TeamsAndProjectsAreFilteredToTheCallersTeam)
{
    useSession();
    auto teams = await<ApiResult<QList<Team>>>(
            [&](auto done) { listTeams(*client, QStringLiteral("7"), nullptr, done); });
    ASSERT_TRUE(teams && teams->ok());
    ASSERT_EQ(teams->value().size(), 1);
    EXPECT_EQ(teams->value().first().name, QStringLiteral("Platform"));

    auto projects = await<ApiResult<QList<Project>>>(
            [&](auto done) { listProjects(*client, QStringLiteral("7"), nullptr, done); });
    ASSERT_TRUE(projects && projects->ok());
    QStringList ids;
    for (const Project &p : projects->value())
        ids << p.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("5"), QStringLiteral("1")})); // newest first
}

TEST_F(ApiClientTest, ForeignDeletedAndMissingProjectsAreNotFound)
{
    useSession();
    for (const QString &id :
         {server->foreignProjectId(), server->deletedProjectId(), QStringLiteral("999")}) {
        auto r = await<ApiResult<Project>>(
                [&](auto done) { getProject(*client, id, QStringLiteral("7"), nullptr, done); });
        ASSERT_TRUE(r && !r->ok()) << id.toStdString();
        EXPECT_EQ(r->error().httpStatus, 404) << id.toStdString();
    }
}

TEST_F(ApiClientTest, CreateRenameAndDeleteAProject)
{
    useSession();
    auto created = await<ApiResult<Project>>([&](auto done) {
        createProject(*client, QStringLiteral("Shop"), QStringLiteral("7"),
                      QJsonObject{{QStringLiteral("description"), QStringLiteral("d")}}, nullptr,
                      done);
    });
    ASSERT_TRUE(created && created->ok()) << created->error().toString().toStdString();
    EXPECT_EQ(created->value().teamId, QStringLiteral("7"));
    const QString id = created->value().id;
    EXPECT_EQ(server->project(id).value(QStringLiteral("teamId")).toInt(), 7);
    EXPECT_TRUE(server->project(id)
                        .value(QStringLiteral("graphMeta"))
                        .toString()
                        .contains(QStringLiteral("description")));

    auto renamed = await<ApiResult<Project>>([&](auto done) {
        renameProject(*client, id, QStringLiteral("Shop 2"), nullptr, done);
    });
    ASSERT_TRUE(renamed && renamed->ok());
    EXPECT_EQ(server->project(id).value(QStringLiteral("name")).toString(),
              QStringLiteral("Shop 2"));

    auto deleted = await<RemoteError>([&](auto done) { deleteProject(*client, id, nullptr, done); });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->isError());
    EXPECT_TRUE(server->project(id).isEmpty());
}

TEST_F(ApiClientTest, DeletingAProjectWithJobsSaysSo)
{
    useSession(QStringLiteral("43"));
    auto deleted = await<RemoteError>(
            [&](auto done) { deleteProject(*client, server->foreignProjectId(), nullptr, done); });
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->httpStatus, 500);
    EXPECT_TRUE(deleted->message.contains(QStringLiteral("generation jobs")));
    EXPECT_EQ(server->requests(QStringLiteral("/projects/2")).size(), 1);
}

TEST_F(ApiClientTest, SaveAndLoadTheGraphInGraphMeta)
{
    useSession();
    client->setTeamId(QStringLiteral("7"));
    const QJsonObject graph{{QStringLiteral("name"), QStringLiteral("shop")},
                            {QStringLiteral("nodes"),
                             QJsonArray{
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}}}}};
    // a key the server wrote earlier must survive the save
    auto put = sendAndWait(ApiClient::Request::withJson(
            "PUT", QStringLiteral("/projects/1"),
            QJsonDocument(QJsonObject{{QStringLiteral("graphMeta"),
                                       QStringLiteral("{\"description\":\"keep me\"}")}})));
    ASSERT_TRUE(put.ok());
    auto saved = await<ApiResult<Project>>([&](auto done) {
        saveProjectGraph(*client, QStringLiteral("1"), graph,
                         QJsonObject{{QStringLiteral("schemaVersion"), 1}}, QDateTime(), nullptr,
                         done);
    });
    ASSERT_TRUE(saved && saved->ok()) << saved->error().toString().toStdString();
    const QJsonObject meta = QJsonDocument::fromJson(server->project(QStringLiteral("1"))
                                                             .value(QStringLiteral("graphMeta"))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
    EXPECT_EQ(meta.value(QStringLiteral("description")).toString(), QStringLiteral("keep me"));
    EXPECT_EQ(meta.value(QStringLiteral("nodes")).toInt(), 1);
    EXPECT_TRUE(meta.contains(QStringLiteral("lastUpdated")));
    EXPECT_EQ(meta.value(QStringLiteral("desktop"))
                      .toObject()
                      .value(QStringLiteral("schemaVersion"))
                      .toInt(),
              1);

    auto loaded = await<ApiResult<ProjectGraph>>(
            [&](auto done) { loadProjectGraph(*client, QStringLiteral("1"), nullptr, done); });
    ASSERT_TRUE(loaded && loaded->ok());
    EXPECT_EQ(loaded->value().graphData, graph);
    EXPECT_EQ(loaded->value().updatedAt, saved->value().updatedAt);

    // A stale updatedAt refuses to overwrite.
    auto stale = await<ApiResult<Project>>([&](auto done) {
        saveProjectGraph(*client, QStringLiteral("1"), graph, {},
                         QDateTime::fromString(QStringLiteral("2020-01-01T00:00:00.000Z"),
                                               Qt::ISODateWithMs),
                         nullptr, done);
    });
    ASSERT_TRUE(stale && !stale->ok());
    EXPECT_TRUE(stale->error().message.contains(QStringLiteral("changed on the server")));
}

TEST_F(ApiClientTest, UnknownRoutesAnswerLikeTheWebApp)
{
    auto get = sendAndWait(ApiClient::Request::get(QStringLiteral("/no/such/route")));
    ASSERT_FALSE(get.ok());
    EXPECT_EQ(get.error().kind, Kind::NotKubegram);
    EXPECT_EQ(get.error().httpStatus, 200);
    auto post = sendAndWait(ApiClient::Request::withJson("POST", QStringLiteral("/no/such/route"),
                                                         QJsonDocument(QJsonObject())));
    ASSERT_FALSE(post.ok());
    EXPECT_EQ(post.error().httpStatus, 404);
    EXPECT_TRUE(post.error().message.contains(QStringLiteral("text/plain")));
    auto slash = sendAndWait(ApiClient::Request::get(QStringLiteral("/projects/")));
    ASSERT_FALSE(slash.ok());
    EXPECT_EQ(slash.error().httpStatus, 404);
    // There is no GET /graph/codegen/:jobId: it is the web page.
    useSession();
    auto job = sendAndWait(
            ApiClient::Request::get(QStringLiteral("/graph/codegen/") + server->foreignJobId()));
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind, Kind::NotKubegram);
}
