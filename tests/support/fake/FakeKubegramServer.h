#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace kg::test {

/// A Kubegram server test double (kubegram-api.md §11) on 127.0.0.1: the design contract or the
/// current open-source server's behaviour, its OAuth issuer with PKCE, projects, code generation
/// jobs with a simulated workflow, the WebSocket subscription on the same port, a request log
/// with headers, and fault switches for every failure the client must survive. Plain HTTP by
/// default; setTls() makes it serve https:// and wss:// with a given certificate.
class FakeKubegramServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Design, Current };

    /// One generated file: what the pluggable code generator returns per graph.
    struct GeneratedFile
    {
        QString path;
        QString content;
        QString nodeId;
        QString nodeType;
    };
    using CodeGenerator = std::function<QList<GeneratedFile>(const QJsonObject &graph)>;
    /// One small, valid YAML document per node (Deployment, Service or ConfigMap); deterministic.
    static QList<GeneratedFile> defaultGenerator(const QJsonObject &graph);

    enum class FaultKind {
        Status500,            ///< 500 {"error":"Internal server error"}
        DropBeforeAnswer,     ///< the connection closes without an answer
        DropMidBody,          ///< headers and half the body, then the connection closes
        Slow,                 ///< the answer comes after delayMs
        Trickle,              ///< the body arrives in small pieces, delayMs apart
        TruncatedJson,        ///< a JSON body cut in half (with a matching Content-Length)
        InvalidUtf8,          ///< a JSON body with invalid UTF-8 in a string
        HtmlAsJson,           ///< HTML labelled application/json
        ArrayForObject,       ///< [] where an object is expected
        Oversized,            ///< a JSON body of `size` bytes
        OversizedNoLength,    ///< the same without Content-Length (caught while downloading)
        WebPage,              ///< 200 text/html, as a web app would answer
        WrongContentLength,   ///< Content-Length larger than the body, then close
        MissingContentLength, ///< no Content-Length; the body ends with the connection
        Proxy502,
        Proxy503,
        Proxy504,
        Proxy429, ///< with Retry-After: retryAfterSeconds
        Proxy413,
        JobStatus500, ///< 500 {"error":"Failed to get job status"}
    };

    /// A fault for matching requests: the first `count` of them (-1 = all), or until `until`.
    struct Fault
    {
        FaultKind kind = FaultKind::Status500;
        QString pathContains; ///< empty = every path
        QByteArray method;    ///< empty = every method
        int count = 1;
        int delayMs = 0;
        qint64 size = 0;
        int retryAfterSeconds = 0;
        QDateTime until; ///< valid = active until then, whatever the count
    };

    struct Config
    {
        Mode mode = Mode::Current;
        // routing
        bool routingDefect = false;    ///< every /api/* → 404 text/plain
        bool legacyPrefix = false;     ///< serve only /api/v1/public
        bool issuerUnderOAuth = false; ///< issuer metadata and endpoints only under /oauth
        // OAuth
        bool authorizeError = false;          ///< /authorize redirects with error=server_error
        bool authorizeNeverRedirects = false; ///< /authorize answers a web page and stops
        QString oauthUserId = QStringLiteral("42");
        qint64 tokenTtlMs = 30LL * 24 * 3600 * 1000;
        qint64 codeLifetimeMs = 60'000;
        qint64 refreshReuseWindowMs = 60'000;
        bool jwksBroken = false; ///< every Bearer token → 401 Invalid token
        bool requireAuthEverywhere = false;
        // jobs
        int pendingMs = 20;
        int stepMs = 30;
        QString failAtStep;
        QString failMessage = QStringLiteral("LLM provider returned an error");
        int completionRace = 0; ///< N × 500 on /status and 400 on /results at completion
        bool statusIncludesCode = true;
        bool advisoryCancel = false;
        int advisoryCancelHoldMs = 60;
        bool quirkyResults = false; ///< duplicate names, empty ids, free-form types, deep edges
        bool nonConformingResult = false; ///< generatedCode = {"output":"test"}
        bool hostileArtifacts = false;    ///< add the §11 hostile artifact names
        bool badChecksum = false;         ///< design records: one wrong checksum
        /// Design records carry a storageUrl instead of content (relative and absolute, served
        /// under /storage/ to authenticated callers), plus stored/wrong-checksum.yaml (wrong
        /// checksum), stored/missing.yaml (404) and stored/elsewhere.yaml (another origin:
        /// http://localhost:PORT/storage/…/foreign).
        bool storedArtifacts = false;
        qint64 storedOversizeBytes = 0; ///< > 0: with storedArtifacts, stored/big.yaml of this size
        bool optionalFeaturesSucceed = false;
        int planDelayMs = 100;
        // WebSocket
        bool noWebSocket = false;    ///< the upgrade answers 200 text/html (current always)
        int wsDropAfterUpdates = -1; ///< close after the k-th update, no complete
        bool wsDropClean = false;    ///< that close is a clean 1000 instead of 1006
        bool wsRefuseReconnect = false;
        CodeGenerator generator;
    };

    /// One received request, with lower-case header names.
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        bool webSocket = false;
    };

    /// One change the server made to a stored project (the audit of project writes): which
    /// request made it, and which field went from what to what. graphMeta is JSON text; its keys
    /// are audited one by one as "graphMeta.<key>" (the whole text as "graphMeta" when either
    /// side is not a JSON object). An absent value (key missing, or no row) is undefined.
    struct ProjectWrite
    {
        enum class Kind { Created, Changed, Deleted };
        Kind kind = Kind::Changed;
        QByteArray method;
        QString path; ///< the request's path, without the query
        QString projectId;
        QString field; ///< empty for Created and Deleted (before/after are then whole rows)
        QJsonValue before;
        QJsonValue after;
        /// `POST /api/public/v1/graph/codegen: project 1 name "Alpha" -> "shop"`.
        QString toString() const;
    };

    static inline const QString CompanyId = QStringLiteral("6f1d2c3b-8a4e-4f7a-9c1b-2d3e4f5a6b7c");

    /// A certificate and its private key for the TLS mode.
    struct TlsIdentity
    {
        QSslCertificate certificate;
        QSslKey key;
        bool isNull() const { return certificate.isNull() || key.isNull(); }
    };
    enum class TestCertificate { A, B };
    /// The self-signed fixtures of tests/data/tls (CN and IP address 127.0.0.1): A, and B, a
    /// different certificate for the same address. Null when the files cannot be read.
    static TlsIdentity testIdentity(TestCertificate which = TestCertificate::A);

    explicit FakeKubegramServer(QObject *parent = nullptr);
    ~FakeKubegramServer() override;

    /// Serves https:// and wss:// with @p identity from the next listen() on; a null identity
    /// goes back to plain http (the default).
    void setTls(const TlsIdentity &identity);
    bool isTls() const { return !m_tls.isNull(); }
    /// Listens on 127.0.0.1 (port 0 = ephemeral). Loopback only, always. Listening again (on the
    /// same port, perhaps with another certificate) first drops every open connection; the
    /// server's state (sessions, tokens, jobs) stays.
    bool listen(quint16 port = 0);
    /// Goes down as a stopped server does: stops listening and drops every open connection
    /// (WebSocket subscriptions included). Jobs, projects and sessions are kept; listen() on the
    /// same port brings it back. port() is 0 while closed.
    void close();
    quint16 port() const;
    /// http://127.0.0.1:PORT, or https:// in TLS mode.
    QUrl origin() const;
    Config &config() { return m_config; }

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }

    QList<LoggedRequest> requests() const { return m_log; }
    /// Requests whose path contains @p part.
    QList<LoggedRequest> requests(const QString &part) const;
    void clearLog() { m_log.clear(); }

    int codegenPostsAccepted() const { return m_codegenPosts; }
    /// TLS handshakes begun (TLS mode): one per connection, whether the client accepts it or not.
    int tlsHandshakesStarted() const { return m_tlsHandshakes; }
    int refreshGrants() const { return m_refreshGrants; }
    int tokenExchanges() const { return m_tokenExchanges; }

    /// Forgets every token, refresh token and session id (an in-memory issuer restarting).
    void restart();
    /// A session id for @p userId (the paste method).
    QString createSession(const QString &userId);
    struct Tokens
    {
        QString access;
        QString refresh;
        double expiresInSeconds = 0;
    };
    /// Mints a token triple for @p userId as the issuer would.
    Tokens issueTokens(const QString &userId);
    /// Adds a job of another team (for access-denial tests); returns its uuid.
    QString foreignJobId() const { return m_foreignJobUuid; }
    /// Ids of the seeded projects: own team, other team, own team soft-deleted.
    QString ownProjectId() const { return QStringLiteral("1"); }
    QString foreignProjectId() const { return QStringLiteral("2"); }
    QString deletedProjectId() const { return QStringLiteral("3"); }
    /// The stored project row (tests check graphMeta, teamId, …).
    QJsonObject project(const QString &id) const;
    /// Number of jobs the server knows (seeded ones included).
    int jobCount() const { return int(m_jobs.size()); }

    /// Every change made to a stored project since the start (or clearProjectWrites()), in
    /// order: projects created, fields changed (updatedAt included), projects deleted.
    QList<ProjectWrite> projectWrites() const { return m_projectWrites; }
    /// The changes to project @p projectId whose field is not one of @p expected (a field
    /// "graphMeta.x" also matches an expected "graphMeta").
    QList<ProjectWrite> projectWrites(const QString &projectId,
                                      const QStringList &expected = {}) const;
    void clearProjectWrites() { m_projectWrites.clear(); }
    /// What every code generation into an existing project writes, as the contract says
    /// (kubegram-api.md §4.2 "Server writes"): graphMeta's graphData and lastUpdated, and so the
    /// row's updatedAt. Any other change comes from the request's project fields.
    static QStringList generationWrites();

