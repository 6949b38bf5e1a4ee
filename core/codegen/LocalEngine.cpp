#include "codegen/LocalEngine.h"

#include "codegen/DnsNames.h"
#include "codegen/EdgeWiring.h"
#include "codegen/EngineModel.h"
#include "codegen/OutputLayouts.h"
#include "io/ImportedNode.h"

#include <QRunnable>
#include <QSet>

#include <algorithm>

namespace kg {

using namespace engine;

namespace {

bool isLabelName(const QString &s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    auto alnum = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    };
    if (!alnum(s.front()) || !alnum(s.back()))
        return false;
    for (const QChar c : s) {
        if (!alnum(c) && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool isLabelKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return isLabelName(key);
    const QString prefix = key.left(slash);
    if (prefix.isEmpty() || prefix.size() > 253)
        return false;
    const QStringList parts = prefix.split(QLatin1Char('.'));
    for (const QString &p : parts) {
        if (!DnsNames::isLabel(p))
            return false;
    }
    return isLabelName(key.mid(slash + 1));
}

int languagePort(const QString &language)
{
    const QString l = language.trimmed().toLower();
    if (l == QLatin1String("node") || l == QLatin1String("nodejs")
        || l == QLatin1String("javascript") || l == QLatin1String("typescript")
        || l == QLatin1String("ruby"))
        return 3000;
    if (l == QLatin1String("python"))
        return 8000;
    return 8080;
}

QList<int> toPorts(const QVariant &v)
{
    QList<int> out;
    const QVariantList list = v.toList();
    for (const QVariant &p : list) {
        const int port = p.toInt();
        if (port > 0 && port < 65536 && !out.contains(port))
            out.append(port);
    }
    return out;
}

// Reads one node: catalog kind, effective property values (wrong types and out-of-range values
// fall back to the default, reported), name, data engine and ports.
void resolveNode(EngineContext &ctx, EngineNode &n)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    n.info = catalog.kind(n.node->kind);
    n.kind = n.info ? n.info->id : catalog.normalizeKindId(n.node->kind);
    n.props = n.node->properties; // unknown keys are kept for the builders that read them
    QString fallbackName = n.kind.toLower();
    fallbackName.replace(QLatin1Char('_'), QLatin1Char('-'));
    n.baseName = DnsNames::toLabel(n.node->name, DnsNames::MaxLabelLength,
                                   DnsNames::toLabel(n.node->id, DnsNames::MaxLabelLength,
                                                     fallbackName));
    if (io::ImportedNode::isImported(*n.node))
        readImported(ctx, n);
    if (n.baseName != n.node->name && !n.imported)
        ctx.info(QStringLiteral("assumption"), n,
                 n.node->name.isEmpty()
                         ? EngineContext::tr("has no name; named %1").arg(n.baseName)
                         : EngineContext::tr("name \"%1\" is not a DNS-1123 name; using %2")
                                   .arg(n.node->name, n.baseName));
    if (!n.info)
        return;
    for (const PropertySpec &spec : n.info->properties) {
        const auto it = n.node->properties.constFind(spec.key);
        if (it == n.node->properties.constEnd() || !it->isValid() || it->isNull()) {
            n.props.insert(spec.key, spec.defaultValue);
            n.defaulted << spec.key;
            continue;
        }
        const QString problem = NodeKindCatalog::validateValue(spec, *it);
        if (!problem.isEmpty()) {
            n.props.insert(spec.key, spec.defaultValue);
            n.defaulted << spec.key;
            const bool isList = spec.type == PropertyType::StringList
                                || spec.type == PropertyType::IntList;
            const QString shown = isList ? QLatin1Char('[')
                                                   + spec.defaultValue.toStringList().join(
                                                           QStringLiteral(", "))
                                                   + QLatin1Char(']')
                                         : spec.defaultValue.toString();
            ctx.warn(n, EngineContext::tr("%1; using the default %2").arg(problem, shown));
            continue;
        }
        n.props.insert(spec.key, NodeKindCatalog::coerce(spec, *it));
    }
    // Labels the API server would refuse are dropped here, once, for every object of the node.
    const QVariantMap labels = n.map(QStringLiteral("labels"));
    QVariantMap valid;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const QString value = it.value().toString();
        if (isLabelKey(it.key()) && (value.isEmpty() || isLabelName(value)))
            valid.insert(it.key(), value);
        else
            ctx.warn(n, EngineContext::tr("label %1=%2 is not a valid Kubernetes label; left out")
                                .arg(it.key(), value));
    }
    n.props.insert(QStringLiteral("labels"), valid);

