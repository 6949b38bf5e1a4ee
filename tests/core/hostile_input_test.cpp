// Reproducers for the hangs, memory blow-ups and float → integer overflows that fuzzing found in
// the readers and the server-answer parsers (issue 11, §3 and §5). Each test builds its hostile
// input in code and checks the bounded, clearly reported result; none measures time (the suite
// runs in parallel on loaded machines). Before the fixes the big inputs took minutes (or
// gigabytes) and the overflow cases gave negative sizes and dates before 1970.

#include "export/ArtifactExporter.h"
#include "export/PathSafety.h"
#include "io/JsonCanvasFormat.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ServerGraphFormat.h"
#include "io/YamlStream.h"
#include "io/YamlSupport.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"
#include "remote/Credential.h"
#include "remote/JobArtifacts.h"
#include "validate/ManifestValidator.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>

using namespace kg;
using kg::test::s;

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

const Node *nodeById(const GraphData &g, const QString &id)
{
    for (const Node &n : g.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

// --- JSON Canvas: namespace containment -------------------------------------------------------

struct CanvasItem
{
    QString id;
    bool group = false; // a "Namespace: …" group, else a text node
    double x = 0, y = 0, w = 0, h = 0;
};

QByteArray canvasJson(const QList<CanvasItem> &items)
{
    QByteArray out = "{\"nodes\":[";
    for (int i = 0; i < items.size(); ++i) {
        const CanvasItem &it = items.at(i);
        if (i > 0)
            out += ',';
        out += "{\"id\":\"" + it.id.toUtf8() + "\",\"x\":" + QByteArray::number(it.x, 'g', 17)
               + ",\"y\":" + QByteArray::number(it.y, 'g', 17)
               + ",\"width\":" + QByteArray::number(it.w, 'g', 17)
               + ",\"height\":" + QByteArray::number(it.h, 'g', 17);
        if (it.group)
            out += ",\"type\":\"group\",\"label\":\"Namespace: ns\"}";
        else
            out += ",\"type\":\"text\",\"text\":\"Deployment: d\"}";
    }
    out += "],\"edges\":[]}";
    return out;
}

// The rule as the reader applied it before (all pairs): the smallest namespace frame (the
// earlier one on a tie) holding the node's centre, never one with the node's own id.
QStringList allPairsParents(const QList<CanvasItem> &items)
{
    QList<QRectF> rects;
    QList<std::pair<QRectF, QString>> frames;
    for (const CanvasItem &it : items) {
        const QSizeF size = it.w > 0 && it.h > 0 ? QSizeF(it.w, it.h) : QSizeF();
        const QRectF rect(QPointF(it.x, it.y), size);
        rects << rect;
        if (it.group)
            frames.append({rect, it.id});
    }
    QStringList parents;
    for (int i = 0; i < items.size(); ++i) {
        QString parent;
        qreal best = -1;
        for (const auto &f : std::as_const(frames)) {
            if (f.second == items.at(i).id || !f.first.contains(rects.at(i).center()))
                continue;
            const qreal area = f.first.width() * f.first.height();
            if (best < 0 || area < best) {
                best = area;
                parent = f.second;
            }
        }
        parents << parent;
    }
    return parents;
}

// --- YAML: what YAML::Load and the former converter made of a document ------------------------

QVariant referenceScalar(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null")
        || s == QLatin1String("Null") || s == QLatin1String("NULL"))
        return {};
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return false;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    bool ok = false;
    if (integer.match(s).hasMatch()) {
        const qint64 n = s.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (real.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return s;
}

QVariant referenceConvert(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return {};
    case YAML::NodeType::Scalar:
        return node.Tag() == "?" ? referenceScalar(node.Scalar())
                                 : QVariant(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(referenceConvert(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node)
            map.insert(entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar())
                                              : QString(),
                       referenceConvert(entry.second));
        return map;
    }
    }
    return {};
}

// --- Manifest validation: the checks as they ran on yaml-cpp's node tree -----------------------

YAML::Node referenceChild(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node();
    const YAML::Node value = map[key];
    return value.IsDefined() ? value : YAML::Node();
}

QStringList referenceValidate(const QByteArray &data, const QString &file)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    static const QRegularExpression subdomain(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    auto isLabel = [](const QString &n) {
        return n.size() <= 63 && label.match(n).hasMatch();
    };
    auto isSubdomain = [](const QString &n) {
        return n.size() <= 253 && subdomain.match(n).hasMatch();
    };
    QStringList out;
    int lineOffset = 0;
    auto add = [&](const QString &message, const YAML::Mark &mark, const QString &name = {}) {
        ValidationIssue i;
        i.message = message;
        i.location.file = file;
        if (mark.line >= 0) {
            i.location.line = lineOffset + mark.line + 1;
            i.location.column = mark.column + 1;
        }
        i.location.nodeId = name;
        out << i.toString();
    };
    auto q = [](const std::string &t) {
        return QString::fromStdString(t);
    };
    bool tooMany = false;
    const std::vector<io::YamlChunk> chunks = io::splitYamlStream(data.constData(),
                                                                  size_t(data.size()), 100000,
                                                                  &tooMany);
    int objects = 0;
    for (const io::YamlChunk &chunk : chunks) {
        lineOffset = chunk.firstLine;
        YAML::Node doc;
        try {
            doc = YAML::Load(data.mid(qsizetype(chunk.begin), qsizetype(chunk.end - chunk.begin))
                                     .toStdString());
        } catch (const YAML::Exception &e) {
            ++objects;
            add(s("invalid YAML: ") + q(e.msg.empty() ? std::string("syntax error") : e.msg),
                e.mark);
            continue;
        }
        if (doc.IsNull())
            continue;
        ++objects;
        if (!doc.IsMap()) {
            add(s("a document must be a Kubernetes object (a mapping)"), doc.Mark());
            continue;
        }
        const YAML::Node metadata = referenceChild(doc, "metadata");
        const YAML::Node nameNode = referenceChild(metadata, "name");
        const QString name = nameNode.IsScalar() ? q(nameNode.Scalar()) : QString();
        const YAML::Node apiVersion = referenceChild(doc, "apiVersion");
        const YAML::Node kindNode = referenceChild(doc, "kind");
        if (!apiVersion.IsScalar() || apiVersion.Scalar().empty())
            add(s("missing \"apiVersion\""), doc.Mark(), name);
        if (!kindNode.IsScalar() || kindNode.Scalar().empty()) {
            add(s("missing \"kind\""), doc.Mark(), name);
            continue;
        }
        const QString kind = q(kindNode.Scalar());
        const QString stable = ManifestValidator::stableApiVersion(kind);
        if (apiVersion.IsScalar() && !stable.isEmpty() && q(apiVersion.Scalar()) != stable)
            add(QStringLiteral("%1 uses apiVersion \"%2\"; the current stable one is \"%3\"")
                        .arg(kind, q(apiVersion.Scalar()), stable),
                apiVersion.Mark(), name);
        if (!metadata.IsMap()) {
            add(QStringLiteral("%1 has no \"metadata\" mapping").arg(kind), doc.Mark());
            continue;
        }
        if (!nameNode.IsScalar() || name.isEmpty()) {
            if (!referenceChild(metadata, "generateName").IsScalar())
                add(QStringLiteral("%1 has no metadata.name").arg(kind), metadata.Mark());
            continue;
        }
        const bool needsLabel = kind == QLatin1String("Service")
                                || kind == QLatin1String("Namespace")
                                || kind == QLatin1String("StatefulSet")
                                || kind == QLatin1String("CronJob");
        if (needsLabel ? !isLabel(name) : !isSubdomain(name))
            add(QStringLiteral("%1 name \"%2\" is not a valid DNS-1123 %3")
                        .arg(kind, name.left(80),
                             needsLabel ? s("label (lower case letters, digits and '-', at "
                                            "most 63)")
                                        : s("subdomain")),
                nameNode.Mark(), name);
        const YAML::Node ns = referenceChild(metadata, "namespace");
        if (!ns.IsNull() && (!ns.IsScalar() || !isLabel(q(ns.Scalar()))))
            add(s("metadata.namespace is not a valid namespace name"), ns.Mark(), name);
    }
    if (objects == 0) {
        ValidationIssue i;
        i.severity = Severity::Warning;
        i.message = s("no Kubernetes objects in this file");
        i.location.file = file;
        out << i.toString();
    }
    return out;
}

// --- Kubernetes import --------------------------------------------------------------------------

QByteArray deployment(const QByteArray &name, const QByteArray &labels, const QByteArray &ns = {})
{
    return "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
           + (ns.isEmpty() ? QByteArray() : "\n  namespace: " + ns)
           + "\nspec:\n  template:\n    metadata:\n      labels: " + labels
           + "\n    spec:\n      containers:\n        - name: c\n          image: nginx:1\n";
}

QByteArray service(const QByteArray &name, const QByteArray &selector, const QByteArray &ns = {})
{
    return "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name
           + (ns.isEmpty() ? QByteArray() : "\n  namespace: " + ns)
           + "\nspec:\n  selector: " + selector + "\n  ports:\n    - port: 80\n";
}

int edgesOfType(const GraphData &g, const char *type)
{
    int count = 0;
    for (const Edge &e : g.edges)
        count += e.connectionType == QLatin1String(type) ? 1 : 0;
    return count;
}

QString allWarnings(const io::ImportResult &r)
{
    QStringList lines;
    for (const Error &e : r.warnings)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// --- Job results -----------------------------------------------------------------------------------

QJsonObject fileRecord(const QString &name, const QJsonValue &content = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("file")}, {QStringLiteral("name"), name}};
    if (!content.isUndefined())
        o.insert(QStringLiteral("content"), content);
    return o;
}

QJsonObject storedRecord(const QString &name, const QJsonValue &size)
{
    QJsonObject o = fileRecord(name);
    o.insert(QStringLiteral("storageUrl"), QString(QStringLiteral("/files/") + name));
    o.insert(QStringLiteral("size"), size);
    return o;
}

QString jwtWithPayload(const QByteArray &payload)
{
    const auto enc = [](const QByteArray &b) {
        return QString::fromLatin1(
                b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return enc("{\"alg\":\"none\"}") + QLatin1Char('.') + enc(payload) + QStringLiteral(".sig");
}

} // namespace

// --- JSON Canvas ----------------------------------------------------------------------------------

// The indexed containment gives exactly what the all-pairs loop gave: smallest frame, first on a
// tie, closed edges, never the node's own id (shared ids included), frames without a size.
TEST(HostileInputTest, CanvasContainmentMatchesTheAllPairsRule)
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 80; ++round) {
        QList<CanvasItem> items;
        const int count = int(rng.bounded(round % 5 == 1 ? 100 : 1, 200));
        // Every third round many shared ids; every fifth a few ids shared by dozens of frames
        // (matched per bit of the id's number instead of being passed over).
        const int idRange = round % 5 == 1 ? 3 : round % 3 == 0 ? 12 : 100000;
        for (int i = 0; i < count; ++i) {
            CanvasItem it;
            it.id = QStringLiteral("n%1").arg(rng.bounded(idRange));
            it.group = rng.bounded(3) != 0;
            // Small integer grid: many ties, shared edges and centres on frame borders.
            it.x = double(rng.bounded(-6, 12)) * 10;
            it.y = double(rng.bounded(-6, 12)) * 10;
            it.w = double(rng.bounded(0, 8)) * 20; // 0: no size (the reader's default)
            it.h = rng.bounded(10) == 0 ? 0 : double(rng.bounded(1, 8)) * 20;
            if (rng.bounded(12) == 0 && !items.isEmpty()) { // an exact twin of an earlier frame
                const CanvasItem &twin = items.at(int(rng.bounded(int(items.size()))));
                it.x = twin.x;
                it.y = twin.y;
                it.w = twin.w;
                it.h = twin.h;
            }
            items << it;
        }
        auto r = io::JsonCanvasFormat::read(canvasJson(items), s("c.canvas"));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        const QStringList expected = allPairsParents(items);
        ASSERT_EQ(r->nodes.size(), items.size());
        for (int i = 0; i < items.size(); ++i)
            ASSERT_EQ(r->nodes.at(i).parent, expected.at(i))
                    << "round " << round << " node " << i << " " << items.at(i).id.toStdString();
    }
}

