#include "io/ServerGraphFormat.h"

#include "io/JsonSupport.h"
#include "model/NodeKindCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace kg::io::ServerGraphFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::ServerGraphFormat)
};

constexpr int MaxJsonDepth = 256;

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// --- Where node settings live on the server, and how they map to catalog property keys ---

// The resource sub-object that goes with a node type (§7.3).
QString subObjectName(const QString &kind)
{
    static const QHash<QString, QString> names{{key("MICROSERVICE"), key("microservice")},
                                               {key("DATABASE"), key("database")},
                                               {key("CACHE"), key("cache")},
                                               {key("MESSAGE_QUEUE"), key("messageQueue")},
                                               {key("PROXY"), key("proxy")},
                                               {key("LOAD_BALANCER"), key("loadBalancer")},
                                               {key("MONITORING"), key("monitoring")},
                                               {key("GATEWAY"), key("gateway")}};
    return names.value(kind);
}

const QStringList &subObjectNames()
{
    static const QStringList names{key("microservice"), key("database"), key("cache"),
                                   key("messageQueue"), key("proxy"),    key("loadBalancer"),
                                   key("monitoring"),   key("gateway")};
    return names;
}

QString kindOfSubObject(const QString &sub)
{
    static const QHash<QString, QString> kinds{{key("microservice"), key("MICROSERVICE")},
                                               {key("database"), key("DATABASE")},
                                               {key("cache"), key("CACHE")},
                                               {key("messageQueue"), key("MESSAGE_QUEUE")},
                                               {key("proxy"), key("PROXY")},
                                               {key("loadBalancer"), key("LOAD_BALANCER")},
                                               {key("monitoring"), key("MONITORING")},
                                               {key("gateway"), key("GATEWAY")}};
    return kinds.value(sub);
}

// Sub-object fields whose name differs from the catalog key.
const QHash<QString, QString> &subFieldAliases()
{
    static const QHash<QString, QString> aliases{{key("environmentVariables"), key("env")},
                                                 {key("replicaCount"), key("replicas")},
                                                 {key("persistenceEnabled"), key("persistence")},
                                                 {key("domains"), key("hosts")},
                                                 {key("routes"), key("paths")}};
    return aliases;
}

// Fields a sub-object may carry (§7.3), so that a new desktop value lands in the sub-object.
bool subObjectHasField(const QString &sub, const QString &field)
{
    static const QStringList common{key("name"),
                                    key("namespace"),
                                    key("version"),
                                    key("spec"),
                                    key("environmentVariables"),
                                    key("configMaps"),
                                    key("secrets")};
    static const QStringList service{key("kind"), key("url"), key("host"), key("port")};
    static const QHash<QString, QStringList> specific{
            {key("microservice"),
             {key("language"), key("framework"), key("image"), key("baseImage"), key("repository"),
              key("dependencies"), key("ports")}},
            {key("database"),
             {key("engine"), key("databaseName"), key("username"), key("storageSize"),
              key("storageClass"), key("replicaCount"), key("backupEnabled"),
              key("backupSchedule")}},
            {key("cache"),
             {key("engine"), key("maxMemory"), key("evictionPolicy"), key("clusterMode"),
              key("persistenceEnabled")}},
            {key("messageQueue"),
             {key("engine"), key("protocol"), key("topics"), key("queues"), key("partitions"),
              key("replicationFactor")}},
            {key("proxy"),
             {key("proxyType"), key("upstreams"), key("tlsEnabled"), key("rateLimitEnabled"),
              key("healthCheckPath")}},
            {key("loadBalancer"),
             {key("loadBalancerType"), key("backends"), key("algorithm"), key("healthCheckPath")}},
            {key("monitoring"),
             {key("monitoringType"), key("scrapeInterval"), key("retentionPeriod"),
              key("alertmanagerEnabled")}},
            {key("gateway"),
             {key("gatewayType"), key("routes"), key("upstreams"), key("domains"), key("basePath"),
              key("tlsEnabled"), key("authEnabled"), key("corsEnabled")}}};
    if (common.contains(field) || specific.value(sub).contains(field))
        return true;
    return sub != QLatin1String("microservice") && service.contains(field);
}

// `spec` keys (§7.4) whose name differs from the catalog key beyond snake_case → camelCase.
const QHash<QString, QString> &specAliases()
{
    static const QHash<QString, QString> aliases{{key("persistence_enabled"), key("persistence")},
                                                 {key("domains"), key("hosts")},
                                                 {key("routes"), key("paths")},
                                                 {key("endpoint"), key("host")},
                                                 {key("dns_name"), key("host")},
                                                 {key("url"), key("host")}};
    return aliases;
}

