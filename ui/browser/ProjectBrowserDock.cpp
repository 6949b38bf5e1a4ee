#include "browser/ProjectBrowserDock.h"

#include "browser/ProjectBrowserModel.h"
#include "session/ProjectCommands.h"
#include "session/ServerConnection.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kg::ui {

using Kind = ProjectBrowserModel::Kind;
using namespace kg::store;

namespace {

bool isContainer(Kind kind)
{
    return kind == Kind::LocalWorkspace || kind == Kind::Server || kind == Kind::Team;
}

/// Filters by project name: keeps the projects whose name matches, with their parents, and
/// everything under a match (a matching team or server keeps all its projects). Graphs and
/// jobs are never matched on their own, only shown with their project, so filtering never
/// reads the jobs of every project.
class ProjectFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        for (QModelIndex above = parent; above.isValid(); above = above.parent()) {
            if (matches(above))
                return true;
        }
        return ProjectBrowserModel::kind(index) != Kind::Graph
               && ProjectBrowserModel::kind(index) != Kind::JobFolder
               && ProjectBrowserModel::kind(index) != Kind::Job && matchesOrHoldsMatch(index);
    }

private:
    bool matches(const QModelIndex &index) const
    {
        const Kind kind = ProjectBrowserModel::kind(index);
        return (isContainer(kind) || kind == Kind::Project)
               && QSortFilterProxyModel::filterAcceptsRow(index.row(), index.parent());
    }
    /// Whether @p index or a project or container below it matches (never looks into projects).
    bool matchesOrHoldsMatch(const QModelIndex &index) const
    {
        if (matches(index))
            return true;
        if (!isContainer(ProjectBrowserModel::kind(index)))
            return false;
        const QAbstractItemModel *model = sourceModel();
        for (int r = 0; r < model->rowCount(index); ++r) {
            if (matchesOrHoldsMatch(model->index(r, 0, index)))
                return true;
        }
        return false;
    }
};

} // namespace

ProjectBrowserDock::ProjectBrowserDock(std::shared_ptr<Database> database, QWidget *parent)
    : QDockWidget(parent)
    , m_db(std::move(database))
    , m_model(new ProjectBrowserModel(m_db, this))
    , m_proxy(new ProjectFilterProxy(this))
    , m_view(new QTreeView)
    , m_filter(new QLineEdit)
    , m_message(new QLabel)
    , m_undoStack(new QUndoStack(this))
    , m_newProject(new QAction(this))
    , m_rename(new QAction(this))
    , m_delete(new QAction(this))
    , m_openGraph(new QAction(this))
    , m_refresh(new QAction(this))
{
    setObjectName(QStringLiteral("projectBrowserDock"));
    m_newProject->setObjectName(QStringLiteral("actionNewProject"));
    m_rename->setObjectName(QStringLiteral("actionRenameProject"));
    m_delete->setObjectName(QStringLiteral("actionDeleteProject"));
    m_openGraph->setObjectName(QStringLiteral("actionOpenGraph"));
    m_refresh->setObjectName(QStringLiteral("actionRefreshProjects"));
    m_newProject->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_openGraph->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_prompt = [this](const QString &title, const QString &initial) {
        return QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, initial);
    };

    // Filter on the bare name, keep the parents of matches, and show a matching project whole.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProjectBrowserModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->expandToDepth(1);

    m_filter->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *toolBar = new QToolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_newProject);
    toolBar->addAction(m_openGraph);
    toolBar->addAction(m_delete);
    toolBar->addAction(m_refresh);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectBrowserDock::setFilterText);
    connect(m_model, &ProjectBrowserModel::errorOccurred, this, &ProjectBrowserDock::showError);
    connect(m_view, &QAbstractItemView::activated, this, &ProjectBrowserDock::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectBrowserDock::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_openGraph);
        menu.addSeparator();
        menu.addAction(m_newProject);
        menu.addAction(m_rename);
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_newProject, &QAction::triggered, this, [this] {
        const QString name = m_prompt(tr("New Project"), QString()).trimmed();
        if (!name.isEmpty())
            createProject(name);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (ProjectBrowserModel::kind(index) != Kind::Project)
            return;
        const QString old = index.data(ProjectBrowserModel::NameRole).toString();
        const QString name = m_prompt(tr("Rename Project"), old).trimmed();
        if (!name.isEmpty() && name != old)
            renameProject(name);
    });
    connect(m_delete, &QAction::triggered, this, &ProjectBrowserDock::deleteProject);
    connect(m_openGraph, &QAction::triggered, this,
            [this] { activate(m_view->selectionModel()->currentIndex()); });
    connect(m_refresh, &QAction::triggered, this, &ProjectBrowserDock::refresh);

    // Jobs and projects written anywhere in the process (a generation, the resumer, another
    // window) show up here; writes come in bursts, so reload at most once a second.
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(1000);
    connect(&m_followTimer, &QTimer::timeout, this, &ProjectBrowserDock::reloadFromCache);
    const auto follow = [this] {
        if (!m_followTimer.isActive())
            m_followTimer.start();
    };
    connect(m_db.get(), &Database::jobsChanged, this, follow, Qt::QueuedConnection);
    connect(m_db.get(), &Database::projectsChanged, this, follow, Qt::QueuedConnection);

    retranslate();
    updateActions();
}

