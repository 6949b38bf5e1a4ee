#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace kg::store {
class Database;
}

namespace kg::session {

/// Called after a project command changed the cache: the browser reloads, or shows the error.
using ProjectChangeHandler = std::function<void(const Status &)>;

/// Creates a local project. Undo hides it again (a soft delete, so a redo brings back the same
/// project with its id, rather than a new one).
class CreateLocalProjectCommand : public QUndoCommand
{
public:
    CreateLocalProjectCommand(std::shared_ptr<store::Database> database, QString name,
                              ProjectChangeHandler changed);
    void redo() override;
    void undo() override;
    /// The project created by the first redo(); 0 when it failed.
    qint64 projectId() const { return m_projectId; }

private:
    std::shared_ptr<store::Database> m_db;
    QString m_name;
    ProjectChangeHandler m_changed;
    qint64 m_projectId = 0;
};

/// Renames a project through @p rename (the cache for a local project, the server for a
/// server project); undo renames it back the same way.
class RenameProjectCommand : public QUndoCommand
{
public:
    using Rename = std::function<Status(const QString &name)>;
    RenameProjectCommand(QString oldName, QString newName, Rename rename,
                         ProjectChangeHandler changed);
    void redo() override;
    void undo() override;

private:
    QString m_oldName;
    QString m_newName;
    Rename m_rename;
    ProjectChangeHandler m_changed;
};

/// Deletes a local project (hidden with its graph revisions and jobs kept); undo restores it.
class DeleteLocalProjectCommand : public QUndoCommand
{
public:
    DeleteLocalProjectCommand(std::shared_ptr<store::Database> database, qint64 projectId,
                              const QString &name, ProjectChangeHandler changed);
    void redo() override;
    void undo() override;

private:
    std::shared_ptr<store::Database> m_db;
    qint64 m_projectId;
    ProjectChangeHandler m_changed;
};

} // namespace kg::session
