// The canvas's edit operations without a canvas: ids in, one undo step out, geometry from the
// document.
#include "commands/EditOperations.h"

#include "model/DocumentSelection.h"
#include "model/GraphDocument.h"

#include "TestSupport.h"

#include <QSet>
#include <QUndoStack>

#include <cmath>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;
using kg::test::s;

namespace {

class EditOperationsTest : public ::testing::Test
{
protected:
    void load(const GraphData &g) { doc.reset(g); }
    QPointF pos(const char *id) const { return doc.node(s(id))->pos; }
    GraphDocument doc;
};

GraphData threeInARow()
{
    GraphData g;
    g.nodes = {makeNode(s("a"), s("DEPLOYMENT"), s("a"), {0, 0}),
               makeNode(s("b"), s("SERVICE"), s("b"), {100, 40}),
               makeNode(s("c"), s("CONFIGMAP"), s("c"), {900, 10})};
    g.nodes[1].size = QSizeF(240, 100);
    return g;
}

} // namespace

TEST_F(EditOperationsTest, AlignsOnTheBoundsAndUndoesInOneStep)
{
    load(threeInARow());
    const GraphData before = doc.snapshot();
    ASSERT_TRUE(edit::align(doc, {s("a"), s("b"), s("c")}, edit::Alignment::Right, s("Align")));
    // The right edge of the bounds: c's (900 + the default width).
    const qreal right = 900 + edit::defaultSize(s("CONFIGMAP")).width();
    EXPECT_DOUBLE_EQ(pos("a").x() + edit::defaultSize(s("DEPLOYMENT")).width(), right);
    EXPECT_DOUBLE_EQ(pos("b").x() + 240, right);
    EXPECT_DOUBLE_EQ(pos("c").x(), 900);
    EXPECT_EQ(pos("b").y(), 40); // only x moves
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.snapshot(), before);

    ASSERT_TRUE(edit::align(doc, {s("a"), s("b")}, edit::Alignment::Top, s("Align")));
    EXPECT_EQ(pos("b").y(), 0);
    // One node, or nodes already aligned: nothing to do, no undo step.
    const int steps = doc.undoStack()->count();
    EXPECT_FALSE(edit::align(doc, {s("a")}, edit::Alignment::Left, s("Align")));
    EXPECT_FALSE(edit::align(doc, {s("a"), s("b")}, edit::Alignment::Top, s("Align")));
    EXPECT_EQ(doc.undoStack()->count(), steps);
}

TEST_F(EditOperationsTest, DistributesWithEqualGapsBetweenTheOutermostNodes)
{
    load(threeInARow());
    ASSERT_TRUE(edit::distribute(doc, {s("c"), s("a"), s("b")}, Qt::Horizontal, s("Distribute")));
    const qreal wa = edit::defaultSize(s("DEPLOYMENT")).width();
    const qreal gapAB = pos("b").x() - (pos("a").x() + wa);
    const qreal gapBC = pos("c").x() - (pos("b").x() + 240);
    EXPECT_NEAR(gapAB, gapBC, 1e-9);
    EXPECT_EQ(pos("a").x(), 0);
    EXPECT_EQ(pos("c").x(), 900);
    EXPECT_FALSE(edit::distribute(doc, {s("a"), s("b")}, Qt::Horizontal, s("Distribute")));
}

TEST_F(EditOperationsTest, ANamespaceCarriesAndTakesItsContent)
{
    GraphData g = threeInARow();
    Node ns = makeNode(s("ns"), s("NAMESPACE"), s("shop"), {-40, -40});
    g.nodes.prepend(ns);
    g.nodes[1].parent = s("ns");
    g.nodes[2].parent = s("ns");
    g.edges = {makeEdge(s("e"), s("b"), s("a")), makeEdge(s("f"), s("c"), s("a"))};
    load(g);
    ASSERT_TRUE(edit::move(doc, {{s("ns"), QPointF(60, 60)}}, s("Move")));
    EXPECT_EQ(pos("a"), QPointF(100, 100));
    EXPECT_EQ(pos("b"), QPointF(200, 140));
    EXPECT_EQ(pos("c"), QPointF(900, 10)); // not inside
    doc.undoStack()->undo();

    EXPECT_EQ(edit::withChildren(doc, {s("ns")}), (QStringList{s("ns"), s("a"), s("b")}));
    ASSERT_TRUE(edit::remove(doc, {s("ns")}, {}));
    EXPECT_EQ(doc.nodeIds(), QStringList{s("c")});
    EXPECT_TRUE(doc.edgeIds().isEmpty()); // edges touching removed nodes go along
    doc.undoStack()->undo();
    EXPECT_EQ(doc.nodeCount(), 4);
    EXPECT_EQ(doc.edgeCount(), 2);
    EXPECT_FALSE(edit::remove(doc, {}, {}));
}

