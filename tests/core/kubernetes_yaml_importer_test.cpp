#include "io/KubernetesYamlImporter.h"

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QRectF>

using namespace kg;
using io::ImportResult;
using io::KubernetesYamlImporter;
using kg::test::s;

namespace {

ImportResult importShop()
{
    auto r = KubernetesYamlImporter::importPaths({test::sourcePath(s("tests/data/manifests/shop"))},
                                                 s("shop"));
    EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().toString().toStdString());
    return r ? *r : ImportResult();
}

const Node *node(const GraphData &g, const char *id)
{
    return test::findNode(g, QLatin1String(id));
}

bool hasEdge(const GraphData &g, const char *from, const char *to, const char *type)
{
    return test::hasEdge(g, QLatin1String(from), QLatin1String(to), QLatin1String(type));
}

QString errorOf(const QByteArray &yaml, const char *file = "m.yaml")
{
    KubernetesYamlImporter importer;
    const Status st = importer.addData(yaml, s(file));
    return st ? QString() : st.error().toString();
}

} // namespace

TEST(KubernetesYamlImporterTest, ObjectsBecomeNodesOfCatalogKinds)
{
    const ImportResult r = importShop();
    EXPECT_EQ(r.files.size(), 3);
    EXPECT_EQ(r.objectCount, 16);
    const Node *web = node(r.graph, "shop/deployment/web");
    ASSERT_TRUE(web);
    EXPECT_EQ(web->kind, s("DEPLOYMENT"));
    EXPECT_EQ(web->parent, s("namespace/shop"));
    EXPECT_EQ(web->property(s("image")), s("ghcr.io/acme/web:1.4.2"));
    EXPECT_EQ(web->property(s("replicas")), qint64(3));
    EXPECT_EQ(web->property(s("ports")), QVariantList{qint64(8080)});
    EXPECT_EQ(web->property(s("env")), (QVariantMap{{s("MODE"), s("production")}}));
    EXPECT_EQ(web->property(s("cpuRequest")), s("250m"));
    EXPECT_EQ(web->property(s("memoryLimit")), s("512Mi"));
    EXPECT_EQ(web->property(s("healthPath")), s("/healthz"));
    EXPECT_EQ(web->property(s("labels")), (QVariantMap{{s("team"), s("storefront")}}));
    const Node *ingress = node(r.graph, "shop/ingress/shop");
    ASSERT_TRUE(ingress);
    EXPECT_EQ(ingress->property(s("hosts")), QStringList{s("shop.example.com")});
    EXPECT_EQ(ingress->property(s("paths")), (QStringList{s("/"), s("/api")}));
    EXPECT_EQ(ingress->property(s("tlsEnabled")), true);
    EXPECT_EQ(ingress->property(s("tlsSecretName")), s("shop-tls"));
    EXPECT_EQ(node(r.graph, "shop/cronjob/nightly-report")->property(s("schedule")),
              s("0 3 * * *"));
    EXPECT_EQ(node(r.graph, "shop/statefulset/db")->property(s("storageSize")), s("20Gi"));
    EXPECT_EQ(node(r.graph, "shop/statefulset/db")->property(s("mountPath")),
              s("/var/lib/postgresql/data"));
    EXPECT_EQ(node(r.graph, "shop/persistentvolumeclaim/uploads")->property(s("storageSize")),
              s("5Gi"));
    EXPECT_EQ(node(r.graph, "shop/horizontalpodautoscaler/web")->property(s("targetCpuUtilization")),
              qint64(65));
    EXPECT_EQ(node(r.graph, "shop/role/config-reader")->property(s("verbs")),
              (QStringList{s("get"), s("list")}));
    EXPECT_EQ(node(r.graph, "namespace/shop")->property(s("podSecurity")), s("restricted"));
    EXPECT_EQ(node(r.graph, "storageclass/fast")->parent, QString()); // cluster-scoped
}

