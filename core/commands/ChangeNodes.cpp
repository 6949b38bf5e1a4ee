#include "commands/ChangeNodes.h"

#include "commands/CommandIds.h"
#include "model/GraphDocument.h"

#include <atomic>

namespace kg {

// --- MoveNodesCommand ---

MoveNodesCommand::MoveNodesCommand(GraphDocument *document, QHash<QString, QPointF> from,
                                   QHash<QString, QPointF> to, int dragId, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_dragId(dragId)
{
    setText(!text.isEmpty() ? text
                            : (m_to.size() == 1 ? tr("Move Node")
                                                : tr("Move %n Nodes", nullptr, int(m_to.size()))));
}

void MoveNodesCommand::redo()
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it)
        m_document->setNodePosition(it.key(), it.value());
}

void MoveNodesCommand::undo()
{
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it)
        m_document->setNodePosition(it.key(), it.value());
}

int MoveNodesCommand::id() const
{
    return m_dragId != 0 ? MoveNodesCommandId : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    if (o->m_dragId != m_dragId || o->m_document != m_document)
        return false;
    for (auto it = o->m_to.cbegin(); it != o->m_to.cend(); ++it) {
        if (!m_from.contains(it.key()))
            m_from.insert(it.key(), o->m_from.value(it.key()));
        m_to.insert(it.key(), it.value());
    }
    return true;
}

int MoveNodesCommand::nextDragId()
{
    static std::atomic<int> counter{0};
    return ++counter;
}

// --- SetNodeGeometryCommand ---

SetNodeGeometryCommand::SetNodeGeometryCommand(GraphDocument *document, const QString &nodeId,
                                               QPointF pos, QSizeF size, int dragId,
                                               QUndoCommand *parent)
    : QUndoCommand(tr("Resize"), parent)
    , m_document(document)
    , m_nodeId(nodeId)
    , m_newPos(pos)
    , m_newSize(size)
    , m_dragId(dragId)
{
    if (const Node *n = document->node(nodeId)) {
        m_oldPos = n->pos;
        m_oldSize = n->size;
    }
}

void SetNodeGeometryCommand::redo()
{
    m_document->setNodePosition(m_nodeId, m_newPos);
    m_document->setNodeSize(m_nodeId, m_newSize);
}

void SetNodeGeometryCommand::undo()
{
    m_document->setNodeSize(m_nodeId, m_oldSize);
    m_document->setNodePosition(m_nodeId, m_oldPos);
}

int SetNodeGeometryCommand::id() const
{
    return m_dragId != 0 ? SetNodeGeometryCommandId : -1;
}

bool SetNodeGeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetNodeGeometryCommand *>(other);
    if (o->m_dragId != m_dragId || o->m_nodeId != m_nodeId || o->m_document != m_document)
        return false;
    m_newPos = o->m_newPos;
    m_newSize = o->m_newSize;
    return true;
}

// --- ChangeNodePropertyCommand ---

ChangeNodePropertyCommand::ChangeNodePropertyCommand(GraphDocument *document,
                                                     const QStringList &nodeIds,
                                                     const QString &key, const QVariant &value,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_key(key)
    , m_value(value)
{
    for (const QString &id : nodeIds) {
        if (const Node *n = document->node(id))
            m_old.insert(id, n->properties.contains(key) ? n->properties.value(key) : QVariant());
    }
    setText(tr("Change %1").arg(key));
}

void ChangeNodePropertyCommand::redo()
{
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        m_document->setNodeProperty(it.key(), m_key, m_value);
}

void ChangeNodePropertyCommand::undo()
{
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        m_document->setNodeProperty(it.key(), m_key, it.value());
}

// --- RenameNodeCommand ---

RenameNodeCommand::RenameNodeCommand(GraphDocument *document, const QString &nodeId,
                                     const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_nodeId(nodeId)
    , m_newName(name)
{
    if (const Node *n = document->node(nodeId))
        m_oldName = n->name;
    setText(tr("Rename %1 to %2").arg(m_oldName, m_newName));
}

void RenameNodeCommand::redo()
{
    m_document->setNodeName(m_nodeId, m_newName);
}

void RenameNodeCommand::undo()
{
    m_document->setNodeName(m_nodeId, m_oldName);
}

// --- ReparentNodesCommand ---

ReparentNodesCommand::ReparentNodesCommand(GraphDocument *document, const QStringList &nodeIds,
                                           const QString &parentId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_parentId(parentId)
{
    for (const QString &id : nodeIds) {
        if (const Node *n = document->node(id); n && id != parentId)
            m_oldParents.insert(id, n->parent);
    }
    if (parentId.isEmpty()) {
        setText(tr("Move Out of Namespace"));
    } else {
        const Node *p = document->node(parentId);
        setText(tr("Move into %1").arg(p ? p->name : parentId));
    }
}

void ReparentNodesCommand::redo()
{
    for (auto it = m_oldParents.cbegin(); it != m_oldParents.cend(); ++it)
        m_document->setNodeParent(it.key(), m_parentId);
}

void ReparentNodesCommand::undo()
{
    for (auto it = m_oldParents.cbegin(); it != m_oldParents.cend(); ++it)
        m_document->setNodeParent(it.key(), it.value());
}

// --- ChangeEdgeCommand ---

ChangeEdgeCommand::ChangeEdgeCommand(GraphDocument *document, const QString &edgeId,
                                     const QString &type, QUndoCommand *parent)
    : QUndoCommand(tr("Change Connection Type"), parent)
    , m_document(document)
    , m_edgeId(edgeId)
    , m_new(type)
{
    if (const Edge *e = document->edge(edgeId))
        m_old = e->connectionType;
}

ChangeEdgeCommand::ChangeEdgeCommand(GraphDocument *document, const QString &edgeId,
                                     const QString &key, const QVariant &value,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Change Connection"), parent)
    , m_document(document)
    , m_edgeId(edgeId)
    , m_key(key)
    , m_new(value)
{
    if (const Edge *e = document->edge(edgeId))
        m_old = e->properties.contains(key) ? e->properties.value(key) : QVariant();
}

void ChangeEdgeCommand::redo()
{
    if (m_key.isEmpty())
        m_document->setEdgeConnectionType(m_edgeId, m_new.toString());
    else
        m_document->setEdgeProperty(m_edgeId, m_key, m_new);
}

void ChangeEdgeCommand::undo()
{
    if (m_key.isEmpty())
        m_document->setEdgeConnectionType(m_edgeId, m_old.toString());
    else
        m_document->setEdgeProperty(m_edgeId, m_key, m_old);
}

// --- ChangeGraphInfoCommand ---

ChangeGraphInfoCommand::ChangeGraphInfoCommand(GraphDocument *document, const QString &name,
                                               const QString &description, QUndoCommand *parent)
    : QUndoCommand(tr("Change Graph Properties"), parent)
    , m_document(document)
    , m_oldName(document->name())
    , m_newName(name)
    , m_oldDescription(document->description())
    , m_newDescription(description)
{}

void ChangeGraphInfoCommand::redo()
{
    m_document->setName(m_newName);
    m_document->setDescription(m_newDescription);
}

void ChangeGraphInfoCommand::undo()
{
    m_document->setName(m_oldName);
    m_document->setDescription(m_oldDescription);
}

} // namespace kg
