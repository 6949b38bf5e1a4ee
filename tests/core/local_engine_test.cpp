#include "codegen/DnsNames.h"
#include "codegen/LocalEngine.h"
#include "codegen/ReportFormat.h"
#include "io/YamlTree.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <yaml-cpp/yaml.h>

#include <limits>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

GenerationResult run(const GraphData &g, const QString &layout = QStringLiteral("files"),
                     bool policies = false)
{
    GenerationOptions o;
    o.layout = layout;
    o.networkPolicies = policies;
    auto r = LocalEngine::generate(g, o);
    EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
    return r.ok() ? *r : GenerationResult{};
}

const Artifact *artifact(const GenerationResult &r, const QString &path)
{
    for (const Artifact &a : r.artifacts) {
        if (a.path == path)
            return &a;
    }
    return nullptr;
}

YAML::Node yamlOf(const GenerationResult &r, const QString &path)
{
    const Artifact *a = artifact(r, path);
    if (!a) {
        ADD_FAILURE() << "no artifact " << path.toStdString();
        return {};
    }
    return YAML::Load(a->content.toStdString());
}

bool reportMentions(const GenerationResult &r, const QString &category, const QString &text)
{
    for (const ReportItem &i : r.report.items) {
        if (i.category == category && i.message.contains(text))
            return true;
    }
    return false;
}

GraphData webAndDatabase()
{
    GraphData g;
    g.name = str("Shop");
    g.nodes = {makeNode(str("web"), str("deployment"), str("web"), {},
                        {{str("image"), str("ghcr.io/acme/web:1.2.3")},
                         {str("ports"), QVariantList{qint64(8080)}},
                         {str("healthPath"), str("/healthz")}}),
               makeNode(str("db"), str("DATABASE"), str("orders db"), {},
                        {{str("engine"), str("postgresql")}})};
    g.edges = {makeEdge(str("e1"), str("web"), str("db"))};
    return g;
}

} // namespace

TEST(DnsNames, SanitisesToDns1123Labels)
{
    EXPECT_EQ(DnsNames::toLabel(str("My Web App!")), str("my-web-app"));
    EXPECT_EQ(DnsNames::toLabel(str("Ünïcödé Jöb")), str("unicode-job"));
    EXPECT_EQ(DnsNames::toLabel(str("---")), str("unnamed"));
    EXPECT_EQ(DnsNames::toLabel(QString(70, QLatin1Char('a'))).size(), 63);
    EXPECT_TRUE(DnsNames::isLabel(DnsNames::toLabel(str("a-b-") + QString(70, QLatin1Char('-')))));
    EXPECT_FALSE(DnsNames::isLabel(str("Upper")));
    EXPECT_FALSE(DnsNames::isLabel(str("-lead")));
    EXPECT_EQ(DnsNames::toEnvPrefix(str("orders-db")), str("ORDERS_DB"));
    EXPECT_EQ(DnsNames::toEnvPrefix(str("1st")), str("SVC_1ST"));
    EXPECT_EQ(DnsNames::toIdentifier(str("orders-db")), str("ordersDb"));
}

TEST(DnsNames, CollisionsResolveDeterministicallyWithinScopes)
{
    NameRegistry r;
    EXPECT_EQ(r.claim(str("api"), {str("ns/Deployment")}, {QString()}), str("api"));
    EXPECT_EQ(r.claim(str("api"), {str("ns/Deployment")}, {QString()}), str("api-2"));
    EXPECT_EQ(r.claim(str("api"), {str("ns/Deployment")}, {QString()}), str("api-3"));
    EXPECT_EQ(r.claim(str("api"), {str("other/Deployment")}, {QString()}), str("api"));
    // A derived name counts: "db" makes "db-credentials".
    EXPECT_EQ(r.claim(str("db"), {str("ns/Secret")}, {str("-credentials")}), str("db"));
    EXPECT_EQ(r.claim(str("db-credentials"), {str("ns/Secret")}, {QString()}),
              str("db-credentials-2"));
    const QString longName(63, QLatin1Char('x'));
    EXPECT_EQ(r.claim(longName, {str("ns/ConfigMap")}, {QString()}), longName);
    const QString second = r.claim(longName, {str("ns/ConfigMap")}, {QString()});
    EXPECT_EQ(second.size(), 63);
    EXPECT_TRUE(second.endsWith(str("-2")));
}

