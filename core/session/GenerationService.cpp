#include "session/GenerationService.h"

#include "codegen/LocalEngine.h"
#include "io/JsonSupport.h"
#include "remote/RemoteBackend.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"
#include "store/ServerRepository.h"
#include "validate/GraphValidator.h"
#include "validate/ManifestValidator.h"

#include <QDir>
#include <QFileInfo>

namespace kg::session {

GenerationService::GenerationService(std::shared_ptr<store::Database> database,
                                     ServerConnection *session, QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_session(session)
    , m_local(new LocalEngine(this))
{
    qRegisterMetaType<kg::GenerationResult>();
    qRegisterMetaType<kg::Error>();
}

GenerationService::~GenerationService()
{
    // A server job keeps running on the server; stop following it without recording more.
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    if (m_recorded)
        m_recorded->disconnect(this);
}

bool GenerationService::remoteAvailable() const
{
    return m_session && m_session->canGenerate();
}

void GenerationService::setWatcherSetup(std::function<void(remote::JobWatcher *)> setup)
{
    m_watcherSetup = std::move(setup);
    if (m_remote)
        m_remote->setWatcherSetup(m_watcherSetup);
}

GenerationOptions GenerationService::optionsFrom(const AppSettings &settings, const QString &layout)
{
    GenerationOptions options;
    options.layout = layout.isEmpty() ? settings.outputLayout.get() : layout;
    options.networkPolicies = settings.networkPolicies.get();
    options.llmProvider = settings.llmProvider.get();
    options.llmModel = settings.llmModel.get();
    return options;
}

void GenerationService::setCacheUnavailable(const QString &cachePath, const Error &why)
{
    m_pendingPath = cachePath;
    m_cacheProblem = why;
}

Status GenerationService::fileUnderLocalProject(const QString &path, const QString &graphName)
{
    const QFileInfo info(path);
    m_graphFile = path.isEmpty() ? QString() : info.absoluteFilePath();
    if (!m_db || path.isEmpty() || m_projectId != 0)
        return {};
    const auto id = store::ProjectRepository(*m_db).localProjectForFile(
            info.absoluteFilePath(), graphName.isEmpty() ? info.completeBaseName() : graphName);
    if (!id)
        return id.error();
    m_projectId = *id;
    return {};
}

Status GenerationService::recordExport(qint64 jobId, const QString &path)
{
    if (jobId == 0) {
        // The last run was queued beside the cache: the queued record says where it went.
        if (m_queuedFile.isEmpty())
            return {};
        m_queuedRun.exportedTo = path;
        return io::writeFileAtomically(m_queuedFile, store::PendingRuns::toJson(m_queuedRun));
    }
    if (!m_db)
        return {};
    return store::JobRepository(*m_db).setExportedPath(jobId, path);
}

GenerationBackend *GenerationService::backendFor(Backend backend, QString *why)
{
    if (backend == Backend::Local)
        return m_local;
    if (!remoteAvailable()) {
        *why = m_session && m_session->isConfigured()
                       ? tr("The Kubegram server is not available (%1).").arg(m_session->statusText())
                       : tr("No Kubegram server is configured (File → Kubegram Server…).");
        return nullptr;
    }
    remote::ApiClient *client = m_session->client();
    if (!m_remote || m_remoteClient != client) {
        delete m_remote.data();
        m_remote = new RemoteBackend(client, this);
        m_remoteClient = client;
        if (m_watcherSetup)
            m_remote->setWatcherSetup(m_watcherSetup);
    }
    m_remote->setIdentity(m_session->identity());
    return m_remote;
}

GenerationService::StartOutcome GenerationService::start(const GraphData &graph, Backend backend,
                                                         const GenerationOptions &options)
{
    Request request;
    request.graph = graph;
    request.backend = backend;
    request.options = options;
    return start(request);
}

GenerationService::StartOutcome GenerationService::start(const Request &request)
{
    return startRun(request, 0, m_projectId);
}

void GenerationService::setProject(qint64 projectId)
{
    m_projectId = projectId;
}

GenerationService::StartOutcome GenerationService::rerun(qint64 jobId)
{
    StartOutcome outcome;
    if (!m_db) {
        outcome.error = tr("The local cache is not available.");
        return outcome;
    }
    const auto request = store::JobRecorder(m_db).rerunRequest(jobId);
    if (!request) {
        outcome.error = request.error().toString();
        return outcome;
    }
    const Backend backend = request->backend == QLatin1String("remote") ? Backend::Remote
                                                                        : Backend::Local;
    Request again;
    again.graph = request->graph;
    again.backend = backend;
    again.options = request->options;
    return startRun(again, request->revisionId, request->projectId);
}

GenerationService::StartOutcome GenerationService::startRun(const Request &request,
                                                            qint64 revisionId, qint64 projectId)
{
    StartOutcome outcome;
    if (m_running) {
        outcome.error = tr("A generation is already running.");
        return outcome;
    }
    const Backend kind = request.backend;
    const GraphData &graph = request.graph;
    outcome.issues = GraphValidator::validate(graph);
    if (request.validate && hasErrors(outcome.issues))
        return outcome;
    GenerationBackend *backend = backendFor(kind, &outcome.error);
    if (!backend)
        return outcome;
    // A server run goes to the server project the graph belongs to; without one, to the
    // project the server made on an earlier run of this window (or a new one). The graph's name
    // only names a new project: RemoteBackend sends an existing one's own name (§10).
    const QString serverProject = kind != Backend::Remote              ? QString()
                                  : !request.serverProjectId.isEmpty() ? request.serverProjectId
                                                                       : serverProjectId(projectId);
    if (kind == Backend::Remote) {
        m_remote->setProject({!serverProject.isEmpty() ? serverProject : m_remote->project().id,
                              request.projectName.isEmpty() ? graph.name : request.projectName});
    }

    m_graph = graph;
    m_options = request.options;
    m_queuedFile.clear();
    m_result.reset();
    m_cancelRequested = false;
    m_backend = backend;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_connections << connect(backend, &GenerationBackend::progress, this,
                             &GenerationService::progress);
    m_connections << connect(backend, &GenerationBackend::succeeded, this,
                             &GenerationService::onSucceeded);
    m_connections << connect(backend, &GenerationBackend::failed, this,
                             &GenerationService::onFailed);
    if (kind == Backend::Remote) {
        m_connections << connect(
                m_remote, &RemoteBackend::jobSubmitted, this,
                [this](const QString &remoteJobId, const QString &projectRemoteId) {
                    if (m_recorded && m_jobId) {
                        const Status attached = m_recorded->recorder().attachRemoteJob(m_jobId,
                                                                                       remoteJobId);
                        if (!attached)
                            qWarning("%s", qPrintable(attached.error().toString()));
                        fileUnderServerProject(m_jobId, projectRemoteId);
                    }
                    Q_EMIT jobSubmitted(remoteJobId, projectRemoteId);
                });
    }

    if (m_db) {
        store::JobStart start;
        start.graph = graph;
        start.revisionId = revisionId;
        start.options = request.options;
        // A local run files the job under the graph's project; a server run under the server
        // project, which may only be known once the server answers.
        start.projectId = kind == Backend::Local || !serverProject.isEmpty() ? projectId : 0;
        start.startedAt = m_startedAt;
        if (kind == Backend::Remote) {
            const QUrl origin = m_session->origin();
            const auto serverId = store::ServerRepository(*m_db).upsertServer(origin.toString(),
                                                                              origin.host());
            if (serverId)
                start.serverId = *serverId;
        }
        delete m_recorded.data();
        m_recorded = new store::RecordedGeneration(m_db, backend, this);
        connect(m_recorded, &store::RecordedGeneration::finished, this,
                &GenerationService::onRecordedFinished);
        connect(m_recorded, &store::RecordedGeneration::recordingDeferred, this,
                &GenerationService::recordingDeferred);
        // Running before start(): a backend failing at once ends the run from inside it.
        m_running = true;
        m_jobId = 0;
        Q_EMIT runningChanged(true);
        const auto jobId = m_recorded->start(start);
        if (jobId) {
            m_jobId = *jobId;
            outcome.jobId = m_jobId;
            outcome.started = true;
            return outcome;
        }
        if (!m_running || backend->isRunning()) {
            // The backend ended the run already, or refused to start it.
            finishRun();
            outcome.error = jobId.error().toString();
            return outcome;
        }
        // The cache cannot record the job now (locked by another process, damaged, full):
        // the run goes on unrecorded and is queued beside the cache when it ends.
        delete m_recorded.data();
        m_recorded = nullptr;
        m_pendingPath = m_db->path();
        m_cacheProblem = jobId.error();
    } else {
        m_jobId = 0;
        m_running = true;
        Q_EMIT runningChanged(true);
    }
    backend->start(graph, request.options);
    outcome.jobId = 0;
    outcome.started = true;
    return outcome;
}

QString GenerationService::serverProjectId(qint64 projectId) const
{
    if (!m_db || projectId == 0 || !m_session)
        return QString();
    const auto project = store::ProjectRepository(*m_db).project(projectId);
    if (!project || project->isLocal() || project->deleted)
        return QString();
    const auto team = store::ServerRepository(*m_db).team(project->teamId);
    const auto server = team ? store::ServerRepository(*m_db).server(team->serverId)
                             : Result<store::ServerRecord>(team.error());
    if (!server || !remote::sameOrigin(QUrl(server->url), m_session->origin()))
        return QString();
    return project->remoteId;
}

void GenerationService::fileUnderServerProject(qint64 jobId, const QString &projectRemoteId)
{
    if (!m_db || !m_session)
        return;
    // The project is cached under the signed-in user's team (a user has one team).
    // Named as the server holds it (a project not cached yet), not after the graph.
    const QString name = m_remote && !m_remote->project().name.isEmpty() ? m_remote->project().name
                                                                         : m_graph.name;
    const Status filed = store::JobRecorder(m_db).fileUnderServerProject(
            jobId, m_session->identity().teamId, m_session->teamName(), projectRemoteId, name);
    if (!filed)
        qWarning("%s", qPrintable(filed.error().toString()));
}

ArtifactProblemList GenerationService::manifestProblems(const ArtifactList &artifacts)
{
    ArtifactProblemList problems;
    for (const Artifact &artifact : artifacts) {
        if (artifact.language != QLatin1String("yaml"))
            continue;
        const auto issues = ManifestValidator::validateData(artifact.content, artifact.path);
        for (const ValidationIssue &issue : issues) {
            ArtifactProblem p;
            p.path = artifact.path;
            p.line = issue.location.line;
            p.column = issue.location.column;
            p.severity = issue.severity == Severity::Error ? ArtifactProblem::Severity::Error
                                                           : ArtifactProblem::Severity::Warning;
            p.message = issue.message;
            p.nodeId = issue.location.nodeId.isEmpty() ? artifact.sourceNodeId
                                                       : issue.location.nodeId;
            problems << p;
        }
    }
    return problems;
}

void GenerationService::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_recorded)
        m_recorded->cancel();
    else if (m_backend)
        m_backend->cancel();
}

