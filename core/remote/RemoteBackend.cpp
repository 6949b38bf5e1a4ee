#include "remote/RemoteBackend.h"

#include "io/ServerGraphFormat.h"

#include "remote/JobArtifacts.h"
#include "remote/ServerEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kg {

using namespace kg::remote;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::RemoteBackend)
};

GenerationResult reportedResult(const ArtifactList &artifacts, const ArtifactNotes &notes,
                                const QString &jobId)
{
    GenerationResult result;
    result.artifacts = artifacts;
    result.report.backend = QStringLiteral("remote");
    auto note = [&result](ReportItem::Severity s, const QString &category, const QString &message) {
        ReportItem item;
        item.severity = s;
        item.category = category;
        item.message = message;
        result.report.items.append(item);
    };
    note(ReportItem::Severity::Info, QStringLiteral("generated"),
         Tr::tr("Generated on the server as job %1").arg(jobId));
    const std::pair<const QStringList *, QString> warnings[] = {
            {&notes.renamed, Tr::tr("Duplicate file renamed: %1")},
            {&notes.unsafe, Tr::tr("Unsafe path, not exported: %1")},
            {&notes.checksumMismatches, Tr::tr("Checksum mismatch: %1")},
            {&notes.tooLarge, Tr::tr("Artifact too large: %1")},
            {&notes.notDownloaded, Tr::tr("Not downloaded, not exported: %1")},
            {&notes.downloadFailed, Tr::tr("Download failed, not exported: %1")},
    };
    for (const auto &[list, text] : warnings) {
        for (const QString &what : *list)
            note(ReportItem::Severity::Warning, QStringLiteral("warning"), text.arg(what));
    }
    for (const StoredArtifact &s : std::as_const(notes.stored))
        note(ReportItem::Severity::Warning, QStringLiteral("warning"),
             Tr::tr("Stored on the server, not downloaded: %1 (%2)")
                     .arg(artifacts.value(s.index).path, s.url));
    return result;
}

/// The description a project's graphMeta text holds (§4.2); empty when there is none.
QString descriptionOf(const QString &graphMeta)
{
    return QJsonDocument::fromJson(graphMeta.toUtf8())
            .object()
            .value(QStringLiteral("description"))
            .toString();
}
} // namespace

RemoteBackend::RemoteBackend(ApiClient *client, QObject *parent)
    : GenerationBackend(parent)
    , m_client(client)
{}

RemoteBackend::~RemoteBackend() = default;

void RemoteBackend::setIdentity(const Identity &identity)
{
    m_identity = identity;
    m_identityKnown = true;
}

void RemoteBackend::start(const GraphData &graph, const GenerationOptions &options)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_graph = graph;
    m_options = options;
    m_jobId.clear();
    m_projectDescription.clear();
    if (m_identityKnown && m_identity.canGenerate()) {
        submit();
        return;
    }
    Q_EMIT progress(0, Tr::tr("identifying"));
    fetchIdentity(*m_client, this, [this](const ApiResult<Identity> &identity) {
        if (!identity) {
            fail(identity.error().toString(), identity.error().url);
            return;
        }
        setIdentity(identity.value());
        if (!m_identity.canGenerate()) {
            fail(Tr::tr("Generation needs a team and a company; the signed-in user %1 has none")
                         .arg(m_identity.email.isEmpty() ? m_identity.userId : m_identity.email));
            return;
        }
        submit();
    });
}

QJsonObject RemoteBackend::requestBody() const
{
    GraphData graph = m_graph;
    if (graph.name.isEmpty())
        graph.name = QStringLiteral("graph");
    // An existing project gets back what the server holds (read just before, in submit()); only
    // a new project is named and described after the graph.
    io::ServerGraphFormat::CodegenOptions options;
    options.projectId = m_project.id;
    options.projectName = !m_project.name.isEmpty() ? m_project.name : graph.name;
    options.projectDescription = m_project.id.isEmpty() ? m_graph.description
                                                        : m_projectDescription;
    options.teamId = m_identity.teamId;
    options.llmProvider = m_options.llmProvider;
    options.llmModel = m_options.llmModel;
    options.context = m_options.context;
    return io::ServerGraphFormat::toCodegenRequest(graph, {m_identity.companyId, m_identity.userId},
                                                   options);
}

void RemoteBackend::submit()
{
    m_client->setTeamId(m_identity.teamId);
    if (m_project.id.isEmpty()) {
        send();
        return;
    }
    // Generating into an existing project: its name and description as the server holds them
    // now (not as listed earlier, nor the graph's), and only a project of the caller's team
    // that is not deleted (the server would move another team's project into this one).
    Q_EMIT progress(0, Tr::tr("reading the project"));
    getProject(*m_client, m_project.id, m_identity.teamId, this,
               [this](const ApiResult<Project> &project) {
                   if (!m_running)
                       return;
                   if (m_cancelRequested) {
                       fail(Tr::tr("The generation was cancelled before it was sent"));
                       return;
                   }
                   if (!project) {
                       const RemoteError &e = project.error();
                       fail(Tr::tr("Cannot generate into server project %1: %2. Reload the "
                                   "projects, or generate as a new project.")
                                    .arg(m_project.id, e.toString()),
                            e.url);
                       return;
                   }
                   m_project.name = project->name;
                   m_projectDescription = descriptionOf(project->graphMeta);
                   send();
               });
}