// A Secret's values are the user's: they stay in its base object (so that it comes back
// unchanged), never in the properties the inspector shows, and the import says so.
TEST(KubernetesYamlImporterTest, SecretValuesStayInTheBaseObjectOnly)
{
    const ImportResult r = importShop();
    const Node *secret = node(r.graph, "shop/secret/db-credentials");
    ASSERT_TRUE(secret);
    EXPECT_EQ(secret->property(s("keys")), (QStringList{s("password"), s("username")}));
    for (const Node &n : r.graph.nodes) {
        for (auto it = n.properties.cbegin(); it != n.properties.cend(); ++it) {
            if (it.key() == s("manifest"))
                continue;
            EXPECT_FALSE(it.value().toString().contains(s("hunter2"))) << it.key().toStdString();
        }
    }
    EXPECT_TRUE(secret->property(s("manifest")).toString().contains(s("hunter2")));
    bool warned = false;
    for (const Error &w : r.warnings)
        warned = warned || (w.location.nodeId == secret->id && w.message.contains(s("values")));
    EXPECT_TRUE(warned);
}

TEST(KubernetesYamlImporterTest, RelationshipsBecomeEdges)
{
    const GraphData g = importShop().graph;
    EXPECT_TRUE(hasEdge(g, "shop/service/web", "shop/deployment/web", "SERVICE_EXPOSES_POD"));
    EXPECT_TRUE(hasEdge(g, "shop/ingress/shop", "shop/service/web", "ROUTES_TO"));
    EXPECT_TRUE(hasEdge(g, "shop/deployment/web", "shop/configmap/web-config", "REQUIRES"));
    EXPECT_TRUE(hasEdge(g, "shop/deployment/web", "shop/secret/db-credentials", "REQUIRES"));
    EXPECT_TRUE(hasEdge(g, "shop/statefulset/db", "shop/secret/db-credentials", "REQUIRES"));
    EXPECT_TRUE(hasEdge(g, "shop/deployment/web", "shop/persistentvolumeclaim/uploads", "MOUNTS"));
    EXPECT_TRUE(hasEdge(g, "shop/deployment/web", "shop/serviceaccount/web", "AUTHENTICATES"));
    EXPECT_TRUE(hasEdge(g, "shop/horizontalpodautoscaler/web", "shop/deployment/web", "SCALES"));
    EXPECT_TRUE(hasEdge(g, "shop/poddisruptionbudget/web", "shop/deployment/web", "SCALES"));
    EXPECT_TRUE(
            hasEdge(g, "shop/rolebinding/web-config-reader", "shop/role/config-reader", "BINDS"));
    EXPECT_TRUE(
            hasEdge(g, "shop/rolebinding/web-config-reader", "shop/serviceaccount/web", "BINDS"));
    EXPECT_TRUE(hasEdge(g, "shop/persistentvolumeclaim/uploads", "storageclass/fast", "CLAIMS"));
    for (const Edge &e : g.edges) {
        if (e.target == QLatin1String("shop/persistentvolumeclaim/uploads")) {
            EXPECT_EQ(e.properties.value(s("mountPath")), s("/var/uploads"));
        }
    }
    // The selector of the Service does not match the StatefulSet.
    EXPECT_FALSE(hasEdge(g, "shop/service/web", "shop/statefulset/db", "SERVICE_EXPOSES_POD"));
}

TEST(KubernetesYamlImporterTest, WhatCannotBeMappedIsReported)
{
    const ImportResult r = importShop();
    QStringList messages;
    for (const Error &w : r.warnings)
        messages << w.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(s("Certificate"))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("\"api\""))) << all.toStdString();       // missing Ingress backend
    EXPECT_FALSE(all.contains(s("2 containers"))) << all.toStdString(); // all are kept now
    EXPECT_TRUE(all.contains(s("policy.yml:"))) << all.toStdString();   // located
    const Node *cert = node(r.graph, "shop/certificate/shop-cert");
    ASSERT_TRUE(cert);
    EXPECT_EQ(cert->kind, s("CERTIFICATE"));
}

TEST(KubernetesYamlImporterTest, TheResultIsLaidOutByFlow)
{
    const GraphData g = importShop().graph;
    auto x = [&](const char *id) {
        return node(g, id)->pos.x();
    };
    EXPECT_LT(x("shop/ingress/shop"), x("shop/service/web"));
    EXPECT_LT(x("shop/service/web"), x("shop/deployment/web"));
    EXPECT_LT(x("shop/deployment/web"), x("shop/configmap/web-config"));
    const Node *ns = node(g, "namespace/shop");
    const QRectF frame(ns->pos, ns->size);
    EXPECT_TRUE(frame.contains(QRectF(node(g, "shop/deployment/web")->pos, QSizeF(160, 64))));
}

