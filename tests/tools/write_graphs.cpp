// Writes the sample graphs (resources/samples/) and the golden-test input graphs
// (tests/data/graphs/) through KGraphFormat, so both always load in the application.
//
//   kg_write_graphs <root>     writes <root>/resources/samples/*.kgraph and
//                              <root>/tests/data/graphs/*.kgraph
#include "io/KGraphFormat.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace kg;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QVariantList ports(std::initializer_list<int> list)
{
    QVariantList out;
    for (const int p : list)
        out << qint64(p);
    return out;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out << s(item);
    return out;
}

QVariantMap map(std::initializer_list<std::pair<const char *, QVariant>> list)
{
    QVariantMap out;
    for (const auto &kv : list)
        out.insert(s(kv.first), kv.second);
    return out;
}

class GraphBuilder
{
public:
    explicit GraphBuilder(const char *name, const char *description)
    {
        m_graph.name = s(name);
        m_graph.description = s(description);
    }

    QString node(const char *id, const char *kind, const char *name, QVariantMap props = {},
                 const QString &parent = {})
    {
        Node n;
        n.id = s(id);
        n.kind = s(kind);
        n.name = s(name);
        n.parent = parent;
        n.properties = std::move(props);
        m_graph.nodes.append(n);
        return n.id;
    }

    void edge(const QString &from, const QString &to, const char *type = "", QVariantMap props = {})
    {
        Edge e;
        e.id = QStringLiteral("e%1").arg(++m_edges);
        e.source = from;
        e.target = to;
        e.connectionType = s(type);
        if (e.connectionType.isEmpty()) {
            const auto &catalog = NodeKindCatalog::instance();
            auto kindOf = [&](const QString &id) {
                for (const Node &n : std::as_const(m_graph.nodes)) {
                    if (n.id == id)
                        return n.kind;
                }
                return QString();
            };
            e.connectionType = catalog.proposeConnectionType(kindOf(from), kindOf(to));
        }
        e.properties = std::move(props);
        m_graph.edges.append(e);
    }

    /// Tidy left-to-right positions, namespace frames sized around their children.
    GraphData arranged()
    {
        GraphData g = m_graph;
        applyLayout(g, arrangeLayered(g));
        return g;
    }

private:
    GraphData m_graph;
    int m_edges = 0;
};

GraphData threeTierWeb()
{
    GraphBuilder g("three-tier-web", "A storefront: web frontend, API and PostgreSQL behind one "
                                     "Ingress with TLS.");
    const QString ns = g.node("ns-storefront", "NAMESPACE", "storefront",
                              map({{"podSecurity", s("restricted")}}));
    const QString ingress = g.node("web-ingress", "INGRESS", "storefront",
                                   map({{"hosts", strings({"shop.example.com"})},
                                        {"paths", strings({"/", "/api"})},
                                        {"tlsEnabled", true}}),
                                   ns);
    const QString frontendSvc = g.node("frontend-svc", "SERVICE", "frontend",
                                       map({{"port", qint64(80)}}), ns);
    const QString frontend = g.node("frontend", "DEPLOYMENT", "frontend",
                                    map({{"image", s("ghcr.io/acme/storefront-web:2.3.1")},
                                         {"ports", ports({8080})},
                                         {"replicas", qint64(3)},
                                         {"healthPath", s("/healthz")}}),
                                    ns);
    const QString api = g.node("api", "MICROSERVICE", "api",
                               map({{"image", s("ghcr.io/acme/storefront-api:1.8.0")},
                                    {"language", s("go")},
                                    {"framework", s("gin")},
                                    {"ports", ports({8080})},
                                    {"replicas", qint64(2)},
                                    {"healthPath", s("/health")},
                                    {"cpuRequest", s("250m")},
                                    {"memoryRequest", s("256Mi")},
                                    {"cpuLimit", s("1")},
                                    {"memoryLimit", s("512Mi")}}),
                               ns);
    const QString db = g.node("orders-db", "DATABASE", "orders-db",
                              map({{"engine", s("postgresql")},
                                   {"version", s("16.4")},
                                   {"databaseName", s("orders")},
                                   {"username", s("storefront")},
                                   {"storageSize", s("20Gi")}}),
                              ns);
    const QString config = g.node("api-config", "CONFIGMAP", "api-config",
                                  map({{"data", map({{"LOG_LEVEL", s("info")},
                                                     {"CHECKOUT_FLOW", s("v2")}})}}),
                                  ns);
    const QString secret = g.node("api-secrets", "SECRET", "api-secrets",
                                  map({{"keys", strings({"STRIPE_API_KEY", "SESSION_SECRET"})}}),
                                  ns);
    const QString hpa = g.node("api-hpa", "HORIZONTALPODAUTOSCALER", "api",
                               map({{"minReplicas", qint64(2)}, {"maxReplicas", qint64(8)}}), ns);
    const QString pdb = g.node("frontend-pdb", "PODDISRUPTIONBUDGET", "frontend",
                               map({{"minAvailable", s("2")}}), ns);
    g.edge(ingress, frontendSvc);
    g.edge(ingress, api);
    g.edge(frontendSvc, frontend);
    g.edge(frontend, api);
    g.edge(api, db);
    g.edge(api, config);
    g.edge(api, secret);
    g.edge(hpa, api);
    g.edge(pdb, frontend);
    return g.arranged();
}