ProjectBrowserDock::~ProjectBrowserDock() = default;

void ProjectBrowserDock::retranslate()
{
    setWindowTitle(tr("Projects"));
    m_filter->setPlaceholderText(tr("Filter projects by name"));
    m_newProject->setText(tr("New Project…"));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete"));
    m_openGraph->setText(tr("Open Graph"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch teams and projects from the servers again"));
}

QAction *ProjectBrowserDock::action(const QString &objectName) const
{
    for (QAction *a : {m_newProject, m_rename, m_delete, m_openGraph, m_refresh}) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void ProjectBrowserDock::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void ProjectBrowserDock::setNamePrompt(NamePrompt prompt)
{
    m_prompt = std::move(prompt);
}

void ProjectBrowserDock::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        expandToProjects({});
}

void ProjectBrowserDock::expandToProjects(const QModelIndex &parent)
{
    // Job folders stay closed: they are read when opened.
    for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
        const QModelIndex i = m_proxy->index(r, 0, parent);
        const Kind kind = ProjectBrowserModel::kind(i);
        if (isContainer(kind) || kind == Kind::Project)
            m_view->expand(i);
        if (isContainer(kind))
            expandToProjects(i);
    }
}

bool ProjectBrowserDock::selectKey(const QString &key)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKey(key));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

QModelIndex ProjectBrowserDock::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->selectionModel()->currentIndex());
}

void ProjectBrowserDock::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT errorOccurred(message);
}

void ProjectBrowserDock::handled(const Status &status)
{
    if (!status)
        showError(status.error().toString());
    reloadFromCache();
}

void ProjectBrowserDock::reloadFromCache()
{
    // A reload is a model reset: keep what was expanded and selected.
    QSet<QString> expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (m_view->isExpanded(i)) {
                expanded.insert(i.data(ProjectBrowserModel::KeyRole).toString());
                collect(i);
            }
        }
    };
    collect({});
    const QString current = m_view->selectionModel()
                                    ->currentIndex()
                                    .data(ProjectBrowserModel::KeyRole)
                                    .toString();
    const bool first = expanded.isEmpty();
    const int scrolled = m_view->verticalScrollBar()->value();

    const Status status = m_model->reload();
    if (!status)
        showError(status.error().toString());

    if (first) {
        m_view->expandToDepth(1);
    } else {
        for (const QString &key : std::as_const(expanded)) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->indexForKey(key));
            if (i.isValid())
                m_view->expand(i);
        }
    }
    if (!current.isEmpty())
        selectKey(current);
    m_view->verticalScrollBar()->setValue(scrolled);
    updateActions();
}

void ProjectBrowserDock::refresh()
{
    m_message->hide();
    reloadFromCache();
    for (const Source &s : std::as_const(m_sources)) {
        if (s.source)
            s.source->listTeams();
    }
}

