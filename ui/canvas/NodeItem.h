#pragma once

#include "model/GraphElements.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QStaticText>

namespace kg {
struct NodeKindInfo;
}

namespace kg::ui {

class EdgeItem;
struct CanvasTheme;
class GraphScene;

/// The canvas view of one document node: a card painted by hand (no child items, no effects)
/// with level of detail. Namespaces are drawn as resizable frames that contain other nodes.
/// The item holds only what it needs to paint; the document stays the source of truth and
/// syncWithNode() copies its values in.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Severity { None, Warning, Error };

    explicit NodeItem(const Node &node);
    ~NodeItem() override;

    int type() const override { return Type; }
    QString nodeId() const { return m_id; }
    QString kindId() const { return m_kindId; }
    QString name() const { return m_name; }
    bool isNamespace() const { return m_isNamespace; }
    /// The node's rectangle in scene coordinates.
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    QSizeF size() const { return m_size; }

    /// Copies name, kind, position and size from @p node (the document's current value).
    void syncWithNode(const Node &node);
    /// Recomputes cached text after a theme or font change.
    void themeChanged();

    /// The validation marker (badge + tooltip) shown on the node.
    void setIssues(Severity severity, const QString &text);
    Severity severity() const { return m_severity; }

    /// Where connections are dragged from, in item coordinates.
    QPointF handlePos() const;
    bool isOnHandle(const QPointF &itemPos) const;
    /// True when @p itemPos is on the resize grip of a namespace frame.
    bool isOnResizeGrip(const QPointF &itemPos) const;
    /// Highlights the node as a connection target: 1 = accepted, -1 = refused, 0 = none.
    void setDropHighlight(int state);

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(EdgeItem *edge) { m_edges.removeOne(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

    /// The default size of a node of @p kindId.
    static QSizeF defaultSize(const QString &kindId);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    GraphScene *graphScene() const;
    void updateGeometryCache();
    void ensureText(const CanvasTheme &theme);
    void paintNode(QPainter *painter, qreal lod, bool decorations);
    void paintFrame(QPainter *painter, qreal lod, bool decorations);
    void paintBadge(QPainter *painter);

    QString m_id;
    QString m_kindId;
    QString m_name;
    QString m_kindName;
    QStaticText m_nameText; ///< elided name, laid out once
    QStaticText m_kindText;
    const NodeKindInfo *m_kind = nullptr;
    QSizeF m_size;
    QPainterPath m_shape;
    QList<EdgeItem *> m_edges;
    QString m_issueText;
    Severity m_severity = Severity::None;
    int m_dropHighlight = 0;
    bool m_isNamespace = false;
    bool m_hovered = false;
    bool m_textDirty = true;
};

} // namespace kg::ui
