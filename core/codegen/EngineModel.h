#pragma once

#include "codegen/GenerationBackend.h"
#include "io/YamlTree.h"
#include "model/NodeKindCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <vector>

namespace kg::engine {

/// What an edge means to the local engine, decided from the two node kinds.
enum class Effect {
    Connect,      ///< source workload reaches target: <TARGET>_HOST/_PORT/_URL variables
    ConfigFrom,   ///< workload takes a ConfigMap / Secret (envFrom or a mounted volume)
    MountClaim,   ///< workload mounts a PersistentVolumeClaim
    UseAccount,   ///< workload runs as a ServiceAccount
    Select,       ///< Service / load balancer selects the target's pods
    Route,        ///< Ingress / Gateway rule backend
    Upstream,     ///< proxy upstream
    Scrape,       ///< monitoring scrape target
    Scale,        ///< HPA / PDB target
    RoleRef,      ///< binding → Role / ClusterRole
    Subject,      ///< binding → ServiceAccount
    StorageRef,   ///< claim → StorageClass / PersistentVolume
    NamespaceRef, ///< quota / limit range → Namespace
    Isolate,      ///< NetworkPolicy → the pods it selects
};

/// One mapped edge, stored on the node that acts on it.
struct Link
{
    Effect effect = Effect::Connect;
    int other = -1;             ///< index of the other node in EngineContext::nodes
    const Edge *edge = nullptr; ///< the drawn edge
};

/// An environment variable for a container: a value or a reference to a Secret key.
struct EnvVar
{
    QString name;
    QString value;
    QString secretName; ///< when set, valueFrom.secretKeyRef
    QString secretKey;
};

/// How a consumer reaches a node: the host and port its clients use.
struct Endpoint
{
    QString host;   ///< DNS name (namespace-qualified when the consumer is elsewhere)
    int port = 0;   ///< 0 = unknown
    QString scheme; ///< "http", "postgresql", …; empty = no URL form
    QString path;   ///< e.g. the database name, appended to the URL
    bool valid() const { return !host.isEmpty(); }
};

/// A node as the engine sees it: catalog kind, effective namespace, granted name, effective
/// property values (defaults applied, wrong types replaced) and its mapped edges.
struct EngineNode
{
    const Node *node = nullptr;
    const NodeKindInfo *info = nullptr; ///< nullptr for an unknown kind
    int index = -1;
    QString kind;                 ///< canonical kind id
    QString ns;                   ///< effective namespace; empty for cluster-scoped kinds
    QString baseName;             ///< sanitised name before collision resolution
    QString name;                 ///< granted DNS-1123 name
    QString valuesKey;            ///< Helm values key ("ordersApi")
    QVariantMap props;            ///< effective values of every catalog property, plus unknown keys
    QStringList defaulted;        ///< keys whose value came from the catalog default
    bool external = false;        ///< data service hosted outside the cluster
    bool needsOwnService = false; ///< a workload that others reach: gets a Service
    QList<int> ports;             ///< container ports (workloads, data services) or service port
    QString engineName;           ///< data service / proxy engine ("postgresql", "nginx", …)
    std::vector<Link> links;      ///< outgoing mapped edges
    QMap<QString, QString> extraPodLabels; ///< labels multi-target selectors need on the pods
    int incomingFlows = 0;                 ///< drawn flows into this node's pods (NetworkPolicies)
    bool openToOutside = false;            ///< reached from an Ingress / LoadBalancer
    /// An imported node (io::ImportedNode): generated from its base objects plus the user's
    /// changes, never by a kind builder; names and namespaces are the objects' own.
    bool imported = false;
    std::vector<YamlValue> baseObjects; ///< the imported objects, in their order
    YamlValue podSelector;              ///< an imported workload's own pod selector labels

    bool hasRole(KindRole r) const { return info && info->hasRole(r); }
    bool isKind(const char *id) const { return kind == QLatin1String(id); }
    /// Runs pods of its own (an internal workload or data service).
    bool runsPods() const;

