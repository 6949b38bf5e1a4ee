// Data services: engine-aware databases, caches and message queues, or a Service pointing at
// an external one.
#include "codegen/EngineModel.h"

namespace kg::engine {

namespace {

/// What the engine knows about one data engine.
struct EngineSpec
{
    const char *engine;
    const char *image; ///< repository
    const char *tag;   ///< pinned default tag
    int port;
    qint64 uid;
    const char *dataPath;
    bool readOnlyRoot;    ///< whether the image works with a read-only root filesystem
    const char *writable; ///< comma-separated emptyDir paths it needs
};

const EngineSpec *specFor(const QString &engine)
{
    static const EngineSpec specs[] = {
            {"postgresql", "postgres", "16.4", 5432, 999, "/var/lib/postgresql/data", true,
             "/var/run/postgresql"},
            {"mysql", "mysql", "8.4.3", 3306, 999, "/var/lib/mysql", false, ""},
            {"mariadb", "mariadb", "11.4.4", 3306, 999, "/var/lib/mysql", false, ""},
            {"mongodb", "mongo", "7.0.15", 27017, 999, "/data/db", false, ""},
            {"redis", "redis", "7.4.1-alpine", 6379, 999, "/data", true, ""},
            {"memcached", "memcached", "1.6.32-alpine", 11211, 11211, "", true, ""},
            {"rabbitmq", "rabbitmq", "3.13.7-management-alpine", 5672, 999, "/var/lib/rabbitmq",
             false, ""},
            {"kafka", "bitnami/kafka", "3.8.1", 9092, 1001, "/bitnami/kafka", false, ""},
            {"nats", "nats", "2.10.22-alpine", 4222, 1000, "/data", true, ""},
    };
    for (const EngineSpec &s : specs) {
        if (engine == QLatin1String(s.engine))
            return &s;
    }
    return nullptr;
}

EnvVar value(const QString &name, const QString &v)
{
    return {name, v, {}, {}};
}

EnvVar secretRef(const QString &name, const QString &secret, const QString &key)
{
    return {name, {}, secret, key};
}

YamlValue execProbe(const QStringList &command)
{
    YamlValue a = YamlValue::map();
    a[QStringLiteral("exec")].set(QStringLiteral("command"), YamlValue::strings(command));
    return a;
}

void credentialsSecret(EngineContext &ctx, const EngineNode &node, const QString &user,
                       const QStringList &keys)
{
    const QString name = node.name + QStringLiteral("-credentials");
    YamlValue meta = ctx.metadata(node, name);
    meta[QStringLiteral("annotations")].set(QStringLiteral("kubegram.dev/placeholder"),
                                            QStringLiteral("true"));
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Secret"),
                                        std::move(meta));
    o.set(QStringLiteral("type"), QStringLiteral("Opaque"));
    YamlValue &data = o[QStringLiteral("stringData")];
    if (!user.isEmpty())
        data.set(QStringLiteral("username"), user);
    for (const QString &k : keys)
        data.set(k, secretPlaceholder());
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Secret"), name, std::move(o));
    ctx.warn(node, EngineContext::tr(
                           "Secret %1 holds placeholder values (%2); set real credentials before "
                           "deploying")
                           .arg(name, keys.join(QStringLiteral(", "))));
}

void externalService(EngineContext &ctx, EngineNode &node)
{
    QString host = node.str(QStringLiteral("host")).trimmed();
    if (host.isEmpty()) {
        host = node.name + QStringLiteral(".example.com");
        node.props.insert(QStringLiteral("host"), host);
        ctx.warn(node, EngineContext::tr("external, but no host is given; using the placeholder %1")
                               .arg(host));
    }
    YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("Service"),
                                        ctx.metadata(node, node.name));
    YamlValue &spec = o[QStringLiteral("spec")];
    spec.set(QStringLiteral("type"), QStringLiteral("ExternalName"));
    spec.set(QStringLiteral("externalName"), host);
    if (!node.ports.isEmpty() && node.ports.first() > 0) {
        YamlValue port = YamlValue::map();
        port.set(QStringLiteral("name"), QStringLiteral("tcp-%1").arg(node.ports.first()));
        port.set(QStringLiteral("port"), node.ports.first());
        port.set(QStringLiteral("protocol"), QStringLiteral("TCP"));
        spec[QStringLiteral("ports")].append(std::move(port));
    }
    ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), node.name, std::move(o));
    ctx.info(QStringLiteral("assumption"), node,
             EngineContext::tr(
                     "runs outside the cluster at %1; only a Service of type ExternalName is "
                     "generated")
                     .arg(host));
}

