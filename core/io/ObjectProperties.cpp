#include "io/ObjectProperties.h"

#include "io/YamlSupport.h"

#include <QHash>
#include <QSet>

#include <functional>

#include <vector>

namespace kg::io::ObjectProperties {

namespace {

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString kindOf(const YamlValue &object)
{
    const YamlValue *kind = object.find(k("kind"));
    return kind ? kind->scalarText() : QString();
}

// Where a property's path starts.
enum class Root {
    Object,        // the object itself
    Spec,          // .spec
    PodSpec,       // the pod template's spec
    Container,     // the pod's first container
    JobSpec,       // a Job's .spec, a CronJob's .spec.jobTemplate.spec
    ClaimTemplate, // a StatefulSet's first volume claim template
    ServicePort,   // a Service's first port
    FirstRule,     // a Role's first rule
    FirstTls,      // an Ingress's first TLS entry
};

struct Binding
{
    QStringList kinds; // Kubernetes kinds; empty = every workload kind
    QString key;
    Root root;
    QStringList path;
};

const std::vector<Binding> &bindings()
{
    static const std::vector<Binding> table = [] {
        const QStringList any;
        const QStringList scaled{k("Deployment"), k("StatefulSet"), k("ReplicaSet")};
        const QStringList jobs{k("Job"), k("CronJob")};
        std::vector<Binding> t{
                {any, k("image"), Root::Container, {k("image")}},
                {any, k("command"), Root::Container, {k("command")}},
                {any, k("args"), Root::Container, {k("args")}},
                {any, k("cpuRequest"), Root::Container, {k("resources"), k("requests"), k("cpu")}},
                {any,
                 k("memoryRequest"),
                 Root::Container,
                 {k("resources"), k("requests"), k("memory")}},
                {any, k("cpuLimit"), Root::Container, {k("resources"), k("limits"), k("cpu")}},
                {any, k("memoryLimit"), Root::Container, {k("resources"), k("limits"), k("memory")}},
                {any,
                 k("readOnlyRootFilesystem"),
                 Root::Container,
                 {k("securityContext"), k("readOnlyRootFilesystem")}},
                {scaled, k("replicas"), Root::Spec, {k("replicas")}},
                {{k("Deployment")}, k("strategy"), Root::Spec, {k("strategy"), k("type")}},
                {any, k("restartPolicy"), Root::PodSpec, {k("restartPolicy")}},
                {{k("CronJob")}, k("schedule"), Root::Spec, {k("schedule")}},
                {{k("CronJob")}, k("concurrencyPolicy"), Root::Spec, {k("concurrencyPolicy")}},
                {jobs, k("backoffLimit"), Root::JobSpec, {k("backoffLimit")}},
                {{k("Job")}, k("completions"), Root::JobSpec, {k("completions")}},
                {{k("Job")}, k("parallelism"), Root::JobSpec, {k("parallelism")}},
                {{k("StatefulSet")},
                 k("storageSize"),
                 Root::ClaimTemplate,
                 {k("spec"), k("resources"), k("requests"), k("storage")}},
                {{k("StatefulSet")},
                 k("storageClass"),
                 Root::ClaimTemplate,
                 {k("spec"), k("storageClassName")}},
                {{k("Service")}, k("port"), Root::ServicePort, {k("port")}},
                {{k("Service")}, k("protocol"), Root::ServicePort, {k("protocol")}},
                {{k("Ingress")}, k("ingressClassName"), Root::Spec, {k("ingressClassName")}},
                {{k("Ingress")}, k("tlsSecretName"), Root::FirstTls, {k("secretName")}},
                {{k("ConfigMap")}, k("data"), Root::Object, {k("data")}},
                {{k("Secret")}, k("secretType"), Root::Object, {k("type")}},
                {{k("PersistentVolumeClaim")},
                 k("storageSize"),
                 Root::Spec,
                 {k("resources"), k("requests"), k("storage")}},
                {{k("PersistentVolumeClaim")},
                 k("storageClass"),
                 Root::Spec,
                 {k("storageClassName")}},
                {{k("PersistentVolume")}, k("capacity"), Root::Spec, {k("capacity"), k("storage")}},
                {{k("PersistentVolume")}, k("storageClass"), Root::Spec, {k("storageClassName")}},
                {{k("PersistentVolume")},
                 k("reclaimPolicy"),
                 Root::Spec,
                 {k("persistentVolumeReclaimPolicy")}},
                {{k("PersistentVolume")}, k("hostPath"), Root::Spec, {k("hostPath"), k("path")}},
                {{k("StorageClass")}, k("provisioner"), Root::Object, {k("provisioner")}},
                {{k("StorageClass")}, k("reclaimPolicy"), Root::Object, {k("reclaimPolicy")}},
                {{k("StorageClass")}, k("volumeBindingMode"), Root::Object, {k("volumeBindingMode")}},
                {{k("StorageClass")},
                 k("allowVolumeExpansion"),
                 Root::Object,
                 {k("allowVolumeExpansion")}},
                {{k("StorageClass")}, k("parameters"), Root::Object, {k("parameters")}},
                {{k("ServiceAccount")},
                 k("automountToken"),
                 Root::Object,
                 {k("automountServiceAccountToken")}},
                {{k("Role"), k("ClusterRole")}, k("apiGroups"), Root::FirstRule, {k("apiGroups")}},
                {{k("Role"), k("ClusterRole")}, k("resources"), Root::FirstRule, {k("resources")}},
                {{k("Role"), k("ClusterRole")}, k("verbs"), Root::FirstRule, {k("verbs")}},
                {{k("HorizontalPodAutoscaler")}, k("minReplicas"), Root::Spec, {k("minReplicas")}},
                {{k("HorizontalPodAutoscaler")}, k("maxReplicas"), Root::Spec, {k("maxReplicas")}},
                {{k("PodDisruptionBudget")}, k("minAvailable"), Root::Spec, {k("minAvailable")}},
                {{k("PodDisruptionBudget")}, k("maxUnavailable"), Root::Spec, {k("maxUnavailable")}},
                {{k("ResourceQuota")}, k("cpuRequests"), Root::Spec, {k("hard"), k("requests.cpu")}},
                {{k("ResourceQuota")},
                 k("memoryRequests"),
                 Root::Spec,
                 {k("hard"), k("requests.memory")}},
                {{k("ResourceQuota")}, k("cpuLimits"), Root::Spec, {k("hard"), k("limits.cpu")}},
                {{k("ResourceQuota")},
                 k("memoryLimits"),
                 Root::Spec,
                 {k("hard"), k("limits.memory")}},
                {{k("ResourceQuota")}, k("pods"), Root::Spec, {k("hard"), k("pods")}},
                {{k("PriorityClass")}, k("value"), Root::Object, {k("value")}},
                {{k("PriorityClass")}, k("globalDefault"), Root::Object, {k("globalDefault")}},
                {{k("PriorityClass")}, k("preemptionPolicy"), Root::Object, {k("preemptionPolicy")}},
                {{k("PriorityClass")}, k("description"), Root::Object, {k("description")}},
        };
        return t;
    }();
    return table;
}

bool appliesTo(const Binding &b, const QString &kind)
{
    return b.kinds.isEmpty() ? isWorkloadKind(kind) : b.kinds.contains(kind);
}

YamlValue *firstItem(YamlValue *seq)
{
    if (!seq || !seq->isSequence() || seq->items().empty())
        return nullptr;
    return const_cast<YamlValue *>(&seq->items().front());
}

YamlValue *child(YamlValue *v, const char *key)
{
    return v && v->isMap() ? v->find(k(key)) : nullptr;
}

// The value a root stands for in @p object, or nullptr when the object has none.
YamlValue *rootOf(YamlValue &object, Root root)
{
    const QString kind = kindOf(object);
    switch (root) {
    case Root::Object:
        return &object;
    case Root::Spec:
        return child(&object, "spec");
    case Root::PodSpec:
        return child(podTemplate(object), "spec");
    case Root::Container:
        return firstItem(child(child(podTemplate(object), "spec"), "containers"));
    case Root::JobSpec:
        if (kind == QLatin1String("CronJob"))
            return child(child(child(&object, "spec"), "jobTemplate"), "spec");
        return child(&object, "spec");
    case Root::ClaimTemplate:
        return firstItem(child(child(&object, "spec"), "volumeClaimTemplates"));
    case Root::ServicePort:
        return firstItem(child(child(&object, "spec"), "ports"));
    case Root::FirstRule:
        return firstItem(child(&object, "rules"));
    case Root::FirstTls:
        return firstItem(child(child(&object, "spec"), "tls"));
    }
    return nullptr;
}

const YamlValue *rootOf(const YamlValue &object, Root root)
{
    return rootOf(const_cast<YamlValue &>(object), root);
}

const YamlValue *walk(const YamlValue *v, const QStringList &path)
{
    for (const QString &step : path) {
        if (!v || !v->isMap())
            return nullptr;
        v = v->find(step);
    }
    return v;
}

// The property value of a YAML value for a property of @p type; invalid when there is none.
QVariant toProperty(const YamlValue *v, PropertyType type)
{
    if (!v || v->isNull())
        return {};
    switch (type) {
    case PropertyType::StringList:
    case PropertyType::IntList: {
        if (!v->isSequence())
            return {};
        QVariantList out;
        for (const YamlValue &item : v->items()) {
            if (item.type() == YamlValue::Type::Int)
                out << item.toInt();
            else if (item.isScalar() && !item.isNull())
                out << item.scalarText();
        }
        if (out.isEmpty())
            return {};
        if (type == PropertyType::IntList)
            return out;
        QStringList strings;
        for (const QVariant &x : std::as_const(out))
            strings << x.toString();
        return strings;
    }
    case PropertyType::StringMap: {
        if (!v->isMap())
            return {};
        QVariantMap out;
        for (const auto &entry : v->entries()) {
            if (entry.second.isScalar() && !entry.second.isNull())
                out.insert(entry.first, entry.second.scalarText());
        }
        return out.isEmpty() ? QVariant() : QVariant(out);
    }
    case PropertyType::Int:
        if (v->type() == YamlValue::Type::Int)
            return v->toInt();
        return v->isScalar() ? QVariant(v->scalarText()) : QVariant();
    case PropertyType::Bool:
        if (v->type() == YamlValue::Type::Bool)
            return v->toBool();
        return v->isScalar() ? QVariant(v->scalarText()) : QVariant();
    default: {
        if (!v->isScalar())
            return {};
        const QString s = v->scalarText();
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    }
}

// The YAML form of a property value; @p old (the value it replaces) keeps an integer an integer.
YamlValue toYaml(const QVariant &value, PropertyType type, const YamlValue *old)
{
    switch (type) {
    case PropertyType::Int:
        return YamlValue(value.toLongLong());
    case PropertyType::Bool:
        return YamlValue(value.toBool());
    case PropertyType::StringList:
        return YamlValue::strings(value.toStringList());
    case PropertyType::IntList: {
        YamlValue seq = YamlValue::sequence();
        for (const QVariant &x : value.toList())
            seq.append(YamlValue(x.toLongLong()));
        return seq;
    }
    case PropertyType::StringMap: {
        YamlValue map = YamlValue::map();
        const QVariantMap m = value.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            map.appendEntry(it.key(), YamlValue(it.value().toString()));
        return map;
    }
    default: {
        const QString s = value.toString();
        if (old && old->type() == YamlValue::Type::Int) {
            bool ok = false;
            const qint64 n = s.toLongLong(&ok);
            if (ok && QString::number(n) == s)
                return YamlValue(n);
        }
        return YamlValue(s);
    }
    }
}

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isEmpty();
    case QMetaType::QStringList:
        return v.toStringList().isEmpty();
    case QMetaType::QVariantList:
        return v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return v.toMap().isEmpty();
    default:
        return false;
    }
}

// Sets (or, for an empty value, removes) the value at @p path below @p root, creating the maps
// on the way; maps left empty by a removal go too.
void writeAt(YamlValue &root, const QStringList &path, const std::function<void(YamlValue &)> &set,
             bool remove)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        if (remove) {
            root.remove(path.first());
            return;
        }
        YamlValue *leaf = root.isMap() ? root.find(path.first()) : nullptr;
        if (!leaf)
            leaf = &root.set(path.first(), YamlValue());
        set(*leaf);
        return;
    }
    YamlValue *next = root.isMap() ? root.find(path.first()) : nullptr;
    if (!next || !next->isMap()) {
        if (remove)
            return;
        next = &root.set(path.first(), YamlValue::map());
    }
    writeAt(*next, path.mid(1), set, remove);
    if (remove && next->isMap() && next->isEmptyCollection())
        root.remove(path.first());
}