    if (n.hasRole(KindRole::DataService))
        n.external = n.flag(QStringLiteral("external"))
                     || !n.node->properties.value(QStringLiteral("dependencyType"))
                                 .toString()
                                 .isEmpty();
    if (n.isKind("PROXY"))
        n.engineName = n.str(QStringLiteral("proxyType"));
    else if (n.isKind("MONITORING"))
        n.engineName = n.str(QStringLiteral("monitoringType"));
    else if (n.hasRole(KindRole::DataService))
        n.engineName = n.str(QStringLiteral("engine"));

    if (n.hasRole(KindRole::DataService)) {
        const int port = int(n.integer(QStringLiteral("port")));
        n.ports = {port > 0 ? port : standardPort(n.engineName)};
        if (n.isKind("MESSAGE_QUEUE") && n.engineName == QLatin1String("rabbitmq") && !n.external)
            n.ports.append(15672);
    } else if (n.isKind("PROXY") || n.isKind("MONITORING") || n.isKind("SERVICE")
               || n.isKind("LOAD_BALANCER") || n.isKind("EXTERNAL_DEPENDENCY")) {
        n.ports = {int(n.integer(QStringLiteral("port")))};
    } else if (n.hasRole(KindRole::Workload)) {
        n.ports = toPorts(n.props.value(QStringLiteral("ports")));
        if (n.ports.isEmpty() && n.isKind("MICROSERVICE")) {
            n.ports = {languagePort(n.str(QStringLiteral("language")))};
            ctx.info(QStringLiteral("assumption"), n,
                     EngineContext::tr("no port given; assuming %1 (usual for %2)")
                             .arg(n.ports.first())
                             .arg(n.str(QStringLiteral("language")).isEmpty()
                                          ? EngineContext::tr("web services")
                                          : n.str(QStringLiteral("language"))));
        }
    }
}

struct PlannedObject
{
    QString kind;
    QString suffix;
};

// The objects a node will make, so that all their names are claimed together.
QList<PlannedObject> plannedObjects(const EngineContext &ctx, const EngineNode &n)
{
    QList<PlannedObject> out;
    if (n.runsPods())
        out.append({QStringLiteral("pods"), QString()});
    const bool ownService = n.needsOwnService && !n.ports.isEmpty();
    auto svc = [&] {
        out.append({QStringLiteral("Service"), QString()});
    };
    static const QHash<QString, QString> simple{
            {QStringLiteral("SERVICE"), QStringLiteral("Service")},
            {QStringLiteral("LOAD_BALANCER"), QStringLiteral("Service")},
            {QStringLiteral("EXTERNAL_DEPENDENCY"), QStringLiteral("Service")},
            {QStringLiteral("INGRESS"), QStringLiteral("Ingress")},
            {QStringLiteral("GATEWAY"), QStringLiteral("Ingress")},
            {QStringLiteral("CONFIGMAP"), QStringLiteral("ConfigMap")},
            {QStringLiteral("SECRET"), QStringLiteral("Secret")},
            {QStringLiteral("PERSISTENTVOLUMECLAIM"), QStringLiteral("PersistentVolumeClaim")},
            {QStringLiteral("STORAGECLASS"), QStringLiteral("StorageClass")},
            {QStringLiteral("PERSISTENTVOLUME"), QStringLiteral("PersistentVolume")},
            {QStringLiteral("SERVICEACCOUNT"), QStringLiteral("ServiceAccount")},
            {QStringLiteral("ROLE"), QStringLiteral("Role")},
            {QStringLiteral("CLUSTERROLE"), QStringLiteral("ClusterRole")},
            {QStringLiteral("ROLEBINDING"), QStringLiteral("RoleBinding")},
            {QStringLiteral("CLUSTERROLEBINDING"), QStringLiteral("ClusterRoleBinding")},
            {QStringLiteral("HORIZONTALPODAUTOSCALER"), QStringLiteral("HorizontalPodAutoscaler")},
            {QStringLiteral("PODDISRUPTIONBUDGET"), QStringLiteral("PodDisruptionBudget")},
            {QStringLiteral("NETWORKPOLICY"), QStringLiteral("NetworkPolicy")},
            {QStringLiteral("RESOURCEQUOTA"), QStringLiteral("ResourceQuota")},
            {QStringLiteral("LIMITRANGE"), QStringLiteral("LimitRange")},
            {QStringLiteral("PRIORITYCLASS"), QStringLiteral("PriorityClass")},
            {QStringLiteral("NAMESPACE"), QStringLiteral("Namespace")},
            {QStringLiteral("DEPLOYMENT"), QStringLiteral("Deployment")},
            {QStringLiteral("DAEMONSET"), QStringLiteral("DaemonSet")},
            {QStringLiteral("JOB"), QStringLiteral("Job")},
            {QStringLiteral("CRONJOB"), QStringLiteral("CronJob")},
            {QStringLiteral("POD"), QStringLiteral("Pod")},
    };
    const auto it = simple.constFind(n.kind);
    if (it != simple.constEnd()) {
        out.append({*it, QString()});
        if (n.hasRole(KindRole::Workload) && ownService)
            svc();
    } else if (n.isKind("STATEFULSET")) {
        out.append({QStringLiteral("StatefulSet"), QString()});
        svc();
    } else if (n.isKind("MICROSERVICE")) {
        out.append({QStringLiteral("Deployment"), QString()});
        svc();
    } else if (n.isKind("PROXY") || n.isKind("MONITORING")) {
        out.append({QStringLiteral("Deployment"), QString()});
        out.append({QStringLiteral("ConfigMap"), QStringLiteral("-config")});
        svc();
    } else if (n.hasRole(KindRole::DataService)) {
        svc();
        if (!n.external) {
            const bool persistent = !n.isKind("CACHE") || n.flag(QStringLiteral("persistence"));
            out.append({persistent ? QStringLiteral("StatefulSet") : QStringLiteral("Deployment"),
                        QString()});
            if (n.isKind("DATABASE")
                || (n.isKind("MESSAGE_QUEUE") && n.engineName == QLatin1String("rabbitmq")))
                out.append({QStringLiteral("Secret"), QStringLiteral("-credentials")});
        }
    }
    if (ctx.options.networkPolicies && n.runsPods() && (n.incomingFlows > 0 || n.openToOutside))
        out.append({QStringLiteral("NetworkPolicy"), QStringLiteral("-allow")});
    return out;
}

QString scopeOf(const EngineNode &n, const QString &kind)
{
    return n.ns + QLatin1Char('/') + kind;
}

void grantName(EngineContext &ctx, NameRegistry &registry, EngineNode &n)
{
    const QList<PlannedObject> objects = plannedObjects(ctx, n);
    QStringList scopes, suffixes;
    for (const PlannedObject &o : objects) {
        scopes << scopeOf(n, o.kind);
        suffixes << o.suffix;
    }
    if (objects.isEmpty()) {
        n.name = n.baseName;
        return;
    }
    n.name = registry.claim(n.baseName, scopes, suffixes);
    if (n.name != n.baseName)
        ctx.warn(n, EngineContext::tr("the name %1 is already used in %2; renamed to %3")
                            .arg(n.baseName,
                                 n.ns.isEmpty() ? EngineContext::tr("the cluster")
                                                : EngineContext::tr("namespace %1").arg(n.ns),
                                 n.name));
}

// An imported node's objects keep their own names; they are claimed in the registry (the kinds
// they really have) so that nodes drawn from the palette steer clear of them.
void claimImported(NameRegistry &registry, EngineNode &n, const QString &name, const QString &ns)
{
    n.name = name;
    QStringList scopes, suffixes;
    for (const YamlValue &object : n.baseObjects) {
        const YamlValue *kind = object.find(QStringLiteral("kind"));
        scopes << ns + QLatin1Char('/') + (kind ? kind->scalarText() : QString());
        suffixes << QString();
    }
    if (!scopes.isEmpty())
        registry.claim(name, scopes, suffixes);
}

bool before(const EngineNode &a, const EngineNode &b)
{
    if (a.ns != b.ns)
        return a.ns < b.ns;
    if (a.baseName != b.baseName)
        return a.baseName < b.baseName;
    return a.node->id < b.node->id;
}

void reportSkipped(EngineContext &ctx, const EngineNode &n)
{
    if (!n.info) {
        ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &n,
                EngineContext::tr("unknown kind \"%1\"; no object generated").arg(n.node->kind));
    } else {
        ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &n,
                EngineContext::tr("%1 is not generated by the local engine (%2)")
                        .arg(n.info->displayName, n.info->description));
    }
}

} // namespace

