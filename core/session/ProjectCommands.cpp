#include "session/ProjectCommands.h"

#include "store/ProjectRepository.h"

#include <QCoreApplication>

namespace kg::session {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(kg::ui::ProjectCommands)
};

} // namespace

CreateLocalProjectCommand::CreateLocalProjectCommand(std::shared_ptr<store::Database> database,
                                                     QString name, ProjectChangeHandler changed)
    : m_db(std::move(database))
    , m_name(std::move(name))
    , m_changed(std::move(changed))
{
    setText(Strings::tr("Create project %1").arg(m_name));
}

void CreateLocalProjectCommand::redo()
{
    store::ProjectRepository projects(*m_db);
    if (m_projectId == 0) {
        const auto created = projects.createLocal(m_name);
        if (created)
            m_projectId = created->id;
        else
            setObsolete(true);
        m_changed(created ? Status() : Status(created.error()));
        return;
    }
    m_changed(projects.setDeleted(m_projectId, false));
}

void CreateLocalProjectCommand::undo()
{
    if (m_projectId != 0)
        m_changed(store::ProjectRepository(*m_db).setDeleted(m_projectId, true));
}

RenameProjectCommand::RenameProjectCommand(QString oldName, QString newName, Rename rename,
                                           ProjectChangeHandler changed)
    : m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
    , m_rename(std::move(rename))
    , m_changed(std::move(changed))
{
    setText(Strings::tr("Rename project %1 to %2").arg(m_oldName, m_newName));
}

void RenameProjectCommand::redo()
{
    m_changed(m_rename(m_newName));
}

void RenameProjectCommand::undo()
{
    m_changed(m_rename(m_oldName));
}

DeleteLocalProjectCommand::DeleteLocalProjectCommand(std::shared_ptr<store::Database> database,
                                                     qint64 projectId, const QString &name,
                                                     ProjectChangeHandler changed)
    : m_db(std::move(database))
    , m_projectId(projectId)
    , m_changed(std::move(changed))
{
    setText(Strings::tr("Delete project %1").arg(name));
}

void DeleteLocalProjectCommand::redo()
{
    m_changed(store::ProjectRepository(*m_db).setDeleted(m_projectId, true));
}

void DeleteLocalProjectCommand::undo()
{
    m_changed(store::ProjectRepository(*m_db).setDeleted(m_projectId, false));
}

} // namespace kg::session
