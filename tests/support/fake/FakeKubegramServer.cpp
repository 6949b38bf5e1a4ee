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

namespace {

/// Accepts connections as QSslSockets that start the server side of the TLS handshake and are
/// handed over at once, like plain ones: the request arrives as readyRead once decrypted.
/// (QSslServer of Qt 6.4 announces a connection before its handshake is done, when there is
/// nothing pending to take yet, and not again afterwards.)
class TlsServer : public QTcpServer
{
public:
    TlsServer(const QSslConfiguration &configuration, std::function<void()> handshakeStarted,
              QObject *parent)
        : QTcpServer(parent)
        , m_configuration(configuration)
        , m_handshakeStarted(std::move(handshakeStarted))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        addPendingConnection(socket);
        m_handshakeStarted();
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
    std::function<void()> m_handshakeStarted;
};

} // namespace

FakeKubegramServer::FakeKubegramServer(QObject *parent)
    : QObject(parent)
    , m_wsServer(new QWebSocketServer(QStringLiteral("kubegram-fake"),
                                      QWebSocketServer::NonSecureMode, this))
{
    m_clock.start();
    m_config.generator = &FakeKubegramServer::defaultGenerator;
    connect(m_wsServer, &QWebSocketServer::newConnection, this,
            &FakeKubegramServer::onWebSocketConnected);

    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-04-01T10:00:00.000Z"),
                                               Qt::ISODateWithMs);
    auto project = [&](int id, const QString &name, const QJsonValue &team,
                       const QJsonValue &deleted, int minutes) {
        m_projects.insert(id, QJsonObject{
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("graphId"), QJsonValue::Null},
                                      {QStringLiteral("graphMeta"), QJsonValue::Null},
                                      {QStringLiteral("teamId"), team},
                                      {QStringLiteral("createdBy"), 42},
                                      {QStringLiteral("createdAt"), iso(t0.addSecs(minutes * 60))},
                                      {QStringLiteral("updatedAt"), iso(t0.addSecs(minutes * 60))},
                                      {QStringLiteral("deletedAt"), deleted},
                                      {QStringLiteral("githubInstallationId"), QJsonValue::Null},
                                      {QStringLiteral("githubOwner"), QJsonValue::Null},
                                      {QStringLiteral("githubRepo"), QJsonValue::Null},
                                      {QStringLiteral("githubBaseBranch"), QJsonValue::Null},
                                      {QStringLiteral("argocdAppName"), QJsonValue::Null},
                              });
    };
    project(1, QStringLiteral("Alpha"), 7, QJsonValue::Null, 1);
    project(2, QStringLiteral("Beta"), 8, QJsonValue::Null, 2);
    project(3, QStringLiteral("Gamma"), 7, iso(t0.addDays(1)), 3);
    project(4, QStringLiteral("Unassigned"), QJsonValue::Null, QJsonValue::Null, 4);
    project(5, QStringLiteral("Delta"), 7, QJsonValue::Null, 5);

    auto foreign = std::make_shared<Job>();
    foreign->id = m_nextJobId++;
    foreign->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    foreign->projectId = 2;
    foreign->userId = QStringLiteral("43");
    foreign->createdMs = -1'000'000;
    foreign->createdAt = t0;
    m_foreignJobUuid = foreign->uuid;
    m_jobs.append(foreign);
}

FakeKubegramServer::~FakeKubegramServer()
{
    delete m_server; // its connections go before the WebSocket server's
}

FakeKubegramServer::TlsIdentity FakeKubegramServer::testIdentity(TestCertificate which)
{
    const QDir dir(QStringLiteral(KG_FAKE_TLS_DIR));
    const QString name = which == TestCertificate::A ? QStringLiteral("server-a")
                                                     : QStringLiteral("server-b");
    TlsIdentity identity;
    QFile cert(dir.filePath(name + QStringLiteral(".crt")));
    QFile key(dir.filePath(name + QStringLiteral(".key")));
    if (cert.open(QIODevice::ReadOnly))
        identity.certificate = QSslCertificate(&cert, QSsl::Pem);
    if (key.open(QIODevice::ReadOnly))
        identity.key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    return identity;
}