TEST(KubernetesYamlImporterTest, JsonListsAndDuplicatesAreHandled)
{
    KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData(R"({"apiVersion":"v1","kind":"List","items":[
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}},
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}]})",
                                 s("list.json"))
                        .ok());
    const ImportResult r = importer.finish();
    EXPECT_EQ(r.graph.nodes.size(), 1);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].message.contains(s("twice")));
}

TEST(KubernetesYamlImporterTest, MalformedYamlIsALocatedError)
{
    const QString e = errorOf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a\n",
                              "bad.yaml");
    EXPECT_TRUE(e.startsWith(s("bad.yaml:"))) << e.toStdString();
    EXPECT_TRUE(e.contains(s("invalid YAML"))) << e.toStdString();
    EXPECT_TRUE(errorOf(QByteArray("\x00\x01", 2)).contains(s("binary")));
    EXPECT_TRUE(errorOf(QByteArray(20000, '[')).contains(s("m.yaml")));
    EXPECT_TRUE(errorOf("{\"a\":", "x.json").contains(s("x.json:1")));
    // An alias bomb is refused instead of expanded.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'k'; ++c)
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1))
                + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *"
                + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
    EXPECT_TRUE(errorOf(bomb).contains(s("too complex"))) << errorOf(bomb).toStdString();
}

TEST(KubernetesYamlImporterTest, HostileInputNeverCrashes)
{
    const QByteArray valid = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                             "  namespace: shop\nspec:\n  replicas: 2\n  template:\n    spec:\n"
                             "      containers:\n        - name: a\n          image: nginx:1\n";
    for (int i = 0; i <= valid.size(); ++i) {
        KubernetesYamlImporter importer;
        const Status st = importer.addData(valid.left(i), s("t.yaml"));
        if (st) {
            importer.finish(); // a prefix may be valid YAML: it must still import cleanly
        } else {
            EXPECT_FALSE(st.error().message.isEmpty());
        }
    }
    QRandomGenerator rng(7);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk(int(rng.bounded(1, 300)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(1, 128));
        KubernetesYamlImporter importer;
        if (importer.addData(junk, s("r.yaml")))
            importer.finish();
    }
    // Wrong types everywhere: scalars where maps are expected and the other way round.
    KubernetesYamlImporter importer;
    ASSERT_TRUE(
            importer.addData("kind: Deployment\nmetadata: {name: w}\nspec: 7\n---\n"
                             "kind: Service\nmetadata: {name: s}\nspec: {selector: [a], ports: x}\n"
                             "---\nkind: Ingress\nmetadata: {name: i}\nspec: {rules: {a: b}}\n"
                             "---\n- just\n- a list\n---\nkind: [x]\nmetadata: {name: q}\n",
                             s("w.yaml"))
                    .ok());
    const ImportResult r = importer.finish();
    EXPECT_EQ(r.graph.nodes.size(), 3);
    EXPECT_GE(r.warnings.size(), 2);
}

TEST(KubernetesYamlImporterTest, LimitsAreEnforced)
{
    io::ImportLimits limits;
    limits.maxDocuments = 3;
    KubernetesYamlImporter importer(limits);
    QByteArray many;
    for (int i = 0; i < 5; ++i)
        many += "---\nkind: ConfigMap\nmetadata: {name: c" + QByteArray::number(i) + "}\n";
    EXPECT_FALSE(importer.addData(many, s("many.yaml")).ok());

    limits = {};
    limits.maxTotalSize = 100;
    KubernetesYamlImporter small(limits);
    EXPECT_TRUE(small.addData(QByteArray(200, ' ') + "a: b", s("big.yaml"))
                        .error()
                        .message.contains(s("larger")));
    auto missing = KubernetesYamlImporter::importPaths({s("/no/such/dir")});
    EXPECT_FALSE(missing.ok());
}