GraphData microserviceShop()
{
    GraphBuilder g("microservice-shop",
                   "An online shop of four microservices with PostgreSQL, Redis and RabbitMQ.");
    const QString ns = g.node("ns-shop", "NAMESPACE", "shop");
    const QString gateway = g.node("gateway", "GATEWAY", "shop-gateway",
                                   map({{"hosts", strings({"api.shop.example.com"})},
                                        {"paths", strings({"/catalog", "/cart", "/orders"})},
                                        {"basePath", s("/v1")},
                                        {"corsEnabled", true},
                                        {"tlsEnabled", true}}),
                                   ns);
    const QString catalog = g.node("catalog", "MICROSERVICE", "catalog",
                                   map({{"image", s("ghcr.io/acme/shop-catalog:3.2.0")},
                                        {"language", s("node")},
                                        {"framework", s("express")},
                                        {"healthPath", s("/healthz")},
                                        {"replicas", qint64(2)}}),
                                   ns);
    const QString cart = g.node("cart", "MICROSERVICE", "cart",
                                map({{"image", s("ghcr.io/acme/shop-cart:1.5.4")},
                                     {"language", s("go")},
                                     {"ports", ports({8080})},
                                     {"healthPath", s("/healthz")}}),
                                ns);
    const QString orders = g.node("orders", "MICROSERVICE", "orders",
                                  map({{"image", s("ghcr.io/acme/shop-orders:2.0.1")},
                                       {"language", s("java")},
                                       {"framework", s("spring-boot")},
                                       {"ports", ports({8080})},
                                       {"healthPath", s("/actuator/health")},
                                       {"memoryRequest", s("512Mi")},
                                       {"memoryLimit", s("1Gi")}}),
                                  ns);
    const QString payments = g.node("payments", "MICROSERVICE", "payments",
                                    map({{"image", s("ghcr.io/acme/shop-payments:1.1.0")},
                                         {"language", s("python")},
                                         {"framework", s("fastapi")},
                                         {"healthPath", s("/health")}}),
                                    ns);
    const QString postgres = g.node("orders-postgres", "DATABASE", "orders-postgres",
                                    map({{"engine", s("postgresql")},
                                         {"databaseName", s("orders")},
                                         {"username", s("orders")},
                                         {"storageSize", s("20Gi")}}),
                                    ns);
    const QString redis = g.node("cart-redis", "CACHE", "cart-redis",
                                 map({{"engine", s("redis")}, {"maxMemory", s("512mb")}}), ns);
    const QString queue = g.node("order-events", "MESSAGE_QUEUE", "order-events",
                                 map({{"engine", s("rabbitmq")},
                                      {"topics", strings({"order.created", "payment.settled"})}}),
                                 ns);
    g.edge(gateway, catalog);
    g.edge(gateway, cart);
    g.edge(gateway, orders);
    g.edge(cart, redis);
    g.edge(catalog, redis, "MICROSERVICE_DEPENDS_ON");
    g.edge(orders, postgres);
    g.edge(orders, queue);
    g.edge(orders, payments);
    g.edge(payments, queue, "MICROSERVICE_SUBSCRIBES_TO");
    return g.arranged();
}