// Applies a per-key difference of two string maps to the YAML map @p key of @p parent (created
// when needed): keys gone from @p after are removed, new and changed ones set.
void applyMapDiff(YamlValue &parent, const QString &key, const QVariantMap &before,
                  const QVariantMap &after)
{
    YamlValue *map = parent.find(key);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()) && map && map->isMap())
            map->remove(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()).toString() == it.value().toString())
            continue;
        if (!map || !map->isMap())
            map = &parent.set(key, YamlValue::map());
        map->set(it.key(), YamlValue(it.value().toString()));
    }
    if (map && map->isMap() && map->isEmptyCollection() && !before.isEmpty())
        parent.remove(key); // emptied by the user: no "labels: {}" left behind
}

bool hiddenLabel(const QString &key)
{
    return key.startsWith(QLatin1String("app.kubernetes.io/"))
           || key.startsWith(QLatin1String("helm.sh/"));
}

const QString PodSecurityLabel = QStringLiteral("pod-security.kubernetes.io/enforce");

// --- Properties that need more than a path ---------------------------------------------------

QVariant readLabels(const YamlValue &object, const QString &kind)
{
    QVariantMap labels;
    if (const YamlValue *l = object.at({"metadata", "labels"}); l && l->isMap()) {
        for (const auto &entry : l->entries()) {
            if (hiddenLabel(entry.first) || !entry.second.isScalar() || entry.second.isNull())
                continue;
            if (kind == QLatin1String("Namespace") && entry.first == PodSecurityLabel)
                continue;
            labels.insert(entry.first, entry.second.scalarText());
        }
    }
    return labels.isEmpty() ? QVariant() : QVariant(labels);
}

