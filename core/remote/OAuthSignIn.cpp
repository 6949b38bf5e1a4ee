#include "remote/OAuthSignIn.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace kg::remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::OAuthSignIn)
};

QString randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system(); // cryptographically secure
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->bounded(256));
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray closePage(const QString &message)
{
    const QByteArray body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Kubegram "
                            "Desktop</title></head><body><p>"
                            + message.toHtmlEscaped().toUtf8() + "</p></body></html>";
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

OAuthSignIn::OAuthSignIn(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::makeCodeVerifier()
{
    return randomBase64Url(64);
}

QString OAuthSignIn::codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthSignIn::makeState()
{
    return randomBase64Url(24);
}

void OAuthSignIn::start()
{
    if (m_active || !m_client)
        return;
    m_active = true;
    m_callbackTaken = false;
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        RemoteError e;
        e.kind = RemoteError::Kind::Timeout;
        e.message = Tr::tr("The sign-in in the browser did not finish within %1 minutes; try again "
                           "or paste an access token or a session id")
                            .arg(m_client ? m_client->timings().oauthTimeoutMs / 60000.0 : 5.0);
        finish(e);
    });
    m_timeout->start(m_client->timings().oauthTimeoutMs);

    discoverIssuer(*m_client, this, [this](const ApiResult<IssuerInfo> &issuer) {
        if (!m_active)
            return;
        if (!issuer) {
            finish(issuer.error());
            return;
        }
        if (!issuer->warning.isEmpty())
            Q_EMIT warning(issuer->warning);
        if (!m_provider.isEmpty()) {
            listenAndOpen(issuer.value());
            return;
        }
        const IssuerInfo info = issuer.value();
        fetchProviders(*m_client, this,
                       [this, info](const ApiResult<QList<AuthProvider>> &providers) {
                           if (!m_active)
                               return;
                           if (providers && providers->size() == 1)
                               m_provider = providers->first().id;
                           listenAndOpen(info);
                       });
    });
}

void OAuthSignIn::listenAndOpen(const IssuerInfo &issuer)
{
    m_issuer = issuer;
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        RemoteError e;
        e.kind = RemoteError::Kind::Other;
        e.message = Tr::tr("Cannot listen on 127.0.0.1 for the browser's answer: %1")
                            .arg(m_listener->errorString());
        finish(e);
        return;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &OAuthSignIn::onCallbackConnection);
    m_redirectUri = QUrl(
            QStringLiteral("http://127.0.0.1:%1/callback").arg(m_listener->serverPort()));
    m_state = makeState();
    m_verifier = makeCodeVerifier();

    QUrl url = issuer.authorizationEndpoint;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("client_id"), ApiClient::ClientId);
    q.addQueryItem(QStringLiteral("redirect_uri"),
                   QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), codeChallenge(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_provider.isEmpty())
        q.addQueryItem(QStringLiteral("provider"), m_provider);
    url.setQuery(q);
    Q_EMIT browserOpened(url);
    if (!m_opener || !m_opener(url)) {
        RemoteError e;
        e.kind = RemoteError::Kind::Other;
        e.message = Tr::tr("Cannot open the web browser for the sign-in");
        finish(e);
    }
}

void OAuthSignIn::onCallbackConnection()
{
    while (QTcpSocket *socket = m_listener ? m_listener->nextPendingConnection() : nullptr) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->peek(16 * 1024);
            if (!head.contains("\r\n\r\n")) {
                if (head.size() >= 16 * 1024)
                    socket->abort();
                return;
            }
            socket->readAll();
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            if (requestLine.value(0) != "GET" || target.path() != QLatin1String("/callback")) {
                socket->write(
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            const QUrlQuery q(target);
            const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
            if (m_callbackTaken || !m_active || state != m_state) {
                socket->write(
                        closePage(Tr::tr("This sign-in request is not expected; you may close "
                                         "this window.")));
                socket->disconnectFromHost();
                return;
            }
            m_callbackTaken = true;
            socket->write(closePage(Tr::tr("Kubegram Desktop received the answer; you may close "
                                           "this window.")));
            socket->disconnectFromHost();
            m_listener->close();
            const QString error = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            if (!error.isEmpty()) {
                RemoteError e;
                e.kind = RemoteError::Kind::Http;
                e.serverError = error;
                e.serverDetails = q.queryItemValue(QStringLiteral("error_description"),
                                                   QUrl::FullyDecoded);
                e.message = Tr::tr("The sign-in was refused: %1").arg(error);
                finish(e);
                return;
            }
            exchange(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
        });
    }
}

void OAuthSignIn::exchange(const QString &code)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    form.addQueryItem(QStringLiteral("client_id"), ApiClient::ClientId);
    ApiClient::Request r;
    r.method = "POST";
    r.url = m_issuer.tokenEndpoint;
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.contentType = "application/x-www-form-urlencoded";
    r.authenticated = false;
    r.retry = false; // codes are single-use: a failed exchange restarts the flow instead
    m_verifier.clear();
    m_client->send(r, this, [this](const ApiResult<ApiClient::Response> &res) {
        if (!m_active)
            return;
        if (!res) {
            RemoteError e = res.error();
            e.message = Tr::tr("The server refused the sign-in code: %1").arg(e.message);
            finish(e);
            return;
        }
        auto credential = Credential::fromTokenResponse(res->json.object(),
                                                        QDateTime::currentDateTimeUtc());
        if (!credential) {
            RemoteError e;
            e.kind = RemoteError::Kind::UnexpectedResponse;
            e.message = Tr::tr("The token endpoint answered without an access token");
            finish(e);
            return;
        }
        m_client->setTokenEndpoint(m_issuer.tokenEndpoint);
        m_client->setCredential(*credential, [this](const Status &) { finish(RemoteError()); });
    });
}

void OAuthSignIn::cancel()
{
    if (!m_active)
        return;
    RemoteError e;
    e.kind = RemoteError::Kind::Cancelled;
    e.message = Tr::tr("The sign-in was cancelled");
    finish(e);
}

void OAuthSignIn::finish(const RemoteError &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_verifier.clear();
    m_state.clear();
    if (m_timeout) {
        m_timeout->stop();
        m_timeout->deleteLater();
        m_timeout = nullptr;
    }
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded();
}

} // namespace kg::remote
