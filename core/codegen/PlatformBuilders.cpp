// Platform components the engine configures from the graph: proxies (upstreams from their
// edges) and monitoring (scrape targets from its edges).
#include "codegen/EngineModel.h"

#include <QCryptographicHash>

namespace kg::engine {

namespace {

struct Upstream
{
    QString name;
    QString host;
    int port = 0;
};

QList<Upstream> upstreamsOf(EngineContext &ctx, const EngineNode &node, Effect effect)
{
    QList<Upstream> out;
    for (const Link &l : node.links) {
        if (l.effect != effect)
            continue;
        const EngineNode &target = ctx.nodes.at(size_t(l.other));
        const Endpoint ep = ctx.endpoint(target, node);
        if (!ep.valid() || ep.port <= 0) {
            ctx.warn(node, EngineContext::tr("%1 has no known port; left out of the configuration")
                                   .arg(target.name));
            continue;
        }
        out.append({target.name, ep.host, ep.port});
    }
    return out;
}

QString checksum(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString nginxConfig(const QList<Upstream> &upstreams, int port, const QString &health)
{
    QString c;
    if (!upstreams.isEmpty()) {
        c += QStringLiteral("upstream backends {\n");
        for (const Upstream &u : upstreams)
            c += QStringLiteral("    server %1:%2;\n").arg(u.host).arg(u.port);
        c += QStringLiteral("}\n\n");
    }
    c += QStringLiteral("server {\n    listen %1;\n\n").arg(port);
    c += QStringLiteral(
                 "    location = %1 {\n        access_log off;\n        return 200 \"ok\\n\";\n"
                 "    }\n\n")
                 .arg(health);
    c += QStringLiteral("    location / {\n");
    if (upstreams.isEmpty()) {
        c += QStringLiteral("        return 503;\n");
    } else {
        c += QStringLiteral("        proxy_pass http://backends;\n"
                            "        proxy_set_header Host $host;\n"
                            "        proxy_set_header X-Real-IP $remote_addr;\n"
                            "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                            "        proxy_set_header X-Forwarded-Proto $scheme;\n");
    }
    c += QStringLiteral("    }\n}\n");
    return c;
}

QString haproxyConfig(const QList<Upstream> &upstreams, int port, const QString &health)
{
    QString c = QStringLiteral("global\n    log stdout format raw local0\n\n"
                               "defaults\n    mode http\n    log global\n    timeout connect 5s\n"
                               "    timeout client 30s\n    timeout server 30s\n\n");
    c += QStringLiteral("frontend main\n    bind :%1\n    monitor-uri %2\n").arg(port).arg(health);
    c += QStringLiteral(
            "    default_backend upstreams\n\nbackend upstreams\n    balance roundrobin\n");
    for (const Upstream &u : upstreams)
        c += QStringLiteral("    server %1 %2:%3 check\n").arg(u.name).arg(u.host).arg(u.port);
    if (upstreams.isEmpty())
        c += QStringLiteral("    http-request return status 503\n");
    return c;
}

QString envoyConfig(const QList<Upstream> &upstreams, int port, const QString &health)
{
    YamlValue root = YamlValue::map();
    YamlValue &resources = root[QStringLiteral("static_resources")];
    YamlValue listener = YamlValue::map();
    listener.set(QStringLiteral("name"), QStringLiteral("main"));
    YamlValue &sock = listener[QStringLiteral("address")][QStringLiteral("socket_address")];
    sock.set(QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    sock.set(QStringLiteral("port_value"), port);
    YamlValue filter = YamlValue::map();
    filter.set(QStringLiteral("name"),
               QStringLiteral("envoy.filters.network.http_connection_manager"));
    YamlValue &hcm = filter[QStringLiteral("typed_config")];
    hcm.set(QStringLiteral("@type"),
            QStringLiteral("type.googleapis.com/envoy.extensions.filters.network."
                           "http_connection_manager.v3.HttpConnectionManager"));
    hcm.set(QStringLiteral("stat_prefix"), QStringLiteral("ingress_http"));
    YamlValue host = YamlValue::map();
    host.set(QStringLiteral("name"), QStringLiteral("all"));
    host.set(QStringLiteral("domains"), YamlValue::strings({QStringLiteral("*")}));
    YamlValue healthRoute = YamlValue::map();
    healthRoute[QStringLiteral("match")].set(QStringLiteral("path"), health);
    healthRoute[QStringLiteral("direct_response")].set(QStringLiteral("status"), 200);
    host[QStringLiteral("routes")].append(std::move(healthRoute));
    YamlValue route = YamlValue::map();
    route[QStringLiteral("match")].set(QStringLiteral("prefix"), QStringLiteral("/"));
    if (upstreams.isEmpty())
        route[QStringLiteral("direct_response")].set(QStringLiteral("status"), 503);
    else
        route[QStringLiteral("route")].set(QStringLiteral("cluster"), QStringLiteral("backends"));
    host[QStringLiteral("routes")].append(std::move(route));
    hcm[QStringLiteral("route_config")][QStringLiteral("virtual_hosts")].append(std::move(host));
    YamlValue router = YamlValue::map();
    router.set(QStringLiteral("name"), QStringLiteral("envoy.filters.http.router"));
    router[QStringLiteral("typed_config")].set(
            QStringLiteral("@type"),
            QStringLiteral("type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"));
    hcm[QStringLiteral("http_filters")].append(std::move(router));
    listener[QStringLiteral("filter_chains")]
            .append(YamlValue::map())[QStringLiteral("filters")]
            .append(std::move(filter));
    resources[QStringLiteral("listeners")].append(std::move(listener));
    if (!upstreams.isEmpty()) {
        YamlValue cluster = YamlValue::map();
        cluster.set(QStringLiteral("name"), QStringLiteral("backends"));
        cluster.set(QStringLiteral("type"), QStringLiteral("STRICT_DNS"));
        cluster.set(QStringLiteral("lb_policy"), QStringLiteral("ROUND_ROBIN"));
        YamlValue &assignment = cluster[QStringLiteral("load_assignment")];
        assignment.set(QStringLiteral("cluster_name"), QStringLiteral("backends"));
        YamlValue &endpoints = assignment[QStringLiteral("endpoints")].append(YamlValue::map());
        YamlValue &lbEndpoints = endpoints.set(QStringLiteral("lb_endpoints"),
                                               YamlValue::sequence());
        for (const Upstream &u : upstreams) {
            YamlValue e = YamlValue::map();
            YamlValue &a = e[QStringLiteral("endpoint")][QStringLiteral("address")]
                            [QStringLiteral("socket_address")];
            a.set(QStringLiteral("address"), u.host);
            a.set(QStringLiteral("port_value"), u.port);
            lbEndpoints.append(std::move(e));
        }
        resources[QStringLiteral("clusters")].append(std::move(cluster));
    }
    YamlWriter writer;
    return QString::fromUtf8(writer.document(root));
}

void configMap(EngineContext &ctx, const EngineNode &node, const QString &name, const QString &file,
               const QString &content)
{
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                        ctx.metadata(node, name));
    o[QStringLiteral("data")].set(file, content);
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("ConfigMap"), name, std::move(o));
}

void deployment(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan, qint64 replicas)
{
    applyContainerProperties(ctx, node, plan);
    YamlValue o = EngineContext::object(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                        ctx.metadata(node, node.name));
    YamlValue &spec = o[QStringLiteral("spec")];
    spec.set(QStringLiteral("replicas"), replicas)
            .setHelmValue(EngineContext::helmPath(node, QStringLiteral("replicas")));
    spec[QStringLiteral("selector")].set(QStringLiteral("matchLabels"), ctx.selectorLabels(node));
    spec.set(QStringLiteral("template"), podTemplate(ctx, node, plan));
    ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("Deployment"), node.name, std::move(o));
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name,
             serviceFor(ctx, node, node.name, plan.ports, false));
}

ContainerPlan::Volume configVolume(const QString &configMap, const QString &file,
                                   const QString &mountPath, bool subPath)
{
    ContainerPlan::Volume v;
    v.name = QStringLiteral("config");
    v.source[QStringLiteral("configMap")].set(QStringLiteral("name"), configMap);
    v.mountPath = mountPath;
    v.readOnly = true;
    if (subPath)
        v.subPath = file;
    return v;
}

} // namespace

