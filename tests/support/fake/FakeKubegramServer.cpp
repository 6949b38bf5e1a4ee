#include "FakeKubegramServer.h"
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

const QStringList Steps = {QStringLiteral("getOrCreateGraph"), QStringLiteral("getPrompt"),
                           QStringLiteral("llmCall"), QStringLiteral("buildKubernetesGraph"),
                           QStringLiteral("validateConfigurations")};

const QStringList GraphTypes = {QStringLiteral("KUBERNETES"), QStringLiteral("INFRASTRUCTURE"),
                                QStringLiteral("ABSTRACT"), QStringLiteral("DEBUGGING"),
                                QStringLiteral("MICROSERVICE")};
const QStringList Providers = {QStringLiteral("CLAUDE"), QStringLiteral("GEMMA"),
                               QStringLiteral("DEEPSEEK"), QStringLiteral("OPENAI"),
                               QStringLiteral("GOOGLE")};

QString randomToken(int bytes = 24)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString picklist(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('"') + v + QLatin1Char('"');
    return QLatin1Char('(') + quoted.join(QStringLiteral(" | ")) + QLatin1Char(')');
}

QString received(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("undefined");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
}

/// JavaScript's parseInt(text, 10) for ids: leading blanks, a sign and digits; 0 when there
/// are no digits (NaN) or the value does not fit.
int parseIntPrefix(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const bool negative = i < text.size() && text.at(i) == QLatin1Char('-');
    if (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+')))
        ++i;
    qint64 value = 0;
    for (; i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
         ++i) {
        value = value * 10 + (text.at(i).unicode() - '0');
        if (value > std::numeric_limits<int>::max())
            return 0;
    }
    return negative ? -int(value) : int(value);
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.scheme() == QLatin1String("http")
           && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
               || url.host() == QLatin1String("::1"));
}

} // namespace

struct FakeKubegramServer::Request
{
    QByteArray method;
    QString target;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct FakeKubegramServer::Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    /// "No route matched": the caller answers like the web app would.
    static Response none()
    {
        Response r;
        r.status = 0;
        return r;
    }
    static Response ofJson(int status, const QJsonObject &o)
    {
        Response r;
        r.status = status;
        r.body = json(o);
        return r;
    }
    static Response ofJson(int status, const QJsonArray &a)
    {
        Response r;
        r.status = status;
        r.body = json(a);
        return r;
    }
    static Response error(int status, const QString &message)
    {
        return ofJson(status, QJsonObject{{QStringLiteral("error"), message}});
    }
    static Response text(int status, const QByteArray &body)
    {
        Response r;
        r.status = status;
        r.contentType = "text/plain; charset=UTF-8";
        r.body = body;
        return r;
    }
    static Response html(int status = 200)
    {
        Response r;
        r.status = status;
        r.contentType = "text/html; charset=UTF-8";
        r.body = "<!doctype html><html><head><title>Kubegram</title></head><body><div "
                 "id=\"root\"></div></body></html>";
        return r;
    }
};

struct FakeKubegramServer::Job
{
    int id = 0;
    QString uuid;
    int projectId = 0;
    QString userId;
    qint64 createdMs = 0;
    QDateTime createdAt;
    QJsonObject graph;
    QJsonObject config;
    QList<GeneratedFile> files;
    QString failAtStep;
    qint64 cancelledAtMs = -1;
    bool cancelledAfterCompletion = false;
    int statusRace = 0;
    int resultsRace = 0;
    bool raceArmed = false;
};

struct FakeKubegramServer::AuthResult
{
    QString userId; ///< empty when not authenticated
    QString error;  ///< the 401 body's error when a credential was offered and refused
    bool offered = false;
};

// ---------------------------------------------------------------------------------------------

QList<FakeKubegramServer::GeneratedFile> FakeKubegramServer::defaultGenerator(
        const QJsonObject &graph)
{
    // Real manifests: the graph goes through the same reader and local engine as the client's
    // own generation, so remote results look like what a server would send.
    QList<GeneratedFile> files;
    const auto data = kg::io::ServerGraphFormat::fromJson(graph);
    if (!data.ok())
        return files;
    QHash<QString, QString> kindOf;
    for (const kg::Node &n : data->nodes)
        kindOf.insert(n.id, n.kind);
    const auto result = kg::LocalEngine::generate(*data, kg::GenerationOptions{});
    if (!result.ok())
        return files;
    for (const kg::Artifact &a : result->artifacts) {
        if (a.language != QLatin1String("yaml"))
            continue; // the report stays with the client
        files.append({a.path, QString::fromUtf8(a.content), a.sourceNodeId,
                      kindOf.value(a.sourceNodeId)});
    }
    return files;
}

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

// --- the audit of project writes -------------------------------------------------------------

namespace {

/// A value for a log line: compact JSON, long values shortened; "(absent)" when undefined.
QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    QString text = received(v);
    constexpr int Longest = 80;
    if (text.size() > Longest)
        text = text.left(Longest) + QStringLiteral("...");
    return text;
}

/// graphMeta as an object: null and "" are {}; false in @p ok when it is not JSON object text.
QJsonObject storedMetaObject(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
    *ok = v.isString() && error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

/// The keys of @p a and @p b, each once, sorted.
QStringList allKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

QString FakeKubegramServer::ProjectWrite::toString() const
{
    const QString request = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("%1: created project %2 %3")
                .arg(request, projectId, shown(after.toObject().value(QStringLiteral("name"))));
    case Kind::Deleted:
        return QStringLiteral("%1: deleted project %2 %3")
                .arg(request, projectId, shown(before.toObject().value(QStringLiteral("name"))));
    case Kind::Changed:
        break;
    }
    return QStringLiteral("%1: project %2 %3 %4 -> %5")
            .arg(request, projectId, field, shown(before), shown(after));
}

