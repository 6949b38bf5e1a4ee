#include "codegen/EngineModel.h"

#include "codegen/DnsNames.h"

namespace kg::engine {

bool EngineNode::runsPods() const
{
    if (!info || !info->generates)
        return false;
    if (hasRole(KindRole::DataService))
        return !external;
    return hasRole(KindRole::Workload);
}

int kindOrder(const QString &k8sKind)
{
    static const QStringList order{
            QStringLiteral("Namespace"),
            QStringLiteral("PriorityClass"),
            QStringLiteral("StorageClass"),
            QStringLiteral("PersistentVolume"),
            QStringLiteral("ClusterRole"),
            QStringLiteral("ClusterRoleBinding"),
            QStringLiteral("ResourceQuota"),
            QStringLiteral("LimitRange"),
            QStringLiteral("NetworkPolicy"),
            QStringLiteral("ServiceAccount"),
            QStringLiteral("Role"),
            QStringLiteral("RoleBinding"),
            QStringLiteral("Secret"),
            QStringLiteral("ConfigMap"),
            QStringLiteral("PersistentVolumeClaim"),
            QStringLiteral("Service"),
            QStringLiteral("Deployment"),
            QStringLiteral("StatefulSet"),
            QStringLiteral("DaemonSet"),
            QStringLiteral("Job"),
            QStringLiteral("CronJob"),
            QStringLiteral("Pod"),
            QStringLiteral("HorizontalPodAutoscaler"),
            QStringLiteral("PodDisruptionBudget"),
            QStringLiteral("Ingress"),
    };
    const qsizetype i = order.indexOf(k8sKind);
    return i < 0 ? int(order.size()) : int(i);
}

KindBuilder builderFor(const QString &kind)
{
    static const QHash<QString, KindBuilder> builders{
            {QStringLiteral("DEPLOYMENT"), &buildWorkload},
            {QStringLiteral("STATEFULSET"), &buildWorkload},
            {QStringLiteral("DAEMONSET"), &buildWorkload},
            {QStringLiteral("JOB"), &buildWorkload},
            {QStringLiteral("CRONJOB"), &buildWorkload},
            {QStringLiteral("POD"), &buildWorkload},
            {QStringLiteral("MICROSERVICE"), &buildWorkload},
            {QStringLiteral("DATABASE"), &buildDataService},
            {QStringLiteral("CACHE"), &buildDataService},
            {QStringLiteral("MESSAGE_QUEUE"), &buildDataService},
            {QStringLiteral("SERVICE"), &buildService},
            {QStringLiteral("INGRESS"), &buildIngress},
            {QStringLiteral("GATEWAY"), &buildIngress},
            {QStringLiteral("LOAD_BALANCER"), &buildLoadBalancer},
            {QStringLiteral("EXTERNAL_DEPENDENCY"), &buildExternal},
            {QStringLiteral("NETWORKPOLICY"), &buildNetworkPolicy},
            {QStringLiteral("PROXY"), &buildProxy},
            {QStringLiteral("MONITORING"), &buildMonitoring},
            {QStringLiteral("CONFIGMAP"), &buildConfig},
            {QStringLiteral("SECRET"), &buildConfig},
            {QStringLiteral("PERSISTENTVOLUMECLAIM"), &buildStorage},
            {QStringLiteral("STORAGECLASS"), &buildStorage},
            {QStringLiteral("PERSISTENTVOLUME"), &buildStorage},
            {QStringLiteral("SERVICEACCOUNT"), &buildAccessControl},
            {QStringLiteral("ROLE"), &buildAccessControl},
            {QStringLiteral("CLUSTERROLE"), &buildAccessControl},
            {QStringLiteral("ROLEBINDING"), &buildAccessControl},
            {QStringLiteral("CLUSTERROLEBINDING"), &buildAccessControl},
            {QStringLiteral("HORIZONTALPODAUTOSCALER"), &buildPolicy},
            {QStringLiteral("PODDISRUPTIONBUDGET"), &buildPolicy},
            {QStringLiteral("RESOURCEQUOTA"), &buildPolicy},
            {QStringLiteral("LIMITRANGE"), &buildPolicy},
            {QStringLiteral("PRIORITYCLASS"), &buildPolicy},
            {QStringLiteral("NAMESPACE"), &buildNamespace},
    };
    return builders.value(kind, nullptr);
}

EngineContext::EngineContext(const GraphData &graphData, const GenerationOptions &generationOptions)
    : graph(graphData)
    , options(generationOptions)
{
    partOf = DnsNames::toLabel(graph.name, DnsNames::MaxLabelLength, QStringLiteral("kubegram"));
}

void EngineContext::add(ReportItem::Severity severity, const QString &category,
                        const EngineNode *node, const QString &message)
{
    ReportItem item;
    item.severity = severity;
    item.category = category;
    item.nodeId = node ? node->node->id : QString();
    item.message = node ? QStringLiteral("%1: %2").arg(node->name.isEmpty() ? node->baseName
                                                                            : node->name,
                                                       message)
                        : message;
    report.items.append(std::move(item));
}

YamlValue EngineContext::labels(const EngineNode &node) const
{
    // Values are completed before they are inserted: a reference into a map does not survive
    // the next insertion.
    const bool helm = options.layout == QLatin1String("helm");
    YamlValue instance(partOf);
    YamlValue part(partOf);
    YamlValue managed(QStringLiteral("kubegram-desktop"));
    if (helm) {
        instance.setHelmExpression(QStringLiteral(".Release.Name | quote"));
        part.setHelmExpression(QStringLiteral("include \"%1.name\" . | quote").arg(partOf));
        managed.setHelmExpression(QStringLiteral(".Release.Service | quote"));
    }
    QString component = node.kind.toLower();
    component.replace(QLatin1Char('_'), QLatin1Char('-'));
    YamlValue l = YamlValue::map();
    l.set(QStringLiteral("app.kubernetes.io/name"), node.name);
    l.set(QStringLiteral("app.kubernetes.io/instance"), std::move(instance));
    l.set(QStringLiteral("app.kubernetes.io/component"), component);
    l.set(QStringLiteral("app.kubernetes.io/part-of"), std::move(part));
    l.set(QStringLiteral("app.kubernetes.io/managed-by"), std::move(managed));
    const QVariantMap own = node.map(QStringLiteral("labels"));
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        if (!l.find(it.key()))
            l.set(it.key(), it.value().toString());
    }
    return l;
}

