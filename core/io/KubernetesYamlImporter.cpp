#include "io/KubernetesYamlImporter.h"

#include "io/JsonSupport.h"
#include "io/YamlSupport.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace kg::io {

namespace {

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The value at a path of map keys, or an invalid QVariant.
QVariant at(const QVariant &v, std::initializer_list<const char *> path)
{
    QVariant cur = v;
    for (const char *step : path) {
        if (cur.typeId() != QMetaType::QVariantMap)
            return {};
        cur = cur.toMap().value(k(step));
    }
    return cur;
}

QString str(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
    case QMetaType::Bool:
        return v.toString();
    default:
        return {};
    }
}

QVariantList list(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList ? v.toList() : QVariantList();
}

QVariantMap map(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantMap ? v.toMap() : QVariantMap();
}

// Only string values; anything else in a label map is dropped.
QVariantMap stringMap(const QVariant &v)
{
    QVariantMap out;
    const QVariantMap in = map(v);
    for (auto it = in.cbegin(); it != in.cend(); ++it) {
        const QString s = str(it.value());
        if (!s.isNull())
            out.insert(it.key(), s);
    }
    return out;
}

bool isClusterScoped(const QString &kind)
{
    static const QStringList kinds{k("Namespace"),         k("Node"),
                                   k("PersistentVolume"),  k("StorageClass"),
                                   k("ClusterRole"),       k("ClusterRoleBinding"),
                                   k("PriorityClass"),     k("CustomResourceDefinition"),
                                   k("PodSecurityPolicy"), k("IngressClass")};
    return kinds.contains(kind);
}

bool isWorkloadKind(const QString &kind)
{
    static const QStringList kinds{k("Deployment"), k("StatefulSet"), k("DaemonSet"),
                                   k("ReplicaSet"), k("Job"),         k("CronJob"),
                                   k("Pod")};
    return kinds.contains(kind);
}

QVariantMap podTemplateOf(const QString &kind, const QVariantMap &body)
{
    if (kind == QLatin1String("Pod"))
        return QVariantMap{{k("metadata"), body.value(k("metadata"))},
                           {k("spec"), body.value(k("spec"))}};
    if (kind == QLatin1String("CronJob"))
        return map(at(body, {"spec", "jobTemplate", "spec", "template"}));
    return map(at(body, {"spec", "template"}));
}

QString effectiveNamespace(const QString &ns)
{
    return ns.isEmpty() ? k("default") : ns;
}

// The values in @p v (itself included), counting no further than just past @p limit.
int countJsonValues(const QJsonValue &v, int limit)
{
    int count = 1;
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (count > limit)
                break;
            count += countJsonValues(item, limit - count);
        }
    } else if (v.isObject()) {
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end() && count <= limit; ++it)
            count += countJsonValues(it.value(), limit - count);
    }
    return count;
}

bool selectorMatches(const QVariantMap &selector, const QVariantMap &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()).toString() != str(it.value()))
            return false;
    }
    return true;
}

} // namespace

KubernetesYamlImporter::KubernetesYamlImporter(ImportLimits limits)
    : m_limits(limits)
{}

QString KubernetesYamlImporter::catalogKindFor(const QString &kubernetesKind)
{
    if (kubernetesKind == QLatin1String("Endpoints"))
        return k("ENDPOINT");
    const NodeKindInfo *info = NodeKindCatalog::instance().kind(kubernetesKind);
    return info ? info->id : QString();
}

void KubernetesYamlImporter::warn(const QString &message, const QString &file, int line,
                                  const QString &nodeId)
{
    Location loc{file};
    loc.line = line;
    loc.nodeId = nodeId;
    m_warnings.append(Error(message, loc));
}

Status KubernetesYamlImporter::addPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(tr("no such file or folder"), Location{path});
    if (!info.isDir())
        return addFile(path);
    QStringList files;
    QDirIterator it(path, {k("*.yaml"), k("*.yml"), k("*.json")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
        if (files.size() + m_files.size() > m_limits.maxFiles)
            return Error(tr("more than %1 manifest files").arg(m_limits.maxFiles), Location{path});
    }
    std::sort(files.begin(), files.end());
    for (const QString &file : std::as_const(files)) {
        if (Status s = addFile(file); !s)
            return s;
    }
    return {};
}

Status KubernetesYamlImporter::addFile(const QString &path)
{
    if (m_files.size() >= m_limits.maxFiles)
        return Error(tr("more than %1 manifest files").arg(m_limits.maxFiles), Location{path});
    auto data = readFile(path, m_limits.maxFileSize);
    if (!data)
        return data.error();
    return addData(*data, path);
}

