#include "io/JsonCanvasFormat.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace kg;
using kg::test::s;
namespace canvas = kg::io::JsonCanvasFormat;
using kg::test::makeEdge;
using kg::test::makeNode;

namespace {

const char *const Sample = R"({
  "nodes": [
    {"id":"g1","type":"group","x":0,"y":0,"width":900,"height":400,"label":"Namespace: shop"},
    {"id":"g2","type":"group","x":0,"y":500,"width":300,"height":200,"label":"Ideas"},
    {"id":"web","type":"text","x":300,"y":100,"width":200,"height":80,
     "text":"# Deployment: web\nimage: nginx:1.27\nreplicas: 3\nports: 8080, 9090\nenv: A=1, B=2","color":"4"},
    {"id":"svc","type":"text","x":40,"y":100,"width":200,"height":80,"text":"Service\nweb-svc"},
    {"id":"db","type":"text","x":600,"y":100,"width":200,"height":80,"text":"**Database**: orders\nengine: postgresql"},
    {"id":"note","type":"text","x":40,"y":550,"width":200,"height":80,"text":"remember to add TLS"},
    {"id":"ext","type":"link","x":1000,"y":100,"width":200,"height":80,"url":"https://api.stripe.com:8443/v1"},
    {"id":"f","type":"file","x":1000,"y":300,"width":200,"height":80,"file":"docs/Load Balancer.md"}
  ],
  "edges": [
    {"id":"e1","fromNode":"svc","toNode":"web","label":"service exposes pod"},
    {"id":"e2","fromNode":"web","toNode":"db"},
    {"id":"e3","fromNode":"web","toNode":"ext","label":"talks to payments"}
  ]
})";

const Node *node(const GraphData &g, const char *id)
{
    for (const Node &n : g.nodes) {
        if (n.id == QLatin1String(id))
            return &n;
    }
    return nullptr;
}

QString errorOf(const QByteArray &json)
{
    auto r = canvas::read(json, s("c.canvas"));
    return r ? QString() : r.error().toString();
}

} // namespace

