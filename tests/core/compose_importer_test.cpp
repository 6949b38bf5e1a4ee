// Docker Compose import: tests/data/import/compose/shop is a Compose project written for these
// tests in the shape teams run locally (web + worker + database + cache, volumes, healthchecks,
// env files, a secret, a config, a build-only service, host binds and privileged flags).
#include "codegen/LocalEngine.h"
#include "io/ComposeImporter.h"
#include "validate/ManifestValidator.h"

#include "TestSupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace kg;
using kg::test::s;

namespace {

io::ImportResult importShop()
{
    auto r = io::KubernetesYamlImporter::importPaths(
            {test::sourcePath(s("tests/data/import/compose/shop"))});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
    return r.ok() ? *r : io::ImportResult();
}

const Node *node(const GraphData &g, const char *id)
{
    return test::findNode(g, QLatin1String(id));
}

bool hasEdge(const GraphData &g, const char *from, const char *to, const char *type)
{
    return test::hasEdge(g, QLatin1String(from), QLatin1String(to), QLatin1String(type));
}

QString warnings(const io::ImportResult &r)
{
    QStringList out;
    for (const Error &w : r.warnings)
        out << w.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST(ComposeImporterTest, EveryServiceBecomesAWorkloadWithItsImageAndEnvironment)
{
    const io::ImportResult r = importShop();
    EXPECT_EQ(r.objectCount, 4);
    const GraphData &g = r.graph;
    const Node *web = node(g, "compose/web");
    ASSERT_TRUE(web);
    EXPECT_EQ(web->kind, s("DEPLOYMENT"));
    EXPECT_EQ(web->property(s("image")), s("registry.example.com/shop/web:3.2.1")); // from .env
    const QVariantMap env = web->property(s("env")).toMap();
    EXPECT_EQ(env.value(s("DATABASE_HOST")), s("db"));
    EXPECT_EQ(env.value(s("LOG_LEVEL")), s("info"));                 // env_file
    EXPECT_EQ(env.value(s("ALLOWED_HOSTS")), s("shop.example.com")); // quotes removed
    EXPECT_FALSE(env.contains(s("DJANGO_SECRET_KEY")));              // moved to a Secret
    EXPECT_EQ(web->property(s("args")),
              (QStringList{s("gunicorn"), s("shop.wsgi"), s("--bind"), s("0.0.0.0:8000")}));
    EXPECT_EQ(web->property(s("ports")), (QVariantList{8000}));
    EXPECT_EQ(web->property(s("healthPath")), s("/healthz"));
    EXPECT_EQ(web->property(s("replicas")), qint64(2));
    EXPECT_EQ(web->property(s("cpuLimit")), s("500m"));
    EXPECT_EQ(web->property(s("memoryLimit")), s("512Mi"));
    EXPECT_EQ(web->property(s("memoryRequest")), s("256Mi"));
    EXPECT_EQ(web->property(s("labels")).toMap().value(s("team")), s("storefront"));

    const Node *db = node(g, "compose/db");
    ASSERT_TRUE(db);
    EXPECT_EQ(db->kind, s("STATEFULSET")); // a named volume holds its data
    EXPECT_EQ(db->property(s("mountPath")), s("/var/lib/postgresql/data"));
    EXPECT_EQ(db->property(s("image")), s("postgres:16.3"));
    const Node *cache = node(g, "compose/cache");
    ASSERT_TRUE(cache);
    EXPECT_EQ(cache->property(s("args")),
              (QStringList{s("redis-server"), s("--appendonly"), s("yes")}));
    const Node *worker = node(g, "compose/worker");
    ASSERT_TRUE(worker);
    EXPECT_FALSE(worker->properties.contains(s("image"))); // build only: reported below

    const Node *frame = node(g, "compose/namespace");
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->name, s("corner-shop"));
    EXPECT_EQ(web->parent, frame->id);
}

TEST(ComposeImporterTest, ReferencesBecomeEdgesAndNodes)
{
    const GraphData g = importShop().graph;
    EXPECT_TRUE(hasEdge(g, "compose/web-service", "compose/web", "SERVICE_EXPOSES_POD"));
    EXPECT_EQ(node(g, "compose/web-service")->property(s("port")), 8080);
    EXPECT_EQ(node(g, "compose/web-service")->property(s("targetPort")), 8000);
    // StatefulSets get their own Service from the engine: edges go to the workload.
    EXPECT_TRUE(hasEdge(g, "compose/web", "compose/db", "CONNECTS_TO"));
    EXPECT_TRUE(hasEdge(g, "compose/web", "compose/cache", "CONNECTS_TO"));
    EXPECT_TRUE(hasEdge(g, "compose/worker", "compose/db", "CONNECTS_TO"));
    EXPECT_FALSE(node(g, "compose/db-service"));
    EXPECT_TRUE(hasEdge(g, "compose/db", "compose/secret/db_password", "REQUIRES"));
    EXPECT_TRUE(hasEdge(g, "compose/web", "compose/config/nginx_conf", "REQUIRES"));
    EXPECT_EQ(
            node(g, "compose/config/nginx_conf")->property(s("data")).toMap().value(s("nginx_conf")),
            s("server { listen 8000; }\n"));
    EXPECT_EQ(node(g, "compose/cache")->kind, s("STATEFULSET"));
    EXPECT_EQ(node(g, "compose/cache")->property(s("mountPath")), s("/data"));
    EXPECT_EQ(node(g, "compose/db")->property(s("env")).toMap().value(s("POSTGRES_PASSWORD_FILE")),
              s("/run/secrets/db_password")); // a path, not a secret value
    const Node *envSecret = node(g, "compose/web-env-secret");
    ASSERT_TRUE(envSecret);
    EXPECT_EQ(envSecret->property(s("keys")), (QStringList{s("DJANGO_SECRET_KEY")}));
    EXPECT_TRUE(hasEdge(g, "compose/worker", "compose/worker-env-secret", "REQUIRES"));
}

TEST(ComposeImporterTest, WhatCannotBeMappedIsReportedWithTheReason)
{
    const QString all = warnings(importShop());
    for (const char *expected :
         {"worker has no image", "./static:/app/static is not mapped", "network_mode is not mapped",
          "privileged is not mapped", "tmpfs /tmp is not mapped", "restart is not mapped",
          "pg_isready", "DJANGO_SECRET_KEY moved to the Secret"}) {
        EXPECT_TRUE(all.contains(QLatin1String(expected))) << expected << "\n" << all.toStdString();
    }
}

TEST(ComposeImporterTest, TheGeneratedWorkloadsAreSchemaValid)
{
    const io::ImportResult r = importShop();
    const auto result = LocalEngine::generate(r.graph, {});
    ASSERT_TRUE(result.ok());
    int workloads = 0;
    for (const Artifact &a : result->artifacts) {
        if (!a.path.endsWith(QLatin1String(".yaml")))
            continue;
        if (a.content.contains("kind: Deployment") || a.content.contains("kind: StatefulSet"))
            ++workloads;
        const QList<ValidationIssue> issues = ManifestValidator::validateData(a.content, a.path);
        for (const ValidationIssue &i : issues)
            EXPECT_NE(i.severity, Severity::Error) << i.toString().toStdString();
        if (a.path.contains(QLatin1String("web-deployment"))) {
            EXPECT_TRUE(a.content.contains("registry.example.com/shop/web:3.2.1"));
        }
    }
    EXPECT_EQ(workloads, 4);
}

TEST(ComposeImporterTest, BadComposeFilesAreLocatedErrors)
{
    auto bad = io::KubernetesYamlImporter::importPaths(
            {test::sourcePath(s("tests/data/import/compose/bad"))});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(s("servics"))) << bad.error().toString().toStdString();
    EXPECT_EQ(bad.error().location.line, 4);
    EXPECT_FALSE(io::ComposeImporter::importData(QByteArray("\x00\x01", 2), s("c.yaml"), {}).ok());
    EXPECT_FALSE(io::ComposeImporter::importData("services: [a, b]\n", s("c.yaml"), {}).ok());
    EXPECT_FALSE(io::ComposeImporter::importData("- just a list\n", s("c.yaml"), {}).ok());
    auto odd = io::ComposeImporter::importData(
            "services:\n  a: 7\n  b:\n    image: x:1\n    ports: [\"1-3:1-3\", 99999, {}]\n"
            "    depends_on: [nowhere, a]\n    volumes: [{type: volume, source: missing, target: "
            "/d}]\n",
            s("c.yaml"), {});
    ASSERT_TRUE(odd.ok()) << odd.error().toString().toStdString();
    const QString all = warnings(*odd);
    EXPECT_TRUE(all.contains(s("port range"))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("nowhere"))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("not a map"))) << all.toStdString();
    // "a" is not a map, so it has no node: no edge may point at it (found by fuzzing).
    QSet<QString> ids;
    for (const Node &n : odd->graph.nodes)
        ids.insert(n.id);
    for (const Edge &e : odd->graph.edges)
        EXPECT_TRUE(ids.contains(e.source) && ids.contains(e.target)) << e.id.toStdString();
}
