#include "GenerationController.h"

#include "ServerSession.h"
#include "codegen/LocalEngine.h"
#include "codegen/RemoteBackend.h"
#include "io/ServerGraphFormat.h"
#include "settings/AppSettings.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"
#include "store/ServerRepository.h"
#include "validate/GraphValidator.h"
#include "validate/ManifestValidator.h"

namespace kg::ui {

GenerationController::GenerationController(AppSettings &settings,
                                           std::shared_ptr<store::Database> database,
                                           ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_db(std::move(database))
    , m_session(session)
    , m_local(new LocalEngine(this))
{
    qRegisterMetaType<kg::GenerationResult>();
    qRegisterMetaType<kg::Error>();
}

GenerationController::~GenerationController()
{
    // A server job keeps running on the server; stop following it without recording more.
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    if (m_recorded)
        m_recorded->disconnect(this);
}

bool GenerationController::remoteAvailable() const
{
    return m_session && m_session->canGenerate();
}

void GenerationController::setWatcherSetup(std::function<void(remote::JobWatcher *)> setup)
{
    m_watcherSetup = std::move(setup);
    if (m_remote)
        m_remote->setWatcherSetup(m_watcherSetup);
}

GenerationOptions GenerationController::optionsFor(const QString &layout) const
{
    GenerationOptions options;
    options.layout = layout.isEmpty() ? m_settings.outputLayout.get() : layout;
    options.networkPolicies = m_settings.networkPolicies.get();
    options.llmProvider = m_settings.llmProvider.get();
    options.llmModel = m_settings.llmModel.get();
    return options;
}

GenerationBackend *GenerationController::backendFor(Backend backend, QString *why)
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
        auto mapper = [](const GraphData &graph) {
            return io::ServerGraphFormat::toGraph(graph);
        };
        m_remote = new RemoteBackend(client, mapper, this);
        m_remoteClient = client;
        if (m_watcherSetup)
            m_remote->setWatcherSetup(m_watcherSetup);
    }
    m_remote->setIdentity(m_session->identity());
    return m_remote;
}

GenerationController::StartOutcome GenerationController::start(const GraphData &graph,
                                                               Backend backend,
                                                               const GenerationOptions &options)
{
    return startRun(graph, backend, options, 0, m_projectId);
}

void GenerationController::setProject(qint64 projectId)
{
    m_projectId = projectId;
}

GenerationController::StartOutcome GenerationController::rerun(qint64 jobId)
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
    return startRun(request->graph, backend, request->options, request->revisionId,
                    request->projectId);
}

GenerationController::StartOutcome GenerationController::startRun(const GraphData &graph,
                                                                  Backend kind,
                                                                  const GenerationOptions &options,
                                                                  qint64 revisionId,
                                                                  qint64 projectId)
{
    StartOutcome outcome;
    if (m_running) {
        outcome.error = tr("A generation is already running.");
        return outcome;
    }
    outcome.issues = GraphValidator::validate(graph);
    if (hasErrors(outcome.issues))
        return outcome;
    GenerationBackend *backend = backendFor(kind, &outcome.error);
    if (!backend)
        return outcome;
    // A server run goes to the server project the graph belongs to; without one, to the
    // project the server made on an earlier run of this window (or a new one). The graph's name
    // only names a new project: RemoteBackend sends an existing one's own name (§10).
    const QString serverProject = kind == Backend::Remote ? serverProjectId(projectId) : QString();
    if (kind == Backend::Remote) {
        m_remote->setProject(
                {!serverProject.isEmpty() ? serverProject : m_remote->project().id, graph.name});
    }

    m_graph = graph;
    m_options = options;
    m_result.reset();
    m_cancelRequested = false;
    m_backend = backend;
    m_connections << connect(backend, &GenerationBackend::progress, this,
                             &GenerationController::progress);
    m_connections << connect(backend, &GenerationBackend::succeeded, this,
                             &GenerationController::onSucceeded);
    m_connections << connect(backend, &GenerationBackend::failed, this,
                             &GenerationController::onFailed);

    if (m_db) {
        store::JobStart start;
        start.graph = graph;
        start.revisionId = revisionId;
        start.options = options;
        // A local run files the job under the graph's project; a server run under the server
        // project, which may only be known once the server answers.
        start.projectId = kind == Backend::Local || !serverProject.isEmpty() ? projectId : 0;
        if (kind == Backend::Remote) {
            const QUrl origin = m_session->origin();
            const auto serverId = store::ServerRepository(*m_db).upsertServer(origin.toString(),
                                                                              origin.host());
            if (serverId)
                start.serverId = *serverId;
            m_connections << connect(m_remote, &RemoteBackend::jobSubmitted, this,
                                     [this](const QString &remoteJobId,
                                            const QString &projectRemoteId) {
                                         if (!m_recorded || !m_jobId)
                                             return;
                                         m_recorded->recorder().attachRemoteJob(m_jobId,
                                                                                remoteJobId);
                                         fileUnderServerProject(m_jobId, projectRemoteId);
                                     });
        }
        delete m_recorded.data();
        m_recorded = new store::RecordedGeneration(m_db, backend, this);
        connect(m_recorded, &store::RecordedGeneration::finished, this,
                &GenerationController::onRecordedFinished);
        connect(m_recorded, &store::RecordedGeneration::recordingDeferred, this,
                &GenerationController::recordingDeferred);
        // Running before start(): a backend failing at once ends the run from inside it.
        m_running = true;
        m_jobId = 0;
        Q_EMIT runningChanged(true);
        const auto jobId = m_recorded->start(start);
        if (!jobId) {
            finishRun();
            outcome.error = jobId.error().toString();
            return outcome;
        }
        m_jobId = *jobId;
    } else {
        m_jobId = 0;
        m_running = true;
        Q_EMIT runningChanged(true);
        backend->start(graph, options);
    }
    outcome.jobId = m_jobId;
    outcome.started = true;
    return outcome;
}

QString GenerationController::serverProjectId(qint64 projectId) const
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

void GenerationController::fileUnderServerProject(qint64 jobId, const QString &projectRemoteId)
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

ArtifactProblemList GenerationController::manifestProblems(const ArtifactList &artifacts)
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

void GenerationController::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_recorded)
        m_recorded->cancel();
    else if (m_backend)
        m_backend->cancel();
}

void GenerationController::onSucceeded(const GenerationResult &result)
{
    m_result = result;
    if (m_recorded)
        return; // onRecordedFinished follows once the job is stored
    finishRun();
    Q_EMIT succeeded(0, result, m_graph, m_options, m_backend ? m_backend->id() : QString());
}

void GenerationController::onFailed(const Error &error)
{
    if (m_recorded)
        return;
    finishRun();
    Q_EMIT failed(0, error, m_cancelRequested);
}

void GenerationController::onRecordedFinished(qint64 jobId, store::JobStatus status,
                                              const Error &error)
{
    const QString backendId = m_backend ? m_backend->id() : QString();
    finishRun();
    if (status == store::JobStatus::Completed && m_result)
        Q_EMIT succeeded(jobId, *m_result, m_graph, m_options, backendId);
    else
        Q_EMIT failed(jobId, error, status == store::JobStatus::Cancelled);
}

void GenerationController::finishRun()
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

} // namespace kg::ui
