#pragma once

#include "commands/EditOperations.h"
#include "model/GraphElements.h"
#include "util/Result.h"

#include <QObject>
#include <QPointF>

class QMimeData;

namespace kg {
class GraphDocument;
}

namespace kg::ui {

class GraphScene;
class GraphView;

/// The editing operations of the canvas — add, delete, cut/copy/paste, duplicate, align,
/// distribute, arrange — each one undo step on the document's stack. Menus, shortcuts and tests
/// call these; the scene handles the mouse gestures.
class GraphEditor : public QObject
{
    Q_OBJECT

public:
    using Alignment = edit::Alignment;

    GraphEditor(GraphScene *scene, GraphView *view, QObject *parent = nullptr);

    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    GraphDocument *document() const;

    /// Adds a node of @p kindId centred on @p sceneCenter (snapped to the grid), inside the
    /// namespace frame there if any, with a unique name. Returns the new id, empty when the
    /// kind is unknown.
    QString addNode(const QString &kindId, QPointF sceneCenter);
    /// Adds a node in the middle of the visible area.
    QString addNodeAtViewCenter(const QString &kindId);

    void selectAll();
    /// Deletes the selected nodes (namespaces with their content) and edges.
    void deleteSelection();
    void copySelection();
    void cutSelection();
    /// Pastes a graph fragment from the clipboard with fresh ids. Returns false when the
    /// clipboard holds none (or an unreadable one, said on the status bar).
    bool paste();
    void duplicateSelection();
    /// Opens the in-place editor on the single selected node.
    void renameSelection();
    void align(Alignment alignment);
    /// Spreads three or more selected nodes evenly between the outermost ones.
    void distribute(Qt::Orientation orientation);
    /// Lays the whole graph out left to right by traffic flow, as one undo step.
    void arrange();

    /// The clipboard MIME type of graph fragments.
    static QString fragmentMimeType();
    /// Clipboard data carrying @p fragment (and its JSON as text).
    static QMimeData *mimeDataFor(const GraphFragment &fragment);
    /// The fragment in @p mime, or an error for missing, oversized or malformed data.
    static Result<GraphFragment> fragmentFrom(const QMimeData *mime);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void insertFragment(GraphFragment fragment, QPointF offset, const QString &text);

    GraphScene *m_scene;
    GraphView *m_view;
    int m_pasteCount = 0;
};

} // namespace kg::ui
