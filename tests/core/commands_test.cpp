// Every command: do → check → undo → check original → redo → check.
#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "model/GraphDocument.h"

#include "TestSupport.h"

#include <QSignalSpy>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;

class CommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        GraphData g;
        g.nodes = {makeNode(QStringLiteral("ns"), QStringLiteral("NAMESPACE"),
                            QStringLiteral("shop")),
                   makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT"), QString(), {0, 0}),
                   makeNode(QStringLiteral("svc"), QStringLiteral("SERVICE"), QString(), {100, 0}),
                   makeNode(QStringLiteral("db"), QStringLiteral("DATABASE"), QString(), {200, 0})};
        g.nodes[1].parent = QStringLiteral("ns");
        g.edges = {makeEdge(QStringLiteral("e1"), QStringLiteral("svc"), QStringLiteral("web")),
                   makeEdge(QStringLiteral("e2"), QStringLiteral("web"), QStringLiteral("db")),
                   makeEdge(QStringLiteral("e3"), QStringLiteral("svc"), QStringLiteral("db"))};
        doc.reset(g);
        original = doc.snapshot();
    }

    void push(QUndoCommand *c) { doc.undoStack()->push(c); }
    void undoRedoCheck(const GraphData &changed)
    {
        EXPECT_EQ(doc.snapshot(), changed);
        EXPECT_TRUE(doc.isModified());
        doc.undoStack()->undo();
        EXPECT_EQ(doc.snapshot(), original);
        EXPECT_FALSE(doc.isModified());
        doc.undoStack()->redo();
        EXPECT_EQ(doc.snapshot(), changed);
    }

    GraphDocument doc;
    GraphData original;
};

TEST_F(CommandsTest, AddNodesAndEdges)
{
    GraphFragment f;
    f.nodes = {makeNode(QStringLiteral("cm"), QStringLiteral("CONFIGMAP"))};
    f.edges = {makeEdge(QStringLiteral("e9"), QStringLiteral("web"), QStringLiteral("cm"))};
    push(new AddElementsCommand(&doc, f));
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Add Node"));
    GraphData expected = original;
    expected.nodes.append(f.nodes);
    expected.edges.append(f.edges);
    undoRedoCheck(expected);
    EXPECT_EQ(doc.edgesOf(QStringLiteral("cm")), QStringList{QStringLiteral("e9")});
}