void FakeKubegramServer::setTls(const TlsIdentity &identity)
{
    m_tls = identity;
}

bool FakeKubegramServer::listen(quint16 port)
{
    close();
    if (isTls()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_tls.certificate);
        conf.setPrivateKey(m_tls.key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server = new TlsServer(
                conf, [this] { ++m_tlsHandshakes; }, this);
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::newConnection, this, &FakeKubegramServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeKubegramServer::close()
{
    // WebSockets first (each deletes itself once disconnected), then the HTTP connections:
    // accepted sockets are the listening server's children, so dropping it drops them all.
    const auto webSockets = m_wsServer->findChildren<QWebSocket *>();
    for (QWebSocket *ws : webSockets)
        ws->abort();
    if (m_server) {
        m_server->close();
        const auto sockets = m_server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
        m_server->disconnect(this);
        m_server->deleteLater();
        m_server = nullptr;
    }
}

quint16 FakeKubegramServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeKubegramServer::origin() const
{
    QUrl u;
    u.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

QList<FakeKubegramServer::LoggedRequest> FakeKubegramServer::requests(const QString &part) const
{
    QList<LoggedRequest> out;
    for (const LoggedRequest &r : m_log) {
        if (r.path.contains(part))
            out.append(r);
    }
    return out;
}

qint64 FakeKubegramServer::nowMs() const
{
    return m_clock.elapsed();
}

void FakeKubegramServer::restart()
{
    m_codes.clear();
    m_tokens.clear();
    m_refreshTokens.clear();
    m_sessions.clear();
}

QString FakeKubegramServer::createSession(const QString &userId)
{
    const QString id = randomToken();
    m_sessions.insert(id, userId);
    return id;
}

FakeKubegramServer::Tokens FakeKubegramServer::issueTokens(const QString &userId)
{
    const qint64 expMs = QDateTime::currentMSecsSinceEpoch() + m_config.tokenTtlMs;
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
            {QStringLiteral("exp"), double(expMs) / 1000.0},
            {QStringLiteral("iat"), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0},
            {QStringLiteral("iss"), origin().toString()},
            {QStringLiteral("sub"), QString(QStringLiteral("user:") + userId)},
            {QStringLiteral("aud"), QStringLiteral("kubegram-desktop")},
            {QStringLiteral("jti"), randomToken(8)},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("id"), userId},
                         {QStringLiteral("provider"), QStringLiteral("github")}}},
    };
    const auto b64 = [](const QByteArray &b) {
        return QString::fromLatin1(
                b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    Tokens t;
    t.access = b64(json(header)) + QLatin1Char('.') + b64(json(payload)) + QLatin1Char('.')
               + randomToken(32);
    t.refresh = randomToken();
    t.expiresInSeconds = double(m_config.tokenTtlMs) / 1000.0;
    m_tokens.insert(t.access, {userId, expMs});
    m_refreshTokens.insert(t.refresh, {userId, -1, false});
    return t;
}

QJsonObject FakeKubegramServer::project(const QString &id) const
{
    return m_projects.value(id.toInt());
}

// --- users, teams, organizations, companies --------------------------------------------------

QString FakeKubegramServer::teamOfUser(const QString &userId) const
{
    const UserRow *u = findUser(userId);
    return u && u->team ? QString::number(u->team) : QString();
}

QString FakeKubegramServer::teamOfProject(int projectId) const
{
    const QJsonValue t = m_projects.value(projectId).value(QStringLiteral("teamId"));
    return t.isDouble() ? QString::number(t.toInt()) : QString();
}

// --- HTTP plumbing ----------------------------------------------------------------------------

void FakeKubegramServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeKubegramServer::onReadyRead(QTcpSocket *socket)
{
    // Only peek until a whole request is there: an upgrade request must reach the WebSocket
    // server with its handshake bytes still unread.
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const int headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (data.size() > 64 * 1024)
            socket->abort();
        return;
    }
    Request req;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->abort();
        return;
    }
    req.method = requestLine[0];
    req.target = QString::fromLatin1(requestLine[1]);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const int q = req.target.indexOf(QLatin1Char('?'));
    req.path = q >= 0 ? req.target.left(q) : req.target;
    if (q >= 0)
        req.query = QUrlQuery(req.target.mid(q + 1));

    if (req.header("upgrade").toLower() == "websocket") {
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        handleUpgrade(socket, req);
        return;
    }
    const qint64 length = req.header("content-length").toLongLong();
    if (length > 64 * 1024 * 1024) {
        socket->abort();
        return;
    }
    if (data.size() < headEnd + 4 + length)
        return; // wait for the rest of the body
    socket->read(headEnd + 4);
    req.body = socket->read(length);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    dispatch(socket, req);
}