void ProjectBrowserDock::followServer(session::ServerConnection *server)
{
    auto follow = [this, server] {
        store::RemoteProjectSource *source = server->projectSource();
        if (source && source != m_serverSource) {
            m_serverSource = source;
            addRemoteSource(source);
        }
        const auto state = server->state();
        if (source && int(state) != m_serverState
            && (state == session::ServerConnection::State::SignedIn
                || state == session::ServerConnection::State::Offline))
            refresh();
        m_serverState = int(state);
    };
    connect(server, &session::ServerConnection::changed, this, follow);
    follow();
}

void ProjectBrowserDock::addRemoteSource(RemoteProjectSource *source)
{
    const auto id = ServerRepository(*m_db).upsertServer(source->serverUrl(), source->serverName());
    if (!id) {
        showError(id.error().toString());
        return;
    }
    // One source per server: a reconnected session replaces its predecessor.
    m_sources.removeIf([&](const Source &s) { return !s.source || s.serverId == *id; });
    m_sources.append({*id, source});
    connectSource(source);
    reloadFromCache();
}

RemoteProjectSource *ProjectBrowserDock::sourceFor(qint64 serverId) const
{
    for (const Source &s : m_sources) {
        if (s.serverId == serverId)
            return s.source;
    }
    return nullptr;
}

qint64 ProjectBrowserDock::serverIdOf(const RemoteProjectSource *source) const
{
    for (const Source &s : m_sources) {
        if (s.source == source)
            return s.serverId;
    }
    return 0;
}

QString ProjectBrowserDock::teamRemoteId(qint64 teamId) const
{
    const auto team = ServerRepository(*m_db).team(teamId);
    return team ? team->remoteId : QString();
}

qint64 ProjectBrowserDock::teamIdFor(qint64 serverId, const QString &teamRemoteId) const
{
    const auto id = ServerRepository(*m_db).findTeam(serverId, teamRemoteId);
    return id ? *id : 0;
}