QStringList FakeKubegramServer::generationWrites()
{
    return {QStringLiteral("updatedAt"), QStringLiteral("graphMeta.graphData"),
            QStringLiteral("graphMeta.lastUpdated")};
}

QList<FakeKubegramServer::ProjectWrite> FakeKubegramServer::projectWrites(
        const QString &projectId, const QStringList &expected) const
{
    QList<ProjectWrite> out;
    for (const ProjectWrite &w : m_projectWrites) {
        if (w.projectId != projectId)
            continue;
        const bool isExpected = w.kind == ProjectWrite::Kind::Changed
                                && std::any_of(expected.begin(), expected.end(),
                                               [&w](const QString &e) {
                                                   return w.field == e
                                                          || w.field.startsWith(e
                                                                                + QLatin1Char('.'));
                                               });
        if (!isExpected)
            out.append(w);
    }
    return out;
}

void FakeKubegramServer::writeProject(const Request &request, int id, const QJsonObject &row)
{
    const bool existed = m_projects.contains(id);
    const QJsonObject old = m_projects.value(id);
    if (row.isEmpty())
        m_projects.remove(id);
    else
        m_projects.insert(id, row);

    QList<ProjectWrite> writes;
    auto record = [&](ProjectWrite::Kind kind, const QString &field, const QJsonValue &before,
                      const QJsonValue &after) {
        ProjectWrite w;
        w.kind = kind;
        w.method = request.method;
        w.path = request.path;
        w.projectId = QString::number(id);
        w.field = field;
        w.before = before;
        w.after = after;
        writes.append(w);
    };
    if (row.isEmpty()) {
        if (existed)
            record(ProjectWrite::Kind::Deleted, QString(), old, QJsonValue::Undefined);
    } else if (!existed) {
        record(ProjectWrite::Kind::Created, QString(), QJsonValue::Undefined, row);
    } else {
        for (const QString &key : allKeys(old, row)) {
            const QJsonValue before = old.value(key);
            const QJsonValue after = row.value(key);
            if (before == after)
                continue;
            bool oldOk = false;
            bool newOk = false;
            const QJsonObject oldMeta = storedMetaObject(before, &oldOk);
            const QJsonObject newMeta = storedMetaObject(after, &newOk);
            if (key != QLatin1String("graphMeta") || !oldOk || !newOk) {
                record(ProjectWrite::Kind::Changed, key, before, after);
                continue;
            }
            for (const QString &metaKey : allKeys(oldMeta, newMeta)) {
                if (oldMeta.value(metaKey) != newMeta.value(metaKey))
                    record(ProjectWrite::Kind::Changed, key + QLatin1Char('.') + metaKey,
                           oldMeta.value(metaKey), newMeta.value(metaKey));
            }
        }
    }
    for (const ProjectWrite &w : std::as_const(writes)) {
        m_projectWrites.append(w);
        Q_EMIT projectWritten(w);
    }
}

// --- users, teams, organizations, companies --------------------------------------------------

namespace {
struct UserRow
{
    const char *id;
    const char *name;
    const char *email;
    const char *role;
    int team; // 0 = none
};
const UserRow Users[] = {
        {"42", "Alice Example", "alice@example.com", "team_member", 7},
        {"43", "Bob Other", "bob@example.com", "admin", 8},
        {"44", "Carol Teamless", "carol@example.com", "team_member", 0},
        {"45", "Dave Orphan", "dave@example.com", "manager", 9},
};
const UserRow *findUser(const QString &id)
{
    for (const UserRow &u : Users) {
        if (id == QLatin1String(u.id))
            return &u;
    }
    return nullptr;
}
QJsonObject teamRow(int id)
{
    switch (id) {
    case 7:
        return {{QStringLiteral("id"), 7},
                {QStringLiteral("name"), QStringLiteral("Platform")},
                {QStringLiteral("organizationId"), 3}};
    case 8:
        return {{QStringLiteral("id"), 8},
                {QStringLiteral("name"), QStringLiteral("Other team")},
                {QStringLiteral("organizationId"), 4}};
    case 9:
        return {{QStringLiteral("id"), 9},
                {QStringLiteral("name"), QStringLiteral("Orphans")},
                {QStringLiteral("organizationId"), QJsonValue::Null}};
    default:
        return {};
    }
}
QJsonObject orgRow(int id)
{
    if (id == 3)
        return {{QStringLiteral("id"), 3},
                {QStringLiteral("name"), QStringLiteral("Acme")},
                {QStringLiteral("companyId"), FakeKubegramServer::CompanyId}};
    if (id == 4)
        return {{QStringLiteral("id"), 4},
                {QStringLiteral("name"), QStringLiteral("Globex")},
                {QStringLiteral("companyId"),
                 QStringLiteral("0b7e0e3c-1111-4a2b-8c9d-000000000004")}};
    return {};
}
QJsonObject companyRow(const QString &uuid)
{
    if (uuid == FakeKubegramServer::CompanyId)
        return {{QStringLiteral("id"), uuid}, {QStringLiteral("name"), QStringLiteral("Acme Corp")}};
    if (uuid == QLatin1String("0b7e0e3c-1111-4a2b-8c9d-000000000004"))
        return {{QStringLiteral("id"), uuid},
                {QStringLiteral("name"), QStringLiteral("Globex Corp")}};
    return {};
}
QJsonObject userRow(const UserRow &u)
{
    return {{QStringLiteral("id"), QString::fromLatin1(u.id).toInt()},
            {QStringLiteral("name"), QString::fromLatin1(u.name)},
            {QStringLiteral("email"), QString::fromLatin1(u.email)},
            {QStringLiteral("avatarUrl"), QJsonValue::Null},
            {QStringLiteral("role"), QString::fromLatin1(u.role)},
            {QStringLiteral("teamId"), u.team ? QJsonValue(u.team) : QJsonValue(QJsonValue::Null)}};
}
} // namespace

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

