#pragma once

#include "util/Result.h"

#include <QAbstractItemModel>

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
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Rebuilds the tree from the cache.
    Status reload();
    /// The row with @p key (see KeyRole), or an invalid index.
    QModelIndex indexForKey(const QString &key) const;
    /// Kind of a row (LocalWorkspace for an invalid index).
    static Kind kind(const QModelIndex &index);

private:
    struct Item;
    Item *item(const QModelIndex &index) const;

    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<Item> m_root;
};

} // namespace kg::ui
