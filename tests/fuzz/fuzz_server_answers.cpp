// Harness: server answers as the product receives them. A real kg::remote::ApiClient talks to a
// loopback HTTP/WebSocket server inside this process that plays back the fuzzer's answers, so the
// whole path is exercised: ApiClient's status/content-type/JSON handling (finishAttempt, the
// error body, retries), the typed calls of ServerEndpoints (their private parsers of issuer,
// provider, identity, team, project, job and submission answers), ServerProjectSource and the
// JobWatcher (polling and WebSocket frames, onSocketMessage).
//
// Input: the first byte picks the operation (see run()); the rest is a list of answers separated
// by lines "~~~". An answer may start with a line "#<status> [<content-type>]" (default 200
// application/json); an answer starting with "#ws" is a WebSocket text frame instead, sent to the
// job watcher's subscription. HTTP requests get the HTTP answers in order; once they are used
// up, every request gets 404 {"error":"Not found"}.
#include "FuzzSupport.h"

#include "export/ArtifactExporter.h"
#include "export/PathSafety.h"
#include "io/ServerGraphFormat.h"
#include "remote/ApiClient.h"
#include "remote/JobArtifacts.h"
#include "remote/JobWatcher.h"
#include "remote/ServerEndpoints.h"
#include "remote/ServerProjectSource.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace kg;
using namespace kg::remote;

namespace {

struct Answer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
};

constexpr int MaxRequests = 64; ///< per input: after that every request gets a 404
constexpr int WaitMs = 15'000;  ///< an operation that has not finished by then is a finding

/// Plays back answers on 127.0.0.1: HTTP/1.1 with Connection: close, and WebSocket upgrades
/// handed to a QWebSocketServer that sends the frames.
class PlaybackServer : public QObject
{
public:
    PlaybackServer()
        : m_webSockets(QStringLiteral("kg-fuzz"), QWebSocketServer::NonSecureMode)
    {
        if (!m_tcp.listen(QHostAddress::LocalHost))
            std::abort();
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection())
                accept(socket);
        });
        connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
                socket->setParent(this);
                ++m_webSocketConnections;
                const QList<QByteArray> frames = std::exchange(m_frames, {});
                for (const QByteArray &frame : frames)
                    socket->sendTextMessage(QString::fromUtf8(frame));
                socket->close();
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl origin() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_tcp.serverPort());
        return url;
    }

    void reset(QList<Answer> answers, QList<QByteArray> frames)
    {
        m_answers = std::move(answers);
        m_frames = std::move(frames);
        m_requests = 0;
        m_webSocketConnections = 0;
    }

    int requests() const { return m_requests; }
    int webSocketConnections() const { return m_webSocketConnections; }

