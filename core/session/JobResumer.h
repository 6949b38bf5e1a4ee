#pragma once

#include "remote/JobWatcher.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace kg::store {
class Database;
}

namespace kg::session {

class ServerConnection;

/// Picks up remote jobs an earlier run left unfinished: once the connection is signed in to their
/// server, each one is watched again (JobWatcher), its row follows the server's progress and,
/// on completion, its artifacts are stored. Jobs of other servers, or while no server is
/// signed in, stay as they are.
class JobResumer : public QObject
{
    Q_OBJECT

public:
    JobResumer(std::shared_ptr<store::Database> database, ServerConnection *session,
               QObject *parent = nullptr);
    ~JobResumer() override;

    /// Starts watching the unfinished jobs of the connection's server not yet watched. Called
    /// whenever the connection signs in; returns how many watchers were started.
    int resume();
    /// Jobs being watched now (local job ids).
    QList<qint64> watchedJobs() const { return m_watchers.keys(); }
    /// Tests: poll instead of trying a WebSocket first.
    void setPreferPolling(bool prefer) { m_preferPolling = prefer; }

Q_SIGNALS:
    /// A resumed job ended (completed, failed or gone); @p message says how.
    void jobFinished(qint64 jobId, const QString &message);

private:
    void onFinished(qint64 jobId, const QString &remoteJobId,
                    const remote::JobWatcher::Outcome &outcome);
    /// Stops the watchers when the connection's client is not the one they use (another server
    /// was configured, or the same one again): they could never finish.
    void followClient();
    void stopWatchers();

    std::shared_ptr<store::Database> m_db;
    QPointer<ServerConnection> m_session;
    QPointer<remote::ApiClient> m_client; ///< the client the watchers use
    QHash<qint64, QPointer<remote::JobWatcher>> m_watchers;
    bool m_preferPolling = false;
};

} // namespace kg::session