TEST(YamlWriter, QuotesStringsAYaml11ReaderWouldRetype)
{
    for (const char *s : {"yes", "No", "on", "true", "null", "~", "1", "0x1F", "1e3", "08", "1.0",
                          "2024-01-01", "1:20", "", ".inf"})
        EXPECT_TRUE(YamlWriter::needsQuotes(str(s))) << s;
    for (const char *s : {"nginx", "10Gi", "100m", "0 2 * * *", "v1", "apps/v1", "50%"})
        EXPECT_FALSE(YamlWriter::needsQuotes(str(s))) << s;

    YamlValue v = YamlValue::map();
    v.set(str("port"), 80);
    v.set(str("portText"), str("80"));
    v.set(str("flag"), str("yes"));
    v.set(str("script"), str("line 1\nline 2\n"));
    v.set(str("empty"), YamlValue::map());
    YamlWriter w;
    const YAML::Node back = YAML::Load(w.document(v).toStdString());
    EXPECT_EQ(back["port"].Tag(), "?");     // plain: a number
    EXPECT_EQ(back["portText"].Tag(), "!"); // quoted: a string
    EXPECT_EQ(back["flag"].as<std::string>(), "yes");
    EXPECT_EQ(back["flag"].Tag(), "!");
    EXPECT_EQ(back["script"].as<std::string>(), "line 1\nline 2\n");
    EXPECT_TRUE(back["empty"].IsMap());
}

namespace {

// What the writer emitted for a one-line string before it took a shortcut for plain scalars:
// yaml-cpp chooses the style itself, except for strings a YAML 1.1 reader would retype.
QByteArray emittedByYamlCpp(const QString &s)
{
    const std::string utf8 = s.toStdString();
    auto scalar = [&](YAML::Emitter &e) {
        if (YamlWriter::needsQuotes(s))
            e << YAML::DoubleQuoted;
        e << utf8;
    };
    YAML::Emitter e;
    e.SetIndent(2);
    e.SetSeqFormat(YAML::Block);
    e << YAML::BeginMap << YAML::Key;
    scalar(e);
    e << YAML::Value;
    scalar(e);
    e << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
    scalar(e);
    e << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
    scalar(e);
    e << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    QByteArray out(e.c_str(), qsizetype(e.size()));
    out.append('\n');
    return out;
}

QByteArray emittedByWriter(const QString &s)
{
    YamlValue v = YamlValue::map();
    v.set(s, s);
    YamlValue &items = v.set(str("items"), YamlValue::sequence());
    items.append(s);
    YamlValue named = YamlValue::map();
    named.set(str("name"), s);
    items.append(std::move(named));
    return YamlWriter().document(v);
}

} // namespace

TEST(YamlWriter, WritesEveryOneLineStringInTheStyleYamlCppChooses)
{
    // Every string of up to three characters over the characters the plain-scalar rules are
    // about, every pair of printable ASCII characters, null words, long and non-ASCII strings,
    // and pseudo-random longer strings: bytes identical to yaml-cpp's own choice.
    const QString tricky = str(" -?:#,[]{}&*!|>'\"%@`~.a1\t\\");
    QStringList samples{str("~"),
                        str("null"),
                        str("Null"),
                        str("NULL"),
                        str("nUll"),
                        str("a: b"),
                        str("a :b"),
                        str("a #b"),
                        str("a#b"),
                        str("- a"),
                        str("-a"),
                        str("--- a"),
                        str("..."),
                        str("x\u00e9"),
                        str("\u00e9t\u00e9"),
                        str("\u2028"),
                        str("a\x7f"),
                        str("\r"),
                        QString(1024, QLatin1Char('k')),
                        QString(1025, QLatin1Char('k'))};
    for (const QChar a : tricky) {
        samples << QString(a);
        for (const QChar b : tricky) {
            samples << QString(a) + b;
            for (const QChar c : tricky)
                samples << QString(a) + b + c;
        }
    }
    for (char16_t a = 0x20; a < 0x7f; ++a) {
        for (char16_t b = 0x20; b < 0x7f; ++b)
            samples << QString(QChar(a)) + QChar(b);
    }
    quint32 x = 7;
    for (int i = 0; i < 5000; ++i) {
        QString s;
        x = x * 1103515245u + 12345u;
        const int length = 4 + int((x >> 16) % 40);
        for (int k = 0; k < length; ++k) {
            x = x * 1103515245u + 12345u;
            s += tricky.at(int((x >> 16) % quint32(tricky.size())));
        }
        samples << s;
    }
    int plain = 0;
    for (const QString &s : samples) {
        const QByteArray expected = emittedByYamlCpp(s);
        ASSERT_EQ(emittedByWriter(s), expected) << s.toStdString();
        plain += expected.startsWith(QByteArray(s.toUtf8() + ": ")) ? 1 : 0;
    }
    EXPECT_GT(plain, 1000); // the samples do exercise plain scalars
}

