#include "model/GraphDocument.h"

#include "TestSupport.h"

#include <QSignalSpy>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;

namespace {
GraphData smallGraph()
{
    GraphData g;
    g.name = QStringLiteral("shop");
    g.nodes = {makeNode(QStringLiteral("ns"), QStringLiteral("NAMESPACE"), QStringLiteral("shop")),
               makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT")),
               makeNode(QStringLiteral("svc"), QStringLiteral("SERVICE")),
               makeNode(QStringLiteral("db"), QStringLiteral("DATABASE"))};
    g.nodes[1].parent = QStringLiteral("ns");
    g.nodes[2].parent = QStringLiteral("ns");
    g.edges = {makeEdge(QStringLiteral("e1"), QStringLiteral("svc"), QStringLiteral("web")),
               makeEdge(QStringLiteral("e2"), QStringLiteral("web"), QStringLiteral("db"))};
    return g;
}
} // namespace

TEST(GraphDocument, ResetLoadsEverythingAndIsClean)
{
    GraphDocument doc;
    QSignalSpy reset(&doc, &GraphDocument::documentReset);
    doc.reset(smallGraph());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(doc.nodeCount(), 4);
    EXPECT_EQ(doc.edgeCount(), 2);
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.snapshot(), smallGraph());
    EXPECT_EQ(doc.edgesOf(QStringLiteral("web")).size(), 2);
    EXPECT_EQ(doc.childrenOf(QStringLiteral("ns")),
              (QStringList{QStringLiteral("web"), QStringLiteral("svc")}));
}

TEST(GraphDocument, ResetSkipsDuplicateIdsInsteadOfCorrupting)
{
    GraphData g = smallGraph();
    g.nodes.append(makeNode(QStringLiteral("web"), QStringLiteral("POD")));
    GraphDocument doc;
    doc.reset(g);
    EXPECT_EQ(doc.nodeCount(), 4);
    EXPECT_EQ(doc.node(QStringLiteral("web"))->kind, QStringLiteral("DEPLOYMENT"));
}

TEST(GraphDocument, FragmentBringsNamespaceChildrenAndInnerEdgesOnly)
{
    GraphDocument doc;
    doc.reset(smallGraph());
    const GraphFragment f = doc.fragment({QStringLiteral("ns")});
    ASSERT_EQ(f.nodes.size(), 3);
    ASSERT_EQ(f.edges.size(), 1);
    EXPECT_EQ(f.edges.first().id, QStringLiteral("e1"));
}

TEST(GraphDocument, FreshIdsRemapEdgesAndParents)
{
    GraphDocument doc;
    doc.reset(smallGraph());
    const GraphFragment f = doc.withFreshIds(doc.fragment({QStringLiteral("ns")}));
    ASSERT_EQ(f.nodes.size(), 3);
    QSet<QString> ids;
    for (const Node &n : f.nodes) {
        EXPECT_FALSE(doc.hasNode(n.id));
        ids.insert(n.id);
    }
    EXPECT_TRUE(ids.contains(f.nodes[1].parent));
    EXPECT_TRUE(ids.contains(f.edges[0].source));
    EXPECT_TRUE(ids.contains(f.edges[0].target));
    EXPECT_FALSE(doc.hasEdge(f.edges[0].id));
}

TEST(GraphDocument, MutatorsEmitFineGrainedSignals)
{
    GraphDocument doc;
    doc.reset(smallGraph());
    QSignalSpy changed(&doc, &GraphDocument::nodeChanged);
    doc.setNodePosition(QStringLiteral("web"), QPointF(10, 20));
    doc.setNodePosition(QStringLiteral("web"), QPointF(10, 20)); // no change, no signal
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("web"));
    EXPECT_EQ(changed.at(0).at(1).value<GraphDocument::NodeChanges>(),
              GraphDocument::NodeChanges(GraphDocument::NodeChange::Position));
}

TEST(GraphDocument, DisplayNameFallsBack)
{
    GraphDocument doc;
    EXPECT_EQ(doc.displayName(), QStringLiteral("Untitled"));
    doc.setFilePath(QStringLiteral("/tmp/my-graph.kgraph"));
    EXPECT_EQ(doc.displayName(), QStringLiteral("my-graph"));
    doc.setName(QStringLiteral("Shop"));
    EXPECT_EQ(doc.displayName(), QStringLiteral("Shop"));
}

TEST(GraphDocument, CreatedIdsAreUnique)
{
    GraphDocument doc;
    QSet<QString> ids;
    for (int i = 0; i < 2000; ++i)
        ids.insert(doc.createNodeId());
    EXPECT_EQ(ids.size(), 2000);
}