GraphData nightlyBatch()
{
    GraphBuilder g("nightly-batch", "A nightly report job writing to an archive volume.");
    const QString ns = g.node("ns-batch", "NAMESPACE", "reporting");
    const QString cron = g.node("nightly-report", "CRONJOB", "nightly-report",
                                map({{"image", s("ghcr.io/acme/report-builder:4.2.0")},
                                     {"schedule", s("30 1 * * *")},
                                     {"command", strings({"/app/report-builder"})},
                                     {"args", strings({"--since=24h", "--out=/archive"})},
                                     {"restartPolicy", s("OnFailure")},
                                     {"backoffLimit", qint64(2)},
                                     {"cpuLimit", s("2")},
                                     {"memoryLimit", s("2Gi")}}),
                                ns);
    const QString migrate = g.node("archive-migration", "JOB", "archive-migration",
                                   map({{"image", s("ghcr.io/acme/report-builder:4.2.0")},
                                        {"command", strings({"/app/migrate-archive"})},
                                        {"backoffLimit", qint64(1)}}),
                                   ns);
    const QString archive = g.node("report-archive", "PERSISTENTVOLUMECLAIM", "report-archive",
                                   map({{"storageSize", s("50Gi")}, {"mountPath", s("/archive")}}),
                                   ns);
    const QString storage = g.node("fast-ssd", "STORAGECLASS", "fast-ssd",
                                   map({{"provisioner", s("ebs.csi.aws.com")},
                                        {"parameters", map({{"type", s("gp3")}})}}));
    const QString settings = g.node("report-settings", "CONFIGMAP", "report-settings",
                                    map({{"data", map({{"REPORT_FORMAT", s("parquet")},
                                                       {"TIMEZONE", s("Europe/Berlin")}})}}),
                                    ns);
    const QString creds = g.node("warehouse-credentials", "SECRET", "warehouse-credentials",
                                 map({{"keys", strings({"WAREHOUSE_USER", "WAREHOUSE_PASSWORD"})}}),
                                 ns);
    const QString warehouse = g.node("warehouse", "EXTERNAL_DEPENDENCY", "data-warehouse",
                                     map({{"host", s("warehouse.example.com")},
                                          {"port", qint64(5432)},
                                          {"scheme", s("postgresql")},
                                          {"provider", s("aws-redshift")}}),
                                     ns);
    g.edge(cron, archive);
    g.edge(cron, settings);
    g.edge(cron, creds);
    g.edge(cron, warehouse);
    g.edge(migrate, archive, "MOUNTS", map({{"mountPath", s("/archive")}}));
    g.edge(archive, storage);
    return g.arranged();
}

GraphData operatorRbac()
{
    GraphBuilder g("operator-rbac", "A backup operator with its service account and RBAC rules.");
    const QString ns = g.node("ns-ops", "NAMESPACE", "platform-operators",
                              map({{"podSecurity", s("restricted")}}));
    const QString op = g.node("operator", "DEPLOYMENT", "backup-operator",
                              map({{"image", s("ghcr.io/acme/backup-operator:0.9.3")},
                                   {"ports", ports({8080, 9443})},
                                   {"healthPath", s("/healthz")},
                                   {"args", strings({"--leader-elect"})}}),
                              ns);
    const QString sa = g.node("operator-sa", "SERVICEACCOUNT", "backup-operator",
                              map({{"automountToken", true}}), ns);
    const QString role = g.node("leader-role", "ROLE", "backup-operator-leader-election",
                                map({{"apiGroups", strings({"", "coordination.k8s.io"})},
                                     {"resources", strings({"configmaps", "leases"})},
                                     {"verbs", strings({"get", "list", "watch", "create", "update",
                                                        "patch"})}}),
                                ns);
    const QString binding = g.node("leader-binding", "ROLEBINDING",
                                   "backup-operator-leader-election", {}, ns);
    const QString clusterRole = g.node("read-role", "CLUSTERROLE", "backup-operator-read",
                                       map({{"apiGroups", strings({""})},
                                            {"resources", strings({"persistentvolumeclaims", "pods",
                                                                   "namespaces"})}}));
    const QString clusterBinding = g.node("read-binding", "CLUSTERROLEBINDING",
                                          "backup-operator-read");
    const QString priority = g.node("priority", "PRIORITYCLASS", "platform-critical",
                                    map({{"value", qint64(100000)},
                                         {"description", s("Platform operators.")}}));
    const QString quota = g.node("quota", "RESOURCEQUOTA", "operators-quota",
                                 map({{"pods", qint64(20)}}));
    const QString limits = g.node("limits", "LIMITRANGE", "operators-defaults");
    const QString pdb = g.node("operator-pdb", "PODDISRUPTIONBUDGET", "backup-operator",
                               map({{"maxUnavailable", s("1")}}), ns);
    g.edge(op, sa);
    g.edge(binding, role);
    g.edge(binding, sa);
    g.edge(clusterBinding, clusterRole);
    g.edge(clusterBinding, sa);
    g.edge(quota, ns);
    g.edge(limits, ns);
    g.edge(pdb, op);
    Q_UNUSED(priority)
    return g.arranged();
}