TEST_F(CommandsTest, RemoveNodeTakesItsEdgesAndUndoRestoresOrder)
{
    push(new RemoveElementsCommand(&doc, {QStringLiteral("web")}));
    EXPECT_EQ(doc.nodeCount(), 3);
    EXPECT_EQ(doc.edgeIds(), QStringList{QStringLiteral("e3")});
    GraphData expected = original;
    expected.nodes.removeAt(1);
    expected.edges = {original.edges[2]};
    undoRedoCheck(expected);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.nodeIds(), (QStringList{QStringLiteral("ns"), QStringLiteral("web"),
                                          QStringLiteral("svc"), QStringLiteral("db")}));
    EXPECT_EQ(doc.edgeIds(),
              (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3")}));
}

TEST_F(CommandsTest, RemoveNamespaceKeepsItsChildrenWithoutParent)
{
    push(new RemoveElementsCommand(&doc, {QStringLiteral("ns")}));
    ASSERT_TRUE(doc.hasNode(QStringLiteral("web")));
    EXPECT_TRUE(doc.node(QStringLiteral("web"))->parent.isEmpty());
    GraphData expected = original;
    expected.nodes.removeAt(0);
    expected.nodes[0].parent.clear();
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, RemoveOnlyAnEdge)
{
    push(new RemoveElementsCommand(&doc, {}, {QStringLiteral("e2")}));
    GraphData expected = original;
    expected.edges.removeAt(1);
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, OneDragIsOneUndoStep)
{
    const int drag = MoveNodesCommand::nextDragId();
    for (int step = 1; step <= 10; ++step) {
        push(new MoveNodesCommand(&doc, {{QStringLiteral("web"), QPointF((step - 1) * 5, 0)}},
                                  {{QStringLiteral("web"), QPointF(step * 5, 0)}}, drag));
    }
    EXPECT_EQ(doc.undoStack()->count(), 1);
    GraphData expected = original;
    expected.nodes[1].pos = QPointF(50, 0);
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, SeparateDragsDoNotMerge)
{
    push(new MoveNodesCommand(&doc, {{QStringLiteral("web"), QPointF(0, 0)}},
                              {{QStringLiteral("web"), QPointF(5, 0)}},
                              MoveNodesCommand::nextDragId()));
    push(new MoveNodesCommand(&doc, {{QStringLiteral("web"), QPointF(5, 0)}},
                              {{QStringLiteral("web"), QPointF(9, 0)}},
                              MoveNodesCommand::nextDragId()));
    EXPECT_EQ(doc.undoStack()->count(), 2);
}

TEST_F(CommandsTest, ArrangeIsOneStepWithItsOwnText)
{
    push(new MoveNodesCommand(
            &doc, {{QStringLiteral("web"), QPointF(0, 0)}, {QStringLiteral("db"), QPointF(200, 0)}},
            {{QStringLiteral("web"), QPointF(1, 1)}, {QStringLiteral("db"), QPointF(2, 2)}}, 0,
            QStringLiteral("Arrange")));
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Arrange"));
    GraphData expected = original;
    expected.nodes[1].pos = QPointF(1, 1);
    expected.nodes[3].pos = QPointF(2, 2);
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, ResizeFrame)
{
    push(new SetNodeGeometryCommand(&doc, QStringLiteral("ns"), QPointF(-10, -10),
                                    QSizeF(400, 300)));
    GraphData expected = original;
    expected.nodes[0].pos = QPointF(-10, -10);
    expected.nodes[0].size = QSizeF(400, 300);
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, ChangePropertyOnSeveralNodesAndBackToUnset)
{
    push(new ChangeNodePropertyCommand(&doc, {QStringLiteral("web"), QStringLiteral("db")},
                                       QStringLiteral("replicas"), 3));
    GraphData expected = original;
    expected.nodes[1].properties.insert(QStringLiteral("replicas"), 3);
    expected.nodes[3].properties.insert(QStringLiteral("replicas"), 3);
    undoRedoCheck(expected);
    // Undo must remove the key again rather than store an empty value.
    doc.undoStack()->undo();
    EXPECT_FALSE(doc.node(QStringLiteral("web"))->properties.contains(QStringLiteral("replicas")));
}

TEST_F(CommandsTest, Rename)
{
    push(new RenameNodeCommand(&doc, QStringLiteral("web"), QStringLiteral("frontend")));
    GraphData expected = original;
    expected.nodes[1].name = QStringLiteral("frontend");
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, ReparentIntoNamespaceAndOut)
{
    push(new ReparentNodesCommand(&doc, {QStringLiteral("svc"), QStringLiteral("db")},
                                  QStringLiteral("ns")));
    GraphData expected = original;
    expected.nodes[2].parent = QStringLiteral("ns");
    expected.nodes[3].parent = QStringLiteral("ns");
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, ChangeEdgeTypeAndProperty)
{
    push(new ChangeEdgeCommand(&doc, QStringLiteral("e2"), QStringLiteral("DEPENDS_ON")));
    GraphData expected = original;
    expected.edges[1].connectionType = QStringLiteral("DEPENDS_ON");
    undoRedoCheck(expected);
    push(new ChangeEdgeCommand(&doc, QStringLiteral("e2"), QStringLiteral("mountPath"),
                               QStringLiteral("/etc/app")));
    EXPECT_EQ(doc.edge(QStringLiteral("e2"))->properties.value(QStringLiteral("mountPath")),
              QStringLiteral("/etc/app"));
    doc.undoStack()->undo();
    EXPECT_FALSE(doc.edge(QStringLiteral("e2"))->properties.contains(QStringLiteral("mountPath")));
}

TEST_F(CommandsTest, ChangeGraphInfo)
{
    push(new ChangeGraphInfoCommand(&doc, QStringLiteral("Shop"), QStringLiteral("All of it")));
    GraphData expected = original;
    expected.name = QStringLiteral("Shop");
    expected.description = QStringLiteral("All of it");
    undoRedoCheck(expected);
}

TEST_F(CommandsTest, ModifiedFollowsTheCleanState)
{
    QSignalSpy modified(&doc, &GraphDocument::modifiedChanged);
    push(new RenameNodeCommand(&doc, QStringLiteral("web"), QStringLiteral("x")));
    EXPECT_TRUE(doc.isModified());
    doc.setClean();
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.isModified());
    EXPECT_GE(modified.count(), 3);
}