YamlValue EngineContext::selectorLabels(const EngineNode &node) const
{
    if (node.imported && node.podSelector.isMap() && !node.podSelector.isEmptyCollection())
        return node.podSelector; // the labels its pods really carry
    YamlValue instance(partOf);
    if (options.layout == QLatin1String("helm"))
        instance.setHelmExpression(QStringLiteral(".Release.Name | quote"));
    YamlValue l = YamlValue::map();
    l.set(QStringLiteral("app.kubernetes.io/name"), node.name);
    l.set(QStringLiteral("app.kubernetes.io/instance"), std::move(instance));
    return l;
}

QString EngineContext::selectionLabelKey(const EngineNode &front)
{
    QString kind = front.kind.toLower();
    kind.remove(QLatin1Char('_'));
    return QStringLiteral("%1.kubegram.dev/%2").arg(kind, front.name);
}

YamlValue EngineContext::selectorFor(const EngineNode &front, const std::vector<int> &pods) const
{
    if (pods.size() == 1)
        return selectorLabels(nodes.at(size_t(pods.front())));
    YamlValue l = YamlValue::map();
    if (!pods.empty())
        l.set(selectionLabelKey(front), QStringLiteral("true"));
    return l;
}

YamlValue EngineContext::object(const QString &apiVersion, const QString &kind, YamlValue metadata)
{
    YamlValue o = YamlValue::map();
    o.set(QStringLiteral("apiVersion"), apiVersion);
    o.set(QStringLiteral("kind"), kind);
    o.set(QStringLiteral("metadata"), std::move(metadata));
    return o;
}

