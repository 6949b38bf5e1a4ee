#pragma once

#include "codegen/GenerationBackend.h"
#include "remote/ApiClient.h"
#include "remote/JobWatcher.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace kg {

/// Generation on a Kubegram server (kubegram-api.md §4.3, §5, §6): GraphData → the server's
/// The code-generation request (io::ServerGraphFormat::toCodegenRequest, the one builder of
/// it) → POST /graph/codegen, never retried
/// → JobWatcher → artifacts. A POST that timed out or lost its connection is not resent: the
/// job list is searched for a job created after the send, and adopted when found.
class RemoteBackend : public GenerationBackend
{
    Q_OBJECT

public:
    /// The server project a generation belongs to; an empty id creates one on the first run,
    /// named @c name (the graph's name when empty). A run into an existing project reads it from
    /// the server first and sends its current name and description, never @c name: the server
    /// overwrites the project's fields from the request (kubegram-api.md §10).
    struct ProjectRef
    {
        QString id;
        QString name;
    };

    explicit RemoteBackend(remote::ApiClient *client, QObject *parent = nullptr);
    ~RemoteBackend() override;

    QString id() const override { return QStringLiteral("remote"); }
    void start(const GraphData &graph, const GenerationOptions &options) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    /// The caller's identity (§3.9); fetched before the first run when not set.
    void setIdentity(const remote::Identity &identity);
    void setProject(const ProjectRef &project) { m_project = project; }
    /// The project after a run: the server may have created it. The name is the one the server
    /// holds (read before generating into an existing project).
    ProjectRef project() const { return m_project; }
    /// The job of the current or last run.
    QString jobId() const { return m_jobId; }
    /// The watcher of the current run (null between runs), for the job panel.
    remote::JobWatcher *watcher() const { return m_watcher; }
    /// Options passed to the watcher of each run (tests prefer polling or set jitter).
    void setWatcherSetup(std::function<void(remote::JobWatcher *)> setup)
    {
        m_watcherSetup = std::move(setup);
    }

    /// A completed server job's result (JobWatcher's Completed payload) as a generation result:
    /// the artifacts (§6), and a report naming server job @p jobId and what the conversion
    /// noticed (renamed duplicates, unsafe paths, checksum mismatches, files too large). Stored
    /// artifacts (storageUrl without content) are not downloaded here: they stay flagged as not
    /// downloaded.
    static Result<GenerationResult> resultOfJob(const QJsonValue &payload, const QString &jobId);
    using ResultCallback = std::function<void(const Result<GenerationResult> &)>;
    /// resultOfJob() with the stored artifacts downloaded through @p client first
    /// (remote::fetchStoredArtifacts); a failed download flags its artifact in the report and
    /// does not fail the result. Used for a run and for a job resumed after a restart alike;
    /// @p done is not called once @p context is destroyed.
    static void fetchResultOfJob(remote::ApiClient *client, const QJsonValue &payload,
                                 const QString &jobId, QObject *context, ResultCallback done);

Q_SIGNALS:
    /// The server accepted the job (or it was found after a lost answer).
    void jobSubmitted(const QString &jobId, const QString &projectId);

private:
    void submit();
    void send();
    QJsonObject requestBody() const;
    void onSubmitted(const remote::CodegenSubmission &submission);
    void adoptLostJob(const remote::RemoteError &why);
    void watch();
    void onWatcherFinished(const remote::JobWatcher::Outcome &outcome);
    void fail(const QString &message, const QString &url = {});

    QPointer<remote::ApiClient> m_client;
    remote::Identity m_identity;
    bool m_identityKnown = false;
    ProjectRef m_project;
    /// graphMeta.description of the existing project as the server holds it; empty for none
    QString m_projectDescription;
    GraphData m_graph;
    GenerationOptions m_options;
    bool m_running = false;
    bool m_cancelRequested = false;
    QDateTime m_sentAt;
    QString m_jobId;
    QPointer<remote::JobWatcher> m_watcher;
    std::function<void(remote::JobWatcher *)> m_watcherSetup;
};

} // namespace kg