GraphData eventPipeline()
{
    GraphBuilder g("event-pipeline",
                   "Click events through Kafka to consumers, with a cache and Prometheus.");
    const QString ns = g.node("ns-events", "NAMESPACE", "events");
    const QString lb = g.node("ingest-lb", "LOAD_BALANCER", "ingest",
                              map({{"port", qint64(443)},
                                   {"targetPort", qint64(8443)},
                                   {"externalTrafficPolicy", s("Local")}}),
                              ns);
    const QString ingest = g.node("ingest-api", "MICROSERVICE", "ingest-api",
                                  map({{"image", s("ghcr.io/acme/event-ingest:5.0.2")},
                                       {"language", s("rust")},
                                       {"ports", ports({8443})},
                                       {"healthPath", s("/ready")},
                                       {"replicas", qint64(3)}}),
                                  ns);
    const QString bus = g.node("event-bus", "MESSAGE_QUEUE", "event-bus",
                               map({{"engine", s("kafka")},
                                    {"partitions", qint64(6)},
                                    {"storageSize", s("50Gi")},
                                    {"topics", strings({"clicks", "sessions"})}}),
                               ns);
    const QString enricher = g.node("enricher", "DEPLOYMENT", "enricher",
                                    map({{"image", s("ghcr.io/acme/event-enricher:2.4.0")},
                                         {"replicas", qint64(2)},
                                         {"ports", ports({9102})}}),
                                    ns);
    const QString archiver = g.node("archiver", "STATEFULSET", "event-archiver",
                                    map({{"image", s("ghcr.io/acme/event-archiver:1.3.0")},
                                         {"storageSize", s("100Gi")},
                                         {"mountPath", s("/var/lib/archive")},
                                         {"ports", ports({9102})}}),
                                    ns);
    const QString geo = g.node("geo-cache", "CACHE", "geo-cache",
                               map({{"engine", s("memcached")}, {"maxMemory", s("1gb")}}), ns);
    const QString shipper = g.node("log-shipper", "DAEMONSET", "log-shipper",
                                   map({{"image", s("fluent/fluent-bit:3.1.9")},
                                        {"ports", ports({2020})},
                                        {"healthPath", s("/api/v1/health")}}),
                                   ns);
    const QString metrics = g.node("metrics", "MONITORING", "metrics",
                                   map({{"retentionPeriod", s("7d")}}), ns);
    g.edge(lb, ingest);
    g.edge(ingest, bus, "MICROSERVICE_PUBLISHES_TO");
    g.edge(enricher, bus);
    g.edge(enricher, geo);
    g.edge(archiver, bus);
    g.edge(metrics, ingest);
    g.edge(metrics, enricher);
    g.edge(metrics, archiver);
    g.edge(metrics, shipper);
    return g.arranged();
}

// --- crafted golden cases ----------------------------------------------------------------------