// 100,000 "Namespace:" groups (11 MB): 548 s with the all-pairs loop.
TEST(HostileInputTest, CanvasWithOneHundredThousandNamespaceGroups)
{
    constexpr int Nested = 50000; // concentric frames, all holding the same centre
    constexpr int Grid = 50000;   // side by side, each holding one text node
    QByteArray json;
    json.reserve(16 * 1024 * 1024);
    json += "{\"nodes\":[";
    for (int i = 1; i <= Nested; ++i)
        json += "{\"id\":\"c" + num(i) + "\",\"type\":\"group\",\"label\":\"Namespace: c" + num(i)
                + "\",\"x\":" + num(-i) + ",\"y\":" + num(-i) + ",\"width\":" + num(2 * i + 1)
                + ",\"height\":" + num(2 * i + 1) + "},";
    for (int i = 0; i < Grid; ++i) {
        const qint64 x = 200000 + (i % 250) * 300;
        const qint64 y = (i / 250) * 300;
        json += "{\"id\":\"g" + num(i) + "\",\"type\":\"group\",\"label\":\"Namespace: g" + num(i)
                + "\",\"x\":" + num(x) + ",\"y\":" + num(y) + ",\"width\":200,\"height\":200},";
        json += "{\"id\":\"t" + num(i) + "\",\"type\":\"text\",\"text\":\"Deployment: t" + num(i)
                + "\",\"x\":" + num(x + 20) + ",\"y\":" + num(y + 20)
                + ",\"width\":100,\"height\":100}";
        if (i + 1 < Grid)
            json += ',';
    }
    json += "],\"edges\":[]}";
    auto r = io::JsonCanvasFormat::read(json, s("big.canvas"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->nodes.size(), Nested + 2 * Grid);
    QHash<QString, QString> parentOf;
    for (const Node &n : std::as_const(r->nodes))
        parentOf.insert(n.id, n.parent);
    // Every concentric frame's centre is (0.5, 0.5): the smallest other frame holds it.
    EXPECT_EQ(parentOf.value(s("c1")), s("c2"));
    for (int i = 2; i <= Nested; ++i)
        ASSERT_EQ(parentOf.value(QStringLiteral("c%1").arg(i)), s("c1")) << i;
    for (int i = 0; i < Grid; ++i) {
        ASSERT_EQ(parentOf.value(QStringLiteral("t%1").arg(i)), QStringLiteral("g%1").arg(i));
        ASSERT_EQ(parentOf.value(QStringLiteral("g%1").arg(i)), QString());
    }
}

// --- Server graph ---------------------------------------------------------------------------------

// 50,000 nodes sharing one id, each with an edge without id: 990 s when every made-up id was
// found by trying a->0, a->0#2, … one by one.
TEST(HostileInputTest, ServerGraphNodesSharingAnIdGetUniqueEdgeIds)
{
    constexpr int Count = 50000;
    QByteArray json = "{\"name\":\"g\",\"nodes\":[";
    for (int i = 0; i < Count; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":\"a\",\"nodeType\":\"MICROSERVICE\",\"edges\":[{\"node\":{\"id\":\"b\"}}]"
                "}";
    }
    // An explicit id in the way of the generated ones, and one generated id taken explicitly.
    json += ",{\"id\":\"b\",\"nodeType\":\"MICROSERVICE\",\"edges\":["
            "{\"id\":\"a->0#3\",\"node\":{\"id\":\"a\"}},{\"node\":{\"id\":\"a\"}}]}]}";
    auto r = io::ServerGraphFormat::read(json, s("g.json"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->edges.size(), Count + 2);
    QSet<QString> ids;
    for (const Edge &e : r->edges)
        ids.insert(e.id);
    EXPECT_EQ(ids.size(), r->edges.size());
    // The same ids as before: the first free one of a->0, a->0#2, a->0#3 (taken), a->0#4, …
    EXPECT_EQ(r->edges.at(0).id, s("a->0"));
    EXPECT_EQ(r->edges.at(1).id, s("a->0#2"));
    EXPECT_EQ(r->edges.at(2).id, s("a->0#4"));
    EXPECT_EQ(r->edges.at(Count - 1).id, QStringLiteral("a->0#%1").arg(Count + 1));
    EXPECT_EQ(r->edges.at(Count).id, s("a->0#3"));
    EXPECT_EQ(r->edges.at(Count + 1).id, s("b->1"));
}

// --- Kubernetes import ----------------------------------------------------------------------------

// One Ingress with 200,000 hosts and 100,000 paths and backends: 165 s for the hosts alone and
// 140 s for the backends when they were collected in lists.
TEST(HostileInputTest, IngressWithTwoHundredThousandHostsAndOneHundredThousandBackends)
{
    constexpr int Hosts = 200000;
    constexpr int Backends = 100000;
    QByteArray json = "{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"Ingress\","
                      "\"metadata\":{\"name\":\"big\"},\"spec\":{\"rules\":[";
    for (int i = 0; i < Hosts; ++i) // every host twice
        json += "{\"host\":\"h" + num(i % (Hosts / 2)) + ".example.com\"},";
    json += "{\"http\":{\"paths\":[";
    for (int i = 0; i < Backends; ++i) {
        if (i > 0)
            json += ',';
        const QByteArray n = num(i % (Backends / 2)); // every path and backend twice
        json += "{\"path\":\"/p" + n + "\",\"backend\":{\"service\":{\"name\":\"s" + n + "\"}}}";
    }
    json += "]}}]}}";
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData(json, s("ingress.json")).ok());
    const io::ImportResult r = importer.finish();
    const Node *ingress = nodeById(r.graph, s("ingress/big"));
    ASSERT_TRUE(ingress);
    const QStringList hosts = ingress->property(s("hosts")).toStringList();
    ASSERT_EQ(hosts.size(), Hosts / 2);
    EXPECT_EQ(hosts.first(), s("h0.example.com"));
    EXPECT_EQ(hosts.last(), QStringLiteral("h%1.example.com").arg(Hosts / 2 - 1));
    const QStringList paths = ingress->property(s("paths")).toStringList();
    ASSERT_EQ(paths.size(), Backends / 2);
    EXPECT_EQ(paths.last(), QStringLiteral("/p%1").arg(Backends / 2 - 1));
    // Each missing backend is reported once, in order.
    ASSERT_EQ(r.warnings.size(), Backends / 2);
    EXPECT_TRUE(r.warnings.last().message.contains(QStringLiteral("\"s%1\"").arg(Backends / 2 - 1)));
}

// 1,000 Services × 1,000 workloads with the same selector: 1 M edges (1.1 GB) before; now the
// inferred edges are capped and the cap is reported.
TEST(HostileInputTest, SelectorEdgesAreCappedAndReported)
{
    constexpr int Count = 1000;
    QByteArray yaml;
    for (int i = 0; i < Count; ++i)
        yaml += deployment("d" + num(i), "{app: x}");
    for (int i = 0; i < Count; ++i)
        yaml += service("s" + num(i), "{app: x}");
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData(yaml, s("many.yaml")).ok());
    const io::ImportResult r = importer.finish();
    const int cap = io::ImportLimits().maxSelectorEdges;
    ASSERT_LT(cap, Count * Count);
    EXPECT_EQ(edgesOfType(r.graph, "SERVICE_EXPOSES_POD"), cap);
    EXPECT_EQ(r.graph.nodes.size(), 2 * Count);
    const QString warnings = allWarnings(r);
    EXPECT_TRUE(warnings.contains(QString::number(cap))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QString::number(Count * Count - cap))) << warnings.toStdString();
}