FakeKubegramServer::Response FakeKubegramServer::projectsRoute(Request &request,
                                                               const QStringList &seg)
{
    const QByteArray m = request.method;
    auto invalid = [] {
        return Response::error(400, QStringLiteral("Invalid request"));
    };
    if (seg.size() == 1) {
        if (m == "GET") {
            QJsonArray rows;
            for (const QJsonObject &p : std::as_const(m_projects))
                rows.append(p);
            return Response::ofJson(200, rows);
        }
        if (m == "POST") {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            const QJsonObject body = doc.object();
            if (!doc.isObject() || !body.value(QStringLiteral("name")).isString()
                || body.value(QStringLiteral("name")).toString().isEmpty())
                return invalid();
            const QJsonValue meta = body.value(QStringLiteral("graphMeta"));
            if (!meta.isUndefined() && !meta.isObject())
                return invalid();
            const int id = m_nextProjectId++;
            const QString now = iso(QDateTime::currentDateTimeUtc());
            QJsonObject p{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), body.value(QStringLiteral("name"))},
                          {QStringLiteral("graphId"),
                           body.value(QStringLiteral("graphId")).isString()
                                   ? body.value(QStringLiteral("graphId"))
                                   : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("graphMeta"),
                           meta.isObject() ? QJsonValue(QString::fromUtf8(json(meta.toObject())))
                                           : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("teamId"), QJsonValue::Null},
                          {QStringLiteral("createdBy"), QJsonValue::Null},
                          {QStringLiteral("createdAt"), now},
                          {QStringLiteral("updatedAt"), now},
                          {QStringLiteral("deletedAt"), QJsonValue::Null},
                          {QStringLiteral("githubInstallationId"), QJsonValue::Null},
                          {QStringLiteral("githubOwner"), QJsonValue::Null},
                          {QStringLiteral("githubRepo"), QJsonValue::Null},
                          {QStringLiteral("githubBaseBranch"), QJsonValue::Null},
                          {QStringLiteral("argocdAppName"), QJsonValue::Null}};
            writeProject(request, id, p);
            return Response::ofJson(201, p);
        }
        return Response::none();
    }
    if (seg.size() != 2)
        return Response::none();
    bool numeric = false;
    const int id = seg[1].toInt(&numeric);
    if (m == "DELETE") {
        for (const auto &job : std::as_const(m_jobs)) {
            if (job->projectId == id)
                return Response::text(500, "Internal Server Error");
        }
        writeProject(request, id, QJsonObject());
        Response r;
        r.status = 204;
        r.body = QByteArray();
        return r;
    }
    if (!numeric || !m_projects.contains(id))
        return m == "GET" || m == "PUT" ? Response::text(404, "404 Not Found") : Response::none();
    if (m == "GET")
        return Response::ofJson(200, m_projects.value(id));
    if (m == "PUT") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return invalid();
        QJsonObject p = m_projects.value(id);
        const QJsonObject body = doc.object();
        static const QStringList strings = {QStringLiteral("name"),
                                            QStringLiteral("graphId"),
                                            QStringLiteral("graphMeta"),
                                            QStringLiteral("githubOwner"),
                                            QStringLiteral("githubRepo"),
                                            QStringLiteral("githubBaseBranch"),
                                            QStringLiteral("argocdAppName")};
        static const QStringList timestamps = {QStringLiteral("createdAt"),
                                               QStringLiteral("updatedAt"),
                                               QStringLiteral("deletedAt")};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (timestamps.contains(it.key()))
                return invalid();
            if (strings.contains(it.key())) {
                if (!it.value().isString() && !it.value().isNull())
                    return invalid();
                p.insert(it.key(), it.value());
            } else if (it.key() == QLatin1String("teamId") || it.key() == QLatin1String("createdBy")
                       || it.key() == QLatin1String("githubInstallationId")) {
                if (it.value().isString()) {
                    bool ok = false;
                    const int v = it.value().toString().toInt(&ok);
                    if (!ok)
                        return invalid();
                    p.insert(it.key(), v);
                } else if (it.value().isDouble() || it.value().isNull()) {
                    p.insert(it.key(), it.value());
                } else {
                    return invalid();
                }
            } // unknown keys, id included, are dropped
        }
        p.insert(QStringLiteral("updatedAt"), iso(QDateTime::currentDateTimeUtc()));
        writeProject(request, id, p);
        return Response::ofJson(200, p);
    }
    return Response::none();
}

