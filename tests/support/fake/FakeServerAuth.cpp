// The fake server's OAuth endpoints: authorize (PKCE, loopback redirects) and token.
#include "FakeKubegramServer.h"
#include "FakeServerInternal.h"
#include "HostilePaths.h"

#include "codegen/LocalEngine.h"
#include "io/ServerGraphFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <limits>

namespace kg::test {

FakeKubegramServer::Response FakeKubegramServer::authorizeEndpoint(const Request &request)
{
    const QUrl redirect(
            request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_config.authorizeNeverRedirects || !redirect.isValid() || !isLoopbackRedirect(redirect))
        return Response::html(200);
    QUrlQuery back;
    if (m_config.authorizeError) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("server_error"));
        back.addQueryItem(QStringLiteral("error_description"),
                          QStringLiteral("The provider failed"));
    } else {
        const QString code = randomToken();
        m_codes.insert(code, {request.query.queryItemValue(QStringLiteral("client_id"),
                                                           QUrl::FullyDecoded),
                              redirect.toString(),
                              request.query.queryItemValue(QStringLiteral("code_challenge"),
                                                           QUrl::FullyDecoded),
                              m_config.oauthUserId, nowMs()});
        back.addQueryItem(QStringLiteral("code"), code);
    }
    back.addQueryItem(QStringLiteral("state"), state);
    QUrl target = redirect;
    target.setQuery(back);
    Response r;
    r.status = 302;
    r.contentType = "text/plain";
    r.body = "";
    r.headers.append(qMakePair(QByteArray("Location"), target.toEncoded()));
    return r;
}

FakeKubegramServer::Response FakeKubegramServer::tokenEndpoint(const Request &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    auto oauthError = [](int status, const QString &error, const QString &description) {
        return Response::ofJson(status,
                                QJsonObject{{QStringLiteral("error"), error},
                                            {QStringLiteral("error_description"), description}});
    };
    auto tokenAnswer = [this](const QString &userId) {
        const Tokens t = issueTokens(userId);
        return Response::ofJson(200,
                                QJsonObject{{QStringLiteral("access_token"), t.access},
                                            {QStringLiteral("refresh_token"), t.refresh},
                                            {QStringLiteral("expires_in"), t.expiresInSeconds}});
    };
    if (grant == QLatin1String("authorization_code")) {
        ++m_tokenExchanges;
        const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing code"));
        if (!m_codes.contains(code))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid code"));
        const Code c = m_codes.take(code); // burned by any outcome
        if (nowMs() - c.createdMs > m_config.codeLifetimeMs)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Code expired"));
        if (form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != c.redirectUri)
            return oauthError(400, QStringLiteral("invalid_redirect_uri"),
                              QStringLiteral("Redirect URI mismatch"));
        if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != c.clientId)
            return oauthError(403, QStringLiteral("unauthorized_client"),
                              QStringLiteral("Client mismatch"));
        const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"),
                                                     QUrl::FullyDecoded);
        const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.isEmpty() || c.challenge.isEmpty() || expected != c.challenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Code verifier mismatch"));
        return tokenAnswer(c.userId);
    }
    if (grant == QLatin1String("refresh_token")) {
        ++m_refreshGrants;
        const QString token = form.queryItemValue(QStringLiteral("refresh_token"),
                                                  QUrl::FullyDecoded);
        auto it = m_refreshTokens.find(token);
        if (it == m_refreshTokens.end() || it->revoked)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid refresh token"));
        if (it->rotatedAtMs >= 0 && nowMs() - it->rotatedAtMs > m_config.refreshReuseWindowMs) {
            // Reuse after the window: revoke every refresh token of the user.
            const QString user = it->userId;
            for (auto &rt : m_refreshTokens) {
                if (rt.userId == user)
                    rt.revoked = true;
            }
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Refresh token reused"));
        }
        if (it->rotatedAtMs < 0)
            it->rotatedAtMs = nowMs();
        return tokenAnswer(it->userId);
    }
    return Response::text(500, "Internal Server Error");
}

} // namespace kg::test