// Below the cap the selector index finds exactly the pairs the all-pairs loop found: every
// label must match, namespaces are separate, an empty value matches a missing label.
TEST(HostileInputTest, SelectorIndexMatchesExactly)
{
    QByteArray yaml;
    yaml += deployment("a", "{app: web, tier: front}");
    yaml += deployment("b", "{app: web, tier: back}");
    yaml += deployment("c", "{app: web}");
    yaml += deployment("d", "{app: web, tier: front}", "other");
    yaml += deployment("e", "{app: web, version: 2}");
    yaml += service("front", "{app: web, tier: front}");
    yaml += service("all", "{app: web}");
    yaml += service("untiered", "{app: web, tier: \"\"}");
    yaml += service("v2", "{version: 2}");
    yaml += service("none", "{app: nothing}");
    yaml += service("other", "{tier: front}", "other");
    yaml += service("all2", "{app: web}"); // same selector as "all": found through the cache
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData(yaml, s("m.yaml")).ok());
    const io::ImportResult r = importer.finish();
    QStringList edges;
    for (const Edge &e : r.graph.edges) {
        if (e.connectionType == QLatin1String("SERVICE_EXPOSES_POD"))
            edges << e.source.section(QLatin1Char('/'), -1) + QLatin1Char('>')
                             + e.target.section(QLatin1Char('/'), -1);
    }
    EXPECT_EQ(edges, QStringList({s("front>a"), s("all>a"), s("all>b"), s("all>c"), s("all>e"),
                                  s("untiered>c"), s("untiered>e"), s("v2>e"), s("other>d"),
                                  s("all2>a"), s("all2>b"), s("all2>c"), s("all2>e")}));
    EXPECT_TRUE(allWarnings(r).contains(s("the selector of Service \"none\" matches no")));
    // Edge ids follow the order of the edges.
    for (int i = 0; i < r.graph.edges.size(); ++i)
        EXPECT_EQ(r.graph.edges.at(i).id, QStringLiteral("e%1").arg(i + 1));
}

