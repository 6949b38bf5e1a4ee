#include "session/DocumentSession.h"

#include "commands/AddRemoveElements.h"
#include "io/GraphFileReader.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ServerGraphFormat.h"
#include "model/DocumentSelection.h"
#include "model/GraphDocument.h"
#include "remote/ServerEndpoints.h"
#include "session/GenerationService.h"
#include "session/RecoveryStore.h"
#include "session/ServerConnection.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace kg::session {

DocumentSession::DocumentSession(std::shared_ptr<store::Database> database,
                                 ServerConnection *server, QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_server(server)
    , m_document(new GraphDocument(this))
    , m_selection(new DocumentSelection(m_document, this))
    , m_generation(new GenerationService(m_db, server, this))
    , m_recovery(std::make_unique<RecoveryStore>())
    , m_recoveryId(RecoveryStore::newId())
    , m_autosaveTimer(new QTimer(this))
{
    // Autosave: a recovery copy of a modified document, removed once it is saved again (or
    // undone back to its saved state) and on a clean close.
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentSession::autosaveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_autosaveDirty = true; });
    connect(m_document, &GraphDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery->remove(m_recoveryId);
    });
    if (server)
        connect(server, &ServerConnection::changed, this, &DocumentSession::serverSaveStateChanged);
    // A server run into this document's project writes the project itself (the server stores
    // the graph and touches updatedAt). That is not someone else's change: adopt the version it
    // made, so Save to Server right after Generate does not ask about a conflict.
    connect(m_generation, &GenerationService::jobSubmitted, this,
            [this](const QString &, const QString &projectRemoteId) {
                if (!m_serverVersion.isValid() || projectRemoteId.isEmpty() || !m_server
                    || !m_server->client() || projectRemoteId != serverProjectId())
                    return;
                remote::getProject(*m_server->client(), projectRemoteId,
                                   m_server->identity().teamId, this,
                                   [this](const remote::ApiResult<remote::Project> &project) {
                                       if (project && project->updatedAt > m_serverVersion)
                                           m_serverVersion = project->updatedAt;
                                   });
            });
    setAutosaveInterval(30000);
}

DocumentSession::~DocumentSession() = default;

bool DocumentSession::isPristine() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified()
           && m_document->nodeCount() == 0;
}

Result<DocumentSession::Loaded> DocumentSession::readFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto graph = io::readGraphFile(absolute);
    if (!graph)
        return graph.error();
    Loaded loaded;
    loaded.graph = std::move(*graph);
    loaded.foreignFormat = QFileInfo(absolute).suffix().compare(QLatin1String("kgraph"),
                                                                Qt::CaseInsensitive)
                           != 0;
    if (!loaded.foreignFormat)
        loaded.filePath = absolute;
    return loaded;
}

Result<DocumentSession::Loaded> DocumentSession::readProject(store::Database &database,
                                                             qint64 projectId, qint64 revisionId,
                                                             const QDateTime &serverVersion)
{
    Loaded loaded;
    if (revisionId != 0) {
        auto saved = store::RevisionRepository(database).graph(revisionId);
        if (!saved)
            return saved.error();
        loaded.graph = std::move(*saved);
    }
    const auto project = store::ProjectRepository(database).project(projectId);
    if (loaded.graph.name.isEmpty() && project)
        loaded.graph.name = project->name;
    loaded.projectId = projectId;
    loaded.serverVersion = serverVersion;
    return loaded;
}

void DocumentSession::load(const Loaded &loaded)
{
    m_document->reset(loaded.graph);
    m_document->setFilePath(loaded.filePath);
    m_generation->setProject(loaded.projectId);
    m_serverVersion = loaded.serverVersion;
    Q_EMIT serverSaveStateChanged();
}

Status DocumentSession::loadRecovered(const RecoveryEntry &entry, const RecoveryStore &store)
{
    auto graph = store.load(entry);
    if (!graph)
        return graph.error();
    Loaded loaded;
    loaded.graph = std::move(*graph);
    loaded.filePath = entry.originalPath;
    load(loaded);
    // Recovered work is unsaved work: modified until it is saved.
    m_document->undoStack()->resetClean();
    // The recovery copy stays where it is until this document is saved or closed.
    m_recovery->remove(m_recoveryId);
    m_recoveryId = entry.id;
    m_autosaveDirty = true;
    return {};
}

