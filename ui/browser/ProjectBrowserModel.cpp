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

namespace kg::ui {

using namespace kg::store;

struct ProjectBrowserModel::Item
{
    Kind kind = Kind::LocalWorkspace;
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 serverId = 0;
    QString name;
    QString detail; ///< tooltip
    bool offline = false;
    Item *parent = nullptr;
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
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    QString key() const
    {
        static const char *const names[] = {"local", "server", "team", "project",
                                            "graph", "jobs",   "job"};
        return QLatin1String(names[int(kind)]) + QLatin1Char(':') + QString::number(id)
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
    JobRepository jobs(*m_db);
    RevisionRepository revisions(*m_db);

    const auto addProject = [&](Item *parent, const ProjectRecord &p) {
        Item *project = parent->add(Kind::Project, p.id, p.name);
        project->projectId = p.id;
        project->detail = p.isLocal() ? QDir::toNativeSeparators(p.graphPath) : p.description;
        const auto latest = revisions.latest(p.id);
        const bool cached = latest && *latest > 0;
        // A server project's graph lives on the server: it is always there to open.
        if (!p.isLocal() || !p.graphPath.isEmpty() || cached) {
            Item *graph = project->add(Kind::Graph, cached ? *latest : 0,
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
        JobFilter filter;
        filter.projectId = p.id;
        filter.limit = JobsPerProject;
        const auto list = jobs.list(filter);
        if (!list) {
            status = list.error();
            return;
        }
        JobFilter all;
        all.projectId = p.id;
        const auto total = jobs.count(all);
        Item *folder = project->add(Kind::JobFolder, p.id,
                                    tr("Jobs (%1)").arg(total ? *total : qint64(list->size())));
        for (const JobRecord &j : *list) {
            Item *job = folder->add(Kind::Job, j.id,
                                    tr("#%1 %2").arg(j.id).arg(jobStatusDisplayName(j.status)));
            job->detail = j.createdAt.toLocalTime().toString(Qt::TextDate)
                          + (j.error.isEmpty() ? QString() : QLatin1Char('\n') + j.error);
        }
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
    endResetModel();
    return status;
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
    const Item *p = item(parent);
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
    return createIndex(p->row(), 0, const_cast<Item *>(p));
}

int ProjectBrowserModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(item(parent)->children.size());
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
    std::vector<const Item *> stack{m_root.get()};
    while (!stack.empty()) {
        const Item *i = stack.back();
        stack.pop_back();
        if (i != m_root.get() && i->key() == key)
            return createIndex(i->row(), 0, const_cast<Item *>(i));
        for (const auto &c : i->children)
            stack.push_back(c.get());
    }
    return {};
}

QVariant ProjectBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *i = item(index);
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
        QStyle *style = QApplication::style();
        switch (i->kind) {
        case Kind::LocalWorkspace:
            return style->standardIcon(QStyle::SP_ComputerIcon);
        case Kind::Server:
            return style->standardIcon(i->offline ? QStyle::SP_MessageBoxWarning
                                                  : QStyle::SP_DriveNetIcon);
        case Kind::Team:
            return style->standardIcon(QStyle::SP_DirHomeIcon);
        case Kind::Project:
            return style->standardIcon(QStyle::SP_DirIcon);
        case Kind::Graph:
            return style->standardIcon(QStyle::SP_FileIcon);
        case Kind::JobFolder:
            return style->standardIcon(QStyle::SP_FileDialogDetailedView);
        case Kind::Job:
            return style->standardIcon(QStyle::SP_FileDialogContentsView);
        }
        return {};
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