void RemoteBackend::send()
{
    Q_EMIT progress(0, Tr::tr("submitting"));
    m_sentAt = QDateTime::currentDateTimeUtc();
    submitCodegen(*m_client, requestBody(), this, [this](const ApiResult<CodegenSubmission> &r) {
        if (!m_running)
            return;
        if (r) {
            onSubmitted(r.value());
            return;
        }
        const RemoteError &e = r.error();
        if (e.kind == RemoteError::Kind::Timeout || e.kind == RemoteError::Kind::Network) {
            adoptLostJob(e); // never resend: look the job up instead (§4.3)
            return;
        }
        if (e.httpStatus == 500 && !m_project.id.isEmpty()) {
            fail(Tr::tr("The server failed with project %1 (it may no longer exist); reload the "
                        "projects or generate as a new project. %2")
                         .arg(m_project.id, e.toString()),
                 e.url);
            return;
        }
        fail(e.toString(), e.url);
    });
}

void RemoteBackend::onSubmitted(const CodegenSubmission &submission)
{
    m_jobId = submission.jobId;
    if (!submission.projectId.isEmpty()) {
        m_project.id = submission.projectId;
        Q_EMIT jobSubmitted(m_jobId, m_project.id);
        watch();
        return;
    }
    // §10: the answer may lack projectId; read it from the job list (uuid == jobId).
    listJobs(
            *m_client, QString(), this,
            [this](const ApiResult<QList<JobSummary>> &jobs) {
                if (!m_running)
                    return;
                if (jobs) {
                    for (const JobSummary &j : jobs.value()) {
                        if (j.uuid == m_jobId && !j.projectId.isEmpty())
                            m_project.id = j.projectId;
                    }
                }
                Q_EMIT jobSubmitted(m_jobId, m_project.id);
                watch();
            },
            20, 1);
}

void RemoteBackend::adoptLostJob(const RemoteError &why)
{
    Q_EMIT progress(0, Tr::tr("looking for the submitted job"));
    listJobs(
            *m_client, m_project.id, this,
            [this, why](const ApiResult<QList<JobSummary>> &jobs) {
                if (!m_running)
                    return;
                QList<JobSummary> candidates;
                if (jobs) {
                    for (const JobSummary &j : jobs.value()) {
                        // created after the send (allowing for a little clock skew)
                        if (j.createdAt.isValid() && j.createdAt >= m_sentAt.addSecs(-5))
                            candidates.append(j);
                    }
                }
                if (candidates.size() == 1 || (!m_project.id.isEmpty() && !candidates.isEmpty())) {
                    m_jobId = candidates.first().uuid;
                    if (m_project.id.isEmpty())
                        m_project.id = candidates.first().projectId;
                    Q_EMIT jobSubmitted(m_jobId, m_project.id);
                    watch();
                    return;
                }
                fail(Tr::tr("The outcome of the generation request is unknown (%1); check the job "
                            "list "
                            "before generating again")
                             .arg(why.message),
                     why.url);
            },
            20, 1);
}

void RemoteBackend::watch()
{
    m_watcher = new JobWatcher(m_client, m_jobId, this);
    if (m_watcherSetup)
        m_watcherSetup(m_watcher);
    connect(m_watcher, &JobWatcher::progress, this, &RemoteBackend::progress);
    connect(m_watcher, &JobWatcher::finished, this, &RemoteBackend::onWatcherFinished);
    connect(m_watcher, &JobWatcher::cancelFailed, this, [this](const RemoteError &e) {
        m_watcher->stop();
        fail(Tr::tr("Cancelling was requested but the server did not confirm it: %1")
                     .arg(e.toString()));
    });
    m_watcher->start();
    if (m_cancelRequested)
        m_watcher->cancel();
}

void RemoteBackend::onWatcherFinished(const JobWatcher::Outcome &outcome)
{
    if (m_watcher)
        m_watcher->deleteLater();
    m_watcher = nullptr;
    using Kind = JobWatcher::Outcome::Kind;
    if (outcome.kind != Kind::Completed) {
        QString message = outcome.message;
        if (outcome.kind == Kind::Failed && !outcome.step.isEmpty())
            message = Tr::tr("The job failed at step %1: %2").arg(outcome.step, outcome.message);
        fail(message, outcome.error.url);
        return;
    }
    fetchResultOfJob(m_client, outcome.result, m_jobId, this,
                     [this](const Result<GenerationResult> &result) {
                         if (!m_running)
                             return; // cancelled meanwhile
                         if (!result) {
                             fail(result.error().message);
                             return;
                         }
                         m_running = false;
                         Q_EMIT progress(100, QStringLiteral("completed"));
                         Q_EMIT succeeded(result.value());
                     });
}

Result<GenerationResult> RemoteBackend::resultOfJob(const QJsonValue &payload, const QString &jobId)
{
    ArtifactNotes notes;
    auto artifacts = artifactsFromJobResult(payload, {}, &notes);
    if (!artifacts)
        return artifacts.error();
    return reportedResult(artifacts.value(), notes, jobId);
}

void RemoteBackend::fetchResultOfJob(ApiClient *client, const QJsonValue &payload,
                                     const QString &jobId, QObject *context, ResultCallback done)
{
    const ArtifactLimits limits;
    ArtifactNotes notes;
    auto artifacts = artifactsFromJobResult(payload, limits, &notes);
    if (!artifacts) {
        done(artifacts.error());
        return;
    }
    if (!client || notes.stored.isEmpty()) {
        done(reportedResult(artifacts.value(), notes, jobId));
        return;
    }
    fetchStoredArtifacts(*client, artifacts.value(), notes, limits, context,
                         [jobId, done](const ArtifactList &list, const ArtifactNotes &n) {
                             done(reportedResult(list, n, jobId));
                         });
}

void RemoteBackend::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_watcher)
        m_watcher->cancel(); // the watcher reports Cancelled → failed()
    // else: the POST is in flight; the job is cancelled as soon as its id is known
}

void RemoteBackend::fail(const QString &message, const QString &url)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_watcher) {
        m_watcher->stop();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    Q_EMIT failed(Error(message, Location(url)));
}

} // namespace kg