// The values of all files count against one budget; JSON files too.
TEST(HostileInputTest, ImportValueBudgetSpansAllFiles)
{
    io::ImportLimits limits;
    limits.maxValues = 1000;
    io::KubernetesYamlImporter importer(limits);
    QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n";
    for (int i = 0; i < 400; ++i)
        yaml += "  k" + num(i) + ": v\n";
    ASSERT_TRUE(importer.addData(yaml, s("a.yaml")).ok());
    ASSERT_TRUE(importer.addData(yaml.replace("name: a", "name: b"), s("b.yaml")).ok());
    const Status third = importer.addData(yaml.replace("name: b", "name: c"), s("c.yaml"));
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().toString(),
              s("c.yaml: the manifests hold more than 1000 values in total"));
    io::KubernetesYamlImporter json;
    QByteArray big = "[";
    for (int i = 0; i < 1000001; ++i)
        big += i ? ",0" : "0";
    big += "]";
    const Status refused = json.addData(big, s("big.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(s("more than 1000000 values")))
            << refused.error().toString().toStdString();
}

// --- YAML ------------------------------------------------------------------------------------------

// A 16 MB document with millions of values and a syntax error at its very end: the whole file
// used to be loaded (3.8 GB) before any limit applied, and the error at the end was what came
// back. The limit now stops the parse where it is crossed.
TEST(HostileInputTest, YamlValueLimitStopsTheParseWhereItIsCrossed)
{
    QByteArray yaml;
    yaml.reserve(16 * 1024 * 1024 + 16);
    while (yaml.size() < 16 * 1024 * 1024)
        yaml += "- a\n";
    yaml += "]\n";
    io::YamlLimits limits;
    limits.maxNodes = 100000;
    auto r = io::parseYamlDocuments(yaml, s("big.yaml"), limits);
    ASSERT_FALSE(r.ok());
    const QString message = r.error().toString();
    EXPECT_TRUE(message.contains(s("more than 100000 values"))) << message.toStdString();
    EXPECT_TRUE(message.startsWith(s("big.yaml:100000:"))) << message.toStdString();
}

// The same for the stream total: the budget is shared by all documents.
TEST(HostileInputTest, YamlValueLimitCountsAllDocuments)
{
    QByteArray yaml;
    for (int d = 0; d < 50; ++d) {
        yaml += "---\n";
        for (int i = 0; i < 1000; ++i)
            yaml += "- a\n";
    }
    io::YamlLimits limits;
    limits.maxNodes = 20000;
    auto r = io::parseYamlDocuments(yaml, s("many.yaml"), limits);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(s("more than 20000 values")))
            << r.error().toString().toStdString();
    limits.maxNodes = 50 * 1001;
    EXPECT_TRUE(io::parseYamlDocuments(yaml, s("many.yaml"), limits).ok());
    limits.maxBytes = 1000;
    auto tooBig = io::parseYamlDocuments(yaml, s("many.yaml"), limits);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error().toString().startsWith(s("many.yaml: ")));
    EXPECT_TRUE(tooBig.error().message.contains(s("larger than")))
            << tooBig.error().message.toStdString();
}