LocalEngine::LocalEngine(QObject *parent)
    : GenerationBackend(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<kg::GenerationResult>();
    qRegisterMetaType<kg::Error>();
    m_pool.setMaxThreadCount(1);
}

LocalEngine::~LocalEngine()
{
    m_cancelled->store(true);
    m_pool.waitForDone();
}

QString LocalEngine::id() const
{
    return QStringLiteral("local");
}

QStringList LocalEngine::layouts()
{
    return {QStringLiteral("files"), QStringLiteral("single"), QStringLiteral("kustomize"),
            QStringLiteral("helm")};
}

QString LocalEngine::layoutDisplayName(const QString &layout)
{
    if (layout == QLatin1String("files"))
        return tr("One file per resource");
    if (layout == QLatin1String("single"))
        return tr("One multi-document file");
    if (layout == QLatin1String("kustomize"))
        return tr("Kustomize base");
    if (layout == QLatin1String("helm"))
        return tr("Helm chart");
    return layout;
}

bool LocalEngine::isRunning() const
{
    return m_running;
}

void LocalEngine::cancel()
{
    m_cancelled->store(true);
}

void LocalEngine::start(const GraphData &graph, const GenerationOptions &options)
{
    if (m_running) {
        Q_EMIT failed(Error(EngineContext::tr("a generation is already running")));
        return;
    }
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_pool.start([this, graph, options, cancelled]() {
        const auto progress = [this](int percent, const QString &step) {
            // Queued: delivered on the engine's thread; dropped if the engine is gone.
            QMetaObject::invokeMethod(
                    this, [this, percent, step] { Q_EMIT this->progress(percent, step); },
                    Qt::QueuedConnection);
        };
        Result<GenerationResult> result = generate(graph, options, cancelled.get(), progress);
        QMetaObject::invokeMethod(
                this, [this, result] { finishRun(result); }, Qt::QueuedConnection);
    });
}

