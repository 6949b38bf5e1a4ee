// Networking kinds: Service, Ingress / Gateway, load balancer, external dependency,
// NetworkPolicy, and the optional NetworkPolicies for the drawn flows.
#include "codegen/EngineModel.h"

#include <QSet>

namespace kg::engine {

namespace {

// The Service that fronts @p target and its port, as an Ingress backend or a load balancer's
// target port.
struct Backend
{
    QString service;
    int port = 0;
};

Backend backendOf(const EngineNode &target)
{
    if (target.isKind("SERVICE") || target.isKind("LOAD_BALANCER"))
        return {target.name, int(target.integer(QStringLiteral("port")))};
    if (target.ports.isEmpty())
        return {};
    return {target.name, target.ports.first()};
}

YamlValue frontService(EngineContext &ctx, EngineNode &node, const QString &type)
{
    const std::vector<int> pods = ctx.podsBehind(node);
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Service"),
                                        ctx.metadata(node, node.name));
    YamlValue &spec = o[QStringLiteral("spec")];
    if (type == QLatin1String("Headless"))
        spec.set(QStringLiteral("clusterIP"), QStringLiteral("None"));
    else
        spec.set(QStringLiteral("type"), type);
    if (pods.empty())
        ctx.warn(node,
                 EngineContext::tr("is connected to no workload; the Service has no selector (add "
                                   "an EndpointSlice yourself or connect it to a workload)"));
    else
        spec.set(QStringLiteral("selector"), ctx.selectorFor(node, pods));
    const int port = int(node.integer(QStringLiteral("port")));
    int targetPort = int(node.integer(QStringLiteral("targetPort")));
    if (targetPort <= 0) {
        targetPort = pods.empty() ? port : ctx.nodes.at(size_t(pods.front())).ports.value(0, port);
        if (!pods.empty() && ctx.nodes.at(size_t(pods.front())).ports.isEmpty())
            ctx.info(QStringLiteral("assumption"), node,
                     EngineContext::tr(
                             "the selected workload declares no port; target port %1 assumed")
                             .arg(targetPort));
    }
    YamlValue p = YamlValue::map();
    p.set(QStringLiteral("name"), QStringLiteral("tcp-%1").arg(port));
    p.set(QStringLiteral("port"), port);
    p.set(QStringLiteral("targetPort"), targetPort);
    p.set(QStringLiteral("protocol"), node.props.contains(QStringLiteral("protocol"))
                                              ? node.str(QStringLiteral("protocol"))
                                              : QStringLiteral("TCP"));
    spec[QStringLiteral("ports")].append(std::move(p));
    return o;
}

YamlValue peerFor(EngineContext &ctx, const EngineNode &source, const EngineNode &target)
{
    YamlValue peer = YamlValue::map();
    if (source.ns != target.ns)
        peer[QStringLiteral("namespaceSelector")][QStringLiteral("matchLabels")]
                .set(QStringLiteral("kubernetes.io/metadata.name"), source.ns);
    peer[QStringLiteral("podSelector")].set(QStringLiteral("matchLabels"),
                                            ctx.selectorLabels(source));
    return peer;
}

YamlValue portList(const QList<int> &ports)
{
    YamlValue list = YamlValue::sequence();
    for (const int p : ports) {
        YamlValue port = YamlValue::map();
        port.set(QStringLiteral("protocol"), QStringLiteral("TCP"));
        port.set(QStringLiteral("port"), p);
        list.append(std::move(port));
    }
    return list;
}

} // namespace

void buildService(EngineContext &ctx, EngineNode &node)
{
    const QString type = node.str(QStringLiteral("serviceType"));
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name,
             frontService(ctx, node, type));
}

void buildLoadBalancer(EngineContext &ctx, EngineNode &node)
{
    YamlValue o = frontService(ctx, node, QStringLiteral("LoadBalancer"));
    o[QStringLiteral("spec")].set(QStringLiteral("externalTrafficPolicy"),
                                  node.str(QStringLiteral("externalTrafficPolicy")));
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name, std::move(o));
}