    QString str(const QString &key) const { return props.value(key).toString(); }
    qint64 integer(const QString &key) const { return props.value(key).toLongLong(); }
    bool flag(const QString &key) const { return props.value(key).toBool(); }
    QStringList list(const QString &key) const { return props.value(key).toStringList(); }
    QVariantMap map(const QString &key) const { return props.value(key).toMap(); }
    /// True when the user set @p key (the value did not come from the default).
    bool isSet(const QString &key) const { return !defaulted.contains(key); }
};

/// One generated Kubernetes object.
struct Manifest
{
    int node = -1; ///< index of the source node
    QString apiVersion;
    QString kind;
    QString name;
    QString ns; ///< empty for cluster-scoped
    YamlValue body;
};

/// The order kinds are listed and applied in (namespaces and cluster objects first, then what
/// others refer to, workloads, and what refers to workloads).
int kindOrder(const QString &k8sKind);

/// State of one generation run: inputs, nodes, report and the manifests built so far. Not shared
/// between threads: every run has its own.
class EngineContext
{
    Q_DECLARE_TR_FUNCTIONS(kg::LocalEngine)

public:
    EngineContext(const GraphData &graph, const GenerationOptions &options);

    const GraphData &graph;
    const GenerationOptions &options;
    QString partOf; ///< graph name as a label value
    std::vector<EngineNode> nodes;
    QHash<QString, int> byId;
    GenerationReport report;
    std::vector<Manifest> manifests;
    QMap<QString, QString> namespacePolicyNames; ///< namespace → generated default-deny name
    QHash<int, QString> flowPolicyNames;         ///< target node → generated allow policy name
    std::vector<std::pair<int, int>> flows;      ///< (source pods node, target pods node)

    void add(ReportItem::Severity severity, const QString &category, const EngineNode *node,
             const QString &message);
    void info(const QString &category, const EngineNode &node, const QString &message)
    {
        add(ReportItem::Severity::Info, category, &node, message);
    }
    void warn(const EngineNode &node, const QString &message)
    {
        add(ReportItem::Severity::Warning, QStringLiteral("warning"), &node, message);
    }

    /// Standard metadata for an object of @p node: name, namespace, recommended labels plus the
    /// node's own labels; annotations when given.
    YamlValue metadata(const EngineNode &node, const QString &name, bool namespaced = true) const;
    /// The recommended labels of @p node (app.kubernetes.io/*) followed by its own labels.
    YamlValue labels(const EngineNode &node) const;
    /// The stable selector subset for @p node's pods.
    YamlValue selectorLabels(const EngineNode &node) const;
    /// A selector that picks the pods of all @p targets (one target: its labels; several: the
    /// selection label @p front put on each of them).
    YamlValue selectorFor(const EngineNode &front, const std::vector<int> &targets) const;
    /// How @p consumer reaches @p target; invalid when the target has no address.
    Endpoint endpoint(const EngineNode &target, const EngineNode &consumer) const;
    /// The nodes whose pods @p node stands for (itself, or the pods a Service selects).
    std::vector<int> podsBehind(const EngineNode &node) const;
    /// Targets of @p node's links with @p effect, in link order.
    std::vector<int> targets(const EngineNode &node, Effect effect) const;
    /// The label a front (Service, load balancer, NetworkPolicy) puts on each of several target
    /// workloads' pods so that one selector matches them all.
    static QString selectionLabelKey(const EngineNode &front);
    /// A new object: apiVersion, kind and @p metadata, in that order.
    static YamlValue object(const QString &apiVersion, const QString &kind, YamlValue metadata);
    /// Adds a manifest.
    void emit(const EngineNode &node, const QString &apiVersion, const QString &kind,
              const QString &name, YamlValue body, bool namespaced = true);