TEST(YamlWriter, WritesIntegersAndBooleansAsYamlCppDoes)
{
    for (const qint64 i : {qint64(0), qint64(-1), qint64(7), qint64(65535), qint64(-2147483648LL),
                           std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        YAML::Emitter e;
        e.SetIndent(2);
        e << YAML::BeginSeq << static_cast<long long>(i) << "true"
          << "false" << YAML::EndSeq;
        YamlValue v = YamlValue::sequence();
        v.append(i);
        v.append(true);
        v.append(false);
        EXPECT_EQ(YamlWriter().document(v), QByteArray(e.c_str()) + '\n') << i;
    }
}

TEST(YamlWriter, HelmModeEmitsTemplateExpressionsAndCollectsValues)
{
    YamlValue v = YamlValue::map();
    v.set(str("image"), str("nginx:1.27")).setHelmValue({str("web"), str("image")});
    v.set(str("replicas"), 3).setHelmValue({str("web"), str("replicas")});
    v.set(str("host"), str("a.example.com")).setHelmValue({str("web"), str("hosts"), str("0")});
    v.set(str("release"), str("x")).setHelmExpression(str(".Release.Name"));
    YamlWriter helm(YamlWriter::Mode::Helm);
    const QString out = QString::fromUtf8(helm.document(v));
    EXPECT_TRUE(out.contains(str("image: {{ .Values.web.image | quote }}"))) << out.toStdString();
    EXPECT_TRUE(out.contains(str("replicas: {{ .Values.web.replicas }}")));
    EXPECT_TRUE(out.contains(str("host: {{ index .Values.web.hosts 0 | quote }}")));
    EXPECT_TRUE(out.contains(str("release: {{ .Release.Name }}")));
    EXPECT_FALSE(out.contains(str("KGTPL")));
    ASSERT_EQ(helm.helmValues().size(), 3);
    EXPECT_EQ(helm.helmValues().at(1).value.toInt(), 3);

    YamlWriter plain;
    EXPECT_TRUE(QString::fromUtf8(plain.document(v)).contains(str("image: nginx:1.27")));
}

TEST(LocalEngine, WiresAConnectionIntoEnvironmentVariablesAndCredentials)
{
    const GenerationResult r = run(webAndDatabase());
    const YAML::Node deploy = yamlOf(r, str("web-deployment.yaml"));
    const YAML::Node env = deploy["spec"]["template"]["spec"]["containers"][0]["env"];
    ASSERT_TRUE(env.IsSequence());
    std::map<std::string, YAML::Node> vars;
    for (std::size_t i = 0; i < env.size(); ++i) {
        const YAML::Node e = env[i];
        vars[e["name"].as<std::string>()] = e;
    }
    EXPECT_EQ(vars["ORDERS_DB_HOST"]["value"].as<std::string>(), "orders-db");
    EXPECT_EQ(vars["ORDERS_DB_PORT"]["value"].as<std::string>(), "5432");
    EXPECT_EQ(vars["ORDERS_DB_URL"]["value"].as<std::string>(), "postgresql://orders-db:5432/app");
    EXPECT_EQ(vars["ORDERS_DB_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"].as<std::string>(),
              "orders-db-credentials");
    // The database itself: StatefulSet + headless Service + placeholder credentials.
    const YAML::Node sts = yamlOf(r, str("orders-db-statefulset.yaml"));
    EXPECT_EQ(sts["spec"]["serviceName"].as<std::string>(), "orders-db");
    EXPECT_EQ(sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"]
                      .as<std::string>(),
              "10Gi");
    EXPECT_TRUE(sts["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["exec"]);
    EXPECT_EQ(yamlOf(r, str("orders-db-service.yaml"))["spec"]["clusterIP"].as<std::string>(),
              "None");
    const YAML::Node secret = yamlOf(r, str("orders-db-credentials-secret.yaml"));
    EXPECT_TRUE(QString::fromStdString(secret["stringData"]["password"].as<std::string>())
                        .contains(str("placeholder")));
    EXPECT_TRUE(reportMentions(r, str("warning"), str("placeholder")));
    EXPECT_TRUE(reportMentions(r, str("assumption"), str("not a DNS-1123 name")));
}

TEST(LocalEngine, EveryManifestCarriesLabelsSecurityAndItsSourceNode)
{
    const GenerationResult r = run(webAndDatabase());
    int manifests = 0;
    for (const Artifact &a : r.artifacts) {
        if (a.language != QLatin1String("yaml"))
            continue;
        ++manifests;
        EXPECT_FALSE(a.sourceNodeId.isEmpty()) << a.path.toStdString();
        const YAML::Node doc = YAML::Load(a.content.toStdString());
        EXPECT_EQ(doc["metadata"]["labels"]["app.kubernetes.io/part-of"].as<std::string>(), "shop");
        EXPECT_EQ(doc["metadata"]["labels"]["app.kubernetes.io/managed-by"].as<std::string>(),
                  "kubegram-desktop");
    }
    EXPECT_EQ(manifests, 4); // Deployment, StatefulSet, headless Service, Secret
    const YAML::Node pod = yamlOf(r, str("web-deployment.yaml"))["spec"]["template"]["spec"];
    EXPECT_TRUE(pod["securityContext"]["runAsNonRoot"].as<bool>());
    const YAML::Node c = pod["containers"][0];
    EXPECT_FALSE(c["securityContext"]["allowPrivilegeEscalation"].as<bool>());
    EXPECT_TRUE(c["securityContext"]["readOnlyRootFilesystem"].as<bool>());
    EXPECT_EQ(c["securityContext"]["capabilities"]["drop"][0].as<std::string>(), "ALL");
    EXPECT_EQ(c["resources"]["requests"]["cpu"].as<std::string>(), "100m");
    EXPECT_EQ(c["readinessProbe"]["httpGet"]["path"].as<std::string>(), "/healthz");
    ASSERT_TRUE(artifact(r, str("REPORT.md")));
    EXPECT_EQ(artifact(r, str("REPORT.md"))->language, str("markdown"));
    EXPECT_EQ(artifact(r, str("report.json"))->language, str("json"));
}

TEST(LocalEngine, ServiceSelectsItsWorkloadAndIngressRoutesToIt)
{
    GraphData g;
    g.nodes = {makeNode(str("ing"), str("INGRESS"), str("edge"), {},
                        {{str("hosts"), QStringList{str("a.example.com")}}}),
               makeNode(str("svc"), str("SERVICE"), str("front"), {}, {{str("port"), 80}}),
               makeNode(str("app"), str("DEPLOYMENT"), str("app"), {},
                        {{str("image"), str("x/app:1.0.0")}, {str("ports"), QVariantList{9000}}})};
    g.edges = {makeEdge(str("e1"), str("ing"), str("svc")),
               makeEdge(str("e2"), str("svc"), str("app"))};
    const GenerationResult r = run(g);
    const YAML::Node svc = yamlOf(r, str("front-service.yaml"));
    EXPECT_EQ(svc["spec"]["selector"]["app.kubernetes.io/name"].as<std::string>(), "app");
    EXPECT_EQ(svc["spec"]["ports"][0]["targetPort"].as<int>(), 9000);
    const YAML::Node ing = yamlOf(r, str("edge-ingress.yaml"));
    const YAML::Node path = ing["spec"]["rules"][0]["http"]["paths"][0];
    EXPECT_EQ(ing["spec"]["rules"][0]["host"].as<std::string>(), "a.example.com");
    EXPECT_EQ(path["backend"]["service"]["name"].as<std::string>(), "front");
    EXPECT_EQ(path["backend"]["service"]["port"]["number"].as<int>(), 80);
}

TEST(LocalEngine, OddValuesUnknownKindsAndDanglingEdgesAreReportedNotFatal)
{
    GraphData g;
    g.nodes = {makeNode(str("a"), str("DEPLOYMENT"), str("a"), {},
                        {{str("replicas"), str("many")}, {str("image"), str("nginx")}}),
               makeNode(str("b"), str("FROBNICATOR"), str("b")),
               makeNode(str("c"), str("POD"), str("c"), {}, {{str("image"), str("alpine:latest")}})};
    g.edges = {makeEdge(str("e1"), str("a"), str("nowhere")),
               makeEdge(str("e2"), str("a"), str("a"))};
    const GenerationResult r = run(g);
    EXPECT_TRUE(reportMentions(r, str("warning"), str("replicas must be a whole number")));
    EXPECT_EQ(yamlOf(r, str("a-deployment.yaml"))["spec"]["replicas"].as<int>(), 1);
    EXPECT_TRUE(reportMentions(r, str("unmapped"), str("FROBNICATOR")));
    EXPECT_TRUE(reportMentions(r, str("unmapped"), str("dangling")));
    EXPECT_TRUE(reportMentions(r, str("unmapped"), str("itself")));
    EXPECT_TRUE(reportMentions(r, str("warning"), str("has no tag")));
    EXPECT_TRUE(reportMentions(r, str("warning"), str("\"latest\" tag")));
    EXPECT_FALSE(artifact(r, str("b-frobnicator.yaml")));
}

TEST(LocalEngine, NamespaceComesFromTheContainerThenThePropertyThenDefault)
{
    GraphData g;
    g.nodes = {makeNode(str("ns"), str("NAMESPACE"), str("Team A")),
               makeNode(str("in"), str("CONFIGMAP"), str("inside"), {},
                        {{str("namespace"), str("x")}}),
               makeNode(str("prop"), str("CONFIGMAP"), str("prop"), {},
                        {{str("namespace"), str("ops")}}),
               makeNode(str("none"), str("CONFIGMAP"), str("plain"))};
    g.nodes[1].parent = str("ns");
    const GenerationResult r = run(g);
    EXPECT_TRUE(artifact(r, str("team-a-namespace.yaml")));
    EXPECT_EQ(yamlOf(r, str("team-a/inside-configmap.yaml"))["metadata"]["namespace"]
                      .as<std::string>(),
              "team-a");
    EXPECT_EQ(yamlOf(r, str("ops/prop-configmap.yaml"))["metadata"]["namespace"].as<std::string>(),
              "ops");
    EXPECT_EQ(yamlOf(r, str("default/plain-configmap.yaml"))["metadata"]["namespace"]
                      .as<std::string>(),
              "default");
}

TEST(LocalEngine, NameCollisionsAreResolvedAndReported)
{
    GraphData g;
    g.nodes = {makeNode(str("a"), str("DEPLOYMENT"), str("api"), {}, {{str("image"), str("x/a:1")}}),
               makeNode(str("b"), str("DEPLOYMENT"), str("API"), {},
                        {{str("image"), str("x/b:1")}})};
    const GenerationResult r = run(g);
    EXPECT_TRUE(artifact(r, str("api-deployment.yaml")));
    EXPECT_TRUE(artifact(r, str("api-2-deployment.yaml")));
    EXPECT_TRUE(reportMentions(r, str("warning"), str("renamed to api-2")));
}

TEST(LocalEngine, NetworkPoliciesAllowExactlyTheDrawnFlows)
{
    GenerationResult r = run(webAndDatabase(), str("files"), true);
    const YAML::Node deny = yamlOf(r, str("default-deny-ingress-networkpolicy.yaml"));
    EXPECT_TRUE(deny["spec"]["podSelector"].IsMap());
    EXPECT_EQ(deny["spec"]["podSelector"].size(), 0u);
    const YAML::Node allow = yamlOf(r, str("orders-db-allow-networkpolicy.yaml"));
    EXPECT_EQ(allow["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/name"].as<std::string>(),
              "orders-db");
    const YAML::Node from = allow["spec"]["ingress"][0]["from"];
    ASSERT_EQ(from.size(), 1u);
    EXPECT_EQ(from[0]["podSelector"]["matchLabels"]["app.kubernetes.io/name"].as<std::string>(),
              "web");
    EXPECT_EQ(allow["spec"]["ingress"][0]["ports"][0]["port"].as<int>(), 5432);
    // Without the option: none.
    r = run(webAndDatabase());
    EXPECT_FALSE(artifact(r, str("default-deny-ingress-networkpolicy.yaml")));
}

TEST(LocalEngine, LayoutsProduceTheirFiles)
{
    const GraphData g = webAndDatabase();
    const GenerationResult single = run(g, str("single"));
    ASSERT_TRUE(artifact(single, str("manifests.yaml")));
    EXPECT_EQ(YAML::LoadAll(artifact(single, str("manifests.yaml"))->content.toStdString()).size(),
              4u);
    const GenerationResult kustomize = run(g, str("kustomize"));
    const YAML::Node k = yamlOf(kustomize, str("kustomization.yaml"));
    EXPECT_EQ(k["namespace"].as<std::string>(), "default");
    EXPECT_EQ(k["resources"].size(), 4u);
    const GenerationResult helm = run(g, str("helm"));
    EXPECT_EQ(yamlOf(helm, str("Chart.yaml"))["name"].as<std::string>(), "shop");
    const YAML::Node values = yamlOf(helm, str("values.yaml"));
    EXPECT_EQ(values["web"]["image"].as<std::string>(), "ghcr.io/acme/web:1.2.3");
    EXPECT_EQ(values["ordersDb"]["replicas"].as<int>(), 1);
    const Artifact *tpl = artifact(helm, str("templates/web-deployment.yaml"));
    ASSERT_TRUE(tpl);
    EXPECT_TRUE(tpl->content.contains("{{ .Values.web.image | quote }}"));
    EXPECT_TRUE(artifact(helm, str("templates/_helpers.tpl"))->content.contains("trunc 63"));
}

TEST(LocalEngine, UnknownLayoutIsAnError)
{
    GenerationOptions o;
    o.layout = str("zip");
    const auto r = LocalEngine::generate(webAndDatabase(), o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(str("zip")));
}

TEST(LocalEngine, ReportRendersAsMarkdownAndJson)
{
    const GenerationResult r = run(webAndDatabase());
    const QString md = QString::fromUtf8(ReportFormat::toMarkdown(r.report));
    EXPECT_TRUE(md.contains(str("| orders db | StatefulSet/orders-db | default |")))
            << md.toStdString();
    EXPECT_TRUE(md.contains(str("## Warnings")));
    const QJsonObject json = QJsonDocument::fromJson(ReportFormat::toJson(r.report)).object();
    EXPECT_EQ(json.value(str("objects")).toArray().size(), r.report.objects.size());
    EXPECT_EQ(json.value(str("summary")).toObject().value(str("warnings")).toInt(),
              r.report.count(ReportItem::Severity::Warning));
    EXPECT_EQ(json.value(str("items")).toArray().size(), r.report.items.size());
}

TEST(ReportFormat, JsonIsWhatQJsonDocumentWritesForTheReport)
{
    // Hostile text: quotes, backslashes, every control character, non-ASCII, a surrogate pair,
    // lone surrogates, an empty and a null string.
    QString hostile = str("q\"uote\\slash /caf\u00e9 \u4e2d \U0001F600 end");
    for (char16_t c = 0; c < 0x20; ++c)
        hostile += QChar(c);
    hostile += QChar(0x7f);
    const QString loneHigh = QString(QChar(0xd83d)) + str("x");
    const QString loneLow = QString(QChar(0xde00));
    GenerationReport report;
    report.backend = str("local");
    report.graphName = hostile;
    report.layout = QString();
    for (const QString &s : {hostile, loneHigh, loneLow, QString(), str("")}) {
        report.objects.append({s, s, str("v1"), str("Service"), s, s, s, s});
        report.items.append({ReportItem::Severity::Warning, str("warning"), s, s});
    }
    report.items.append({ReportItem::Severity::Info, str("assumption"), str("n1"), str("x")});
    report.items.append({ReportItem::Severity::Error, str("error"), QString(), str("y")});

    auto reference = [](const GenerationReport &r) {
        QJsonObject root;
        root.insert(str("backend"), r.backend);
        root.insert(str("graph"), r.graphName);
        root.insert(str("layout"), r.layout);
        QJsonObject summary;
        summary.insert(str("objects"), r.objects.size());
        summary.insert(str("warnings"), r.count(ReportItem::Severity::Warning));
        summary.insert(str("errors"), r.count(ReportItem::Severity::Error));
        for (const char *c : {"unmapped", "assumption", "default"})
            summary.insert(str(c), r.itemsIn(str(c)).size());
        root.insert(str("summary"), summary);
        QJsonArray objects;
        for (const GeneratedObject &o : r.objects)
            objects.append(QJsonObject{{str("nodeId"), o.nodeId},
                                       {str("nodeKind"), o.nodeKind},
                                       {str("nodeName"), o.nodeName},
                                       {str("apiVersion"), o.apiVersion},
                                       {str("kind"), o.kind},
                                       {str("name"), o.name},
                                       {str("namespace"), o.ns},
                                       {str("path"), o.path}});
        root.insert(str("objects"), objects);
        QJsonArray items;
        const char *severities[] = {"info", "warning", "error"};
        for (const ReportItem &i : r.items)
            items.append(QJsonObject{{str("severity"), str(severities[int(i.severity)])},
                                     {str("category"), i.category},
                                     {str("nodeId"), i.nodeId},
                                     {str("message"), i.message}});
        root.insert(str("items"), items);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    };
    EXPECT_EQ(ReportFormat::toJson(report), reference(report));
    EXPECT_EQ(ReportFormat::toJson(GenerationReport()), reference(GenerationReport()));
    const GenerationResult r = run(webAndDatabase());
    EXPECT_EQ(ReportFormat::toJson(r.report), reference(r.report));
}

TEST(LocalEngine, OutputDoesNotDependOnTheNumberOfThreads)
{
    // Enough objects for many blocks of YAML written in parallel, with Helm values and names
    // that need quoting.
    static const char *kinds[] = {"MICROSERVICE", "DATABASE",    "INGRESS",
                                  "CONFIGMAP",    "STATEFULSET", "CACHE"};
    GraphData g;
    g.name = str("Threads");
    for (int i = 0; i < 240; ++i) {
        g.nodes.append(makeNode(QStringLiteral("n%1").arg(i), str(kinds[i % 6]),
                                i % 7 == 0 ? QStringLiteral("%1").arg(i)
                                           : QStringLiteral("svc %1 \u00e9").arg(i),
                                {},
                                {{str("namespace"), QStringLiteral("team-%1").arg(i / 60)},
                                 {str("image"), QStringLiteral("ghcr.io/acme/a%1:1.0").arg(i)},
                                 {str("ports"), QVariantList{qint64(8080 + i % 3)}}}));
        if (i > 0)
            g.edges.append(makeEdge(QStringLiteral("e%1").arg(i), QStringLiteral("n%1").arg(i),
                                    QStringLiteral("n%1").arg(i - 1 - i % 5)));
    }
    for (const QString &layout : LocalEngine::layouts()) {
        GenerationOptions one;
        one.layout = layout;
        one.networkPolicies = true;
        one.threads = 1;
        GenerationOptions many = one;
        many.threads = 5;
        const auto a = LocalEngine::generate(g, one);
        const auto b = LocalEngine::generate(g, many);
        ASSERT_TRUE(a.ok() && b.ok());
        EXPECT_GT(a->report.objects.size(), 300) << layout.toStdString();
        ASSERT_EQ(a->artifacts.size(), b->artifacts.size()) << layout.toStdString();
        for (qsizetype i = 0; i < a->artifacts.size(); ++i) {
            EXPECT_EQ(a->artifacts.at(i).path, b->artifacts.at(i).path);
            EXPECT_EQ(a->artifacts.at(i).content, b->artifacts.at(i).content)
                    << layout.toStdString() << ' ' << a->artifacts.at(i).path.toStdString();
        }
    }
}

TEST(LocalEngine, RunsAsABackendOnAWorkerThread)
{
    LocalEngine engine;
    EXPECT_EQ(engine.id(), str("local"));
    QSignalSpy ok(&engine, &GenerationBackend::succeeded);
    QSignalSpy failed(&engine, &GenerationBackend::failed);
    QSignalSpy progress(&engine, &GenerationBackend::progress);
    engine.start(webAndDatabase(), {});
    EXPECT_TRUE(engine.isRunning());
    ASSERT_TRUE(ok.wait(10000));
    EXPECT_FALSE(engine.isRunning());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_GE(progress.count(), 2);
    const auto result = ok.at(0).at(0).value<GenerationResult>();
    EXPECT_TRUE(artifact(result, str("web-deployment.yaml")));

    GenerationOptions bad;
    bad.layout = str("nope");
    engine.start(webAndDatabase(), bad);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).value<Error>().message.contains(str("nope")));
}

TEST(LocalEngine, CancelledRunStopsWithAnError)
{
    std::atomic_bool cancelled{true};
    const auto r = LocalEngine::generate(webAndDatabase(), {}, &cancelled, {});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(str("cancelled")));
}