// Alias bombs and cycles are refused by counting, without expanding anything.
TEST(HostileInputTest, YamlAliasBombsAndCyclesAreRefused)
{
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'z'; ++c) {
        const QByteArray prev(1, char(c - 1));
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + prev + ", *" + prev + ", *"
                + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    }
    auto r = io::parseYamlDocuments(bomb, s("bomb.yaml"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(s("more than 1000000 values")))
            << r.error().toString().toStdString();
    auto cycle = io::parseYamlDocuments("&a {x: [*a]}\n", s("cycle.yaml"));
    ASSERT_FALSE(cycle.ok());
    EXPECT_TRUE(cycle.error().message.contains(s("deeper")))
            << cycle.error().toString().toStdString();
    // A bomb in a key is never used as a value: accepted, as before.
    QByteArray keyBomb = "? &k0 [x, x]\n: 1\n";
    for (int i = 1; i < 40; ++i)
        keyBomb += "? &k" + num(i) + " [*k" + num(i - 1) + ", *k" + num(i - 1) + "]\n: 1\n";
    auto keys = io::parseYamlDocuments(keyBomb, s("keys.yaml"));
    ASSERT_TRUE(keys.ok()) << keys.error().toString().toStdString();
    EXPECT_EQ(keys->first().value.toMap().value(QString()), QVariant(qint64(1)));
    // ... and refused as soon as one is used as a value.
    auto used = io::parseYamlDocuments(keyBomb + "v: *k39\n", s("keys.yaml"));
    ASSERT_FALSE(used.ok());
    EXPECT_TRUE(used.error().message.contains(s("values")))
            << used.error().toString().toStdString();
}

// The event-driven reader makes of ordinary (and odd) documents exactly what YAML::Load and the
// former converter made: types, tags, anchors, aliases, complex and duplicate keys, locations.
TEST(HostileInputTest, YamlEventsGiveWhatYamlLoadGave)
{
    const char *const documents[] = {
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata: {x: y, n: 5}\n",
            "a: 1\nb: -2\nc: 1.5\nd: .5\ne: 1e3\nf: true\ng: False\nh: ~\ni: null\nj: \"5\"\n"
            "k: '1.0'\nl: !!str 7\nm: !!int 8\nn: 99999999999999999999\no: 0x1F\np: +3\nq:\n",
            "- &x {a: 1}\n- *x\n- &s scalar\n- *s\n- [*x, *s]\n",
            "&root\nk: v\n",
            "? [complex, key]\n: 1\n? {a: b}\n: 2\nplain: 3\n",
            "dup: 1\ndup: 2\nother: 3\ndup: 4\n",
            "&k key: &v value\n*k : again\nz: *v\n",
            "~: null key\nnull: also null\n'': empty\n",
            "--- !custom\nfoo: bar\n",
            "- - - deep\n    - [1, [2, [3, {x: [4]}]]]\n",
            "text: |\n  line 1\n  line 2\nfolded: >\n  a\n  b\n",
            "{a: [b, c: d], e}\n",
            "- !!null ''\n- !!bool yes\n- yes\n- 'null'\n",
            "  indented: 1\n  map: 2\n",
            "&a [1, 2]\n",
            "# only a comment\nkey: value # trailing\n",
            "anchors: [&a 1, &b [*a, *a], &c {k: *b}]\nuse: [*c, *c, *b]\n",
            "? &kk [1, 2]\n: 1\nv: *kk\n",
            "--- >\n  folded root\n",
            "\"quoted root\"\n",
            "plain root\n",
            // Broken documents (and ones yaml-cpp reads only the start of).
            "a: [b\n",
            "a: b\n c: d\n  - x\n",
            "k: *missing\n",
            "{a: b]\n",
            "a: &x &y 1\n",
            "a: !!str !!int 1\n",
            "[a, b\n",
            "key: value\n  bad indent: 1\n",
            "? |\n  block key\n: v\n",
    };
    for (const char *text : documents) {
        SCOPED_TRACE(text);
        YAML::Node loaded;
        std::string message;
        YAML::Mark mark;
        try {
            loaded = YAML::Load(text);
        } catch (const YAML::Exception &e) {
            message = e.msg;
            mark = e.mark;
        }
        auto r = io::parseYamlDocuments(text, s("t.yaml"));
        if (!message.empty()) {
            // Errors are found where yaml-cpp found them (the parser is libyaml's, so the
            // wording is its own).
            ASSERT_FALSE(r.ok());
            EXPECT_TRUE(r.error().message.startsWith(s("invalid YAML: ")))
                    << r.error().toString().toStdString();
            EXPECT_EQ(r.error().location.line, mark.line + 1)
                    << r.error().toString().toStdString() << " / yaml-cpp: " << message;
            continue;
        }
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        ASSERT_EQ(r->size(), 1);
        EXPECT_EQ(r->first().value, referenceConvert(loaded));
        EXPECT_EQ(r->first().line, std::max(0, loaded.Mark().line) + 1);
        EXPECT_EQ(r->first().column, std::max(0, loaded.Mark().column) + 1);
    }
}

