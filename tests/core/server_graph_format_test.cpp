#include "io/ServerGraphFormat.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace kg;
using kg::test::s;
namespace sgf = kg::io::ServerGraphFormat;

namespace {

// The complete example request of kubegram-api.md §7.7.
const char *const ExampleRequest = R"({
  "graph": {
    "name": "shop-backend",
    "graphType": "KUBERNETES", "companyId": "6f1d2c3b-8a4e-4f7a-9c1b-2d3e4f5a6b7c", "userId": "42",
    "nodes": [
      { "id": "orders-api", "name": "orders-api", "nodeType": "MICROSERVICE", "namespace": "shop",
        "companyId": "6f1d2c3b-8a4e-4f7a-9c1b-2d3e4f5a6b7c", "userId": "42",
        "microservice": { "language": "go", "framework": "gin", "image": "ghcr.io/acme/orders-api:1.4", "ports": [8080] },
        "spec": { "replicas": 3, "resources": { "requests": { "cpu": "250m", "memory": "256Mi" } } },
        "edges": [ { "connectionType": "MICROSERVICE_DEPENDS_ON",
                     "node": { "id": "orders-db", "name": "orders-db", "nodeType": "DATABASE",
                               "companyId": "6f1d2c3b-8a4e-4f7a-9c1b-2d3e4f5a6b7c", "userId": "42" } } ],
        "x": 320, "y": 200, "width": 100, "height": 100, "label": "orders-api" },
      { "id": "orders-db", "name": "orders-db", "nodeType": "DATABASE", "namespace": "shop",
        "companyId": "6f1d2c3b-8a4e-4f7a-9c1b-2d3e4f5a6b7c", "userId": "42",
        "database": { "engine": "postgresql", "version": "16", "port": 5432, "databaseName": "orders",
                      "storageSize": "20Gi", "backupEnabled": true, "backupSchedule": "0 3 * * *" },
        "x": 180, "y": 420, "width": 100, "height": 100, "label": "orders-db" }
    ]
  },
  "project": { "id": "17", "name": "Shop backend", "teamId": "7" },
  "llmConfig": { "provider": "CLAUDE" },
  "context": ["Run Postgres as a StatefulSet with a PVC"]
})";

GraphData readOk(const QByteArray &json)
{
    auto r = sgf::read(json, s("g.json"));
    EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
    return r.ok() ? *r : GraphData();
}

QString errorOf(const QByteArray &json)
{
    auto r = sgf::read(json, s("g.json"));
    return r ? QString() : r.error().toString();
}

const Node *node(const GraphData &g, const char *id)
{
    for (const Node &n : g.nodes) {
        if (n.id == QLatin1String(id))
            return &n;
    }
    return nullptr;
}

// Every field of @p expected is in @p actual with the same value (arrays element by element).
void expectContains(const QJsonValue &expected, const QJsonValue &actual, const QString &ptr)
{
    if (expected.isObject()) {
        ASSERT_TRUE(actual.isObject()) << ptr.toStdString();
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            ASSERT_TRUE(a.contains(it.key()))
                    << QString(ptr + QLatin1Char('/') + it.key()).toStdString();
            expectContains(it.value(), a.value(it.key()), ptr + QLatin1Char('/') + it.key());
        }
    } else if (expected.isArray()) {
        ASSERT_TRUE(actual.isArray()) << ptr.toStdString();
        ASSERT_EQ(expected.toArray().size(), actual.toArray().size()) << ptr.toStdString();
        for (qsizetype i = 0; i < expected.toArray().size(); ++i)
            expectContains(expected.toArray().at(i), actual.toArray().at(i),
                           ptr + QLatin1Char('/') + QString::number(i));
    } else {
        EXPECT_EQ(expected, actual) << ptr.toStdString();
    }
}

} // namespace

