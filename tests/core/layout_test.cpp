#include "layout/LayeredLayout.h"

#include "TestSupport.h"

#include <QRectF>

#include <cmath>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;
using kg::test::s;

namespace {

QRectF rectOf(const LayoutResult &r, const QString &id)
{
    return QRectF(r.positions.value(id), r.sizes.value(id));
}

// A shop in a namespace plus a few cluster-wide objects, with edges in every flow direction.
GraphData shop()
{
    GraphData g;
    g.nodes = {makeNode(s("ns"), s("NAMESPACE"), s("shop")),
               makeNode(s("db"), s("DATABASE"), s("db")),
               makeNode(s("cfg"), s("CONFIGMAP"), s("cfg")),
               makeNode(s("api"), s("DEPLOYMENT"), s("api")),
               makeNode(s("web"), s("DEPLOYMENT"), s("web")),
               makeNode(s("svc-api"), s("SERVICE"), s("api")),
               makeNode(s("svc-web"), s("SERVICE"), s("web")),
               makeNode(s("ing"), s("INGRESS"), s("ing")),
               makeNode(s("sc"), s("STORAGECLASS"), s("fast")),
               makeNode(s("note"), s("CONFIG"), s("note"))};
    for (Node &n : g.nodes) {
        if (n.id != QLatin1String("ns") && n.id != QLatin1String("sc")
            && n.id != QLatin1String("note"))
            n.parent = s("ns");
    }
    g.edges = {makeEdge(s("e1"), s("ing"), s("svc-web")), makeEdge(s("e2"), s("ing"), s("svc-api")),
               makeEdge(s("e3"), s("svc-web"), s("web")), makeEdge(s("e4"), s("svc-api"), s("api")),
               makeEdge(s("e5"), s("api"), s("db")),      makeEdge(s("e6"), s("web"), s("cfg")),
               makeEdge(s("e7"), s("api"), s("cfg"))};
    return g;
}

// A large graph: namespaces of nodes linked in a tree, some of them larger than the default.
GraphData large(int namespaces, int perNamespace)
{
    return test::generatedGraph(namespaces, perNamespace, {/*flat=*/false, /*varySizes=*/true});
}

bool finite(const QRectF &r)
{
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width())
           && std::isfinite(r.height());
}

} // namespace

TEST(LayeredLayoutTest, EveryNodeGetsAPositionAndASize)
{
    const GraphData g = shop();
    const LayoutResult r = arrangeLayered(g);
    EXPECT_EQ(r.positions.size(), g.nodes.size());
    EXPECT_EQ(r.sizes.size(), g.nodes.size());
    EXPECT_EQ(r.sizes.value(s("api")), QSizeF(DefaultNodeWidth, DefaultNodeHeight));
}

TEST(LayeredLayoutTest, FlowGoesLeftToRight)
{
    const LayoutResult r = arrangeLayered(shop());
    const QRectF ing = rectOf(r, s("ing"));
    const QRectF svc = rectOf(r, s("svc-web"));
    const QRectF web = rectOf(r, s("web"));
    const QRectF db = rectOf(r, s("db"));
    const QRectF cfg = rectOf(r, s("cfg"));
    EXPECT_LT(ing.right(), svc.left());
    EXPECT_LT(svc.right(), web.left());
    EXPECT_LT(web.right(), db.left());
    EXPECT_LT(web.right(), cfg.left());
    // Both Services share a column, both workloads another.
    EXPECT_EQ(rectOf(r, s("svc-api")).left(), svc.left());
    EXPECT_EQ(rectOf(r, s("api")).left(), web.left());
}

TEST(LayeredLayoutTest, BarycentreOrderRemovesCrossings)
{
    // Document order puts the workloads opposite to their Services; the sweep must untangle it.
    GraphData g;
    g.nodes = {makeNode(s("s1"), s("SERVICE")),    makeNode(s("s2"), s("SERVICE")),
               makeNode(s("s3"), s("SERVICE")),    makeNode(s("w3"), s("DEPLOYMENT")),
               makeNode(s("w2"), s("DEPLOYMENT")), makeNode(s("w1"), s("DEPLOYMENT"))};
    g.edges = {makeEdge(s("a"), s("s1"), s("w1")), makeEdge(s("b"), s("s2"), s("w2")),
               makeEdge(s("c"), s("s3"), s("w3"))};
    const LayoutResult r = arrangeLayered(g);
    EXPECT_LT(r.positions.value(s("s1")).y(), r.positions.value(s("s2")).y());
    EXPECT_LT(r.positions.value(s("s2")).y(), r.positions.value(s("s3")).y());
    EXPECT_LT(r.positions.value(s("w1")).y(), r.positions.value(s("w2")).y());
    EXPECT_LT(r.positions.value(s("w2")).y(), r.positions.value(s("w3")).y());
}

TEST(LayeredLayoutTest, FramesEncloseTheirChildrenWithAMargin)
{
    const GraphData g = large(4, 40);
    const LayoutResult r = arrangeLayered(g);
    for (const Node &n : g.nodes) {
        if (n.parent.isEmpty())
            continue;
        const QRectF frame = rectOf(r, n.parent);
        const QRectF child = rectOf(r, n.id);
        EXPECT_TRUE(frame.adjusted(16, 16, -16, -16).contains(child))
                << n.id.toStdString() << " not inside " << n.parent.toStdString();
    }
}