const FakeKubegramServer::Fault *FakeKubegramServer::takeFault(const Request &request)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method != request.method)
            continue;
        if (!f.pathContains.isEmpty() && !request.path.contains(f.pathContains))
            continue;
        if (f.until.isValid()) {
            if (QDateTime::currentDateTimeUtc() > f.until)
                continue;
            return &f;
        }
        if (f.count == 0)
            continue;
        if (f.count > 0)
            --f.count;
        return &f;
    }
    return nullptr;
}

void FakeKubegramServer::dispatch(QTcpSocket *socket, Request &request)
{
    LoggedRequest logged{request.method,  request.path, request.query,
                         request.headers, request.body, false};
    m_log.append(logged);

    const Fault *fault = takeFault(request);
    Response response;
    if (fault) {
        switch (fault->kind) {
        case FaultKind::Status500:
            response = Response::error(500, QStringLiteral("Internal server error"));
            writeResponse(socket, response, nullptr);
            return;
        case FaultKind::JobStatus500:
            response = Response::error(500, QStringLiteral("Failed to get job status"));
            writeResponse(socket, response, nullptr);
            return;
        case FaultKind::DropBeforeAnswer:
            socket->abort();
            return;
        case FaultKind::Proxy502:
        case FaultKind::Proxy503:
        case FaultKind::Proxy504:
        case FaultKind::Proxy413:
        case FaultKind::Proxy429: {
            const int status = fault->kind == FaultKind::Proxy502   ? 502
                               : fault->kind == FaultKind::Proxy503 ? 503
                               : fault->kind == FaultKind::Proxy504 ? 504
                               : fault->kind == FaultKind::Proxy413 ? 413
                                                                    : 429;
            response = Response::html(status);
            response.body = "<html><body><h1>" + QByteArray::number(status)
                            + " from the proxy</h1></body></html>";
            if (status == 429)
                response.headers.append(qMakePair(QByteArray("Retry-After"),
                                                  QByteArray::number(fault->retryAfterSeconds)));
            writeResponse(socket, response, nullptr);
            return;
        }
        default:
            break; // the others change a routed answer
        }
    }
    response = route(request);
    writeResponse(socket, response, fault);
}

