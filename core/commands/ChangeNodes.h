#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QUndoCommand>
#include <QVariant>

namespace kg {

class GraphDocument;

/// Moves nodes. Commands of the same drag (same non-zero @p dragId) merge into one undo step;
/// an auto-layout result is one MoveNodesCommand with its own text.
class MoveNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::MoveNodesCommand)

public:
    MoveNodesCommand(GraphDocument *document, QHash<QString, QPointF> from,
                     QHash<QString, QPointF> to, int dragId = 0, const QString &text = {},
                     QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// A fresh id for the next drag, so that separate drags never merge.
    static int nextDragId();

private:
    GraphDocument *m_document;
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
    int m_dragId;
};

/// Sets position and size of one node (resizing a namespace frame); merges within one drag.
class SetNodeGeometryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::SetNodeGeometryCommand)

public:
    SetNodeGeometryCommand(GraphDocument *document, const QString &nodeId, QPointF pos,
                           QSizeF size, int dragId = 0, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    GraphDocument *m_document;
    QString m_nodeId;
    QPointF m_oldPos, m_newPos;
    QSizeF m_oldSize, m_newSize;
    int m_dragId;
};

/// Sets one property on one or more nodes (the inspector, multi-selection included). An
/// invalid value removes the property, falling back to the kind's default.
class ChangeNodePropertyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::ChangeNodePropertyCommand)

public:
    ChangeNodePropertyCommand(GraphDocument *document, const QStringList &nodeIds,
                              const QString &key, const QVariant &value,
                              QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    GraphDocument *m_document;
    QString m_key;
    QVariant m_value;
    QHash<QString, QVariant> m_old; ///< invalid = was not set
};

/// Renames a node.
class RenameNodeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::RenameNodeCommand)

public:
    RenameNodeCommand(GraphDocument *document, const QString &nodeId, const QString &name,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    GraphDocument *m_document;
    QString m_nodeId;
    QString m_oldName, m_newName;
};

/// Moves nodes into a namespace (or out of any, with an empty @p parentId).
class ReparentNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::ReparentNodesCommand)

public:
    ReparentNodesCommand(GraphDocument *document, const QStringList &nodeIds,
                         const QString &parentId, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    GraphDocument *m_document;
    QString m_parentId;
    QHash<QString, QString> m_oldParents;
};

/// Changes an edge's connection type and/or one of its properties.
class ChangeEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::ChangeEdgeCommand)

public:
    /// Changes the connection type.
    ChangeEdgeCommand(GraphDocument *document, const QString &edgeId, const QString &type,
                      QUndoCommand *parent = nullptr);
    /// Changes one property (an invalid @p value removes it).
    ChangeEdgeCommand(GraphDocument *document, const QString &edgeId, const QString &key,
                      const QVariant &value, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    GraphDocument *m_document;
    QString m_edgeId;
    QString m_key; ///< empty = the connection type
    QVariant m_old, m_new;
};

/// Changes the graph's name and description.
class ChangeGraphInfoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::ChangeGraphInfoCommand)

public:
    ChangeGraphInfoCommand(GraphDocument *document, const QString &name,
                           const QString &description, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    GraphDocument *m_document;
    QString m_oldName, m_newName, m_oldDescription, m_newDescription;
};

} // namespace kg