TEST(ServerGraphFormatTest, ExampleRequestMapsOntoTheCatalog)
{
    const GraphData g = readOk(ExampleRequest);
    EXPECT_EQ(g.name, s("shop-backend"));
    ASSERT_EQ(g.nodes.size(), 2);
    const Node *api = node(g, "orders-api");
    ASSERT_TRUE(api);
    EXPECT_EQ(api->kind, s("MICROSERVICE"));
    EXPECT_EQ(api->pos, QPointF(320, 200));
    EXPECT_EQ(api->size, QSizeF(100, 100));
    EXPECT_EQ(api->property(s("language")), s("go"));
    EXPECT_EQ(api->property(s("image")), s("ghcr.io/acme/orders-api:1.4"));
    EXPECT_EQ(api->property(s("ports")), QVariantList{qint64(8080)});
    EXPECT_EQ(api->property(s("replicas")), qint64(3));
    EXPECT_EQ(api->property(s("cpuRequest")), s("250m"));
    EXPECT_EQ(api->property(s("memoryRequest")), s("256Mi"));
    EXPECT_EQ(api->property(s("namespace")), s("shop"));
    const Node *db = node(g, "orders-db");
    ASSERT_TRUE(db);
    EXPECT_EQ(db->property(s("engine")), s("postgresql"));
    EXPECT_EQ(db->property(s("version")), s("16"));
    EXPECT_EQ(db->property(s("port")), qint64(5432));
    EXPECT_EQ(db->property(s("storageSize")), s("20Gi"));
    EXPECT_EQ(db->property(s("databaseName")), s("orders"));
    ASSERT_EQ(g.edges.size(), 1);
    EXPECT_EQ(g.edges[0].source, s("orders-api"));
    EXPECT_EQ(g.edges[0].target, s("orders-db"));
    EXPECT_EQ(g.edges[0].connectionType, s("MICROSERVICE_DEPENDS_ON"));
    const QVariantMap request = g.metadata.value(sgf::graphFieldsKey())
                                        .toMap()
                                        .value(s("request"))
                                        .toMap();
    EXPECT_EQ(request.value(s("project")).toMap().value(s("id")), s("17"));
}

TEST(ServerGraphFormatTest, RoundTripKeepsEveryField)
{
    const QJsonObject original = QJsonDocument::fromJson(ExampleRequest).object();
    const GraphData g = readOk(ExampleRequest);
    const QJsonObject written = sgf::toCodegenRequest(g, {}, {});
    expectContains(original, written, QString());
    // A second cycle changes nothing.
    const QByteArray once = QJsonDocument(written).toJson();
    const GraphData again = readOk(once);
    EXPECT_EQ(again, g);
    EXPECT_EQ(QJsonDocument(sgf::toCodegenRequest(again, {}, {})).toJson(), once);
}

TEST(ServerGraphFormatTest, UnknownFieldsSurviveTheRoundTrip)
{
    const QByteArray json = R"({"name":"g","graphType":"KUBERNETES","companyId":"c","userId":"1",
        "futureGraphField":{"a":[1,2]},
        "nodes":[{"id":"n","name":"n","nodeType":"CACHE","companyId":"c","userId":"1",
                  "createdAt":"2026-01-01","iconSrc":"x.svg","label":"Cache!",
                  "cache":{"engine":"redis","clusterMode":true,"futureField":7},
                  "spec":{"max_memory":"1gb","custom_knob":"on"},
                  "edges":[{"connectionType":"CACHES","node":{"id":"n"},"startX":1.5,"id":"e"}]}]})";
    const GraphData g = readOk(json);
    ASSERT_EQ(g.nodes.size(), 1);
    EXPECT_EQ(g.nodes[0].kind, s("CACHE"));
    EXPECT_EQ(g.nodes[0].property(s("maxMemory")), s("1gb"));
    expectContains(QJsonDocument::fromJson(json).object(), sgf::toGraph(g), QString());
}