Status DocumentSession::saveAs(const QString &path)
{
    const Status written = io::KGraphFormat::writeFile(m_document->snapshot(), path);
    if (!written)
        return written;
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->setClean();
    return {};
}

QString DocumentSession::serverProjectId() const
{
    return m_generation->serverProjectId(m_generation->project());
}

bool DocumentSession::canSaveToServer() const
{
    return m_server && m_server->client() && m_server->state() == ServerConnection::State::SignedIn
           && !m_savingToServer && !serverProjectId().isEmpty();
}

bool DocumentSession::saveToServer(bool overwrite, ServerSaved done)
{
    if (!canSaveToServer())
        return false;
    const QString remoteId = serverProjectId();
    const GraphData graph = m_document->snapshot();
    const remote::Identity &identity = m_server->identity();
    const QJsonObject json = io::ServerGraphFormat::toGraph(graph,
                                                            {identity.companyId, identity.userId});
    const QJsonObject desktop{{QStringLiteral("schemaVersion"), 1}};
    const int undoIndex = m_document->undoStack()->index();
    const qint64 projectId = m_generation->project();
    m_savingToServer = true;
    Q_EMIT serverSaveStateChanged();
    remote::saveProjectGraph(*m_server->client(), remoteId, json, desktop,
                             overwrite ? QDateTime() : m_serverVersion, this,
                             [this, graph, undoIndex, projectId, done = std::move(done)](
                                     const remote::ApiResult<remote::Project> &result) {
                                 m_savingToServer = false;
                                 if (result) {
                                     m_serverVersion = result.value().updatedAt;
                                     if (m_db) {
                                         const auto revision = store::RevisionRepository(*m_db)
                                                                       .add(projectId, graph);
                                         if (!revision)
                                             qWarning("%s", qPrintable(revision.error().toString()));
                                     }
                                     // Edits made while the answer was on its way stay unsaved.
                                     if (m_document->undoStack()->index() == undoIndex)
                                         m_document->undoStack()->setClean();
                                 }
                                 Q_EMIT serverSaveStateChanged();
                                 if (done)
                                     done(result);
                             });
    return true;
}

void DocumentSession::setRecoveryFolder(const QString &folder)
{
    m_recovery->remove(m_recoveryId);
    m_recovery = std::make_unique<RecoveryStore>(folder);
    m_autosaveDirty = true;
}

void DocumentSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->stop();
    if (milliseconds > 0)
        m_autosaveTimer->start(milliseconds);
}

bool DocumentSession::autosaveNow()
{
    if (!m_document->isModified() || !m_autosaveDirty)
        return false;
    const Status status = m_recovery->save(m_recoveryId, m_document->snapshot(),
                                           m_document->filePath(), m_document->displayName());
    if (!status) {
        Q_EMIT autosaveFailed(status.error().toString());
        return false;
    }
    m_autosaveDirty = false;
    return true;
}

void DocumentSession::close()
{
    m_recovery->remove(m_recoveryId);
    m_autosaveTimer->stop();
}

void DocumentSession::addImported(const io::ImportResult &result, const QString &undoText)
{
    GraphFragment fragment{result.graph.nodes, result.graph.edges};
    fragment = m_document->withFreshIds(fragment);
    qreal right = 0;
    const GraphData current = m_document->snapshot();
    for (const Node &n : current.nodes)
        right = std::max(right, n.pos.x() + (n.size.isEmpty() ? 200.0 : n.size.width()));
    qreal left = std::numeric_limits<qreal>::max();
    for (const Node &n : std::as_const(fragment.nodes))
        left = std::min(left, n.pos.x());
    const qreal shift = right + 120 - (fragment.nodes.isEmpty() ? 0 : left);
    for (Node &n : fragment.nodes)
        n.pos.rx() += shift;
    m_document->undoStack()->push(new AddElementsCommand(m_document, fragment, undoText));
}

} // namespace kg::session
