#include "RemoteTestFixture.h"

#include "remote/OAuthSignIn.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/ServerRepository.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace kg;
using namespace kg::remote;
using kg::test::FakeKubegramServer;
using Kind = RemoteError::Kind;

namespace {

/// A stand-in for the system browser: follows the authorization redirect to the loopback
/// listener, as a real browser would after the user approved.
class TestBrowser
{
public:
    bool open(const QUrl &url)
    {
        opened = url;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            page = reply->readAll();
            finalUrl = reply->url();
            reply->deleteLater();
        });
        return true;
    }
    QNetworkAccessManager network;
    QUrl opened;
    QUrl finalUrl;
    QByteArray page;
};

class AuthTest : public kg::test::RemoteTest
{
protected:
    /// Runs the OAuth flow to its end and returns the error (None on success).
    RemoteError signIn(OAuthSignIn &flow)
    {
        std::optional<RemoteError> result;
        QObject::connect(&flow, &OAuthSignIn::succeeded, [&] { result = RemoteError(); });
        QObject::connect(&flow, &OAuthSignIn::failed, [&](const RemoteError &e) { result = e; });
        flow.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
        return result.value_or(RemoteError());
    }
    TestBrowser browser;
};

} // namespace

TEST_F(AuthTest, PkceChallengeIsBase64UrlSha256)
{
    // RFC 7636 appendix B
    EXPECT_EQ(OAuthSignIn::codeChallenge(
                      QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QString verifier = OAuthSignIn::makeCodeVerifier();
    EXPECT_GE(verifier.size(), 43);
    EXPECT_LE(verifier.size(), 128);
    EXPECT_NE(verifier, OAuthSignIn::makeCodeVerifier());
    EXPECT_GE(OAuthSignIn::makeState().size() * 6, 128);
}

TEST_F(AuthTest, AuthorizationCodeFlowEndToEnd)
{
    OAuthSignIn flow(client.get());
    flow.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    const RemoteError e = signIn(flow);
    ASSERT_FALSE(e.isError()) << e.toString().toStdString();
    EXPECT_EQ(client->credential().kind, Credential::Kind::OAuth);
    EXPECT_FALSE(client->credential().refresh.isEmpty());
    EXPECT_TRUE(client->credential().expiresAt.isValid()); // decoded from the JWT
    EXPECT_EQ(store->size(), 1);
    EXPECT_EQ(server->tokenExchanges(), 1);

    const QUrlQuery q(browser.opened);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("client_id")), ApiClient::ClientId);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("provider")), QStringLiteral("github"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !browser.page.isEmpty(); }, 5000));
    EXPECT_TRUE(browser.page.contains("close this window"));
    EXPECT_EQ(browser.finalUrl.host(), QStringLiteral("127.0.0.1"));

    // The code exchange carried the verifier and never went through a retry.
    const auto exchanges = server->requests(QStringLiteral("/token"));
    ASSERT_EQ(exchanges.size(), 1);
    const QUrlQuery form(QString::fromUtf8(exchanges.first().body));
    EXPECT_FALSE(form.queryItemValue(QStringLiteral("code_verifier")).isEmpty());
    EXPECT_FALSE(exchanges.first().headers.contains("authorization"));

    // The new credential works.
    auto me = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    ASSERT_TRUE(me.ok()) << me.error().toString().toStdString();
    EXPECT_EQ(me->json.object().value(QStringLiteral("id")).toString(), QStringLiteral("42"));
}

TEST_F(AuthTest, IssuerUnderOAuthIsDiscovered)
{
    server->config().issuerUnderOAuth = true;
    OAuthSignIn flow(client.get());
    flow.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    const RemoteError e = signIn(flow);
    ASSERT_FALSE(e.isError()) << e.toString().toStdString();
    EXPECT_EQ(client->tokenEndpoint().path(), QStringLiteral("/oauth/token"));
}

TEST_F(AuthTest, ABrowserErrorIsShownAndNotExchanged)
{
    server->config().authorizeError = true;
    OAuthSignIn flow(client.get());
    flow.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    const RemoteError e = signIn(flow);
    EXPECT_EQ(e.serverError, QStringLiteral("server_error"));
    EXPECT_EQ(e.serverDetails, QStringLiteral("The provider failed"));
    EXPECT_EQ(server->tokenExchanges(), 0);
    EXPECT_FALSE(client->credential().isValid());
}