void ProjectBrowserDock::connectSource(RemoteProjectSource *source)
{
    // Every answer is written to the cache first; the tree is always drawn from the cache.
    connect(source, &RemoteProjectSource::teamsListed, this,
            [this, source](const QList<RemoteTeam> &teams) {
                const qint64 serverId = serverIdOf(source);
                ServerRepository servers(*m_db);
                QList<TeamRecord> records;
                for (const RemoteTeam &t : teams)
                    records.append({0, serverId, t.remoteId, t.name});
                Status s = servers.syncTeams(serverId, records);
                if (s)
                    s = servers.setReachable(serverId, true);
                handled(s);
                for (const RemoteTeam &t : teams)
                    source->listProjects(t.remoteId);
            });
    connect(source, &RemoteProjectSource::projectsListed, this,
            [this, source](const QString &teamRemoteId, const QList<RemoteProject> &projects) {
                const qint64 teamId = teamIdFor(serverIdOf(source), teamRemoteId);
                if (teamId == 0)
                    return;
                QList<ProjectRecord> records;
                for (const RemoteProject &p : projects) {
                    ProjectRecord r;
                    r.remoteId = p.remoteId;
                    r.name = p.name;
                    r.description = p.description;
                    records << r;
                }
                handled(ProjectRepository(*m_db).syncTeamProjects(teamId, records));
            });
    connect(source, &RemoteProjectSource::projectCreated, this,
            [this, source](const QString &teamRemoteId, const RemoteProject &p) {
                const qint64 teamId = teamIdFor(serverIdOf(source), teamRemoteId);
                const auto id = ProjectRepository(*m_db).upsertRemote(teamId, p.remoteId, p.name,
                                                                      p.description);
                handled(id ? Status() : Status(id.error()));
                if (id)
                    selectKey(QStringLiteral("project:%1:%1").arg(*id));
            });
    connect(source, &RemoteProjectSource::projectRenamed, this,
            [this, source](const RemoteProject &p) {
                if (const qint64 id = cachedProjectId(source, p.remoteId))
                    handled(ProjectRepository(*m_db).rename(id, p.name));
            });
    connect(source, &RemoteProjectSource::projectRemoved, this,
            [this, source](const QString &projectRemoteId) {
                if (const qint64 id = cachedProjectId(source, projectRemoteId))
                    handled(ProjectRepository(*m_db).setDeleted(id, true));
            });
    connect(source, &RemoteProjectSource::graphLoaded, this,
            [this, source](const QString &projectRemoteId, const GraphData &graph,
                           const QDateTime &serverVersion) {
                const qint64 projectId = cachedProjectId(source, projectRemoteId);
                if (projectId == 0)
                    return;
                if (graph.nodes.isEmpty() && graph.edges.isEmpty()) {
                    // Nothing on the server yet: the cached copy, or an empty canvas.
                    openCachedGraph(projectId, serverVersion);
                    return;
                }
                const auto revision = RevisionRepository(*m_db).add(projectId, graph);
                if (!revision) {
                    showError(revision.error().toString());
                    return;
                }
                reloadFromCache();
                Q_EMIT openGraphRequested(projectId, QString(), *revision, serverVersion);
            });
    connect(source, &RemoteProjectSource::requestFailed, this,
            [this, source](RemoteProjectSource::Operation op, const QString &remoteId,
                           const Error &error, bool offline) {
                if (offline)
                    ServerRepository(*m_db).setReachable(serverIdOf(source), false);
                if (op == RemoteProjectSource::Operation::LoadGraph && offline) {
                    // Unreachable: the cached graph stays usable.
                    if (const qint64 id = cachedProjectId(source, remoteId)) {
                        showError(tr("%1 is offline; opened the cached graph.")
                                          .arg(source->serverName()));
                        openCachedGraph(id);
                    }
                    reloadFromCache();
                    return;
                }
                const bool listing = op == RemoteProjectSource::Operation::ListTeams
                                     || op == RemoteProjectSource::Operation::ListProjects;
                if (!listing || !offline)
                    showError(tr("%1: %2").arg(source->serverName(), error.toString()));
                reloadFromCache();
            });
}

void ProjectBrowserDock::createProject(const QString &name)
{
    const QModelIndex index = currentSourceIndex();
    const qint64 serverId = index.data(ProjectBrowserModel::ServerIdRole).toLongLong();
    if (serverId == 0) {
        auto *command = new session::CreateLocalProjectCommand(m_db, name, [this](const Status &s) {
            handled(s);
        });
        m_undoStack->push(command);
        if (command->projectId() != 0)
            selectKey(QStringLiteral("project:%1:%1").arg(command->projectId()));
        return;
    }
    // On a server, a project belongs to a team: the selected one, or the row's own team.
    QModelIndex team = index;
    while (team.isValid() && ProjectBrowserModel::kind(team) != Kind::Team)
        team = team.parent();
    RemoteProjectSource *source = sourceFor(serverId);
    if (!team.isValid() || !source) {
        showError(tr("Select a team to create a project on the server."));
        return;
    }
    source->createProject(teamRemoteId(team.data(ProjectBrowserModel::IdRole).toLongLong()), name);
}

void ProjectBrowserDock::renameProject(const QString &name)
{
    const QModelIndex index = currentSourceIndex();
    if (ProjectBrowserModel::kind(index) != Kind::Project)
        return;
    const qint64 projectId = index.data(ProjectBrowserModel::IdRole).toLongLong();
    const qint64 serverId = index.data(ProjectBrowserModel::ServerIdRole).toLongLong();
    const QString old = index.data(ProjectBrowserModel::NameRole).toString();
    session::RenameProjectCommand::Rename rename;
    if (serverId == 0) {
        rename = [db = m_db, projectId](const QString &n) {
            return ProjectRepository(*db).rename(projectId, n);
        };
    } else {
        const auto project = ProjectRepository(*m_db).project(projectId);
        QPointer<RemoteProjectSource> source = sourceFor(serverId);
        if (!project || !source) {
            showError(tr("The server of this project is not configured."));
            return;
        }
        // The cache follows when the server confirms (projectRenamed).
        rename = [source, remoteId = project->remoteId](const QString &n) -> Status {
            if (!source)
                return Error(tr("The server is no longer configured."));
            source->renameProject(remoteId, n);
            return {};
        };
    }
    m_undoStack->push(new session::RenameProjectCommand(old, name, rename,
                                                        [this](const Status &s) { handled(s); }));
}