Status KubernetesYamlImporter::addData(const QByteArray &data, const QString &fileName)
{
    m_totalSize += data.size();
    if (m_totalSize > m_limits.maxTotalSize)
        return Error(tr("the manifests are larger than %1 MiB in total")
                             .arg(m_limits.maxTotalSize / (1024 * 1024)),
                     Location{fileName});
    m_files.append(fileName);
    YamlLimits limits;
    limits.maxDocuments = std::max(1, m_limits.maxDocuments - m_documents);
    // JSON is YAML, so one parser serves both; a JSON file gets JSON's own error messages.
    QList<YamlDocument> docs;
    int values = 0;
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto json = parseJson(data, fileName, limits.maxDepth);
        if (!json)
            return json.error();
        const QJsonValue root = json->isObject() ? QJsonValue(json->object())
                                                 : QJsonValue(json->array());
        values = countJsonValues(root, limits.maxNodes);
        if (values > limits.maxNodes)
            return Error(tr("too complex: more than %1 values").arg(limits.maxNodes),
                         Location{fileName});
        docs.append(YamlDocument{jsonToVariant(root), 1, 1});
    } else {
        auto parsed = parseYamlDocuments(data, fileName, limits, &values);
        if (!parsed)
            return parsed.error();
        docs = std::move(*parsed);
    }
    m_values += values;
    if (m_values > m_limits.maxValues)
        return Error(tr("the manifests hold more than %1 values in total").arg(m_limits.maxValues),
                     Location{fileName});
    for (const YamlDocument &doc : std::as_const(docs)) {
        if (++m_documents > m_limits.maxDocuments)
            return Error(tr("more than %1 Kubernetes documents").arg(m_limits.maxDocuments),
                         Location{fileName});
        if (!doc.value.isValid() || doc.value.isNull())
            continue; // an empty document between two "---"
        if (doc.value.typeId() != QMetaType::QVariantMap) {
            warn(tr("a document that is not a Kubernetes object was skipped"), fileName, doc.line);
            continue;
        }
        const QVariantMap body = doc.value.toMap();
        if (body.value(k("kind")).toString().endsWith(QLatin1String("List"))
            && body.value(k("items")).typeId() == QMetaType::QVariantList) {
            const QVariantList items = body.value(k("items")).toList();
            for (const QVariant &item : items) {
                if (item.typeId() == QMetaType::QVariantMap)
                    addObject(item.toMap(), fileName, doc.line);
            }
            continue;
        }
        addObject(body, fileName, doc.line);
    }
    return {};
}

void KubernetesYamlImporter::addObject(const QVariantMap &body, const QString &file, int line)
{
    Object o;
    o.body = body;
    o.kind = str(body.value(k("kind")));
    o.name = str(at(body, {"metadata", "name"}));
    o.ns = str(at(body, {"metadata", "namespace"}));
    o.file = file;
    o.line = line;
    if (o.kind.isEmpty() || o.name.isEmpty()) {
        warn(tr("skipped a document without kind or metadata.name"), file, line);
        return;
    }
    if (isClusterScoped(o.kind))
        o.ns.clear();
    o.catalogKind = catalogKindFor(o.kind);
    const QString kindKey = o.catalogKind.isEmpty() ? o.kind.toUpper() : o.catalogKind;
    o.nodeId = (o.ns.isEmpty() ? QString() : o.ns + QLatin1Char('/')) + kindKey.toLower()
               + QLatin1Char('/') + o.name;
    if (m_objectById.contains(o.nodeId)) {
        warn(tr("%1 \"%2\" is defined twice; the second definition was skipped").arg(o.kind, o.name),
             file, line, o.nodeId);
        return;
    }
    if (o.catalogKind.isEmpty())
        warn(tr("unknown kind %1 (\"%2\"): kept as a node the engine does not generate")
                     .arg(o.kind, o.name),
             file, line, o.nodeId);
    m_objectById.insert(o.nodeId, int(m_objects.size()));
    m_objects.append(std::move(o));
}

namespace {

// Maps one object's settings onto the catalog keys of its kind.
class PropertyMapper
{
public:
    PropertyMapper(const NodeKindInfo *kind, QVariantMap *props)
        : m_kind(kind)
        , m_props(props)
    {}