FakeKubegramServer::Response FakeKubegramServer::codegenPost(Request &request,
                                                             const AuthResult &auth)
{
    const QString userTeam = teamOfUser(auth.userId);
    const QByteArray header = request.header("x-kubegram-team-id");
    QString team;
    if (!header.isEmpty()) {
        bool ok = false;
        header.toInt(&ok);
        if (!ok)
            return Response::error(400, QStringLiteral("Invalid X-Kubegram-Team-Id header value"));
        if (QString::fromLatin1(header) != userTeam)
            return Response::error(
                    403,
                    QStringLiteral("Insufficient permissions to create projects in this team"));
        team = userTeam;
    } else if (userTeam.isEmpty()) {
        return Response::error(
                400, QStringLiteral(
                             "Missing X-Kubegram-Team-Id header and no team associated with user"));
    } else {
        return Response::error(403,
                               QStringLiteral(
                                       "Insufficient permissions to create projects in this team"));
    }

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Invalid request body")},
                                                 {QStringLiteral("details"), perr.errorString()}});
    const QJsonObject body = doc.object();
    auto validation = [](const QString &details) {
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Validation error")},
                                                 {QStringLiteral("details"), details}});
    };
    const QJsonValue graphValue = body.value(QStringLiteral("graph"));
    if (!graphValue.isObject())
        return validation(QStringLiteral("Invalid key: Expected \"graph\" but received undefined"));
    const QJsonObject graph = graphValue.toObject();
    for (const QString &key :
         {QStringLiteral("name"), QStringLiteral("graphType"), QStringLiteral("companyId"),
          QStringLiteral("userId"), QStringLiteral("nodes")}) {
        if (!graph.contains(key))
            return validation(
                    QStringLiteral("Invalid key: Expected \"%1\" but received undefined").arg(key));
    }
    if (!GraphTypes.contains(graph.value(QStringLiteral("graphType")).toString()))
        return validation(QStringLiteral("Invalid type: Expected %1 but received %2")
                                  .arg(picklist(GraphTypes),
                                       received(graph.value(QStringLiteral("graphType")))));
    if (!graph.value(QStringLiteral("nodes")).isArray())
        return validation(QStringLiteral("Invalid type: Expected Array but received %1")
                                  .arg(received(graph.value(QStringLiteral("nodes")))));
    if (!body.value(QStringLiteral("project")).isObject())
        return validation(
                QStringLiteral("Invalid key: Expected \"project\" but received undefined"));
    const QJsonObject project = body.value(QStringLiteral("project")).toObject();
    if (project.contains(QStringLiteral("id")) && !project.value(QStringLiteral("id")).isString())
        return validation(QStringLiteral("Invalid type: Expected string but received %1")
                                  .arg(received(project.value(QStringLiteral("id")))));
    const QJsonObject llm = body.value(QStringLiteral("llmConfig")).toObject();
    if (llm.contains(QStringLiteral("provider"))
        && !Providers.contains(llm.value(QStringLiteral("provider")).toString()))
        return validation(
                QStringLiteral("Invalid type: Expected %1 but received %2")
                        .arg(picklist(Providers), received(llm.value(QStringLiteral("provider")))));

    // Create or update the project and write graphMeta as the open-source server's
    // storeProjectMetadata does (kubegram-server/src/services/codegen.ts):
    // - an id that parseInt reads as a positive number updates that project, whatever its team
    //   and even when soft-deleted: name = project.name || "Graph Project <ms>" (a missing or
    //   empty name renames it, and any other name overwrites it, §10), teamId = the header's
    //   team, graphMeta = the stored keys + graphData + lastUpdated, with description =
    //   project.description || the stored description; graphMeta that is not JSON is replaced
    //   by a new one. An unknown id → 500 (the job may have started on the server);
    // - anything else (no id, "abc", "0") creates a project.
    const QString now = iso(QDateTime::currentDateTimeUtc());
    auto nameOr = [](const QJsonValue &v) {
        const QString name = v.toString();
        return name.isEmpty()
                       ? QStringLiteral("Graph Project %1").arg(QDateTime::currentMSecsSinceEpoch())
                       : name;
    };
    const QString description = project.value(QStringLiteral("description")).toString();
    auto freshMeta = [&](const QString &timeKey) {
        QJsonObject meta{{QStringLiteral("graphType"), graph.value(QStringLiteral("graphType"))},
                         {QStringLiteral("companyId"), graph.value(QStringLiteral("companyId"))},
                         {QStringLiteral("graphData"), graph},
                         {QStringLiteral("nodes"),
                          graph.value(QStringLiteral("nodes")).toArray().size()},
                         {timeKey, now}};
        if (project.contains(QStringLiteral("description")))
            meta.insert(QStringLiteral("description"),
                        project.value(QStringLiteral("description")));
        return meta;
    };
    const int requestedId = parseIntPrefix(project.value(QStringLiteral("id")).toString());
    int projectId = 0;
    if (requestedId > 0) {
        projectId = requestedId;
        if (!m_projects.contains(projectId))
            return Response::error(500, QStringLiteral("Internal server error"));
        QJsonObject p = m_projects.value(projectId);
        p.insert(QStringLiteral("name"), nameOr(project.value(QStringLiteral("name"))));
        p.insert(QStringLiteral("teamId"), team.toInt());
        QJsonObject meta;
        const QString stored = p.value(QStringLiteral("graphMeta")).toString();
        QJsonParseError metaError;
        const QJsonDocument metaDoc = QJsonDocument::fromJson(stored.toUtf8(), &metaError);
        if (stored.isEmpty() || metaError.error == QJsonParseError::NoError) {
            meta = metaDoc.object();
            meta.insert(QStringLiteral("lastUpdated"), now);
            meta.insert(QStringLiteral("graphData"), graph);
            if (!description.isEmpty())
                meta.insert(QStringLiteral("description"), description);
        } else {
            meta = freshMeta(QStringLiteral("lastUpdated"));
        }
        p.insert(QStringLiteral("graphMeta"), QString::fromUtf8(json(meta)));
        p.insert(QStringLiteral("updatedAt"), now);
        writeProject(request, projectId, p);
    } else {
        projectId = m_nextProjectId++;
        writeProject(request, projectId,
                     QJsonObject{{QStringLiteral("id"), projectId},
                                 {QStringLiteral("name"),
                                  nameOr(project.value(QStringLiteral("name")))},
                                 {QStringLiteral("graphId"), QJsonValue::Null},
                                 {QStringLiteral("graphMeta"),
                                  QString::fromUtf8(json(freshMeta(QStringLiteral("createdAt"))))},
                                 {QStringLiteral("teamId"), team.toInt()},
                                 {QStringLiteral("createdBy"), auth.userId.toInt()},
                                 {QStringLiteral("createdAt"), now},
                                 {QStringLiteral("updatedAt"), now},
                                 {QStringLiteral("deletedAt"), QJsonValue::Null}});
    }

    auto job = std::make_shared<Job>();
    job->id = m_nextJobId++;
    job->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job->projectId = projectId;
    job->userId = auth.userId;
    job->createdMs = nowMs();
    job->createdAt = QDateTime::currentDateTimeUtc();
    job->graph = graph;
    job->config = QJsonObject{{QStringLiteral("llmConfig"), llm},
                              {QStringLiteral("context"), body.value(QStringLiteral("context"))}};
    job->files = m_config.generator ? m_config.generator(graph) : QList<GeneratedFile>();
    job->failAtStep = m_config.failAtStep;
    job->statusRace = m_config.completionRace;
    job->resultsRace = m_config.completionRace;
    m_jobs.append(job);
    ++m_codegenPosts;

    QJsonObject answer{{QStringLiteral("jobId"), job->uuid},
                       {QStringLiteral("step"), QStringLiteral("getOrCreateGraph")},
                       {QStringLiteral("status"), QStringLiteral("running")}};
    if (m_config.mode == Mode::Design)
        answer.insert(QStringLiteral("projectId"), QString::number(projectId));
    return Response::ofJson(201, answer);
}

