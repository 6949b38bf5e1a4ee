#include "remote/JobWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

namespace kg::remote {

Q_LOGGING_CATEGORY(lcJobs, "kubegram.remote.jobs", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::JobWatcher)
};

bool hasUsableData(const QJsonValue &v)
{
    return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty());
}

} // namespace

JobWatcher::JobWatcher(ApiClient *client, const QString &jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
    , m_handshakeTimer(new QTimer(this))
    , m_silenceTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_handshakeTimer->setSingleShot(true);
    m_silenceTimer->setSingleShot(true);
    m_pollTimer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &JobWatcher::poll);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort(); // onSocketClosed() falls back to polling
    });
    connect(m_silenceTimer, &QTimer::timeout, this, [this] {
        // §4.4 step 3: silence → one status request, and keep the socket.
        if (!m_client || !m_active)
            return;
        fetchJobStatus(*m_client, m_jobId, this, [this](const ApiResult<JobStatusAnswer> &a) {
            if (!m_active)
                return;
            if (a)
                onStatus(a.value(), false);
            else if (a.error().httpStatus == 404)
                onStatusError(a.error());
        });
        m_silenceTimer->start(m_client->timings().webSocketSilenceMs);
    });
    connect(m_deadline, &QTimer::timeout, this, [this] {
        Outcome o;
        o.kind = Outcome::Kind::DeadlinePassed;
        o.step = m_step;
        o.message = Tr::tr("The job is still running on the server; check again later");
        finishWith(o);
    });
}

JobWatcher::~JobWatcher()
{
    m_active = false;
    closeSocket();
}

int JobWatcher::jittered(int ms) const
{
    const double j = std::clamp(m_jitter(), 0.0, 1.0);
    return int(double(ms) * (0.9 + 0.2 * j));
}

void JobWatcher::start()
{
    if (m_active || !m_client)
        return;
    m_active = true;
    m_deadline->start(int(std::min<qint64>(m_client->timings().pollDeadlineMs, INT_MAX)));
    if (m_preferPolling || m_client->webSocketUnsupported())
        startPolling(m_client->timings().pollInitialMs);
    else
        connectWebSocket();
}

void JobWatcher::stop()
{
    m_active = false;
    m_pollTimer->stop();
    m_deadline->stop();
    m_silenceTimer->stop();
    m_handshakeTimer->stop();
    closeSocket();
}

void JobWatcher::connectWebSocket()
{
    m_client->ensureFreshCredential(this, [this](const RemoteError &e) {
        if (!m_active)
            return;
        if (e.isError()) {
            Outcome o;
            o.kind = Outcome::Kind::Error;
            o.error = e;
            o.message = e.toString();
            finishWith(o);
            return;
        }
        openSocket();
    });
}

void JobWatcher::openSocket()
{
    qCDebug(lcJobs) << "subscribing to" << m_jobId;
    closeSocket();
    m_socketOpen = false;
    m_terminalFrameSeen = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(ApiClient::LargeBodyCap));
    QNetworkRequest request(m_client->webSocketUrl(QStringLiteral("/graph/codegen/")
                                                   + pathSegment(m_jobId)
                                                   + QStringLiteral("/subscribe")));
    request.setRawHeader("User-Agent", "KubegramDesktop");
    m_client->applyCredentialHeaders(request);
    m_socketAccess = m_client->credential().access;
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_handshakeTimer->stop();
        m_socketOpen = true;
        m_transport = Transport::WebSocket;
        Q_EMIT transportChanged(m_transport);
        m_silenceTimer->start(m_client->timings().webSocketSilenceMs);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            onSocketMessage(text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        if (socket == m_socket && m_client) // ignored, but it is not silence
            m_silenceTimer->start(m_client->timings().webSocketSilenceMs);
    });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (m_client && m_client->isTrusted(errors))
            socket->ignoreSslErrors(errors);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketClosed();
    });
    m_handshakeTimer->start(m_client->timings().webSocketHandshakeMs);
    socket->open(request);
}

void JobWatcher::closeSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr; // its signals are ignored from now on
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_silenceTimer->stop();
    m_handshakeTimer->stop();
}

void JobWatcher::onSocketMessage(const QString &text)
{
    if (!m_active || !m_client)
        return;
    m_silenceTimer->start(m_client->timings().webSocketSilenceMs);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return; // non-JSON frames are ignored (§4.4 step 6)
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    const QJsonValue data = frame.value(QStringLiteral("data"));
    if (type == QLatin1String("update")) {
        const QJsonObject o = data.toObject();
        if (o.contains(QStringLiteral("status")) || o.contains(QStringLiteral("step"))) {
            JobStatusAnswer a;
            a.jobId = m_jobId;
            a.step = o.value(QStringLiteral("step")).toString();
            a.rawStatus = o.value(QStringLiteral("status")).toString();
            a.state = normalizeJobStatus(a.rawStatus, &a.statusKnown);
            a.body = o;
            onStatus(a, false);
        }
    } else if (type == QLatin1String("complete")) {
        m_terminalFrameSeen = true;
        if (hasUsableData(data)) {
            applyStep(JobState::Completed, QStringLiteral("completed"));
            Outcome o;
            o.kind = Outcome::Kind::Completed;
            o.result = data;
            finishWith(o);
        } else {
            fetchResults(); // a complete without usable data → one GET /results
        }
    } else if (type == QLatin1String("error")) {
        // §4.4 step 5: the subscription may have failed rather than the job; ask once.
        m_terminalFrameSeen = true;
        closeSocket();
        fetchJobStatus(*m_client, m_jobId, this, [this](const ApiResult<JobStatusAnswer> &a) {
            if (!m_active)
                return;
            if (!a) {
                onStatusError(a.error());
                return;
            }
            onStatus(a.value(), false);
            if (m_active && !isTerminal(a->state))
                startPolling(m_client->timings().pollInitialMs);
        });
    }
}