// The spec key a new desktop value is written to: the §7.4 name where the generator reads one.
QString specKeyFor(const QString &prop)
{
    static const QHash<QString, QString> keys{{key("storageSize"), key("storage_size")},
                                              {key("storageClass"), key("storage_class")},
                                              {key("maxMemory"), key("max_memory")},
                                              {key("persistence"), key("persistence_enabled")},
                                              {key("tlsEnabled"), key("tls_enabled")},
                                              {key("corsEnabled"), key("cors_enabled")},
                                              {key("healthCheckPath"), key("health_check_path")},
                                              {key("scrapeInterval"), key("scrape_interval")},
                                              {key("retentionPeriod"), key("retention_period")}};
    return keys.value(prop, prop);
}

QString snakeToCamel(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool upper = false;
    for (QChar c : s) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

const QStringList &resourceProps()
{
    static const QStringList props{key("cpuRequest"), key("memoryRequest"), key("cpuLimit"),
                                   key("memoryLimit")};
    return props;
}

enum class Transform {
    Direct,    // the JSON value as is
    EnvList,   // [{name, value}] → {name: value}
    EnvAny,    // {name: value} or [{name, value}] → {name: value}
    Resources, // {requests: {cpu, memory}, limits: {cpu, memory}} → four properties
};

// One catalog property (or, for Resources, four) read from one place of a server node.
struct Mapping
{
    bool fromSub = false; // else from spec
    QString field;        // sub-object field or spec key
    Transform transform = Transform::Direct;
    QVariantMap values; // catalog key → value
};

QVariant envToMap(const QJsonValue &v, bool acceptObject)
{
    if (acceptObject && v.isObject())
        return jsonToVariant(v);
    if (!v.isArray())
        return jsonToVariant(v); // kept as is: the validator reports the wrong type
    QVariantMap map;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &item : arr) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(QLatin1String("name")).isString())
            return jsonToVariant(v);
        const QJsonValue value = o.value(QLatin1String("value"));
        map.insert(o.value(QLatin1String("name")).toString(),
                   value.isString() ? value.toString() : jsonToVariant(value).toString());
    }
    return map;
}

QVariantMap resourcesToProps(const QJsonValue &v)
{
    QVariantMap out;
    const QJsonObject o = v.toObject();
    auto take = [&](const char *group, const char *what, const char *prop) {
        const QJsonValue x = o.value(QLatin1String(group)).toObject().value(QLatin1String(what));
        if (!x.isUndefined() && !x.isNull())
            out.insert(key(prop), jsonToVariant(x));
    };
    take("requests", "cpu", "cpuRequest");
    take("requests", "memory", "memoryRequest");
    take("limits", "cpu", "cpuLimit");
    take("limits", "memory", "memoryLimit");
    return out;
}

// Every catalog property a server node carries, with where it came from. The sub-object is read
// last so that its fields win over the matching spec keys.
QList<Mapping> deriveMappings(const NodeKindInfo *kind, const QJsonObject &sub,
                              const QJsonObject &spec)
{
    QList<Mapping> out;
    if (!kind)
        return out;
    QSet<QString> taken;
    auto add = [&](Mapping m) {
        for (auto it = m.values.cbegin(); it != m.values.cend(); ++it) {
            if (taken.contains(it.key())) {
                // A later (sub-object) mapping overrides an earlier (spec) one.
                for (Mapping &old : out)
                    old.values.remove(it.key());
            }
            taken.insert(it.key());
        }
        out.append(std::move(m));
    };
    for (auto it = spec.constBegin(); it != spec.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        Mapping m;
        m.field = it.key();
        if (it.key() == QLatin1String("resources") && kind->property(key("cpuRequest"))) {
            m.transform = Transform::Resources;
            m.values = resourcesToProps(it.value());
        } else if (it.key() == QLatin1String("env") && kind->property(key("env"))) {
            m.transform = Transform::EnvAny;
            m.values.insert(key("env"), envToMap(it.value(), true));
        } else {
            QString prop = specAliases().value(it.key());
            if (prop.isEmpty())
                prop = kind->property(it.key()) ? it.key() : snakeToCamel(it.key());
            if (!kind->property(prop) || prop == QLatin1String("namespace")
                || prop == QLatin1String("external"))
                continue;
            if (taken.contains(prop) && specAliases().contains(it.key()))
                continue; // host / endpoint / dns_name / url: the first one wins
            m.values.insert(prop, jsonToVariant(it.value()));
        }
        if (!m.values.isEmpty())
            add(std::move(m));
    }
    for (auto it = sub.constBegin(); it != sub.constEnd(); ++it) {
        if (it.value().isNull() || it.key() == QLatin1String("namespace")
            || it.key() == QLatin1String("name") || it.key() == QLatin1String("spec"))
            continue;
        Mapping m;
        m.fromSub = true;
        m.field = it.key();
        const QString prop = subFieldAliases().value(it.key(), it.key());
        if (!kind->property(prop) || prop == QLatin1String("external"))
            continue;
        if (it.key() == QLatin1String("environmentVariables")) {
            m.transform = Transform::EnvList;
            m.values.insert(prop, envToMap(it.value(), false));
        } else {
            m.values.insert(prop, jsonToVariant(it.value()));
        }
        add(std::move(m));
    }
    return out;
}