void buildExternal(EngineContext &ctx, EngineNode &node)
{
    const QString host = node.str(QStringLiteral("host")).trimmed();
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Service"),
                                        ctx.metadata(node, node.name));
    YamlValue &spec = o[QStringLiteral("spec")];
    spec.set(QStringLiteral("type"), QStringLiteral("ExternalName"));
    spec.set(QStringLiteral("externalName"), host);
    const int port = node.ports.value(0);
    if (port > 0) {
        YamlValue p = YamlValue::map();
        p.set(QStringLiteral("name"), QStringLiteral("tcp-%1").arg(port));
        p.set(QStringLiteral("port"), port);
        p.set(QStringLiteral("protocol"), QStringLiteral("TCP"));
        spec[QStringLiteral("ports")].append(std::move(p));
    }
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name, std::move(o));
    if (!node.isSet(QStringLiteral("host")))
        ctx.warn(node, EngineContext::tr("no host given; using the placeholder %1").arg(host));
}

void buildIngress(EngineContext &ctx, EngineNode &node)
{
    struct Route
    {
        QString path;
        Backend backend;
    };
    QList<Route> routes;
    const QStringList paths = node.list(QStringLiteral("paths"));
    QString base = node.str(QStringLiteral("basePath")).trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    int i = 0;
    for (const Link &l : node.links) {
        if (l.effect != Effect::Route)
            continue;
        const EngineNode &target = ctx.nodes.at(size_t(l.other));
        const Backend b = backendOf(target);
        if (b.service.isEmpty() || b.port <= 0) {
            ctx.warn(node, EngineContext::tr("%1 has no port, so it cannot be an Ingress backend")
                                   .arg(target.name));
            continue;
        }
        QString path = l.edge ? l.edge->properties.value(QStringLiteral("path")).toString().trimmed()
                              : QString();
        if (path.isEmpty()) {
            path = paths.value(i, i == 0 ? QStringLiteral("/") : QLatin1Char('/') + target.name);
            if (i >= paths.size())
                ctx.info(QStringLiteral("assumption"), node,
                         EngineContext::tr("%1 is routed at %2 (no path drawn for it)")
                                 .arg(target.name, path));
        }
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        if (!base.isEmpty())
            path = path == QLatin1String("/") ? base : base + path;
        routes.append({path, b});
        ++i;
    }
    if (routes.isEmpty()) {
        ctx.warn(node, EngineContext::tr(
                               "routes to nothing; no Ingress generated (connect it to a Service "
                               "or workload)"));
        return;
    }

    YamlValue meta = ctx.metadata(node, node.name);
    const QString ingressClass = node.str(QStringLiteral("ingressClassName")).trimmed();
    if (node.flag(QStringLiteral("corsEnabled"))) {
        if (ingressClass == QLatin1String("nginx"))
            meta[QStringLiteral("annotations")]
                    .set(QStringLiteral("nginx.ingress.kubernetes.io/enable-cors"),
                         QStringLiteral("true"));
        else
            ctx.warn(node,
                     EngineContext::tr("CORS is on, but only the nginx ingress class is configured "
                                       "for it; configure CORS in your ingress controller"));
    }
    YamlValue o = EngineContext::object(QStringLiteral("networking.k8s.io/v1"),
                                        QStringLiteral("Ingress"), std::move(meta));
    YamlValue &spec = o[QStringLiteral("spec")];
    if (!ingressClass.isEmpty())
        spec.set(QStringLiteral("ingressClassName"), ingressClass);
    const QStringList hosts = node.list(QStringLiteral("hosts"));
    if (node.flag(QStringLiteral("tlsEnabled"))) {
        QString secret = node.str(QStringLiteral("tlsSecretName")).trimmed();
        if (secret.isEmpty())
            secret = node.name + QStringLiteral("-tls");
        YamlValue tls = YamlValue::map();
        if (!hosts.isEmpty()) {
            YamlValue &h = tls.set(QStringLiteral("hosts"), YamlValue::sequence());
            for (int k = 0; k < hosts.size(); ++k)
                h.append(hosts.at(k))
                        .setHelmValue({node.valuesKey, QStringLiteral("hosts"), QString::number(k)});
        }
        tls.set(QStringLiteral("secretName"), secret);
        spec[QStringLiteral("tls")].append(std::move(tls));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr(
                         "TLS certificate Secret %1 must exist (cert-manager or created by hand)")
                         .arg(secret));
    }
    const QString pathType = node.props.contains(QStringLiteral("pathType"))
                                     ? node.str(QStringLiteral("pathType"))
                                     : QStringLiteral("Prefix");
    auto rule = [&](int hostIndex) {
        YamlValue r = YamlValue::map();
        if (hostIndex >= 0)
            r.set(QStringLiteral("host"), hosts.at(hostIndex))
                    .setHelmValue(
                            {node.valuesKey, QStringLiteral("hosts"), QString::number(hostIndex)});
        YamlValue &list = r[QStringLiteral("http")].set(QStringLiteral("paths"),
                                                        YamlValue::sequence());
        for (const Route &route : std::as_const(routes)) {
            YamlValue p = YamlValue::map();
            p.set(QStringLiteral("path"), route.path);
            p.set(QStringLiteral("pathType"), pathType);
            YamlValue &svc = p[QStringLiteral("backend")][QStringLiteral("service")];
            svc.set(QStringLiteral("name"), route.backend.service);
            svc[QStringLiteral("port")].set(QStringLiteral("number"), route.backend.port);
            list.append(std::move(p));
        }
        return r;
    };
    YamlValue &rules = spec.set(QStringLiteral("rules"), YamlValue::sequence());
    if (hosts.isEmpty()) {
        rules.append(rule(-1));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr("no host given; the rule matches every host"));
    }
    for (int k = 0; k < hosts.size(); ++k)
        rules.append(rule(k));
    ctx.emit(node, QStringLiteral("networking.k8s.io/v1"), QStringLiteral("Ingress"), node.name,
             std::move(o));
}

