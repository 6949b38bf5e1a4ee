// Scaling and policy kinds (HPA, PDB, quotas, limit ranges, priority classes) and namespaces.
#include "codegen/EngineModel.h"

namespace kg::engine {

namespace {

// The apps/v1 kind a node's pods are managed by, or empty.
QString controllerKind(const EngineNode &n)
{
    if (n.isKind("DEPLOYMENT") || n.isKind("MICROSERVICE") || n.isKind("PROXY")
        || n.isKind("MONITORING"))
        return QStringLiteral("Deployment");
    if (n.isKind("STATEFULSET") || n.isKind("DATABASE") || n.isKind("MESSAGE_QUEUE"))
        return QStringLiteral("StatefulSet");
    if (n.isKind("CACHE"))
        return n.flag(QStringLiteral("persistence")) ? QStringLiteral("StatefulSet")
                                                     : QStringLiteral("Deployment");
    return {};
}

YamlValue intOrString(const QString &v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (ok)
        return YamlValue(n);
    return YamlValue(v.trimmed());
}

bool validIntOrPercent(const QString &v)
{
    QString s = v.trimmed();
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 0;
}

const EngineNode *singleTarget(EngineContext &ctx, const EngineNode &node)
{
    const std::vector<int> targets = ctx.targets(node, Effect::Scale);
    if (targets.empty()) {
        ctx.warn(node, EngineContext::tr("is connected to no workload; none is generated"));
        return nullptr;
    }
    if (targets.size() > 1)
        ctx.warn(node, EngineContext::tr("is connected to %1 workloads; only %2 is used")
                               .arg(targets.size())
                               .arg(ctx.nodes.at(size_t(targets.front())).name));
    return &ctx.nodes.at(size_t(targets.front()));
}

} // namespace

void buildPolicy(EngineContext &ctx, EngineNode &node)
{
    const QString name = node.name;
    if (node.isKind("HORIZONTALPODAUTOSCALER")) {
        const EngineNode *target = singleTarget(ctx, node);
        if (!target)
            return;
        const QString kind = controllerKind(*target);
        if (kind.isEmpty()) {
            ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &node,
                    EngineContext::tr("%1 is a %2, which cannot be scaled; no autoscaler generated")
                            .arg(target->name, target->kind));
            return;
        }
        qint64 minR = node.integer(QStringLiteral("minReplicas"));
        qint64 maxR = node.integer(QStringLiteral("maxReplicas"));
        if (maxR < minR) {
            ctx.warn(node, EngineContext::tr("max replicas %1 is below min replicas %2; using %2")
                                   .arg(maxR)
                                   .arg(minR));
            maxR = minR;
        }
        YamlValue o = EngineContext::object(QStringLiteral("autoscaling/v2"),
                                            QStringLiteral("HorizontalPodAutoscaler"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        YamlValue &ref = spec[QStringLiteral("scaleTargetRef")];
        ref.set(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
        ref.set(QStringLiteral("kind"), kind);
        ref.set(QStringLiteral("name"), target->name);
        spec.set(QStringLiteral("minReplicas"), minR);
        spec.set(QStringLiteral("maxReplicas"), maxR);
        qint64 cpu = node.integer(QStringLiteral("targetCpuUtilization"));
        const qint64 memory = node.integer(QStringLiteral("targetMemoryUtilization"));
        if (cpu <= 0 && memory <= 0) {
            cpu = 70;
            ctx.info(QStringLiteral("assumption"), node,
                     EngineContext::tr("no scaling metric set; scales on 70% CPU"));
        }
        YamlValue &metrics = spec.set(QStringLiteral("metrics"), YamlValue::sequence());
        auto metric = [&](const QString &resource, qint64 value) {
            YamlValue m = YamlValue::map();
            m.set(QStringLiteral("type"), QStringLiteral("Resource"));
            YamlValue &r = m[QStringLiteral("resource")];
            r.set(QStringLiteral("name"), resource);
            YamlValue &t = r[QStringLiteral("target")];
            t.set(QStringLiteral("type"), QStringLiteral("Utilization"));
            t.set(QStringLiteral("averageUtilization"), value);
            metrics.append(std::move(m));
        };
        if (cpu > 0)
            metric(QStringLiteral("cpu"), cpu);
        if (memory > 0)
            metric(QStringLiteral("memory"), memory);
        ctx.emit(node, QStringLiteral("autoscaling/v2"), QStringLiteral("HorizontalPodAutoscaler"),
                 name, std::move(o));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr("the autoscaler owns the replica count of %1").arg(target->name));
        return;
    }
    if (node.isKind("PODDISRUPTIONBUDGET")) {
        const EngineNode *target = singleTarget(ctx, node);
        if (!target)
            return;
        YamlValue o = EngineContext::object(QStringLiteral("policy/v1"),
                                            QStringLiteral("PodDisruptionBudget"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        const QString maxUnavailable = node.str(QStringLiteral("maxUnavailable")).trimmed();
        QString minAvailable = node.str(QStringLiteral("minAvailable")).trimmed();
        if (!maxUnavailable.isEmpty() && validIntOrPercent(maxUnavailable)) {
            spec.set(QStringLiteral("maxUnavailable"), intOrString(maxUnavailable));
        } else {
            if (!validIntOrPercent(minAvailable)) {
                ctx.warn(node, EngineContext::tr(
                                       "min available \"%1\" is neither a number nor a percentage; "
                                       "using 1")
                                       .arg(minAvailable));
                minAvailable = QStringLiteral("1");
            }
            spec.set(QStringLiteral("minAvailable"), intOrString(minAvailable));
        }
        spec[QStringLiteral("selector")].set(QStringLiteral("matchLabels"),
                                             ctx.selectorLabels(*target));
        ctx.emit(node, QStringLiteral("policy/v1"), QStringLiteral("PodDisruptionBudget"), name,
                 std::move(o));
        return;
    }
    if (node.isKind("RESOURCEQUOTA")) {
        YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("ResourceQuota"),
                                            ctx.metadata(node, name));
        YamlValue &hard = o[QStringLiteral("spec")][QStringLiteral("hard")];
        const std::pair<const char *, const char *> fields[] = {{"requests.cpu", "cpuRequests"},
                                                                {"requests.memory",
                                                                 "memoryRequests"},
                                                                {"limits.cpu", "cpuLimits"},
                                                                {"limits.memory", "memoryLimits"}};
        for (const auto &f : fields) {
            const QString v = node.str(QLatin1String(f.second)).trimmed();
            if (!isQuantity(v)) {
                ctx.warn(node, EngineContext::tr("%1 \"%2\" is not a Kubernetes quantity; left out")
                                       .arg(QLatin1String(f.second), v));
                continue;
            }
            hard.set(QLatin1String(f.first), v);
        }
        hard.set(QStringLiteral("pods"), QString::number(node.integer(QStringLiteral("pods"))));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("ResourceQuota"), name, std::move(o));
        return;
    }
    if (node.isKind("LIMITRANGE")) {
        YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("LimitRange"),
                                            ctx.metadata(node, name));
        YamlValue limit = YamlValue::map();
        limit.set(QStringLiteral("type"), QStringLiteral("Container"));
        auto pair = [&](const QString &section, const char *cpuKey, const char *memKey) {
            YamlValue &s = limit[section];
            for (const auto &kv : {std::make_pair(QStringLiteral("cpu"), cpuKey),
                                   std::make_pair(QStringLiteral("memory"), memKey)}) {
                const QString v = node.str(QLatin1String(kv.second)).trimmed();
                if (isQuantity(v))
                    s.set(kv.first, v);
                else
                    ctx.warn(node,
                             EngineContext::tr("%1 \"%2\" is not a Kubernetes quantity; left out")
                                     .arg(QLatin1String(kv.second), v));
            }
        };
        pair(QStringLiteral("default"), "defaultCpuLimit", "defaultMemoryLimit");
        pair(QStringLiteral("defaultRequest"), "defaultCpuRequest", "defaultMemoryRequest");
        o[QStringLiteral("spec")][QStringLiteral("limits")].append(std::move(limit));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("LimitRange"), name, std::move(o));
        return;
    }
    if (node.isKind("PRIORITYCLASS")) {
        YamlValue o = EngineContext::object(QStringLiteral("scheduling.k8s.io/v1"),
                                            QStringLiteral("PriorityClass"),
                                            ctx.metadata(node, name, false));
        o.set(QStringLiteral("value"), node.integer(QStringLiteral("value")));
        o.set(QStringLiteral("globalDefault"), node.flag(QStringLiteral("globalDefault")));
        o.set(QStringLiteral("preemptionPolicy"), node.str(QStringLiteral("preemptionPolicy")));
        const QString description = node.str(QStringLiteral("description")).trimmed();
        if (!description.isEmpty())
            o.set(QStringLiteral("description"), description);
        ctx.emit(node, QStringLiteral("scheduling.k8s.io/v1"), QStringLiteral("PriorityClass"),
                 name, std::move(o), false);
    }
}

void buildNamespace(EngineContext &ctx, EngineNode &node)
{
    YamlValue meta = ctx.metadata(node, node.name, false);
    const QString level = node.str(QStringLiteral("podSecurity"));
    if (!level.isEmpty()) {
        meta[QStringLiteral("labels")].set(QStringLiteral("pod-security.kubernetes.io/enforce"),
                                           level);
        ctx.info(QStringLiteral("default"), node,
                 EngineContext::tr("Pod Security Admission level \"%1\" is enforced").arg(level));
    }
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Namespace"),
                                        std::move(meta));
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Namespace"), node.name, std::move(o),
             false);
}

} // namespace kg::engine
