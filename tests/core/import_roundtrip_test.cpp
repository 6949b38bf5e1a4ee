// Import → generate gives the user's objects back: every object of tests/data/import/realistic
// (written for these tests in the shapes teams keep: sidecars, init containers, volumes, custom
// resources, RBAC with several rules, …) is compared field by field with its generated copy,
// read by yaml-cpp's own loader (not the product's reader). The only difference allowed is an
// added label or annotation. The engine's own output (every golden graph, every layout that
// needs no external tool) comes back byte for byte.
#include "codegen/LocalEngine.h"
#include "io/ImportedNode.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ManifestRenderer.h"
#include "model/NodeKindCatalog.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace kg;
using kg::test::s;

namespace {

// How a YAML 1.1 or 1.2 reader types a plain scalar: anything it would not read as a string is
// "special" and must come back as the same plain text; quoted scalars and other plain ones are
// strings and may change quoting.
bool isSpecialPlain(const std::string &text)
{
    static const QRegularExpression word(QStringLiteral(
            "^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
            "off|Off|OFF|y|Y|n|N|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    static const QRegularExpression number(
            QStringLiteral("^([-+]?[0-9_]*\\.?[0-9_]*([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|"
                           "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)$"));
    const QString t = QString::fromStdString(text);
    if (word.match(t).hasMatch())
        return true;
    return text.find_first_of("0123456789") != std::string::npos && number.match(t).hasMatch();
}

std::string scalarKey(const YAML::Node &n)
{
    const bool plain = n.Tag() == "?";
    const std::string &text = n.Scalar();
    if (plain && isSpecialPlain(text)) {
        if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
            return "null";
        return "plain:" + text;
    }
    return "str:" + text;
}

// Every difference between @p a (original) and @p b (generated) below @p path; an added label
// or annotation is not one.
void compare(const YAML::Node &a, const YAML::Node &b, const std::string &path, QStringList *diffs)
{
    auto diff = [&](const std::string &what) {
        diffs->append(QString::fromStdString(path + ": " + what));
    };
    const bool aNull = !a.IsDefined() || a.IsNull() || (a.IsScalar() && scalarKey(a) == "null");
    const bool bNull = !b.IsDefined() || b.IsNull() || (b.IsScalar() && scalarKey(b) == "null");
    if (aNull || bNull) {
        if (aNull != bNull)
            diff(aNull ? "added" : "missing");
        return;
    }
    if (a.Type() != b.Type()) {
        diff("type changed");
        return;
    }
    if (a.IsScalar()) {
        if (scalarKey(a) != scalarKey(b))
            diff(scalarKey(a) + " became " + scalarKey(b));
        return;
    }
    if (a.IsSequence()) {
        if (a.size() != b.size()) {
            diff("length " + std::to_string(a.size()) + " became " + std::to_string(b.size()));
            return;
        }
        for (size_t i = 0; i < a.size(); ++i)
            compare(a[i], b[i], path + "[" + std::to_string(i) + "]", diffs);
        return;
    }
    const bool labelsOrAnnotations = path.size() >= 7
                                     && (path.compare(path.size() - 7, 7, ".labels") == 0
                                         || (path.size() >= 12
                                             && path.compare(path.size() - 12, 12, ".annotations")
                                                        == 0));
    for (const auto &entry : a) {
        const std::string key = entry.first.Scalar();
        compare(entry.second, b[key], path + "." + key, diffs);
    }
    for (const auto &entry : b) {
        const std::string key = entry.first.Scalar();
        if (!a[key].IsDefined() && !labelsOrAnnotations)
            diff("added ." + key);
    }
}

std::string objectKey(const YAML::Node &o)
{
    const YAML::Node metadata = o["metadata"];
    if (!metadata.IsDefined() || !metadata.IsMap())
        return o["kind"].Scalar() + "/?";
    const YAML::Node ns = metadata["namespace"];
    const YAML::Node name = metadata["name"];
    return o["kind"].Scalar() + "/" + (ns.IsDefined() && ns.IsScalar() ? ns.Scalar() : "") + "/"
           + (name.IsDefined() && name.IsScalar() ? name.Scalar() : "");
}

// Every object of a YAML (or JSON) text, List items unpacked, keyed kind/namespace/name.
void collectObjects(const QByteArray &text, std::map<std::string, YAML::Node> *out)
{
    const std::vector<YAML::Node> docs = YAML::LoadAll(text.toStdString());
    for (const YAML::Node &doc : docs) {
        if (!doc.IsMap() || !doc["kind"])
            continue;
        const std::string kind = doc["kind"].Scalar();
        if (kind.size() >= 4 && kind.compare(kind.size() - 4, 4, "List") == 0 && doc["items"]) {
            for (const YAML::Node &item : doc["items"])
                (*out)[objectKey(item)] = item;
            continue;
        }
        (*out)[objectKey(doc)] = doc;
    }
}

// Every object of the YAML artifacts (a kustomization.yaml is not an object).
std::map<std::string, YAML::Node> manifestObjects(const ArtifactList &artifacts)
{
    std::map<std::string, YAML::Node> out;
    for (const Artifact &a : artifacts) {
        if (a.path.endsWith(QLatin1String(".yaml")) && !a.path.endsWith(s("kustomization.yaml")))
            collectObjects(a.content, &out);
    }
    return out;
}

std::map<std::string, YAML::Node> generatedObjects(const GraphData &graph,
                                                   const QString &layout = s("files"))
{
    GenerationOptions options;
    options.layout = layout;
    const auto result = LocalEngine::generate(graph, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? manifestObjects(result->artifacts) : std::map<std::string, YAML::Node>();
}

QString corpus()
{
    return test::sourcePath(s("tests/data/import/realistic"));
}

std::map<std::string, YAML::Node> originalObjects()
{
    std::map<std::string, YAML::Node> out;
    QDirIterator it(corpus(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        collectObjects(f.readAll(), &out);
    }
    return out;
}

GraphData importCorpus()
{
    auto r = io::KubernetesYamlImporter::importPaths({corpus()}, s("retail"));
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
    return r.ok() ? r->graph : GraphData();
}

// Every difference between the originals and the generated objects, objects missing or added.
QStringList differences(const std::map<std::string, YAML::Node> &originals,
                        const std::map<std::string, YAML::Node> &generated)
{
    QStringList diffs;
    for (const auto &[key, original] : originals) {
        const auto it = generated.find(key);
        if (it == generated.end()) {
            diffs << QString::fromStdString(key + ": not generated");
            continue;
        }
        compare(original, it->second, key, &diffs);
    }
    for (const auto &[key, object] : generated) {
        if (!originals.count(key))
            diffs << QString::fromStdString(key + ": generated but not imported");
    }
    return diffs;
}

Node *nodeById(GraphData &g, const char *id)
{
    for (Node &n : g.nodes) {
        if (n.id == QLatin1String(id))
            return &n;
    }
    return nullptr;
}

QByteArray runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(test::k8sTool(tool), args);
    EXPECT_TRUE(p.waitForFinished(120000)) << tool.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

QString importData(const char *relative)
{
    return test::sourcePath(s("tests/data/import/") + QLatin1String(relative));
}

std::map<std::string, YAML::Node> objectsOf(const QByteArray &text)
{
    std::map<std::string, YAML::Node> out;
    collectObjects(text, &out);
    return out;
}

} // namespace

TEST(ImportRoundTripTest, TheScalarReaderOfTheseTestsTellsTypesApart)
{
    // The comparison itself must be able to fail: quoting a number or dropping an octal's
    // leading zero is a difference, re-quoting a plain string is not.
    QStringList diffs;
    compare(YAML::Load("{a: 0644, b: \"80\", c: web, d: 0.25, e: yes}"),
            YAML::Load("{a: 644, b: 80, c: \"web\", d: \"0.25\", e: \"yes\"}"), "x", &diffs);
    EXPECT_EQ(diffs.size(), 4) << diffs.join(QLatin1Char('\n')).toStdString();
    diffs.clear();
    compare(YAML::Load("{metadata: {labels: {a: b}}, spec: {x: 1}}"),
            YAML::Load("{metadata: {labels: {a: b, c: d}}, spec: {x: 1, y: 2}}"), "o", &diffs);
    ASSERT_EQ(diffs.size(), 1);
    EXPECT_TRUE(diffs.first().contains(s("added .y")));
}

TEST(ImportRoundTripTest, EveryObjectComesBackUnchanged)
{
    const auto originals = originalObjects();
    ASSERT_GE(originals.size(), 25u);
    const GraphData graph = importCorpus();
    const QStringList diffs = differences(originals, generatedObjects(graph));
    EXPECT_TRUE(diffs.isEmpty()) << diffs.size() << " differences:\n"
                                 << diffs.join(QLatin1Char('\n')).toStdString();
}

TEST(ImportRoundTripTest, ASavedGraphGivesTheSameObjects)
{
    // Through a .kgraph file and back: the base objects and properties survive the file format.
    const GraphData graph = importCorpus();
    QTemporaryDir dir;
    const QString file = dir.filePath(s("retail.kgraph"));
    ASSERT_TRUE(io::KGraphFormat::writeFile(graph, file).ok());
    auto loaded = io::KGraphFormat::readFile(file);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const QStringList diffs = differences(originalObjects(), generatedObjects(*loaded));
    EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
}

TEST(ImportRoundTripTest, OnlyTheUsersChangesAreApplied)
{
    GraphData graph = importCorpus();
    Node *web = nodeById(graph, "retail/deployment/storefront");
    ASSERT_TRUE(web);
    web->properties.insert(s("image"), s("registry.example.com/retail/storefront:2.9.0"));
    web->properties.insert(s("replicas"), 5);
    QVariantMap env = web->properties.value(s("env")).toMap();
    env.insert(s("LOG_LEVEL"), s("debug"));
    env.insert(s("NEW_FLAG"), s("on"));
    web->properties.insert(s("env"), env);
    QVariantMap labels = web->properties.value(s("labels")).toMap();
    labels.remove(s("tier"));
    web->properties.insert(s("labels"), labels);
    Node *config = nodeById(graph, "retail/configmap/storefront-config");
    ASSERT_TRUE(config);
    QVariantMap data = config->properties.value(s("data")).toMap();
    data.insert(s("MAX_BASKET"), s("80"));
    config->properties.insert(s("data"), data);

    QStringList diffs = differences(originalObjects(), generatedObjects(graph));
    diffs.sort();
    const QStringList expected{
            s("ConfigMap/retail/storefront-config.data.MAX_BASKET: str:50 became str:80"),
            s("Deployment/retail/storefront.metadata.labels.tier: missing"),
            s("Deployment/retail/storefront.spec.replicas: plain:3 became plain:5"),
            s("Deployment/retail/storefront.spec.template.spec.containers[0].env: length 5 "
              "became 6"),
            s("Deployment/retail/storefront.spec.template.spec.containers[0].image: "
              "str:registry.example.com/retail/storefront:2.8.1 became "
              "str:registry.example.com/retail/storefront:2.9.0"),
    };
    EXPECT_EQ(diffs.join(QLatin1Char('\n')).toStdString(),
              expected.join(QLatin1Char('\n')).toStdString());
    // The changed variable keeps its place; the new one is appended.
    const auto generated = generatedObjects(graph);
    const YAML::Node envOut = generated.at(
            "Deployment/retail/storefront")["spec"]["template"]["spec"]["containers"][0]["env"];
    EXPECT_EQ(envOut[0]["name"].Scalar(), "LOG_LEVEL");
    EXPECT_EQ(envOut[0]["value"].Scalar(), "debug");
    EXPECT_EQ(envOut[5]["name"].Scalar(), "NEW_FLAG");
}

TEST(ImportRoundTripTest, NothingIsAddedForImportedObjects)
{
    // No Namespace objects for the frames, no network policies, no engine defaults: the
    // generated set is exactly the imported set, and the engine's opinions are findings.
    const GraphData graph = importCorpus();
    GenerationOptions options;
    options.networkPolicies = true;
    const auto result = LocalEngine::generate(graph, options);
    ASSERT_TRUE(result.ok());
    const std::map<std::string, YAML::Node> generated = manifestObjects(result->artifacts);
    EXPECT_EQ(differences(originalObjects(), generated).join(QLatin1Char('\n')).toStdString(), "");
    int findings = 0;
    for (const ReportItem &item : result->report.items) {
        if (item.category == QLatin1String("finding"))
            ++findings;
    }
    EXPECT_GT(findings, 0); // the agent DaemonSet runs as root, the Rollout is not a workload
}

TEST(ImportRoundTripTest, UnknownKindsAreGenericNodesThatKeepTheirYaml)
{
    const GraphData graph = importCorpus();
    const Node *rollout = nullptr;
    for (const Node &n : graph.nodes) {
        if (n.id == QLatin1String("retail/rollout/checkout"))
            rollout = &n;
    }
    ASSERT_TRUE(rollout);
    EXPECT_EQ(rollout->kind, s("ROLLOUT"));
    EXPECT_TRUE(io::ImportedNode::manifest(*rollout).contains(s("setWeight: 50.5")));
}

// The engine's own output, imported, generates the same bytes: every golden graph, in the
// layouts that are plain YAML files (the Helm layout needs helm to render; see the tools tests).
TEST(ImportRoundTripTest, TheEnginesOwnOutputComesBackByteForByte)
{
    const QDir graphs(test::sourcePath(s("tests/data/graphs")));
    const QStringList files = graphs.entryList({s("*.kgraph")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        auto graph = io::KGraphFormat::readFile(graphs.filePath(file));
        ASSERT_TRUE(graph.ok()) << file.toStdString();
        for (const QString &layout : {s("files"), s("single"), s("kustomize")}) {
            SCOPED_TRACE(QString(file + QLatin1Char(' ') + layout).toStdString());
            GenerationOptions options;
            options.layout = layout;
            const auto first = LocalEngine::generate(*graph, options);
            ASSERT_TRUE(first.ok());
            QTemporaryDir dir;
            ASSERT_TRUE(test::writeArtifacts(first->artifacts, dir.path()));
            std::map<QString, QByteArray> manifests;
            for (const Artifact &a : first->artifacts) {
                if (a.path.endsWith(QLatin1String(".yaml")))
                    manifests[a.path] = a.content;
            }
            auto imported = io::KubernetesYamlImporter::importPaths({dir.path()}, graph->name);
            ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
            const auto second = LocalEngine::generate(imported->graph, options);
            ASSERT_TRUE(second.ok());
            if (layout == QLatin1String("kustomize")) {
                // A kustomize root is imported as kustomize renders it (keys in its order):
                // the objects it applies must be the same, field by field.
                QTemporaryDir again;
                ASSERT_TRUE(test::writeArtifacts(second->artifacts, again.path()));
                const QStringList diffs = differences(
                        objectsOf(runTool(s("kubectl"), {s("kustomize"), dir.path()})),
                        objectsOf(runTool(s("kubectl"), {s("kustomize"), again.path()})));
                EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
                continue;
            }
            std::map<QString, QByteArray> again;
            for (const Artifact &a : second->artifacts) {
                if (a.path.endsWith(QLatin1String(".yaml")))
                    again[a.path] = a.content;
            }
            ASSERT_EQ(again.size(), manifests.size());
            for (const auto &[path, content] : manifests) {
                ASSERT_TRUE(again.count(path)) << path.toStdString();
                EXPECT_EQ(again.at(path).toStdString(), content.toStdString())
                        << path.toStdString();
            }
        }
    }
}

// --- kustomize roots and Helm charts, rendered by the real tools ------------------------------

TEST(ImportToolsTest, TheProjectsToolsAreInstalled)
{
    // scripts/setup.sh installs them; every test below needs them.
    ASSERT_TRUE(QFileInfo(test::k8sTool(s("kubectl"))).isExecutable())
            << "run scripts/setup.sh: " << test::k8sTool(s("kubectl")).toStdString();
    ASSERT_TRUE(QFileInfo(test::k8sTool(s("helm"))).isExecutable());
    EXPECT_TRUE(runTool(s("kubectl"), {s("version"), s("--client")}).contains("Kustomize Version"));
}

TEST(ImportToolsTest, KustomizeOverlaysComeBackAsKubectlRendersThem)
{
    for (const char *overlay : {"kustomize/overlays/staging", "kustomize/overlays/production"}) {
        SCOPED_TRACE(overlay);
        const QString dir = importData(overlay);
        const auto expected = objectsOf(runTool(s("kubectl"), {s("kustomize"), dir}));
        ASSERT_GE(expected.size(), 3u);
        auto imported = io::KubernetesYamlImporter::importPaths({dir}, s("payments"));
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        const QStringList diffs = differences(expected, generatedObjects(imported->graph));
        EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
        const QVariantList sources = imported->graph.metadata.value(io::ImportSourcesKey).toList();
        ASSERT_EQ(sources.size(), 1);
        EXPECT_EQ(sources.first().toMap().value(s("type")), s("kustomize"));
    }
    // The name prefix, the generators and the patches are kustomize's: a few spot checks that
    // the overlay really was rendered and not read as loose files.
    auto production = io::KubernetesYamlImporter::importPaths(
            {importData("kustomize/overlays/production/kustomization.yaml")});
    ASSERT_TRUE(production.ok()) << production.error().toString().toStdString();
    const auto objects = generatedObjects(production->graph);
    ASSERT_TRUE(objects.count("Deployment/payments/payments-prod"));
    EXPECT_EQ(objects.at("Deployment/payments/payments-prod")["spec"]["replicas"].Scalar(), "4");
}

TEST(ImportToolsTest, HelmChartsComeBackAsHelmTemplateRendersThem)
{
    io::HelmSource chart;
    chart.chart = importData("helm/webapp");
    chart.values = {importData("helm/production-values.yaml")};
    chart.sets = {s("worker.concurrency=8")};
    chart.release = s("shop");
    chart.ns = s("catalog");
    const auto expected = objectsOf(
            runTool(s("helm"),
                    {s("template"), s("shop"), chart.chart, s("--namespace"), s("catalog"),
                     s("--values"), chart.values.first(), s("--set"), chart.sets.first()}));
    ASSERT_EQ(expected.size(), 5u); // config, service, web, worker, ingress
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addHelmChart(chart).ok());
    const io::ImportResult result = importer.finish(s("catalog"));
    const QStringList diffs = differences(expected, generatedObjects(result.graph));
    EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
    const QVariantMap source = result.graph.metadata.value(io::ImportSourcesKey)
                                       .toList()
                                       .value(0)
                                       .toMap();
    EXPECT_EQ(source.value(s("release")), s("shop"));
    EXPECT_EQ(source.value(s("set")).toStringList(), chart.sets);
    // The chart's own values when imported as a folder (or by its Chart.yaml): no Ingress.
    for (const QString &path : QStringList{chart.chart, chart.chart + s("/Chart.yaml")}) {
        auto plain = io::KubernetesYamlImporter::importPaths({path});
        ASSERT_TRUE(plain.ok()) << plain.error().toString().toStdString();
        EXPECT_EQ(plain->objectCount, 4);
    }
}

TEST(ImportToolsTest, ChartsAndRootsThatCannotBeRenderedAreClearErrors)
{
    auto broken = io::KubernetesYamlImporter::importPaths({importData("helm/broken")});
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(s("replicas is required")))
            << broken.error().toString().toStdString();
    auto dependency = io::KubernetesYamlImporter::importPaths(
            {importData("helm/needs-dependency")});
    ASSERT_FALSE(dependency.ok());
    EXPECT_TRUE(dependency.error().message.contains(s("redis")))
            << dependency.error().toString().toStdString();
    // No tool: the message says what to install.
    io::RenderTools none;
    none.kubectl = s("/nonexistent/kubectl");
    none.kustomize = s("/nonexistent/kustomize");
    none.helm = s("/nonexistent/helm");
    io::KubernetesYamlImporter noTools;
    noTools.setRenderTools(none);
    const Status s1 = noTools.addPath(importData("kustomize/overlays/staging"));
    ASSERT_FALSE(s1.ok());
    EXPECT_TRUE(s1.error().message.contains(s("install kubectl")))
            << s1.error().message.toStdString();
    const Status s2 = noTools.addPath(importData("helm/webapp"));
    ASSERT_FALSE(s2.ok());
    EXPECT_TRUE(s2.error().message.contains(s("install helm"))) << s2.error().message.toStdString();
    // A folder holding roots is not read as loose files: the roots are named instead.
    auto folder = io::KubernetesYamlImporter::importPaths({importData("kustomize")});
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(s("overlays/production")))
            << folder.error().toString().toStdString();
}

// The engine's Helm layout, rendered by helm, imported (through helm again) and generated as
// plain files, gives the same objects as the rendered chart.
TEST(ImportToolsTest, TheEnginesHelmChartsComeBackThroughHelm)
{
    const QDir graphs(test::sourcePath(s("tests/data/graphs")));
    for (const QString &file : graphs.entryList({s("*.kgraph")}, QDir::Files, QDir::Name)) {
        SCOPED_TRACE(file.toStdString());
        auto graph = io::KGraphFormat::readFile(graphs.filePath(file));
        ASSERT_TRUE(graph.ok());
        if (graph->nodes.isEmpty())
            continue;
        GenerationOptions options;
        options.layout = s("helm");
        const auto chart = LocalEngine::generate(*graph, options);
        ASSERT_TRUE(chart.ok());
        QTemporaryDir dir;
        ASSERT_TRUE(test::writeArtifacts(chart->artifacts, dir.path()));
        QString chartDir;
        for (const Artifact &a : chart->artifacts) {
            if (a.path.endsWith(QLatin1String("/Chart.yaml"))
                || a.path == QLatin1String("Chart.yaml"))
                chartDir = QFileInfo(dir.filePath(a.path)).absolutePath();
        }
        ASSERT_FALSE(chartDir.isEmpty());
        const auto expected = objectsOf(runTool(s("helm"), {s("template"), s("rel"), chartDir}));
        io::HelmSource source;
        source.chart = chartDir;
        source.release = s("rel");
        io::KubernetesYamlImporter importer;
        ASSERT_TRUE(importer.addHelmChart(source).ok());
        const QStringList diffs = differences(expected,
                                              generatedObjects(importer.finish(graph->name).graph));
        EXPECT_TRUE(diffs.isEmpty()) << diffs.join(QLatin1Char('\n')).toStdString();
    }
}

// A connection drawn from an imported workload to a node from the palette: the reference a
// workload can take is added to the object (nothing else changes); a connection that has no
// such place is reported, never dropped silently.
TEST(ImportRoundTripTest, ConnectionsDrawnFromImportedNodesAreAppliedOrReported)
{
    GraphData graph = importCorpus();
    Node config;
    config.id = s("n-new-config");
    config.kind = s("CONFIGMAP");
    config.name = s("feature-flags");
    config.parent = s("namespace/retail");
    config.properties.insert(s("data"), QVariantMap{{s("NEW_CHECKOUT"), s("true")}});
    graph.nodes.append(config);
    Edge uses;
    uses.id = s("e-new-1");
    uses.source = s("retail/deployment/storefront");
    uses.target = config.id;
    uses.connectionType = s("REQUIRES");
    graph.edges.append(uses);
    Edge routes; // from an imported Ingress to an imported workload it does not name
    routes.id = s("e-new-2");
    routes.source = s("retail/ingress/storefront");
    routes.target = s("retail/service/orders-db");
    routes.connectionType = s("ROUTES_TO");
    graph.edges.append(routes);

    GenerationOptions options;
    const auto result = LocalEngine::generate(graph, options);
    ASSERT_TRUE(result.ok());
    const std::map<std::string, YAML::Node> generated = manifestObjects(result->artifacts);
    // The Deployment takes the new ConfigMap; that is the only difference besides the new object.
    auto originals = originalObjects();
    QStringList diffs = differences(originals, generated);
    diffs.sort();
    EXPECT_EQ(diffs.join(QLatin1Char('\n')).toStdString(),
              "ConfigMap/retail/feature-flags: generated but not imported\n"
              "Deployment/retail/storefront.spec.template.spec.containers[0].envFrom: length 1 "
              "became 2");
    const YAML::Node envFrom = generated.at(
            "Deployment/retail/storefront")["spec"]["template"]["spec"]["containers"][0]["envFrom"];
    EXPECT_EQ(envFrom[1]["configMapRef"]["name"].Scalar(), "feature-flags");
    bool reported = false;
    for (const ReportItem &item : result->report.items) {
        reported = reported
                   || (item.nodeId == QLatin1String("retail/ingress/storefront")
                       && item.message.contains(s("orders-db")));
    }
    EXPECT_TRUE(reported);
}

// The fix the "may run as root" finding offers adds the engine's container hardening where the
// object says nothing, and nothing else.
TEST(ImportRoundTripTest, HardeningAddsOnlyWhatTheObjectDoesNotSay)
{
    GraphData graph = importCorpus();
    Node *agent = nodeById(graph, "ops/daemonset/node-agent");
    ASSERT_TRUE(agent);
    agent->properties.insert(io::ImportedNode::HardeningKey, true);
    QStringList diffs = differences(originalObjects(), generatedObjects(graph));
    diffs.sort();
    const QString p = s("DaemonSet/ops/node-agent.spec.template.spec.");
    // runAsUser 0 is the user's own choice: runAsNonRoot is added (the API server then refuses
    // to run it as root), privileged stays as written.
    const QStringList expected{
            p + s("containers[0].securityContext: added .allowPrivilegeEscalation"),
            p + s("containers[0].securityContext: added .capabilities"),
            p + s("containers[0].securityContext: added .runAsNonRoot"),
            s("DaemonSet/ops/node-agent.spec.template.spec: added .securityContext")};
    EXPECT_EQ(diffs.join(QLatin1Char('\n')).toStdString(),
              expected.join(QLatin1Char('\n')).toStdString());
}

// The engine's own output, imported with its report.json, comes back as the nodes it was drawn
// as: a Microservice is one node again (not a Deployment and a Service), with its id and kind.
TEST(ImportRoundTripTest, TheReportRegroupsTheEnginesObjectsIntoTheirNodes)
{
    const QDir graphs(test::sourcePath(s("tests/data/graphs")));
    for (const QString &file :
         {s("three-tier-web.kgraph"), s("microservice-shop.kgraph"), s("name-collisions.kgraph")}) {
        SCOPED_TRACE(file.toStdString());
        auto graph = io::KGraphFormat::readFile(graphs.filePath(file));
        ASSERT_TRUE(graph.ok());
        const auto first = LocalEngine::generate(*graph, {});
        ASSERT_TRUE(first.ok());
        QTemporaryDir dir;
        ASSERT_TRUE(test::writeArtifacts(first->artifacts, dir.path()));
        QSet<QString> generatingNodes;
        for (const GeneratedObject &o : first->report.objects)
            generatingNodes.insert(o.nodeId);
        auto imported = io::KubernetesYamlImporter::importPaths({dir.path()}, graph->name);
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        int matched = 0;
        for (const Node &original : graph->nodes) {
            if (!generatingNodes.contains(original.id))
                continue;
            const Node *again = nullptr;
            for (const Node &n : imported->graph.nodes) {
                if (n.id == original.id)
                    again = &n;
            }
            ASSERT_TRUE(again) << original.id.toStdString();
            EXPECT_EQ(again->kind, NodeKindCatalog::instance().normalizeKindId(original.kind))
                    << original.id.toStdString();
            ++matched;
        }
        EXPECT_EQ(matched, generatingNodes.size());
        // And generating it gives the same files (the byte-for-byte test covers every graph).
        const auto second = LocalEngine::generate(imported->graph, {});
        ASSERT_TRUE(second.ok());
        for (const Artifact &a : first->artifacts) {
            if (!a.path.endsWith(QLatin1String(".yaml")))
                continue;
            bool same = false;
            for (const Artifact &b : second->artifacts)
                same = same || (b.path == a.path && b.content == a.content);
            EXPECT_TRUE(same) << a.path.toStdString();
        }
    }
}

// A kustomization naming a missing file, and two that include each other: kustomize's own
// message (naming the file, and the cycle) comes back as the error; nothing is imported.
TEST(ImportToolsTest, BrokenKustomizationsAreClearErrors)
{
    auto missing = io::KubernetesYamlImporter::importPaths(
            {importData("kustomize-broken/missing-resource")});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(s("does-not-exist.yaml")))
            << missing.error().toString().toStdString();
    EXPECT_TRUE(missing.error().toString().contains(s("kustomization.yaml")))
            << missing.error().toString().toStdString(); // located at the root's file
    auto loop = io::KubernetesYamlImporter::importPaths({importData("kustomize-broken/loop-a")});
    ASSERT_FALSE(loop.ok());
    EXPECT_TRUE(loop.error().message.contains(s("cycle"))) << loop.error().toString().toStdString();
}