FakeKubegramServer::JobView FakeKubegramServer::viewOf(Job &job)
{
    JobView v;
    const qint64 t = nowMs() - job.createdMs;
    if (job.cancelledAtMs >= 0 && !job.cancelledAfterCompletion) {
        if (!m_config.advisoryCancel
            || nowMs() - job.cancelledAtMs < m_config.advisoryCancelHoldMs) {
            v.status = QStringLiteral("cancelled");
            v.step = QStringLiteral("cancelled");
            v.terminal = true;
            return v;
        }
    }
    if (t < m_config.pendingMs) {
        v.status = QStringLiteral("pending");
        v.step = QStringLiteral("pending");
        return v;
    }
    const qint64 index = (t - m_config.pendingMs) / std::max(1, m_config.stepMs);
    for (int i = 0; i < Steps.size(); ++i) {
        if (Steps[i] == job.failAtStep && index >= i) {
            v.status = QStringLiteral("failed");
            v.step = Steps[i];
            v.terminal = true;
            return v;
        }
    }
    if (index < Steps.size()) {
        v.status = QStringLiteral("running");
        v.step = Steps[int(index)];
        return v;
    }
    v.status = QStringLiteral("completed");
    v.step = QStringLiteral("completed");
    v.terminal = true;
    return v;
}

QJsonObject FakeKubegramServer::generatedCodeGraph(const Job &job) const
{
    if (m_config.nonConformingResult)
        return QJsonObject{{QStringLiteral("output"), QStringLiteral("test")}};
    QList<GeneratedFile> files = job.files;
    if (m_config.quirkyResults && !files.isEmpty()) {
        GeneratedFile dup = files.first();
        dup.content = QStringLiteral(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n---\n"
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup2\n");
        dup.nodeId = QString();
        dup.nodeType = QStringLiteral("helm-ish thing");
        files.append(dup);
    }
    if (m_config.hostileArtifacts) {
        const QStringList hostile = test::rejectedArtifactPaths() + test::trickyArtifactPaths();
        for (const QString &name : hostile)
            files.append({name, QStringLiteral("kind: ConfigMap\n"), QString(),
                          QStringLiteral("CONFIGMAP")});
    }
    QJsonArray nodes;
    for (int i = 0; i < files.size(); ++i) {
        const GeneratedFile &f = files[i];
        QJsonObject deep{{QStringLiteral("id"), QStringLiteral("target")},
                         {QStringLiteral("name"), QStringLiteral("target")}};
        if (m_config.quirkyResults) {
            for (int d = 0; d < 5; ++d)
                deep = QJsonObject{{QStringLiteral("id"), QStringLiteral("t%1").arg(d)},
                                   {QStringLiteral("edges"),
                                    QJsonArray{QJsonObject{{QStringLiteral("connectionType"),
                                                            QStringLiteral("MANAGES")},
                                                           {QStringLiteral("node"), deep}}}}};
        }
        QJsonObject node{
                {QStringLiteral("id"), f.nodeId},
                {QStringLiteral("name"), f.nodeId.isEmpty() ? QStringLiteral("artifact") : f.nodeId},
                {QStringLiteral("companyId"), CompanyId},
                {QStringLiteral("userId"), job.userId},
                {QStringLiteral("namespace"), QStringLiteral("default")},
                {QStringLiteral("createdAt"), iso(job.createdAt)},
                {QStringLiteral("updatedAt"), iso(job.createdAt)},
                {QStringLiteral("generatedCodeMetadata"),
                 QJsonObject{{QStringLiteral("fileName"), f.path.section(QLatin1Char('/'), -1)},
                             {QStringLiteral("path"), f.path}}},
                {QStringLiteral("config"), f.content},
                {QStringLiteral("edges"), QJsonArray{QJsonObject{{QStringLiteral("connectionType"),
                                                                  QStringLiteral("MANAGES")},
                                                                 {QStringLiteral("node"), deep}}}}};
        if (!f.nodeType.isEmpty())
            node.insert(QStringLiteral("nodeType"), f.nodeType);
        nodes.append(node);
    }
    return QJsonObject{{QStringLiteral("totalFiles"), nodes.size()},
                       {QStringLiteral("namespace"), QStringLiteral("default")},
                       {QStringLiteral("graphId"), job.uuid},
                       {QStringLiteral("originalGraphId"), job.uuid},
                       {QStringLiteral("nodes"), nodes}};
}

FakeKubegramServer::Response FakeKubegramServer::storageRoute(const Request &request)
{
    if (authenticate(request).userId.isEmpty())
        return Response::error(401, QStringLiteral("Unauthorized"));
    const QStringList seg = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto notFound = [] {
        return Response::error(404, QStringLiteral("Artifact not found"));
    };
    if (seg.size() != 3)
        return notFound();
    const auto job = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                  [&](const auto &j) { return j->uuid == seg[1]; });
    if (job == m_jobs.cend())
        return notFound();
    Response r;
    r.contentType = "application/octet-stream";
    if (seg[2] == QLatin1String("big") && m_config.storedOversizeBytes > 0) {
        r.body = QByteArray(m_config.storedOversizeBytes, 'a');
        return r;
    }
    bool isNumber = false;
    const int index = seg[2].toInt(&isNumber);
    if (!isNumber || index < 0 || index >= (*job)->files.size())
        return notFound();
    r.body = (*job)->files.at(index).content.toUtf8();
    return r;
}