QJsonValue envFromMap(const QVariant &value, bool asList)
{
    if (value.typeId() != QMetaType::QVariantMap || !asList)
        return variantToJson(value);
    QJsonArray arr;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        arr.append(QJsonObject{{key("name"), it.key()}, {key("value"), it.value().toString()}});
    return arr;
}

QJsonObject propsToResources(const QJsonObject &original, const QVariantMap &props)
{
    QJsonObject out = original;
    auto put = [&](const char *group, const char *what, const char *prop) {
        QJsonObject g = out.value(QLatin1String(group)).toObject();
        const QVariant v = props.value(key(prop));
        if (v.isValid() && !v.isNull())
            g.insert(key(what), variantToJson(v));
        else
            g.remove(key(what));
        if (g.isEmpty())
            out.remove(key(group));
        else
            out.insert(key(group), g);
    };
    put("requests", "cpu", "cpuRequest");
    put("requests", "memory", "memoryRequest");
    put("limits", "cpu", "cpuLimit");
    put("limits", "memory", "memoryLimit");
    return out;
}

// --- Reading ---

class Reader
{
public:
    explicit Reader(QString fileName)
        : m_json(std::move(fileName))
    {}

    Error error(const QString &pointer, const QString &message, const QString &nodeId = {}) const
    {
        return m_json.error(pointer, message, nodeId);
    }

    Result<GraphData> readRoot(const QJsonObject &root);

private:
    Result<GraphData> readGraph(const QJsonObject &graph, const QString &ptr);
    std::optional<Error> readNode(const QJsonObject &o, int index, const QString &ptr, GraphData *g);
    std::optional<Error> optionalString(const QJsonObject &o, const char *name, const QString &ptr,
                                        QString *out, const QString &nodeId = {}) const;
    std::optional<Error> optionalNumber(const QJsonObject &o, const char *name, const QString &ptr,
                                        double *out, const QString &nodeId) const;
    QString uniqueEdgeId(const QString &wanted);

    JsonReader m_json;
    QSet<QString> m_edgeIds;
    QHash<QString, int> m_nextSuffix; // made-up edge id → the next "#n" worth trying
    QList<std::pair<int, QJsonArray>> m_pendingEdges; // node index → its edges
    QList<QString> m_edgePointers;
};

std::optional<Error> Reader::optionalString(const QJsonObject &o, const char *name,
                                            const QString &ptr, QString *out,
                                            const QString &nodeId) const
{
    return m_json.string(o, key(name), ptr, out, false, nodeId);
}

std::optional<Error> Reader::optionalNumber(const QJsonObject &o, const char *name,
                                            const QString &ptr, double *out,
                                            const QString &nodeId) const
{
    return m_json.number(o, key(name), ptr, out, nodeId);
}

// The first free id of wanted, wanted#2, wanted#3, … Ids are never given back, so the suffixes
// tried for one base id are remembered: each taken id is passed over at most once, and
// thousands of nodes sharing an id no longer cost a quadratic search.
QString Reader::uniqueEdgeId(const QString &wanted)
{
    auto next = m_nextSuffix.find(wanted);
    int n = next == m_nextSuffix.end() ? 1 : next.value();
    QString id = n == 1 ? wanted : wanted + QLatin1Char('#') + QString::number(n);
    while (m_edgeIds.contains(id)) {
        ++n;
        id = wanted + QLatin1Char('#') + QString::number(n);
    }
    m_edgeIds.insert(id);
    m_nextSuffix.insert(wanted, n == 1 ? 2 : n + 1);
    return id;
}

