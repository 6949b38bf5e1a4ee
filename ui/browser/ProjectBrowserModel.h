#pragma once

#include "util/Result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <memory>
#include <vector>

namespace kg::store {
class Database;
}

namespace kg::ui {

/// The project & team browser's tree, read from the local cache: "Local workspace" with the
/// local projects, then per configured server its teams, their projects, and under every
/// project its graph and its latest jobs. Everything shown comes from the cache, so it stays
/// browsable when a server is offline (the server row then carries an offline badge).
///
/// Built for thousands of projects over 100,000 jobs: reload() reads the servers, teams,
/// projects and graphs; a project's job count is read when its job folder is first shown, and
/// its jobs when the folder is opened (canFetchMore/fetchMore) or its rows are asked for.
class ProjectBrowserModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { LocalWorkspace, Server, Team, Project, Graph, JobFolder, Job };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        IdRole,                      ///< store id of the server, team, project or job
        ProjectIdRole,               ///< the project a row belongs to (project, graph, jobs)
        ServerIdRole,                ///< the server a row belongs to; 0 for local rows
        OfflineRole,                 ///< bool: the server is unreachable
        NameRole,                    ///< the bare name (no badge): what the filter matches
        KeyRole,                     ///< a stable key ("project:12") to keep the expansion
    };

    /// Jobs listed under each project (the job panel has all of them).
    static constexpr int JobsPerProject = 20;

    explicit ProjectBrowserModel(std::shared_ptr<store::Database> database,
                                 QObject *parent = nullptr);
    ~ProjectBrowserModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Rebuilds the tree from the cache.
    Status reload();
    /// The row with @p key (see KeyRole), or an invalid index.
    QModelIndex indexForKey(const QString &key) const;
    /// Kind of a row (LocalWorkspace for an invalid index).
    static Kind kind(const QModelIndex &index);

Q_SIGNALS:
    /// Reading a project's jobs failed (the tree shows them as empty).
    void errorOccurred(const QString &message);

private:
    struct Item;
    Item *item(const QModelIndex &index) const;
    /// The number of jobs of @p folder's project, read on first use.
    qint64 jobCount(Item *folder) const;
    /// Reads the latest jobs of @p folder's project once; @p announce inserts them as rows
    /// (fetchMore), else they are there before anyone counted the rows.
    void loadJobs(Item *folder, bool announce) const;

    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<Item> m_root;
    mutable QHash<int, QIcon> m_icons; ///< standard icons by QStyle::StandardPixmap
};

} // namespace kg::ui
