#include "remote/ApiClient.h"

#include "app/ApplicationInfo.h"
#include "io/JsonSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QStringDecoder>
#include <QTimer>

namespace kg::remote {

Q_LOGGING_CATEGORY(lcApi, "kubegram.remote.api", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::ApiClient)
};

QSet<QString> &originsWithoutWebSocket()
{
    static QSet<QString> origins;
    return origins;
}

QString originKey(const QUrl &url)
{
    return CredentialStore::entryKey(url, QString());
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString flattenDetails(const QJsonValue &details)
{
    if (details.isString())
        return details.toString();
    if (details.isArray()) {
        QStringList parts;
        const QJsonArray array = details.toArray();
        for (const QJsonValue &v : array) {
            const QString m = v.isObject()
                                      ? v.toObject().value(QStringLiteral("message")).toString()
                                      : v.toString();
            if (!m.isEmpty())
                parts << m;
        }
        return parts.join(QStringLiteral("; "));
    }
    return QString();
}

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    QByteArray t = contentType;
    const int semicolon = t.indexOf(';');
    if (semicolon >= 0)
        t.truncate(semicolon);
    return t.trimmed().toLower();
}

QString snippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        s += QStringLiteral("…");
    return s;
}

/// The body of a request that must never be sent twice (every POST, §8): a sequential device
/// that cannot be rewound, so the network stack cannot silently resend it on a dropped
/// keep-alive connection (it fails with ContentReSendError instead).
class OneShotUpload : public QIODevice
{
public:
    OneShotUpload(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

/// A context that may be null (= always deliver) or an object whose destruction cancels delivery.
struct ContextGuard
{
    explicit ContextGuard(QObject *context)
        : object(context)
        , has(context != nullptr)
    {}
    bool alive() const { return !has || object; }
    QPointer<QObject> object;
    bool has;
};

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return originKey(a) == originKey(b);
}

struct ApiClient::Call
{
    Request request;
    QUrl url;
    QString apiPath;
    QPointer<QObject> context;
    bool hasContext = false;
    ResponseCallback done;
    int attempts = 0;
    QElapsedTimer sinceFirst;
    bool repeatedAfterRefresh = false;
    bool freshnessChecked = false;
    QString sentAccess;
    // per attempt
    QByteArray buffer;
    RemoteError localError;
    QByteArray tlsFingerprint;
    QString tlsErrors;
};

ApiClient::Request ApiClient::Request::get(const QString &path, const QUrlQuery &query)
{
    Request r;
    r.path = path;
    r.query = query;
    return r;
}

ApiClient::Request ApiClient::Request::withJson(const QByteArray &method, const QString &path,
                                                const QJsonDocument &body)
{
    Request r;
    r.method = method;
    r.path = path;
    r.body = body.toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

ApiClient::ApiClient(const QUrl &origin, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_origin(origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::RemoveUserInfo))
    , m_defaultStore(std::make_unique<MemoryCredentialStore>())
{
    m_store = m_defaultStore.get();
    // Redirects are never followed (credentials must not travel with them), and no cookie jar
    // is kept: the session cookie is set explicitly per request (§3.1).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_origin;
    url.setPath(m_prefix + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl ApiClient::webSocketUrl(const QString &path) const
{
    QUrl url = apiUrl(path);
    url.setScheme(m_origin.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                              : QStringLiteral("ws"));
    return url;
}

bool ApiClient::isInsecureTransport() const
{
    return m_origin.scheme() == QLatin1String("http") && !isLoopbackHost(m_origin.host());
}

void ApiClient::setTimings(const RemoteTimings &timings)
{
    m_timings = timings;
}

void ApiClient::setJitterSource(RetryPolicy::JitterSource jitter)
{
    m_jitter = std::move(jitter);
}

void ApiClient::setCredentialStore(CredentialStore *store, const QString &account)
{
    m_store = store ? store : m_defaultStore.get();
    m_account = account;
}

QString ApiClient::credentialKey() const
{
    return CredentialStore::entryKey(m_origin, m_account);
}

void ApiClient::loadCredential(std::function<void(const Status &)> done)
{
    QPointer<ApiClient> self(this);
    m_store->load(credentialKey(), [self, done](const Result<std::optional<Credential>> &r) {
        if (!self)
            return;
        if (r.ok() && r.value().has_value()) {
            self->m_credential = *r.value();
            Q_EMIT self->credentialChanged();
        }
        if (done)
            done(r.ok() ? Status() : Status(r.error()));
    });
}

void ApiClient::setCredential(const Credential &credential, std::function<void(const Status &)> done)
{
    m_credential = credential;
    if (!m_credential.obtainedAt.isValid())
        m_credential.obtainedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT credentialChanged();
    QPointer<ApiClient> self(this);
    m_store->save(credentialKey(), m_credential, [done](const Status &s) {
        if (done)
            done(s);
    });
}

void ApiClient::signOut(std::function<void()> done)
{
    auto finish = [this, done] {
        m_credential = Credential();
        m_store->remove(credentialKey(), [](const Status &) {});
        Q_EMIT credentialChanged();
        if (done)
            done();
    };
    if (!m_credential.isValid()) {
        finish();
        return;
    }
    Request r = Request::withJson("POST", QStringLiteral("/auth/logout"),
                                  QJsonDocument(QJsonObject()));
    r.timeoutMs = m_timings.probeTimeoutMs;
    send(r, this, [finish](const ApiResult<Response> &) { finish(); });
}

bool ApiClient::isTrusted(const QList<QSslError> &errors) const
{
    if (m_trustedCertificate.isEmpty() || errors.isEmpty())
        return false;
    for (const QSslError &e : errors) {
        const QByteArray fp = e.certificate().digest(QCryptographicHash::Sha256).toHex();
        if (e.certificate().isNull() || fp != m_trustedCertificate.toLower())
            return false;
    }
    return true;
}

bool ApiClient::webSocketUnsupported() const
{
    return originsWithoutWebSocket().contains(originKey(m_origin));
}

void ApiClient::setWebSocketUnsupported(bool unsupported)
{
    if (unsupported)
        originsWithoutWebSocket().insert(originKey(m_origin));
    else
        originsWithoutWebSocket().remove(originKey(m_origin));
}

void ApiClient::applyCredentialHeaders(QNetworkRequest &request) const
{
    if (!sameOrigin(request.url(), m_origin)
        && !(request.url().host() == m_origin.host() && request.url().port() == m_origin.port()
             && (request.url().scheme() == QLatin1String("ws")
                 || request.url().scheme() == QLatin1String("wss"))))
        return;
    if (m_credential.kind == Credential::Kind::Session)
        request.setRawHeader("Cookie", "session=" + m_credential.access.toUtf8());
    else if (m_credential.isValid())
        request.setRawHeader("Authorization", "Bearer " + m_credential.access.toUtf8());
    if (!m_teamId.isEmpty())
        request.setRawHeader("X-Kubegram-Team-Id", m_teamId.toUtf8());
}

QString ApiClient::redactedRequestLine(const QByteArray &method, const QUrl &url,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &formBody)
{
    static const QStringList secretFields = {
            QStringLiteral("code"),          QStringLiteral("code_verifier"),
            QStringLiteral("refresh_token"), QStringLiteral("access_token"),
            QStringLiteral("token"),         QStringLiteral("session"),
    };
    auto redactQuery = [](QUrlQuery q) {
        const auto items = q.queryItems();
        for (const auto &item : items) {
            if (secretFields.contains(item.first)) {
                q.removeAllQueryItems(item.first);
                q.addQueryItem(item.first, QStringLiteral("[redacted]"));
            }
        }
        return q;
    };
    QUrl u = url;
    u.setUserInfo(QString());
    if (u.hasQuery())
        u.setQuery(redactQuery(QUrlQuery(u)));
    QString line = QString::fromLatin1(method) + QLatin1Char(' ') + u.toString();
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        const bool secret = name == "authorization" || name == "cookie" || name == "set-cookie";
        line += QStringLiteral(" | ") + QString::fromLatin1(h.first) + QStringLiteral(": ")
                + (secret ? QStringLiteral("[redacted]") : QString::fromLatin1(h.second));
    }
    if (!formBody.isEmpty())
        line += QStringLiteral(" | body: ")
                + redactQuery(QUrlQuery(QString::fromUtf8(formBody))).toString(QUrl::FullyEncoded);
    return line;
}

void ApiClient::send(const Request &request, QObject *context, ResponseCallback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->sinceFirst.start();
    if (request.url.isValid() && !request.url.isEmpty()) {
        call->url = request.url;
        if (!sameOrigin(call->url, m_origin)) {
            RemoteError e;
            e.kind = RemoteError::Kind::ForeignOrigin;
            e.message = Tr::tr("Refused to contact %1: it is not the server's origin %2")
                                .arg(call->url.adjusted(QUrl::RemoveQuery).toString(),
                                     m_origin.toString());
            e.url = call->url.adjusted(QUrl::RemoveQuery).toString();
            QTimer::singleShot(0, this, [this, call, e] { deliver(call, e); });
            return;
        }
    } else {
        call->url = apiUrl(request.path, request.query);
        call->apiPath = request.path;
    }
    if (!call->request.retry.has_value())
        call->request.retry = call->apiPath.isEmpty()
                                      ? false
                                      : RetryPolicy::isRetryableRequest(request.method,
                                                                        call->apiPath);
    startAttempt(call);
}

void ApiClient::startAttempt(const std::shared_ptr<Call> &call)
{
    if (call->hasContext && !call->context)
        return;
    const Request &req = call->request;
    if (req.authenticated && !call->freshnessChecked && m_credential.isRefreshable()
        && m_credential.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().msecsTo(m_credential.expiresAt)
                   < m_timings.refreshMarginMs
        && m_tokenEndpoint.isValid()) {
        // Proactive refresh (§3.5): the token expires within the margin.
        call->freshnessChecked = true;
        refresh(this, [this, call](const RemoteError &e) {
            if (e.kind == RemoteError::Kind::SignInRequired)
                deliver(call, e);
            else
                startAttempt(call);
        });
        return;
    }
    call->freshnessChecked = true;
    ++call->attempts;
    call->buffer.clear();
    call->localError = RemoteError();
    call->tlsFingerprint.clear();
    call->tlsErrors.clear();

    QNetworkRequest nr(call->url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", "KubegramDesktop/" + ApplicationInfo::version().toLatin1());
    if (!req.body.isEmpty() || req.method == "POST" || req.method == "PUT")
        nr.setRawHeader("Content-Type", req.contentType.isEmpty() ? QByteArray("application/json")
                                                                  : req.contentType);
    call->sentAccess.clear();
    if (req.authenticated) {
        applyCredentialHeaders(nr);
        call->sentAccess = m_credential.access;
    }
    if (lcApi().isDebugEnabled()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto names = nr.rawHeaderList();
        for (const QByteArray &n : names)
            headers.append({n, nr.rawHeader(n)});
        qCDebug(lcApi).noquote() << redactedRequestLine(
                req.method, call->url, headers,
                req.contentType == "application/x-www-form-urlencoded" ? req.body : QByteArray());
    }

    QNetworkReply *reply = nullptr;
    if (req.method == "POST" && !req.retry.value_or(false)) {
        nr.setHeader(QNetworkRequest::ContentLengthHeader, req.body.size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(req.body, nullptr);
        reply = m_network->sendCustomRequest(nr, req.method, upload);
        upload->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(nr, req.method, req.body);
    }
    const qint64 cap = req.maxBytes;

    auto abortWith = [reply, call](RemoteError::Kind kind, const QString &message) {
        if (call->localError.isError())
            return;
        call->localError.kind = kind;
        call->localError.message = message;
        reply->abort();
    };

    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cap, abortWith] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortWith(RemoteError::Kind::TooLarge,
                      Tr::tr("The answer is too large (%1 bytes announced; the limit is %2 MiB)")
                              .arg(length.toLongLong())
                              .arg(cap / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, call, cap, abortWith] {
        if (call->localError.isError())
            return;
        call->buffer += reply->read(cap + 1 - call->buffer.size());
        if (call->buffer.size() > cap)
            abortWith(RemoteError::Kind::TooLarge,
                      Tr::tr("The answer is too large (the limit is %1 MiB)")
                              .arg(cap / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, call](const QList<QSslError> &errors) {
                if (isTrusted(errors)) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                QStringList texts;
                for (const QSslError &e : errors) {
                    texts << e.errorString();
                    if (call->tlsFingerprint.isEmpty() && !e.certificate().isNull())
                        call->tlsFingerprint = e.certificate()
                                                       .digest(QCryptographicHash::Sha256)
                                                       .toHex();
                }
                call->tlsErrors = texts.join(QStringLiteral("; "));
            });

    // Connect timeout: until the request has been sent. Request timeout: the whole exchange.
    auto *connectTimer = new QTimer(reply);
    connectTimer->setSingleShot(true);
    connect(connectTimer, &QTimer::timeout, reply, [abortWith, this] {
        abortWith(RemoteError::Kind::Timeout,
                  Tr::tr("Could not connect within %1 s").arg(m_timings.connectTimeoutMs / 1000.0));
    });
    connect(reply, &QNetworkReply::requestSent, connectTimer, &QTimer::stop);
    connectTimer->start(m_timings.connectTimeoutMs);
    const int timeout = req.timeoutMs > 0 ? req.timeoutMs : m_timings.requestTimeoutMs;
    QTimer::singleShot(timeout, reply, [abortWith, timeout] {
        abortWith(RemoteError::Kind::Timeout,
                  Tr::tr("The server did not answer within %1 s").arg(timeout / 1000.0));
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { finishAttempt(call, reply); });
}

void ApiClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!call->localError.isError() && reply->isReadable())
        call->buffer += reply->read(call->request.maxBytes + 1 - call->buffer.size());

    RemoteError err = call->localError;
    err.url = call->url.adjusted(QUrl::RemoveQuery).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    err.httpStatus = status;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    err.retryAfterMs = RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());

    if (!err.isError() && call->buffer.size() > call->request.maxBytes) {
        err.kind = RemoteError::Kind::TooLarge;
        err.message = Tr::tr("The answer is too large (the limit is %1 MiB)")
                              .arg(call->request.maxBytes / (1024 * 1024));
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (!err.isError() && netError == QNetworkReply::ContentReSendError) {
        err.kind = RemoteError::Kind::Network;
        err.message = Tr::tr("The connection closed before the server answered; the request was "
                             "not sent again");
    }
    if (!err.isError() && netError != QNetworkReply::NoError && int(netError) < 100) {
        if (netError == QNetworkReply::SslHandshakeFailedError || !call->tlsErrors.isEmpty()) {
            err.kind = RemoteError::Kind::Tls;
            err.tlsFingerprint = call->tlsFingerprint;
            err.message = Tr::tr("The server's certificate is not trusted: %1")
                                  .arg(call->tlsErrors.isEmpty() ? reply->errorString()
                                                                 : call->tlsErrors);
        } else if (netError == QNetworkReply::OperationCanceledError) {
            err.kind = RemoteError::Kind::Cancelled;
            err.message = Tr::tr("The request was cancelled");
        } else {
            err.kind = RemoteError::Kind::Network;
            err.message = status > 0
                                  ? Tr::tr("The connection broke while the answer arrived: %1")
                                            .arg(reply->errorString())
                                  : Tr::tr("Cannot reach the server: %1").arg(reply->errorString());
        }
    }
    if (err.isError()) {
        retryOrDeliver(call, err);
        return;
    }

    Response response;
    response.status = status;
    response.body = call->buffer;
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        response.headers.insert(p.first.toLower(), p.second);
    response.mediaType = mediaTypeOf(reply->rawHeader("Content-Type"));
    const bool isJson = response.mediaType == "application/json";

    if (status >= 300 && status < 400) {
        err.kind = RemoteError::Kind::Redirect;
        err.message = Tr::tr("The server redirected to %1; redirects are not followed so that "
                             "credentials stay with the server")
                              .arg(QString::fromUtf8(reply->rawHeader("Location")));
        retryOrDeliver(call, err);
        return;
    }

    QJsonDocument json;
    RemoteError parseError;
    if (isJson && !response.body.trimmed().isEmpty()) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(response.body);
        Q_UNUSED(decoded)
        auto parsed = utf8.hasError() ? Result<QJsonDocument>(
                              Error(Tr::tr("the answer is not valid UTF-8")))
                                      : io::parseJson(response.body, err.url, MaxJsonDepth);
        if (parsed)
            json = parsed.value();
        else {
            parseError.kind = RemoteError::Kind::UnexpectedResponse;
            parseError.message = Tr::tr("Unexpected response: %1").arg(parsed.error().message);
        }
    }

    if (status < 200 || status >= 300) {
        err.kind = RemoteError::Kind::Http;
        if (json.isObject()) {
            const QJsonObject o = json.object();
            err.serverError = o.value(QStringLiteral("error")).toString();
            err.serverDetails = flattenDetails(o.value(QStringLiteral("details")));
            if (err.serverDetails.isEmpty())
                err.serverDetails = o.value(QStringLiteral("message")).toString();
            if (err.serverError.isEmpty())
                err.serverError = o.value(QStringLiteral("error_description")).toString();
            err.message = err.serverError.isEmpty() ? Tr::tr("The server refused the request")
                                                    : err.serverError;
        } else if (!isJson && !response.body.isEmpty()) {
            err.message = Tr::tr("The server answered %1 with %2 instead of JSON")
                                  .arg(status)
                                  .arg(QString::fromLatin1(response.mediaType.isEmpty()
                                                                   ? QByteArray("no content type")
                                                                   : response.mediaType));
            err.serverDetails = response.mediaType == "text/html" ? QString()
                                                                  : snippet(response.body);
        } else {
            err.message = Tr::tr("The server refused the request");
        }
        if (status == 401 && call->request.authenticated && m_credential.isValid()
            && call->repeatedAfterRefresh && call->sentAccess == m_credential.access
            && m_credential.kind == Credential::Kind::OAuth) {
            // §3.5: a second 401 after the refresh ends this credential.
            err.kind = RemoteError::Kind::SignInRequired;
            err.message = Tr::tr("The server refused the refreshed sign-in; sign in again");
            dropCredential(err);
            deliver(call, err);
            return;
        }
        if (status == 401 && call->request.authenticated && m_credential.isValid()
            && !call->repeatedAfterRefresh) {
            handleUnauthorized(call->sentAccess, err,
                               call->hasContext ? call->context.data() : this,
                               [this, call, err](const RemoteError &e) {
                                   if (e.isError() || call->repeatedAfterRefresh) {
                                       deliver(call, e.isError() ? e : err);
                                       return;
                                   }
                                   call->repeatedAfterRefresh = true;
                                   call->freshnessChecked = true;
                                   --call->attempts; // the repeat is not a §8 retry
                                   startAttempt(call);
                               });
            return;
        }
        retryOrDeliver(call, err);
        return;
    }

    if (call->request.expectJson && !response.body.trimmed().isEmpty() && !isJson) {
        err.kind = RemoteError::Kind::NotKubegram;
        err.message
                = response.mediaType == "text/html"
                          ? Tr::tr(
                                  "This is not a Kubegram API: the server answered with a web page")
                          : Tr::tr("This is not a Kubegram API: the server answered with %1")
                                    .arg(QString::fromLatin1(response.mediaType.isEmpty()
                                                                     ? QByteArray("no content type")
                                                                     : response.mediaType));
        retryOrDeliver(call, err);
        return;
    }
    if (parseError.isError()) {
        parseError.httpStatus = status;
        parseError.url = err.url;
        retryOrDeliver(call, parseError);
        return;
    }
    response.json = json;
    deliver(call, response);
}

void ApiClient::retryOrDeliver(const std::shared_ptr<Call> &call, const RemoteError &error)
{
    if (call->request.retry.value_or(false) && RetryPolicy::isRetryableError(error)) {
        RetryPolicy policy(m_timings, m_jitter);
        const auto delay = policy.nextDelayMs(call->attempts, call->sinceFirst.elapsed(),
                                              error.retryAfterMs);
        if (delay) {
            qCDebug(lcApi) << "retrying" << call->url.path() << "in" << *delay
                           << "ms:" << error.message;
            QTimer::singleShot(*delay, this, [this, call] { startAttempt(call); });
            return;
        }
    }
    deliver(call, error);
}

void ApiClient::deliver(const std::shared_ptr<Call> &call, const ApiResult<Response> &result)
{
    if (call->hasContext && !call->context)
        return;
    if (call->done) {
        auto done = std::move(call->done);
        call->done = nullptr;
        done(result);
    }
}

void ApiClient::handleUnauthorized(const QString &sentAccess, const RemoteError &error,
                                   QObject *context, ErrorCallback done)
{
    const ContextGuard ctx(context);
    auto guarded = [ctx, done](const RemoteError &e) {
        if (ctx.alive())
            done(e);
    };
    if (sentAccess != m_credential.access && m_credential.isValid()) {
        guarded(RemoteError()); // another request refreshed meanwhile: repeat with the new one
        return;
    }
    if (m_credential.kind != Credential::Kind::OAuth) {
        RemoteError e = error;
        e.kind = RemoteError::Kind::SignInRequired;
        e.message = m_credential.kind == Credential::Kind::Session
                            ? Tr::tr("The server refused the session id; paste a new one")
                            : Tr::tr("The server refused the access token; paste a new one");
        Q_EMIT signInRequired(e);
        guarded(e);
        return;
    }
    const qint64 age = m_credential.obtainedAt.isValid()
                               ? m_credential.obtainedAt.msecsTo(QDateTime::currentDateTimeUtc())
                               : std::numeric_limits<qint64>::max();
    if (error.serverError == QLatin1String("Invalid token") && age < m_timings.freshTokenMs) {
        // §3.5 loop guard: a brand-new token is refused, so refreshing cannot help.
        RemoteError e = error;
        e.kind = RemoteError::Kind::ServerRejectsTokens;
        e.message = Tr::tr("The server rejects its own tokens (a token issued moments ago was "
                           "refused). Sign in with a session id instead.");
        Q_EMIT tokensRejected(e);
        guarded(e);
        return;
    }
    if (!m_credential.isRefreshable() || !m_tokenEndpoint.isValid()) {
        RemoteError e = error;
        e.kind = RemoteError::Kind::SignInRequired;
        e.message = Tr::tr("The sign-in has expired; sign in again");
        dropCredential(e);
        guarded(e);
        return;
    }
    refresh(context, done);
}

void ApiClient::ensureFreshCredential(QObject *context, ErrorCallback done)
{
    if (m_credential.isRefreshable() && m_credential.expiresAt.isValid()
        && m_tokenEndpoint.isValid()
        && QDateTime::currentDateTimeUtc().msecsTo(m_credential.expiresAt)
                   < m_timings.refreshMarginMs) {
        refresh(context, [done](const RemoteError &e) {
            done(e.kind == RemoteError::Kind::SignInRequired ? e : RemoteError());
        });
        return;
    }
    const ContextGuard ctx(context);
    QTimer::singleShot(0, this, [ctx, done] {
        if (ctx.alive())
            done(RemoteError());
    });
}

void ApiClient::refresh(QObject *context, ErrorCallback done)
{
    const ContextGuard ctx(context);
    m_refreshWaiters.append([ctx, done](const RemoteError &e) {
        if (ctx.alive())
            done(e);
    });
    if (m_refreshing)
        return; // single flight: wait for the refresh already under way
    m_refreshing = true;
    sendRefreshGrant(1, QDateTime::currentDateTimeUtc());
}

void ApiClient::sendRefreshGrant(int attempt, const QDateTime &firstSent)
{
    ++m_refreshesSent;
    const QString refreshToken = m_credential.refresh;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    Request r;
    r.method = "POST";
    r.url = m_tokenEndpoint;
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.contentType = "application/x-www-form-urlencoded";
    r.authenticated = false;
    r.retry = false;
    send(r, this, [this, attempt, firstSent, refreshToken](const ApiResult<Response> &result) {
        if (result.ok()) {
            auto fresh = Credential::fromTokenResponse(result->json.object(),
                                                       QDateTime::currentDateTimeUtc());
            if (!fresh) {
                RemoteError e;
                e.kind = RemoteError::Kind::UnexpectedResponse;
                e.message = Tr::tr("The token endpoint answered without an access token");
                finishRefresh(e);
                return;
            }
            if (fresh->refresh.isEmpty())
                fresh->refresh = refreshToken;
            // Rotation (§3.5): store both new tokens before the waiters go on.
            m_credential = *fresh;
            Q_EMIT credentialChanged();
            QPointer<ApiClient> self(this);
            m_store->save(credentialKey(), m_credential, [self](const Status &) {
                if (self)
                    self->finishRefresh(RemoteError());
            });
            return;
        }
        const RemoteError &e = result.error();
        const bool lost = e.kind == RemoteError::Kind::Network
                          || e.kind == RemoteError::Kind::Timeout;
        if (lost && attempt == 1
            && firstSent.msecsTo(QDateTime::currentDateTimeUtc()) < m_timings.refreshReuseWindowMs) {
            sendRefreshGrant(2, firstSent); // the answer was lost: repeat once in the window
            return;
        }
        if (e.kind == RemoteError::Kind::Http && e.httpStatus >= 400 && e.httpStatus < 500) {
            RemoteError signIn = e;
            signIn.kind = RemoteError::Kind::SignInRequired;
            signIn.message = Tr::tr("The server no longer accepts this sign-in (%1); sign in again")
                                     .arg(e.serverError.isEmpty() ? QString::number(e.httpStatus)
                                                                  : e.serverError);
            dropCredential(signIn);
            finishRefresh(signIn);
            return;
        }
        finishRefresh(e); // network or server trouble: keep the credential
    });
}

void ApiClient::finishRefresh(const RemoteError &error)
{
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &w : waiters)
        w(error);
}

void ApiClient::dropCredential(const RemoteError &why)
{
    m_credential = Credential();
    m_store->remove(credentialKey(), [](const Status &) {});
    Q_EMIT credentialChanged();
    Q_EMIT signInRequired(why);
}

void ApiClient::probe(QObject *context, ErrorCallback done)
{
    const ContextGuard ctx(context);
    auto probeOnce = [this](std::function<void(const RemoteError &)> cb) {
        Request r = Request::get(QStringLiteral("/healthz/live"));
        r.timeoutMs = m_timings.probeTimeoutMs;
        r.authenticated = false;
        r.retry = true;
        send(r, this, [cb](const ApiResult<Response> &res) {
            RemoteError e;
            if (res.ok()) {
                if (res->json.object().value(QStringLiteral("status")).toString()
                    == QLatin1String("ok")) {
                    cb(e);
                    return;
                }
                e.kind = RemoteError::Kind::NotKubegram;
                e.httpStatus = res->status;
                e.message = Tr::tr("This is not a Kubegram API: the health check answered "
                                   "without status \"ok\"");
            } else {
                e = res.error();
                if (e.kind == RemoteError::Kind::Http && e.httpStatus == 404) {
                    e.kind = RemoteError::Kind::NotKubegram;
                    e.message = Tr::tr("The API routes are not served by this server build "
                                       "(404 for the health check)");
                } else if (e.kind == RemoteError::Kind::NotKubegram) {
                    e.message = Tr::tr("There is no Kubegram API at this address (it answered "
                                       "with a web page)");
                }
            }
            cb(e);
        });
    };
    probeOnce([this, ctx, done, probeOnce](const RemoteError &e) {
        if (!ctx.alive())
            return;
        const bool apiMissing = e.kind == RemoteError::Kind::NotKubegram
                                || e.kind == RemoteError::Kind::UnexpectedResponse;
        if (!apiMissing) {
            done(e);
            return;
        }
        // Builds before 2026-04-15 serve the legacy prefix (§2): try the other one once.
        const QString first = m_prefix;
        m_prefix = first == CurrentPrefix ? LegacyPrefix : CurrentPrefix;
        probeOnce([this, ctx, done, e, first](const RemoteError &legacy) {
            if (!ctx.alive())
                return;
            if (legacy.isError()) {
                m_prefix = first;
                done(e);
            } else {
                done(legacy);
            }
        });
    });
}

} // namespace kg::remote