void FakeKubegramServer::writeResponse(QTcpSocket *socket, const Response &response,
                                       const Fault *fault)
{
    Response r = response;
    bool sendLength = true;
    qint64 announced = -1;
    bool dropHalf = false;
    int trickleMs = 0;
    int delay = r.delayMs;
    if (fault) {
        switch (fault->kind) {
        case FaultKind::TruncatedJson:
            r.body = r.body.left(std::max<qsizetype>(1, r.body.size() / 2));
            break;
        case FaultKind::InvalidUtf8:
            r.contentType = "application/json";
            r.body = "{\"error\":\"bad \xff\xfe bytes\",\"name\":\"\xc3\x28\"}";
            break;
        case FaultKind::HtmlAsJson:
            r.contentType = "application/json";
            r.body = "<html><body>Bad gateway</body></html>";
            break;
        case FaultKind::ArrayForObject:
            r.contentType = "application/json";
            r.body = "[]";
            break;
        case FaultKind::WebPage:
            r = Response::html(200);
            break;
        case FaultKind::OversizedNoLength:
            sendLength = false;
            Q_FALLTHROUGH();
        case FaultKind::Oversized: {
            r.contentType = "application/json";
            QByteArray pad(std::max<qint64>(0, fault->size - 16), 'x');
            r.body = "{\"pad\":\"" + pad + "\"}";
            break;
        }
        case FaultKind::WrongContentLength:
            announced = r.body.size() + 100;
            break;
        case FaultKind::MissingContentLength:
            sendLength = false;
            break;
        case FaultKind::DropMidBody:
            dropHalf = true;
            break;
        case FaultKind::Slow:
            delay += fault->delayMs;
            break;
        case FaultKind::Trickle:
            trickleMs = std::max(1, fault->delayMs);
            break;
        default:
            break;
        }
    }
    QPointer<QTcpSocket> s(socket);
    auto send = [s, r, sendLength, announced, dropHalf, trickleMs] {
        if (!s)
            return;
        static const QHash<int, QByteArray> reasons = {
                {200, "OK"},
                {201, "Created"},
                {202, "Accepted"},
                {204, "No Content"},
                {302, "Found"},
                {400, "Bad Request"},
                {401, "Unauthorized"},
                {403, "Forbidden"},
                {404, "Not Found"},
                {408, "Request Timeout"},
                {413, "Payload Too Large"},
                {429, "Too Many Requests"},
                {500, "Internal Server Error"},
                {502, "Bad Gateway"},
                {503, "Service Unavailable"},
                {504, "Gateway Timeout"},
        };
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' '
                          + reasons.value(r.status, "Status") + "\r\n";
        if (r.status != 204 && !r.body.isNull())
            head += "Content-Type: " + r.contentType + "\r\n";
        if (sendLength && r.status != 204)
            head += "Content-Length: "
                    + QByteArray::number(announced >= 0 ? announced : r.body.size()) + "\r\n";
        for (const auto &h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Connection: close\r\n\r\n";
        s->write(head);
        if (dropHalf) {
            s->write(r.body.left(r.body.size() / 2));
            s->flush();
            QTimer::singleShot(20, s, [s] {
                if (s)
                    s->abort();
            });
            return;
        }
        if (trickleMs > 0) {
            const qsizetype chunk = std::max<qsizetype>(1, r.body.size() / 10);
            auto offset = std::make_shared<qsizetype>(0);
            auto *timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s, timer, offset, chunk, r] {
                s->write(r.body.mid(*offset, chunk));
                *offset += chunk;
                if (*offset >= r.body.size()) {
                    timer->stop();
                    s->disconnectFromHost();
                }
            });
            timer->start(trickleMs);
            return;
        }
        s->write(r.body);
        s->disconnectFromHost();
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, send);
    else
        send();
}

// --- routing ----------------------------------------------------------------------------------