// A 1 GB file (sparse: it takes no disk) is refused by its size before anything is read, alone
// and inside a folder, with the file named.
TEST(ImportRoundTripTest, AGigabyteFileIsRefusedUnread)
{
    QTemporaryDir dir;
    const QString big = dir.filePath(s("huge.yaml"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(qint64(1) << 30));
    }
    auto alone = io::KubernetesYamlImporter::importPaths({big});
    ASSERT_FALSE(alone.ok());
    EXPECT_TRUE(alone.error().toString().contains(s("huge.yaml")))
            << alone.error().toString().toStdString();
    EXPECT_TRUE(alone.error().message.contains(s("large"))) << alone.error().message.toStdString();
    auto folder = io::KubernetesYamlImporter::importPaths({dir.path()});
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(s("larger than")))
            << folder.error().message.toStdString();
}

// Two claims drawn to an imported workload whose pod has no volumes yet: adding the pod's
// volumes key moves its containers, so each mount must go to the container as it is then
// (a kept pointer dangled; found while fuzzing the Compose importer's similar code).
TEST(ImportRoundTripTest, DrawnClaimsMountInTheContainerAsItIsThen)
{
    GraphData graph = importCorpus();
    for (const char *claim : {"reports-a", "reports-b"}) {
        Node pvc;
        pvc.id = s("n-") + QLatin1String(claim);
        pvc.kind = s("PERSISTENTVOLUMECLAIM");
        pvc.name = QLatin1String(claim);
        pvc.parent = s("namespace/retail");
        graph.nodes.append(pvc);
        Edge mounts;
        mounts.id = s("e-") + QLatin1String(claim);
        mounts.source = s("retail/cronjob/nightly-report");
        mounts.target = pvc.id;
        mounts.connectionType = s("MOUNTS");
        mounts.properties.insert(s("mountPath"), QString(s("/data/") + QLatin1String(claim)));
        graph.edges.append(mounts);
    }
    const auto generated = generatedObjects(graph);
    const YAML::Node pod = generated.at(
            "CronJob/retail/nightly-report")["spec"]["jobTemplate"]["spec"]["template"]["spec"];
    ASSERT_TRUE(pod["volumes"].IsSequence());
    EXPECT_EQ(pod["volumes"].size(), 2u);
    const YAML::Node mountsOut = pod["containers"][0]["volumeMounts"];
    ASSERT_TRUE(mountsOut.IsSequence());
    ASSERT_EQ(mountsOut.size(), 2u);
    EXPECT_EQ(mountsOut[0]["mountPath"].Scalar(), "/data/reports-a");
    EXPECT_EQ(mountsOut[1]["mountPath"].Scalar(), "/data/reports-b");
}