Endpoint EngineContext::endpoint(const EngineNode &target, const EngineNode &consumer) const
{
    Endpoint e;
    auto qualified = [&](const QString &name) {
        if (target.ns == consumer.ns || target.ns.isEmpty())
            return name;
        return QStringLiteral("%1.%2.svc").arg(name, target.ns);
    };
    if (target.isKind("SERVICE") || target.isKind("LOAD_BALANCER")) {
        e.host = qualified(target.name);
        e.port = int(target.integer(QStringLiteral("port")));
        e.scheme = QStringLiteral("http");
        return e;
    }
    if (target.isKind("EXTERNAL_DEPENDENCY") || target.external) {
        e.host = target.str(QStringLiteral("host"));
        if (e.host.isEmpty())
            e.host = qualified(target.name);
        e.port = target.ports.value(0);
        e.scheme = target.isKind("EXTERNAL_DEPENDENCY") ? target.str(QStringLiteral("scheme"))
                                                        : QString();
    } else {
        e.host = qualified(target.name);
        e.port = target.ports.value(0);
    }
    if (target.hasRole(KindRole::DataService)) {
        static const QHash<QString, QString> schemes{
                {QStringLiteral("postgresql"), QStringLiteral("postgresql")},
                {QStringLiteral("mysql"), QStringLiteral("mysql")},
                {QStringLiteral("mariadb"), QStringLiteral("mysql")},
                {QStringLiteral("mongodb"), QStringLiteral("mongodb")},
                {QStringLiteral("redis"), QStringLiteral("redis")},
                {QStringLiteral("rabbitmq"), QStringLiteral("amqp")},
                {QStringLiteral("nats"), QStringLiteral("nats")},
        };
        e.scheme = schemes.value(target.engineName);
        if (target.isKind("DATABASE"))
            e.path = target.str(QStringLiteral("databaseName"));
    } else if (target.hasRole(KindRole::Workload)) {
        e.scheme = QStringLiteral("http");
    }
    return e;
}

std::vector<int> EngineContext::podsBehind(const EngineNode &node) const
{
    if (node.runsPods())
        return {node.index};
    std::vector<int> out;
    if (node.isKind("SERVICE") || node.isKind("LOAD_BALANCER")) {
        for (const Link &l : node.links) {
            if (l.effect != Effect::Select)
                continue;
            const EngineNode &t = nodes.at(size_t(l.other));
            for (const int p : podsBehind(t)) {
                if (std::find(out.begin(), out.end(), p) == out.end())
                    out.push_back(p);
            }
        }
    }
    return out;
}

std::vector<int> EngineContext::targets(const EngineNode &node, Effect effect) const
{
    std::vector<int> out;
    for (const Link &l : node.links) {
        if (l.effect == effect)
            out.push_back(l.other);
    }
    return out;
}

YamlValue EngineContext::metadata(const EngineNode &node, const QString &name, bool namespaced) const
{
    YamlValue m = YamlValue::map();
    m.set(QStringLiteral("name"), name);
    if (namespaced)
        m.set(QStringLiteral("namespace"), node.ns);
    m.set(QStringLiteral("labels"), labels(node));
    return m;
}

void EngineContext::emit(const EngineNode &node, const QString &apiVersion, const QString &kind,
                         const QString &name, YamlValue body, bool namespaced)
{
    Manifest m;
    m.node = node.index;
    m.apiVersion = apiVersion;
    m.kind = kind;
    m.name = name;
    m.ns = namespaced ? node.ns : QString();
    m.body = std::move(body);
    manifests.push_back(std::move(m));
}

} // namespace kg::engine