// An empty entry in a flow sequence, a mapping after a top-level sequence or an unterminated quote
// is not YAML (yaml-cpp read it as null; libyaml, which every reader now runs on, refuses it as the
// specification does), with a location.
TEST(HostileInputTest, EmptyFlowEntriesAreRefused)
{
    auto r = io::parseYamlDocuments("[1, 2, {a: [x, y]}, , ]\n", s("t.yaml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().location.line, 1);
    EXPECT_TRUE(r.error().message.startsWith(s("invalid YAML: ")))
            << r.error().message.toStdString();
    // A mapping after a sequence at the same level: yaml-cpp read only the sequence.
    auto mixed = io::parseYamlDocuments("- a\nb: c\n", s("t.yaml"));
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.error().location.line, 2);
    // An unterminated quoted scalar: yaml-cpp took the rest of the stream as its text.
    EXPECT_FALSE(io::parseYamlDocuments("a: 'unterminated\n", s("t.yaml")).ok());
}

// The manifest validator reads documents one at a time through a node budget: a 16 MB file no
// longer costs 240 bytes of memory per byte, and the parse stops at the budget.
TEST(HostileInputTest, ManifestValidatorStopsAtTheNodeLimit)
{
    // 16 MB of values and a syntax error at the very end: the parse stops at the budget.
    QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  items: [";
    yaml.reserve(16 * 1024 * 1024);
    while (yaml.size() < 16 * 1024 * 1024 - 16)
        yaml += "a,";
    yaml += "]]\n";
    const QList<ValidationIssue> issues = ManifestValidator::validateData(yaml, s("big.yaml"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_TRUE(issues[0].message.contains(s("more than 1000000 nodes")))
            << issues[0].toString().toStdString();
    EXPECT_EQ(issues[0].location.line, 6);
    EXPECT_LT(issues[0].location.column, 2000020); // at the budget, not at the end
    // Beyond 16 MiB a file is not parsed at all.
    const auto huge = ManifestValidator::validateData(yaml + QByteArray(64, '#'), s("huge.yaml"));
    ASSERT_EQ(huge.size(), 1);
    EXPECT_TRUE(huge[0].message.contains(s("larger than 16 MiB")))
            << huge[0].toString().toStdString();
}

// What the checks find is what they found on yaml-cpp's node tree: first of repeated keys,
// aliases (as keys too), anchored maps used as metadata (even the document itself), locations of
// aliased nodes, syntax errors per document.
TEST(HostileInputTest, ManifestValidatorFindsWhatItFoundOnTheNodeTree)
{
    QList<QByteArray> corpus{
            "x: &meta {name: Bad_Name, namespace: ok}\nk: &k kind\n"
            "apiVersion: v1\n*k : Service\nmetadata: *meta\nkind: Deployment\n",
            "&doc\napiVersion: apps/v1\nkind: Deployment\nmetadata: *doc\n",
            "kind: *nope\n",
            "apiVersion: apps/v1\nkind: Deployment\nkind: Service\nmetadata:\n  name: a_b\n"
            "  name: ok\n  namespace: ~\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, "
            "namespace: [x]}\n---\n\"apiVersion\": v1\n'kind': ''\n---\n---\n# nothing\n...\n"
            "apiVersion: v1\nkind: Secret\nmetadata: {generateName: s-}\n",
            "? [apiVersion]\n: v1\n? {kind: x}\n: Pod\n~: y\nkind: ConfigMap\nmetadata:\n"
            "  ? name\n  : !!str 5\n  namespace: \"\"\n",
            "- a\n---\nplain\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: [a]\n---\n"
            "apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: &n UPPER\n  generateName: *n\n"
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: *x}\n"
            "---\napiVersion: &v v1\nkind: *v\nmetadata: {name: *v, namespace: *v}\n",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n---\n"
            "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: web}\n",
            "",
            "# only comments\n",
            "---\n",
    };
    QDir dir(test::sourcePath(s("tests/data/manifests")));
    QDirIterator it(dir.path(), {s("*.yaml"), s("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        corpus << file.readAll();
    }
    ASSERT_GT(corpus.size(), 12);
    for (const QByteArray &yaml : std::as_const(corpus)) {
        SCOPED_TRACE(yaml.left(200).toStdString());
        QStringList found;
        for (const ValidationIssue &i : ManifestValidator::validateData(yaml, s("m.yaml")))
            found << i.toString();
        // The parser is libyaml's: its syntax messages have their own wording.
        static const QRegularExpression wording(QStringLiteral("invalid YAML: .*$"),
                                                QRegularExpression::MultilineOption);
        const QString got = found.join(QLatin1Char('\n')).replace(wording, s("invalid YAML"));
        const QString want = referenceValidate(yaml, s("m.yaml"))
                                     .join(QLatin1Char('\n'))
                                     .replace(wording, s("invalid YAML"));
        EXPECT_EQ(got.toStdString(), want.toStdString());
    }
}

// --- Job results -----------------------------------------------------------------------------------

// 200,000 artifact records (32 MiB): every artifact was built (41 s, 3.2 GB) before the
// 1,000-artifact limit was checked. Now nothing is built: the notes stay empty.
TEST(HostileInputTest, TooManyArtifactsAreRefusedBeforeAnyIsBuilt)
{
    constexpr int Count = 200000;
    QJsonArray records;
    for (int i = 0; i < Count; ++i) {
        QJsonObject o = storedRecord(QStringLiteral("f%1.yaml").arg(i), 10);
        o.insert(QStringLiteral("checksum"), QString(64, QLatin1Char('0')));
        o.insert(QStringLiteral("content"), QStringLiteral("payload payload payload payload"));
        records.append(o);
    }
    for (const QJsonValue &payload :
         {QJsonValue(records), QJsonValue(QJsonObject{{QStringLiteral("artifacts"), records}}),
          QJsonValue(QJsonObject{{QStringLiteral("generatedCode"), records}})}) {
        remote::ArtifactNotes notes;
        auto r = remote::artifactsFromJobResult(payload, {}, &notes);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().message,
                  QStringLiteral("the job delivered %1 artifacts; the limit is 1000").arg(Count));
        EXPECT_TRUE(notes.checksumMismatches.isEmpty());
        EXPECT_TRUE(notes.stored.isEmpty());
    }
    // A GeneratedCodeGraph: one artifact per node plus the metadata one.
    QJsonArray nodes;
    for (int i = 0; i < 1000; ++i)
        nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("n%1").arg(i)}});
    auto graph = remote::artifactsFromJobResult(QJsonObject{
            {QStringLiteral("generatedCode"), QJsonObject{{QStringLiteral("nodes"), nodes}}}});
    ASSERT_FALSE(graph.ok());
    EXPECT_TRUE(graph.error().message.contains(s("1001 artifacts")))
            << graph.error().message.toStdString();
    nodes.removeLast();
    EXPECT_TRUE(remote::artifactsFromJobResult(
                        QJsonObject{{QStringLiteral("generatedCode"),
                                     QJsonObject{{QStringLiteral("nodes"), nodes}}}})
                        .ok());
}

// Content beyond the job's byte limit stops the conversion there: the records after it are not
// looked at.
TEST(HostileInputTest, JobByteLimitStopsTheConversion)
{
    remote::ArtifactLimits limits;
    limits.maxArtifactBytes = 100;
    limits.maxJobBytes = 1000;
    QJsonArray records;
    for (int i = 0; i < 11; ++i)
        records.append(
                fileRecord(QStringLiteral("f%1.yaml").arg(i), QString(100, QLatin1Char('x'))));
    for (int i = 0; i < 20; ++i)
        records.append(storedRecord(QStringLiteral("s%1.yaml").arg(i), 10));
    remote::ArtifactNotes notes;
    auto r = remote::artifactsFromJobResult(records, limits, &notes);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(s("the limit is 0 MiB"))
                || r.error().message.contains(s("limit")))
            << r.error().message.toStdString();
    EXPECT_TRUE(notes.stored.isEmpty());
    // At the limit it is fine.
    records.removeAt(10);
    remote::ArtifactNotes ok;
    auto fine = remote::artifactsFromJobResult(records, limits, &ok);
    ASSERT_TRUE(fine.ok()) << fine.error().message.toStdString();
    EXPECT_EQ(ok.totalBytes, 1000);
    EXPECT_EQ(ok.stored.size(), 20);
}