    void set(const char *key, const QVariant &value)
    {
        if (!m_kind || !value.isValid() || value.isNull() || !m_kind->property(k(key)))
            return;
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            return;
        if (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty())
            return;
        if (value.typeId() == QMetaType::QVariantMap && value.toMap().isEmpty())
            return;
        m_props->insert(k(key), value);
    }

private:
    const NodeKindInfo *m_kind;
    QVariantMap *m_props;
};

QStringList containerNames(const QVariantList &containers)
{
    QStringList names;
    for (const QVariant &c : containers)
        names << str(at(c, {"name"}));
    return names;
}

void mapContainer(PropertyMapper &m, const QVariantMap &c)
{
    m.set("image", str(c.value(k("image"))));
    QVariantList ports;
    for (const QVariant &p : list(c.value(k("ports")))) {
        const QVariant port = at(p, {"containerPort"});
        if (port.isValid())
            ports << port;
    }
    m.set("ports", ports);
    QVariantMap env;
    for (const QVariant &e : list(c.value(k("env")))) {
        const QString name = str(at(e, {"name"}));
        const QVariant value = at(e, {"value"});
        if (!name.isEmpty() && value.isValid())
            env.insert(name, str(value));
    }
    m.set("env", env);
    QStringList command;
    for (const QVariant &v : list(c.value(k("command"))))
        command << str(v);
    m.set("command", command.isEmpty() ? QVariant() : QVariant(command));
    QStringList args;
    for (const QVariant &v : list(c.value(k("args"))))
        args << str(v);
    m.set("args", args.isEmpty() ? QVariant() : QVariant(args));
    m.set("cpuRequest", str(at(c, {"resources", "requests", "cpu"})));
    m.set("memoryRequest", str(at(c, {"resources", "requests", "memory"})));
    m.set("cpuLimit", str(at(c, {"resources", "limits", "cpu"})));
    m.set("memoryLimit", str(at(c, {"resources", "limits", "memory"})));
    QString health = str(at(c, {"readinessProbe", "httpGet", "path"}));
    if (health.isEmpty())
        health = str(at(c, {"livenessProbe", "httpGet", "path"}));
    m.set("healthPath", health);
    m.set("readOnlyRootFilesystem", at(c, {"securityContext", "readOnlyRootFilesystem"}));
}

} // namespace