Result<GraphData> Reader::readRoot(const QJsonObject &root)
{
    // A code-generation request body: {graph, project, llmConfig?, context?}.
    if (root.value(QLatin1String("graph")).isObject()) {
        auto g = readGraph(root.value(QLatin1String("graph")).toObject(), key("/graph"));
        if (!g)
            return g;
        QVariantMap request = jsonToVariant(root).toMap();
        request.remove(key("graph"));
        QVariantMap fields = g->metadata.value(graphFieldsKey()).toMap();
        fields.insert(key("request"), request);
        g->metadata.insert(graphFieldsKey(), fields);
        return g;
    }
    if (root.contains(QLatin1String("graph")))
        return error(key("/graph"), Tr::tr("\"graph\" must be an object"));
    // A project's graphMeta object: {graphData, desktop, …}.
    if (root.contains(QLatin1String("graphData"))) {
        QJsonValue data = root.value(QLatin1String("graphData"));
        if (!data.isObject())
            return error(key("/graphData"), Tr::tr("\"graphData\" must be an object"));
        auto g = readGraph(data.toObject(), key("/graphData"));
        if (!g)
            return g;
        QVariantMap meta = jsonToVariant(root).toMap();
        meta.remove(key("graphData"));
        QVariantMap fields = g->metadata.value(graphFieldsKey()).toMap();
        fields.insert(key("graphMeta"), meta);
        g->metadata.insert(graphFieldsKey(), fields);
        return g;
    }
    return readGraph(root, QString());
}

Result<GraphData> Reader::readGraph(const QJsonObject &graph, const QString &ptr)
{
    GraphData g;
    if (auto e = optionalString(graph, "name", ptr, &g.name))
        return *e;
    if (auto e = optionalString(graph, "description", ptr, &g.description))
        return *e;
    QString graphType;
    if (auto e = optionalString(graph, "graphType", ptr, &graphType))
        return *e;
    if (!graphType.isEmpty())
        g.graphType = graphType;

    QJsonValue nodesValue = graph.value(QLatin1String("nodes"));
    if (nodesValue.isString()) {
        // Some clients store the node array as a JSON string.
        auto inner = parseJson(nodesValue.toString().toUtf8(), m_json.fileName(), MaxJsonDepth);
        if (!inner)
            return error(ptr + key("/nodes"),
                         Tr::tr("\"nodes\" is a string but not a JSON array: %1")
                                 .arg(inner.error().toString()));
        if (!inner->isArray())
            return error(ptr + key("/nodes"), Tr::tr("\"nodes\" is a string but not a JSON array"));
        nodesValue = inner->array();
    }
    if (!nodesValue.isUndefined() && !nodesValue.isNull() && !nodesValue.isArray())
        return error(ptr + key("/nodes"), Tr::tr("\"nodes\" must be an array"));

    QVariantMap fields = jsonToVariant(graph).toMap();
    // "graph" and "graphData" name the envelopes a file may be (a code-generation request, a
    // project's graphMeta): a graph's own field of that name would change what the written
    // file is, so it is not kept (found by fuzzing).
    for (const char *k : {"name", "description", "graphType", "nodes", "graph", "graphData"})
        fields.remove(key(k));
    if (!fields.isEmpty())
        g.metadata.insert(graphFieldsKey(), fields);

    const QJsonArray nodes = nodesValue.toArray();
    g.nodes.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString nptr = ptr + QStringLiteral("/nodes/%1").arg(i);
        if (!nodes.at(i).isObject())
            return error(nptr, Tr::tr("a node must be an object"));
        if (auto e = readNode(nodes.at(i).toObject(), int(i), nptr, &g))
            return *e;
    }

    // Edges after all nodes, so that edge ids of explicit edges win over generated ones.
    for (const auto &pending : std::as_const(m_pendingEdges)) {
        const QJsonArray &arr = pending.second;
        for (const QJsonValue &v : arr)
            m_edgeIds.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    m_edgeIds.remove(QString());
    QSet<QString> explicitIds;
    for (int p = 0; p < m_pendingEdges.size(); ++p) {
        const int nodeIndex = m_pendingEdges.at(p).first;
        const QJsonArray &arr = m_pendingEdges.at(p).second;
        const QString source = g.nodes.at(nodeIndex).id;
        for (qsizetype j = 0; j < arr.size(); ++j) {
            const QString eptr = m_edgePointers.at(p) + QStringLiteral("/%1").arg(j);
            if (!arr.at(j).isObject())
                return error(eptr, Tr::tr("an edge must be an object"), source);
            const QJsonObject o = arr.at(j).toObject();
            Edge e;
            e.source = source;
            if (auto err = optionalString(o, "connectionType", eptr, &e.connectionType, source))
                return *err;
            QString id;
            if (auto err = optionalString(o, "id", eptr, &id, source))
                return *err;
            if (!id.isEmpty() && !explicitIds.contains(id)) {
                explicitIds.insert(id);
                e.id = id;
            } else {
                // No id, or a repeated one: make one up that stays the same on every read.
                e.id = uniqueEdgeId(source + QStringLiteral("->") + QString::number(j));
            }
            const QJsonValue target = o.value(QLatin1String("node"));
            if (target.isString()) {
                e.target = target.toString();
            } else if (target.isObject()) {
                const QJsonObject t = target.toObject();
                const QJsonValue tid = t.value(QLatin1String("id"));
                if (tid.isString())
                    e.target = tid.toString();
                else if (tid.isDouble())
                    e.target = QString::number(tid.toDouble(), 'g', 17);
                else if (!tid.isUndefined() && !tid.isNull())
                    return error(eptr + key("/node/id"), Tr::tr("\"id\" must be a string"), source);
                else
                    e.target = t.value(QLatin1String("name")).toString();
            } else if (!target.isUndefined() && !target.isNull()) {
                return error(eptr + key("/node"), Tr::tr("\"node\" must be an object"), source);
            }
            QVariantMap extra = jsonToVariant(o).toMap();
            extra.remove(key("connectionType"));
            if (!id.isEmpty() && e.id == id)
                extra.remove(key("id"));
            if (!extra.isEmpty())
                e.properties.insert(extraFieldsKey(), extra);
            g.edges.append(std::move(e));
        }
    }
    return g;
}