GraphData oddNames()
{
    GraphBuilder g("Odd Names & Ünicode", "Names that are not DNS-1123 labels.");
    const QString web = g.node("n1", "DEPLOYMENT", "My Web App!",
                               map({{"image", s("nginx:1.27.3")},
                                    {"ports", ports({8080})},
                                    {"namespace", s("Team Ä / Prod")},
                                    {"labels", map({{"team", s("web")},
                                                    {"bad key!", s("x")},
                                                    {"tier", s("front end")}})},
                                    {"env", map({{"GOOD", s("1")}, {"BAD=NAME", s("2")}})}}));
    g.node("n2", "CONFIGMAP", "",
           map({{"namespace", s("Team Ä / Prod")},
                {"data", map({{"app.properties", s("a=1\nb=2\n")}, {"bad/key", s("x")}})}}));
    g.node("n3", "SERVICE", "---", map({{"namespace", s("Team Ä / Prod")}}));
    g.node("n4", "DEPLOYMENT",
           "a-very-long-deployment-name-that-goes-on-and-on-well-past-the-sixty-three-character-"
           "limit",
           map({{"image", s("ghcr.io/acme/long:1.0.0")}}));
    g.node("n5", "SECRET", "123 Secret 🔑", map({{"keys", strings({"token", "bad key"})}}));
    g.node("n6", "JOB", "Ünïcödé Jöb", map({{"image", s("busybox")}}));
    g.node("n7", "POD", "latest-pod", map({{"image", s("alpine:latest")}}));
    g.edge(web, QStringLiteral("n2"));
    return g.arranged();
}

GraphData unknownKinds()
{
    GraphBuilder g("unknown-kinds", "Kinds the engine does not know or does not generate.");
    const QString a = g.node("u1", "FROBNICATOR", "frob");
    const QString b = g.node("u2", "deployment", "lowercase-kind",
                             map({{"image", s("ghcr.io/acme/x:1.0.0")}, {"ports", ports({80})}}));
    g.node("u3", "REPLICASET", "replicas");
    g.node("u4", "CONFIG", "a note", map({{"text", s("remember to rotate keys")}}));
    g.node("u5", "VERTICALPODAUTOSCALER", "vpa");
    g.node("u6", "Stateful Set", "spaced-kind");
    g.node("u7", "", "no-kind");
    g.edge(a, b);
    g.edge(b, a);
    return g.arranged();
}

GraphData danglingEdges()
{
    GraphBuilder g("dangling-edges", "Edges to nowhere, self loops and pairs without a rule.");
    const QString a = g.node("d1", "DEPLOYMENT", "app",
                             map({{"image", s("ghcr.io/acme/app:1.0.0")},
                                  {"ports", ports({8080})}}));
    const QString cm = g.node("d2", "CONFIGMAP", "settings");
    const QString sec = g.node("d3", "SECRET", "token", map({{"keys", strings({"TOKEN"})}}));
    const QString svc = g.node("d4", "SERVICE", "other-svc", map({{"namespace", s("other")}}));
    g.edge(a, QStringLiteral("ghost"));
    g.edge(QStringLiteral("phantom"), a);
    g.edge(a, a);
    g.edge(cm, sec);
    g.edge(svc, a); // Service selecting pods in another namespace
    g.edge(a, svc, "BLOCKS_TRAFFIC");
    g.edge(cm, a); // drawn backwards: read as app → settings
    return g.arranged();
}

GraphData nameCollisions()
{
    GraphBuilder g("name-collisions", "Names that clash once sanitised.");
    g.node("c1", "DEPLOYMENT", "api", map({{"image", s("ghcr.io/acme/api:1.0.0")}}));
    g.node("c2", "DEPLOYMENT", "API", map({{"image", s("ghcr.io/acme/api:1.0.1")}}));
    g.node("c3", "STATEFULSET", "api ", map({{"image", s("ghcr.io/acme/api:1.0.2")}}));
    g.node("c4", "SERVICE", "api");
    g.node("c5", "DATABASE", "store");
    g.node("c6", "SECRET", "store-credentials", map({{"keys", strings({"x"})}}));
    g.node("c7", "CACHE", "store");
    const QString longA = QStringLiteral("x").repeated(70);
    g.node("c8", "CONFIGMAP", qPrintable(longA));
    g.node("c9", "CONFIGMAP", qPrintable(longA + QStringLiteral("y")));
    g.node("c10", "NAMESPACE", "team");
    g.node("c11", "NAMESPACE", "Team");
    return g.arranged();
}

