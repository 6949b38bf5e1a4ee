#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace kg::store {

/// A team as a server lists it.
struct RemoteTeam
{
    QString remoteId;
    QString name;
};

/// A project as a server lists it.
struct RemoteProject
{
    QString remoteId;
    QString name;
    QString description;
};

/// The project operations of one Kubegram server, asynchronous: every call returns at once and
/// answers with exactly one signal (the matching "…Done" signal, or requestFailed). The server
/// client implements it; the project browser uses it and caches every answer in the store, so
/// that it stays browsable when the server is unreachable.
class RemoteProjectSource : public QObject
{
    Q_OBJECT

public:
    /// Which call a requestFailed() answers.
    enum class Operation { ListTeams, ListProjects, Create, Rename, Remove, LoadGraph };
    Q_ENUM(Operation)

    using QObject::QObject;
    ~RemoteProjectSource() override = default;

    /// The server's base URL: the key of its row in the store.
    virtual QString serverUrl() const = 0;
    /// A name to show for the server.
    virtual QString serverName() const = 0;

    /// Lists the user's teams → teamsListed().
    virtual void listTeams() = 0;
    /// Lists a team's projects → projectsListed().
    virtual void listProjects(const QString &teamRemoteId) = 0;
    /// Creates a project in a team → projectCreated().
    virtual void createProject(const QString &teamRemoteId, const QString &name) = 0;
    /// Renames a project → projectRenamed().
    virtual void renameProject(const QString &projectRemoteId, const QString &name) = 0;
    /// Deletes a project on the server (cannot be undone there) → projectRemoved().
    virtual void removeProject(const QString &projectRemoteId) = 0;
    /// Fetches the graph a project keeps on the server → graphLoaded() (an empty graph when the
    /// project has none yet).
    virtual void loadGraph(const QString &projectRemoteId) = 0;

Q_SIGNALS:
    void teamsListed(const QList<kg::store::RemoteTeam> &teams);
    void projectsListed(const QString &teamRemoteId,
                        const QList<kg::store::RemoteProject> &projects);
    void projectCreated(const QString &teamRemoteId, const kg::store::RemoteProject &project);
    void projectRenamed(const kg::store::RemoteProject &project);
    void projectRemoved(const QString &projectRemoteId);
    /// @p serverVersion is the project's updatedAt on the server: a later save checks it.
    void graphLoaded(const QString &projectRemoteId, const kg::GraphData &graph,
                     const QDateTime &serverVersion);
    /// A call failed. @p offline is true when the server could not be reached at all (as
    /// opposed to an answer refusing the request): the browser then shows the offline badge.
    void requestFailed(kg::store::RemoteProjectSource::Operation operation, const QString &remoteId,
                       const kg::Error &error, bool offline);
};

} // namespace kg::store

Q_DECLARE_METATYPE(kg::store::RemoteTeam)
Q_DECLARE_METATYPE(kg::store::RemoteProject)