int megabytes(const QString &memory)
{
    QString m = memory.trimmed().toLower();
    int factor = 1;
    if (m.endsWith(QLatin1String("gb")) || m.endsWith(QLatin1String("gi"))) {
        factor = 1024;
        m.chop(2);
    } else if (m.endsWith(QLatin1String("mb")) || m.endsWith(QLatin1String("mi"))) {
        m.chop(2);
    } else if (m.endsWith(QLatin1Char('g'))) {
        factor = 1024;
        m.chop(1);
    } else if (m.endsWith(QLatin1Char('m'))) {
        m.chop(1);
    }
    bool ok = false;
    const int n = m.toInt(&ok);
    return ok && n > 0 ? n * factor : 0;
}

} // namespace

int standardPort(const QString &engine)
{
    const EngineSpec *s = specFor(engine);
    return s ? s->port : 0;
}

void buildDataService(EngineContext &ctx, EngineNode &node)
{
    if (node.external) {
        externalService(ctx, node);
        return;
    }
    const EngineSpec *spec = specFor(node.engineName);
    if (!spec) {
        ctx.warn(node, EngineContext::tr("engine \"%1\" is not known; no object generated")
                               .arg(node.engineName));
        return;
    }
    const QString name = node.name;
    const bool isDatabase = node.isKind("DATABASE");
    const bool isCache = node.isKind("CACHE");
    const bool stateful = !isCache || node.flag(QStringLiteral("persistence"));
    const QString user = node.str(QStringLiteral("username"));
    const QString db = node.str(QStringLiteral("databaseName"));
    const QString secret = name + QStringLiteral("-credentials");

    ContainerPlan plan;
    plan.containerName = QLatin1String(spec->engine);
    const QString version = node.str(QStringLiteral("version")).trimmed();
    plan.image = QStringLiteral("%1:%2").arg(QLatin1String(spec->image),
                                             version.isEmpty() ? QLatin1String(spec->tag) : version);
    if (version.isEmpty())
        plan.defaultImageNote = EngineContext::tr("image %1 (the engine's pinned default)")
                                        .arg(plan.image);
    plan.ports = node.ports;
    plan.runAsUser = spec->uid;
    plan.readOnlyRootFilesystem = spec->readOnlyRoot;
    if (QLatin1String(spec->writable).size() > 0)
        plan.writablePaths = QString::fromLatin1(spec->writable).split(QLatin1Char(','));
    if (!spec->readOnlyRoot)
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr(
                         "%1 writes to its root filesystem at start-up; the root filesystem stays "
                         "writable")
                         .arg(node.engineName));

    const QString engine = node.engineName;
    if (engine == QLatin1String("postgresql")) {
        plan.env = {value(QStringLiteral("POSTGRES_DB"), db),
                    value(QStringLiteral("POSTGRES_USER"), user),
                    secretRef(QStringLiteral("POSTGRES_PASSWORD"), secret,
                              QStringLiteral("password")),
                    value(QStringLiteral("PGDATA"),
                          QStringLiteral("/var/lib/postgresql/data/pgdata"))};
        plan.readinessProbe = execProbe({QStringLiteral("pg_isready"), QStringLiteral("-U"), user,
                                         QStringLiteral("-d"), db});
    } else if (engine == QLatin1String("mysql") || engine == QLatin1String("mariadb")) {
        const QString p = engine == QLatin1String("mysql") ? QStringLiteral("MYSQL")
                                                           : QStringLiteral("MARIADB");
        plan.env = {value(p + QStringLiteral("_DATABASE"), db),
                    value(p + QStringLiteral("_USER"), user),
                    secretRef(p + QStringLiteral("_PASSWORD"), secret, QStringLiteral("password")),
                    secretRef(p + QStringLiteral("_ROOT_PASSWORD"), secret,
                              QStringLiteral("root-password"))};
        plan.readinessProbe = engine == QLatin1String("mysql")
                                      ? execProbe({QStringLiteral("mysqladmin"),
                                                   QStringLiteral("ping"), QStringLiteral("-h"),
                                                   QStringLiteral("127.0.0.1")})
                                      : execProbe({QStringLiteral("healthcheck.sh"),
                                                   QStringLiteral("--connect"),
                                                   QStringLiteral("--innodb_initialized")});
    } else if (engine == QLatin1String("mongodb")) {
        plan.env = {value(QStringLiteral("MONGO_INITDB_ROOT_USERNAME"), user),
                    secretRef(QStringLiteral("MONGO_INITDB_ROOT_PASSWORD"), secret,
                              QStringLiteral("password")),
                    value(QStringLiteral("MONGO_INITDB_DATABASE"), db)};
        plan.readinessProbe = execProbe({QStringLiteral("mongosh"), QStringLiteral("--quiet"),
                                         QStringLiteral("--eval"),
                                         QStringLiteral("db.adminCommand('ping')")});
    } else if (engine == QLatin1String("redis")) {
        plan.args = {QStringLiteral("--maxmemory"), node.str(QStringLiteral("maxMemory")),
                     QStringLiteral("--maxmemory-policy"),
                     node.str(QStringLiteral("evictionPolicy"))};
        if (stateful)
            plan.args << QStringLiteral("--appendonly") << QStringLiteral("yes");
        else
            plan.writablePaths << QStringLiteral("/data");
    } else if (engine == QLatin1String("memcached")) {
        const int mb = megabytes(node.str(QStringLiteral("maxMemory")));
        plan.args = {QStringLiteral("-m"), QString::number(mb > 0 ? mb : 64)};
        if (mb <= 0)
            ctx.warn(node, EngineContext::tr("max memory \"%1\" is not understood; using 64 MB")
                                   .arg(node.str(QStringLiteral("maxMemory"))));
    } else if (engine == QLatin1String("rabbitmq")) {
        plan.env = {value(QStringLiteral("RABBITMQ_DEFAULT_USER"), QStringLiteral("app")),
                    secretRef(QStringLiteral("RABBITMQ_DEFAULT_PASS"), secret,
                              QStringLiteral("password"))};
        plan.readinessProbe = execProbe({QStringLiteral("rabbitmq-diagnostics"),
                                         QStringLiteral("-q"), QStringLiteral("ping")});
    } else if (engine == QLatin1String("kafka")) {
        const QString port = QString::number(node.ports.value(0));
        plan.env = {value(QStringLiteral("KAFKA_CFG_NODE_ID"), QStringLiteral("0")),
                    value(QStringLiteral("KAFKA_CFG_PROCESS_ROLES"),
                          QStringLiteral("controller,broker")),
                    value(QStringLiteral("KAFKA_CFG_LISTENERS"),
                          QStringLiteral("PLAINTEXT://:%1,CONTROLLER://:9093").arg(port)),
                    value(QStringLiteral("KAFKA_CFG_ADVERTISED_LISTENERS"),
                          QStringLiteral("PLAINTEXT://%1.%2.svc.cluster.local:%3")
                                  .arg(name, node.ns, port)),
                    value(QStringLiteral("KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP"),
                          QStringLiteral("CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")),
                    value(QStringLiteral("KAFKA_CFG_CONTROLLER_LISTENER_NAMES"),
                          QStringLiteral("CONTROLLER")),
                    value(QStringLiteral("KAFKA_CFG_CONTROLLER_QUORUM_VOTERS"),
                          QStringLiteral("0@localhost:9093")),
                    value(QStringLiteral("KAFKA_CFG_NUM_PARTITIONS"),
                          QString::number(node.integer(QStringLiteral("partitions"))))};
        if (node.integer(QStringLiteral("replicas")) > 1)
            ctx.warn(node, EngineContext::tr(
                                   "Kafka runs as a single-node KRaft cluster; more replicas need "
                                   "a controller quorum configured by hand"));
    } else if (engine == QLatin1String("nats")) {
        plan.args = {QStringLiteral("--jetstream"), QStringLiteral("--store_dir"),
                     QStringLiteral("/data")};
    }
    if (node.isKind("MESSAGE_QUEUE")) {
        const QStringList topics = node.list(QStringLiteral("topics"));
        if (!topics.isEmpty())
            ctx.info(QStringLiteral("assumption"), node,
                     EngineContext::tr(
                             "topics/queues %1 are created by the clients or by hand; the engine "
                             "does not create them")
                             .arg(topics.join(QStringLiteral(", "))));
    }
    applyContainerProperties(ctx, node, plan);

    const QString storage = node.str(QStringLiteral("storageSize")).trimmed();
    const bool withClaim = stateful && QLatin1String(spec->dataPath).size() > 0;
    if (withClaim)
        plan.claimTemplateMounts.emplace_back(QStringLiteral("data"),
                                              QString::fromLatin1(spec->dataPath));
    YamlValue tpl = podTemplate(ctx, node, plan);

    if (isDatabase || engine == QLatin1String("rabbitmq")) {
        QStringList keys{QStringLiteral("password")};
        if (engine == QLatin1String("mysql") || engine == QLatin1String("mariadb"))
            keys << QStringLiteral("root-password");
        credentialsSecret(ctx, node,
                          engine == QLatin1String("rabbitmq") ? QStringLiteral("app") : user, keys);
    }
    const qint64 replicas = node.integer(QStringLiteral("replicas"));
    if (isDatabase && replicas > 1)
        ctx.warn(node,
                 EngineContext::tr("%1 replicas start independent %2 instances; replication is not "
                                   "configured")
                         .arg(replicas)
                         .arg(engine));

    YamlValue rep(replicas);
    rep.setHelmValue(EngineContext::helmPath(node, QStringLiteral("replicas")));
    YamlValue selector = YamlValue::map();
    selector.set(QStringLiteral("matchLabels"), ctx.selectorLabels(node));
    if (stateful) {
        YamlValue o = EngineContext::object(QStringLiteral("apps/v1"),
                                            QStringLiteral("StatefulSet"),
                                            ctx.metadata(node, name));
        YamlValue &s = o[QStringLiteral("spec")];
        s.set(QStringLiteral("serviceName"), name);
        s.set(QStringLiteral("replicas"), rep);
        s.set(QStringLiteral("selector"), selector);
        s.set(QStringLiteral("template"), std::move(tpl));
        if (withClaim) {
            QString size = storage;
            if (!isQuantity(size)) {
                ctx.warn(node, EngineContext::tr("storage size \"%1\" is not a quantity; using 1Gi")
                                       .arg(size));
                size = QStringLiteral("1Gi");
            } else if (!node.isSet(QStringLiteral("storageSize"))) {
                ctx.info(QStringLiteral("default"), node,
                         EngineContext::tr("storage: a %1 volume claim per replica at %2")
                                 .arg(size, QLatin1String(spec->dataPath)));
            }
            YamlValue claim = YamlValue::map();
            claim[QStringLiteral("metadata")].set(QStringLiteral("name"), QStringLiteral("data"));
            YamlValue &cs = claim[QStringLiteral("spec")];
            cs.set(QStringLiteral("accessModes"),
                   YamlValue::strings({QStringLiteral("ReadWriteOnce")}));
            const QString sc = node.str(QStringLiteral("storageClass")).trimmed();
            if (!sc.isEmpty())
                cs.set(QStringLiteral("storageClassName"), sc);
            cs[QStringLiteral("resources")][QStringLiteral("requests")].set(QStringLiteral(
                                                                                    "storage"),
                                                                            size);
            s[QStringLiteral("volumeClaimTemplates")].append(std::move(claim));
        }
        ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("StatefulSet"), name, std::move(o));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), name,
                 serviceFor(ctx, node, name, node.ports, true));
    } else {
        YamlValue o = EngineContext::object(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                            ctx.metadata(node, name));
        YamlValue &s = o[QStringLiteral("spec")];
        s.set(QStringLiteral("replicas"), rep);
        s.set(QStringLiteral("selector"), selector);
        s.set(QStringLiteral("template"), std::move(tpl));
        ctx.emit(node, QStringLiteral("apps/v1"), QStringLiteral("Deployment"), name, std::move(o));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("Service"), name,
                 serviceFor(ctx, node, name, node.ports, false));
        ctx.info(QStringLiteral("assumption"), node,
                 EngineContext::tr("no persistence: the cache starts empty after every restart"));
    }
}

} // namespace kg::engine
