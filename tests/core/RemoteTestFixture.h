#pragma once

#include "FakeKubegramServer.h"
#include "TestSupport.h"
#include "remote/ApiClient.h"
#include "remote/ServerEndpoints.h"

#include <QTest>

#include <memory>
#include <optional>

namespace kg::test {

/// A fake Kubegram server on an ephemeral loopback port and a client with scaled-down timings
/// (2 s becomes 40 ms), so retries, polls and timeouts run fast and for real.
class RemoteTest : public ::testing::Test
{
protected:
    static constexpr double Scale = 0.02;

    void SetUp() override
    {
        server = std::make_unique<FakeKubegramServer>();
        ASSERT_TRUE(server->listen());
        store = std::make_unique<remote::MemoryCredentialStore>();
        client = makeClient();
    }

    std::unique_ptr<remote::ApiClient> makeClient()
    {
        auto c = std::make_unique<remote::ApiClient>(server->origin());
        c->setTimings(remote::RemoteTimings().scaled(Scale));
        c->setJitterSource([] { return 0.5; });
        c->setCredentialStore(store.get());
        c->setWebSocketUnsupported(false);
        return c;
    }

    /// Signs in as @p userId with a session id.
    void useSession(const QString &userId = QStringLiteral("42"))
    {
        client->setCredential(remote::Credential::fromSessionId(server->createSession(userId)));
    }

    /// Signs in as @p userId with OAuth tokens minted by the fake issuer.
    void useOAuth(const QString &userId = QStringLiteral("42"), qint64 ageMs = 10'000'000)
    {
        const auto t = server->issueTokens(userId);
        auto c = remote::Credential::fromTokenResponse(
                QJsonObject{{QStringLiteral("access_token"), t.access},
                            {QStringLiteral("refresh_token"), t.refresh},
                            {QStringLiteral("expires_in"), t.expiresInSeconds}},
                QDateTime::currentDateTimeUtc().addMSecs(-ageMs));
        client->setCredential(*c);
        QUrl token = server->origin();
        token.setPath(QStringLiteral("/token"));
        client->setTokenEndpoint(token);
    }

    /// Sends @p request and waits for the answer.
    remote::ApiResult<remote::ApiClient::Response> sendAndWait(
            const remote::ApiClient::Request &request, int timeoutMs = 10'000)
    {
        std::optional<remote::ApiResult<remote::ApiClient::Response>> result;
        client->send(request, nullptr, [&](const auto &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
            remote::RemoteError e;
            e.kind = remote::RemoteError::Kind::Other;
            e.message = QStringLiteral("test timed out");
            return e;
        }
        return *result;
    }

    /// Runs an asynchronous call that reports through a callback and waits for it.
    template<typename T, typename Start>
    std::optional<T> await(Start start, int timeoutMs = 10'000)
    {
        std::optional<T> result;
        start([&](const T &r) { result = r; });
        const bool arrived = QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
        EXPECT_TRUE(arrived) << "no answer within " << timeoutMs << " ms";
        return result;
    }

    static FakeKubegramServer::Fault fault(FakeKubegramServer::FaultKind kind, const QString &path,
                                           int count = 1)
    {
        FakeKubegramServer::Fault f;
        f.kind = kind;
        f.pathContains = path;
        f.count = count;
        return f;
    }

    std::unique_ptr<FakeKubegramServer> server;
    std::unique_ptr<remote::MemoryCredentialStore> store;
    std::unique_ptr<remote::ApiClient> client;
};

} // namespace kg::test