TEST(ServerGraphFormatTest, EditedValuesGoBackWhereTheyCameFrom)
{
    GraphData g = readOk(ExampleRequest);
    Node &api = g.nodes[0];
    api.properties.insert(s("replicas"), qint64(5));
    api.properties.insert(s("image"), s("ghcr.io/acme/orders-api:1.5"));
    api.properties.insert(s("healthPath"), s("/healthz"));
    api.properties.insert(s("cpuLimit"), s("1"));
    api.properties.insert(s("env"), QVariantMap{{s("MODE"), s("prod")}});
    api.properties.remove(s("language"));
    const QJsonObject out = sgf::toGraph(g, {s("company"), s("7")});
    const QJsonObject o = out.value(s("nodes")).toArray().at(0).toObject();
    EXPECT_EQ(o.value(s("spec")).toObject().value(s("replicas")).toInt(), 5);
    EXPECT_EQ(o.value(s("microservice")).toObject().value(s("image")).toString(),
              s("ghcr.io/acme/orders-api:1.5"));
    EXPECT_FALSE(o.value(s("microservice")).toObject().contains(s("language")));
    EXPECT_EQ(o.value(s("spec")).toObject().value(s("healthPath")).toString(), s("/healthz"));
    const QJsonObject res = o.value(s("spec")).toObject().value(s("resources")).toObject();
    EXPECT_EQ(res.value(s("limits")).toObject().value(s("cpu")).toString(), s("1"));
    EXPECT_EQ(res.value(s("requests")).toObject().value(s("cpu")).toString(), s("250m"));
    const QJsonArray env = o.value(s("microservice"))
                                   .toObject()
                                   .value(s("environmentVariables"))
                                   .toArray();
    ASSERT_EQ(env.size(), 1);
    EXPECT_EQ(env.at(0).toObject().value(s("value")).toString(), s("prod"));
    // The identity is applied to every node and to edge targets.
    EXPECT_EQ(o.value(s("companyId")).toString(), s("company"));
    EXPECT_EQ(out.value(s("userId")).toString(), s("7"));
    EXPECT_EQ(o.value(s("edges"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(s("node"))
                      .toObject()
                      .value(s("companyId"))
                      .toString(),
              s("company"));
    // And it reads back into the same values.
    const GraphData back = readOk(QJsonDocument(out).toJson());
    EXPECT_EQ(back.nodes[0].property(s("replicas")), qint64(5));
    EXPECT_EQ(back.nodes[0].property(s("healthPath")), s("/healthz"));
    EXPECT_EQ(back.nodes[0].property(s("env")), api.property(s("env")));
    EXPECT_FALSE(back.nodes[0].properties.contains(s("language")));
}

TEST(ServerGraphFormatTest, SubObjectWinsOverSpec)
{
    const GraphData g = readOk(R"({"name":"g","nodes":[{"id":"d","name":"d","nodeType":"DATABASE",
        "spec":{"storage_size":"5Gi","storage_class":"slow"},
        "database":{"storageSize":"20Gi"}}]})");
    EXPECT_EQ(g.nodes[0].property(s("storageSize")), s("20Gi"));
    EXPECT_EQ(g.nodes[0].property(s("storageClass")), s("slow"));
}

TEST(ServerGraphFormatTest, NodeTypesAreNormalised)
{
    const GraphData g = readOk(R"({"name":"g","nodes":[
        {"id":"a","name":"a","nodeType":"deployment"},
        {"id":"b","name":"b","nodeType":"Message_Queue"},
        {"id":"c","name":"c","nodeType":"quantumThing"},
        {"id":"d","name":"d","gateway":{"domains":["shop.example.com"]}}]})");
    EXPECT_EQ(g.nodes[0].kind, s("DEPLOYMENT"));
    EXPECT_EQ(g.nodes[1].kind, s("MESSAGE_QUEUE"));
    EXPECT_EQ(g.nodes[2].kind, s("QUANTUMTHING"));
    EXPECT_EQ(g.nodes[3].kind, s("GATEWAY"));
    EXPECT_EQ(g.nodes[3].property(s("hosts")), QVariantList{s("shop.example.com")});
}

TEST(ServerGraphFormatTest, NodesMayBeAJsonString)
{
    const GraphData g = readOk(R"({"name":"g","graphType":"KUBERNETES",
        "nodes":"[{\"id\":\"a\",\"name\":\"a\",\"nodeType\":\"POD\"}]"})");
    ASSERT_EQ(g.nodes.size(), 1);
    EXPECT_EQ(g.nodes[0].kind, s("POD"));
    EXPECT_TRUE(errorOf(R"({"name":"g","nodes":"[{\"id\": "})").contains(s("/nodes")));
    EXPECT_TRUE(errorOf(R"({"name":"g","nodes":"{}"})").contains(s("/nodes")));
}

TEST(ServerGraphFormatTest, DependencyTypeMeansExternal)
{
    GraphData g = readOk(R"({"name":"g","nodes":[{"id":"d","name":"d","nodeType":"DATABASE",
        "dependencyType":"DATABASE","spec":{"endpoint":"db.example.com"}}]})");
    EXPECT_EQ(g.nodes[0].property(s("external")), true);
    EXPECT_EQ(g.nodes[0].property(s("host")), s("db.example.com"));
    g.nodes[0].properties.insert(s("external"), false);
    const QJsonObject o = sgf::toGraph(g).value(s("nodes")).toArray().at(0).toObject();
    EXPECT_FALSE(o.contains(s("dependencyType")));
}

