#include "browser/ProjectBrowserModel.h"

#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>
#include <iterator>

namespace kg::ui {

using namespace kg::store;

namespace {

/// The first part of KeyRole, per Kind.
const char *const KindKeys[] = {"local", "server", "team", "project", "graph", "jobs", "job"};

} // namespace

struct ProjectBrowserModel::Item
{
    Kind kind = Kind::LocalWorkspace;
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 serverId = 0;
    QString name;
    QString detail; ///< tooltip
    bool offline = false;
    // A job folder's contents, read on demand.
    qint64 jobCount = -1; ///< -1 = not read yet
    bool jobsLoaded = false;
    Item *parent = nullptr;
    int row = 0; ///< in parent->children (rows are only ever appended)
    std::vector<std::unique_ptr<Item>> children;

    Item *add(Kind k, qint64 itemId, const QString &itemName)
    {
        auto child = std::make_unique<Item>();
        child->kind = k;
        child->id = itemId;
        child->name = itemName;
        child->parent = this;
        child->projectId = projectId;
        child->serverId = serverId;
        child->offline = offline;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    QString key() const
    {
        return QLatin1String(KindKeys[int(kind)]) + QLatin1Char(':') + QString::number(id)
               + QLatin1Char(':') + QString::number(projectId);
    }
};

ProjectBrowserModel::ProjectBrowserModel(std::shared_ptr<Database> database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(database))
    , m_root(std::make_unique<Item>())
{
    reload();
}

ProjectBrowserModel::~ProjectBrowserModel() = default;

Status ProjectBrowserModel::reload()
{
    auto root = std::make_unique<Item>();
    Status status;
    // One query for the graphs of all projects; job counts and jobs wait until shown.
    auto latest = RevisionRepository(*m_db).latestByProject();
    if (!latest) {
        status = latest.error();
        latest = QHash<qint64, qint64>();
    }

    const auto addProject = [&](Item *parent, const ProjectRecord &p) {
        Item *project = parent->add(Kind::Project, p.id, p.name);
        project->projectId = p.id;
        project->detail = p.isLocal() ? QDir::toNativeSeparators(p.graphPath) : p.description;
        const qint64 revision = latest->value(p.id);
        const bool cached = revision > 0;
        // A server project's graph lives on the server: it is always there to open.
        if (!p.isLocal() || !p.graphPath.isEmpty() || cached) {
            Item *graph = project->add(Kind::Graph, revision,
                                       p.graphPath.isEmpty() ? tr("Graph")
                                                             : QFileInfo(p.graphPath).fileName());
            if (!p.graphPath.isEmpty())
                graph->detail = QDir::toNativeSeparators(p.graphPath);
            else if (!p.isLocal())
                graph->detail = cached ? tr("On the server; the cached copy opens when offline")
                                       : tr("On the server");
            else
                graph->detail = tr("Latest generated revision");
        }
        project->add(Kind::JobFolder, p.id, QString());
    };

    Item *local = root->add(Kind::LocalWorkspace, 0, tr("Local workspace"));
    const auto localProjects = ProjectRepository(*m_db).localProjects();
    if (localProjects) {
        for (const ProjectRecord &p : *localProjects)
            addProject(local, p);
    } else {
        status = localProjects.error();
    }

    ServerRepository serverRepo(*m_db);
    const auto servers = serverRepo.servers();
    if (servers) {
        for (const ServerRecord &s : *servers) {
            Item *server = root->add(Kind::Server, s.id, s.name.isEmpty() ? s.url : s.name);
            server->serverId = s.id;
            server->offline = !s.reachable;
            server->detail = s.url;
            const auto teams = serverRepo.teams(s.id);
            if (!teams) {
                status = teams.error();
                continue;
            }
            for (const TeamRecord &t : *teams) {
                Item *team = server->add(Kind::Team, t.id, t.name);
                const auto projects = ProjectRepository(*m_db).teamProjects(t.id);
                if (!projects) {
                    status = projects.error();
                    continue;
                }
                for (const ProjectRecord &p : *projects)
                    addProject(team, p);
            }
        }
    } else {
        status = servers.error();
    }

    beginResetModel();
    m_root = std::move(root);
    m_icons.clear(); // the style may have changed since
    endResetModel();
    return status;
}

qint64 ProjectBrowserModel::jobCount(Item *folder) const
{
    if (folder->jobCount >= 0)
        return folder->jobCount;
    // The projects beside this one (in its team or the local workspace) are shown with it:
    // count their jobs too, in one query.
    QVector<Item *> folders;
    QVector<qint64> projectIds;
    for (const auto &project : folder->parent->parent->children) {
        for (const auto &child : project->children) {
            if (child->kind == Kind::JobFolder && child->jobCount < 0) {
                folders << child.get();
                projectIds << child->projectId;
            }
        }
    }
    const auto counts = JobRepository(*m_db).countByProject(projectIds);
    if (!counts)
        Q_EMIT const_cast<ProjectBrowserModel *>(this)->errorOccurred(counts.error().toString());
    for (Item *f : std::as_const(folders))
        f->jobCount = counts ? counts->value(f->projectId) : 0;
    return folder->jobCount;
}

void ProjectBrowserModel::loadJobs(Item *folder, bool announce) const
{
    if (folder->jobsLoaded)
        return;
    folder->jobsLoaded = true;
    JobFilter filter;
    filter.projectId = folder->projectId;
    filter.limit = JobsPerProject;
    const auto list = JobRepository(*m_db).list(filter);
    auto *self = const_cast<ProjectBrowserModel *>(this);
    if (!list) {
        Q_EMIT self->errorOccurred(list.error().toString());
        return;
    }
    if (list->isEmpty())
        return;
    if (announce)
        self->beginInsertRows(createIndex(folder->row, 0, folder), 0, int(list->size()) - 1);
    for (const JobRecord &j : *list) {
        Item *job = folder->add(Kind::Job, j.id,
                                tr("#%1 %2").arg(j.id).arg(jobStatusDisplayName(j.status)));
        job->detail = j.createdAt.toLocalTime().toString(Qt::TextDate)
                      + (j.error.isEmpty() ? QString() : QLatin1Char('\n') + j.error);
    }
    if (announce)
        self->endInsertRows();
}

ProjectBrowserModel::Item *ProjectBrowserModel::item(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

ProjectBrowserModel::Kind ProjectBrowserModel::kind(const QModelIndex &index)
{
    return index.isValid() ? Kind(index.data(KindRole).toInt()) : Kind::LocalWorkspace;
}

QModelIndex ProjectBrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Item *p = item(parent);
    if (p->kind == Kind::JobFolder)
        loadJobs(p, false);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex ProjectBrowserModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *p = item(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Item *>(p));
}

int ProjectBrowserModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Item *i = item(parent);
    if (i->kind == Kind::JobFolder)
        loadJobs(i, false);
    return int(i->children.size());
}

bool ProjectBrowserModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    Item *i = item(parent);
    // Views ask this of every visible row: answer a job folder from its count alone.
    if (i->kind == Kind::JobFolder && !i->jobsLoaded)
        return jobCount(i) > 0;
    return !i->children.empty();
}

