#pragma once

#include "remote/Credential.h"
#include "remote/RemoteTypes.h"
#include "remote/RetryPolicy.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

namespace kg::remote {

/// The one door to a Kubegram server (kubegram-api.md): one QNetworkAccessManager, typed
/// requests and answers, the §2 limits (content type checked before JSON is parsed, body caps
/// enforced while downloading, timeouts, JSON depth), TLS errors reported and never ignored
/// without an explicit pinned trust, the §8 retry policy, the §3.5 single-flight token refresh
/// with its loop guard, and credentials that never leave the server's origin or follow a
/// redirect. Every failure arrives as a RemoteError with the HTTP status and the server's words.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 SmallBodyCap = 4 * 1024 * 1024;  ///< §2: everything else
    static constexpr qint64 LargeBodyCap = 32 * 1024 * 1024; ///< §2: status, results, lists
    static constexpr int MaxJsonDepth = 512;
    static inline const QString CurrentPrefix = QStringLiteral("/api/public/v1");
    static inline const QString LegacyPrefix = QStringLiteral("/api/v1/public");
    static inline const QString ClientId = QStringLiteral("kubegram-desktop");

    /// One request. Either an API path (relative to the prefix) or an absolute URL on the same
    /// origin (the issuer endpoints).
    struct Request
    {
        QByteArray method = "GET";
        QString path; ///< e.g. "/projects/17"; segments already percent-encoded
        QUrlQuery query;
        QUrl url; ///< absolute URL instead of path; refused unless on the server's origin
        QByteArray body;
        QByteArray contentType; ///< set with a body; "application/json" by default
        bool authenticated = true;
        std::optional<bool> retry; ///< default: RetryPolicy::isRetryableRequest()
        qint64 maxBytes = SmallBodyCap;
        int timeoutMs = 0; ///< 0 = RemoteTimings::requestTimeoutMs
        bool expectJson = true;

        static Request get(const QString &path, const QUrlQuery &query = {});
        static Request withJson(const QByteArray &method, const QString &path,
                                const QJsonDocument &body);
    };

    /// A successful answer: 2xx with a JSON body (when JSON was expected), or no body.
    struct Response
    {
        int status = 0;
        QByteArray mediaType; ///< lower-case, without parameters
        QByteArray body;
        QJsonDocument json;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
    };

    using ResponseCallback = std::function<void(const ApiResult<Response> &)>;
    using ErrorCallback = std::function<void(const RemoteError &)>;