ImportResult KubernetesYamlImporter::finish(const QString &graphName)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    ImportResult result;
    result.graph.name = graphName;
    result.files = m_files;
    QList<Error> &warnings = m_warnings;

    // Lookup by (kind, namespace, name); objects without a namespace live in "default".
    QHash<QString, int> byRef;
    auto refKey = [](const QString &kind, const QString &ns, const QString &name) -> QString {
        return kind.toUpper() + QLatin1Char('|') + ns + QLatin1Char('|') + name;
    };
    for (int i = 0; i < m_objects.size(); ++i) {
        const Object &o = m_objects.at(i);
        byRef.insert(refKey(o.kind, isClusterScoped(o.kind) ? QString() : effectiveNamespace(o.ns),
                            o.name),
                     i);
    }

    // Namespace containers: a Namespace object where there is one, else a node made up for it.
    QHash<QString, QString> containerOf;
    for (const Object &o : std::as_const(m_objects)) {
        if (o.kind == QLatin1String("Namespace"))
            containerOf.insert(o.name, o.nodeId);
    }
    QList<Node> madeUpNamespaces;
    for (const Object &o : std::as_const(m_objects)) {
        if (o.ns.isEmpty() || containerOf.contains(o.ns))
            continue;
        Node ns;
        ns.id = k("namespace/") + o.ns;
        ns.kind = k("NAMESPACE");
        ns.name = o.ns;
        containerOf.insert(o.ns, ns.id);
        madeUpNamespaces.append(ns);
    }
    result.graph.nodes = madeUpNamespaces;

    // Nodes with their settings.
    for (const Object &o : std::as_const(m_objects)) {
        Node n;
        n.id = o.nodeId;
        n.kind = o.catalogKind.isEmpty() ? o.kind.toUpper() : o.catalogKind;
        n.name = o.name;
        n.parent = containerOf.value(o.ns);
        const NodeKindInfo *kind = catalog.kind(n.kind);
        PropertyMapper m(kind, &n.properties);
        const QVariantMap spec = map(o.body.value(k("spec")));
        QVariantMap labels = stringMap(at(o.body, {"metadata", "labels"}));
        for (auto it = labels.begin(); it != labels.end();) {
            if (it.key().startsWith(QLatin1String("app.kubernetes.io/"))
                || it.key().startsWith(QLatin1String("helm.sh/")))
                it = labels.erase(it);
            else
                ++it;
        }

        if (isWorkloadKind(o.kind)) {
            const QVariantMap pod = map(podTemplateOf(o.kind, o.body).value(k("spec")));
            const QVariantList containers = list(pod.value(k("containers")));
            if (!containers.isEmpty())
                mapContainer(m, map(containers.first()));
            if (containers.size() > 1)
                warn(tr("%1 \"%2\" has %3 containers; only the first (\"%4\") is mapped")
                             .arg(o.kind, o.name)
                             .arg(containers.size())
                             .arg(containerNames(containers).value(0)),
                     o.file, o.line, n.id);
            m.set("replicas", spec.value(k("replicas")));
            m.set("strategy", str(at(spec, {"strategy", "type"})));
            m.set("restartPolicy", str(pod.value(k("restartPolicy"))));
            if (o.kind == QLatin1String("CronJob")) {
                m.set("schedule", str(spec.value(k("schedule"))));
                m.set("concurrencyPolicy", str(spec.value(k("concurrencyPolicy"))));
                m.set("backoffLimit", at(spec, {"jobTemplate", "spec", "backoffLimit"}));
            } else {
                m.set("backoffLimit", spec.value(k("backoffLimit")));
                m.set("completions", spec.value(k("completions")));
                m.set("parallelism", spec.value(k("parallelism")));
            }
            const QVariantList claims = list(spec.value(k("volumeClaimTemplates")));
            if (!claims.isEmpty()) {
                const QVariant claim = claims.first();
                m.set("storageSize", str(at(claim, {"spec", "resources", "requests", "storage"})));
                m.set("storageClass", str(at(claim, {"spec", "storageClassName"})));
                const QString claimName = str(at(claim, {"metadata", "name"}));
                for (const QVariant &mount : list(at(containers.value(0), {"volumeMounts"}))) {
                    if (str(at(mount, {"name"})) == claimName)
                        m.set("mountPath", str(at(mount, {"mountPath"})));
                }
            }
        } else if (o.kind == QLatin1String("Service")) {
            const QString type = str(spec.value(k("type")));
            m.set("serviceType",
                  str(spec.value(k("clusterIP"))) == QLatin1String("None") ? k("Headless") : type);
            const QVariant port = list(spec.value(k("ports"))).value(0);
            m.set("port", at(port, {"port"}));
            const QVariant target = at(port, {"targetPort"});
            if (target.typeId() == QMetaType::LongLong)
                m.set("targetPort", target);
            m.set("protocol", str(at(port, {"protocol"})));
        } else if (o.kind == QLatin1String("Ingress")) {
            m.set("ingressClassName", str(spec.value(k("ingressClassName"))));
            QStringList hosts;
            QStringList paths;
            QSet<QString> seenHosts;
            QSet<QString> seenPaths;
            QString pathType;
            for (const QVariant &rule : list(spec.value(k("rules")))) {
                const QString host = str(at(rule, {"host"}));
                if (!host.isEmpty() && !seenHosts.contains(host)) {
                    seenHosts.insert(host);
                    hosts << host;
                }
                for (const QVariant &p : list(at(rule, {"http", "paths"}))) {
                    const QString path = str(at(p, {"path"}));
                    if (!path.isEmpty() && !seenPaths.contains(path)) {
                        seenPaths.insert(path);
                        paths << path;
                    }
                    if (pathType.isEmpty())
                        pathType = str(at(p, {"pathType"}));
                }
            }
            m.set("hosts", hosts.isEmpty() ? QVariant() : QVariant(hosts));
            m.set("paths", paths.isEmpty() ? QVariant() : QVariant(paths));
            m.set("pathType", pathType);
            const QVariantList tls = list(spec.value(k("tls")));
            if (!tls.isEmpty()) {
                m.set("tlsEnabled", true);
                m.set("tlsSecretName", str(at(tls.first(), {"secretName"})));
            }
        } else if (o.kind == QLatin1String("ConfigMap")) {
            m.set("data", stringMap(o.body.value(k("data"))));
        } else if (o.kind == QLatin1String("Secret")) {
            // Only the key names: secret values never end up in a graph file.
            QStringList keys = map(o.body.value(k("data"))).keys();
            keys += map(o.body.value(k("stringData"))).keys();
            keys.removeDuplicates();
            keys.sort();
            m.set("keys", keys.isEmpty() ? QVariant() : QVariant(keys));
            m.set("secretType", str(o.body.value(k("type"))));
        } else if (o.kind == QLatin1String("PersistentVolumeClaim")) {
            m.set("storageSize", str(at(spec, {"resources", "requests", "storage"})));
            m.set("storageClass", str(spec.value(k("storageClassName"))));
            m.set("accessMode", str(list(spec.value(k("accessModes"))).value(0)));
        } else if (o.kind == QLatin1String("PersistentVolume")) {
            m.set("capacity", str(at(spec, {"capacity", "storage"})));
            m.set("accessMode", str(list(spec.value(k("accessModes"))).value(0)));
            m.set("storageClass", str(spec.value(k("storageClassName"))));
            m.set("reclaimPolicy", str(spec.value(k("persistentVolumeReclaimPolicy"))));
            m.set("hostPath", str(at(spec, {"hostPath", "path"})));
        } else if (o.kind == QLatin1String("StorageClass")) {
            m.set("provisioner", str(o.body.value(k("provisioner"))));
            m.set("reclaimPolicy", str(o.body.value(k("reclaimPolicy"))));
            m.set("volumeBindingMode", str(o.body.value(k("volumeBindingMode"))));
            m.set("allowVolumeExpansion", o.body.value(k("allowVolumeExpansion")));
            m.set("parameters", stringMap(o.body.value(k("parameters"))));
        } else if (o.kind == QLatin1String("ServiceAccount")) {
            m.set("automountToken", o.body.value(k("automountServiceAccountToken")));
        } else if (o.kind == QLatin1String("Role") || o.kind == QLatin1String("ClusterRole")) {
            const QVariantList rules = list(o.body.value(k("rules")));
            if (!rules.isEmpty()) {
                auto strings = [](const QVariant &v) {
                    QStringList out;
                    for (const QVariant &x : list(v))
                        out << str(x);
                    return out;
                };
                m.set("apiGroups", strings(at(rules.first(), {"apiGroups"})));
                m.set("resources", strings(at(rules.first(), {"resources"})));
                m.set("verbs", strings(at(rules.first(), {"verbs"})));
            }
            if (rules.size() > 1)
                warn(tr("%1 \"%2\" has %3 rules; only the first is mapped")
                             .arg(o.kind, o.name)
                             .arg(rules.size()),
                     o.file, o.line, n.id);
        } else if (o.kind == QLatin1String("HorizontalPodAutoscaler")) {
            m.set("minReplicas", spec.value(k("minReplicas")));
            m.set("maxReplicas", spec.value(k("maxReplicas")));
            m.set("targetCpuUtilization", spec.value(k("targetCPUUtilizationPercentage")));
            for (const QVariant &metric : list(spec.value(k("metrics")))) {
                const QString resource = str(at(metric, {"resource", "name"}));
                const QVariant target = at(metric, {"resource", "target", "averageUtilization"});
                if (resource == QLatin1String("cpu"))
                    m.set("targetCpuUtilization", target);
                else if (resource == QLatin1String("memory"))
                    m.set("targetMemoryUtilization", target);
            }
        } else if (o.kind == QLatin1String("PodDisruptionBudget")) {
            m.set("minAvailable", str(spec.value(k("minAvailable"))));
            m.set("maxUnavailable", str(spec.value(k("maxUnavailable"))));
        } else if (o.kind == QLatin1String("NetworkPolicy")) {
            QStringList types;
            for (const QVariant &t : list(spec.value(k("policyTypes"))))
                types << str(t);
            m.set("policyTypes", types.isEmpty() ? QString() : types.join(QLatin1Char(',')));
        } else if (o.kind == QLatin1String("ResourceQuota")) {
            const QVariantMap hard = map(spec.value(k("hard")));
            m.set("cpuRequests", str(hard.value(k("requests.cpu"))));
            m.set("memoryRequests", str(hard.value(k("requests.memory"))));
            m.set("cpuLimits", str(hard.value(k("limits.cpu"))));
            m.set("memoryLimits", str(hard.value(k("limits.memory"))));
            m.set("pods", hard.value(k("pods")));
        } else if (o.kind == QLatin1String("LimitRange")) {
            for (const QVariant &limit : list(spec.value(k("limits")))) {
                if (str(at(limit, {"type"})) != QLatin1String("Container"))
                    continue;
                m.set("defaultCpuRequest", str(at(limit, {"defaultRequest", "cpu"})));
                m.set("defaultMemoryRequest", str(at(limit, {"defaultRequest", "memory"})));
                m.set("defaultCpuLimit", str(at(limit, {"default", "cpu"})));
                m.set("defaultMemoryLimit", str(at(limit, {"default", "memory"})));
            }
        } else if (o.kind == QLatin1String("PriorityClass")) {
            m.set("value", o.body.value(k("value")));
            m.set("globalDefault", o.body.value(k("globalDefault")));
            m.set("preemptionPolicy", str(o.body.value(k("preemptionPolicy"))));
            m.set("description", str(o.body.value(k("description"))));
        } else if (o.kind == QLatin1String("Namespace")) {
            m.set("podSecurity", labels.value(k("pod-security.kubernetes.io/enforce")));
            labels.remove(k("pod-security.kubernetes.io/enforce"));
        }
        m.set("labels", labels);
        result.graph.nodes.append(std::move(n));
        ++result.objectCount;
    }

    // Edges: the references between objects.
    QSet<QString> edgeKeys;
    auto addEdge = [&](const QString &from, const QString &to, const QString &type,
                       const QVariantMap &props = {}) {
        const QString key = from + QLatin1Char('>') + to + QLatin1Char('>') + type;
        if (from == to || edgeKeys.contains(key))
            return;
        edgeKeys.insert(key);
        Edge e;
        e.id = QStringLiteral("e%1").arg(result.graph.edges.size() + 1);
        e.source = from;
        e.target = to;
        e.connectionType = type;
        e.properties = props;
        result.graph.edges.append(std::move(e));
    };
    auto resolve = [&](const Object &from, const QString &kind, const QString &name,
                       const QString &ns = QString()) -> QString {
        if (name.isEmpty())
            return {};
        const QString scope = isClusterScoped(kind)
                                      ? QString()
                                      : effectiveNamespace(ns.isEmpty() ? from.ns : ns);
        const int i = byRef.value(refKey(kind, scope, name), -1);
        if (i >= 0)
            return m_objects.at(i).nodeId;
        warn(tr("%1 \"%2\" refers to %3 \"%4\", which is not in the imported files")
                     .arg(from.kind, from.name, kind, name),
             from.file, from.line, from.nodeId);
        return {};
    };
    // Label selectors → workloads. The pod labels of every workload are read once and indexed
    // per namespace by "key=value", so that a selector only looks at the workloads carrying the
    // rarest of its labels; selectors written the same way in a namespace are resolved once.
    // The edges drawn and the work spent are capped (ImportLimits), so N Services × M workloads
    // with the same labels cost neither N × M edges nor N × M comparisons.
    struct Workloads
    {
        QList<int> all;                     // object indices, in import order
        QHash<QString, QList<int>> byLabel; // "key\0value" → object indices, in import order
    };
    QHash<QString, Workloads> workloadsByNs;
    QHash<int, QVariantMap> podLabels;
    for (int i = 0; i < m_objects.size(); ++i) {
        const Object &w = m_objects.at(i);
        if (!isWorkloadKind(w.kind))
            continue;
        const QVariantMap labels = stringMap(
                at(podTemplateOf(w.kind, w.body), {"metadata", "labels"}));
        Workloads &ns = workloadsByNs[effectiveNamespace(w.ns)];
        ns.all.append(i);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ns.byLabel[it.key() + QChar() + it.value().toString()].append(i);
        podLabels.insert(i, labels);
    }
    QHash<QString, QList<int>> matchesOf; // namespace + selector → matching workloads
    qint64 checksLeft = m_limits.maxSelectorChecks;
    int selectorEdges = 0;
    qint64 edgesNotDrawn = 0;
    const Object *firstNotDrawn = nullptr;
    const Object *firstUnresolved = nullptr;
    int unresolved = 0;
    auto selectWorkloads = [&](const Object &from, const QVariantMap &selector,
                               const QString &type) {
        if (selector.isEmpty())
            return;
        const QString ns = effectiveNamespace(from.ns);
        QString cacheKey = QString::number(ns.size()) + QLatin1Char(':') + ns;
        for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
            const QString value = it.value().toString();
            cacheKey += QLatin1Char('|') + QString::number(it.key().size()) + QLatin1Char(':')
                        + it.key() + QString::number(value.size()) + QLatin1Char(':') + value;
        }
        auto cached = matchesOf.constFind(cacheKey);
        if (cached == matchesOf.cend()) {
            const Workloads &workloads = workloadsByNs[ns];
            // The candidates: the workloads with the rarest label of the selector. An empty
            // value also matches a workload without that label, so such labels narrow nothing.
            const QList<int> *candidates = &workloads.all;
            static const QList<int> noWorkloads;
            for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
                const QString value = it.value().toString();
                if (value.isEmpty())
                    continue;
                const auto posting = workloads.byLabel.constFind(it.key() + QChar() + value);
                const QList<int> *list = posting == workloads.byLabel.cend() ? &noWorkloads
                                                                             : &posting.value();
                if (list->size() < candidates->size())
                    candidates = list;
            }
            if (qint64(candidates->size()) * selector.size() > checksLeft) {
                if (!firstUnresolved)
                    firstUnresolved = &from;
                ++unresolved;
                checksLeft = 0;
                return;
            }
            checksLeft -= qint64(candidates->size()) * selector.size();
            QList<int> matches;
            for (int i : *candidates) {
                if (selectorMatches(selector, podLabels.value(i)))
                    matches.append(i);
            }
            cached = matchesOf.insert(cacheKey, matches);
        }
        const QList<int> &matches = cached.value();
        for (int i : matches) {
            if (selectorEdges >= m_limits.maxSelectorEdges) {
                if (!firstNotDrawn)
                    firstNotDrawn = &from;
                edgesNotDrawn += 1;
                continue;
            }
            const int before = int(result.graph.edges.size());
            addEdge(from.nodeId, m_objects.at(i).nodeId, type);
            if (result.graph.edges.size() > before)
                ++selectorEdges;
        }
        if (matches.isEmpty())
            warn(tr("the selector of %1 \"%2\" matches no imported workload")
                         .arg(from.kind, from.name),
                 from.file, from.line, from.nodeId);
    };

    for (const Object &o : std::as_const(m_objects)) {
        const QVariantMap spec = map(o.body.value(k("spec")));
        if (o.kind == QLatin1String("Service")) {
            selectWorkloads(o, stringMap(spec.value(k("selector"))), k("SERVICE_EXPOSES_POD"));
        } else if (o.kind == QLatin1String("NetworkPolicy")) {
            selectWorkloads(o, stringMap(at(spec, {"podSelector", "matchLabels"})), k("ISOLATES"));
        } else if (o.kind == QLatin1String("PodDisruptionBudget")) {
            selectWorkloads(o, stringMap(at(spec, {"selector", "matchLabels"})), k("SCALES"));
        } else if (o.kind == QLatin1String("Ingress")) {
            QStringList services;
            QSet<QString> seenServices;
            auto backend = [&](const QVariant &b) {
                QString name = str(at(b, {"service", "name"}));
                if (name.isEmpty())
                    name = str(at(b, {"serviceName"})); // extensions/v1beta1
                if (!name.isEmpty() && !seenServices.contains(name)) {
                    seenServices.insert(name);
                    services << name;
                }
            };
            backend(spec.value(k("defaultBackend")));
            backend(spec.value(k("backend")));
            for (const QVariant &rule : list(spec.value(k("rules")))) {
                for (const QVariant &p : list(at(rule, {"http", "paths"})))
                    backend(at(p, {"backend"}));
            }
            for (const QString &svc : std::as_const(services)) {
                const QString target = resolve(o, k("Service"), svc);
                if (!target.isEmpty())
                    addEdge(o.nodeId, target, k("ROUTES_TO"));
            }
        } else if (o.kind == QLatin1String("HorizontalPodAutoscaler")) {
            const QString target = resolve(o, str(at(spec, {"scaleTargetRef", "kind"})),
                                           str(at(spec, {"scaleTargetRef", "name"})));
            if (!target.isEmpty())
                addEdge(o.nodeId, target, k("SCALES"));
        } else if (o.kind == QLatin1String("RoleBinding")
                   || o.kind == QLatin1String("ClusterRoleBinding")) {
            const QString role = resolve(o, str(at(o.body, {"roleRef", "kind"})),
                                         str(at(o.body, {"roleRef", "name"})));
            if (!role.isEmpty())
                addEdge(o.nodeId, role, k("BINDS"));
            for (const QVariant &subject : list(o.body.value(k("subjects")))) {
                const QString kind = str(at(subject, {"kind"}));
                if (kind != QLatin1String("ServiceAccount")) {
                    warn(tr("%1 \"%2\": subject %3 \"%4\" has no node kind and is not mapped")
                                 .arg(o.kind, o.name, kind, str(at(subject, {"name"}))),
                         o.file, o.line, o.nodeId);
                    continue;
                }
                const QString sa = resolve(o, kind, str(at(subject, {"name"})),
                                           str(at(subject, {"namespace"})));
                if (!sa.isEmpty())
                    addEdge(o.nodeId, sa, k("BINDS"));
            }
        } else if (o.kind == QLatin1String("PersistentVolumeClaim")) {
            const QString sc = str(spec.value(k("storageClassName")));
            const int scIndex = byRef.value(refKey(k("StorageClass"), QString(), sc), -1);
            if (scIndex >= 0) // a storage class is usually the cluster's, so no warning
                addEdge(o.nodeId, m_objects.at(scIndex).nodeId, k("CLAIMS"));
            const QString volume = str(spec.value(k("volumeName")));
            if (!volume.isEmpty()) {
                const QString pv = resolve(o, k("PersistentVolume"), volume);
                if (!pv.isEmpty())
                    addEdge(o.nodeId, pv, k("CLAIMS"));
            }
        } else if ((o.kind == QLatin1String("ResourceQuota")
                    || o.kind == QLatin1String("LimitRange"))
                   && containerOf.contains(o.ns)) {
            addEdge(o.nodeId, containerOf.value(o.ns), k("LIMITS"));
        }

        if (!isWorkloadKind(o.kind))
            continue;
        const QVariantMap pod = map(podTemplateOf(o.kind, o.body).value(k("spec")));
        const QVariantList containers = list(pod.value(k("containers")))
                                        + list(pod.value(k("initContainers")));
        QHash<QString, QString> mountPathOf; // volume name → first mount path
        for (const QVariant &c : containers) {
            for (const QVariant &e : list(at(c, {"envFrom"}))) {
                const QString cm = resolve(o, k("ConfigMap"), str(at(e, {"configMapRef", "name"})));
                if (!cm.isEmpty())
                    addEdge(o.nodeId, cm, k("REQUIRES"));
                const QString secret = resolve(o, k("Secret"), str(at(e, {"secretRef", "name"})));
                if (!secret.isEmpty())
                    addEdge(o.nodeId, secret, k("REQUIRES"));
            }
            for (const QVariant &e : list(at(c, {"env"}))) {
                const QString cm = resolve(o, k("ConfigMap"),
                                           str(at(e, {"valueFrom", "configMapKeyRef", "name"})));
                if (!cm.isEmpty())
                    addEdge(o.nodeId, cm, k("REQUIRES"));
                const QString secret = resolve(o, k("Secret"),
                                               str(at(e, {"valueFrom", "secretKeyRef", "name"})));
                if (!secret.isEmpty())
                    addEdge(o.nodeId, secret, k("REQUIRES"));
            }
            for (const QVariant &mount : list(at(c, {"volumeMounts"}))) {
                const QString volume = str(at(mount, {"name"}));
                if (!mountPathOf.contains(volume))
                    mountPathOf.insert(volume, str(at(mount, {"mountPath"})));
            }
        }
        for (const QVariant &v : list(pod.value(k("volumes")))) {
            const QString volume = str(at(v, {"name"}));
            QVariantMap props;
            if (!mountPathOf.value(volume).isEmpty())
                props.insert(k("mountPath"), mountPathOf.value(volume));
            const QString cm = resolve(o, k("ConfigMap"), str(at(v, {"configMap", "name"})));
            if (!cm.isEmpty())
                addEdge(o.nodeId, cm, k("REQUIRES"), props);
            const QString secret = resolve(o, k("Secret"), str(at(v, {"secret", "secretName"})));
            if (!secret.isEmpty())
                addEdge(o.nodeId, secret, k("REQUIRES"), props);
            const QString pvc = resolve(o, k("PersistentVolumeClaim"),
                                        str(at(v, {"persistentVolumeClaim", "claimName"})));
            if (!pvc.isEmpty())
                addEdge(o.nodeId, pvc, k("MOUNTS"), props);
        }
        QString account = str(pod.value(k("serviceAccountName")));
        if (account.isEmpty())
            account = str(pod.value(k("serviceAccount")));
        if (!account.isEmpty() && account != QLatin1String("default")) {
            const QString sa = resolve(o, k("ServiceAccount"), account);
            if (!sa.isEmpty())
                addEdge(o.nodeId, sa, k("AUTHENTICATES"));
        }
    }

    if (firstNotDrawn)
        warn(tr("%1 edges from label selectors to workloads were left out: an import draws at "
                "most %2 of them")
                     .arg(edgesNotDrawn)
                     .arg(m_limits.maxSelectorEdges),
             firstNotDrawn->file, firstNotDrawn->line, firstNotDrawn->nodeId);
    if (firstUnresolved)
        warn(tr("%1 label selectors were not resolved: they would take more than %2 label "
                "comparisons")
                     .arg(unresolved)
                     .arg(m_limits.maxSelectorChecks),
             firstUnresolved->file, firstUnresolved->line, firstUnresolved->nodeId);

    applyLayout(result.graph, arrangeLayered(result.graph));
    result.warnings = warnings;
    return result;
}

Result<ImportResult> KubernetesYamlImporter::importPaths(const QStringList &paths,
                                                         const QString &graphName,
                                                         ImportLimits limits)
{
    KubernetesYamlImporter importer(limits);
    for (const QString &path : paths) {
        if (Status s = importer.addPath(path); !s)
            return s.error();
    }
    return importer.finish(graphName);
}

} // namespace kg::io