// A size of 1e300 overflowed to a negative number (undefined behaviour), which skipped the
// declared-size check. Out-of-range sizes are now an invalid record with a reason.
TEST(HostileInputTest, ArtifactSizesAreRangeChecked)
{
    const QJsonArray records{storedRecord(s("huge.yaml"), 1e300),
                             storedRecord(s("negative.yaml"), -5),
                             storedRecord(s("fraction.yaml"), 10.5),
                             storedRecord(s("big.yaml"), 9.5e15),
                             storedRecord(s("fine.yaml"), 4096),
                             storedRecord(s("text.yaml"), s("12")),
                             fileRecord(s("inline.yaml"), s("x"))};
    remote::ArtifactNotes notes;
    auto r = remote::artifactsFromJobResult(records, {}, &notes);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    for (int i : {0, 1, 2, 3}) {
        EXPECT_FALSE(r->at(i).isExportable()) << i;
        EXPECT_TRUE(r->at(i).unsafeReason.contains(s("size")))
                << r->at(i).unsafeReason.toStdString();
    }
    ASSERT_EQ(notes.stored.size(), 2);
    EXPECT_EQ(notes.stored[0].index, 4);
    EXPECT_EQ(notes.stored[0].size, 4096);
    EXPECT_EQ(notes.stored[1].index, 5);
    EXPECT_EQ(notes.stored[1].size, -1); // not a number: unknown, as before
    EXPECT_EQ(notes.unsafe.size(), 4);
}

// --- Credentials ------------------------------------------------------------------------------------