std::optional<Error> Reader::readNode(const QJsonObject &o, int index, const QString &ptr,
                                      GraphData *g)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    Node n;
    const QJsonValue idValue = o.value(QLatin1String("id"));
    if (idValue.isString())
        n.id = idValue.toString();
    else if (idValue.isDouble())
        n.id = QString::number(idValue.toDouble(), 'g', 17);
    else if (!idValue.isUndefined() && !idValue.isNull())
        return error(ptr + key("/id"), Tr::tr("\"id\" must be a string"));
    if (auto e = optionalString(o, "name", ptr, &n.name, n.id))
        return e;
    if (n.id.isEmpty())
        n.id = n.name.isEmpty() ? QStringLiteral("node-%1").arg(index + 1) : n.name;

    QString nodeType;
    if (auto e = optionalString(o, "nodeType", ptr, &nodeType, n.id))
        return e;
    QString dependencyType;
    if (auto e = optionalString(o, "dependencyType", ptr, &dependencyType, n.id))
        return e;
    if (nodeType.isEmpty()) {
        // No type: the one sub-object present, or the dependency type, names the kind.
        for (const QString &sub : subObjectNames()) {
            if (o.value(sub).isObject()) {
                nodeType = kindOfSubObject(sub);
                break;
            }
        }
        if (nodeType.isEmpty())
            nodeType = dependencyType;
    }
    n.kind = nodeType.isEmpty() ? QString() : catalog.normalizeKindId(nodeType);
    const NodeKindInfo *kind = catalog.kind(n.kind);

    QString ns;
    if (auto e = optionalString(o, "namespace", ptr, &ns, n.id))
        return e;
    QString label;
    if (auto e = optionalString(o, "label", ptr, &label, n.id))
        return e;
    double x = 0, y = 0, w = -1, h = -1;
    if (auto e = optionalNumber(o, "x", ptr, &x, n.id))
        return e;
    if (auto e = optionalNumber(o, "y", ptr, &y, n.id))
        return e;
    if (auto e = optionalNumber(o, "width", ptr, &w, n.id))
        return e;
    if (auto e = optionalNumber(o, "height", ptr, &h, n.id))
        return e;
    n.pos = QPointF(x, y);
    if (w > 0 && h > 0)
        n.size = QSizeF(w, h);

    const QJsonValue spec = o.value(QLatin1String("spec"));
    if (!spec.isUndefined() && !spec.isNull() && !spec.isObject())
        return error(ptr + key("/spec"), Tr::tr("\"spec\" must be an object"), n.id);
    for (const QString &sub : subObjectNames()) {
        const QJsonValue v = o.value(sub);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return error(ptr + QLatin1Char('/') + sub, Tr::tr("\"%1\" must be an object").arg(sub),
                         n.id);
    }
    const QJsonValue edges = o.value(QLatin1String("edges"));
    if (!edges.isUndefined() && !edges.isNull()) {
        if (!edges.isArray())
            return error(ptr + key("/edges"), Tr::tr("\"edges\" must be an array"), n.id);
        m_pendingEdges.append({int(g->nodes.size()), edges.toArray()});
        m_edgePointers.append(ptr + key("/edges"));
    }

    const QString subName = subObjectName(n.kind);
    const QJsonObject subObject = subName.isEmpty() ? QJsonObject() : o.value(subName).toObject();
    const QList<Mapping> mappings = deriveMappings(kind, subObject, spec.toObject());
    for (const Mapping &m : mappings) {
        for (auto it = m.values.cbegin(); it != m.values.cend(); ++it)
            n.properties.insert(it.key(), it.value());
    }
    if (!ns.isEmpty())
        n.properties.insert(key("namespace"), ns);
    if (!dependencyType.isEmpty() && kind && kind->property(key("external")))
        n.properties.insert(key("external"), true);

    QVariantMap extra = jsonToVariant(o).toMap();
    for (const char *k :
         {"id", "name", "nodeType", "namespace", "x", "y", "width", "height", "edges"})
        extra.remove(key(k));
    if (idValue.isUndefined())
        extra.insert(key("id"), QVariant()); // remembered: the server gave no id
    if (label == n.name)
        extra.remove(key("label"));
    if (!extra.isEmpty())
        n.properties.insert(extraFieldsKey(), extra);
    g->nodes.append(std::move(n));
    return std::nullopt;
}