TEST(ServerGraphFormatTest, DuplicatesDanglingEdgesAndDeepCopiesAreKept)
{
    const GraphData g = readOk(R"({"name":"g","nodes":[
        {"id":"a","name":"a","nodeType":"SERVICE","edges":[
            {"connectionType":"SERVICE_EXPOSES_POD","node":{"id":"b","name":"b","nodeType":"DEPLOYMENT",
              "spec":{"replicas":2},"edges":[{"node":{"id":"a"}}]}},
            {"connectionType":"CONNECTS_TO","node":{"id":"ghost"}}]},
        {"id":"b","name":"b","nodeType":"DEPLOYMENT"},
        {"id":"b","name":"b2","nodeType":"POD"}]})");
    ASSERT_EQ(g.nodes.size(), 3);
    EXPECT_EQ(g.nodes[1].id, g.nodes[2].id);
    ASSERT_EQ(g.edges.size(), 2);
    EXPECT_EQ(g.edges[0].target, s("b"));
    EXPECT_EQ(g.edges[1].target, s("ghost"));
    EXPECT_NE(g.edges[0].id, g.edges[1].id);
    // The dangling edge is written back with its target id.
    const QJsonObject a = sgf::toGraph(g).value(s("nodes")).toArray().at(0).toObject();
    EXPECT_EQ(a.value(s("edges"))
                      .toArray()
                      .at(1)
                      .toObject()
                      .value(s("node"))
                      .toObject()
                      .value(s("id"))
                      .toString(),
              s("ghost"));
}

TEST(ServerGraphFormatTest, GraphMetaKeepsOtherKeys)
{
    const GraphData g = readOk(ExampleRequest);
    const QJsonObject existing{{s("description"), s("old")},
                               {s("createdAt"), s("2026-01-01")},
                               {s("graphData"), QJsonObject{{s("stale"), true}}}};
    const QJsonObject meta = sgf::toGraphMeta(g, {}, existing, QJsonObject{{s("viewport"), 1}},
                                              QDateTime(QDate(2026, 4, 16), QTime(20, 58), Qt::UTC));
    EXPECT_EQ(meta.value(s("description")).toString(), s("old"));
    EXPECT_EQ(meta.value(s("createdAt")).toString(), s("2026-01-01"));
    EXPECT_EQ(meta.value(s("nodes")).toInt(), 2);
    EXPECT_EQ(meta.value(s("lastUpdated")).toString(), s("2026-04-16T20:58:00.000Z"));
    EXPECT_EQ(meta.value(s("desktop")).toObject().value(s("schemaVersion")).toInt(), 1);
    EXPECT_FALSE(meta.value(s("graphData")).toObject().contains(s("stale")));
    const GraphData back = readOk(QJsonDocument(meta).toJson());
    EXPECT_EQ(back.nodes.size(), 2);
    EXPECT_EQ(back.edges.size(), 1);
}