private:
    void accept(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
    }

    void onData(QTcpSocket *socket)
    {
        if (socket->property("answered").toBool())
            return;
        const QByteArray seen = socket->peek(socket->bytesAvailable());
        const qsizetype end = seen.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = seen.left(end).toLower();
        if (head.contains("\r\nupgrade: websocket")) {
            socket->setProperty("answered", true);
            socket->disconnect(this);
            socket->disconnect(socket);
            m_webSockets.handleConnection(socket);
            return;
        }
        qsizetype length = 0;
        const qsizetype at = head.indexOf("\r\ncontent-length:");
        if (at >= 0)
            length = head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
        if (seen.size() < end + 4 + length)
            return;
        socket->readAll();
        socket->setProperty("answered", true);
        ++m_requests;
        Answer a;
        if (!m_answers.isEmpty() && m_requests <= MaxRequests) {
            a = m_answers.takeFirst();
        } else {
            a.status = 404;
            a.body = R"({"error":"Not found"})";
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + " Fuzz\r\n";
        if (!a.contentType.isEmpty())
            response += "Content-Type: " + a.contentType + "\r\n";
        response += "Content-Length: " + QByteArray::number(a.body.size())
                    + "\r\nConnection: close\r\n\r\n" + a.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_tcp;
    QWebSocketServer m_webSockets;
    QList<Answer> m_answers;
    QList<QByteArray> m_frames;
    int m_requests = 0;
    int m_webSocketConnections = 0;
};

RemoteTimings fastTimings()
{
    RemoteTimings t;
    t.connectTimeoutMs = 5'000;
    t.requestTimeoutMs = 5'000;
    t.longRequestTimeoutMs = 5'000;
    t.probeTimeoutMs = 5'000;
    t.retryBaseMs = 1;
    t.retryWindowMs = 50;
    t.pollInitialMs = 1;
    t.pollMaxMs = 2;
    t.pollFloorMs = 1;
    t.pollDeadlineMs = 5'000;
    t.retryAfterCapMs = 5;
    t.webSocketHandshakeMs = 2'000;
    t.webSocketSilenceMs = 2'000;
    t.reconnectDelayMs = 1;
    t.oauthTimeoutMs = 2'000;
    return t;
}

void parseAnswers(const QByteArray &input, QList<Answer> *answers, QList<QByteArray> *frames)
{
    qsizetype from = 0;
    while (from <= input.size()) {
        qsizetype to = input.indexOf("\n~~~\n", from);
        if (to < 0)
            to = input.size();
        QByteArray chunk = input.mid(from, to - from);
        from = to + 5;
        if (chunk.startsWith("#ws")) {
            const qsizetype nl = chunk.indexOf('\n');
            frames->append(nl < 0 ? QByteArray() : chunk.mid(nl + 1));
            continue;
        }
        Answer a;
        if (chunk.startsWith('#')) {
            const qsizetype nl = chunk.indexOf('\n');
            const QList<QByteArray> words = chunk.mid(1, nl < 0 ? -1 : nl - 1).split(' ');
            a.status = words.value(0).toInt();
            if (a.status < 100 || a.status > 599)
                a.status = 200;
            a.contentType = words.value(1);
            chunk = nl < 0 ? QByteArray() : chunk.mid(nl + 1);
        }
        a.body = chunk;
        answers->append(a);
    }
}

/// Every exportable artifact a server delivers has a path the exporter accepts.
void checkArtifacts(const QJsonValue &payload)
{
    const Result<ArtifactList> list = artifactsFromJobResult(payload);
    if (!list)
        return;
    for (const Artifact &a : *list) {
        if (a.isExportable())
            fuzz::check(pathsafety::unsafeReason(a.path).isEmpty(), "artifact-path-safe",
                        a.path.left(300));
    }
}

/// Runs operation @p op against the client; @p finished is called exactly when it is over.
void run(int op, ApiClient &client, QObject *context, const std::function<void()> &finished,
         std::unique_ptr<QObject> *keep)
{
    const auto done = [finished](const auto &) {
        finished();
    };
    switch (op) {
    case 0:
        client.probe(context, done);
        break;
    case 1:
        discoverIssuer(client, context, done);
        break;
    case 2:
        fetchProviders(client, context, done);
        break;
    case 3:
        client.setTeamId(QString());
        fetchIdentity(client, context, done);
        break;
    case 4:
    case 5:
    case 6:
    case 7:
    case 8: {
        if (op == 4)
            client.setTeamId(QString()); // asks the identity chain first
        auto *source = new ServerProjectSource(&client, QStringLiteral("fuzz"));
        keep->reset(source);
        QObject::connect(source, &store::RemoteProjectSource::teamsListed, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::projectsListed, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::projectCreated, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::projectRenamed, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::projectRemoved, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::graphLoaded, context, finished);
        QObject::connect(source, &store::RemoteProjectSource::requestFailed, context, finished);
        if (op == 4)
            source->listTeams();
        else if (op == 5)
            source->listProjects(QStringLiteral("7"));
        else if (op == 6)
            source->loadGraph(QStringLiteral("17"));
        else if (op == 7)
            source->createProject(QStringLiteral("7"), QStringLiteral("fuzz"));
        else
            source->renameProject(QStringLiteral("17"), QStringLiteral("renamed"));
        break;
    }
    case 9:
        getProject(client, QStringLiteral("17"), QStringLiteral("7"), context, done);
        break;
    case 10:
        saveProjectGraph(client, QStringLiteral("17"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("g")},
                                     {QStringLiteral("nodes"), QJsonArray()}},
                         QJsonObject{}, QDateTime(), context, done);
        break;
    case 11:
        submitCodegen(client, QJsonObject{{QStringLiteral("graph"), QJsonObject()}}, context, done);
        break;
    case 12:
        listJobs(client, QStringLiteral("17"), context, done, 3, 5);
        break;
    case 13:
        listJobDetails(client, context, done);
        break;
    case 14:
        fetchJobStatus(client, QStringLiteral("job-1"), context, done);
        break;
    case 15:
        fetchJobResults(client, QStringLiteral("job-1"), context,
                        [finished](const ApiResult<JobStatusAnswer> &r) {
                            if (r)
                                checkArtifacts(r->body);
                            finished();
                        });
        break;
    case 16:
    case 17: {
        auto *watcher = new JobWatcher(&client, QStringLiteral("job-1"));
        keep->reset(watcher);
        watcher->setJitterSource([] { return 0.5; });
        watcher->setPreferPolling(op == 16);
        QObject::connect(watcher, &JobWatcher::finished, context,
                         [finished](const JobWatcher::Outcome &o) {
                             if (o.kind == JobWatcher::Outcome::Kind::Completed)
                                 checkArtifacts(o.result);
                             finished();
                         });
        watcher->start();
        break;
    }
    case 18:
        cancelJob(client, QStringLiteral("job-1"), context, done);
        break;
    default:
        deleteProject(client, QStringLiteral("17"), context, done);
        break;
    }
}

constexpr int Operations = 20;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    fuzz::ensureApp();
    static PlaybackServer *server = [] {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        return new PlaybackServer;
    }();

    QList<Answer> answers;
    QList<QByteArray> frames;
    parseAnswers(fuzz::bytes(data + 1, size - 1), &answers, &frames);
    server->reset(answers, frames);

    const int op = data[0] % Operations;
    bool over = false;
    {
        auto client = std::make_unique<ApiClient>(server->origin());
        client->setTimings(fastTimings());
        client->setJitterSource([] { return 0.5; });
        client->setWebSocketUnsupported(false);
        client->setCredential(Credential::fromSessionId(QStringLiteral("fuzz-session")));
        client->setTeamId(QStringLiteral("7"));
        QObject context;
        std::unique_ptr<QObject> keep;
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        const auto finished = [&] {
            over = true;
            loop.quit();
        };
        run(op, *client, &context, finished, &keep);
        if (!over) {
            QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        fuzz::check(over, "server-answer-delivered",
                    QStringLiteral("operation %1 did not finish within %2 ms (%3 requests)")
                            .arg(op)
                            .arg(WaitMs)
                            .arg(server->requests()));
        if (qEnvironmentVariableIsSet("KG_FUZZ_VERBOSE"))
            std::printf("server_answers: operation %d, %d HTTP requests, %d WebSocket connections, "
                        "%lld ms\n",
                        op, server->requests(), server->webSocketConnections(),
                        static_cast<long long>(clock.elapsed()));
        keep.reset();
    }
    // Let the sockets and replies of this input go before the next one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return 0;
}