// --- Writing ---

// Lookups the writer needs for every node: nodes by id (the first wins) and edges by source.
struct GraphIndex
{
    explicit GraphIndex(const GraphData &graph)
    {
        nodes.reserve(graph.nodes.size());
        for (const Node &n : graph.nodes) {
            if (!nodes.contains(n.id))
                nodes.insert(n.id, &n);
        }
        for (const Edge &e : graph.edges)
            edgesBySource[e.source].append(&e);
    }
    QHash<QString, const Node *> nodes;
    QHash<QString, QList<const Edge *>> edgesBySource;
};

QJsonObject writeNode(const Node &n, const GraphIndex &index, const Owner &owner,
                      const QString &companyId, const QString &userId)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    const NodeKindInfo *kind = catalog.kind(n.kind);
    const QVariantMap extra = n.properties.value(extraFieldsKey()).toMap();
    QJsonObject o = variantToJson(extra).toObject();
    const bool hadNoId = extra.contains(key("id")) && extra.value(key("id")).isNull();
    o.remove(key("id"));
    if (!hadNoId || n.id != n.name)
        o.insert(key("id"), n.id);
    o.insert(key("name"), n.name);
    if (!n.kind.isEmpty())
        o.insert(key("nodeType"), kind ? kind->id : n.kind.toUpper());
    if (!owner.companyId.isEmpty() || !o.contains(QLatin1String("companyId")))
        o.insert(key("companyId"), companyId);
    if (!owner.userId.isEmpty() || !o.contains(QLatin1String("userId")))
        o.insert(key("userId"), userId);
    const QString ns = n.properties.value(key("namespace")).toString();
    if (!ns.isEmpty())
        o.insert(key("namespace"), ns);

    // Settings: start from the original sub-object and spec, change only what differs.
    const QString subName = subObjectName(kind ? kind->id : QString());
    QJsonObject sub = subName.isEmpty() ? QJsonObject() : o.value(subName).toObject();
    QJsonObject spec = o.value(QLatin1String("spec")).toObject();
    const QList<Mapping> original = deriveMappings(kind, sub, spec);
    QSet<QString> handled{extraFieldsKey(), key("namespace"), key("external")};
    for (const Mapping &m : original) {
        bool same = true;
        for (auto it = m.values.cbegin(); it != m.values.cend(); ++it) {
            handled.insert(it.key());
            if (n.properties.value(it.key()) != it.value())
                same = false;
        }
        if (m.transform == Transform::Resources) {
            for (const QString &p : resourceProps()) {
                handled.insert(p);
                if (!m.values.contains(p) && n.properties.contains(p))
                    same = false;
            }
        }
        if (same)
            continue;
        QJsonObject &target = m.fromSub ? sub : spec;
        if (m.transform == Transform::Resources) {
            target.insert(m.field, propsToResources(target.value(m.field).toObject(), n.properties));
            continue;
        }
        const QString prop = m.values.isEmpty() ? QString() : m.values.firstKey();
        if (prop.isEmpty())
            continue;
        const QVariant value = n.properties.value(prop);
        if (!value.isValid() || value.isNull()) {
            target.remove(m.field);
        } else if (m.transform == Transform::EnvList) {
            target.insert(m.field, envFromMap(value, true));
        } else if (m.transform == Transform::EnvAny) {
            target.insert(m.field, envFromMap(value, target.value(m.field).isArray()));
        } else {
            target.insert(m.field, variantToJson(value));
        }
    }
    // Values the server node did not carry yet: the sub-object where it has such a field,
    // else the spec under the generator's key.
    QJsonObject newResources;
    for (auto it = n.properties.cbegin(); it != n.properties.cend(); ++it) {
        if (handled.contains(it.key()) || !it.value().isValid() || it.value().isNull())
            continue;
        if (resourceProps().contains(it.key())) {
            newResources = propsToResources(
                    newResources.isEmpty() ? spec.value(QLatin1String("resources")).toObject()
                                           : newResources,
                    n.properties);
            continue;
        }
        QString subField;
        if (!subName.isEmpty()) {
            subField = subFieldAliases().key(it.key());
            if (subField.isEmpty() || !subObjectHasField(subName, subField))
                subField = subObjectHasField(subName, it.key()) ? it.key() : QString();
            if (subField == QLatin1String("replicaCount") && subName != QLatin1String("database"))
                subField.clear();
        }
        if (!subField.isEmpty()) {
            sub.insert(subField, subField == QLatin1String("environmentVariables")
                                         ? envFromMap(it.value(), true)
                                         : variantToJson(it.value()));
        } else {
            spec.insert(specKeyFor(it.key()), variantToJson(it.value()));
        }
    }
    if (!newResources.isEmpty())
        spec.insert(key("resources"), newResources);
    if (!subName.isEmpty() && (!sub.isEmpty() || o.contains(subName)))
        o.insert(subName, sub);
    if (!spec.isEmpty() || o.contains(QLatin1String("spec")))
        o.insert(key("spec"), spec);

    // external ⇔ dependencyType (§7.2).
    const bool external = n.properties.value(key("external")).toBool();
    static const QStringList dependencyTypes{key("DATABASE"), key("CACHE"), key("MESSAGE_QUEUE"),
                                             key("PROXY"), key("LOAD_BALANCER")};
    if (external && !o.contains(QLatin1String("dependencyType")) && kind
        && dependencyTypes.contains(kind->id))
        o.insert(key("dependencyType"), kind->id);
    else if (!external && kind && kind->property(key("external")))
        o.remove(key("dependencyType"));

    // Canvas fields.
    o.insert(key("x"), n.pos.x());
    o.insert(key("y"), n.pos.y());
    if (n.size.isValid() && !n.size.isEmpty()) {
        o.insert(key("width"), n.size.width());
        o.insert(key("height"), n.size.height());
    }
    if (!o.contains(QLatin1String("label")))
        o.insert(key("label"), n.name);

    // Edges live on their source node, with a stub of the target.
    QJsonArray edges;
    // Edges of a duplicated node id are written once, on the first node with that id.
    const QList<const Edge *> own = index.nodes.value(n.id) == &n ? index.edgesBySource.value(n.id)
                                                                  : QList<const Edge *>();
    for (const Edge *edge : own) {
        const Edge &e = *edge;
        QJsonObject eo = variantToJson(e.properties.value(extraFieldsKey())).toObject();
        if (!e.connectionType.isEmpty())
            eo.insert(key("connectionType"), e.connectionType);
        eo.insert(key("id"), e.id);
        const Node *target = index.nodes.value(e.target);
        if (target) {
            QJsonObject stub;
            stub.insert(key("id"), target->id);
            stub.insert(key("name"), target->name);
            if (!target->kind.isEmpty())
                stub.insert(key("nodeType"), catalog.normalizeKindId(target->kind));
            stub.insert(key("companyId"), companyId);
            stub.insert(key("userId"), userId);
            eo.insert(key("node"), stub);
        } else if (!eo.value(QLatin1String("node")).isObject()) {
            eo.insert(key("node"), QJsonObject{{key("id"), e.target}});
        }
        edges.append(eo);
    }
    o.insert(key("edges"), edges);
    return o;
}

} // namespace

