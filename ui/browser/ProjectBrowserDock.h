#pragma once

#include "store/RemoteProjectSource.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;

namespace kg::store {
class Database;
}
namespace kg::session {
class ServerConnection;
}

namespace kg::ui {

class ProjectBrowserModel;

/// The project & team browser: local projects and, per server, teams → projects → graph and
/// jobs, from the local cache. Create, rename and delete projects (local ones undoably; server
/// deletes only after confirmation), open a project's graph, filter by name, refresh from the
/// servers. Server projects go through a RemoteProjectSource per server; every answer is cached,
/// so an unreachable server stays browsable with an offline badge.
class ProjectBrowserDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Asks the user a yes/no question; true = go ahead.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;
    /// Asks the user for a name; an empty result cancels.
    using NamePrompt = std::function<QString(const QString &title, const QString &initial)>;

    explicit ProjectBrowserDock(std::shared_ptr<store::Database> database,
                                QWidget *parent = nullptr);
    ~ProjectBrowserDock() override;

    /// Adds a server: it is registered in the cache and its projects are fetched on refresh().
    /// The dock does not own @p source.
    void addRemoteSource(store::RemoteProjectSource *source);
    /// Follows @p server: its project source is added when there is one, and the projects are
    /// refreshed when it becomes signed in or offline (offline: the cached ones, badged).
    void followServer(session::ServerConnection *server);

    ProjectBrowserModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /// Undo stack of the browser's local edits; the window adds it to its undo group.
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The action with @p objectName ("actionNewProject", "actionRenameProject",
    /// "actionDeleteProject", "actionOpenGraph", "actionRefreshProjects").
    QAction *action(const QString &objectName) const;

    /// Shows only projects whose name contains @p text (case-insensitive).
    void setFilterText(const QString &text);
    /// Selects the row with model key @p key (see ProjectBrowserModel::KeyRole).
    bool selectKey(const QString &key);

    /// Replaces the dialogs (tests, scripted use).
    void setConfirmation(Confirmation confirm);
    void setNamePrompt(NamePrompt prompt);

    /// Creates a project under the selected location (local workspace or a team) named @p name.
    void createProject(const QString &name);
    /// Renames the selected project.
    void renameProject(const QString &name);
    /// Deletes the selected project (asks first for a server project).
    void deleteProject();

public Q_SLOTS:
    /// Reloads from the cache and asks every server for fresh teams and projects.
    void refresh();
    /// Reloads from the cache only (e.g. after a job was recorded).
    void reloadFromCache();

Q_SIGNALS:
    /// Open a project's graph: from @p filePath when the project has one, else from the cached
    /// graph revision @p revisionId (0 when there is none yet: an empty graph for the project).
    /// For a server project, the graph is fetched from the server first (and cached) when the
    /// server is configured; @p serverVersion is then the project's updatedAt there (invalid
    /// otherwise), which a save to the server checks.
    void openGraphRequested(qint64 projectId, const QString &filePath, qint64 revisionId,
                            const QDateTime &serverVersion);
    /// A job row was activated (show its artifacts).
    void jobActivated(qint64 jobId);
    /// Something failed; the message is also shown in the dock.
    void errorOccurred(const QString &message);

private:
    struct Source
    {
        qint64 serverId = 0;
        QPointer<store::RemoteProjectSource> source;
    };

    QModelIndex currentSourceIndex() const;
    store::RemoteProjectSource *sourceFor(qint64 serverId) const;
    qint64 serverIdOf(const store::RemoteProjectSource *source) const;
    QString teamRemoteId(qint64 teamId) const;
    qint64 teamIdFor(qint64 serverId, const QString &teamRemoteId) const;
    void connectSource(store::RemoteProjectSource *source);
    /// The cache's id of @p source's project @p remoteId, or 0.
    qint64 cachedProjectId(const store::RemoteProjectSource *source, const QString &remoteId) const;
    /// Asks to open the project's file, else its latest cached revision (0 = none yet).
    void openCachedGraph(qint64 projectId, const QDateTime &serverVersion = {});
    void handled(const Status &status);
    void showError(const QString &message);
    void activate(const QModelIndex &proxyIndex);
    void updateActions();
    void retranslate();
    /// Expands the filtered tree down to the projects (each showing its graph and job folder).
    void expandToProjects(const QModelIndex &parent);

    std::shared_ptr<store::Database> m_db;
    ProjectBrowserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_message;
    QUndoStack *m_undoStack;
    QAction *m_newProject;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_openGraph;
    QAction *m_refresh;
    QList<Source> m_sources;
    QTimer m_followTimer;             ///< reloads after writes to the cache
    QPointer<QObject> m_serverSource; ///< the followed server's project source, once added
    int m_serverState = -1;           ///< the followed server's state at the last look

    Confirmation m_confirm;
    NamePrompt m_prompt;
};

} // namespace kg::ui