FakeKubegramServer::Response FakeKubegramServer::route(Request &request)
{
    const QString path = request.path;
    const bool get = request.method == "GET";
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        return Response::text(404, "404 Not Found");

    if (path == QLatin1String("/healthz/live"))
        return Response::ofJson(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    if (path == QLatin1String("/healthz/ready"))
        return Response::ofJson(200,
                                QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});

    // The OAuth issuer.
    const QString issuerBase = m_config.issuerUnderOAuth ? QStringLiteral("/oauth") : QString();
    if (path == issuerBase + QStringLiteral("/.well-known/oauth-authorization-server") && get) {
        const QString o = origin().toString();
        return Response::ofJson(200,
                                QJsonObject{{QStringLiteral("issuer"), o},
                                            {QStringLiteral("authorization_endpoint"),
                                             QString(o + issuerBase + QStringLiteral("/authorize"))},
                                            {QStringLiteral("token_endpoint"),
                                             QString(o + issuerBase + QStringLiteral("/token"))},
                                            {QStringLiteral("jwks_uri"),
                                             QString(o + issuerBase
                                                     + QStringLiteral("/.well-known/jwks.json"))}});
    }
    if (path == issuerBase + QStringLiteral("/.well-known/jwks.json") && get) {
        if (m_config.jwksBroken)
            return Response::text(500, "Internal Server Error");
        return Response::ofJson(200, QJsonObject{{QStringLiteral("keys"), QJsonArray()}});
    }
    if (path == issuerBase + QStringLiteral("/authorize") && get)
        return authorizeEndpoint(request);
    if (path == issuerBase + QStringLiteral("/token") && request.method == "POST")
        return tokenEndpoint(request);

    if (path.startsWith(QLatin1String("/storage/")) && get)
        return storageRoute(request);

    if (path.startsWith(QLatin1String("/api/"))) {
        if (m_config.routingDefect)
            return Response::text(404, "404 Not Found");
        const QString prefix = m_config.legacyPrefix ? QStringLiteral("/api/v1/public")
                                                     : QStringLiteral("/api/public/v1");
        if (path.startsWith(prefix + QLatin1Char('/'))) {
            Response r = routeApi(request, path.mid(prefix.size()));
            if (r.status != 0)
                return r;
        }
    }
    // Unknown paths: the web app for GET, a plain 404 otherwise.
    return get ? Response::html() : Response::text(404, "404 Not Found");
}

FakeKubegramServer::AuthResult FakeKubegramServer::authenticate(const Request &request) const
{
    AuthResult a;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) { // case-sensitive, and no fallback to the cookie
        a.offered = true;
        const QString token = QString::fromLatin1(authorization.mid(7));
        const auto it = m_tokens.constFind(token);
        if (m_config.jwksBroken || it == m_tokens.cend()
            || it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
            a.error = QStringLiteral("Invalid token");
        else
            a.userId = it->userId;
        return a;
    }
    const QList<QByteArray> cookies = request.header("cookie").split(';');
    for (const QByteArray &c : cookies) {
        const QByteArray cookie = c.trimmed();
        if (cookie.startsWith("session=")) {
            a.offered = true;
            const QString id = QString::fromLatin1(cookie.mid(8));
            if (m_sessions.contains(id))
                a.userId = m_sessions.value(id);
            else
                a.error = QStringLiteral("Invalid session");
            return a;
        }
    }
    a.error = QStringLiteral("No session found");
    return a;
}

