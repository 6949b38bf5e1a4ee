#pragma once

#include "remote/ApiClient.h"
#include "remote/ServerEndpoints.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
class QWebSocket;

namespace kg::remote {

/// Follows one code-generation job to its end (kubegram-api.md §4.4, §5): a WebSocket
/// subscription first (credential and team header in the handshake, 10 s handshake timeout,
/// one reconnect after a drop), polling when the server does not upgrade (remembered per
/// origin) or the socket is lost (2 s × 1.5 up to 15 s, ±10 % jitter, 30-minute deadline).
/// Transient errors are tolerated (§5.4), statuses normalised (§5.1), progress derived from the
/// step (§5.2), results fetched once, and a failure's reason read from /graph/codegen/jobs.
class JobWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Transport { None, WebSocket, Polling };

    /// How watching ended.
    struct Outcome
    {
        enum class Kind {
            Completed,      ///< result holds the payload to turn into artifacts (§6)
            Failed,         ///< message holds the server's reason, step the failing step
            Cancelled,      ///< provisional (§5.5): reopening the job may show it finished
            Gone,           ///< 404: job not found or not shared with the team
            DeadlinePassed, ///< still running on the server: check again later
            Error,          ///< watching failed (sign-in needed, unexpected answer)
        };
        Kind kind = Kind::Error;
        QJsonValue result;
        QString message;
        QString step;
        RemoteError error;
    };

    JobWatcher(ApiClient *client, const QString &jobId, QObject *parent = nullptr);
    ~JobWatcher() override;

    /// Replaces the jitter source (a number in [0, 1)); tests make it deterministic.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }
    /// Polls right away instead of trying a WebSocket first.
    void setPreferPolling(bool prefer) { m_preferPolling = prefer; }

    /// Starts watching; finished() follows exactly once unless stop() comes first.
    void start();
    /// Asks the server to cancel (advisory, §5.5). On success finished(Cancelled) follows;
    /// on failure cancelFailed() and watching goes on.
    void cancel();
    /// Stops watching without a finished() signal (the job keeps running on the server).
    void stop();

    QString jobId() const { return m_jobId; }
    JobState state() const { return m_state; }
    QString step() const { return m_step; }
    int percent() const { return m_percent; }
    Transport transport() const { return m_transport; }
    bool isActive() const { return m_active; }
    /// Polls made so far (diagnostics and tests).
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void progress(int percent, const QString &step);
    void stateChanged(kg::remote::JobState state);
    void transportChanged(kg::remote::JobWatcher::Transport transport);
    /// True after 5 failed polls in a row ("status temporarily unavailable"), false on recovery.
    void statusUnavailable(bool unavailable);
    void cancelFailed(const kg::remote::RemoteError &error);
    void finished(const kg::remote::JobWatcher::Outcome &outcome);

private:
    void connectWebSocket();
    void openSocket();
    void onSocketMessage(const QString &text);
    void onSocketClosed();
    void closeSocket();
    void startPolling(int firstDelayMs);
    void scheduleNextPoll(int delayMs);
    void poll();
    void onStatus(const JobStatusAnswer &answer, bool fromPoll);
    void onStatusError(const RemoteError &error);
    void applyStep(JobState state, const QString &step);
    void fetchResults();
    void fetchFailureReason(const QString &step);
    void finishWith(const Outcome &outcome);
    int jittered(int ms) const;

    QPointer<ApiClient> m_client;
    QString m_jobId;
    std::function<double()> m_jitter;
    bool m_preferPolling = false;
    bool m_active = false;
    Transport m_transport = Transport::None;
    JobState m_state = JobState::Pending;
    QString m_step;
    int m_percent = 0;
    bool m_unknownStatusLogged = false;

    QWebSocket *m_socket = nullptr;
    bool m_socketOpen = false;
    bool m_reconnected = false;
    bool m_socketAuthRetried = false;
    bool m_terminalFrameSeen = false;
    QString m_socketAccess;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_silenceTimer = nullptr;

    QTimer *m_pollTimer = nullptr;
    QTimer *m_deadline = nullptr;
    int m_interval = 0;
    int m_failures = 0;
    int m_polls = 0;
    bool m_resultsRequested = false;
    bool m_pollInFlight = false;
};

} // namespace kg::remote

Q_DECLARE_METATYPE(kg::remote::JobWatcher::Outcome)