Q_SIGNALS:
    /// A stored project changed (the program prints these as "project write: …" lines).
    void projectWritten(const kg::test::FakeKubegramServer::ProjectWrite &write);

private:
    struct Request;
    struct Response;
    struct Job;
    struct AuthResult;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, Request &request);
    Response route(Request &request);
    Response routeApi(Request &request, const QString &path);
    void handleUpgrade(QTcpSocket *socket, Request &request);
    void onWebSocketConnected();
    void writeResponse(QTcpSocket *socket, const Response &response, const Fault *fault);
    const Fault *takeFault(const Request &request);

    AuthResult authenticate(const Request &request) const;
    Response authorizeEndpoint(const Request &request);
    Response tokenEndpoint(const Request &request);
    Response codegenPost(Request &request, const AuthResult &auth);
    Response jobRoute(const Request &request, const AuthResult &auth, const QString &jobId,
                      const QString &action);
    Response jobList(const Request &request, const AuthResult &auth);
    Response jobDetails(const AuthResult &auth);
    Response projectsRoute(Request &request, const QStringList &segments);
    Response storageRoute(const Request &request);

    struct JobView
    {
        QString status;
        QString step;
        bool terminal = false;
    };
    JobView viewOf(Job &job);
    QJsonObject generatedCodeGraph(const Job &job) const;
    QJsonArray artifactRecords(const Job &job) const;
    QJsonObject storedRecord(const Job &job, const QString &id, const QString &name,
                             const QString &url, const QByteArray &content,
                             bool wrongChecksum = false) const;
    QJsonObject resultData(const Job &job) const;
    QString teamOfUser(const QString &userId) const;
    QString teamOfProject(int projectId) const;
    /// Stores @p row as project @p id (an empty row deletes it), auditing every change against
    /// the stored row as made by @p request.
    void writeProject(const Request &request, int id, const QJsonObject &row);
    qint64 nowMs() const;

    Config m_config;
    TlsIdentity m_tls;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_wsServer;
    QHash<QTcpSocket *, QByteArray> m_pendingUpgrades;
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    QElapsedTimer m_clock;
    int m_codegenPosts = 0;
    int m_tlsHandshakes = 0;
    int m_refreshGrants = 0;
    int m_tokenExchanges = 0;

    struct Code
    {
        QString clientId, redirectUri, challenge, userId;
        qint64 createdMs = 0;
    };
    struct AccessToken
    {
        QString userId;
        qint64 expiresAtMs = 0;
    };
    struct RefreshToken
    {
        QString userId;
        qint64 rotatedAtMs = -1;
        bool revoked = false;
    };
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, QString> m_sessions;

    QMap<int, QJsonObject> m_projects;
    QList<ProjectWrite> m_projectWrites;
    int m_nextProjectId = 10;
    QList<std::shared_ptr<Job>> m_jobs;
    int m_nextJobId = 100;
    QString m_foreignJobUuid;
    QHash<QString, int> m_subscriptions; ///< jobId → number of accepted subscriptions
};

} // namespace kg::test
