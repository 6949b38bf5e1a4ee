#include "model/NodeKindCatalog.h"

#include <QRegularExpression>

namespace kg {

namespace {

constexpr qint64 PortMin = 1;
constexpr qint64 PortMax = 65535;

PropertySpec str(const QString &key, const QString &label, const QString &def = {},
                 const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::String;
    p.label = label;
    p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySpec text(const QString &key, const QString &label, const QString &help = {})
{
    PropertySpec p = str(key, label, {}, help);
    p.type = PropertyType::Text;
    return p;
}

PropertySpec integer(const QString &key, const QString &label, qint64 def, qint64 min, qint64 max,
                     const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::Int;
    p.label = label;
    p.defaultValue = def;
    p.min = min;
    p.max = max;
    p.help = help;
    return p;
}

PropertySpec boolean(const QString &key, const QString &label, bool def, const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::Bool;
    p.label = label;
    p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySpec choice(const QString &key, const QString &label, const QStringList &values,
                    const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::Enum;
    p.label = label;
    p.allowedValues = values;
    p.defaultValue = values.value(0);
    p.help = help;
    return p;
}

PropertySpec list(const QString &key, const QString &label, const QStringList &def = {},
                  const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::StringList;
    p.label = label;
    p.defaultValue = def;
    p.help = help;
    return p;
}

PropertySpec ports(const QString &key, const QString &label, const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::IntList;
    p.label = label;
    p.defaultValue = QVariantList{};
    p.min = PortMin;
    p.max = PortMax;
    p.help = help;
    return p;
}

PropertySpec map(const QString &key, const QString &label, const QString &help = {})
{
    PropertySpec p;
    p.key = key;
    p.type = PropertyType::StringMap;
    p.label = label;
    p.defaultValue = QVariantMap{};
    p.help = help;
    return p;
}

QString canonicalKey(const QString &id)
{
    QString s = id.trimmed().toUpper();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    s.replace(QLatin1Char(' '), QLatin1Char('_'));
    return s;
}

} // namespace

const PropertySpec *NodeKindInfo::property(const QString &key) const
{
    for (const PropertySpec &p : properties) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

const NodeKindCatalog &NodeKindCatalog::instance()
{
    static const NodeKindCatalog catalog;
    return catalog;
}

NodeKindCatalog::NodeKindCatalog()
{
    buildKinds();
    buildRules();
    for (int i = 0; i < m_kinds.size(); ++i)
        m_index.insert(m_kinds.at(i).id, i);
}

void NodeKindCatalog::buildKinds()
{
    using R = KindRole;
    const QList<PropertySpec> common{
        str(QStringLiteral("namespace"), tr("Namespace"), {},
            tr("Kubernetes namespace; empty = the containing namespace frame, else 'default'.")),
        map(QStringLiteral("labels"), tr("Labels"), tr("Extra labels added to every object.")),
    };
    const QList<PropertySpec> resources{
        str(QStringLiteral("cpuRequest"), tr("CPU request"), QStringLiteral("100m")),
        str(QStringLiteral("memoryRequest"), tr("Memory request"), QStringLiteral("128Mi")),
        str(QStringLiteral("cpuLimit"), tr("CPU limit"), QStringLiteral("500m")),
        str(QStringLiteral("memoryLimit"), tr("Memory limit"), QStringLiteral("256Mi")),
    };
    const QList<PropertySpec> container{
        str(QStringLiteral("image"), tr("Image"), {},
            tr("Container image with a tag, e.g. ghcr.io/acme/api:1.4.2.")),
        ports(QStringLiteral("ports"), tr("Container ports")),
        map(QStringLiteral("env"), tr("Environment")),
        list(QStringLiteral("command"), tr("Command")),
        list(QStringLiteral("args"), tr("Arguments")),
        str(QStringLiteral("healthPath"), tr("Health check path"), {},
            tr("HTTP path for readiness and liveness probes, e.g. /healthz.")),
        boolean(QStringLiteral("readOnlyRootFilesystem"), tr("Read-only root filesystem"), true),
    };
    const PropertySpec replicas = integer(QStringLiteral("replicas"), tr("Replicas"), 1, 0, 10000);
    const QStringList restartOnFailure{QStringLiteral("OnFailure"), QStringLiteral("Never")};
    const QStringList accessModes{QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadOnlyMany"),
                                  QStringLiteral("ReadWriteMany"),
                                  QStringLiteral("ReadWriteOncePod")};
    const PropertySpec storageClass = str(QStringLiteral("storageClass"), tr("Storage class"), {},
                                          tr("Empty = the cluster's default storage class."));
    const PropertySpec external = boolean(
        QStringLiteral("external"), tr("External (not deployed)"), false,
        tr("The component runs outside the cluster; only a Service pointing at it is generated."));
    const PropertySpec externalHost = str(QStringLiteral("host"), tr("External host"), {},
                                          tr("DNS name of the external component."));
    const PropertySpec version = str(QStringLiteral("version"), tr("Version"), {},
                                     tr("Image tag; empty = the engine's pinned default."));

    auto add = [this](const QString &id, const QString &name, KindCategory cat, KindRoles roles,
                      const QString &desc, QList<PropertySpec> props, bool generates = true) {
        NodeKindInfo k;
        k.id = id;
        k.displayName = name;
        k.description = desc;
        k.category = cat;
        k.iconId = id.toLower();
        k.roles = roles;
        k.generates = generates;
        k.properties = std::move(props);
        m_kinds.append(std::move(k));
    };

    // --- Workloads ---
    add(QStringLiteral("MICROSERVICE"), tr("Microservice"), KindCategory::Workloads, R::Workload,
        tr("An application service: a Deployment and a ClusterIP Service for its ports."),
        common + QList<PropertySpec>{str(QStringLiteral("language"), tr("Language")),
                                     str(QStringLiteral("framework"), tr("Framework")), replicas}
            + container + resources);
    add(QStringLiteral("DEPLOYMENT"), tr("Deployment"), KindCategory::Workloads, R::Workload,
        tr("Stateless pods with rolling updates."),
        common + QList<PropertySpec>{replicas,
                                     choice(QStringLiteral("strategy"), tr("Update strategy"),
                                            {QStringLiteral("RollingUpdate"),
                                             QStringLiteral("Recreate")})}
            + container + resources);
    add(QStringLiteral("STATEFULSET"), tr("StatefulSet"), KindCategory::Workloads, R::Workload,
        tr("Pods with stable identity and their own volumes, behind a headless Service."),
        common
            + QList<PropertySpec>{replicas,
                                  str(QStringLiteral("storageSize"), tr("Storage per replica"), {},
                                      tr("Empty = no volume claim template, e.g. 10Gi.")),
                                  storageClass,
                                  str(QStringLiteral("mountPath"), tr("Mount path"),
                                      QStringLiteral("/data"))}
            + container + resources);
    add(QStringLiteral("DAEMONSET"), tr("DaemonSet"), KindCategory::Workloads, R::Workload,
        tr("One pod on every node."), common + container + resources);
    add(QStringLiteral("JOB"), tr("Job"), KindCategory::Workloads, R::Workload,
        tr("Pods that run to completion."),
        common
            + QList<PropertySpec>{integer(QStringLiteral("backoffLimit"), tr("Retries"), 6, 0, 1000),
                                  integer(QStringLiteral("completions"), tr("Completions"), 1, 1,
                                          100000),
                                  integer(QStringLiteral("parallelism"), tr("Parallelism"), 1, 0,
                                          100000),
                                  choice(QStringLiteral("restartPolicy"), tr("Restart policy"),
                                         restartOnFailure)}
            + container + resources);
    add(QStringLiteral("CRONJOB"), tr("CronJob"), KindCategory::Workloads, R::Workload,
        tr("A Job on a schedule."),
        common
            + QList<PropertySpec>{str(QStringLiteral("schedule"), tr("Schedule"),
                                      QStringLiteral("0 2 * * *"),
                                      tr("Cron expression: minute hour day month weekday.")),
                                  choice(QStringLiteral("concurrencyPolicy"),
                                         tr("Concurrency policy"),
                                         {QStringLiteral("Forbid"), QStringLiteral("Allow"),
                                          QStringLiteral("Replace")}),
                                  integer(QStringLiteral("backoffLimit"), tr("Retries"), 6, 0, 1000),
                                  choice(QStringLiteral("restartPolicy"), tr("Restart policy"),
                                         restartOnFailure)}
            + container + resources);
    add(QStringLiteral("POD"), tr("Pod"), KindCategory::Workloads, R::Workload,
        tr("A single pod; prefer a Deployment for anything long-lived."),
        common
            + QList<PropertySpec>{choice(QStringLiteral("restartPolicy"), tr("Restart policy"),
                                         {QStringLiteral("Always"), QStringLiteral("OnFailure"),
                                          QStringLiteral("Never")})}
            + container + resources);
    add(QStringLiteral("REPLICASET"), tr("ReplicaSet"), KindCategory::Workloads, R::Workload,
        tr("Managed by Deployments; not generated on its own (use a Deployment)."),
        common + QList<PropertySpec>{replicas} + container, false);

    // --- Networking ---
    add(QStringLiteral("SERVICE"), tr("Service"), KindCategory::Networking, R::ServiceFront,
        tr("A stable address for the workloads it is connected to."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("serviceType"), tr("Type"),
                       {QStringLiteral("ClusterIP"), QStringLiteral("NodePort"),
                        QStringLiteral("LoadBalancer"), QStringLiteral("Headless")}),
                integer(QStringLiteral("port"), tr("Port"), 80, PortMin, PortMax),
                integer(QStringLiteral("targetPort"), tr("Target port"), 0, 0, PortMax,
                        tr("0 = the first port of the connected workload.")),
                choice(QStringLiteral("protocol"), tr("Protocol"),
                       {QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")})});
    const QList<PropertySpec> ingressProps{
        list(QStringLiteral("hosts"), tr("Hosts"), {}, tr("Host names, e.g. shop.example.com.")),
        list(QStringLiteral("paths"), tr("Paths"), {QStringLiteral("/")}),
        choice(QStringLiteral("pathType"), tr("Path type"),
               {QStringLiteral("Prefix"), QStringLiteral("Exact"),
                QStringLiteral("ImplementationSpecific")}),
        str(QStringLiteral("ingressClassName"), tr("Ingress class"), QStringLiteral("nginx")),
        boolean(QStringLiteral("tlsEnabled"), tr("TLS"), false),
        str(QStringLiteral("tlsSecretName"), tr("TLS secret"), {},
            tr("Empty = <name>-tls when TLS is on.")),
    };
    add(QStringLiteral("INGRESS"), tr("Ingress"), KindCategory::Networking, R::IngressFront,
        tr("HTTP routing from outside the cluster to Services."), common + ingressProps);
    add(QStringLiteral("GATEWAY"), tr("API Gateway"), KindCategory::Networking, R::IngressFront,
        tr("An API entry point; generated as an Ingress with its routes."),
        common + ingressProps
            + QList<PropertySpec>{str(QStringLiteral("basePath"), tr("Base path")),
                                  boolean(QStringLiteral("corsEnabled"), tr("CORS"), false)});
    add(QStringLiteral("LOAD_BALANCER"), tr("Load Balancer"), KindCategory::Networking,
        R::TrafficFront,
        tr("A Service of type LoadBalancer in front of its backends."),
        common
            + QList<PropertySpec>{
                integer(QStringLiteral("port"), tr("Port"), 80, PortMin, PortMax),
                integer(QStringLiteral("targetPort"), tr("Target port"), 0, 0, PortMax,
                        tr("0 = the first port of the backend.")),
                choice(QStringLiteral("externalTrafficPolicy"), tr("External traffic policy"),
                       {QStringLiteral("Cluster"), QStringLiteral("Local")})});
    add(QStringLiteral("PROXY"), tr("Proxy"), KindCategory::Networking, R::TrafficFront | R::Workload,
        tr("An nginx, Envoy or HAProxy deployment whose upstreams are its connections."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("proxyType"), tr("Proxy"),
                       {QStringLiteral("nginx"), QStringLiteral("envoy"),
                        QStringLiteral("haproxy")}),
                version,
                integer(QStringLiteral("replicas"), tr("Replicas"), 2, 0, 10000),
                integer(QStringLiteral("port"), tr("Port"), 8080, PortMin, PortMax),
                list(QStringLiteral("upstreams"), tr("Extra upstreams"), {},
                     tr("host:port entries besides the connected nodes.")),
                str(QStringLiteral("healthCheckPath"), tr("Health check path"),
                    QStringLiteral("/healthz"))}
            + resources);
    add(QStringLiteral("NETWORKPOLICY"), tr("Network Policy"), KindCategory::Networking,
        R::NetworkRule,
        tr("Restricts traffic to the workloads it is connected to."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("policyTypes"), tr("Policy types"),
                       {QStringLiteral("Ingress"), QStringLiteral("Egress"),
                        QStringLiteral("Ingress,Egress")}),
                boolean(QStringLiteral("allowSameNamespace"), tr("Allow same namespace"), true)});
    add(QStringLiteral("ENDPOINT"), tr("Endpoint"), KindCategory::Networking, R::None,
        tr("Managed by Kubernetes; not generated."), common, false);

    // --- Config and storage ---
    add(QStringLiteral("CONFIGMAP"), tr("ConfigMap"), KindCategory::ConfigAndStorage,
        R::ConfigSource, tr("Configuration data for workloads (environment or files)."),
        common + QList<PropertySpec>{map(QStringLiteral("data"), tr("Data"))});
    add(QStringLiteral("SECRET"), tr("Secret"), KindCategory::ConfigAndStorage, R::ConfigSource,
        tr("Credentials for workloads; generated with placeholder values only."),
        common
            + QList<PropertySpec>{
                list(QStringLiteral("keys"), tr("Keys"), {},
                     tr("Key names; values are placeholders to replace at deploy time.")),
                choice(QStringLiteral("secretType"), tr("Type"),
                       {QStringLiteral("Opaque"), QStringLiteral("kubernetes.io/tls"),
                        QStringLiteral("kubernetes.io/dockerconfigjson")})});
    add(QStringLiteral("PERSISTENTVOLUMECLAIM"), tr("Volume Claim"), KindCategory::ConfigAndStorage,
        R::VolumeClaim, tr("Storage requested by workloads."),
        common
            + QList<PropertySpec>{str(QStringLiteral("storageSize"), tr("Size"),
                                      QStringLiteral("1Gi")),
                                  storageClass,
                                  choice(QStringLiteral("accessMode"), tr("Access mode"),
                                         accessModes),
                                  str(QStringLiteral("mountPath"), tr("Mount path"),
                                      QStringLiteral("/data"))});
    add(QStringLiteral("STORAGECLASS"), tr("Storage Class"), KindCategory::ConfigAndStorage,
        R::StorageBackend | R::ClusterScoped, tr("How volumes are provisioned."),
        QList<PropertySpec>{
            map(QStringLiteral("labels"), tr("Labels")),
            str(QStringLiteral("provisioner"), tr("Provisioner"),
                QStringLiteral("kubernetes.io/no-provisioner")),
            choice(QStringLiteral("reclaimPolicy"), tr("Reclaim policy"),
                   {QStringLiteral("Delete"), QStringLiteral("Retain")}),
            choice(QStringLiteral("volumeBindingMode"), tr("Binding mode"),
                   {QStringLiteral("WaitForFirstConsumer"), QStringLiteral("Immediate")}),
            boolean(QStringLiteral("allowVolumeExpansion"), tr("Allow expansion"), true),
            map(QStringLiteral("parameters"), tr("Parameters"))});
    add(QStringLiteral("PERSISTENTVOLUME"), tr("Persistent Volume"),
        KindCategory::ConfigAndStorage, R::StorageBackend | R::ClusterScoped,
        tr("A piece of pre-provisioned storage."),
        QList<PropertySpec>{map(QStringLiteral("labels"), tr("Labels")),
                            str(QStringLiteral("capacity"), tr("Capacity"), QStringLiteral("10Gi")),
                            choice(QStringLiteral("accessMode"), tr("Access mode"), accessModes),
                            storageClass,
                            choice(QStringLiteral("reclaimPolicy"), tr("Reclaim policy"),
                                   {QStringLiteral("Retain"), QStringLiteral("Delete")}),
                            str(QStringLiteral("hostPath"), tr("Host path"),
                                QStringLiteral("/mnt/data"))});
    add(QStringLiteral("VOLUME"), tr("Volume"), KindCategory::ConfigAndStorage, R::None,
        tr("Part of a pod spec; use a Volume Claim instead."), common, false);

    // --- Data services ---
    add(QStringLiteral("DATABASE"), tr("Database"), KindCategory::DataServices, R::DataService,
        tr("PostgreSQL, MySQL, MariaDB or MongoDB as a StatefulSet, or an external database."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("engine"), tr("Engine"),
                       {QStringLiteral("postgresql"), QStringLiteral("mysql"),
                        QStringLiteral("mariadb"), QStringLiteral("mongodb")}),
                version,
                str(QStringLiteral("databaseName"), tr("Database name"), QStringLiteral("app")),
                str(QStringLiteral("username"), tr("User name"), QStringLiteral("app")),
                integer(QStringLiteral("port"), tr("Port"), 0, 0, PortMax,
                        tr("0 = the engine's standard port.")),
                integer(QStringLiteral("replicas"), tr("Replicas"), 1, 1, 100),
                str(QStringLiteral("storageSize"), tr("Storage"), QStringLiteral("10Gi")),
                storageClass, external, externalHost}
            + resources);
    add(QStringLiteral("CACHE"), tr("Cache"), KindCategory::DataServices, R::DataService,
        tr("Redis or Memcached."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("engine"), tr("Engine"),
                       {QStringLiteral("redis"), QStringLiteral("memcached")}),
                version,
                integer(QStringLiteral("port"), tr("Port"), 0, 0, PortMax,
                        tr("0 = the engine's standard port.")),
                str(QStringLiteral("maxMemory"), tr("Max memory"), QStringLiteral("256mb")),
                choice(QStringLiteral("evictionPolicy"), tr("Eviction policy"),
                       {QStringLiteral("allkeys-lru"), QStringLiteral("volatile-lru"),
                        QStringLiteral("allkeys-lfu"), QStringLiteral("noeviction")}),
                boolean(QStringLiteral("persistence"), tr("Persistence"), false,
                        tr("Keep data on a volume (StatefulSet + claim).")),
                str(QStringLiteral("storageSize"), tr("Storage"), QStringLiteral("1Gi")),
                integer(QStringLiteral("replicas"), tr("Replicas"), 1, 1, 100), storageClass,
                external, externalHost}
            + resources);
    add(QStringLiteral("MESSAGE_QUEUE"), tr("Message Queue"), KindCategory::DataServices,
        R::DataService, tr("RabbitMQ, Kafka or NATS as a StatefulSet."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("engine"), tr("Engine"),
                       {QStringLiteral("rabbitmq"), QStringLiteral("kafka"),
                        QStringLiteral("nats")}),
                version,
                integer(QStringLiteral("port"), tr("Port"), 0, 0, PortMax,
                        tr("0 = the engine's standard port.")),
                integer(QStringLiteral("replicas"), tr("Replicas"), 1, 1, 100),
                str(QStringLiteral("storageSize"), tr("Storage"), QStringLiteral("5Gi")),
                storageClass, list(QStringLiteral("topics"), tr("Topics / queues")),
                integer(QStringLiteral("partitions"), tr("Partitions"), 1, 1, 10000), external,
                externalHost}
            + resources);

    // --- Access control ---
    add(QStringLiteral("SERVICEACCOUNT"), tr("Service Account"), KindCategory::AccessControl,
        R::Account, tr("An identity for pods."),
        common
            + QList<PropertySpec>{boolean(QStringLiteral("automountToken"),
                                          tr("Mount API token"), false)});
    const QList<PropertySpec> ruleProps{
        list(QStringLiteral("apiGroups"), tr("API groups"), {QString()},
             tr("\"\" is the core group.")),
        list(QStringLiteral("resources"), tr("Resources"), {QStringLiteral("pods")}),
        list(QStringLiteral("verbs"), tr("Verbs"),
             {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")}),
    };
    add(QStringLiteral("ROLE"), tr("Role"), KindCategory::AccessControl, R::RoleDef,
        tr("Permissions inside one namespace."), common + ruleProps);
    add(QStringLiteral("CLUSTERROLE"), tr("Cluster Role"), KindCategory::AccessControl,
        R::RoleDef | R::ClusterScoped, tr("Permissions across the cluster."),
        QList<PropertySpec>{map(QStringLiteral("labels"), tr("Labels"))} + ruleProps);
    add(QStringLiteral("ROLEBINDING"), tr("Role Binding"), KindCategory::AccessControl,
        R::Binding, tr("Grants a Role to the service accounts it is connected to."), common);
    add(QStringLiteral("CLUSTERROLEBINDING"), tr("Cluster Role Binding"),
        KindCategory::AccessControl, R::Binding | R::ClusterScoped,
        tr("Grants a Cluster Role to the service accounts it is connected to."),
        QList<PropertySpec>{map(QStringLiteral("labels"), tr("Labels"))});
    add(QStringLiteral("PODSECURITYPOLICY"), tr("Pod Security Policy"),
        KindCategory::AccessControl, R::None,
        tr("Removed in Kubernetes 1.25; use Pod Security Admission labels on the namespace."),
        common, false);

    // --- Policy and scaling ---
    add(QStringLiteral("HORIZONTALPODAUTOSCALER"), tr("Autoscaler"), KindCategory::Policy,
        R::Scaler, tr("Scales the connected workload on CPU or memory use."),
        common
            + QList<PropertySpec>{
                integer(QStringLiteral("minReplicas"), tr("Min replicas"), 2, 1, 10000),
                integer(QStringLiteral("maxReplicas"), tr("Max replicas"), 10, 1, 10000),
                integer(QStringLiteral("targetCpuUtilization"), tr("Target CPU %"), 70, 0, 1000,
                        tr("0 = do not scale on CPU.")),
                integer(QStringLiteral("targetMemoryUtilization"), tr("Target memory %"), 0, 0,
                        1000, tr("0 = do not scale on memory."))});
    add(QStringLiteral("PODDISRUPTIONBUDGET"), tr("Disruption Budget"), KindCategory::Policy,
        R::Scaler, tr("Keeps enough pods of the connected workload running during maintenance."),
        common
            + QList<PropertySpec>{str(QStringLiteral("minAvailable"), tr("Min available"),
                                      QStringLiteral("1"), tr("A number or a percentage.")),
                                  str(QStringLiteral("maxUnavailable"), tr("Max unavailable"), {},
                                      tr("Used instead of min available when set."))});
    add(QStringLiteral("VERTICALPODAUTOSCALER"), tr("Vertical Autoscaler"), KindCategory::Policy,
        R::None, tr("Needs the VPA add-on; not generated."), common, false);
    add(QStringLiteral("RESOURCEQUOTA"), tr("Resource Quota"), KindCategory::Policy,
        R::NamespacePolicy, tr("Caps what a namespace may use."),
        common
            + QList<PropertySpec>{str(QStringLiteral("cpuRequests"), tr("CPU requests"),
                                      QStringLiteral("4")),
                                  str(QStringLiteral("memoryRequests"), tr("Memory requests"),
                                      QStringLiteral("8Gi")),
                                  str(QStringLiteral("cpuLimits"), tr("CPU limits"),
                                      QStringLiteral("8")),
                                  str(QStringLiteral("memoryLimits"), tr("Memory limits"),
                                      QStringLiteral("16Gi")),
                                  integer(QStringLiteral("pods"), tr("Pods"), 50, 0, 1000000)});
    add(QStringLiteral("LIMITRANGE"), tr("Limit Range"), KindCategory::Policy, R::NamespacePolicy,
        tr("Default requests and limits for containers in a namespace."),
        common
            + QList<PropertySpec>{str(QStringLiteral("defaultCpuRequest"), tr("Default CPU request"),
                                      QStringLiteral("100m")),
                                  str(QStringLiteral("defaultMemoryRequest"),
                                      tr("Default memory request"), QStringLiteral("128Mi")),
                                  str(QStringLiteral("defaultCpuLimit"), tr("Default CPU limit"),
                                      QStringLiteral("500m")),
                                  str(QStringLiteral("defaultMemoryLimit"),
                                      tr("Default memory limit"), QStringLiteral("512Mi"))});
    add(QStringLiteral("PRIORITYCLASS"), tr("Priority Class"), KindCategory::Policy,
        R::ClusterScoped, tr("Scheduling priority for pods."),
        QList<PropertySpec>{map(QStringLiteral("labels"), tr("Labels")),
                            integer(QStringLiteral("value"), tr("Value"), 1000, -2147483648LL,
                                    1000000000),
                            boolean(QStringLiteral("globalDefault"), tr("Global default"), false),
                            choice(QStringLiteral("preemptionPolicy"), tr("Preemption"),
                                   {QStringLiteral("PreemptLowerPriority"),
                                    QStringLiteral("Never")}),
                            str(QStringLiteral("description"), tr("Description"))});

    // --- Cluster ---
    add(QStringLiteral("NAMESPACE"), tr("Namespace"), KindCategory::Cluster,
        R::Container | R::ClusterScoped,
        tr("A namespace; nodes placed inside its frame belong to it."),
        QList<PropertySpec>{map(QStringLiteral("labels"), tr("Labels")),
                            choice(QStringLiteral("podSecurity"), tr("Pod security level"),
                                   {QStringLiteral("restricted"), QStringLiteral("baseline"),
                                    QStringLiteral("privileged"), QString()},
                                   tr("Pod Security Admission level enforced in the namespace."))});
    add(QStringLiteral("MONITORING"), tr("Monitoring"), KindCategory::Cluster,
        R::Observer | R::Workload,
        tr("A Prometheus that scrapes the nodes it is connected to."),
        common
            + QList<PropertySpec>{
                choice(QStringLiteral("monitoringType"), tr("Monitoring"),
                       {QStringLiteral("prometheus")}),
                version,
                str(QStringLiteral("scrapeInterval"), tr("Scrape interval"), QStringLiteral("30s")),
                str(QStringLiteral("retentionPeriod"), tr("Retention"), QStringLiteral("15d")),
                integer(QStringLiteral("port"), tr("Port"), 9090, PortMin, PortMax)}
            + resources);
    add(QStringLiteral("NODE"), tr("Cluster Node"), KindCategory::Cluster, R::ClusterScoped,
        tr("A machine of the cluster; registered by the kubelet, not generated."), {}, false);
    add(QStringLiteral("CUSTOMRESOURCEDEFINITION"), tr("Custom Resource"), KindCategory::Cluster,
        R::ClusterScoped, tr("Custom resource definitions are not generated by the local engine."),
        {}, false);

    // --- External ---
    add(QStringLiteral("EXTERNAL_DEPENDENCY"), tr("External Service"), KindCategory::External,
        R::External,
        tr("Something outside the cluster, reached by DNS name (a Service of type ExternalName)."),
        common
            + QList<PropertySpec>{
                str(QStringLiteral("host"), tr("Host"), QStringLiteral("api.example.com")),
                integer(QStringLiteral("port"), tr("Port"), 443, PortMin, PortMax),
                str(QStringLiteral("scheme"), tr("Scheme"), QStringLiteral("https")),
                str(QStringLiteral("provider"), tr("Provider"))});
    add(QStringLiteral("CONFIG"), tr("Config Note"), KindCategory::External, R::None,
        tr("A note on the canvas; not generated."), {text(QStringLiteral("text"), tr("Text"))},
        false);
    add(QStringLiteral("COMMAND"), tr("Command"), KindCategory::External, R::None,
        tr("A command to run by hand; not generated."),
        {text(QStringLiteral("text"), tr("Command"))}, false);
    add(QStringLiteral("DEBUGGING"), tr("Debugging"), KindCategory::External, R::None,
        tr("A debugging aid; not generated."), {text(QStringLiteral("text"), tr("Notes"))}, false);

    m_connectionTypes = QStringList{
        QStringLiteral("ALLOWS_TRAFFIC"), QStringLiteral("AUTHENTICATES"),
        QStringLiteral("AUTHORIZES"), QStringLiteral("BACKS_UP"), QStringLiteral("BACKS_UP_TO"),
        QStringLiteral("BELONGS_TO"), QStringLiteral("BINDS"), QStringLiteral("BLOCKS_TRAFFIC"),
        QStringLiteral("BRIDGES"), QStringLiteral("CACHES"), QStringLiteral("CLAIMS"),
        QStringLiteral("COMPRESSES"), QStringLiteral("CONFIGURES"), QStringLiteral("CONNECTS_TO"),
        QStringLiteral("CUSTOM"), QStringLiteral("DEPENDS_ON"), QStringLiteral("DEPENDS_ON_GRAPH"),
        QStringLiteral("DEPLOYS_TO"), QStringLiteral("DISCOVERS"), QStringLiteral("EGRESS_FROM"),
        QStringLiteral("ENCRYPTS"), QStringLiteral("EXTENDS"), QStringLiteral("FAILS_OVER_TO"),
        QStringLiteral("FROM"), QStringLiteral("HAS"), QStringLiteral("INGRESS_TO"),
        QStringLiteral("INHERITS_FROM"), QStringLiteral("ISOLATES"), QStringLiteral("LIMITS"),
        QStringLiteral("LOAD_BALANCES"), QStringLiteral("LOGS_TO"), QStringLiteral("MANAGES"),
        QStringLiteral("MANAGED_BY"), QStringLiteral("MESH_AUTHORIZES"),
        QStringLiteral("MESH_CIRCUIT_BREAKER"), QStringLiteral("MESH_CONNECTS"),
        QStringLiteral("MESH_MIRRORS"), QStringLiteral("MESH_RETRIES"),
        QStringLiteral("MESH_SPLITS_TRAFFIC"), QStringLiteral("MESH_TIMEOUTS"),
        QStringLiteral("METRICS_TO"), QStringLiteral("MONITORS"), QStringLiteral("MOUNTS"),
        QStringLiteral("OPTIONAL_FOR"), QStringLiteral("QUOTAS"), QStringLiteral("RATE_LIMITS"),
        QStringLiteral("REGISTERS"), QStringLiteral("REPLICATES"), QStringLiteral("REQUESTS"),
        QStringLiteral("REQUIRES"), QStringLiteral("RESOLVES"), QStringLiteral("RESTORES_FROM"),
        QStringLiteral("ROLLS_BACK"), QStringLiteral("ROUTES_TO"),
        QStringLiteral("SERVICE_EXPOSES_POD"), QStringLiteral("SCALES"), QStringLiteral("SIGNS"),
        QStringLiteral("SYNC"), QStringLiteral("SYNCHRONIZES_WITH"),
        QStringLiteral("POD_RUNS_ON_NODE"), QStringLiteral("INGRESS_ROUTES_TO_SERVICE"),
        QStringLiteral("MICROSERVICE_DEPENDS_ON"), QStringLiteral("MICROSERVICE_CALLS"),
        QStringLiteral("MICROSERVICE_PUBLISHES_TO"), QStringLiteral("MICROSERVICE_SUBSCRIBES_TO"),
        QStringLiteral("TRACES_TO"), QStringLiteral("TRANSLATES_TO"), QStringLiteral("UPDATES"),
        QStringLiteral("SIMILAR_TO")};
}

void NodeKindCatalog::buildRules()
{
    using R = KindRole;
    const KindRoles reachable = KindRoles(R::Workload) | R::ServiceFront | R::DataService
                                | R::TrafficFront | R::External;
    auto rule = [this](KindRoles s, KindRoles t, const QString &type, const QString &what) {
        m_rules.append(ConnectionRule{s, t, type, what});
    };
    // Order matters: the first match wins, so the specific rules come first.
    rule(R::IngressFront, KindRoles(R::ServiceFront) | R::Workload | R::DataService | R::TrafficFront,
         QStringLiteral("ROUTES_TO"), tr("an Ingress rule backend"));
    rule(R::TrafficFront, KindRoles(R::ServiceFront) | R::Workload | R::DataService | R::External,
         QStringLiteral("LOAD_BALANCES"), tr("a backend of the load balancer or proxy"));
    rule(R::ServiceFront, KindRoles(R::Workload) | R::DataService,
         QStringLiteral("SERVICE_EXPOSES_POD"), tr("the Service selects the workload's pods"));
    rule(R::Observer, reachable | R::IngressFront, QStringLiteral("MONITORS"),
         tr("a scrape target"));
    rule(R::Workload, R::ConfigSource, QStringLiteral("REQUIRES"),
         tr("envFrom, or a volume when the edge has a mount path"));
    rule(R::Workload, R::VolumeClaim, QStringLiteral("MOUNTS"), tr("a volume and volume mount"));
    rule(R::Workload, R::Account, QStringLiteral("AUTHENTICATES"), tr("serviceAccountName"));
    rule(R::Workload, reachable, QStringLiteral("CONNECTS_TO"),
         tr("environment variables with the target's host and port"));
    rule(R::DataService, R::ConfigSource, QStringLiteral("REQUIRES"), tr("envFrom"));
    rule(R::DataService, R::Account, QStringLiteral("AUTHENTICATES"), tr("serviceAccountName"));
    rule(R::Scaler, R::Workload, QStringLiteral("SCALES"), tr("the scaled or protected workload"));
    rule(R::Binding, KindRoles(R::RoleDef) | R::Account, QStringLiteral("BINDS"),
         tr("roleRef or a subject"));
    rule(R::VolumeClaim, R::StorageBackend, QStringLiteral("CLAIMS"),
         tr("storageClassName or volumeName"));
    rule(R::NetworkRule, KindRoles(R::Workload) | R::DataService, QStringLiteral("ISOLATES"),
         tr("the pods the policy selects"));
    rule(R::NamespacePolicy, R::Container, QStringLiteral("LIMITS"),
         tr("the namespace the policy applies to"));
}

const NodeKindInfo *NodeKindCatalog::kind(const QString &id) const
{
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        it = m_index.constFind(canonicalKey(id));
    return it == m_index.constEnd() ? nullptr : &m_kinds.at(*it);
}

QString NodeKindCatalog::normalizeKindId(const QString &id) const
{
    const NodeKindInfo *k = kind(id);
    return k ? k->id : canonicalKey(id);
}

bool NodeKindCatalog::isKnownConnectionType(const QString &type) const
{
    return m_connectionTypes.contains(type);
}

const ConnectionRule *NodeKindCatalog::connectionRule(const QString &sourceKind,
                                                      const QString &targetKind) const
{
    const NodeKindInfo *s = kind(sourceKind);
    const NodeKindInfo *t = kind(targetKind);
    if (!s || !t)
        return nullptr;
    for (const ConnectionRule &r : m_rules) {
        if ((s->roles & r.sourceRoles) && (t->roles & r.targetRoles))
            return &r;
    }
    return nullptr;
}

QString NodeKindCatalog::proposeConnectionType(const QString &sourceKind,
                                               const QString &targetKind) const
{
    const ConnectionRule *r = connectionRule(sourceKind, targetKind);
    if (!r)
        return {};
    // Microservices speak the server's own vocabulary.
    const QString s = normalizeKindId(sourceKind);
    const QString t = normalizeKindId(targetKind);
    if (r->connectionType == QLatin1String("CONNECTS_TO") && s == QLatin1String("MICROSERVICE")) {
        if (t == QLatin1String("MICROSERVICE"))
            return QStringLiteral("MICROSERVICE_CALLS");
        if (t == QLatin1String("MESSAGE_QUEUE"))
            return QStringLiteral("MICROSERVICE_PUBLISHES_TO");
        return QStringLiteral("MICROSERVICE_DEPENDS_ON");
    }
    return r->connectionType;
}

QString NodeKindCatalog::categoryName(KindCategory category)
{
    switch (category) {
    case KindCategory::Workloads:
        return tr("Workloads");
    case KindCategory::Networking:
        return tr("Networking");
    case KindCategory::ConfigAndStorage:
        return tr("Config & Storage");
    case KindCategory::DataServices:
        return tr("Data Services");
    case KindCategory::AccessControl:
        return tr("Access Control");
    case KindCategory::Policy:
        return tr("Policy & Scaling");
    case KindCategory::Cluster:
        return tr("Cluster");
    case KindCategory::External:
        return tr("External & Notes");
    }
    return {};
}

QList<KindCategory> NodeKindCatalog::categories()
{
    return {KindCategory::Workloads,     KindCategory::Networking,
            KindCategory::ConfigAndStorage, KindCategory::DataServices,
            KindCategory::AccessControl, KindCategory::Policy,
            KindCategory::Cluster,       KindCategory::External};
}

static bool toInt64(const QVariant &v, qint64 *out)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        *out = v.toLongLong();
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        // Range first: converting a double outside qint64 (1e300, NaN) is undefined.
        if (!(d <= 9.0e18 && d >= -9.0e18) || d != static_cast<double>(static_cast<qint64>(d)))
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }
    case QMetaType::QString: {
        bool ok = false;
        *out = v.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    default:
        return false;
    }
}

QVariant NodeKindCatalog::coerce(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case PropertyType::String:
    case PropertyType::Text:
    case PropertyType::Enum:
        if (value.typeId() == QMetaType::QString)
            return value;
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
            || value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Bool)
            return value.toString();
        return {};
    case PropertyType::Int: {
        qint64 n = 0;
        if (!toInt64(value, &n))
            return {};
        return n;
    }
    case PropertyType::Bool:
        if (value.typeId() == QMetaType::Bool)
            return value;
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString().trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
                return true;
            if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
                return false;
        }
        return {};
    case PropertyType::StringList: {
        if (value.typeId() == QMetaType::QString) {
            // A comma-separated string is accepted where a list is expected.
            QStringList items;
            const QStringList parts = value.toString().split(QLatin1Char(','));
            for (const QString &p : parts) {
                if (!p.trimmed().isEmpty())
                    items << p.trimmed();
            }
            return items;
        }
        if (value.typeId() == QMetaType::QStringList)
            return value;
        if (value.typeId() != QMetaType::QVariantList)
            return {};
        QStringList items;
        const QVariantList in = value.toList();
        for (const QVariant &v : in) {
            if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
                return {};
            items << v.toString();
        }
        return items;
    }
    case PropertyType::IntList: {
        QVariantList in;
        if (value.typeId() == QMetaType::QVariantList)
            in = value.toList();
        else if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QString) {
            const QStringList parts = value.typeId() == QMetaType::QString
                                          ? value.toString().split(QLatin1Char(','),
                                                                   Qt::SkipEmptyParts)
                                          : value.toStringList();
            for (const QString &p : parts)
                in << p.trimmed();
        } else {
            qint64 n = 0;
            if (!toInt64(value, &n))
                return {};
            in << n;
        }
        QVariantList out;
        for (const QVariant &v : std::as_const(in)) {
            qint64 n = 0;
            if (!toInt64(v, &n))
                return {};
            out << n;
        }
        return out;
    }
    case PropertyType::StringMap: {
        if (value.typeId() != QMetaType::QVariantMap)
            return {};
        QVariantMap out;
        const QVariantMap in = value.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it) {
            const QVariant &v = it.value();
            if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
                return {};
            out.insert(it.key(), v.isNull() ? QString() : v.toString());
        }
        return out;
    }
    }
    return {};
}