void JobWatcher::onSocketClosed()
{
    if (!m_active || !m_client)
        return;
    QWebSocket *socket = m_socket;
    const bool wasOpen = m_socketOpen;
    const QString why = socket ? socket->errorString() : QString();
    const auto closeCode = socket ? socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
    closeSocket();
    qCDebug(lcJobs) << "socket closed; open:" << wasOpen << "code:" << closeCode << why
                    << "terminal frame:" << m_terminalFrameSeen << "reconnected:" << m_reconnected;
    if (m_terminalFrameSeen)
        return; // the server closes after complete/error; that path is already handled

    if (!wasOpen) {
        // The handshake failed. A 401 goes through the refresh path first (§4.4 step 2).
        if (why.contains(QLatin1String("401")) && !m_socketAuthRetried
            && m_client->credential().kind == Credential::Kind::OAuth) {
            m_socketAuthRetried = true;
            RemoteError e;
            e.kind = RemoteError::Kind::Http;
            e.httpStatus = 401;
            e.serverError = QStringLiteral("Invalid token");
            m_client->handleUnauthorized(m_socketAccess, e, this, [this](const RemoteError &r) {
                if (!m_active)
                    return;
                if (r.isError())
                    startPolling(m_client->timings().pollInitialMs);
                else
                    openSocket();
            });
            return;
        }
        // Any answer but 101 (HTML, 404, …): this server does not upgrade. Remember it.
        if (why.contains(QLatin1String("status code"), Qt::CaseInsensitive)
            && !why.contains(QLatin1String("401")) && !m_reconnected)
            m_client->setWebSocketUnsupported(true);
        qCDebug(lcJobs) << "no WebSocket for" << m_jobId << ":" << why;
        startPolling(m_reconnected ? 0 : m_client->timings().pollInitialMs);
        return;
    }
    if (closeCode == QWebSocketProtocol::CloseCodeTooMuchData || m_reconnected) {
        startPolling(0); // a frame over the cap, or the second drop: poll from the 2 s step
        return;
    }
    // §4.4 step 4: one reconnect after 2 s ±10 %.
    m_reconnected = true;
    QTimer::singleShot(jittered(m_client->timings().reconnectDelayMs), this, [this] {
        if (m_active && m_transport != Transport::Polling)
            openSocket();
    });
}

void JobWatcher::startPolling(int firstDelayMs)
{
    if (!m_active)
        return;
    closeSocket();
    if (m_transport != Transport::Polling) {
        m_transport = Transport::Polling;
        Q_EMIT transportChanged(m_transport);
    }
    m_interval = m_client->timings().pollInitialMs;
    if (m_pollInFlight)
        return; // the answer schedules the next poll
    if (firstDelayMs <= 0)
        poll();
    else
        scheduleNextPoll(firstDelayMs);
}

void JobWatcher::scheduleNextPoll(int delayMs)
{
    if (!m_active)
        return;
    m_pollTimer->start(std::max(m_client->timings().pollFloorMs, jittered(delayMs)));
}

void JobWatcher::poll()
{
    if (!m_active || !m_client)
        return;
    ++m_polls;
    m_pollInFlight = true;
    fetchJobStatus(*m_client, m_jobId, this, [this](const ApiResult<JobStatusAnswer> &a) {
        m_pollInFlight = false;
        if (!m_active)
            return;
        if (!a) {
            onStatusError(a.error());
            return;
        }
        if (m_failures >= 5)
            Q_EMIT statusUnavailable(false);
        m_failures = 0;
        onStatus(a.value(), true);
        if (m_active && !isTerminal(a->state)) {
            m_interval = std::min(int(m_interval * 1.5), m_client->timings().pollMaxMs);
            scheduleNextPoll(m_interval);
        }
    });
}