void LocalEngine::finishRun(const Result<GenerationResult> &result)
{
    m_running = false;
    if (result.ok())
        Q_EMIT succeeded(result.value());
    else
        Q_EMIT failed(result.error());
}

Result<GenerationResult> LocalEngine::generate(const GraphData &graph,
                                               const GenerationOptions &options)
{
    return generate(graph, options, nullptr, {});
}

Result<GenerationResult> LocalEngine::generate(const GraphData &graph,
                                               const GenerationOptions &options,
                                               const std::atomic_bool *cancelled,
                                               const ProgressCallback &progress)
{
    if (!layouts().contains(options.layout))
        return Error(EngineContext::tr("unknown layout \"%1\"; use one of: %2")
                             .arg(options.layout, layouts().join(QStringLiteral(", "))));
    auto step = [&](int percent, const QString &name) {
        if (progress)
            progress(percent, name);
        return !(cancelled && cancelled->load());
    };
    const Error cancelError(EngineContext::tr("generation cancelled"));

    EngineContext ctx(graph, options);
    ctx.report.backend = QStringLiteral("local");
    ctx.report.graphName = graph.name;
    ctx.report.layout = options.layout;

    if (!step(5, EngineContext::tr("Reading nodes")))
        return cancelError;
    ctx.nodes.resize(size_t(graph.nodes.size()));
    ctx.byId.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        EngineNode &n = ctx.nodes[size_t(i)];
        n.node = &graph.nodes.at(i);
        n.index = int(i);
        ctx.byId.insert(n.node->id, int(i));
        resolveNode(ctx, n);
    }

    // Namespaces first: the nodes inside them take their granted names.
    NameRegistry registry;
    std::vector<int> order(ctx.nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    auto sortOrder = [&] {
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return before(ctx.nodes[size_t(a)], ctx.nodes[size_t(b)]); });
    };
    sortOrder();
    // Imported objects keep their names: they are claimed before anything else, so that a node
    // drawn from the palette never takes one of them.
    for (const int i : order) {
        EngineNode &n = ctx.nodes[size_t(i)];
        if (n.imported && n.isKind("NAMESPACE"))
            claimImported(registry, n, importedName(n), QString());
    }
    for (const int i : order) {
        EngineNode &n = ctx.nodes[size_t(i)];
        if (n.isKind("NAMESPACE") && !n.imported)
            grantName(ctx, registry, n);
    }
    for (EngineNode &n : ctx.nodes) {
        if (n.imported) {
            if (!n.isKind("NAMESPACE"))
                n.ns = importedNamespace(ctx, n);
            continue;
        }
        if (!n.info || n.hasRole(KindRole::ClusterScoped))
            continue;
        const auto parent = ctx.byId.constFind(n.node->parent);
        if (parent != ctx.byId.constEnd() && ctx.nodes.at(size_t(*parent)).isKind("NAMESPACE")) {
            n.ns = ctx.nodes.at(size_t(*parent)).name;
            continue;
        }
        const QString own = n.str(QStringLiteral("namespace")).trimmed();
        if (own.isEmpty()) {
            n.ns = QStringLiteral("default");
            continue;
        }
        n.ns = DnsNames::toLabel(own);
        if (n.ns != own)
            ctx.info(QStringLiteral("assumption"), n,
                     EngineContext::tr("namespace \"%1\" is not a DNS-1123 name; using %2")
                             .arg(own, n.ns));
    }

    if (!step(20, EngineContext::tr("Wiring edges")))
        return cancelError;
    EdgeWiring::wire(ctx);
    EdgeWiring::recordFlows(ctx);

    if (!step(35, EngineContext::tr("Naming objects")))
        return cancelError;
    sortOrder(); // namespaces may have changed (quotas bound to a namespace node)
    for (const int i : order) {
        EngineNode &n = ctx.nodes[size_t(i)];
        if (n.imported && !n.isKind("NAMESPACE"))
            claimImported(registry, n, importedName(n), n.ns);
    }
    QSet<QString> valuesKeys;
    for (const int i : order) {
        EngineNode &n = ctx.nodes[size_t(i)];
        if (n.imported)
            continue;
        if (!n.isKind("NAMESPACE"))
            grantName(ctx, registry, n);
        // Helm values: images, replicas and resources of pods, hosts of Ingresses.
        if (!n.runsPods() && !n.hasRole(KindRole::IngressFront))
            continue;
        QString key = DnsNames::toIdentifier(n.name);
        for (int k = 2; valuesKeys.contains(key); ++k)
            key = DnsNames::toIdentifier(n.name) + QString::number(k);
        valuesKeys.insert(key);
        n.valuesKey = key;
    }
    EdgeWiring::assignSelectionLabels(ctx);

    if (!step(50, EngineContext::tr("Building objects")))
        return cancelError;
    ctx.manifests.reserve(ctx.nodes.size() * 2);
    for (const int i : order) {
        EngineNode &n = ctx.nodes[size_t(i)];
        if (n.imported) {
            buildImported(ctx, n);
            continue;
        }
        const KindBuilder build = n.info && n.info->generates ? builderFor(n.kind) : nullptr;
        if (!build) {
            reportSkipped(ctx, n);
            continue;
        }
        build(ctx, n);
        if (cancelled && cancelled->load())
            return cancelError;
    }
    if (options.networkPolicies)
        buildFlowPolicies(ctx);

    std::stable_sort(ctx.manifests.begin(), ctx.manifests.end(),
                     [](const Manifest &a, const Manifest &b) {
                         if (a.ns != b.ns)
                             return a.ns < b.ns;
                         const int ka = kindOrder(a.kind), kb = kindOrder(b.kind);
                         if (ka != kb)
                             return ka < kb;
                         return a.name < b.name;
                     });

    if (!step(75, EngineContext::tr("Writing %1 layout").arg(options.layout)))
        return cancelError;
    GenerationResult result;
    result.artifacts = OutputLayouts::render(ctx);
    result.report = std::move(ctx.report);
    step(100, EngineContext::tr("Done"));
    return result;
}

} // namespace kg