QString NodeKindCatalog::validateValue(const PropertySpec &spec, const QVariant &value)
{
    const QVariant v = coerce(spec, value);
    switch (spec.type) {
    case PropertyType::String:
    case PropertyType::Text:
        if (!v.isValid())
            return tr("%1 must be text").arg(spec.key);
        return {};
    case PropertyType::Enum:
        if (!v.isValid())
            return tr("%1 must be text").arg(spec.key);
        if (!spec.allowedValues.contains(v.toString()))
            return tr("%1 must be one of: %2 (got \"%3\")")
                .arg(spec.key,
                     spec.allowedValues.join(QStringLiteral(", ")), v.toString());
        return {};
    case PropertyType::Int: {
        if (!v.isValid())
            return tr("%1 must be a whole number (got \"%2\")").arg(spec.key, value.toString());
        const qint64 n = v.toLongLong();
        if (n < spec.min || n > spec.max)
            return tr("%1 must be between %2 and %3 (got %4)")
                .arg(spec.key)
                .arg(spec.min)
                .arg(spec.max)
                .arg(n);
        return {};
    }
    case PropertyType::Bool:
        if (!v.isValid())
            return tr("%1 must be true or false").arg(spec.key);
        return {};
    case PropertyType::StringList:
        if (!v.isValid())
            return tr("%1 must be a list of text values").arg(spec.key);
        return {};
    case PropertyType::IntList: {
        if (!v.isValid())
            return tr("%1 must be a list of whole numbers").arg(spec.key);
        const QVariantList items = v.toList();
        for (const QVariant &item : items) {
            const qint64 n = item.toLongLong();
            if (n < spec.min || n > spec.max)
                return tr("%1 must hold numbers between %2 and %3 (got %4)")
                    .arg(spec.key)
                    .arg(spec.min)
                    .arg(spec.max)
                    .arg(n);
        }
        return {};
    }
    case PropertyType::StringMap:
        if (!v.isValid())
            return tr("%1 must map names to text values").arg(spec.key);
        return {};
    }
    return {};
}

QVariant NodeKindCatalog::effectiveValue(const QString &kindId, const QVariantMap &properties,
                                         const QString &key) const
{
    const NodeKindInfo *k = kind(kindId);
    const PropertySpec *spec = k ? k->property(key) : nullptr;
    const auto it = properties.constFind(key);
    if (it != properties.constEnd() && it->isValid() && !it->isNull()) {
        if (!spec)
            return *it;
        const QVariant v = coerce(*spec, *it);
        if (v.isValid())
            return v;
    }
    return spec ? spec->defaultValue : QVariant();
}

} // namespace kg
