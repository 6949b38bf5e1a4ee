#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace kg {

/// The type of a node property; decides the inspector's editor, validation and serialisation.
enum class PropertyType {
    String,     ///< one line of text
    Text,       ///< multi-line text
    Int,        ///< whole number within [min, max]
    Bool,
    Enum,       ///< one of PropertySpec::allowedValues
    StringList, ///< list of strings
    IntList,    ///< list of whole numbers within [min, max] (ports)
    StringMap,  ///< string → string (env, labels, data)
};

/// One property of a node kind: its type, default, allowed values and help text.
struct PropertySpec
{
    QString key;
    PropertyType type = PropertyType::String;
    QVariant defaultValue;
    QString label;
    QString help;
    QStringList allowedValues;
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
};

/// Groups of kinds, as the palette shows them.
enum class KindCategory {
    Workloads,
    Networking,
    ConfigAndStorage,
    DataServices,
    AccessControl,
    Policy,
    Cluster,
    External,
};

/// What a kind is for the engine, the validator and the connection rules.
enum class KindRole : quint32 {
    None = 0,
    Workload = 1 << 0,        ///< runs pods (Deployment, StatefulSet, Microservice, …)
    ServiceFront = 1 << 1,    ///< a Service object
    IngressFront = 1 << 2,    ///< Ingress / Gateway
    ConfigSource = 1 << 3,    ///< ConfigMap / Secret
    VolumeClaim = 1 << 4,     ///< PersistentVolumeClaim
    StorageBackend = 1 << 5,  ///< StorageClass / PersistentVolume
    DataService = 1 << 6,     ///< Database / Cache / Message queue
    Scaler = 1 << 7,          ///< HPA / PDB
    Account = 1 << 8,         ///< ServiceAccount
    RoleDef = 1 << 9,         ///< Role / ClusterRole
    Binding = 1 << 10,        ///< RoleBinding / ClusterRoleBinding
    Container = 1 << 11,      ///< Namespace: holds other nodes on the canvas
    TrafficFront = 1 << 12,   ///< Load balancer / Proxy: forwards traffic to backends
    Observer = 1 << 13,       ///< Monitoring
    External = 1 << 14,       ///< outside the cluster
    NamespacePolicy = 1 << 15, ///< ResourceQuota / LimitRange
    NetworkRule = 1 << 16,    ///< NetworkPolicy
    ClusterScoped = 1 << 17,  ///< has no namespace (StorageClass, ClusterRole, …)
};
Q_DECLARE_FLAGS(KindRoles, KindRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(KindRoles)

/// Everything the application knows about one node kind.
struct NodeKindInfo
{
    QString id;          ///< the server's nodeType, upper case
    QString displayName; ///< translated
    QString description; ///< translated, one sentence
    KindCategory category = KindCategory::Workloads;
    QString iconId;      ///< file name (without .svg) under :/icons/kinds/
    KindRoles roles;
    bool generates = true; ///< false: known kind that the local engine does not turn into objects
    QList<PropertySpec> properties;

    /// The spec of @p key, or nullptr.
    const PropertySpec *property(const QString &key) const;
    bool hasRole(KindRole r) const { return roles.testFlag(r); }
};

/// A rule saying that connecting a source kind to a target kind makes sense, and which
/// connection type to propose for it.
struct ConnectionRule
{
    KindRoles sourceRoles;     ///< any of these on the source…
    KindRoles targetRoles;     ///< …and any of these on the target
    QString connectionType;    ///< proposed type
    QString description;       ///< what the engine does with such an edge
};

/// The single source of node kinds, their property schemas and the connection rules, read by
/// the inspector, the palette, the validator, the importers and the local engine.
class NodeKindCatalog
{
    Q_DECLARE_TR_FUNCTIONS(kg::NodeKindCatalog)

public:
    /// The process-wide catalog (built on first use, immutable afterwards).
    static const NodeKindCatalog &instance();

    /// All kinds, in palette order.
    const QList<NodeKindInfo> &kinds() const { return m_kinds; }
    /// The kind with id @p id (case-insensitive, '-' and ' ' read as '_'), or nullptr.
    const NodeKindInfo *kind(const QString &id) const;
    /// The canonical id for @p id ("deployment" → "DEPLOYMENT"), or @p id upper-cased when the
    /// kind is unknown.
    QString normalizeKindId(const QString &id) const;

    /// Every connection type the server knows, in its order.
    const QStringList &connectionTypes() const { return m_connectionTypes; }
    bool isKnownConnectionType(const QString &type) const;

    /// The first rule matching (source kind, target kind), or nullptr when the pair makes no sense.
    const ConnectionRule *connectionRule(const QString &sourceKind, const QString &targetKind) const;
    /// The proposed connection type for the pair; empty when the pair makes no sense.
    QString proposeConnectionType(const QString &sourceKind, const QString &targetKind) const;

    /// Translated name of a category.
    static QString categoryName(KindCategory category);
    /// All categories, in palette order.
    static QList<KindCategory> categories();

    /// Checks @p value against @p spec. Returns an empty string when valid, else a translated
    /// message such as "replicas must be a whole number".
    static QString validateValue(const PropertySpec &spec, const QVariant &value);
    /// Converts @p value to the canonical representation of @p spec's type (e.g. "3" → 3 for an
    /// Int) when that is lossless; returns an invalid QVariant when it is not possible.
    static QVariant coerce(const PropertySpec &spec, const QVariant &value);

    /// The value of @p key on a node of @p kind: @p properties' value when set, else the default.
    QVariant effectiveValue(const QString &kind, const QVariantMap &properties,
                            const QString &key) const;

private:
    NodeKindCatalog();
    void buildKinds();
    void buildRules();

    QList<NodeKindInfo> m_kinds;
    QHash<QString, int> m_index;
    QStringList m_connectionTypes;
    QList<ConnectionRule> m_rules;
};

} // namespace kg
