// Workload kinds: Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod and Microservice.
#include "codegen/EngineModel.h"

namespace kg::engine {

namespace {

YamlValue selectorOf(EngineContext &ctx, const EngineNode &node)
{
    YamlValue s = YamlValue::map();
    s.set(QStringLiteral("matchLabels"), ctx.selectorLabels(node));
    return s;
}

YamlValue replicasValue(const EngineNode &node)
{
    YamlValue r(node.integer(QStringLiteral("replicas")));
    r.setHelmValue(EngineContext::helmPath(node, QStringLiteral("replicas")));
    return r;
}

bool validSchedule(const QString &schedule)
{
    const QString s = schedule.trimmed();
    if (s.startsWith(QLatin1Char('@')))
        return s.size() > 1;
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() == 5;
}

void ownService(EngineContext &ctx, const EngineNode &node)
{
    if (!node.needsOwnService)
        return;
    if (node.ports.isEmpty()) {
        ctx.warn(node,
                 EngineContext::tr("other nodes connect to it, but it has no container port; no "
                                   "Service is generated (add a port)"));
        return;
    }
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name,
             serviceFor(ctx, node, node.name, node.ports, false));
    ctx.info(QStringLiteral("assumption"), node,
             EngineContext::tr(
                     "other nodes connect to it directly; a ClusterIP Service %1 is generated")
                     .arg(node.name));
}

} // namespace

