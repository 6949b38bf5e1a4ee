// The server client over TLS: certificate errors are reported with the certificate's SHA-256,
// and trustCertificate() pins exactly one certificate for exactly one origin, for HTTP requests
// and the WebSocket job subscription alike.
#include "RemoteTestFixture.h"

#include "remote/JobWatcher.h"

#include <QCryptographicHash>
#include <QSslSocket>

using namespace kg;
using namespace kg::remote;
using kg::test::FakeKubegramServer;
using Kind = RemoteError::Kind;
using Cert = FakeKubegramServer::TestCertificate;
using Outcome = JobWatcher::Outcome;

namespace {

QByteArray fingerprintOf(Cert which)
{
    return FakeKubegramServer::testIdentity(which)
            .certificate.digest(QCryptographicHash::Sha256)
            .toHex();
}

class TlsTest : public kg::test::RemoteTest
{
protected:
    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
        RemoteTest::SetUp();
        ASSERT_FALSE(FakeKubegramServer::testIdentity(Cert::A).isNull());
        ASSERT_FALSE(FakeKubegramServer::testIdentity(Cert::B).isNull());
        server->setTls(FakeKubegramServer::testIdentity(Cert::A));
        ASSERT_TRUE(server->listen());
        ASSERT_EQ(server->origin().scheme(), QStringLiteral("https"));
        client = tlsClient(server->origin());
    }

    /// A client with scaled-down retries and polls but real connect and handshake timeouts: a
    /// TLS handshake on a busy machine must not turn into a timeout.
    std::unique_ptr<ApiClient> tlsClient(const QUrl &origin)
    {
        auto c = std::make_unique<ApiClient>(origin);
        RemoteTimings t = RemoteTimings().scaled(Scale);
        const RemoteTimings real;
        t.connectTimeoutMs = real.connectTimeoutMs;
        t.requestTimeoutMs = real.requestTimeoutMs;
        t.longRequestTimeoutMs = real.longRequestTimeoutMs;
        t.probeTimeoutMs = real.probeTimeoutMs;
        t.webSocketHandshakeMs = real.webSocketHandshakeMs;
        c->setTimings(t);
        c->setJitterSource([] { return 0.5; });
        c->setCredentialStore(store.get());
        c->setWebSocketUnsupported(false);
        return c;
    }

    static ApiResult<ApiClient::Response> sendWith(ApiClient &c, const ApiClient::Request &request)
    {
        std::optional<ApiResult<ApiClient::Response>> result;
        c.send(request, nullptr, [&](const auto &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000)) {
            RemoteError e;
            e.kind = Kind::Other;
            e.message = QStringLiteral("test timed out");
            return e;
        }
        return *result;
    }

    static ApiClient::Request health()
    {
        ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/healthz/live"));
        r.authenticated = false;
        return r;
    }

    /// Restarts the server on the same port (same origin) with another certificate.
    void restartWith(Cert which)
    {
        const quint16 port = server->port();
        server->setTls(FakeKubegramServer::testIdentity(which));
        ASSERT_TRUE(server->listen(port));
        ASSERT_EQ(server->port(), port);
    }
};

} // namespace

TEST_F(TlsTest, TheFixturesAreTwoDifferentCertificates)
{
    EXPECT_EQ(fingerprintOf(Cert::A).size(), 64);
    EXPECT_NE(fingerprintOf(Cert::A), fingerprintOf(Cert::B));
}

TEST_F(TlsTest, AnUnknownSelfSignedCertificateIsATlsErrorWithItsFingerprint)
{
    const auto r = sendWith(*client, health());
    ASSERT_FALSE(r.ok());
    const RemoteError &e = r.error();
    EXPECT_EQ(e.kind, Kind::Tls) << e.toString().toStdString();
    EXPECT_EQ(e.tlsFingerprint, fingerprintOf(Cert::A));
    EXPECT_TRUE(e.message.contains(QStringLiteral("certificate is not trusted")))
            << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive))
            << e.message.toStdString();
    EXPECT_TRUE(e.url.startsWith(server->origin().toString())) << e.url.toStdString();
    EXPECT_FALSE(e.isTransient());
    // Nothing got through: no request reached the server, and the GET was not retried (§8).
    EXPECT_TRUE(server->requests().isEmpty());
    EXPECT_EQ(server->tlsHandshakesStarted(), 1);
    EXPECT_TRUE(client->trustedCertificate().isEmpty());

    // The probe says the same (no legacy-prefix fallback for a certificate problem).
    auto probed = await<RemoteError>([&](auto done) { client->probe(nullptr, done); });
    ASSERT_TRUE(probed);
    EXPECT_EQ(probed->kind, Kind::Tls);
    EXPECT_EQ(probed->tlsFingerprint, fingerprintOf(Cert::A));
    EXPECT_EQ(client->apiPrefix(), ApiClient::CurrentPrefix);
}