QVariant readPorts(const YamlValue *container)
{
    QVariantList ports;
    if (const YamlValue *list = container ? container->find(k("ports")) : nullptr;
        list && list->isSequence()) {
        for (const YamlValue &p : list->items()) {
            const YamlValue *port = p.at({"containerPort"});
            if (port && port->type() == YamlValue::Type::Int)
                ports << port->toInt();
            else if (port && port->isScalar() && !port->isNull())
                ports << port->scalarText();
        }
    }
    return ports.isEmpty() ? QVariant() : QVariant(ports);
}

void applyPorts(YamlValue &container, const QVariantList &after)
{
    QList<qint64> wanted;
    for (const QVariant &p : after)
        wanted << p.toLongLong();
    YamlValue next = YamlValue::sequence();
    QSet<qint64> kept;
    if (const YamlValue *list = container.find(k("ports")); list && list->isSequence()) {
        for (const YamlValue &p : list->items()) {
            const YamlValue *port = p.at({"containerPort"});
            if (!port || port->type() != YamlValue::Type::Int) {
                next.append(p); // not a number we show: not ours to remove
                continue;
            }
            if (wanted.contains(port->toInt()) && !kept.contains(port->toInt())) {
                kept.insert(port->toInt());
                next.append(p);
            }
        }
    }
    for (const qint64 p : std::as_const(wanted)) {
        if (kept.contains(p))
            continue;
        kept.insert(p);
        YamlValue entry = YamlValue::map();
        entry.set(k("containerPort"), YamlValue(p));
        next.append(std::move(entry));
    }
    if (next.isEmptyCollection())
        container.remove(k("ports"));
    else
        container.set(k("ports"), std::move(next));
}

