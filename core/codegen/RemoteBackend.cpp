#include "codegen/RemoteBackend.h"

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

void fillOwner(QJsonObject &o, const Identity &identity)
{
    if (o.value(QStringLiteral("companyId")).toString().isEmpty())
        o.insert(QStringLiteral("companyId"), identity.companyId);
    if (o.value(QStringLiteral("userId")).toString().isEmpty())
        o.insert(QStringLiteral("userId"), identity.userId);
}

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

RemoteBackend::RemoteBackend(ApiClient *client, GraphMapper mapper, QObject *parent)
    : GenerationBackend(parent)
    , m_client(client)
    , m_mapper(std::move(mapper))
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
    QJsonObject graph = m_mapper ? m_mapper(m_graph) : QJsonObject();
    if (graph.value(QStringLiteral("name")).toString().isEmpty())
        graph.insert(QStringLiteral("name"),
                     m_graph.name.isEmpty() ? QStringLiteral("graph") : m_graph.name);
    if (!graph.contains(QStringLiteral("graphType")))
        graph.insert(QStringLiteral("graphType"), m_graph.graphType);
    fillOwner(graph, m_identity);
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        fillOwner(node, m_identity);
        QJsonArray edges = node.value(QStringLiteral("edges")).toArray();
        for (int e = 0; e < edges.size(); ++e) {
            QJsonObject edge = edges.at(e).toObject();
            QJsonObject target = edge.value(QStringLiteral("node")).toObject();
            fillOwner(target, m_identity);
            edge.insert(QStringLiteral("node"), target);
            edges.replace(e, edge);
        }
        if (!edges.isEmpty())
            node.insert(QStringLiteral("edges"), edges);
        nodes.replace(i, node);
    }
    graph.insert(QStringLiteral("nodes"), nodes);

    // Always send the name: an id without a name renames the project, and the server
    // overwrites the project's name with whatever name arrives, and its description with a
    // non-empty one (§10). An existing project gets back what the server holds (read just
    // before, in submit()); only a new project is named and described after the graph.
    QJsonObject project;
    if (m_project.id.isEmpty()) {
        project.insert(QStringLiteral("name"),
                       m_project.name.isEmpty() ? graph.value(QStringLiteral("name")).toString()
                                                : m_project.name);
        if (!m_graph.description.isEmpty())
            project.insert(QStringLiteral("description"), m_graph.description);
    } else {
        project.insert(QStringLiteral("id"), m_project.id);
        project.insert(QStringLiteral("name"), m_project.name);
        if (!m_projectDescription.isEmpty())
            project.insert(QStringLiteral("description"), m_projectDescription);
    }
    if (!m_identity.teamId.isEmpty())
        project.insert(QStringLiteral("teamId"), m_identity.teamId);

    QJsonObject body{{QStringLiteral("graph"), graph}, {QStringLiteral("project"), project}};
    QJsonObject llm;
    if (!m_options.llmProvider.isEmpty())
        llm.insert(QStringLiteral("provider"), m_options.llmProvider.toUpper());
    if (!m_options.llmModel.isEmpty())
        llm.insert(QStringLiteral("model"), m_options.llmModel);
    if (!llm.isEmpty())
        body.insert(QStringLiteral("llmConfig"), llm);
    if (!m_options.context.isEmpty())
        body.insert(QStringLiteral("context"), QJsonArray::fromStringList(m_options.context));
    return body;
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