TEST_F(TlsTest, TrustingTheFingerprintLetsTheSameRequestsThrough)
{
    const auto refused = sendWith(*client, health());
    ASSERT_FALSE(refused.ok());
    client->trustCertificate(refused.error().tlsFingerprint);
    EXPECT_EQ(client->trustedCertificate(), fingerprintOf(Cert::A));

    const auto r = sendWith(*client, health());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->json.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    auto probed = await<RemoteError>([&](auto done) { client->probe(nullptr, done); });
    ASSERT_TRUE(probed);
    EXPECT_FALSE(probed->isError()) << probed->toString().toStdString();

    // Authenticated requests carry the credential over the pinned connection.
    client->setCredential(Credential::fromSessionId(server->createSession(QStringLiteral("42"))));
    auto identity = await<ApiResult<Identity>>(
            [&](auto done) { fetchIdentity(*client, nullptr, done); });
    ASSERT_TRUE(identity && identity->ok()) << identity->error().toString().toStdString();
    EXPECT_EQ(identity->value().userId, QStringLiteral("42"));
    EXPECT_TRUE(server->requests(QStringLiteral("/auth/me"))
                        .first()
                        .headers.value("cookie")
                        .startsWith("session="));
}

TEST_F(TlsTest, TheFingerprintIsComparedWhateverItsCase)
{
    client->trustCertificate(fingerprintOf(Cert::A).toUpper());
    const auto r = sendWith(*client, health());
    EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
}

TEST_F(TlsTest, APinForOneCertificateDoesNotTrustAnother)
{
    client->trustCertificate(fingerprintOf(Cert::A));
    ASSERT_TRUE(sendWith(*client, health()).ok());

    // Same origin, another certificate: refused, with the new certificate's fingerprint.
    restartWith(Cert::B);
    server->clearLog();
    auto r = sendWith(*client, health());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Tls) << r.error().toString().toStdString();
    EXPECT_EQ(r.error().tlsFingerprint, fingerprintOf(Cert::B));
    EXPECT_TRUE(server->requests().isEmpty());

    // A client that starts afresh with the old pin is refused too.
    auto fresh = tlsClient(server->origin());
    fresh->trustCertificate(fingerprintOf(Cert::A));
    r = sendWith(*fresh, health());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Tls);
    EXPECT_EQ(r.error().tlsFingerprint, fingerprintOf(Cert::B));

    // One pin per origin: trusting B replaces A.
    client->trustCertificate(fingerprintOf(Cert::B));
    ASSERT_TRUE(sendWith(*client, health()).ok());
    restartWith(Cert::A);
    r = sendWith(*client, health());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Tls);
    EXPECT_EQ(r.error().tlsFingerprint, fingerprintOf(Cert::A));
}

TEST_F(TlsTest, APinAppliesToItsOriginOnly)
{
    // Another origin (another port) presenting the very same certificate.
    FakeKubegramServer other;
    other.setTls(FakeKubegramServer::testIdentity(Cert::A));
    ASSERT_TRUE(other.listen());
    ASSERT_NE(other.origin(), server->origin());

    client->trustCertificate(fingerprintOf(Cert::A));
    ASSERT_TRUE(sendWith(*client, health()).ok());

    auto otherClient = tlsClient(other.origin());
    const auto r = sendWith(*otherClient, health());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Tls) << r.error().toString().toStdString();
    EXPECT_EQ(r.error().tlsFingerprint, fingerprintOf(Cert::A));
    EXPECT_TRUE(otherClient->trustedCertificate().isEmpty());
    EXPECT_TRUE(other.requests().isEmpty());

    // The pinned client does not carry its pin (or anything else) to the other origin.
    ApiClient::Request foreign = health();
    QUrl url = other.origin();
    url.setPath(QStringLiteral("/api/public/v1/healthz/live"));
    foreign.path.clear();
    foreign.url = url;
    const auto f = sendWith(*client, foreign);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, Kind::ForeignOrigin);
    EXPECT_TRUE(other.requests().isEmpty());
}

TEST_F(TlsTest, ThePinLivesInTheClientAndIsAskedForAgainAfterARestart)
{
    client->trustCertificate(fingerprintOf(Cert::A));
    ASSERT_TRUE(sendWith(*client, health()).ok());
    // The next start makes a new client for the same origin: nothing was kept anywhere.
    client.reset();
    client = tlsClient(server->origin());
    EXPECT_TRUE(client->trustedCertificate().isEmpty());
    const auto r = sendWith(*client, health());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::Tls);
    EXPECT_EQ(r.error().tlsFingerprint, fingerprintOf(Cert::A));
}

