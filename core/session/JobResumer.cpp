#include "session/JobResumer.h"

#include "remote/RemoteBackend.h"
#include "session/ServerConnection.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"

namespace kg::session {

JobResumer::JobResumer(std::shared_ptr<store::Database> database, ServerConnection *session,
                       QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_session(session)
{
    connect(session, &ServerConnection::changed, this, [this] {
        followClient();
        if (m_session && m_session->state() == ServerConnection::State::SignedIn)
            resume();
    });
}

JobResumer::~JobResumer()
{
    // The jobs keep running on the server; the next start resumes them again.
    stopWatchers();
}

void JobResumer::stopWatchers()
{
    for (const auto &watcher : std::as_const(m_watchers)) {
        if (watcher) {
            watcher->stop();
            watcher->deleteLater();
        }
    }
    m_watchers.clear();
}

void JobResumer::followClient()
{
    remote::ApiClient *client = m_session ? m_session->client() : nullptr;
    if (client == m_client)
        return;
    // Still running on the server: resumed again once signed in to it.
    stopWatchers();
    m_client = client;
}

int JobResumer::resume()
{
    followClient();
    if (!m_session || !m_session->client())
        return 0;
    const auto jobs = store::JobRepository(*m_db).unfinishedRemoteJobs();
    if (!jobs)
        return 0;
    const QUrl origin = m_session->origin();
    int started = 0;
    for (const store::UnfinishedRemoteJob &job : jobs.value()) {
        if (m_watchers.contains(job.jobId) || job.remoteJobId.isEmpty())
            continue;
        if (!remote::sameOrigin(QUrl(job.serverUrl), origin))
            continue;
        auto *watcher = new remote::JobWatcher(m_session->client(), job.remoteJobId, this);
        watcher->setPreferPolling(m_preferPolling);
        const qint64 jobId = job.jobId;
        connect(watcher, &remote::JobWatcher::progress, this,
                [this, jobId](int percent, const QString &step) {
                    store::JobRecorder(m_db).progress(jobId, percent, step);
                });
        connect(watcher, &remote::JobWatcher::finished, this,
                [this, jobId,
                 remoteJobId = job.remoteJobId](const remote::JobWatcher::Outcome &outcome) {
                    onFinished(jobId, remoteJobId, outcome);
                });
        m_watchers.insert(jobId, watcher);
        watcher->start();
        ++started;
    }
    return started;
}

void JobResumer::onFinished(qint64 jobId, const QString &remoteJobId,
                            const remote::JobWatcher::Outcome &outcome)
{
    if (auto watcher = m_watchers.take(jobId))
        watcher->deleteLater();
    store::JobRecorder recorder(m_db);
    using Kind = remote::JobWatcher::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Completed:
        // Stored artifacts are downloaded through the client the job was watched with.
        RemoteBackend::fetchResultOfJob(m_client, outcome.result, remoteJobId, this,
                                        [this, jobId](const Result<GenerationResult> &result) {
                                            store::JobRecorder done(m_db);
                                            if (!result) {
                                                done.fail(jobId, result.error());
                                                Q_EMIT jobFinished(jobId, result.error().message);
                                                return;
                                            }
                                            const Status s = done.complete(jobId, result.value());
                                            Q_EMIT jobFinished(jobId,
                                                               s ? tr("Server job completed.")
                                                                 : s.error().toString());
                                        });
        return;
    case Kind::Failed:
    case Kind::Gone:
        recorder.fail(jobId,
                      Error(outcome.message.isEmpty() ? outcome.error.message : outcome.message));
        Q_EMIT jobFinished(jobId, outcome.message);
        return;
    case Kind::Cancelled:
        recorder.cancel(jobId, outcome.message);
        Q_EMIT jobFinished(jobId, outcome.message);
        return;
    case Kind::DeadlinePassed:
    case Kind::Error:
        // Still running on the server, or not watchable now: left as it is for the next start.
        return;
    }
}

} // namespace kg::session
