#pragma once

#include "model/GraphElements.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace kg::ui {

class NodeItem;
class GraphScene;

/// The canvas view of one document edge: a straight line from border to border with an
/// arrowhead, and the connection type as a label when zoomed in. The label sits in the middle
/// of the gap between the two nodes and never covers them, nor other nodes there: when the room
/// is too narrow it is elided or left out, and the tooltip then carries the full text. Geometry
/// is recomputed only when one of its two nodes moves or resizes; other nodes are looked for
/// when the label is painted, and again only after nodes have moved.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const Edge &edge, NodeItem *source, NodeItem *target);
    ~EdgeItem() override;

    int type() const override { return Type; }
    QString edgeId() const { return m_id; }
    QString connectionType() const { return m_type; }
    NodeItem *sourceItem() const { return m_source; }
    NodeItem *targetItem() const { return m_target; }

    /// Copies the connection type from @p edge.
    void syncWithEdge(const Edge &edge);
    /// Follows the current position and size of both nodes.
    void updateGeometry();
    /// Recomputes the label size after a theme or font change.
    void themeChanged();

    /// "ROUTES_TO" → "routes to".
    static QString labelFor(const QString &connectionType);
    /// The full label ("routes to").
    QString label() const { return m_label; }
    /// The label as drawn: the full one, an elided one, or empty when there is no room for it.
    /// (Brings the label's fit up to date first, like painting does.)
    QString shownLabel();
    /// The label's box in scene coordinates (drawn from 70 % zoom); empty when it is left out.
    QRectF labelRect();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    GraphScene *graphScene() const;
    void updateLabel(const QPointF &p1, const QPointF &tip);
    void ensureLabelFit();
    void setShownLabel(const QString &shown, const QRectF &box);

    QString m_id;
    QString m_type;
    QString m_label;
    QString m_fitLabel;   ///< the label as it fits between its own two nodes
    QString m_shownLabel; ///< ... and beside other nodes
    NodeItem *m_source;
    NodeItem *m_target;
    QLineF m_line; ///< border to arrow base
    QPolygonF m_arrow;
    QPainterPath m_loop; ///< self-connections only
    QRectF m_fitRect;
    QRectF m_labelRect;
    quint64 m_fitGeneration = 0; ///< GraphScene::nodeLayoutGeneration() of m_shownLabel; 0 = stale
    QRectF m_bounds;
};

} // namespace kg::ui
