#pragma once

#include "model/GraphElements.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace kg {

class GraphDocument;

/// Shared machinery of adding and removing nodes and edges: remembers where each element stood
/// in the document's order so that undo restores the exact same document.
class AddRemoveElements : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kg::AddRemoveElements)

protected:
    AddRemoveElements(GraphDocument *document, QUndoCommand *parent);

    void addElements();
    void removeElements();

    GraphDocument *m_document;
    struct IndexedNode
    {
        Node node;
        int index;
    };
    struct IndexedEdge
    {
        Edge edge;
        int index;
    };
    QList<IndexedNode> m_nodes; ///< ascending index
    QList<IndexedEdge> m_edges; ///< ascending index
    /// Children of removed namespaces, with the parent they had.
    QList<QPair<QString, QString>> m_orphans;
};

/// Adds nodes and edges (a new node from the palette, a connection, a paste, an import).
class AddElementsCommand : public AddRemoveElements
{
    Q_DECLARE_TR_FUNCTIONS(kg::AddElementsCommand)

public:
    AddElementsCommand(GraphDocument *document, const GraphFragment &fragment,
                       const QString &text = {}, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
};

/// Removes nodes (with every edge touching them) and edges. Children of a removed namespace
/// stay in the document, without a parent.
class RemoveElementsCommand : public AddRemoveElements
{
    Q_DECLARE_TR_FUNCTIONS(kg::RemoveElementsCommand)

public:
    RemoveElementsCommand(GraphDocument *document, const QStringList &nodeIds,
                          const QStringList &edgeIds = {}, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
};

} // namespace kg