void buildProxy(EngineContext &ctx, EngineNode &node)
{
    QList<Upstream> upstreams = upstreamsOf(ctx, node, Effect::Upstream);
    const QStringList extra = node.list(QStringLiteral("upstreams"));
    for (const QString &u : extra) {
        const qsizetype colon = u.lastIndexOf(QLatin1Char(':'));
        const int port = colon > 0 ? u.mid(colon + 1).toInt() : 0;
        if (port <= 0 || port > 65535) {
            ctx.warn(node, EngineContext::tr("upstream \"%1\" is not host:port; left out").arg(u));
            continue;
        }
        upstreams.append({u.left(colon), u.left(colon), port});
    }
    if (upstreams.isEmpty())
        ctx.warn(node,
                 EngineContext::tr("has no upstreams; it answers 503 until one is connected"));
    const int port = node.ports.value(0);
    QString health = node.str(QStringLiteral("healthCheckPath")).trimmed();
    if (!health.startsWith(QLatin1Char('/')))
        health.prepend(QLatin1Char('/'));
    const QString configName = node.name + QStringLiteral("-config");

    ContainerPlan plan;
    plan.containerName = node.engineName;
    plan.ports = {port};
    plan.healthPath = health;
    const QString version = node.str(QStringLiteral("version")).trimmed();
    QString file, content, mountDir;
    if (node.engineName == QLatin1String("envoy")) {
        plan.image = QStringLiteral("envoyproxy/envoy:%1")
                             .arg(version.isEmpty() ? QStringLiteral("v1.32.3") : version);
        plan.runAsUser = 101;
        file = QStringLiteral("envoy.yaml");
        content = envoyConfig(upstreams, port, health);
        mountDir = QStringLiteral("/etc/envoy");
        plan.args = {QStringLiteral("--config-path"), QStringLiteral("/etc/envoy/envoy.yaml")};
    } else if (node.engineName == QLatin1String("haproxy")) {
        plan.image = QStringLiteral("haproxy:%1")
                             .arg(version.isEmpty() ? QStringLiteral("3.0.7-alpine") : version);
        plan.runAsUser = 99;
        file = QStringLiteral("haproxy.cfg");
        content = haproxyConfig(upstreams, port, health);
        mountDir = QStringLiteral("/usr/local/etc/haproxy");
    } else {
        plan.image = QStringLiteral("nginxinc/nginx-unprivileged:%1")
                             .arg(version.isEmpty() ? QStringLiteral("1.27.3-alpine") : version);
        plan.runAsUser = 101;
        file = QStringLiteral("default.conf");
        content = nginxConfig(upstreams, port, health);
        mountDir = QStringLiteral("/etc/nginx/conf.d");
    }
    if (version.isEmpty())
        plan.defaultImageNote = EngineContext::tr("image %1 (the engine's pinned default)")
                                        .arg(plan.image);
    plan.volumes.push_back(configVolume(configName, file, mountDir, false));
    plan.podAnnotations.emplace_back(QStringLiteral("kubegram.dev/config-checksum"),
                                     checksum(content));
    configMap(ctx, node, configName, file, content);
    deployment(ctx, node, plan, node.integer(QStringLiteral("replicas")));
}