bool looksLikeServerGraph(const QJsonObject &root)
{
    if (root.value(QLatin1String("graph")).isObject()
        || root.value(QLatin1String("graphData")).isObject())
        return true;
    const QJsonValue nodes = root.value(QLatin1String("nodes"));
    if (!nodes.isArray() && !nodes.isString())
        return false;
    if (root.contains(QLatin1String("graphType")) || root.contains(QLatin1String("companyId")))
        return true;
    const QJsonArray arr = nodes.toArray();
    return !arr.isEmpty() && arr.at(0).toObject().contains(QLatin1String("nodeType"));
}

Result<GraphData> fromJson(const QJsonObject &root, const QString &fileName)
{
    Reader reader(fileName);
    return reader.readRoot(root);
}

Result<GraphData> read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxInputFileSize)
        return Error(Tr::tr("the graph is too large (the limit is %1 MiB)")
                             .arg(MaxInputFileSize / (1024 * 1024)),
                     Location{fileName});
    auto parsed = parseJson(data, fileName, MaxJsonDepth);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return Error(Tr::tr("not a Kubegram server graph: the top level is not an object"),
                     Location{fileName});
    return fromJson(parsed->object(), fileName);
}

QJsonObject toGraph(const GraphData &graph, const Owner &owner)
{
    const QVariantMap fields = graph.metadata.value(graphFieldsKey()).toMap();
    QJsonObject root;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != QLatin1String("request") && it.key() != QLatin1String("graphMeta"))
            root.insert(it.key(), variantToJson(it.value()));
    }
    const QString companyId = owner.companyId.isEmpty() ? fields.value(key("companyId")).toString()
                                                        : owner.companyId;
    const QString userId = owner.userId.isEmpty() ? fields.value(key("userId")).toString()
                                                  : owner.userId;
    root.insert(key("name"), graph.name);
    root.insert(key("graphType"), graph.graphType.isEmpty() ? key("KUBERNETES") : graph.graphType);
    root.insert(key("companyId"), companyId);
    root.insert(key("userId"), userId);
    if (!graph.description.isEmpty())
        root.insert(key("description"), graph.description);
    QJsonArray nodes;
    const GraphIndex index(graph);
    for (const Node &n : graph.nodes)
        nodes.append(writeNode(n, index, owner, companyId, userId));
    root.insert(key("nodes"), nodes);
    return root;
}