// --- the WebSocket subscription ----------------------------------------------------------------

namespace {

class TlsJobTest : public TlsTest
{
protected:
    void SetUp() override
    {
        TlsTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        server->config().mode = FakeKubegramServer::Mode::Design; // upgrades WebSockets
        session = server->createSession(QStringLiteral("42"));
        client->trustCertificate(fingerprintOf(Cert::A));
        client->setCredential(Credential::fromSessionId(session));
        client->setTeamId(QStringLiteral("7"));
    }

    QString submit()
    {
        QJsonObject graph{{QStringLiteral("name"), QStringLiteral("shop")},
                          {QStringLiteral("graphType"), QStringLiteral("KUBERNETES")},
                          {QStringLiteral("companyId"), FakeKubegramServer::CompanyId},
                          {QStringLiteral("userId"), QStringLiteral("42")},
                          {QStringLiteral("nodes"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("web")},
                                                  {QStringLiteral("name"), QStringLiteral("web")},
                                                  {QStringLiteral("nodeType"),
                                                   QStringLiteral("DEPLOYMENT")}}}}};
        const QJsonObject body{{QStringLiteral("graph"), graph},
                               {QStringLiteral("project"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Shop")}}}};
        auto r = await<ApiResult<CodegenSubmission>>(
                [&](auto done) { submitCodegen(*client, body, nullptr, done); }, 20'000);
        EXPECT_TRUE(r && r->ok()) << (r ? r->error().toString().toStdString() : "timeout");
        return r && r->ok() ? r->value().jobId : QString();
    }

    std::optional<Outcome> watch(JobWatcher &watcher)
    {
        std::optional<Outcome> outcome;
        QObject::connect(&watcher, &JobWatcher::finished, [&](const Outcome &o) { outcome = o; });
        watcher.setJitterSource([] { return 0.5; });
        watcher.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 30'000));
        return outcome;
    }

    /// A client of the same origin and credential with @p pin (none when empty).
    std::unique_ptr<ApiClient> clientPinnedTo(const QByteArray &pin)
    {
        auto c = tlsClient(server->origin());
        if (!pin.isEmpty())
            c->trustCertificate(pin);
        c->setCredential(Credential::fromSessionId(session));
        c->setTeamId(QStringLiteral("7"));
        return c;
    }

    int upgrades() const
    {
        int n = 0;
        for (const auto &r : server->requests())
            n += r.webSocket ? 1 : 0;
        return n;
    }

    QString session;
};

} // namespace

TEST_F(TlsJobTest, ThePinnedCertificateCarriesTheWebSocketSubscription)
{
    const QString jobId = submit();
    ASSERT_FALSE(jobId.isEmpty());
    JobWatcher watcher(client.get(), jobId);
    auto outcome = watch(watcher);
    ASSERT_TRUE(outcome);
    ASSERT_EQ(outcome->kind, Outcome::Kind::Completed) << outcome->message.toStdString();
    EXPECT_EQ(watcher.transport(), JobWatcher::Transport::WebSocket);
    EXPECT_EQ(watcher.pollCount(), 0);
    ASSERT_EQ(upgrades(), 1);
    const auto ws = server->requests(QStringLiteral("/subscribe"));
    ASSERT_EQ(ws.size(), 1);
    EXPECT_TRUE(ws.first().headers.value("cookie").startsWith("session="));
    EXPECT_EQ(ws.first().headers.value("x-kubegram-team-id"), "7");
}

TEST_F(TlsJobTest, WithoutThePinTheSubscriptionNeverReachesTheServer)
{
    const QString jobId = submit();
    ASSERT_FALSE(jobId.isEmpty());
    for (const QByteArray &pin : {QByteArray(), fingerprintOf(Cert::B)}) {
        SCOPED_TRACE(pin.isEmpty() ? "no pin" : "pin for another certificate");
        server->clearLog();
        auto unpinned = clientPinnedTo(pin);
        JobWatcher watcher(unpinned.get(), jobId);
        auto outcome = watch(watcher);
        ASSERT_TRUE(outcome);
        EXPECT_EQ(outcome->kind, Outcome::Kind::Error) << outcome->message.toStdString();
        EXPECT_EQ(outcome->error.kind, Kind::Tls) << outcome->message.toStdString();
        EXPECT_EQ(outcome->error.tlsFingerprint, fingerprintOf(Cert::A));
        // Neither the upgrade nor a poll got through, and a certificate problem is not taken
        // for a server without WebSockets.
        EXPECT_EQ(upgrades(), 0);
        EXPECT_TRUE(server->requests().isEmpty());
        EXPECT_FALSE(unpinned->webSocketUnsupported());
    }
}