TEST_F(AuthTest, ABrokenBrowserLegTimesOutAndCanBeCancelled)
{
    server->config().authorizeNeverRedirects = true;
    OAuthSignIn flow(client.get());
    flow.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    const RemoteError e = signIn(flow); // oauthTimeout is 6 s at this scale
    EXPECT_EQ(e.kind, Kind::Timeout);
    EXPECT_FALSE(flow.isActive());

    OAuthSignIn second(client.get());
    second.setBrowserOpener([](const QUrl &) { return true; });
    QSignalSpy failed(&second, &OAuthSignIn::failed);
    second.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return second.redirectUri().isValid(); }, 5000));
    second.cancel();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<RemoteError>().kind, Kind::Cancelled);
}

TEST_F(AuthTest, ACallbackWithTheWrongStateIsIgnored)
{
    OAuthSignIn flow(client.get());
    QUrl authorizeUrl;
    flow.setBrowserOpener([&](const QUrl &url) {
        authorizeUrl = url;
        return true;
    });
    std::optional<RemoteError> result;
    QObject::connect(&flow, &OAuthSignIn::succeeded, [&] { result = RemoteError(); });
    QObject::connect(&flow, &OAuthSignIn::failed, [&](const RemoteError &e) { result = e; });
    flow.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return authorizeUrl.isValid(); }, 5000));
    QUrl forged = flow.redirectUri();
    forged.setQuery(QStringLiteral("code=stolen&state=wrong"));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(forged));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
    EXPECT_TRUE(reply->readAll().contains("not expected"));
    delete reply;
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(server->tokenExchanges(), 0);
    // The real browser leg still completes.
    browser.open(authorizeUrl);
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    EXPECT_FALSE(result->isError()) << result->toString().toStdString();
}

TEST_F(AuthTest, TheFakeIssuerBurnsCodesAndChecksPkce)
{
    // A replayed or forged exchange is refused: this is what makes "never retry" necessary.
    QUrl authorize = server->origin();
    authorize.setPath(QStringLiteral("/authorize"));
    QUrlQuery q;
    const QString verifier = OAuthSignIn::makeCodeVerifier();
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("kubegram-desktop"));
    q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    q.addQueryItem(QStringLiteral("code_challenge"), OAuthSignIn::codeChallenge(verifier));
    authorize.setQuery(q);
    ApiClient::Request a;
    a.url = authorize;
    a.authenticated = false;
    auto redirect = sendAndWait(a);
    ASSERT_EQ(redirect.error().kind, Kind::Redirect);
    const QString code = redirect.error()
                                 .message.section(QStringLiteral("code="), 1)
                                 .section(QLatin1Char('&'), 0, 0);
    ASSERT_FALSE(code.isEmpty());
    auto exchange = [&](const QString &v) {
        ApiClient::Request r;
        r.method = "POST";
        r.url = server->origin();
        r.url.setPath(QStringLiteral("/token"));
        r.contentType = "application/x-www-form-urlencoded";
        r.authenticated = false;
        r.body = QStringLiteral("grant_type=authorization_code&code=%1&code_verifier=%2&client_id="
                                "kubegram-desktop&redirect_uri=%3")
                         .arg(code, v,
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                      QStringLiteral("http://127.0.0.1:9/callback"))))
                         .toUtf8();
        return sendAndWait(r);
    };
    auto wrong = exchange(QStringLiteral("not-the-verifier-not-the-verifier-not-the-verifier"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().serverError, QStringLiteral("invalid_grant"));
    auto right = exchange(verifier); // the failure burned the code
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().serverError, QStringLiteral("invalid_grant"));
}