TEST_F(EditOperationsTest, InsertedCopiesGetFreshIdsUniqueNamesAndTheirEdges)
{
    load(threeInARow());
    GraphFragment copy = doc.fragment({s("a"), s("b")});
    copy.edges = {makeEdge(s("e"), s("a"), s("b"))};
    const GraphFragment added = edit::insert(doc, copy, QPointF(40, 40), s("Duplicate"));
    ASSERT_EQ(added.nodes.size(), 2);
    ASSERT_EQ(added.edges.size(), 1);
    EXPECT_NE(added.nodes[0].id, s("a"));
    EXPECT_EQ(added.nodes[0].name, s("a-2"));
    EXPECT_EQ(added.nodes[0].pos, QPointF(40, 40));
    EXPECT_EQ(added.edges[0].source, added.nodes[0].id);
    EXPECT_EQ(added.edges[0].target, added.nodes[1].id);
    EXPECT_EQ(doc.nodeCount(), 5);
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

TEST_F(EditOperationsTest, APasteLandsBesideTheOriginalOrInTheMiddleOfTheView)
{
    load(threeInARow());
    const GraphFragment copy = doc.fragment({s("a")});
    const QRectF around(-100, -100, 800, 600);
    EXPECT_EQ(edit::pasteOffset(copy, around, 1, 20, true), QPointF(40, 40));
    EXPECT_EQ(edit::pasteOffset(copy, around, 2, 20, true), QPointF(80, 80));
    EXPECT_EQ(edit::pasteOffset(copy, around, -1, 20, true), QPointF(0, 0)); // after a cut
    // The original is out of view: the copy goes into the middle of the view, on the grid.
    const QRectF elsewhere(5000, 3000, 800, 600);
    const QPointF offset = edit::pasteOffset(copy, elsewhere, 1, 20, true);
    const QRectF placed = edit::nodeRect(copy.nodes[0]).translated(offset);
    EXPECT_NEAR(placed.center().x(), elsewhere.center().x(), 10);
    EXPECT_NEAR(placed.center().y(), elsewhere.center().y(), 10);
    EXPECT_EQ(std::fmod(offset.x(), 20.0), 0.0);
}

TEST_F(EditOperationsTest, ArrangeIsOneStepAndThenThereIsNothingToDo)
{
    GraphData g;
    g.nodes = {makeNode(s("web"), s("DEPLOYMENT"), s("web")),
               makeNode(s("api"), s("DEPLOYMENT"), s("api")),
               makeNode(s("db"), s("DATABASE"), s("db"))};
    g.edges = {makeEdge(s("e1"), s("web"), s("api")), makeEdge(s("e2"), s("api"), s("db"))};
    load(g);
    ASSERT_TRUE(edit::arrange(doc, s("Arrange")));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    QSet<QString> distinct;
    for (const QString &id : doc.nodeIds())
        distinct.insert(
                QStringLiteral("%1,%2").arg(doc.node(id)->pos.x()).arg(doc.node(id)->pos.y()));
    EXPECT_GT(distinct.size(), 1);
    EXPECT_FALSE(edit::arrange(doc, s("Arrange")));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.snapshot(), g);
}

// The selection is the document's: by id, in document order, and it forgets what is removed.
TEST_F(EditOperationsTest, TheSelectionFollowsTheDocument)
{
    load(threeInARow());
    DocumentSelection selection(&doc);
    int changed = 0;
    int replaced = 0;
    QObject::connect(&selection, &DocumentSelection::changed, [&] { ++changed; });
    QObject::connect(&selection, &DocumentSelection::replaced, [&] { ++replaced; });
    selection.select({s("c"), s("a"), s("nope")});
    EXPECT_EQ(selection.nodes(), (QStringList{s("a"), s("c")})); // document order, known ids
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(replaced, 1);
    selection.select({s("a"), s("c")}); // the same: no signal
    EXPECT_EQ(changed, 1);

    // Removing a selected node takes it out of the selection (changed, not replaced); undo
    // does not select it again.
    ASSERT_TRUE(edit::remove(doc, {s("a")}, {}));
    EXPECT_EQ(selection.nodes(), QStringList{s("c")});
    EXPECT_EQ(changed, 2);
    EXPECT_EQ(replaced, 1);
    doc.undoStack()->undo();
    EXPECT_EQ(selection.nodes(), QStringList{s("c")});

    doc.reset(threeInARow());
    EXPECT_TRUE(selection.isEmpty());
}