TEST(JsonCanvasFormatTest, TextNamesTheKind)
{
    auto r = canvas::read(Sample, s("c.canvas"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const GraphData &g = *r;
    const Node *web = node(g, "web");
    ASSERT_TRUE(web);
    EXPECT_EQ(web->kind, s("DEPLOYMENT"));
    EXPECT_EQ(web->name, s("web"));
    EXPECT_EQ(web->parent, s("g1"));
    EXPECT_EQ(web->property(s("replicas")), qint64(3));
    EXPECT_EQ(web->property(s("ports")), (QVariantList{qint64(8080), qint64(9090)}));
    EXPECT_EQ(web->property(s("env")), (QVariantMap{{s("A"), s("1")}, {s("B"), s("2")}}));
    EXPECT_EQ(node(g, "svc")->kind, s("SERVICE"));
    EXPECT_EQ(node(g, "svc")->name, s("web-svc"));
    EXPECT_EQ(node(g, "db")->kind, s("DATABASE"));
    EXPECT_EQ(node(g, "db")->name, s("orders"));
    EXPECT_EQ(node(g, "note")->kind, s("CONFIG"));
    EXPECT_EQ(node(g, "note")->parent, QString());
    EXPECT_EQ(node(g, "ext")->kind, s("EXTERNAL_DEPENDENCY"));
    EXPECT_EQ(node(g, "ext")->property(s("host")), s("api.stripe.com"));
    EXPECT_EQ(node(g, "ext")->property(s("port")), qint64(8443));
    EXPECT_EQ(node(g, "f")->kind, s("LOAD_BALANCER"));
    EXPECT_EQ(node(g, "g1")->kind, s("NAMESPACE"));
    EXPECT_EQ(node(g, "g1")->name, s("shop"));
    EXPECT_FALSE(node(g, "g2")); // not a namespace: kept aside, not a node
    ASSERT_EQ(g.edges.size(), 3);
    EXPECT_EQ(g.edges[0].connectionType, s("SERVICE_EXPOSES_POD"));
    EXPECT_EQ(g.edges[1].connectionType, s("CONNECTS_TO")); // proposed by the catalog
    EXPECT_EQ(g.edges[2].properties.value(s("label")), s("talks to payments"));
}

TEST(JsonCanvasFormatTest, RoundTrip)
{
    GraphData g;
    g.nodes = {makeNode(s("ns"), s("NAMESPACE"), s("shop"), {0, 0}),
               makeNode(s("api"), s("MICROSERVICE"), s("api"), {100, 100},
                        {{s("image"), s("ghcr.io/acme/api:1.0")},
                         {s("ports"), QVariantList{qint64(8080)}},
                         {s("replicas"), qint64(2)},
                         {s("env"), QVariantMap{{s("MODE"), s("prod")}}}}),
               makeNode(s("cache"), s("CACHE"), s("sessions"), {400, 100},
                        {{s("engine"), s("redis")}, {s("persistence"), true}})};
    g.nodes[1].parent = s("ns");
    g.nodes[2].parent = s("ns");
    g.edges = {makeEdge(s("e1"), s("api"), s("cache"), s("MICROSERVICE_DEPENDS_ON"))};
    auto back = canvas::read(canvas::write(g), s("rt.canvas"));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    ASSERT_EQ(back->nodes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Node *n = node(*back, g.nodes[i].id.toLatin1().constData());
        ASSERT_TRUE(n);
        EXPECT_EQ(n->kind, g.nodes[i].kind);
        EXPECT_EQ(n->name, g.nodes[i].name);
        EXPECT_EQ(n->parent, g.nodes[i].parent);
        EXPECT_EQ(n->properties, g.nodes[i].properties) << n->id.toStdString();
        if (i > 0) {
            EXPECT_EQ(n->pos, g.nodes[i].pos);
        }
    }
    EXPECT_EQ(back->edges, g.edges);
    // Writing the result again gives the same bytes.
    EXPECT_EQ(canvas::write(*back), canvas::write(*canvas::read(canvas::write(*back))));
}

TEST(JsonCanvasFormatTest, KindLabels)
{
    EXPECT_EQ(canvas::kindLabel(s("LOAD_BALANCER")), s("Load Balancer"));
    EXPECT_EQ(canvas::kindFromLabel(s("load balancer")), s("LOAD_BALANCER"));
    EXPECT_EQ(canvas::kindFromLabel(s("LoadBalancer")), s("LOAD_BALANCER"));
    EXPECT_EQ(canvas::kindFromLabel(s("Persistentvolumeclaim")), s("PERSISTENTVOLUMECLAIM"));
    EXPECT_EQ(canvas::kindFromLabel(s("hello world")), QString());
}

TEST(JsonCanvasFormatTest, MalformedInputGivesLocatedErrors)
{
    EXPECT_TRUE(errorOf(R"({"nodes":{}})").contains(s("/nodes")));
    EXPECT_TRUE(errorOf(R"({"nodes":[{"type":"text"}]})").contains(s("/nodes/0/id")));
    EXPECT_TRUE(errorOf(R"({"nodes":[{"id":"a","type":"video"}]})").contains(s("/nodes/0/type")));
    EXPECT_TRUE(
            errorOf(R"({"nodes":[{"id":"a","type":"text","x":"1"}]})").contains(s("/nodes/0/x")));
    EXPECT_TRUE(errorOf(R"({"nodes":[{"id":"a","type":"text","text":5}]})")
                        .contains(s("/nodes/0/text")));
    EXPECT_TRUE(errorOf(R"({"edges":[{"id":"e","fromNode":"a"}]})").contains(s("/edges/0")));
    EXPECT_TRUE(errorOf(R"({"edges":[{"id":"e","fromNode":1,"toNode":"b"}]})")
                        .contains(s("/edges/0/fromNode")));
    EXPECT_TRUE(errorOf("").contains(s("empty")));
    EXPECT_TRUE(errorOf(QByteArray("\x00\x02", 2)).contains(s("binary")));
    EXPECT_TRUE(errorOf(QByteArray(1000, '[')).contains(s("deeper")));
    const QByteArray valid = Sample;
    for (int i = 0; i < valid.size(); ++i)
        ASSERT_FALSE(canvas::read(valid.left(i)).ok()) << i;
    QRandomGenerator rng(3);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk(int(rng.bounded(1, 300)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(1, 256));
        EXPECT_FALSE(canvas::read(junk).ok());
    }
    // Huge text: read as a note, not refused.
    const QByteArray huge = R"({"nodes":[{"id":"a","type":"text","text":")"
                            + QByteArray(2 * 1024 * 1024, 'z') + R"("}]})";
    auto r = canvas::read(huge);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->nodes[0].kind, s("CONFIG"));
}