    /// A Helm values path for a value of @p node, e.g. {"ordersApi", "image"}.
    static QStringList helmPath(const EngineNode &node, const QString &key)
    {
        return {node.valuesKey, key};
    }
};

/// Builds the objects of one node kind. Each is in the builder file of its kind family.
using KindBuilder = void (*)(EngineContext &, EngineNode &);

void buildWorkload(EngineContext &ctx, EngineNode &node);      // WorkloadBuilders.cpp
void buildDataService(EngineContext &ctx, EngineNode &node);   // DataServiceBuilders.cpp
void buildService(EngineContext &ctx, EngineNode &node);       // NetworkBuilders.cpp
void buildIngress(EngineContext &ctx, EngineNode &node);       // NetworkBuilders.cpp
void buildLoadBalancer(EngineContext &ctx, EngineNode &node);  // NetworkBuilders.cpp
void buildExternal(EngineContext &ctx, EngineNode &node);      // NetworkBuilders.cpp
void buildNetworkPolicy(EngineContext &ctx, EngineNode &node); // NetworkBuilders.cpp
void buildFlowPolicies(EngineContext &ctx);                    // NetworkBuilders.cpp
void buildProxy(EngineContext &ctx, EngineNode &node);         // PlatformBuilders.cpp
void buildMonitoring(EngineContext &ctx, EngineNode &node);    // PlatformBuilders.cpp
void buildConfig(EngineContext &ctx, EngineNode &node);        // ConfigStorageBuilders.cpp
void buildStorage(EngineContext &ctx, EngineNode &node);       // ConfigStorageBuilders.cpp
void buildAccessControl(EngineContext &ctx, EngineNode &node); // AccessControlBuilders.cpp
void buildPolicy(EngineContext &ctx, EngineNode &node);        // PolicyBuilders.cpp
void buildNamespace(EngineContext &ctx, EngineNode &node);     // PolicyBuilders.cpp

/// Imported nodes (ImportedObjects.cpp): readImported() parses the node's base objects when it
/// is resolved; importedName() / importedNamespace() are the name and namespace its objects
/// keep unless the user changed them; buildImported() adds the objects with the user's changes.
void readImported(EngineContext &ctx, EngineNode &node);
QString importedName(const EngineNode &node);
QString importedNamespace(const EngineContext &ctx, const EngineNode &node);
void buildImported(EngineContext &ctx, EngineNode &node);

/// The standard port of a data service engine (5432 for postgresql, …); 0 when unknown.
int standardPort(const QString &engine); // DataServiceBuilders.cpp
/// True when @p q is a Kubernetes quantity ("100m", "1.5Gi", "2").
bool isQuantity(const QString &q); // PodTemplate.cpp
/// The text every Secret placeholder value carries.
QString secretPlaceholder(); // ConfigStorageBuilders.cpp

/// The builder for a canonical kind id, or nullptr when the kind makes no object.
KindBuilder builderFor(const QString &kind);

/// What a container of a generated pod needs; PodTemplate.cpp turns it into a pod spec.
struct ContainerPlan
{
    QString containerName;
    QString image;
    QString defaultImageNote; ///< set when the engine picked the image
    QList<int> ports;
    QStringList command;
    QStringList args;
    std::vector<EnvVar> env;  ///< in order; wiring adds to it
    QString healthPath;       ///< HTTP probes when set
    YamlValue readinessProbe; ///< overrides the computed probe when set (exec probes)
    qint64 runAsUser = 10001;
    qint64 fsGroup = 0; ///< 0 = same as runAsUser
    bool readOnlyRootFilesystem = true;
    QStringList writablePaths; ///< emptyDir volumes (e.g. /tmp when the root fs is read-only)
    bool probes = true;        ///< false for run-to-completion pods
    bool resources = true;
    struct Volume
    {
        QString name;
        YamlValue source; ///< e.g. {configMap: {name: …}}
        QString mountPath;
        bool readOnly = false;
        QString subPath;
    };
    std::vector<Volume> volumes;
    /// Mounts of StatefulSet volume claim templates (name, mount path): no pod volume needed.
    std::vector<std::pair<QString, QString>> claimTemplateMounts;
    std::vector<std::pair<QString, QString>> envFrom; ///< (ConfigMap|Secret, name)
    QString serviceAccount;
    bool automountToken = false;
    QString restartPolicy;                                   ///< empty = the controller's default
    std::vector<std::pair<QString, QString>> podAnnotations; ///< e.g. a config checksum
};

/// Fills @p plan from @p node's container properties and mapped edges (env, envFrom, volumes,
/// claims, service account, connection variables).
void applyContainerProperties(EngineContext &ctx, const EngineNode &node, ContainerPlan &plan);
/// The pod template (metadata + spec) for @p plan.
YamlValue podTemplate(EngineContext &ctx, const EngineNode &node, const ContainerPlan &plan);
/// A Service named @p name selecting @p node's pods on @p ports (headless when asked).
YamlValue serviceFor(EngineContext &ctx, const EngineNode &node, const QString &name,
                     const QList<int> &ports, bool headless);

} // namespace kg::engine
