#pragma once

#include "remote/ApiClient.h"
#include "remote/ServerEndpoints.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTimer;

namespace kg::remote {

/// Interactive sign-in with OAuth 2.0 authorization code + PKCE S256 (kubegram-api.md §3.2,
/// §3.3): discovers the issuer, listens on 127.0.0.1:<ephemeral>/callback, opens the
/// authorization URL in the system browser, takes the first callback whose state matches,
/// exchanges the code once (never retried: codes are single-use) and hands the tokens to the
/// ApiClient, which stores them. Times out after 5 minutes; cancel() stops it at any point.
///
/// Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE, so the loopback listener is our own.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    /// Opens a URL in the user's browser; returns false when it could not.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    explicit OAuthSignIn(ApiClient *client, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    /// Replaces the system browser (tests use a "browser" that follows the redirect).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /// The identity provider to ask for (github, google); empty = let the server decide.
    void setProvider(const QString &provider) { m_provider = provider; }

    /// Starts the flow; exactly one of succeeded() or failed() follows.
    void start();
    /// Stops waiting for the browser; failed() follows with a Cancelled error.
    void cancel();
    bool isActive() const { return m_active; }
    /// The loopback redirect URI of the running flow.
    QUrl redirectUri() const { return m_redirectUri; }

    /// A fresh PKCE code verifier: 64 random bytes, base64url (86 characters).
    static QString makeCodeVerifier();
    /// BASE64URL(SHA-256(verifier)) without padding.
    static QString codeChallenge(const QString &verifier);
    /// At least 128 random bits, base64url.
    static QString makeState();

Q_SIGNALS:
    /// The authorization URL was handed to the browser (shown in the dialog as a fallback link).
    void browserOpened(const QUrl &authorizationUrl);
    /// The issuer's origin differs from the server's (§3.2).
    void warning(const QString &message);
    /// Tokens arrived and are stored in the client.
    void succeeded();
    void failed(const kg::remote::RemoteError &error);

private:
    void listenAndOpen(const IssuerInfo &issuer);
    void onCallbackConnection();
    void exchange(const QString &code);
    void finish(const RemoteError &error);

    QPointer<ApiClient> m_client;
    BrowserOpener m_opener;
    QString m_provider;
    QTcpServer *m_listener = nullptr;
    QTimer *m_timeout = nullptr;
    IssuerInfo m_issuer;
    QUrl m_redirectUri;
    QString m_state;
    QString m_verifier;
    bool m_active = false;
    bool m_callbackTaken = false;
};

} // namespace kg::remote