void buildNetworkPolicy(EngineContext &ctx, EngineNode &node)
{
    const std::vector<int> pods = ctx.targets(node, Effect::Isolate);
    YamlValue o = EngineContext::object(QStringLiteral("networking.k8s.io/v1"),
                                        QStringLiteral("NetworkPolicy"),
                                        ctx.metadata(node, node.name));
    YamlValue &spec = o[QStringLiteral("spec")];
    YamlValue &selector = spec[QStringLiteral("podSelector")];
    if (pods.empty()) {
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr("connected to no workload; applies to every pod in namespace %1")
                         .arg(node.ns));
    } else {
        selector.set(QStringLiteral("matchLabels"), ctx.selectorFor(node, pods));
    }
    const QStringList types = node.str(QStringLiteral("policyTypes")).split(QLatin1Char(','));
    spec.set(QStringLiteral("policyTypes"), YamlValue::strings(types));
    const bool sameNamespace = node.flag(QStringLiteral("allowSameNamespace"));
    if (types.contains(QStringLiteral("Ingress"))) {
        YamlValue &ingress = spec.set(QStringLiteral("ingress"), YamlValue::sequence());
        if (sameNamespace) {
            YamlValue from = YamlValue::map();
            from[QStringLiteral("from")].append(YamlValue::map())[QStringLiteral("podSelector")]
                    = YamlValue::map();
            ingress.append(std::move(from));
        }
    }
    if (types.contains(QStringLiteral("Egress"))) {
        YamlValue &egress = spec.set(QStringLiteral("egress"), YamlValue::sequence());
        if (sameNamespace) {
            YamlValue to = YamlValue::map();
            to[QStringLiteral("to")].append(YamlValue::map())[QStringLiteral("podSelector")]
                    = YamlValue::map();
            egress.append(std::move(to));
        }
        YamlValue dns = YamlValue::map();
        YamlValue &peer = dns[QStringLiteral("to")].append(YamlValue::map());
        peer[QStringLiteral("namespaceSelector")][QStringLiteral("matchLabels")]
                .set(QStringLiteral("kubernetes.io/metadata.name"), QStringLiteral("kube-system"));
        YamlValue &ports = dns.set(QStringLiteral("ports"), YamlValue::sequence());
        for (const QString &proto : {QStringLiteral("UDP"), QStringLiteral("TCP")}) {
            YamlValue p = YamlValue::map();
            p.set(QStringLiteral("protocol"), proto);
            p.set(QStringLiteral("port"), 53);
            ports.append(std::move(p));
        }
        egress.append(std::move(dns));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr("egress is restricted; DNS to kube-system stays allowed"));
    }
    ctx.emit(node, QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy"),
             node.name, std::move(o));
}