QJsonObject FakeKubegramServer::storedRecord(const Job &job, const QString &id, const QString &name,
                                             const QString &url, const QByteArray &content,
                                             bool wrongChecksum) const
{
    const QByteArray sum = wrongChecksum
                                   ? QByteArray(64, '0')
                                   : QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                             .toHex();
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("jobId"), job.uuid},
                       {QStringLiteral("type"), QStringLiteral("file")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("storageUrl"), url},
                       {QStringLiteral("size"), content.size()},
                       {QStringLiteral("checksum"),
                        QString(QStringLiteral("sha256:") + QString::fromLatin1(sum))},
                       {QStringLiteral("createdAt"), iso(job.createdAt)}};
}

QJsonArray FakeKubegramServer::artifactRecords(const Job &job) const
{
    QJsonArray records;
    int n = 0;
    const QString created = iso(job.createdAt);
    if (m_config.storedArtifacts) {
        const QString base = QStringLiteral("/storage/") + job.uuid + QLatin1Char('/');
        for (int i = 0; i < job.files.size(); ++i) {
            const GeneratedFile &f = job.files.at(i);
            // Relative and absolute URLs on the server's origin, alternately.
            const QString url = (i % 2 ? origin().toString() : QString()) + base
                                + QString::number(i);
            records.append(storedRecord(job, QStringLiteral("art-%1").arg(++n), f.path, url,
                                        f.content.toUtf8()));
        }
        const QByteArray first = job.files.isEmpty() ? QByteArray()
                                                     : job.files.first().content.toUtf8();
        records.append(storedRecord(job, QStringLiteral("art-wrong"),
                                    QStringLiteral("stored/wrong-checksum.yaml"),
                                    base + QStringLiteral("0"), first, true));
        records.append(storedRecord(job, QStringLiteral("art-missing"),
                                    QStringLiteral("stored/missing.yaml"),
                                    base + QStringLiteral("missing"), first));
        QUrl foreign = origin();
        foreign.setHost(QStringLiteral("localhost"));
        records.append(storedRecord(job, QStringLiteral("art-foreign"),
                                    QStringLiteral("stored/elsewhere.yaml"),
                                    foreign.toString() + base + QStringLiteral("foreign"), first));
        if (m_config.storedOversizeBytes > 0) {
            QJsonObject big = storedRecord(job, QStringLiteral("art-big"),
                                           QStringLiteral("stored/big.yaml"),
                                           base + QStringLiteral("big"), QByteArray());
            big.remove(QStringLiteral("size")); // caught while downloading, not beforehand
            big.remove(QStringLiteral("checksum"));
            records.append(big);
        }
    }
    for (const GeneratedFile &f : m_config.storedArtifacts ? QList<GeneratedFile>() : job.files) {
        const QByteArray content = f.content.toUtf8();
        QByteArray sum = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        if (m_config.badChecksum && n == 0)
            sum = QByteArray(64, '0');
        records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-%1").arg(++n)},
                                   {QStringLiteral("jobId"), job.uuid},
                                   {QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("name"), f.path},
                                   {QStringLiteral("content"), f.content},
                                   {QStringLiteral("size"), content.size()},
                                   {QStringLiteral("checksum"),
                                    QString(QStringLiteral("sha256:") + QString::fromLatin1(sum))},
                                   {QStringLiteral("createdAt"), created}});
    }
    records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-dir")},
                               {QStringLiteral("jobId"), job.uuid},
                               {QStringLiteral("type"), QStringLiteral("directory")},
                               {QStringLiteral("name"), QStringLiteral("manifests")},
                               {QStringLiteral("createdAt"), created}});
    records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-meta")},
                               {QStringLiteral("jobId"), job.uuid},
                               {QStringLiteral("type"), QStringLiteral("metadata")},
                               {QStringLiteral("name"), QStringLiteral("generation.json")},
                               {QStringLiteral("content"),
                                QStringLiteral("{\"files\":%1}").arg(job.files.size())},
                               {QStringLiteral("createdAt"), created}});
    return records;
}

QJsonObject FakeKubegramServer::resultData(const Job &job) const
{
    if (m_config.mode == Mode::Design)
        return QJsonObject{{QStringLiteral("artifacts"), artifactRecords(job)}};
    return QJsonObject{{QStringLiteral("generatedCode"), generatedCodeGraph(job)}};
}