QJsonObject toCodegenRequest(const GraphData &graph, const Owner &owner,
                             const CodegenOptions &options)
{
    const QVariantMap kept = graph.metadata.value(graphFieldsKey())
                                     .toMap()
                                     .value(key("request"))
                                     .toMap();
    QJsonObject body = variantToJson(kept).toObject();
    body.insert(key("graph"), toGraph(graph, owner));
    QJsonObject project;
    if (options.projectId.isEmpty() && options.projectName.isEmpty()) {
        // Written back as read (a request body saved to a file): the project fields it had.
        project = body.value(QLatin1String("project")).toObject();
        if (!project.value(QLatin1String("name")).isString())
            project.insert(key("name"), graph.name);
    } else {
        // Sent to generate: only what the caller decided. The server overwrites the project's
        // name with whatever name arrives, and its description with a non-empty one (§10), and
        // a project id read with the graph must never redirect the run into another project.
        if (!options.projectId.isEmpty())
            project.insert(key("id"), options.projectId);
        project.insert(key("name"),
                       !options.projectName.isEmpty() ? options.projectName : graph.name);
    }
    if (!options.projectDescription.isEmpty())
        project.insert(key("description"), options.projectDescription);
    if (!options.teamId.isEmpty())
        project.insert(key("teamId"), options.teamId);
    body.insert(key("project"), project);
    if (!options.llmProvider.isEmpty() || !options.llmModel.isEmpty()) {
        QJsonObject llm;
        if (!options.llmProvider.isEmpty())
            llm.insert(key("provider"), options.llmProvider.toUpper());
        if (!options.llmModel.isEmpty())
            llm.insert(key("model"), options.llmModel);
        body.insert(key("llmConfig"), llm);
    }
    if (!options.context.isEmpty())
        body.insert(key("context"), QJsonArray::fromStringList(options.context));
    return body;
}

QJsonObject toGraphMeta(const GraphData &graph, const Owner &owner, const QJsonObject &existing,
                        const QJsonObject &desktopState, const QDateTime &now)
{
    QJsonObject meta = existing;
    const QJsonObject data = toGraph(graph, owner);
    meta.insert(key("graphData"), data);
    meta.insert(key("nodes"), graph.nodes.size());
    meta.insert(key("lastUpdated"), now.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject desktop = desktopState;
    if (!desktop.contains(QLatin1String("schemaVersion")))
        desktop.insert(key("schemaVersion"), 1);
    meta.insert(key("desktop"), desktop);
    if (!meta.contains(QLatin1String("graphType")))
        meta.insert(key("graphType"), data.value(QLatin1String("graphType")));
    if (!meta.contains(QLatin1String("companyId")))
        meta.insert(key("companyId"), data.value(QLatin1String("companyId")));
    if (!meta.contains(QLatin1String("description")) && !graph.description.isEmpty())
        meta.insert(key("description"), graph.description);
    return meta;
}

QByteArray write(const GraphData &graph, const Owner &owner)
{
    return QJsonDocument(toGraph(graph, owner)).toJson(QJsonDocument::Indented);
}

} // namespace kg::io::ServerGraphFormat
