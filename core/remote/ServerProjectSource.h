#pragma once

#include "store/RemoteProjectSource.h"

#include <QPointer>

namespace kg::remote {

class ApiClient;
struct RemoteError;

/// The project operations of a Kubegram server (kubegram-api.md §4.1, §4.2) for the project
/// browser, over an ApiClient. Teams are the signed-in user's team (a user has at most one);
/// when the client does not know it yet, the identity chain is asked first. Every call answers
/// with exactly one signal; a network failure or timeout is reported as offline.
class ServerProjectSource : public store::RemoteProjectSource
{
    Q_OBJECT

public:
    /// @p client is not owned; the source goes quiet when it is destroyed.
    ServerProjectSource(ApiClient *client, const QString &name, QObject *parent = nullptr);
    ~ServerProjectSource() override;

    QString serverUrl() const override;
    QString serverName() const override { return m_name; }

    void listTeams() override;
    void listProjects(const QString &teamRemoteId) override;
    void createProject(const QString &teamRemoteId, const QString &name) override;
    void renameProject(const QString &projectRemoteId, const QString &name) override;
    void removeProject(const QString &projectRemoteId) override;
    void loadGraph(const QString &projectRemoteId) override;

    /// True for errors that mean the server could not be reached at all.
    static bool isOffline(const RemoteError &error);

private:
    /// False (and requestFailed) when the client is gone.
    bool connected(Operation operation, const QString &remoteId);
    void fail(Operation operation, const QString &remoteId, const RemoteError &error);
    /// Runs @p then once the client knows its team (asking the identity chain if needed).
    void withTeam(Operation operation, const QString &remoteId,
                  std::function<void(const QString &teamId)> then);

    QPointer<ApiClient> m_client;
    QString m_url;
    QString m_name;
};

} // namespace kg::remote