// expires_in: 1e+300 and a JWT exp of 1e300 overflowed (undefined behaviour) into dates before
// 1970, so a long-lived token looked expired. They now mean "a very long time".
TEST(HostileInputTest, HugeExpiryValuesAreClamped)
{
    const QDateTime now = QDateTime::fromString(s("2025-01-01T00:00:00Z"), Qt::ISODate);
    const QDateTime farFuture = now.addYears(5);
    for (double expiresIn : {1e300, 1e19, 9.3e15, std::numeric_limits<double>::max()}) {
        auto c = remote::Credential::fromTokenResponse(QJsonObject{{s("access_token"), s("opaque")},
                                                                   {s("expires_in"), expiresIn}},
                                                       now);
        ASSERT_TRUE(c);
        ASSERT_TRUE(c->expiresAt.isValid()) << expiresIn;
        EXPECT_GT(c->expiresAt, farFuture) << expiresIn;
        EXPECT_LE(c->expiresAt.date().year(), 9999);
    }
    auto normal = remote::Credential::fromTokenResponse(
            QJsonObject{{s("access_token"), s("opaque")}, {s("expires_in"), 3600.5}}, now);
    EXPECT_EQ(normal->expiresAt, now.addMSecs(3600500));
    auto negative = remote::Credential::fromTokenResponse(
            QJsonObject{{s("access_token"), s("opaque")}, {s("expires_in"), -1e300}}, now);
    EXPECT_FALSE(negative->expiresAt.isValid());

    const QDateTime never = remote::jwtExpiry(jwtWithPayload("{\"exp\":1e300}"));
    ASSERT_TRUE(never.isValid());
    EXPECT_GT(never, farFuture);
    EXPECT_LE(never.date().year(), 9999);
    EXPECT_EQ(remote::jwtExpiry(jwtWithPayload("{\"exp\":1e19}")), never);
    const QDateTime past = remote::jwtExpiry(jwtWithPayload("{\"exp\":-1e300}"));
    ASSERT_TRUE(past.isValid());
    EXPECT_LT(past, now);
    EXPECT_EQ(remote::jwtExpiry(jwtWithPayload("{\"exp\":1735689600.25}")),
              QDateTime::fromMSecsSinceEpoch(1735689600250, Qt::UTC));
    // A pasted token with such a JWT: a valid credential that does not look expired.
    const remote::Credential pasted = remote::Credential::fromPastedToken(
            jwtWithPayload("{\"exp\":1e300}"));
    EXPECT_GT(pasted.expiresAt, QDateTime::currentDateTimeUtc());
}

// --- .kgraph ---------------------------------------------------------------------------------------

TEST(HostileInputTest, KGraphVersionOutOfRangeIsNamed)
{
    auto r = io::KGraphFormat::read(R"({"format":"kubegram-graph","version":1e300})",
                                    s("v.kgraph"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(s("format version 1e+300")))
            << r.error().message.toStdString();
}

TEST(HostileInput, OutOfRangeNumbersAreNotIntegers)
{
    // A file's `replicas: 1e300` (or NaN) must not reach a double → integer conversion.
    PropertySpec spec;
    spec.type = PropertyType::Int;
    for (const double d : {1e300, -1e300, 9.5e18, std::nan("")})
        EXPECT_FALSE(NodeKindCatalog::coerce(spec, QVariant(d)).isValid()) << d;
    EXPECT_EQ(NodeKindCatalog::coerce(spec, QVariant(3.0)).toLongLong(), 3);
    EXPECT_FALSE(NodeKindCatalog::coerce(spec, QVariant(2.5)).isValid());
}

// A server answer naming one file thousands of times (found by fuzzing: each copy tried every
// number from 2 upwards, so 20,000 copies took minutes). Each copy now gets the next number.
TEST(HostileInputTest, ManyArtifactsOfOneNameAreNumberedInOnePass)
{
    ArtifactList list;
    for (int i = 0; i < 20000; ++i) {
        Artifact a;
        a.path = i % 2 ? QStringLiteral("k8s/deployment.yaml")
                       : QStringLiteral("K8S/Deployment.yaml");
        list.append(a);
    }
    Artifact explicitTwo; // a name the numbering would have chosen is taken already
    explicitTwo.path = QStringLiteral("k8s/deployment-3.yaml");
    list.insert(1, explicitTwo);
    const QStringList renames = pathsafety::sanitize(list);
    EXPECT_EQ(renames.size(), 19999);
    QSet<QString> seen;
    for (const Artifact &a : std::as_const(list)) {
        EXPECT_TRUE(a.unsafeReason.isEmpty());
        seen.insert(a.path.toCaseFolded());
    }
    EXPECT_EQ(seen.size(), list.size());
    EXPECT_EQ(list.at(2).path, QStringLiteral("k8s/deployment-2.yaml"));
    EXPECT_EQ(list.at(3).path, QStringLiteral("K8S/Deployment-4.yaml"));
}

// A graph inside a code-generation request with its own field "graphData" (found by fuzzing):
// written back as a Graph, that field made the file read as a project's graphMeta, which then
// failed. Envelope names are not kept as a graph's own fields.
TEST(HostileInputTest, AGraphsOwnEnvelopeFieldsAreNotWrittenBack)
{
    const QByteArray request = R"({"graph":{"name":"g","graphData":"KUBERNETES","graph":7,
        "extra":1,"nodes":[{"id":"a","name":"a","nodeType":"DEPLOYMENT"}]}})";
    auto graph = io::ServerGraphFormat::read(request, s("request.json"));
    ASSERT_TRUE(graph.ok()) << graph.error().toString().toStdString();
    const QByteArray written = io::ServerGraphFormat::write(*graph, {});
    auto again = io::ServerGraphFormat::read(written, s("again.json"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->nodes.size(), 1);
    EXPECT_TRUE(written.contains("\"extra\"")); // other fields of its own are kept
}