TEST_F(AuthTest, ParallelUnauthorizedRequestsCauseExactlyOneRefresh)
{
    server->config().tokenTtlMs = 300;
    useOAuth(QStringLiteral("42"), 10'000'000);
    // keep the proactive refresh out of the picture: only the 401 path
    auto timings = client->timings();
    timings.refreshMarginMs = 0;
    client->setTimings(timings);
    const QString before = client->credential().access;
    QTest::qWait(400); // the token expires on the server
    const int n = 8;
    int ok = 0;
    int done = 0;
    for (int i = 0; i < n; ++i) {
        client->send(ApiClient::Request::get(QStringLiteral("/auth/me")), nullptr,
                     [&](const ApiResult<ApiClient::Response> &r) {
                         ++done;
                         ok += r.ok() ? 1 : 0;
                     });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == n; }, 10'000));
    EXPECT_EQ(ok, n);
    EXPECT_EQ(server->refreshGrants(), 1);
    EXPECT_EQ(client->refreshesSent(), 1);
    EXPECT_NE(client->credential().access, before);
    // rotation was stored before the waiters went on
    std::optional<Credential> stored;
    store->load(CredentialStore::entryKey(server->origin(), QStringLiteral("default")),
                [&](const auto &r) { stored = r.value(); });
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->access, client->credential().access);
}

TEST_F(AuthTest, ProactiveRefreshBeforeExpiry)
{
    server->config().tokenTtlMs = 60'000; // inside the (unscaled) 5-minute margin
    useOAuth();
    auto timings = client->timings();
    timings.refreshMarginMs = 5 * 60'000;
    client->setTimings(timings);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/teams")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(server->refreshGrants(), 1);
    EXPECT_EQ(server->requests(QStringLiteral("/teams")).size(), 1);
}

TEST_F(AuthTest, RestartMeansInteractiveSignInAndTheCredentialIsDeleted)
{
    useOAuth();
    QSignalSpy signIn(client.get(), &ApiClient::signInRequired);
    server->restart();
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::SignInRequired);
    EXPECT_EQ(signIn.size(), 1);
    EXPECT_FALSE(client->credential().isValid());
    EXPECT_EQ(store->size(), 0);
    EXPECT_EQ(server->refreshGrants(), 1);
}

TEST_F(AuthTest, ASecond401AfterRefreshEndsTheCredential)
{
    server->config().tokenTtlMs = 1; // every token is dead on arrival
    useOAuth();
    auto timings = client->timings();
    // No proactive refresh, however slow the machine: a margin of 0 refreshed a token that had
    // already expired before the first request, so the grants counted 2. Only the 401 refreshes.
    timings.refreshMarginMs = -3'600'000;
    timings.freshTokenMs = 0; // not the loop guard
    client->setTimings(timings);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 401);
    EXPECT_EQ(server->refreshGrants(), 1);
    EXPECT_EQ(server->requests(QStringLiteral("/auth/me")).size(), 2); // one repeat, no more
    EXPECT_EQ(r.error().kind, Kind::SignInRequired);
    EXPECT_FALSE(client->credential().isValid());
    EXPECT_EQ(store->size(), 0);
}

TEST_F(AuthTest, LoopGuardStopsAtAServerThatRejectsItsOwnTokens)
{
    server->config().jwksBroken = true;
    useOAuth(QStringLiteral("42"), 0); // fresh token
    QSignalSpy rejected(client.get(), &ApiClient::tokensRejected);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::ServerRejectsTokens);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("session id")));
    EXPECT_EQ(rejected.size(), 1);
    EXPECT_EQ(server->refreshGrants(), 0);
    EXPECT_TRUE(client->credential().isValid()); // kept: the user decides
}

TEST_F(AuthTest, PastedCredentialsAreNeverRefreshed)
{
    client->setCredential(
            Credential::fromPastedToken(server->issueTokens(QStringLiteral("42")).access));
    server->restart();
    QSignalSpy signIn(client.get(), &ApiClient::signInRequired);
    auto r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Kind::SignInRequired);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("paste a new one")));
    EXPECT_EQ(server->refreshGrants(), 0);
    EXPECT_EQ(signIn.size(), 1);

    client->setCredential(Credential::fromSessionId(QStringLiteral("unknown-session")));
    r = sendAndWait(ApiClient::Request::get(QStringLiteral("/auth/me")));
    EXPECT_EQ(r.error().serverError, QStringLiteral("Invalid session"));
}

TEST_F(AuthTest, BearerBeatsTheCookieAndBodiesAreExact)
{
    // Checks the double: a bad Bearer is not rescued by a good cookie.
    ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/auth/me"));
    r.authenticated = false;
    auto noCred = sendAndWait(r);
    EXPECT_EQ(noCred.error().serverError, QStringLiteral("Not authenticated"));
    auto noSession = sendAndWait(ApiClient::Request::get(QStringLiteral("/graph/codegen")));
    EXPECT_EQ(noSession.error().serverError, QStringLiteral("No session found"));
}