GraphData everyKind()
{
    GraphBuilder g("every-kind", "Every node kind of the catalog, with odd property values.");
    const auto &catalog = NodeKindCatalog::instance();
    QHash<QString, QString> ids;
    for (const NodeKindInfo &k : catalog.kinds()) {
        QString name = k.id.toLower();
        name.replace(QLatin1Char('_'), QLatin1Char('-'));
        ids.insert(k.id, g.node(qPrintable(QStringLiteral("k-") + name), qPrintable(k.id),
                                qPrintable(QStringLiteral("my-") + name)));
    }
    // Odd values: wrong types and out-of-range numbers fall back to defaults, reported.
    g.node("odd-deploy", "DEPLOYMENT", "odd-values",
           map({{"replicas", s("many")},
                {"ports", s("http")},
                {"strategy", s("Sideways")},
                {"cpuRequest", s("lots")},
                {"image", s("ghcr.io/acme/odd:1.0.0")},
                {"readOnlyRootFilesystem", s("perhaps")}}));
    g.node("cron-bad", "CRONJOB", "bad-schedule",
           map({{"schedule", s("every night")}, {"image", s("ghcr.io/acme/cron:1.0.0")}}));
    g.node("db-mysql", "DATABASE", "mysql-db", map({{"engine", s("mysql")}}));
    g.node("db-maria", "DATABASE", "maria-db", map({{"engine", s("mariadb")}}));
    g.node("db-mongo", "DATABASE", "mongo-db", map({{"engine", s("mongodb")}}));
    g.node("db-ext", "DATABASE", "legacy-db",
           map({{"external", true}, {"host", s("db.legacy.example.com")}}));
    g.node("redis-p", "CACHE", "session-store", map({{"persistence", true}}));
    g.node("mq-nats", "MESSAGE_QUEUE", "nats-bus", map({{"engine", s("nats")}}));
    g.node("mq-kafka", "MESSAGE_QUEUE", "kafka-bus", map({{"engine", s("kafka")}}));
    g.node("envoy", "PROXY", "envoy-edge", map({{"proxyType", s("envoy")}}));
    g.node("haproxy", "PROXY", "haproxy-edge", map({{"proxyType", s("haproxy")}}));
    g.node("tls-secret", "SECRET", "tls-cert", map({{"secretType", s("kubernetes.io/tls")}}));
    g.node("pull-secret", "SECRET", "registry",
           map({{"secretType", s("kubernetes.io/dockerconfigjson")}}));
    auto id = [&](const char *kind) {
        return ids.value(s(kind));
    };
    g.edge(id("INGRESS"), id("SERVICE"));
    g.edge(id("INGRESS"), id("DEPLOYMENT"));
    g.edge(id("GATEWAY"), id("MICROSERVICE"));
    g.edge(id("SERVICE"), id("DEPLOYMENT"));
    g.edge(id("SERVICE"), id("STATEFULSET"));
    g.edge(id("LOAD_BALANCER"), id("SERVICE"));
    g.edge(id("PROXY"), id("MICROSERVICE"));
    g.edge(id("PROXY"), id("EXTERNAL_DEPENDENCY"));
    g.edge(QStringLiteral("envoy"), id("MICROSERVICE"));
    g.edge(QStringLiteral("haproxy"), id("MICROSERVICE"));
    g.edge(id("MONITORING"), id("MICROSERVICE"));
    g.edge(id("MONITORING"), id("DATABASE"));
    g.edge(id("DEPLOYMENT"), id("CONFIGMAP"));
    g.edge(id("DEPLOYMENT"), id("SECRET"), "REQUIRES", map({{"mountPath", s("/etc/secret")}}));
    g.edge(id("DEPLOYMENT"), id("PERSISTENTVOLUMECLAIM"));
    g.edge(id("DEPLOYMENT"), id("SERVICEACCOUNT"));
    g.edge(id("DEPLOYMENT"), id("DATABASE"));
    g.edge(id("DEPLOYMENT"), id("CACHE"));
    g.edge(id("DEPLOYMENT"), id("MESSAGE_QUEUE"));
    g.edge(id("DEPLOYMENT"), id("EXTERNAL_DEPENDENCY"));
    g.edge(id("DEPLOYMENT"), QStringLiteral("db-ext"));
    g.edge(id("MICROSERVICE"), id("DAEMONSET"));
    g.edge(id("JOB"), id("CONFIGMAP"), "MOUNTS");
    g.edge(id("CRONJOB"), id("SECRET"));
    g.edge(id("POD"), id("SERVICEACCOUNT"));
    g.edge(id("HORIZONTALPODAUTOSCALER"), id("DEPLOYMENT"));
    g.edge(id("PODDISRUPTIONBUDGET"), id("STATEFULSET"));
    g.edge(id("ROLEBINDING"), id("ROLE"));
    g.edge(id("ROLEBINDING"), id("SERVICEACCOUNT"));
    g.edge(id("CLUSTERROLEBINDING"), id("CLUSTERROLE"));
    g.edge(id("CLUSTERROLEBINDING"), id("SERVICEACCOUNT"));
    g.edge(id("PERSISTENTVOLUMECLAIM"), id("STORAGECLASS"));
    g.edge(id("NETWORKPOLICY"), id("DEPLOYMENT"));
    g.edge(id("NETWORKPOLICY"), id("MICROSERVICE"));
    g.edge(id("RESOURCEQUOTA"), id("NAMESPACE"));
    g.edge(id("LIMITRANGE"), id("NAMESPACE"));
    g.edge(id("HORIZONTALPODAUTOSCALER"), id("DAEMONSET"));
    return g.arranged();
}