void ProjectBrowserDock::deleteProject()
{
    const QModelIndex index = currentSourceIndex();
    if (ProjectBrowserModel::kind(index) != Kind::Project)
        return;
    const qint64 projectId = index.data(ProjectBrowserModel::IdRole).toLongLong();
    const qint64 serverId = index.data(ProjectBrowserModel::ServerIdRole).toLongLong();
    const QString name = index.data(ProjectBrowserModel::NameRole).toString();
    if (serverId == 0) {
        m_undoStack->push(
                new session::DeleteLocalProjectCommand(m_db, projectId, name,
                                                       [this](const Status &s) { handled(s); }));
        return;
    }
    RemoteProjectSource *source = sourceFor(serverId);
    const auto project = ProjectRepository(*m_db).project(projectId);
    if (!source || !project) {
        showError(tr("The server of this project is not configured."));
        return;
    }
    // A server delete cannot be undone: ask first.
    const QString question = tr("Delete the project \"%1\" on %2 for everyone in the team?\n\nThis "
                                "cannot be undone.")
                                     .arg(name, source->serverName());
    if (!m_confirm(tr("Delete Server Project"), question))
        return;
    source->removeProject(project->remoteId);
}

void ProjectBrowserDock::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    switch (ProjectBrowserModel::kind(index)) {
    case Kind::Project:
    case Kind::Graph: {
        const qint64 projectId = index.data(ProjectBrowserModel::ProjectIdRole).toLongLong();
        const auto project = ProjectRepository(*m_db).project(projectId);
        if (!project) {
            showError(project.error().toString());
            return;
        }
        // A server project's graph lives on the server; fetch the current one when possible.
        RemoteProjectSource *source = sourceFor(
                index.data(ProjectBrowserModel::ServerIdRole).toLongLong());
        if (!project->isLocal() && source && !project->remoteId.isEmpty()) {
            source->loadGraph(project->remoteId);
            return;
        }
        openCachedGraph(projectId);
        return;
    }
    case Kind::Job:
        Q_EMIT jobActivated(index.data(ProjectBrowserModel::IdRole).toLongLong());
        return;
    default:
        return;
    }
}

qint64 ProjectBrowserDock::cachedProjectId(const RemoteProjectSource *source,
                                           const QString &remoteId) const
{
    const auto id = ProjectRepository(*m_db).findRemote(serverIdOf(source), remoteId);
    return id ? *id : 0;
}

void ProjectBrowserDock::openCachedGraph(qint64 projectId, const QDateTime &serverVersion)
{
    const auto project = ProjectRepository(*m_db).project(projectId);
    if (!project) {
        showError(project.error().toString());
        return;
    }
    const auto revision = RevisionRepository(*m_db).latest(projectId);
    Q_EMIT openGraphRequested(projectId, project->graphPath, revision ? *revision : 0,
                              serverVersion);
}

void ProjectBrowserDock::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    const Kind kind = ProjectBrowserModel::kind(index);
    const bool isProject = index.isValid() && kind == Kind::Project;
    const bool onServer = index.data(ProjectBrowserModel::ServerIdRole).toLongLong() != 0;
    const bool offline = index.data(ProjectBrowserModel::OfflineRole).toBool();
    // Server changes need the server; the cached content stays browsable offline.
    m_rename->setEnabled(isProject && !(onServer && offline));
    m_delete->setEnabled(isProject && !(onServer && offline));
    m_newProject->setEnabled(!onServer || (!offline && kind != Kind::Server));
    m_openGraph->setEnabled(index.isValid() && (kind == Kind::Project || kind == Kind::Graph));
}

} // namespace kg::ui