TEST_F(AuthTest, SignOutDeletesTheEntry)
{
    useSession();
    EXPECT_EQ(store->size(), 1);
    bool done = false;
    client->signOut([&] { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    EXPECT_EQ(store->size(), 0);
    EXPECT_FALSE(client->credential().isValid());
    EXPECT_EQ(server->requests(QStringLiteral("/auth/logout")).size(), 1);
}

TEST_F(AuthTest, CredentialsRoundTripAndEntryKeysArePerOriginAndAccount)
{
    Credential c;
    c.kind = Credential::Kind::OAuth;
    c.access = QStringLiteral("a");
    c.refresh = QStringLiteral("r");
    c.expiresAt = QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00.000Z"),
                                        Qt::ISODateWithMs);
    auto back = Credential::fromJson(c.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->refresh, QStringLiteral("r"));
    EXPECT_EQ(back->expiresAt, c.expiresAt);
    EXPECT_FALSE(Credential::fromJson("{\"kind\":\"magic\",\"access\":\"x\"}").has_value());
    EXPECT_FALSE(Credential::fromJson("not json").has_value());
    EXPECT_NE(CredentialStore::entryKey(QUrl(QStringLiteral("http://a:1")), QStringLiteral("x")),
              CredentialStore::entryKey(QUrl(QStringLiteral("http://a:2")), QStringLiteral("x")));
    EXPECT_EQ(CredentialStore::entryKey(QUrl(QStringLiteral("https://A/path")), QStringLiteral("x")),
              CredentialStore::entryKey(QUrl(QStringLiteral("https://a:443")), QStringLiteral("x")));
    EXPECT_FALSE(jwtExpiry(QStringLiteral("not.a.jwt")).isValid());
}

namespace {

/// Files under @p roots (hidden ones and subfolders included) that contain any of @p needles;
/// @p scanned counts the files read.
QStringList filesContaining(const QStringList &roots, const QList<QByteArray> &needles, int *scanned)
{
    QStringList found;
    QSet<QString> seen; // the roots may nest (~/.config and ~/.config/<app>)
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (seen.contains(f.fileName()) || f.size() > 16 * 1024 * 1024
                || !f.open(QIODevice::ReadOnly))
                continue;
            seen.insert(f.fileName());
            ++*scanned;
            const QByteArray data = f.readAll();
            for (const QByteArray &needle : needles) {
                if (data.contains(needle)) {
                    found << f.fileName();
                    break;
                }
            }
        }
    }
    return found;
}

} // namespace

TEST_F(AuthTest, NoCredentialIsWrittenToDiskInPlainText)
{
    OAuthSignIn flow(client.get());
    flow.setBrowserOpener([this](const QUrl &url) { return browser.open(url); });
    ASSERT_FALSE(signIn(flow).isError());
    const Credential c = client->credential();
    ASSERT_TRUE(c.isValid());
    // What the product keeps on disk for a server it is signed in to: the settings (origin) and
    // the job cache (the server's row). The credential itself lives in the credential store.
    {
        AppSettings settings;
        settings.serverOrigin.set(server->origin().toString());
        settings.sync();
        auto db = store::Database::open(store::Database::defaultPath());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_TRUE(store::ServerRepository(**db)
                            .upsertServer(server->origin().toString(), server->origin().host())
                            .ok());
    }
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                               QStandardPaths::writableLocation(
                                       QStandardPaths::GenericConfigLocation),
                               QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    const QList<QByteArray> secrets{c.access.toUtf8(), c.refresh.toUtf8()};

    // The scan finds a token where one is written (a canary), so its silence below means
    // something; and it does read the product's files.
    const QString canary = QDir(roots.constFirst()).filePath(QStringLiteral("canary.txt"));
    {
        QFile f(canary);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("token: " + c.access.toUtf8());
    }
    int scanned = 0;
    EXPECT_EQ(filesContaining(roots, secrets, &scanned).join(QLatin1Char('\n')).toStdString(),
              canary.toStdString());
    ASSERT_TRUE(QFile::remove(canary));

    scanned = 0;
    EXPECT_EQ(filesContaining(roots, secrets, &scanned).join(QLatin1Char('\n')).toStdString(), "");
    EXPECT_GE(scanned, 2) << "the settings file and the job cache were not found";
}