FakeKubegramServer::Response FakeKubegramServer::jobRoute(const Request &, const AuthResult &auth,
                                                          const QString &jobId,
                                                          const QString &action)
{
    const auto notFound = [] {
        return Response::error(404, QStringLiteral("Job not found or access denied"));
    };
    if (QUuid::fromString(jobId).isNull())
        return notFound();
    std::shared_ptr<Job> job;
    for (const auto &j : std::as_const(m_jobs)) {
        if (j->uuid == jobId)
            job = j;
    }
    if (!job || teamOfProject(job->projectId) != teamOfUser(auth.userId))
        return notFound();
    const JobView view = viewOf(*job);
    if (action == QLatin1String("cancel")) {
        if (view.status == QLatin1String("completed"))
            job->cancelledAfterCompletion = true;
        job->cancelledAtMs = nowMs();
        return Response::ofJson(200, QJsonObject{{QStringLiteral("message"),
                                                  QStringLiteral("Job cancelled successfully")}});
    }
    const bool completed = view.status == QLatin1String("completed");
    if (completed && !job->raceArmed)
        job->raceArmed = true;
    if (action == QLatin1String("status")) {
        if (completed && job->statusRace > 0) {
            --job->statusRace;
            return Response::error(500, QStringLiteral("Failed to get job status"));
        }
        QJsonObject o{{QStringLiteral("jobId"), job->uuid},
                      {QStringLiteral("step"), view.step},
                      {QStringLiteral("status"), view.status}};
        if (completed && m_config.statusIncludesCode && m_config.mode == Mode::Current)
            o.insert(QStringLiteral("generatedCode"), generatedCodeGraph(*job));
        return Response::ofJson(200, o);
    }
    // results
    if (job->cancelledAfterCompletion || !completed)
        return Response::ofJson(
                400,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("Job not completed")},
                            {QStringLiteral("status"), job->cancelledAfterCompletion
                                                               ? QStringLiteral("cancelled")
                                                               : view.status},
                            {QStringLiteral("message"),
                             QStringLiteral("Results are only available for completed jobs")}});
    if (job->resultsRace > 0) {
        --job->resultsRace;
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Results not yet available")},
                                                 {QStringLiteral("graph"), QJsonObject()},
                                                 {QStringLiteral("retryable"), false}});
    }
    QJsonObject o = resultData(*job);
    o.insert(QStringLiteral("jobId"), job->uuid);
    o.insert(QStringLiteral("status"), QStringLiteral("completed"));
    o.insert(QStringLiteral("timestamp"), iso(QDateTime::currentDateTimeUtc()));
    return Response::ofJson(200, o);
}

FakeKubegramServer::Response FakeKubegramServer::jobList(const Request &request,
                                                         const AuthResult &auth)
{
    const QString team = teamOfUser(auth.userId);
    int projectFilter = 0;
    if (request.query.hasQueryItem(QStringLiteral("projectId"))) {
        bool ok = false;
        projectFilter = request.query.queryItemValue(QStringLiteral("projectId")).toInt(&ok);
        if (!ok || teamOfProject(projectFilter) != team || team.isEmpty())
            return Response::error(403, QStringLiteral("Access denied to this project"));
    }
    const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 1,
                                 100);
    const int offset = std::max(0, request.query.queryItemValue(QStringLiteral("offset")).toInt());
    QList<std::shared_ptr<Job>> mine;
    for (int i = m_jobs.size() - 1; i >= 0; --i) { // newest first
        const auto &j = m_jobs[i];
        if (team.isEmpty() || teamOfProject(j->projectId) != team)
            continue;
        if (projectFilter && j->projectId != projectFilter)
            continue;
        mine.append(j);
    }
    QJsonArray jobs;
    for (int i = offset; i < mine.size() && jobs.size() < limit; ++i) {
        Job &j = *mine[i];
        const JobView v = viewOf(j);
        const bool done = v.status == QLatin1String("completed");
        const bool failed = v.status == QLatin1String("failed");
        jobs.append(QJsonObject{{QStringLiteral("id"), j.id},
                                {QStringLiteral("uuid"), j.uuid},
                                {QStringLiteral("graphId"), QJsonValue::Null},
                                {QStringLiteral("projectId"), j.projectId},
                                {QStringLiteral("status"),
                                 done || failed || v.status == QLatin1String("cancelled")
                                         ? v.status
                                         : QStringLiteral("pending")},
                                {QStringLiteral("progress"), done ? 100 : 0},
                                {QStringLiteral("createdAt"), iso(j.createdAt)},
                                {QStringLiteral("completedAt"),
                                 done ? QJsonValue(iso(QDateTime::currentDateTimeUtc()))
                                      : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("startedAt"), QJsonValue::Null}});
    }
    return Response::ofJson(200, QJsonObject{{QStringLiteral("jobs"), jobs},
                                             {QStringLiteral("total"), jobs.size()}});
}

FakeKubegramServer::Response FakeKubegramServer::jobDetails(const AuthResult &auth)
{
    const QString team = teamOfUser(auth.userId);
    QJsonArray jobs;
    for (int i = m_jobs.size() - 1; i >= 0; --i) {
        Job &j = *m_jobs[i];
        if (team.isEmpty() || teamOfProject(j.projectId) != team)
            continue;
        const JobView v = viewOf(j);
        const bool failed = v.status == QLatin1String("failed");
        jobs.append(QJsonObject{{QStringLiteral("id"), j.id},
                                {QStringLiteral("uuid"), j.uuid},
                                {QStringLiteral("projectId"), j.projectId},
                                {QStringLiteral("status"), v.status},
                                {QStringLiteral("errorMessage"),
                                 failed ? QJsonValue(m_config.failMessage)
                                        : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("config"), QString::fromUtf8(json(j.config))},
                                {QStringLiteral("resultData"),
                                 v.status == QLatin1String("completed")
                                         ? QJsonValue(QString::fromUtf8(json(resultData(j))))
                                         : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("project"), m_projects.value(j.projectId)},
                                {QStringLiteral("requester"),
                                 findUser(j.userId) ? userRow(*findUser(j.userId)) : QJsonObject()},
                                {QStringLiteral("createdAt"), iso(j.createdAt)}});
    }
    return Response::ofJson(200, QJsonObject{{QStringLiteral("jobs"), jobs}});
}