TEST(ServerGraphFormatTest, WrongTypesGiveLocatedErrors)
{
    struct Case
    {
        const char *json;
        const char *pointer;
    };
    const Case cases[] = {
            {R"({"name":"g","nodes":{}})", "/nodes"},
            {R"({"name":7,"nodes":[]})", "/name"},
            {R"({"name":"g","nodes":[3]})", "/nodes/0"},
            {R"({"name":"g","nodes":[{"id":"a","x":"left"}]})", "/nodes/0/x"},
            {R"({"name":"g","nodes":[{"id":"a","y":1e300}]})", "/nodes/0/y"},
            {R"({"name":"g","nodes":[{"id":["a"]}]})", "/nodes/0/id"},
            {R"({"name":"g","nodes":[{"id":"a","nodeType":5}]})", "/nodes/0/nodeType"},
            {R"({"name":"g","nodes":[{"id":"a","spec":[]}]})", "/nodes/0/spec"},
            {R"({"name":"g","nodes":[{"id":"a","database":"pg"}]})", "/nodes/0/database"},
            {R"({"name":"g","nodes":[{"id":"a","edges":{}}]})", "/nodes/0/edges"},
            {R"({"name":"g","nodes":[{"id":"a","edges":[1]}]})", "/nodes/0/edges/0"},
            {R"({"name":"g","nodes":[{"id":"a","edges":[{"node":7}]}]})", "/nodes/0/edges/0/node"},
            {R"({"graph":{"name":"g","nodes":[{"id":"a","label":[]}]},"project":{}})",
             "/graph/nodes/0/label"},
            {R"({"graph":"x","project":{}})", "/graph"},
    };
    for (const Case &c : cases) {
        const QString e = errorOf(c.json);
        EXPECT_TRUE(e.contains(QString::fromLatin1(c.pointer)))
                << c.json << " → " << e.toStdString();
        EXPECT_TRUE(e.contains(s("g.json"))) << e.toStdString();
    }
}

TEST(ServerGraphFormatTest, PropertyValuesOfTheWrongTypeAreKeptForTheValidator)
{
    const GraphData g = readOk(R"({"name":"g","nodes":[{"id":"a","nodeType":"DEPLOYMENT",
        "spec":{"replicas":"three","ports":[70000]}}]})");
    EXPECT_EQ(g.nodes[0].property(s("replicas")), s("three"));
    EXPECT_EQ(g.nodes[0].property(s("ports")), QVariantList{qint64(70000)});
}

TEST(ServerGraphFormatTest, HostileInputNeverCrashes)
{
    const QByteArray valid = ExampleRequest;
    for (int i = 0; i < valid.size(); ++i) {
        auto r = sgf::read(valid.left(i), s("t.json"));
        ASSERT_FALSE(r.ok()) << "prefix " << i;
        ASSERT_FALSE(r.error().message.isEmpty());
    }
    EXPECT_TRUE(errorOf("").contains(s("empty")));
    EXPECT_TRUE(errorOf(QByteArray("\x00\xff\x10", 3)).contains(s("binary")));
    EXPECT_TRUE(errorOf(QByteArray(100000, '[')).contains(s("deeper")));
    EXPECT_TRUE(errorOf("[1,2]").contains(s("not an object")));
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk(int(rng.bounded(1, 400)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(1, 256));
        EXPECT_FALSE(sgf::read(junk, s("r.json")).ok());
    }
    // Huge strings are read, not refused, and nothing explodes.
    const QByteArray huge = "{\"name\":\"" + QByteArray(4 * 1024 * 1024, 'x')
                            + "\",\"nodes\":[{\"id\":\"a\",\"name\":\"" + QByteArray(100000, 'y')
                            + "\"}]}";
    EXPECT_EQ(readOk(huge).name.size(), 4 * 1024 * 1024);
    // Every field of every node replaced by values of every JSON type.
    const QJsonObject example = QJsonDocument::fromJson(ExampleRequest).object();
    const QJsonArray nodes = example.value(s("graph")).toObject().value(s("nodes")).toArray();
    const QJsonValue junkValues[] = {QJsonValue(),          QJsonValue(true),
                                     QJsonValue(-1.5),      QJsonValue(s("zz")),
                                     QJsonArray{1, s("a")}, QJsonObject{{s("k"), 1}}};
    const QStringList fields = nodes.at(0).toObject().keys();
    for (const QString &field : fields) {
        for (const QJsonValue &v : junkValues) {
            QJsonObject n = nodes.at(0).toObject();
            n.insert(field, v);
            QJsonObject graph = example.value(s("graph")).toObject();
            graph.insert(s("nodes"), QJsonArray{n, nodes.at(1)});
            auto r = sgf::fromJson(graph, s("f.json"));
            if (!r.ok())
                EXPECT_FALSE(r.error().location.pointer.isEmpty()) << field.toStdString();
            else
                sgf::toGraph(*r); // must not crash either
        }
    }
}