void JobWatcher::onStatusError(const RemoteError &error)
{
    if (!m_active)
        return;
    if (error.httpStatus == 404 && error.kind == RemoteError::Kind::Http) {
        Outcome o;
        o.kind = Outcome::Kind::Gone;
        o.error = error;
        o.message = Tr::tr(
                "The job is no longer available (not found or not shared with your team)");
        finishWith(o);
        return;
    }
    const bool transient = error.isTransient()
                           || error.kind == RemoteError::Kind::UnexpectedResponse
                           || error.kind == RemoteError::Kind::NotKubegram
                           || error.kind == RemoteError::Kind::TooLarge
                           || (error.httpStatus == 400
                               && error.serverError == QLatin1String("Results not yet available"));
    if (!transient) {
        Outcome o;
        o.kind = Outcome::Kind::Error;
        o.error = error;
        o.message = error.toString();
        finishWith(o);
        return;
    }
    // §5.4: keep going; after 5 failures in a row say so and slow down to the cap.
    if (++m_failures == 5)
        Q_EMIT statusUnavailable(true);
    int delay = m_failures >= 5 ? m_client->timings().pollMaxMs : m_interval;
    if (error.retryAfterMs > 0)
        delay = std::max(delay, std::min(error.retryAfterMs, m_client->timings().retryAfterCapMs));
    if (m_transport != Transport::Polling) {
        startPolling(delay);
        return;
    }
    if (!m_pollTimer->isActive() && !m_pollInFlight)
        scheduleNextPoll(delay);
}

void JobWatcher::applyStep(JobState state, const QString &step)
{
    const bool stateChangedNow = state != m_state;
    m_state = state;
    int percent = m_percent;
    if (state == JobState::Completed)
        percent = 100;
    else if (const int p = progressForStep(step); p >= 0)
        percent = p;
    if (step != m_step || percent != m_percent) {
        m_step = step;
        m_percent = percent;
        Q_EMIT progress(m_percent, m_step);
    }
    if (stateChangedNow)
        Q_EMIT stateChanged(m_state);
}

void JobWatcher::onStatus(const JobStatusAnswer &answer, bool fromPoll)
{
    Q_UNUSED(fromPoll)
    if (!answer.statusKnown && !m_unknownStatusLogged) {
        m_unknownStatusLogged = true;
        qCWarning(lcJobs) << "unknown job status" << answer.rawStatus << "treated as pending";
    }
    applyStep(answer.state, answer.step);
    switch (answer.state) {
    case JobState::Completed:
        if (hasUsableData(answer.body.value(QStringLiteral("generatedCode")))
            || hasUsableData(answer.body.value(QStringLiteral("artifacts")))) {
            Outcome o;
            o.kind = Outcome::Kind::Completed;
            o.result = answer.body;
            finishWith(o);
        } else {
            fetchResults();
        }
        break;
    case JobState::Failed:
        fetchFailureReason(answer.step);
        break;
    case JobState::Cancelled: {
        Outcome o;
        o.kind = Outcome::Kind::Cancelled;
        o.step = answer.step;
        o.message = Tr::tr("The job was cancelled");
        finishWith(o);
        break;
    }
    default:
        break;
    }
}

void JobWatcher::fetchResults()
{
    if (m_resultsRequested || !m_client)
        return;
    m_resultsRequested = true;
    m_pollTimer->stop();
    closeSocket();
    fetchJobResults(*m_client, m_jobId, this, [this](const ApiResult<JobStatusAnswer> &a) {
        m_resultsRequested = false;
        if (!m_active)
            return;
        if (a) {
            Outcome o;
            o.kind = Outcome::Kind::Completed;
            o.result = a->body;
            finishWith(o);
            return;
        }
        onStatusError(a.error()); // 400 "Results not yet available" or a 5xx: poll again
    });
}

void JobWatcher::fetchFailureReason(const QString &step)
{
    m_pollTimer->stop();
    closeSocket();
    listJobDetails(*m_client, this, [this, step](const ApiResult<QList<JobSummary>> &jobs) {
        if (!m_active)
            return;
        Outcome o;
        o.kind = Outcome::Kind::Failed;
        o.step = step;
        if (jobs) {
            for (const JobSummary &j : jobs.value()) {
                if (j.uuid == m_jobId)
                    o.message = j.errorMessage;
            }
        }
        if (o.message.isEmpty())
            o.message = Tr::tr("The job failed at step %1").arg(step);
        finishWith(o);
    });
}

void JobWatcher::cancel()
{
    if (!m_active || !m_client || isTerminal(m_state))
        return;
    cancelJob(*m_client, m_jobId, this, [this](const RemoteError &e) {
        if (!m_active)
            return;
        if (!e.isError()) {
            applyStep(JobState::Cancelled, m_step);
            Outcome o;
            o.kind = Outcome::Kind::Cancelled;
            o.step = m_step;
            o.message = Tr::tr("The job was cancelled");
            finishWith(o);
        } else if (e.httpStatus == 404 && e.kind == RemoteError::Kind::Http) {
            onStatusError(e);
        } else {
            Q_EMIT cancelFailed(e);
        }
    });
}

void JobWatcher::finishWith(const Outcome &outcome)
{
    if (!m_active)
        return;
    qCDebug(lcJobs) << "job" << m_jobId << "watching ended:" << int(outcome.kind)
                    << outcome.message;
    stop();
    Q_EMIT finished(outcome);
}

} // namespace kg::remote