void buildFlowPolicies(EngineContext &ctx)
{
    // Sources per target, in a stable order.
    QHash<int, std::vector<int>> sources;
    for (const auto &flow : ctx.flows)
        sources[flow.second].push_back(flow.first);
    QMap<QString, int> namespaces; // namespace → first pod-running node in output order
    std::vector<int> targets;
    // A default deny in a namespace holding imported workloads would cut off the user's own
    // pods, whose policies are theirs: such namespaces get none.
    QSet<QString> withImported;
    for (const EngineNode &n : ctx.nodes) {
        if (n.imported && n.runsPods())
            withImported.insert(n.ns);
    }
    for (const EngineNode &n : ctx.nodes) {
        if (!n.runsPods() || n.name.isEmpty() || withImported.contains(n.ns))
            continue;
        if (!namespaces.contains(n.ns) || ctx.nodes.at(size_t(namespaces.value(n.ns))).name > n.name)
            namespaces.insert(n.ns, n.index);
        if (n.incomingFlows > 0 || n.openToOutside)
            targets.push_back(n.index);
    }
    QSet<QString> drawnPolicies; // "namespace/name" of NetworkPolicy nodes
    for (const Manifest &m : ctx.manifests) {
        if (m.kind == QLatin1String("NetworkPolicy"))
            drawnPolicies.insert(m.ns + QLatin1Char('/') + m.name);
    }
    for (auto it = namespaces.cbegin(); it != namespaces.cend(); ++it) {
        const EngineNode &owner = ctx.nodes.at(size_t(it.value()));
        QString name = QStringLiteral("default-deny-ingress");
        for (int k = 2; drawnPolicies.contains(it.key() + QLatin1Char('/') + name); ++k)
            name = QStringLiteral("default-deny-ingress-%1").arg(k);
        YamlValue meta = YamlValue::map();
        meta.set(QStringLiteral("name"), name);
        meta.set(QStringLiteral("namespace"), it.key());
        YamlValue labels = YamlValue::map();
        labels.set(QStringLiteral("app.kubernetes.io/part-of"), ctx.partOf);
        labels.set(QStringLiteral("app.kubernetes.io/managed-by"),
                   QStringLiteral("kubegram-desktop"));
        meta.set(QStringLiteral("labels"), std::move(labels));
        YamlValue o = EngineContext::object(QStringLiteral("networking.k8s.io/v1"),
                                            QStringLiteral("NetworkPolicy"), std::move(meta));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec[QStringLiteral("podSelector")] = YamlValue::map();
        spec.set(QStringLiteral("policyTypes"), YamlValue::strings({QStringLiteral("Ingress")}));
        ctx.emit(owner, QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy"),
                 name, std::move(o));
        ctx.info(QStringLiteral("assumption"), owner,
                 EngineContext::tr(
                         "NetworkPolicies: namespace %1 denies all incoming pod traffic except the "
                         "drawn flows")
                         .arg(it.key()));
    }
    for (const int t : targets) {
        const EngineNode &target = ctx.nodes.at(size_t(t));
        const QString name = target.name + QStringLiteral("-allow");
        YamlValue o = EngineContext::object(QStringLiteral("networking.k8s.io/v1"),
                                            QStringLiteral("NetworkPolicy"),
                                            ctx.metadata(target, name));
        YamlValue &spec = o[QStringLiteral("spec")];
        spec[QStringLiteral("podSelector")].set(QStringLiteral("matchLabels"),
                                                ctx.selectorLabels(target));
        spec.set(QStringLiteral("policyTypes"), YamlValue::strings({QStringLiteral("Ingress")}));
        YamlValue &ingress = spec.set(QStringLiteral("ingress"), YamlValue::sequence());
        std::vector<int> from = sources.value(t);
        std::sort(from.begin(), from.end(), [&](int a, int b) {
            const EngineNode &x = ctx.nodes.at(size_t(a));
            const EngineNode &y = ctx.nodes.at(size_t(b));
            return x.ns != y.ns ? x.ns < y.ns : x.name < y.name;
        });
        if (!from.empty()) {
            YamlValue rule = YamlValue::map();
            YamlValue &peers = rule.set(QStringLiteral("from"), YamlValue::sequence());
            for (const int s : from)
                peers.append(peerFor(ctx, ctx.nodes.at(size_t(s)), target));
            if (!target.ports.isEmpty())
                rule.set(QStringLiteral("ports"), portList(target.ports));
            ingress.append(std::move(rule));
        }
        if (target.openToOutside && !target.ports.isEmpty()) {
            YamlValue rule = YamlValue::map();
            rule.set(QStringLiteral("ports"), portList(target.ports));
            ingress.append(std::move(rule));
            ctx.info(
                    QStringLiteral("assumption"), target,
                    EngineContext::tr(
                            "reached from an Ingress or load balancer: its ports %1 accept traffic "
                            "from any source")
                            .arg([&] {
                                QStringList p;
                                for (const int port : target.ports)
                                    p << QString::number(port);
                                return p.join(QStringLiteral(", "));
                            }()));
        }
        ctx.emit(target, QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy"),
                 name, std::move(o));
    }
}

} // namespace kg::engine