void buildWorkload(EngineContext &ctx, EngineNode &node)
{
    ContainerPlan plan;
    if (node.isKind("MICROSERVICE")) {
        const QString lang = node.str(QStringLiteral("language"));
        const QString framework = node.str(QStringLiteral("framework"));
        QStringList stack{lang, framework};
        stack.removeAll(QString());
        if (!stack.isEmpty())
            plan.podAnnotations.emplace_back(QStringLiteral("kubegram.dev/stack"),
                                             stack.join(QLatin1Char('/')));
    }
    const bool runsToCompletion = node.isKind("JOB") || node.isKind("CRONJOB");
    if (runsToCompletion) {
        plan.probes = false;
        plan.restartPolicy = node.str(QStringLiteral("restartPolicy"));
    } else if (node.isKind("POD")) {
        plan.restartPolicy = node.str(QStringLiteral("restartPolicy"));
    }
    const bool stateful = node.isKind("STATEFULSET");
    const QString storage = node.str(QStringLiteral("storageSize")).trimmed();
    if (stateful && !storage.isEmpty())
        plan.claimTemplateMounts.emplace_back(QStringLiteral("data"),
                                              node.str(QStringLiteral("mountPath")));
    applyContainerProperties(ctx, node, plan);
    YamlValue tpl = podTemplate(ctx, node, plan);

    const QString name = node.name;
    if (node.isKind("DEPLOYMENT") || node.isKind("MICROSERVICE")) {
        YamlValue o = EngineContext::object(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec.set(QStringLiteral("replicas"), replicasValue(node));
        spec.set(QStringLiteral("revisionHistoryLimit"), 5);
        spec.set(QStringLiteral("selector"), selectorOf(ctx, node));
        spec[QStringLiteral("strategy")].set(QStringLiteral("type"),
                                             node.props.contains(QStringLiteral("strategy"))
                                                     ? node.str(QStringLiteral("strategy"))
                                                     : QStringLiteral("RollingUpdate"));
        spec.set(QStringLiteral("template"), std::move(tpl));
        ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("Deployment"), name, std::move(o));
        if (node.isKind("MICROSERVICE"))
            ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), name,
                     serviceFor(ctx, node, name, node.ports, false));
        else
            ownService(ctx, node);
    } else if (stateful) {
        YamlValue o = EngineContext::object(QStringLiteral("apps/v1"),
                                            QStringLiteral("StatefulSet"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec.set(QStringLiteral("serviceName"), name);
        spec.set(QStringLiteral("replicas"), replicasValue(node));
        spec.set(QStringLiteral("selector"), selectorOf(ctx, node));
        spec.set(QStringLiteral("template"), std::move(tpl));
        if (!storage.isEmpty()) {
            YamlValue claim = YamlValue::map();
            claim[QStringLiteral("metadata")].set(QStringLiteral("name"), QStringLiteral("data"));
            YamlValue &cs = claim[QStringLiteral("spec")];
            cs.set(QStringLiteral("accessModes"),
                   YamlValue::strings({QStringLiteral("ReadWriteOnce")}));
            const QString sc = node.str(QStringLiteral("storageClass")).trimmed();
            if (!sc.isEmpty())
                cs.set(QStringLiteral("storageClassName"), sc);
            cs[QStringLiteral("resources")][QStringLiteral("requests")]
                    .set(QStringLiteral("storage"),
                         isQuantity(storage) ? storage : QStringLiteral("1Gi"));
            if (!isQuantity(storage))
                ctx.warn(node, EngineContext::tr("storage size \"%1\" is not a quantity; using 1Gi")
                                       .arg(storage));
            spec[QStringLiteral("volumeClaimTemplates")].append(std::move(claim));
        }
        ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("StatefulSet"), name, std::move(o));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), name,
                 serviceFor(ctx, node, name, node.ports, true));
    } else if (node.isKind("DAEMONSET")) {
        YamlValue o = EngineContext::object(QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec.set(QStringLiteral("selector"), selectorOf(ctx, node));
        spec.set(QStringLiteral("template"), std::move(tpl));
        ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"), name, std::move(o));
        ownService(ctx, node);
    } else if (node.isKind("JOB")) {
        YamlValue o = EngineContext::object(QStringLiteral("batch/v1"), QStringLiteral("Job"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec.set(QStringLiteral("backoffLimit"), node.integer(QStringLiteral("backoffLimit")));
        spec.set(QStringLiteral("completions"), node.integer(QStringLiteral("completions")));
        spec.set(QStringLiteral("parallelism"), node.integer(QStringLiteral("parallelism")));
        spec.set(QStringLiteral("template"), std::move(tpl));
        ctx.emit(node, QStringLiteral("batch/v1"), QStringLiteral("Job"), name, std::move(o));
        ownService(ctx, node);
    } else if (node.isKind("CRONJOB")) {
        QString schedule = node.str(QStringLiteral("schedule")).trimmed();
        if (!validSchedule(schedule)) {
            ctx.warn(node, EngineContext::tr(
                                   "schedule \"%1\" is not a cron expression; using \"0 2 * * *\"")
                                   .arg(schedule));
            schedule = QStringLiteral("0 2 * * *");
        }
        YamlValue o = EngineContext::object(QStringLiteral("batch/v1"), QStringLiteral("CronJob"),
                                            ctx.metadata(node, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec.set(QStringLiteral("schedule"), schedule);
        spec.set(QStringLiteral("concurrencyPolicy"),
                 node.str(QStringLiteral("concurrencyPolicy")));
        spec.set(QStringLiteral("successfulJobsHistoryLimit"), 3);
        spec.set(QStringLiteral("failedJobsHistoryLimit"), 3);
        YamlValue &job = spec[QStringLiteral("jobTemplate")];
        job[QStringLiteral("metadata")].set(QStringLiteral("labels"), ctx.labels(node));
        YamlValue &jobSpec = job[QStringLiteral("spec")];
        jobSpec.set(QStringLiteral("backoffLimit"), node.integer(QStringLiteral("backoffLimit")));
        jobSpec.set(QStringLiteral("template"), std::move(tpl));
        ctx.emit(node, QStringLiteral("batch/v1"), QStringLiteral("CronJob"), name, std::move(o));
        ownService(ctx, node);
    } else if (node.isKind("POD")) {
        YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Pod"),
                                            ctx.metadata(node, name));
        YamlValue &meta = o[QStringLiteral("metadata")];
        if (const YamlValue *labels = tpl[QStringLiteral("metadata")].find(
                    QStringLiteral("labels")))
            meta.set(QStringLiteral("labels"), *labels);
        if (const YamlValue *spec = tpl.find(QStringLiteral("spec")))
            o.set(QStringLiteral("spec"), *spec);
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Pod"), name, std::move(o));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr(
                         "a bare Pod is not restarted on another node when its node fails; "
                         "prefer a Deployment"));
        ownService(ctx, node);
    }
}

} // namespace kg::engine
