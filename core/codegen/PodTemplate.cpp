// Pod templates shared by every kind that runs pods: container, wiring from edges, resources,
// probes and the restricted security context.
#include "codegen/DnsNames.h"
#include "codegen/EngineModel.h"

namespace kg::engine {

namespace {

QString imageTag(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return QStringLiteral("@digest");
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? image.mid(colon + 1) : QString();
}

void addEnv(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan, EnvVar var)
{
    for (const EnvVar &e : plan.env) {
        if (e.name == var.name) {
            ctx.info(QStringLiteral("assumption"), node,
                     EngineContext::tr(
                             "environment variable %1 is already set; the value from the edge is "
                             "not used")
                             .arg(var.name));
            return;
        }
    }
    plan.env.push_back(std::move(var));
}

QString volumeName(const QString &prefix, const QString &name)
{
    return DnsNames::toLabel(prefix + QLatin1Char('-') + name);
}

void addVolume(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan,
               ContainerPlan::Volume volume)
{
    for (const ContainerPlan::Volume &v : plan.volumes) {
        if (v.name == volume.name)
            return; // the same source drawn twice
        if (v.mountPath == volume.mountPath) {
            const QString moved = volume.mountPath + QLatin1Char('/') + volume.name;
            ctx.warn(node, EngineContext::tr("%1 and %2 both mount at %3; %2 moves to %4")
                                   .arg(v.name, volume.name, volume.mountPath, moved));
            volume.mountPath = moved;
        }
    }
    plan.volumes.push_back(std::move(volume));
}

void applyLink(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan, const Link &l)
{
    const EngineNode &target = ctx.nodes.at(size_t(l.other));
    const QVariantMap edgeProps = l.edge ? l.edge->properties : QVariantMap();
    switch (l.effect) {
    case Effect::ConfigFrom: {
        const bool secret = target.isKind("SECRET");
        QString mountPath = edgeProps.value(QStringLiteral("mountPath")).toString().trimmed();
        if (mountPath.isEmpty() && l.edge && l.edge->connectionType == QLatin1String("MOUNTS")) {
            mountPath = QStringLiteral("/etc/") + target.name;
            ctx.info(QStringLiteral("default"), node,
                     EngineContext::tr("%1 is mounted at %2 (no mount path on the edge)")
                             .arg(target.name, mountPath));
        }
        if (mountPath.isEmpty()) {
            plan.envFrom.emplace_back(secret ? QStringLiteral("Secret")
                                             : QStringLiteral("ConfigMap"),
                                      target.name);
            return;
        }
        ContainerPlan::Volume v;
        v.name = volumeName(secret ? QStringLiteral("secret") : QStringLiteral("config"),
                            target.name);
        YamlValue source = YamlValue::map();
        if (secret)
            source[QStringLiteral("secret")].set(QStringLiteral("secretName"), target.name);
        else
            source[QStringLiteral("configMap")].set(QStringLiteral("name"), target.name);
        v.source = std::move(source);
        v.mountPath = mountPath;
        v.readOnly = true;
        addVolume(ctx, node, plan, std::move(v));
        return;
    }
    case Effect::MountClaim: {
        QString mountPath = edgeProps.value(QStringLiteral("mountPath")).toString().trimmed();
        if (mountPath.isEmpty()) {
            mountPath = target.str(QStringLiteral("mountPath"));
            if (!target.isSet(QStringLiteral("mountPath")))
                ctx.info(QStringLiteral("default"), node,
                         EngineContext::tr(
                                 "volume claim %1 is mounted at %2 (the default mount path)")
                                 .arg(target.name, mountPath));
        }
        ContainerPlan::Volume v;
        v.name = volumeName(QStringLiteral("data"), target.name);
        v.source[QStringLiteral("persistentVolumeClaim")].set(QStringLiteral("claimName"),
                                                              target.name);
        v.mountPath = mountPath;
        addVolume(ctx, node, plan, std::move(v));
        return;
    }
    case Effect::UseAccount:
        if (!plan.serviceAccount.isEmpty()) {
            ctx.warn(node,
                     EngineContext::tr("is connected to several service accounts; using %1, not %2")
                             .arg(plan.serviceAccount, target.name));
            return;
        }
        plan.serviceAccount = target.name;
        plan.automountToken = target.flag(QStringLiteral("automountToken"));
        return;
    case Effect::Connect: {
        const Endpoint ep = ctx.endpoint(target, node);
        const QString prefix = DnsNames::toEnvPrefix(target.name);
        addEnv(ctx, node, plan, {prefix + QStringLiteral("_HOST"), ep.host, {}, {}});
        if (ep.port > 0) {
            addEnv(ctx, node, plan,
                   {prefix + QStringLiteral("_PORT"), QString::number(ep.port), {}, {}});
            if (!ep.scheme.isEmpty()) {
                QString url = QStringLiteral("%1://%2:%3").arg(ep.scheme, ep.host).arg(ep.port);
                if (!ep.path.isEmpty())
                    url += QLatin1Char('/') + ep.path;
                addEnv(ctx, node, plan, {prefix + QStringLiteral("_URL"), url, {}, {}});
            }
        } else {
            ctx.warn(node, EngineContext::tr("%1 has no known port; only %2_HOST is set")
                                   .arg(target.name, prefix));
        }
        if (target.isKind("DATABASE") && !target.external && target.ns == node.ns) {
            addEnv(ctx, node, plan,
                   {prefix + QStringLiteral("_USER"),
                    target.str(QStringLiteral("username")),
                    {},
                    {}});
            addEnv(ctx, node, plan,
                   {prefix + QStringLiteral("_PASSWORD"),
                    {},
                    target.name + QStringLiteral("-credentials"),
                    QStringLiteral("password")});
        }
        return;
    }
    default:
        return;
    }
}

YamlValue resourcesFor(EngineContext &ctx, const EngineNode &node)
{
    struct Field
    {
        const char *key;
        const char *section;
        const char *resource;
    };
    static const Field fields[] = {{"cpuRequest", "requests", "cpu"},
                                   {"memoryRequest", "requests", "memory"},
                                   {"cpuLimit", "limits", "cpu"},
                                   {"memoryLimit", "limits", "memory"}};
    YamlValue r = YamlValue::map();
    QStringList defaulted;
    for (const Field &f : fields) {
        const QString key = QLatin1String(f.key);
        QString value = node.str(key);
        const PropertySpec *spec = node.info ? node.info->property(key) : nullptr;
        if (!isQuantity(value) && spec) {
            ctx.warn(node, EngineContext::tr("%1 \"%2\" is not a Kubernetes quantity; using %3")
                                   .arg(key, value, spec->defaultValue.toString()));
            value = spec->defaultValue.toString();
        } else if (!node.isSet(key)) {
            defaulted << QStringLiteral("%1 %2 %3")
                                 .arg(QLatin1String(f.section), QLatin1String(f.resource), value);
        }
        YamlValue &v = r[QLatin1String(f.section)].set(QLatin1String(f.resource), value);
        v.setHelmValue({node.valuesKey, QStringLiteral("resources"), QLatin1String(f.section),
                        QLatin1String(f.resource)});
    }
    if (!defaulted.isEmpty())
        ctx.info(QStringLiteral("default"), node,
                 EngineContext::tr("resources: %1").arg(defaulted.join(QStringLiteral(", "))));
    return r;
}

YamlValue probe(YamlValue action, int initialDelay, int period)
{
    YamlValue p = std::move(action);
    p.set(QStringLiteral("initialDelaySeconds"), initialDelay);
    p.set(QStringLiteral("periodSeconds"), period);
    p.set(QStringLiteral("timeoutSeconds"), 3);
    p.set(QStringLiteral("failureThreshold"), 3);
    return p;
}

YamlValue tcpAction(int port)
{
    YamlValue a = YamlValue::map();
    a[QStringLiteral("tcpSocket")].set(QStringLiteral("port"), port);
    return a;
}

} // namespace

bool isQuantity(const QString &q)
{
    qsizetype i = 0;
    const qsizetype n = q.size();
    if (i < n && (q.at(i) == QLatin1Char('+') || q.at(i) == QLatin1Char('-')))
        ++i;
    qsizetype digits = 0;
    while (i < n && q.at(i).isDigit() && q.at(i).unicode() < 128) {
        ++i;
        ++digits;
    }
    if (i < n && q.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && q.at(i).isDigit() && q.at(i).unicode() < 128) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    const QString suffix = q.mid(i);
    static const QStringList suffixes{QString(),
                                      QStringLiteral("Ki"),
                                      QStringLiteral("Mi"),
                                      QStringLiteral("Gi"),
                                      QStringLiteral("Ti"),
                                      QStringLiteral("Pi"),
                                      QStringLiteral("Ei"),
                                      QStringLiteral("n"),
                                      QStringLiteral("u"),
                                      QStringLiteral("m"),
                                      QStringLiteral("k"),
                                      QStringLiteral("M"),
                                      QStringLiteral("G"),
                                      QStringLiteral("T"),
                                      QStringLiteral("P"),
                                      QStringLiteral("E")};
    if (suffixes.contains(suffix))
        return true;
    if (suffix.size() >= 2
        && (suffix.at(0) == QLatin1Char('e') || suffix.at(0) == QLatin1Char('E'))) {
        qsizetype j = 1;
        if (suffix.at(j) == QLatin1Char('+') || suffix.at(j) == QLatin1Char('-'))
            ++j;
        if (j >= suffix.size())
            return false;
        for (; j < suffix.size(); ++j) {
            if (!suffix.at(j).isDigit() || suffix.at(j).unicode() >= 128)
                return false;
        }
        return true;
    }
    return false;
}

void applyContainerProperties(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan)
{
    if (plan.containerName.isEmpty())
        plan.containerName = node.name;
    const QString image = node.str(QStringLiteral("image")).trimmed();
    if (!image.isEmpty())
        plan.image = image;
    if (plan.image.isEmpty()) {
        plan.image = QStringLiteral("registry.example.com/%1/%2:0.1.0").arg(ctx.partOf, node.name);
        ctx.warn(node,
                 EngineContext::tr("no image given; using the placeholder %1, replace it before "
                                   "deploying")
                         .arg(plan.image));
    } else {
        const QString tag = imageTag(plan.image);
        if (tag.isEmpty())
            ctx.warn(node,
                     EngineContext::tr("image %1 has no tag, so Kubernetes pulls \"latest\"; pin a "
                                       "version")
                             .arg(plan.image));
        else if (tag == QLatin1String("latest"))
            ctx.warn(node, EngineContext::tr("image %1 uses the \"latest\" tag; pin a version for "
                                             "repeatable deployments")
                                   .arg(plan.image));
        else if (!plan.defaultImageNote.isEmpty())
            ctx.info(QStringLiteral("default"), node, plan.defaultImageNote);
    }
    if (plan.ports.isEmpty())
        plan.ports = node.ports;
    if (node.isSet(QStringLiteral("command")) && !node.list(QStringLiteral("command")).isEmpty())
        plan.command = node.list(QStringLiteral("command"));
    if (node.isSet(QStringLiteral("args")) && !node.list(QStringLiteral("args")).isEmpty())
        plan.args = node.list(QStringLiteral("args"));
    const QVariantMap env = node.map(QStringLiteral("env"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(QLatin1Char('='))) {
            ctx.warn(node,
                     EngineContext::tr("environment variable name \"%1\" is not valid; left out")
                             .arg(it.key()));
            continue;
        }
        addEnv(ctx, node, plan, {it.key(), it.value().toString(), {}, {}});
    }
    if (node.props.contains(QStringLiteral("healthPath")))
        plan.healthPath = node.str(QStringLiteral("healthPath")).trimmed();
    if (node.info && node.info->property(QStringLiteral("readOnlyRootFilesystem")))
        plan.readOnlyRootFilesystem = node.flag(QStringLiteral("readOnlyRootFilesystem"));
    const qint64 uid = node.props.value(QStringLiteral("runAsUser")).toLongLong();
    if (uid > 0)
        plan.runAsUser = uid;
    for (const Link &l : node.links)
        applyLink(ctx, node, plan, l);
}

YamlValue podTemplate(EngineContext &ctx, const EngineNode &node, const ContainerPlan &plan)
{
    YamlValue tpl = YamlValue::map();
    YamlValue &meta = tpl[QStringLiteral("metadata")];
    YamlValue labels = ctx.labels(node);
    for (auto it = node.extraPodLabels.cbegin(); it != node.extraPodLabels.cend(); ++it)
        labels.set(it.key(), it.value());
    meta.set(QStringLiteral("labels"), std::move(labels));
    if (!plan.podAnnotations.empty()) {
        YamlValue &a = meta[QStringLiteral("annotations")];
        for (const auto &kv : plan.podAnnotations)
            a.set(kv.first, kv.second);
    }

    YamlValue &spec = tpl[QStringLiteral("spec")];
    if (!plan.serviceAccount.isEmpty())
        spec.set(QStringLiteral("serviceAccountName"), plan.serviceAccount);
    spec.set(QStringLiteral("automountServiceAccountToken"), plan.automountToken);
    if (!plan.restartPolicy.isEmpty())
        spec.set(QStringLiteral("restartPolicy"), plan.restartPolicy);
    YamlValue &podSecurity = spec[QStringLiteral("securityContext")];
    podSecurity.set(QStringLiteral("runAsNonRoot"), true);
    podSecurity.set(QStringLiteral("runAsUser"), plan.runAsUser);
    podSecurity.set(QStringLiteral("runAsGroup"), plan.runAsUser);
    podSecurity.set(QStringLiteral("fsGroup"), plan.fsGroup > 0 ? plan.fsGroup : plan.runAsUser);
    podSecurity[QStringLiteral("seccompProfile")].set(QStringLiteral("type"),
                                                      QStringLiteral("RuntimeDefault"));

    YamlValue c = YamlValue::map();
    c.set(QStringLiteral("name"), plan.containerName);
    c.set(QStringLiteral("image"), plan.image)
            .setHelmValue({node.valuesKey, QStringLiteral("image")});
    c.set(QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent"));
    if (!plan.command.isEmpty())
        c.set(QStringLiteral("command"), YamlValue::strings(plan.command));
    if (!plan.args.isEmpty())
        c.set(QStringLiteral("args"), YamlValue::strings(plan.args));
    if (!plan.ports.isEmpty()) {
        YamlValue &ports = c.set(QStringLiteral("ports"), YamlValue::sequence());
        for (const int p : plan.ports) {
            YamlValue port = YamlValue::map();
            port.set(QStringLiteral("containerPort"), p);
            port.set(QStringLiteral("protocol"), QStringLiteral("TCP"));
            ports.append(std::move(port));
        }
    }
    if (!plan.env.empty()) {
        YamlValue &env = c.set(QStringLiteral("env"), YamlValue::sequence());
        for (const EnvVar &e : plan.env) {
            YamlValue v = YamlValue::map();
            v.set(QStringLiteral("name"), e.name);
            if (e.secretName.isEmpty()) {
                v.set(QStringLiteral("value"), e.value);
            } else {
                YamlValue &ref = v[QStringLiteral("valueFrom")][QStringLiteral("secretKeyRef")];
                ref.set(QStringLiteral("name"), e.secretName);
                ref.set(QStringLiteral("key"), e.secretKey);
            }
            env.append(std::move(v));
        }
    }
    if (!plan.envFrom.empty()) {
        YamlValue &envFrom = c.set(QStringLiteral("envFrom"), YamlValue::sequence());
        for (const auto &ref : plan.envFrom) {
            YamlValue v = YamlValue::map();
            v[ref.first == QLatin1String("Secret") ? QStringLiteral("secretRef")
                                                   : QStringLiteral("configMapRef")]
                    .set(QStringLiteral("name"), ref.second);
            envFrom.append(std::move(v));
        }
    }
    if (plan.resources)
        c.set(QStringLiteral("resources"), resourcesFor(ctx, node));

    QStringList defaults;
    if (plan.probes) {
        const int port = plan.ports.value(0);
        if (plan.readinessProbe.isMap()) {
            c.set(QStringLiteral("readinessProbe"), probe(plan.readinessProbe, 5, 10));
            if (port > 0)
                c.set(QStringLiteral("livenessProbe"), probe(tcpAction(port), 30, 20));
            defaults << EngineContext::tr("engine-specific readiness probe");
        } else if (!plan.healthPath.isEmpty() && port > 0) {
            YamlValue action = YamlValue::map();
            YamlValue &get = action[QStringLiteral("httpGet")];
            get.set(QStringLiteral("path"), plan.healthPath);
            get.set(QStringLiteral("port"), port);
            c.set(QStringLiteral("readinessProbe"), probe(action, 5, 10));
            c.set(QStringLiteral("livenessProbe"), probe(action, 15, 20));
            defaults << EngineContext::tr("HTTP probes on %1 port %2").arg(plan.healthPath).arg(port);
        } else if (port > 0) {
            c.set(QStringLiteral("readinessProbe"), probe(tcpAction(port), 5, 10));
            c.set(QStringLiteral("livenessProbe"), probe(tcpAction(port), 15, 20));
            defaults << EngineContext::tr(
                                "TCP probes on port %1 (set a health check path for HTTP probes)")
                                .arg(port);
        } else {
            ctx.info(QStringLiteral("assumption"), node,
                     EngineContext::tr(
                             "no probes: neither a port nor a health check path is known"));
        }
    }

    YamlValue &sc = c[QStringLiteral("securityContext")];
    sc.set(QStringLiteral("allowPrivilegeEscalation"), false);
    sc.set(QStringLiteral("readOnlyRootFilesystem"), plan.readOnlyRootFilesystem);
    sc.set(QStringLiteral("runAsNonRoot"), true);
    sc[QStringLiteral("capabilities")].set(QStringLiteral("drop"),
                                           YamlValue::strings({QStringLiteral("ALL")}));
    defaults << EngineContext::tr(
                        "runs as user %1, non-root, no privilege escalation, all capabilities "
                        "dropped, seccomp RuntimeDefault, %2 root filesystem")
                        .arg(plan.runAsUser)
                        .arg(plan.readOnlyRootFilesystem ? EngineContext::tr("read-only")
                                                         : EngineContext::tr("writable"));

    std::vector<ContainerPlan::Volume> volumes = plan.volumes;
    QStringList writable = plan.writablePaths;
    if (plan.readOnlyRootFilesystem && !writable.contains(QStringLiteral("/tmp")))
        writable.prepend(QStringLiteral("/tmp"));
    for (const QString &path : std::as_const(writable)) {
        ContainerPlan::Volume v;
        v.name = DnsNames::toLabel(path, DnsNames::MaxLabelLength, QStringLiteral("scratch"));
        v.source[QStringLiteral("emptyDir")] = YamlValue::map();
        v.mountPath = path;
        volumes.push_back(std::move(v));
    }
    if (!writable.isEmpty())
        defaults << EngineContext::tr("writable emptyDir volumes at %1")
                            .arg(writable.join(QStringLiteral(", ")));
    if (!volumes.empty() || !plan.claimTemplateMounts.empty()) {
        YamlValue &mounts = c.set(QStringLiteral("volumeMounts"), YamlValue::sequence());
        for (const auto &m : plan.claimTemplateMounts) {
            YamlValue mount = YamlValue::map();
            mount.set(QStringLiteral("name"), m.first);
            mount.set(QStringLiteral("mountPath"), m.second);
            mounts.append(std::move(mount));
        }
        for (const ContainerPlan::Volume &v : volumes) {
            YamlValue m = YamlValue::map();
            m.set(QStringLiteral("name"), v.name);
            m.set(QStringLiteral("mountPath"), v.mountPath);
            if (!v.subPath.isEmpty())
                m.set(QStringLiteral("subPath"), v.subPath);
            if (v.readOnly)
                m.set(QStringLiteral("readOnly"), true);
            mounts.append(std::move(m));
        }
    }
    spec[QStringLiteral("containers")].append(std::move(c));
    if (!volumes.empty()) {
        YamlValue &vols = spec.set(QStringLiteral("volumes"), YamlValue::sequence());
        for (const ContainerPlan::Volume &v : volumes) {
            YamlValue entry = YamlValue::map();
            entry.set(QStringLiteral("name"), v.name);
            for (const auto &kv : v.source.entries())
                entry.set(kv.first, kv.second);
            vols.append(std::move(entry));
        }
    }
    ctx.info(QStringLiteral("default"), node, defaults.join(QStringLiteral("; ")));
    return tpl;
}

YamlValue serviceFor(EngineContext &ctx, const EngineNode &node, const QString &name,
                     const QList<int> &ports, bool headless)
{
    YamlValue svc = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Service"),
                                          ctx.metadata(node, name));
    YamlValue &spec = svc[QStringLiteral("spec")];
    if (headless)
        spec.set(QStringLiteral("clusterIP"), QStringLiteral("None"));
    else
        spec.set(QStringLiteral("type"), QStringLiteral("ClusterIP"));
    spec.set(QStringLiteral("selector"), ctx.selectorLabels(node));
    if (!ports.isEmpty()) {
        YamlValue &list = spec.set(QStringLiteral("ports"), YamlValue::sequence());
        for (const int p : ports) {
            YamlValue port = YamlValue::map();
            port.set(QStringLiteral("name"), QStringLiteral("tcp-%1").arg(p));
            port.set(QStringLiteral("port"), p);
            port.set(QStringLiteral("targetPort"), p);
            port.set(QStringLiteral("protocol"), QStringLiteral("TCP"));
            list.append(std::move(port));
        }
    }
    return svc;
}

} // namespace kg::engine