GraphData flowsNetworkPolicies()
{
    GraphBuilder g("flows-network-policies",
                   "Drawn flows across two namespaces, generated with NetworkPolicies.");
    const QString front = g.node("ns-front", "NAMESPACE", "front");
    const QString back = g.node("ns-back", "NAMESPACE", "back");
    const QString ing = g.node("ing", "INGRESS", "web",
                               map({{"hosts", strings({"app.example.com"})}}), front);
    const QString web = g.node("web", "MICROSERVICE", "web",
                               map({{"image", s("ghcr.io/acme/web:1.0.0")},
                                    {"language", s("node")}}),
                               front);
    const QString api = g.node("api", "MICROSERVICE", "api",
                               map({{"image", s("ghcr.io/acme/api:1.0.0")}}), back);
    const QString db = g.node("db", "DATABASE", "db", {}, back);
    const QString worker = g.node("worker", "DEPLOYMENT", "worker",
                                  map({{"image", s("ghcr.io/acme/worker:1.0.0")}}), back);
    g.edge(ing, web);
    g.edge(web, api);
    g.edge(api, db);
    g.edge(worker, db);
    return g.arranged();
}

GraphData emptyGraph()
{
    GraphBuilder g("empty", "A graph with nothing in it.");
    return g.arranged();
}

bool write(const GraphData &g, const QString &dir, const QString &name, QTextStream &err)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".kgraph"));
    const Status st = io::KGraphFormat::writeFile(g, path);
    if (!st.ok()) {
        err << st.error().toString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "usage: kg_write_graphs <root>\n";
        return 2;
    }
    const QDir root(args.at(1));
    const QString samples = root.filePath(QStringLiteral("resources/samples"));
    const QString graphs = root.filePath(QStringLiteral("tests/data/graphs"));
    const QList<std::pair<QString, GraphData>> sampleGraphs{
            {QStringLiteral("three-tier-web"), threeTierWeb()},
            {QStringLiteral("microservice-shop"), microserviceShop()},
            {QStringLiteral("nightly-batch"), nightlyBatch()},
            {QStringLiteral("operator-rbac"), operatorRbac()},
            {QStringLiteral("event-pipeline"), eventPipeline()},
    };
    const QList<std::pair<QString, GraphData>> crafted{
            {QStringLiteral("odd-names"), oddNames()},
            {QStringLiteral("unknown-kinds"), unknownKinds()},
            {QStringLiteral("dangling-edges"), danglingEdges()},
            {QStringLiteral("name-collisions"), nameCollisions()},
            {QStringLiteral("every-kind"), everyKind()},
            {QStringLiteral("flows-network-policies"), flowsNetworkPolicies()},
            {QStringLiteral("empty"), emptyGraph()},
    };
    bool ok = true;
    for (const auto &g : sampleGraphs) {
        ok = write(g.second, samples, g.first, err) && ok;
        ok = write(g.second, graphs, g.first, err) && ok;
    }
    for (const auto &g : crafted)
        ok = write(g.second, graphs, g.first, err) && ok;
    return ok ? 0 : 1;
}