FakeKubegramServer::Response FakeKubegramServer::routeApi(Request &request, const QString &path)
{
    const QByteArray m = request.method;
    const bool get = m == "GET";
    QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const AuthResult auth = authenticate(request);
    auto unauthorized = [&auth](const QString &fallback) {
        return Response::error(401, auth.offered ? auth.error : fallback);
    };

    if (path == QLatin1String("/healthz/live") || path == QLatin1String("/healthz/ready"))
        return Response::ofJson(200, QJsonObject{{QStringLiteral("status"),
                                                  path.endsWith(QLatin1String("live"))
                                                          ? QStringLiteral("ok")
                                                          : QStringLiteral("ready")}});
    if (path == QLatin1String("/internal/error"))
        return Response::text(500, "Internal Server Error");

    if (m_config.requireAuthEverywhere && auth.userId.isEmpty()
        && !path.startsWith(QLatin1String("/auth/")))
        return unauthorized(QStringLiteral("No session found"));

    if (seg.value(0) == QLatin1String("auth")) {
        if (path == QLatin1String("/auth/me") && get) {
            if (auth.userId.isEmpty())
                return Response::error(401, auth.offered ? auth.error
                                                         : QStringLiteral("Not authenticated"));
            const UserRow *u = findUser(auth.userId);
            QJsonObject me{{QStringLiteral("id"), auth.userId},
                           {QStringLiteral("email"), QString::fromLatin1(u ? u->email : "")},
                           {QStringLiteral("name"), QString::fromLatin1(u ? u->name : "")},
                           {QStringLiteral("role"),
                            QString::fromLatin1(u ? u->role : "team_member")}};
            if (u && u->team)
                me.insert(QStringLiteral("teamId"), QString::number(u->team));
            return Response::ofJson(200, me);
        }
        if (path == QLatin1String("/auth/providers") && get)
            return Response::ofJson(
                    200,
                    QJsonObject{
                            {QStringLiteral("providers"),
                             QJsonArray{
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("github")},
                                                 {QStringLiteral("name"), QStringLiteral("GitHub")},
                                                 {QStringLiteral("authUrl"),
                                                  QStringLiteral("/oauth/github/authorize")}},
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("okta")},
                                                 {QStringLiteral("name"), QStringLiteral("Okta")},
                                                 {QStringLiteral("authUrl"),
                                                  QStringLiteral("/oauth/okta/authorize")}}}}});
        if (path == QLatin1String("/auth/logout") && m == "POST") {
            Response r = Response::ofJson(200,
                                          QJsonObject{{QStringLiteral("message"),
                                                       QStringLiteral("Logged out successfully")}});
            r.headers.append(
                    qMakePair(QByteArray("Set-Cookie"), QByteArray("session=; Max-Age=0; Path=/")));
            return r;
        }
        return Response::none();
    }

    // Entity routes (unscoped, no auth needed on the current server).
    if (get
        && (seg.value(0) == QLatin1String("users") || seg.value(0) == QLatin1String("teams")
            || seg.value(0) == QLatin1String("organizations")
            || seg.value(0) == QLatin1String("companies"))) {
        const QString entity = seg.value(0);
        if (seg.size() == 1 && request.query.isEmpty()) {
            QJsonArray rows;
            if (entity == QLatin1String("users")) {
                for (const UserRow &u : Users)
                    rows.append(userRow(u));
            } else if (entity == QLatin1String("teams")) {
                for (int t : {7, 8, 9})
                    rows.append(teamRow(t));
            } else if (entity == QLatin1String("organizations")) {
                rows = {orgRow(3), orgRow(4)};
            } else {
                rows = {companyRow(CompanyId),
                        companyRow(QStringLiteral("0b7e0e3c-1111-4a2b-8c9d-000000000004"))};
            }
            return Response::ofJson(200, rows);
        }
        if (seg.size() == 2) {
            QJsonObject row;
            if (entity == QLatin1String("teams"))
                row = teamRow(seg[1].toInt());
            else if (entity == QLatin1String("organizations"))
                row = orgRow(seg[1].toInt());
            else if (entity == QLatin1String("companies"))
                row = companyRow(seg[1]);
            else if (const UserRow *u = findUser(seg[1]))
                row = userRow(*u);
            if (row.isEmpty()) {
                static const QHash<QString, QString> names = {
                        {QStringLiteral("teams"), QStringLiteral("Team")},
                        {QStringLiteral("organizations"), QStringLiteral("Organization")},
                        {QStringLiteral("companies"), QStringLiteral("Company")},
                        {QStringLiteral("users"), QStringLiteral("User")}};
                return Response::error(404, names.value(entity) + QStringLiteral(" not found"));
            }
            return Response::ofJson(200, row);
        }
        // Single-object lookups by parent.
        bool ok = false;
        if (entity == QLatin1String("organizations")
            && request.query.hasQueryItem(QStringLiteral("teamId"))) {
            const int team = request.query.queryItemValue(QStringLiteral("teamId")).toInt(&ok);
            if (!ok)
                return Response::error(400, QStringLiteral("Invalid teamId parameter"));
            const QJsonObject t = teamRow(team);
            if (t.isEmpty())
                return Response::error(404, QStringLiteral("Team not found"));
            if (t.value(QStringLiteral("organizationId")).isNull())
                return Response::error(404, QStringLiteral("Team has no organization assigned"));
            return Response::ofJson(200, orgRow(t.value(QStringLiteral("organizationId")).toInt()));
        }
        if (entity == QLatin1String("companies")
            && request.query.hasQueryItem(QStringLiteral("organizationId"))) {
            const int org = request.query.queryItemValue(QStringLiteral("organizationId")).toInt(&ok);
            if (!ok)
                return Response::error(400, QStringLiteral("Invalid organizationId parameter"));
            const QJsonObject o = orgRow(org);
            if (o.isEmpty())
                return Response::error(404, QStringLiteral("Organization not found"));
            return Response::ofJson(200,
                                    companyRow(o.value(QStringLiteral("companyId")).toString()));
        }
        if (entity == QLatin1String("teams")
            && request.query.hasQueryItem(QStringLiteral("userId"))) {
            const QString user = request.query.queryItemValue(QStringLiteral("userId"));
            user.toInt(&ok);
            if (!ok)
                return Response::error(400, QStringLiteral("Invalid userId parameter"));
            const UserRow *u = findUser(user);
            if (!u)
                return Response::error(404, QStringLiteral("User not found"));
            if (!u->team)
                return Response::error(404, QStringLiteral("User has no team assigned"));
            return Response::ofJson(200, teamRow(u->team));
        }
        return Response::none();
    }

    if (seg.value(0) == QLatin1String("projects"))
        return projectsRoute(request, seg);

    if (seg.value(0) == QLatin1String("graph")) {
        if (seg.value(1) == QLatin1String("codegen")) {
            if (auth.userId.isEmpty())
                return unauthorized(QStringLiteral("No session found"));
            if (seg.size() == 2 && m == "POST")
                return codegenPost(request, auth);
            if (seg.size() == 2 && get)
                return jobList(request, auth);
            if (seg.size() == 3 && seg[2] == QLatin1String("jobs") && get)
                return jobDetails(auth);
            if (seg.size() == 3 && m == "DELETE")
                return jobRoute(request, auth, seg[2], QStringLiteral("cancel"));
            if (seg.size() == 4 && get
                && (seg[3] == QLatin1String("status") || seg[3] == QLatin1String("results")))
                return jobRoute(request, auth, seg[2], seg[3]);
            return Response::none();
        }
        if (seg.value(1) == QLatin1String("plan") || seg.value(1) == QLatin1String("suggest")
            || seg.value(1) == QLatin1String("validate")) {
            if (auth.userId.isEmpty())
                return unauthorized(QStringLiteral("No session found"));
            if (m != "POST")
                return Response::none();
            Response r;
            if (!m_config.optionalFeaturesSucceed) {
                r = Response::error(500, seg[1] == QLatin1String("plan")
                                                 ? QStringLiteral("Failed to initialize plan")
                                         : seg[1] == QLatin1String("suggest")
                                                 ? QStringLiteral("Failed to get suggestions")
                                                 : QStringLiteral("Internal server error"));
                if (seg[1] == QLatin1String("plan"))
                    r.delayMs = m_config.planDelayMs;
                return r;
            }
            if (seg[1] == QLatin1String("suggest"))
                return Response::ofJson(200,
                                        QJsonObject{{QStringLiteral("suggestions"), QJsonArray()}});
            return Response::ofJson(
                    201, QJsonObject{{QStringLiteral("jobId"),
                                      QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("status"), QStringLiteral("running")},
                                     {QStringLiteral("step"), QStringLiteral("pending")}});
        }
    }
    return Response::none();
}

} // namespace kg::test