void buildMonitoring(EngineContext &ctx, EngineNode &node)
{
    const QList<Upstream> targets = upstreamsOf(ctx, node, Effect::Scrape);
    const QString interval = node.str(QStringLiteral("scrapeInterval"));
    YamlValue config = YamlValue::map();
    config[QStringLiteral("global")].set(QStringLiteral("scrape_interval"), interval);
    YamlValue &jobs = config.set(QStringLiteral("scrape_configs"), YamlValue::sequence());
    {
        YamlValue self = YamlValue::map();
        self.set(QStringLiteral("job_name"), QStringLiteral("prometheus"));
        self[QStringLiteral("static_configs")]
                .append(YamlValue::map())
                .set(QStringLiteral("targets"),
                     YamlValue::strings({QStringLiteral("localhost:%1").arg(node.ports.value(0))}));
        jobs.append(std::move(self));
    }
    for (const Upstream &t : targets) {
        YamlValue job = YamlValue::map();
        job.set(QStringLiteral("job_name"), t.name);
        job[QStringLiteral("static_configs")]
                .append(YamlValue::map())
                .set(QStringLiteral("targets"),
                     YamlValue::strings({QStringLiteral("%1:%2").arg(t.host).arg(t.port)}));
        jobs.append(std::move(job));
    }
    if (targets.isEmpty())
        ctx.warn(node, EngineContext::tr("is connected to nothing; it only scrapes itself"));
    else
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr(
                         "scrapes /metrics on the port of each connected node (%1 targets)")
                         .arg(targets.size()));
    YamlWriter writer;
    const QString content = QString::fromUtf8(writer.document(config));
    const QString configName = node.name + QStringLiteral("-config");

    ContainerPlan plan;
    plan.containerName = QStringLiteral("prometheus");
    const QString version = node.str(QStringLiteral("version")).trimmed();
    plan.image = QStringLiteral("prom/prometheus:%1")
                         .arg(version.isEmpty()                      ? QStringLiteral("v2.55.1")
                              : version.startsWith(QLatin1Char('v')) ? version
                                                                     : QLatin1Char('v') + version);
    if (version.isEmpty())
        plan.defaultImageNote = EngineContext::tr("image %1 (the engine's pinned default)")
                                        .arg(plan.image);
    plan.ports = node.ports;
    plan.runAsUser = 65534;
    plan.healthPath = QStringLiteral("/-/ready");
    plan.args = {QStringLiteral("--config.file=/etc/prometheus/prometheus.yml"),
                 QStringLiteral("--storage.tsdb.path=/prometheus"),
                 QStringLiteral("--storage.tsdb.retention.time=%1")
                         .arg(node.str(QStringLiteral("retentionPeriod"))),
                 QStringLiteral("--web.listen-address=:%1").arg(node.ports.value(0))};
    plan.writablePaths = {QStringLiteral("/prometheus")};
    plan.volumes.push_back(configVolume(configName, QStringLiteral("prometheus.yml"),
                                        QStringLiteral("/etc/prometheus"), false));
    plan.podAnnotations.emplace_back(QStringLiteral("kubegram.dev/config-checksum"),
                                     checksum(content));
    ctx.info(QStringLiteral("assumption"), node,
             EngineContext::tr(
                     "metrics are kept in an emptyDir volume and lost when the pod restarts"));
    configMap(ctx, node, configName, QStringLiteral("prometheus.yml"), content);
    deployment(ctx, node, plan, 1);
}

} // namespace kg::engine