    /// A client for the server at @p origin (scheme, host, port; a path is dropped).
    explicit ApiClient(const QUrl &origin, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl origin() const { return m_origin; }
    /// "/api/public/v1", or the legacy prefix once a probe found only that one.
    QString apiPrefix() const { return m_prefix; }
    void setApiPrefix(const QString &prefix) { m_prefix = prefix; }
    /// The full URL of an API path.
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    /// The ws:// or wss:// URL of an API path.
    QUrl webSocketUrl(const QString &path) const;
    /// True when credentials would travel over plain http to a non-loopback host (§2): warn.
    bool isInsecureTransport() const;

    void setTimings(const RemoteTimings &timings);
    const RemoteTimings &timings() const { return m_timings; }
    /// Replaces the jitter source of the retry policy (tests).
    void setJitterSource(RetryPolicy::JitterSource jitter);

    QNetworkAccessManager *network() const { return m_network; }

    /// Where credentials are kept; @p account distinguishes several accounts on one origin.
    /// The store must outlive the client.
    void setCredentialStore(CredentialStore *store,
                            const QString &account = QStringLiteral("default"));
    CredentialStore *credentialStore() const { return m_store; }
    /// Loads this origin's credential from the store.
    void loadCredential(std::function<void(const Status &)> done);
    /// Uses @p credential from now on and stores it; @p done runs once it is stored.
    void setCredential(const Credential &credential, std::function<void(const Status &)> done = {});
    const Credential &credential() const { return m_credential; }
    /// Local logout (§3.6): best-effort POST /auth/logout, then the entry is deleted.
    void signOut(std::function<void()> done = {});

    /// The OAuth token endpoint used to refresh (from discovery); must be on this origin.
    void setTokenEndpoint(const QUrl &endpoint) { m_tokenEndpoint = endpoint; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }

    /// The caller's team, sent as X-Kubegram-Team-Id on every authenticated request (§3.8).
    void setTeamId(const QString &teamId) { m_teamId = teamId; }
    QString teamId() const { return m_teamId; }

    /// Trusts the certificate with this SHA-256 fingerprint for this origin only, after the
    /// user agreed; any other certificate error is still reported.
    void trustCertificate(const QByteArray &sha256Fingerprint)
    {
        m_trustedCertificate = sha256Fingerprint;
    }
    QByteArray trustedCertificate() const { return m_trustedCertificate; }
    /// True when @p errors are all about a certificate the user chose to trust.
    bool isTrusted(const QList<QSslError> &errors) const;

    /// Remembered per origin until restart (§4.4): the server does not upgrade WebSockets.
    bool webSocketUnsupported() const;
    void setWebSocketUnsupported(bool unsupported);

    /// Sends @p request; @p done runs once with the answer or the error, unless @p context was
    /// destroyed meanwhile. Retries (§8) and the 401 → refresh → repeat path (§3.5) happen inside.
    void send(const Request &request, QObject *context, ResponseCallback done);

    /// Adds the credential and team header to a request made outside send() (the WebSocket
    /// handshake). Never adds them for another origin.
    void applyCredentialHeaders(QNetworkRequest &request) const;
    /// Refreshes the OAuth token now if it expires within the margin; @p done gets an error only
    /// when the credential is gone.
    void ensureFreshCredential(QObject *context, ErrorCallback done);
    /// The reactive §3.5 path for a 401 seen outside send() (a WebSocket handshake).
    void handleUnauthorized(const QString &sentAccess, const RemoteError &error, QObject *context,
                            ErrorCallback done);

    /// GET /healthz/live (§2) with the legacy-prefix fallback; None when a Kubegram API answers.
    void probe(QObject *context, ErrorCallback done);

    /// The number of refresh grants sent (diagnostics and tests).
    int refreshesSent() const { return m_refreshesSent; }

    /// A log line for a request with secrets redacted (§3.4): Authorization, Cookie, and the
    /// code, code_verifier, refresh_token, access_token query and form fields.
    static QString redactedRequestLine(const QByteArray &method, const QUrl &url,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &formBody = {});

Q_SIGNALS:
    void credentialChanged();
    /// The credential is gone or refused for good: interactive sign-in (or a new paste) needed.
    void signInRequired(const kg::remote::RemoteError &error);
    /// A fresh token was refused (§3.5 loop guard): offer the session-id method.
    void tokensRejected(const kg::remote::RemoteError &error);

private:
    struct Call;
    void startAttempt(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void deliver(const std::shared_ptr<Call> &call, const ApiResult<Response> &result);
    void retryOrDeliver(const std::shared_ptr<Call> &call, const RemoteError &error);
    void refresh(QObject *context, ErrorCallback done);
    void sendRefreshGrant(int attempt, const QDateTime &firstSent);
    void finishRefresh(const RemoteError &error);
    void dropCredential(const RemoteError &why);
    QString credentialKey() const;

    QNetworkAccessManager *m_network;
    QUrl m_origin;
    QString m_prefix = CurrentPrefix;
    RemoteTimings m_timings;
    RetryPolicy::JitterSource m_jitter;
    CredentialStore *m_store = nullptr;
    std::unique_ptr<MemoryCredentialStore> m_defaultStore;
    QString m_account = QStringLiteral("default");
    Credential m_credential;
    QUrl m_tokenEndpoint;
    QString m_teamId;
    QByteArray m_trustedCertificate;
    bool m_refreshing = false;
    QList<ErrorCallback> m_refreshWaiters;
    int m_refreshesSent = 0;
};

/// True when @p a and @p b have the same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace kg::remote