void GenerationService::onSucceeded(const GenerationResult &result)
{
    m_result = result;
    if (m_recorded)
        return; // onRecordedFinished follows once the job is stored
    queueUnrecorded(store::JobStatus::Completed, result, QString());
    finishRun();
    Q_EMIT succeeded(0, result, m_graph, m_options, m_backend ? m_backend->id() : QString());
}

void GenerationService::onFailed(const Error &error)
{
    if (m_recorded)
        return;
    queueUnrecorded(m_cancelRequested ? store::JobStatus::Cancelled : store::JobStatus::Failed,
                    GenerationResult(), error.toString());
    finishRun();
    Q_EMIT failed(0, error, m_cancelRequested);
}

void GenerationService::onRecordedFinished(qint64 jobId, store::JobStatus status, const Error &error)
{
    const QString backendId = m_backend ? m_backend->id() : QString();
    finishRun();
    if (status == store::JobStatus::Completed && m_result)
        Q_EMIT succeeded(jobId, *m_result, m_graph, m_options, backendId);
    else
        Q_EMIT failed(jobId, error, status == store::JobStatus::Cancelled);
}

void GenerationService::queueUnrecorded(store::JobStatus status, const GenerationResult &result,
                                        const QString &error)
{
    if (m_pendingPath.isEmpty())
        return; // recording is off
    store::PendingRun run;
    run.backend = m_backend ? m_backend->id() : QString();
    run.graph = m_graph;
    run.options = m_options;
    run.status = status;
    run.error = error;
    run.result = result;
    run.startedAt = m_startedAt;
    if (m_backend && m_backend.data() == m_remote.data() && m_session)
        run.serverOrigin = m_session->origin();
    else
        run.graphFile = m_graphFile; // filed under the file's local project on replay
    const auto file = store::PendingRuns::add(m_pendingPath, run);
    m_queuedFile = file ? *file : QString();
    m_queuedRun = run;
    if (file) {
        Q_EMIT recordingDeferred(
                tr("The job cache cannot record this run now (%1). It was kept "
                   "in %2 and will be recorded the next time the cache is "
                   "opened.")
                        .arg(m_cacheProblem.toString(), QDir::toNativeSeparators(*file)));
    } else {
        Q_EMIT recordingDeferred(tr("The run is not recorded in the job cache: %1 (keeping it for "
                                    "later failed too: %2)")
                                         .arg(m_cacheProblem.toString(), file.error().toString()));
    }
}

void GenerationService::finishRun()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_recorded)
        m_recorded->deleteLater();
    m_recorded = nullptr;
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

} // namespace kg::session