QVariant readEnv(const YamlValue *container)
{
    QVariantMap env;
    if (const YamlValue *list = container ? container->find(k("env")) : nullptr;
        list && list->isSequence()) {
        for (const YamlValue &e : list->items()) {
            const YamlValue *name = e.at({"name"});
            const YamlValue *value = e.at({"value"});
            if (name && !name->scalarText().isEmpty() && value && value->isScalar())
                env.insert(name->scalarText(), value->scalarText());
        }
    }
    return env.isEmpty() ? QVariant() : QVariant(env);
}

void applyEnv(YamlValue &container, const QVariantMap &before, const QVariantMap &after)
{
    YamlValue *list = container.find(k("env"));
    YamlValue next = YamlValue::sequence();
    QSet<QString> present;
    if (list && list->isSequence()) {
        for (const YamlValue &e : list->items()) {
            const YamlValue *nameValue = e.at({"name"});
            const QString name = nameValue ? nameValue->scalarText() : QString();
            const bool shown = before.contains(name);
            if (shown && !after.contains(name))
                continue; // removed by the user
            present.insert(name);
            if (!after.contains(name)
                || (shown && before.value(name).toString() == after.value(name).toString())) {
                next.append(e);
                continue;
            }
            YamlValue changed = e;
            changed.remove(k("valueFrom"));
            changed.set(k("value"), YamlValue(after.value(name).toString()));
            next.append(std::move(changed));
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        YamlValue entry = YamlValue::map();
        entry.set(k("name"), YamlValue(it.key()));
        entry.set(k("value"), YamlValue(it.value().toString()));
        next.append(std::move(entry));
    }
    if (next.isEmptyCollection())
        container.remove(k("env"));
    else
        container.set(k("env"), std::move(next));
}

QVariant readHealthPath(const YamlValue *container)
{
    if (!container)
        return {};
    for (const char *probe : {"readinessProbe", "livenessProbe"}) {
        const YamlValue *path = container->at({probe, "httpGet", "path"});
        if (path && !path->scalarText().isEmpty())
            return path->scalarText();
    }
    return {};
}

bool applyHealthPath(YamlValue &container, const QString &before, const QString &after)
{
    bool applied = false;
    for (const char *probe : {"readinessProbe", "livenessProbe", "startupProbe"}) {
        YamlValue *httpGet = child(child(&container, probe), "httpGet");
        if (!httpGet)
            continue;
        const YamlValue *path = httpGet->find(k("path"));
        if (path && path->scalarText() != before)
            continue;
        if (after.isEmpty())
            httpGet->remove(k("path"));
        else
            httpGet->set(k("path"), YamlValue(after));
        applied = true;
    }
    return applied;
}

// The volume mount of a StatefulSet's first claim template in its first container.
YamlValue *claimMount(YamlValue &object)
{
    YamlValue *claim = rootOf(object, Root::ClaimTemplate);
    YamlValue *container = rootOf(object, Root::Container);
    const YamlValue *claimName = claim ? claim->at({"metadata", "name"}) : nullptr;
    YamlValue *mounts = child(container, "volumeMounts");
    if (!claimName || !mounts || !mounts->isSequence())
        return nullptr;
    for (const YamlValue &m : mounts->items()) {
        const YamlValue *name = m.at({"name"});
        if (name && name->scalarText() == claimName->scalarText())
            return const_cast<YamlValue *>(&m);
    }
    return nullptr;
}

QVariant readServiceType(const YamlValue &object)
{
    const YamlValue *clusterIP = object.at({"spec", "clusterIP"});
    if (clusterIP && clusterIP->scalarText() == QLatin1String("None"))
        return k("Headless");
    const YamlValue *type = object.at({"spec", "type"});
    return type && !type->scalarText().isEmpty() ? QVariant(type->scalarText()) : QVariant();
}

void applyServiceType(YamlValue &object, const QString &before, const QString &after)
{
    YamlValue &spec = object[k("spec")];
    if (before == QLatin1String("Headless"))
        spec.remove(k("clusterIP"));
    if (after == QLatin1String("Headless")) {
        spec.set(k("clusterIP"), YamlValue(k("None")));
        return;
    }
    if (after.isEmpty())
        spec.remove(k("type"));
    else
        spec.set(k("type"), YamlValue(after));
}

struct IngressSummary
{
    QStringList hosts;
    QStringList paths;
    QString pathType;
};

IngressSummary readIngress(const YamlValue &object)
{
    IngressSummary out;
    QSet<QString> seenHosts, seenPaths;
    const YamlValue *rules = object.at({"spec", "rules"});
    if (!rules || !rules->isSequence())
        return out;
    for (const YamlValue &rule : rules->items()) {
        const YamlValue *host = rule.at({"host"});
        if (host && !host->scalarText().isEmpty() && !seenHosts.contains(host->scalarText())) {
            seenHosts.insert(host->scalarText());
            out.hosts << host->scalarText();
        }
        const YamlValue *paths = rule.at({"http", "paths"});
        if (!paths || !paths->isSequence())
            continue;
        for (const YamlValue &p : paths->items()) {
            const YamlValue *path = p.at({"path"});
            if (path && !path->scalarText().isEmpty() && !seenPaths.contains(path->scalarText())) {
                seenPaths.insert(path->scalarText());
                out.paths << path->scalarText();
            }
            const YamlValue *type = p.at({"pathType"});
            if (out.pathType.isEmpty() && type)
                out.pathType = type->scalarText();
        }
    }
    return out;
}

// Renames hosts (the i-th distinct host becomes the i-th new one) and changes path types; paths
// themselves cannot be matched to rules, so a change of paths is refused.
bool applyIngress(YamlValue &object, const QString &key, const QVariant &before,
                  const QVariant &after)
{
    YamlValue *rules = child(child(&object, "spec"), "rules");
    if (!rules || !rules->isSequence())
        return false;
    if (key == QLatin1String("hosts")) {
        const QStringList from = before.toStringList(), to = after.toStringList();
        if (from.size() != to.size())
            return false;
        for (const YamlValue &rule : rules->items()) {
            YamlValue &r = const_cast<YamlValue &>(rule);
            YamlValue *host = r.find(k("host"));
            const int i = host ? int(from.indexOf(host->scalarText())) : -1;
            if (i >= 0)
                r.set(k("host"), YamlValue(to.at(i)));
        }
        return true;
    }
    if (key == QLatin1String("pathType")) {
        for (const YamlValue &rule : rules->items()) {
            YamlValue *paths = child(const_cast<YamlValue *>(&rule), "http");
            paths = child(paths, "paths");
            if (!paths || !paths->isSequence())
                continue;
            for (const YamlValue &p : paths->items()) {
                YamlValue &path = const_cast<YamlValue &>(p);
                const YamlValue *type = path.find(k("pathType"));
                if (!type || type->scalarText() == before.toString())
                    path.set(k("pathType"), YamlValue(after.toString()));
            }
        }
        return true;
    }
    return false;
}

QVariant readSecretKeys(const YamlValue &object)
{
    QStringList keys;
    for (const char *field : {"data", "stringData"}) {
        if (const YamlValue *data = object.find(k(field)); data && data->isMap()) {
            for (const auto &entry : data->entries())
                keys << entry.first;
        }
    }
    keys.removeDuplicates();
    keys.sort();
    return keys.isEmpty() ? QVariant() : QVariant(keys);
}

void applySecretKeys(YamlValue &object, const QStringList &before, const QStringList &after)
{
    for (const QString &key : before) {
        if (after.contains(key))
            continue;
        for (const char *field : {"data", "stringData"}) {
            if (YamlValue *data = object.find(k(field)); data && data->isMap())
                data->remove(key);
        }
    }
    for (const QString &key : after) {
        if (!before.contains(key))
            object[k("stringData")].set(key, YamlValue(QString()));
    }
}

// HPA utilisation targets: autoscaling/v2 metrics, or v1's targetCPUUtilizationPercentage.
YamlValue *utilisationTarget(YamlValue &object, const QString &resource)
{
    YamlValue *spec = child(&object, "spec");
    if (resource == QLatin1String("cpu")) {
        if (YamlValue *v1 = child(spec, "targetCPUUtilizationPercentage"))
            return v1;
    }
    YamlValue *metrics = child(spec, "metrics");
    if (!metrics || !metrics->isSequence())
        return nullptr;
    for (const YamlValue &m : metrics->items()) {
        YamlValue *res = child(const_cast<YamlValue *>(&m), "resource");
        const YamlValue *name = res ? res->find(k("name")) : nullptr;
        if (name && name->scalarText() == resource)
            return child(child(res, "target"), "averageUtilization");
    }
    return nullptr;
}

YamlValue *containerLimit(YamlValue &object)
{
    YamlValue *limits = child(child(&object, "spec"), "limits");
    if (!limits || !limits->isSequence())
        return nullptr;
    for (const YamlValue &l : limits->items()) {
        const YamlValue *type = l.find(k("type"));
        if (type && type->scalarText() == QLatin1String("Container"))
            return const_cast<YamlValue *>(&l);
    }
    return nullptr;
}

struct LimitField
{
    const char *key;
    const char *section;
    const char *resource;
};
constexpr LimitField LimitFields[] = {
        {"defaultCpuRequest", "defaultRequest", "cpu"},
        {"defaultMemoryRequest", "defaultRequest", "memory"},
        {"defaultCpuLimit", "default", "cpu"},
        {"defaultMemoryLimit", "default", "memory"},
};

// Every property of @p object that needs its own reading, by key.
QVariantMap readSpecial(const YamlValue &object, const QString &kind)
{
    QVariantMap out;
    auto put = [&](const QString &key, const QVariant &v) {
        if (!isEmptyValue(v))
            out.insert(key, v);
    };
    put(k("labels"), readLabels(object, kind));
    if (isWorkloadKind(kind)) {
        const YamlValue *container = rootOf(object, Root::Container);
        put(k("ports"), readPorts(container));
        put(k("env"), readEnv(container));
        put(k("healthPath"), readHealthPath(container));
        if (kind == QLatin1String("StatefulSet")) {
            if (const YamlValue *mount = claimMount(const_cast<YamlValue &>(object)))
                put(k("mountPath"), toProperty(mount->find(k("mountPath")), PropertyType::String));
        }
    } else if (kind == QLatin1String("Service")) {
        put(k("serviceType"), readServiceType(object));
        const YamlValue *target = object.at({"spec", "ports"});
        target = target && target->isSequence() && !target->items().empty()
                         ? target->items().front().find(k("targetPort"))
                         : nullptr;
        if (target && target->type() == YamlValue::Type::Int)
            put(k("targetPort"), target->toInt());
    } else if (kind == QLatin1String("Ingress")) {
        const IngressSummary s = readIngress(object);
        put(k("hosts"), s.hosts);
        put(k("paths"), s.paths);
        put(k("pathType"), s.pathType);
        const YamlValue *tls = object.at({"spec", "tls"});
        if (tls && tls->isSequence() && !tls->items().empty())
            put(k("tlsEnabled"), true);
    } else if (kind == QLatin1String("Secret")) {
        put(k("keys"), readSecretKeys(object));
    } else if (kind == QLatin1String("PersistentVolumeClaim")
               || kind == QLatin1String("PersistentVolume")) {
        const YamlValue *modes = object.at({"spec", "accessModes"});
        if (modes && modes->isSequence() && !modes->items().empty())
            put(k("accessMode"), modes->items().front().scalarText());
    } else if (kind == QLatin1String("HorizontalPodAutoscaler")) {
        YamlValue &o = const_cast<YamlValue &>(object);
        put(k("targetCpuUtilization"),
            toProperty(utilisationTarget(o, k("cpu")), PropertyType::Int));
        put(k("targetMemoryUtilization"),
            toProperty(utilisationTarget(o, k("memory")), PropertyType::Int));
    } else if (kind == QLatin1String("NetworkPolicy")) {
        const QVariant types = toProperty(object.at({"spec", "policyTypes"}),
                                          PropertyType::StringList);
        put(k("policyTypes"), types.toStringList().join(QLatin1Char(',')));
    } else if (kind == QLatin1String("LimitRange")) {
        if (const YamlValue *limit = containerLimit(const_cast<YamlValue &>(object))) {
            for (const LimitField &f : LimitFields)
                put(k(f.key), toProperty(limit->at({f.section, f.resource}), PropertyType::String));
        }
    } else if (kind == QLatin1String("Namespace")) {
        const YamlValue *labels = object.at({"metadata", "labels"});
        put(k("podSecurity"),
            toProperty(labels ? labels->find(PodSecurityLabel) : nullptr, PropertyType::String));
    }
    return out;
}

// Writes one changed special property; false when it has no place in the object.
bool applySpecial(YamlValue &object, const QString &kind, const QString &key,
                  const QVariant &before, const QVariant &after)
{
    if (key == QLatin1String("labels")) {
        applyMapDiff(object[k("metadata")], k("labels"), before.toMap(), after.toMap());
        return true;
    }
    if (isWorkloadKind(kind)) {
        YamlValue *container = rootOf(object, Root::Container);
        if (key == QLatin1String("ports") && container) {
            applyPorts(*container, after.toList());
            return true;
        }
        if (key == QLatin1String("env") && container) {
            applyEnv(*container, before.toMap(), after.toMap());
            return true;
        }
        if (key == QLatin1String("healthPath") && container)
            return applyHealthPath(*container, before.toString(), after.toString());
        if (key == QLatin1String("mountPath")) {
            YamlValue *mount = claimMount(object);
            if (!mount || after.toString().isEmpty())
                return false;
            mount->set(k("mountPath"), YamlValue(after.toString()));
            return true;
        }
        return false;
    }
    if (kind == QLatin1String("Service")) {
        if (key == QLatin1String("serviceType")) {
            applyServiceType(object, before.toString(), after.toString());
            return true;
        }
        if (key == QLatin1String("targetPort")) {
            YamlValue *port = rootOf(object, Root::ServicePort);
            if (!port)
                return false;
            if (after.toLongLong() <= 0)
                port->remove(k("targetPort"));
            else
                port->set(k("targetPort"), YamlValue(after.toLongLong()));
            return true;
        }
        return false;
    }
    if (kind == QLatin1String("Ingress")) {
        if (key == QLatin1String("tlsEnabled")) {
            YamlValue &spec = object[k("spec")];
            if (!after.toBool()) {
                spec.remove(k("tls"));
                return true;
            }
            return spec.find(k("tls")) != nullptr; // turning TLS on needs hosts and a secret
        }
        return applyIngress(object, key, before, after);
    }
    if (kind == QLatin1String("Secret") && key == QLatin1String("keys")) {
        applySecretKeys(object, before.toStringList(), after.toStringList());
        return true;
    }
    if (key == QLatin1String("accessMode")) {
        YamlValue &spec = object[k("spec")];
        YamlValue *modes = spec.find(k("accessModes"));
        if (after.toString().isEmpty()) {
            spec.remove(k("accessModes"));
            return true;
        }
        if (!modes || !modes->isSequence() || modes->items().empty()) {
            spec.set(k("accessModes"), YamlValue::strings({after.toString()}));
            return true;
        }
        YamlValue next = YamlValue::sequence();
        next.append(YamlValue(after.toString()));
        for (size_t i = 1; i < modes->items().size(); ++i)
            next.append(modes->items()[i]);
        *modes = std::move(next);
        return true;
    }
    if (kind == QLatin1String("HorizontalPodAutoscaler")) {
        const QString resource = key == QLatin1String("targetCpuUtilization") ? k("cpu")
                                                                              : k("memory");
        YamlValue *target = utilisationTarget(object, resource);
        if (!target || after.toLongLong() <= 0)
            return false;
        *target = YamlValue(after.toLongLong());
        return true;
    }
    if (kind == QLatin1String("NetworkPolicy") && key == QLatin1String("policyTypes")) {
        QStringList types;
        for (const QString &t : after.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            types << t.trimmed();
        YamlValue &spec = object[k("spec")];
        if (types.isEmpty())
            spec.remove(k("policyTypes"));
        else
            spec.set(k("policyTypes"), YamlValue::strings(types));
        return true;
    }
    if (kind == QLatin1String("LimitRange")) {
        YamlValue *limit = containerLimit(object);
        for (const LimitField &f : LimitFields) {
            if (key != QLatin1String(f.key))
                continue;
            if (!limit)
                return false;
            const QString value = after.toString();
            writeAt(
                    *limit, {k(f.section), k(f.resource)},
                    [&](YamlValue &leaf) { leaf = YamlValue(value); }, value.isEmpty());
            return true;
        }
        return false;
    }
    if (kind == QLatin1String("Namespace") && key == QLatin1String("podSecurity")) {
        QVariantMap from, to;
        if (!before.toString().isEmpty())
            from.insert(PodSecurityLabel, before.toString());
        if (!after.toString().isEmpty())
            to.insert(PodSecurityLabel, after.toString());
        applyMapDiff(object[k("metadata")], k("labels"), from, to);
        return true;
    }
    return false;
}

QVariant canonical(const NodeKindInfo *kind, const QString &key, const QVariant &value)
{
    if (isEmptyValue(value))
        return {};
    const PropertySpec *spec = kind ? kind->property(key) : nullptr;
    if (!spec)
        return value;
    const QVariant c = NodeKindCatalog::coerce(*spec, value);
    if (!c.isValid())
        return value; // an invalid value is compared as it is
    return isEmptyValue(c) ? QVariant() : c;
}

} // namespace

bool isWorkloadKind(const QString &kind)
{
    static const QSet<QString> kinds{k("Deployment"), k("StatefulSet"), k("DaemonSet"),
                                     k("ReplicaSet"), k("Job"),         k("CronJob"),
                                     k("Pod")};
    return kinds.contains(kind);
}

bool isClusterScopedKind(const QString &kind)
{
    static const QSet<QString> kinds{k("Namespace"),
                                     k("Node"),
                                     k("PersistentVolume"),
                                     k("StorageClass"),
                                     k("ClusterRole"),
                                     k("ClusterRoleBinding"),
                                     k("PriorityClass"),
                                     k("CustomResourceDefinition"),
                                     k("PodSecurityPolicy"),
                                     k("IngressClass"),
                                     k("ClusterIssuer"),
                                     k("ValidatingWebhookConfiguration"),
                                     k("MutatingWebhookConfiguration"),
                                     k("APIService")};
    return kinds.contains(kind);
}

const YamlValue *podTemplate(const YamlValue &object)
{
    return podTemplate(const_cast<YamlValue &>(object));
}

YamlValue *podTemplate(YamlValue &object)
{
    const QString kind = kindOf(object);
    if (kind == QLatin1String("Pod"))
        return &object;
    if (kind == QLatin1String("CronJob"))
        return child(child(child(child(&object, "spec"), "jobTemplate"), "spec"), "template");
    if (!isWorkloadKind(kind))
        return nullptr;
    return child(child(&object, "spec"), "template");
}

QVariantMap read(const YamlValue &object, const NodeKindInfo *kind)
{
    QVariantMap out;
    if (!kind || !object.isMap())
        return out;
    const QString k8sKind = kindOf(object);
    for (const Binding &b : bindings()) {
        const PropertySpec *spec = kind->property(b.key);
        if (!spec || !appliesTo(b, k8sKind))
            continue;
        const QVariant v = toProperty(walk(rootOf(object, b.root), b.path), spec->type);
        if (!isEmptyValue(v))
            out.insert(b.key, v);
    }
    const QVariantMap special = readSpecial(object, k8sKind);
    for (auto it = special.cbegin(); it != special.cend(); ++it) {
        if (kind->property(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QStringList apply(YamlValue &object, const NodeKindInfo *kind, const QVariantMap &before,
                  const QVariantMap &after)
{
    QStringList refused;
    if (!kind || !object.isMap())
        return refused;
    const QString k8sKind = kindOf(object);
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const PropertySpec *spec = kind->property(key);
        if (!spec || key == QLatin1String("namespace"))
            continue;
        const QVariant from = canonical(kind, key, before.value(key));
        const QVariant to = canonical(kind, key, after.value(key));
        if (from == to)
            continue;
        bool done = false;
        for (const Binding &b : bindings()) {
            if (b.key != key || !appliesTo(b, k8sKind))
                continue;
            YamlValue *root = rootOf(object, b.root);
            if (!root)
                break;
            if (spec->type == PropertyType::StringMap) {
                QStringList parentPath = b.path;
                const QString last = parentPath.takeLast();
                YamlValue *parent = root;
                for (const QString &step : std::as_const(parentPath))
                    parent = &(*parent)[step];
                applyMapDiff(*parent, last, from.toMap(), to.toMap());
            } else {
                const YamlValue *old = walk(root, b.path);
                const YamlValue value = to.isValid() ? toYaml(to, spec->type, old) : YamlValue();
                writeAt(
                        *root, b.path, [&](YamlValue &leaf) { leaf = value; }, !to.isValid());
            }
            done = true;
            break;
        }
        if (!done)
            done = applySpecial(object, k8sKind, key, from, to);
        if (!done)
            refused << key;
    }
    return refused;
}

QVariantMap readManifest(const QString &manifest, const NodeKindInfo *kind)
{
    QVariantMap out;
    bool found = false;
    (void)forEachYamlDocument(manifest.toUtf8(), QString(), {},
                              [&](YamlValue &&doc, int, int, QByteArrayView) -> Status {
                                  if (!found && doc.isMap()) {
                                      found = true;
                                      out = read(doc, kind);
                                  }
                                  return {};
                              });
    return out;
}

QVariantMap rebase(const QString &oldManifest, const QString &newManifest, const NodeKindInfo *kind,
                   const QVariantMap &current)
{
    QVariantMap out;
    if (!kind)
        return out;
    const QVariantMap before = readManifest(oldManifest, kind);
    const QVariantMap after = readManifest(newManifest, kind);
    for (const PropertySpec &spec : kind->properties) {
        const QVariant mine = current.value(spec.key);
        const bool untouched = canonical(kind, spec.key, mine)
                               == canonical(kind, spec.key, before.value(spec.key));
        const QVariant value = untouched ? after.value(spec.key) : mine;
        if (!isEmptyValue(value))
            out.insert(spec.key, value);
    }
    return out;
}

} // namespace kg::io::ObjectProperties