TEST(LayeredLayoutTest, NothingOverlaps)
{
    const GraphData g = large(3, 120);
    const LayoutResult r = arrangeLayered(g);
    QList<QRectF> nodes;
    QList<QRectF> frames;
    for (const Node &n : g.nodes)
        (n.kind == QLatin1String("NAMESPACE") ? frames : nodes) << rectOf(r, n.id);
    for (int i = 0; i < nodes.size(); ++i) {
        EXPECT_EQ(nodes[i].size(), nodes[i].size().expandedTo(QSizeF(1, 1)));
        for (int j = i + 1; j < nodes.size(); ++j)
            ASSERT_FALSE(nodes[i].intersects(nodes[j])) << i << " overlaps " << j;
    }
    for (int i = 0; i < frames.size(); ++i) {
        for (int j = i + 1; j < frames.size(); ++j)
            EXPECT_FALSE(frames[i].intersects(frames[j])) << "frames " << i << " and " << j;
    }
}

TEST(LayeredLayoutTest, LooseNodesStayOutsideFrames)
{
    const GraphData g = shop();
    const LayoutResult r = arrangeLayered(g);
    const QRectF frame = rectOf(r, s("ns"));
    EXPECT_FALSE(frame.intersects(rectOf(r, s("sc"))));
    EXPECT_FALSE(frame.intersects(rectOf(r, s("note"))));
}

TEST(LayeredLayoutTest, OwnSizesAreKept)
{
    GraphData g = shop();
    g.nodes[3].size = QSizeF(300, 120);
    const LayoutResult r = arrangeLayered(g);
    EXPECT_EQ(r.sizes.value(g.nodes[3].id), QSizeF(300, 120));
    EXPECT_FALSE(rectOf(r, s("api")).intersects(rectOf(r, s("web"))));
}

TEST(LayeredLayoutTest, IsDeterministic)
{
    const GraphData g = large(5, 60);
    const LayoutResult a = arrangeLayered(g);
    const LayoutResult b = arrangeLayered(g);
    EXPECT_EQ(a.positions, b.positions);
    EXPECT_EQ(a.sizes, b.sizes);
}

TEST(LayeredLayoutTest, EmptyNamespaceGetsAUsableFrame)
{
    GraphData g;
    g.nodes = {makeNode(s("ns"), s("NAMESPACE"))};
    const LayoutResult r = arrangeLayered(g);
    EXPECT_GE(r.sizes.value(s("ns")).width(), 200);
    EXPECT_GE(r.sizes.value(s("ns")).height(), 100);
    EXPECT_TRUE(arrangeLayered(GraphData()).positions.isEmpty());
}

TEST(LayeredLayoutTest, BrokenDocumentsAreLaidOutWithoutTrouble)
{
    GraphData g;
    g.nodes = {makeNode(s("a"), s("NAMESPACE")),        makeNode(s("b"), s("NAMESPACE")),
               makeNode(s("self"), s("NAMESPACE")),     makeNode(s("dup"), s("DEPLOYMENT")),
               makeNode(s("dup"), s("SERVICE")),        makeNode(s("orphan"), s("DEPLOYMENT")),
               makeNode(s("weird"), s("NO_SUCH_KIND")), makeNode(s("nan"), s("POD"))};
    g.nodes[0].parent = s("b"); // a cycle of namespaces
    g.nodes[1].parent = s("a");
    g.nodes[2].parent = s("self");
    g.nodes[5].parent = s("missing");
    g.nodes[6].parent = s("dup"); // parent that is not a container
    g.nodes[7].size = QSizeF(std::nan(""), 1e300);
    g.edges = {makeEdge(s("x"), s("dup"), s("nowhere")), makeEdge(s("y"), s("dup"), s("dup"))};
    const LayoutResult r = arrangeLayered(g);
    EXPECT_EQ(r.positions.size(), 7); // "dup" once
    for (auto it = r.positions.cbegin(); it != r.positions.cend(); ++it)
        EXPECT_TRUE(finite(rectOf(r, it.key()))) << it.key().toStdString();
    EXPECT_EQ(r.sizes.value(s("nan")), QSizeF(DefaultNodeWidth, DefaultNodeHeight));
    // Exactly one of the two cyclic namespaces ends up inside the other.
    const bool aInB = rectOf(r, s("b")).contains(rectOf(r, s("a")));
    const bool bInA = rectOf(r, s("a")).contains(rectOf(r, s("b")));
    EXPECT_NE(aInB, bInA);
}

TEST(LayeredLayoutTest, DeepNestingIsCut)
{
    GraphData g;
    for (int i = 0; i < 2000; ++i) {
        Node n = makeNode(QStringLiteral("ns%1").arg(i), s("NAMESPACE"));
        if (i > 0)
            n.parent = QStringLiteral("ns%1").arg(i - 1);
        g.nodes << n;
    }
    const LayoutResult r = arrangeLayered(g);
    EXPECT_EQ(r.positions.size(), 2000);
    for (auto it = r.sizes.cbegin(); it != r.sizes.cend(); ++it)
        ASSERT_LT(it->width(), 1e5) << it.key().toStdString();
}

TEST(LayeredLayoutTest, TenThousandNodesAreAllPlaced)
{
    // Speed is measured by tests/bench/bench_layout; this checks the large case is complete.
    const GraphData g = large(20, 500);
    ASSERT_EQ(g.nodes.size(), 10020);
    const LayoutResult r = arrangeLayered(g);
    EXPECT_EQ(r.positions.size(), g.nodes.size());
    EXPECT_EQ(r.sizes.size(), g.nodes.size());
    EXPECT_GT(r.sizes.value(QStringLiteral("ns0")).width(), 1000);
}
