#include "remote/ServerProjectSource.h"

#include "io/ServerGraphFormat.h"
#include "remote/ServerEndpoints.h"

#include <QJsonDocument>

namespace kg::remote {

namespace {

store::RemoteProject toRemoteProject(const Project &p)
{
    const QJsonObject meta = QJsonDocument::fromJson(p.graphMeta.toUtf8()).object();
    return {p.id, p.name, meta.value(QStringLiteral("description")).toString()};
}

} // namespace

ServerProjectSource::ServerProjectSource(ApiClient *client, const QString &name, QObject *parent)
    : store::RemoteProjectSource(parent)
    , m_client(client)
    , m_url(client->origin().toString())
    , m_name(name.isEmpty() ? client->origin().host() : name)
{}

ServerProjectSource::~ServerProjectSource() = default;

QString ServerProjectSource::serverUrl() const
{
    return m_url;
}

bool ServerProjectSource::isOffline(const RemoteError &error)
{
    return error.kind == RemoteError::Kind::Network || error.kind == RemoteError::Kind::Timeout;
}

void ServerProjectSource::fail(Operation operation, const QString &remoteId,
                               const RemoteError &error)
{
    Q_EMIT requestFailed(operation, remoteId, error.toError(), isOffline(error));
}

bool ServerProjectSource::connected(Operation operation, const QString &remoteId)
{
    if (m_client)
        return true;
    RemoteError e;
    e.kind = RemoteError::Kind::Other;
    e.message = tr("The connection to the server was closed.");
    fail(operation, remoteId, e);
    return false;
}

void ServerProjectSource::withTeam(Operation operation, const QString &remoteId,
                                   std::function<void(const QString &teamId)> then)
{
    if (!connected(operation, remoteId))
        return;
    if (!m_client->teamId().isEmpty()) {
        then(m_client->teamId());
        return;
    }
    fetchIdentity(*m_client, this,
                  [this, operation, remoteId, then](const ApiResult<Identity> &identity) {
                      if (!identity)
                          fail(operation, remoteId, identity.error());
                      else
                          then(identity.value().teamId);
                  });
}

void ServerProjectSource::listTeams()
{
    withTeam(Operation::ListTeams, {}, [this](const QString &teamId) {
        if (teamId.isEmpty()) {
            // A user without a team sees no projects (§9).
            Q_EMIT teamsListed({});
            return;
        }
        remote::listTeams(*m_client, teamId, this,
                          [this, teamId](const ApiResult<QList<Team>> &teams) {
                              if (!teams) {
                                  fail(Operation::ListTeams, {}, teams.error());
                                  return;
                              }
                              QList<store::RemoteTeam> listed;
                              for (const Team &t : teams.value())
                                  listed.append({t.id, t.name.isEmpty() ? t.id : t.name});
                              // The team exists even when /teams does not list it.
                              if (listed.isEmpty())
                                  listed.append({teamId, teamId});
                              Q_EMIT teamsListed(listed);
                          });
    });
}

void ServerProjectSource::listProjects(const QString &teamRemoteId)
{
    if (!connected(Operation::ListProjects, teamRemoteId))
        return;
    remote::listProjects(*m_client, teamRemoteId, this,
                         [this, teamRemoteId](const ApiResult<QList<Project>> &projects) {
                             if (!projects) {
                                 fail(Operation::ListProjects, teamRemoteId, projects.error());
                                 return;
                             }
                             QList<store::RemoteProject> listed;
                             for (const Project &p : projects.value())
                                 listed.append(toRemoteProject(p));
                             Q_EMIT projectsListed(teamRemoteId, listed);
                         });
}

void ServerProjectSource::createProject(const QString &teamRemoteId, const QString &name)
{
    if (!connected(Operation::Create, teamRemoteId))
        return;
    remote::createProject(*m_client, name, teamRemoteId, QJsonObject(), this,
                          [this, teamRemoteId](const ApiResult<Project> &project) {
                              if (!project)
                                  fail(Operation::Create, teamRemoteId, project.error());
                              else
                                  Q_EMIT projectCreated(teamRemoteId,
                                                        toRemoteProject(project.value()));
                          });
}

void ServerProjectSource::renameProject(const QString &projectRemoteId, const QString &name)
{
    if (!connected(Operation::Rename, projectRemoteId))
        return;
    remote::renameProject(*m_client, projectRemoteId, name, this,
                          [this, projectRemoteId](const ApiResult<Project> &project) {
                              if (!project)
                                  fail(Operation::Rename, projectRemoteId, project.error());
                              else
                                  Q_EMIT projectRenamed(toRemoteProject(project.value()));
                          });
}

void ServerProjectSource::removeProject(const QString &projectRemoteId)
{
    if (!connected(Operation::Remove, projectRemoteId))
        return;
    remote::deleteProject(*m_client, projectRemoteId, this,
                          [this, projectRemoteId](const RemoteError &error) {
                              if (error.kind != RemoteError::Kind::None)
                                  fail(Operation::Remove, projectRemoteId, error);
                              else
                                  Q_EMIT projectRemoved(projectRemoteId);
                          });
}

void ServerProjectSource::loadGraph(const QString &projectRemoteId)
{
    if (!connected(Operation::LoadGraph, projectRemoteId))
        return;
    loadProjectGraph(*m_client, projectRemoteId, this,
                     [this, projectRemoteId](const ApiResult<ProjectGraph> &loaded) {
                         if (!loaded) {
                             fail(Operation::LoadGraph, projectRemoteId, loaded.error());
                             return;
                         }
                         const ProjectGraph &project = loaded.value();
                         if (project.graphData.isEmpty()) {
                             Q_EMIT graphLoaded(projectRemoteId, GraphData(), project.updatedAt);
                             return;
                         }
                         const auto data = io::ServerGraphFormat::fromJson(project.graphData);
                         if (!data) {
                             Q_EMIT requestFailed(Operation::LoadGraph, projectRemoteId,
                                                  data.error(), false);
                             return;
                         }
                         Q_EMIT graphLoaded(projectRemoteId, data.value(), project.updatedAt);
                     });
}

} // namespace kg::remote