bool ProjectBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    Item *i = item(parent);
    return i->kind == Kind::JobFolder && !i->jobsLoaded && jobCount(i) > 0;
}

void ProjectBrowserModel::fetchMore(const QModelIndex &parent)
{
    Item *i = item(parent);
    if (i->kind == Kind::JobFolder)
        loadJobs(i, true);
}

int ProjectBrowserModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ProjectBrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex ProjectBrowserModel::indexForKey(const QString &key) const
{
    // Compare parsed keys ("kind:id:project id"), not strings: a reload looks up every
    // expanded row.
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    const auto *const known = std::find_if(std::begin(KindKeys), std::end(KindKeys),
                                           [&](const char *k) {
                                               return parts.at(0) == QLatin1String(k);
                                           });
    if (known == std::end(KindKeys))
        return {};
    const Kind kind = Kind(known - std::begin(KindKeys));
    const qint64 id = parts.at(1).toLongLong();
    const qint64 projectId = parts.at(2).toLongLong();
    std::vector<Item *> stack{m_root.get()};
    while (!stack.empty()) {
        Item *i = stack.back();
        stack.pop_back();
        if (i != m_root.get() && i->kind == kind && i->id == id && i->projectId == projectId)
            return createIndex(i->row, 0, i);
        // A job is in its project's folder, read if need be.
        if (kind == Kind::Job && i->kind == Kind::JobFolder && i->projectId == projectId)
            loadJobs(i, false);
        for (const auto &c : i->children)
            stack.push_back(c.get());
    }
    return {};
}

QVariant ProjectBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Item *i = item(index);
    if (i->kind == Kind::JobFolder && (role == Qt::DisplayRole || role == NameRole))
        return tr("Jobs (%1)").arg(jobCount(i));
    switch (role) {
    case Qt::DisplayRole:
        if (i->kind == Kind::Server && i->offline)
            return tr("%1 \u2014 offline").arg(i->name);
        return i->name;
    case NameRole:
        return i->name;
    case Qt::ToolTipRole:
        if (i->kind == Kind::Server && i->offline)
            return tr("%1\nThe server cannot be reached: showing the cached projects and jobs.")
                    .arg(i->detail);
        return i->detail.isEmpty() ? QVariant() : QVariant(i->detail);
    case Qt::DecorationRole: {
        QStyle::StandardPixmap icon = QStyle::SP_DirIcon;
        switch (i->kind) {
        case Kind::LocalWorkspace:
            icon = QStyle::SP_ComputerIcon;
            break;
        case Kind::Server:
            icon = i->offline ? QStyle::SP_MessageBoxWarning : QStyle::SP_DriveNetIcon;
            break;
        case Kind::Team:
            icon = QStyle::SP_DirHomeIcon;
            break;
        case Kind::Project:
            icon = QStyle::SP_DirIcon;
            break;
        case Kind::Graph:
            icon = QStyle::SP_FileIcon;
            break;
        case Kind::JobFolder:
            icon = QStyle::SP_FileDialogDetailedView;
            break;
        case Kind::Job:
            icon = QStyle::SP_FileDialogContentsView;
            break;
        }
        // The style builds a standard icon from its image files on every call: once is enough.
        auto cached = m_icons.find(icon);
        if (cached == m_icons.end())
            cached = m_icons.insert(icon, QApplication::style()->standardIcon(icon));
        return *cached;
    }
    case Qt::FontRole:
        if (i->kind == Kind::LocalWorkspace || i->kind == Kind::Server) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case KindRole:
        return int(i->kind);
    case IdRole:
        return i->id;
    case ProjectIdRole:
        return i->projectId;
    case ServerIdRole:
        return i->serverId;
    case OfflineRole:
        return i->offline;
    case KeyRole:
        return i->key();
    default:
        return {};
    }
}

} // namespace kg::ui