// --- WebSocket --------------------------------------------------------------------------------

void FakeKubegramServer::handleUpgrade(QTcpSocket *socket, Request &request)
{
    LoggedRequest logged{request.method, request.path, request.query, request.headers, {}, true};
    m_log.append(logged);
    const QString prefix = m_config.legacyPrefix ? QStringLiteral("/api/v1/public")
                                                 : QStringLiteral("/api/public/v1");
    static const QRegularExpression subscribe(QStringLiteral("^/graph/codegen/([^/]+)/subscribe$"));
    const auto match = subscribe.match(request.path.mid(prefix.size()));
    auto reject = [this, socket](const Response &r) {
        socket->read(socket->bytesAvailable());
        writeResponse(socket, r, nullptr);
    };
    if (const Fault *fault = takeFault(request)) {
        if (fault->kind == FaultKind::DropBeforeAnswer) {
            socket->abort();
            return;
        }
        reject(Response::error(500, QStringLiteral("Internal server error")));
        return;
    }
    if (m_config.mode == Mode::Current || m_config.noWebSocket || !request.path.startsWith(prefix)
        || !match.hasMatch() || m_config.routingDefect) {
        reject(Response::html(200));
        return;
    }
    const AuthResult auth = authenticate(request);
    if (auth.userId.isEmpty()) {
        reject(Response::error(401, auth.offered ? auth.error : QStringLiteral("No session found")));
        return;
    }
    const QString jobId = match.captured(1);
    bool found = false;
    for (const auto &j : std::as_const(m_jobs)) {
        if (j->uuid == jobId && teamOfProject(j->projectId) == teamOfUser(auth.userId))
            found = true;
    }
    if (!found || (m_config.wsRefuseReconnect && m_subscriptions.value(jobId) > 0)) {
        reject(Response::error(404, QStringLiteral("Job not found or access denied")));
        return;
    }
    m_subscriptions[jobId] += 1;
    // The handshake bytes are still unread: QWebSocketServer reads them itself.
    m_wsServer->handleConnection(socket);
}

void FakeKubegramServer::onWebSocketConnected()
{
    while (QWebSocket *ws = m_wsServer->nextPendingConnection()) {
        static const QRegularExpression subscribe(
                QStringLiteral("/graph/codegen/([^/]+)/subscribe$"));
        const QString jobId = subscribe.match(ws->requestUrl().path()).captured(1);
        std::shared_ptr<Job> job;
        for (const auto &j : std::as_const(m_jobs)) {
            if (j->uuid == jobId)
                job = j;
        }
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        if (!job) {
            ws->close();
            continue;
        }
        auto *timer = new QTimer(ws);
        auto lastStep = std::make_shared<QString>();
        auto updates = std::make_shared<int>(0);
        QPointer<QWebSocket> socket(ws);
        connect(timer, &QTimer::timeout, ws, [this, socket, timer, job, lastStep, updates] {
            if (!socket)
                return;
            const JobView v = viewOf(*job);
            const QString key = v.status + QLatin1Char('/') + v.step;
            if (!v.terminal && key != *lastStep) {
                // Like the server, which announces every step: steps passed between two ticks
                // of a late timer are sent too, in order (only the current one is counted).
                const qsizetype from = Steps.indexOf(lastStep->section(QLatin1Char('/'), 1));
                const qsizetype to = Steps.indexOf(v.step);
                for (qsizetype i = from + 1; v.status == QLatin1String("running") && i < to; ++i) {
                    socket->sendTextMessage(QString::fromUtf8(json(
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("update")},
                                        {QStringLiteral("data"),
                                         QJsonObject{{QStringLiteral("jobId"), job->uuid},
                                                     {QStringLiteral("step"), Steps[i]},
                                                     {QStringLiteral("status"), v.status}}}})));
                }
                *lastStep = key;
                socket->sendTextMessage(QString::fromUtf8(
                        json(QJsonObject{{QStringLiteral("type"), QStringLiteral("update")},
                                         {QStringLiteral("data"),
                                          QJsonObject{{QStringLiteral("jobId"), job->uuid},
                                                      {QStringLiteral("step"), v.step},
                                                      {QStringLiteral("status"), v.status}}}})));
                ++*updates;
                if (m_config.wsDropAfterUpdates >= 0 && *updates >= m_config.wsDropAfterUpdates) {
                    timer->stop();
                    socket->flush();
                    if (m_config.wsDropClean)
                        socket->close(QWebSocketProtocol::CloseCodeNormal);
                    else
                        socket->abort();
                }
                return;
            }
            if (!v.terminal)
                return;
            timer->stop();
            if (v.status == QLatin1String("completed")) {
                const QJsonObject data = resultData(*job);
                socket->sendTextMessage(QString::fromUtf8(json(QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("complete")},
                        {QStringLiteral("data"),
                         m_config.mode == Mode::Design
                                 ? QJsonValue(data.value(QStringLiteral("artifacts")))
                                 : QJsonValue(data.value(QStringLiteral("generatedCode")))}})));
            } else {
                socket->sendTextMessage(QString::fromUtf8(
                        json(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                         {QStringLiteral("error"),
                                          v.status == QLatin1String("failed")
                                                  ? m_config.failMessage
                                                  : QStringLiteral("Job cancelled")}})));
            }
            socket->close(QWebSocketProtocol::CloseCodeNormal);
        });
        timer->start(std::max(5, m_config.stepMs / 3));
    }
}

} // namespace kg::test
