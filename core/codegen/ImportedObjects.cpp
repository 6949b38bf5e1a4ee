// Imported nodes: their base objects come back as they were, with only the user's changes
// (ObjectProperties::apply); the engine's opinions about them are findings, never edits.
#include "codegen/EngineModel.h"
#include "io/ImportedNode.h"
#include "io/ObjectProperties.h"
#include "io/YamlSupport.h"

#include <QSet>

namespace kg::engine {

namespace {

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString text(const YamlValue *v)
{
    return v && v->isScalar() ? v->scalarText() : QString();
}

// What the engine would have done differently for a workload it wrote itself, as findings.
void reportFindings(EngineContext &ctx, const EngineNode &n, const YamlValue &object)
{
    const YamlValue *pod = io::ObjectProperties::podTemplate(object);
    const YamlValue *spec = pod ? pod->find(k("spec")) : nullptr;
    const YamlValue *containers = spec ? spec->find(k("containers")) : nullptr;
    if (!containers || !containers->isSequence())
        return;
    const YamlValue *podNonRoot = spec->at({"securityContext", "runAsNonRoot"});
    for (const YamlValue &c : containers->items()) {
        const QString name = text(c.find(k("name")));
        auto finding = [&](const QString &message) {
            ctx.add(ReportItem::Severity::Info, k("finding"), &n,
                    EngineContext::tr("container %1: %2").arg(name, message));
        };
        const YamlValue *nonRoot = c.at({"securityContext", "runAsNonRoot"});
        const YamlValue *user = c.at({"securityContext", "runAsUser"});
        const bool setsNonRoot = (nonRoot && nonRoot->type() == YamlValue::Type::Bool
                                  && nonRoot->toBool())
                                 || (podNonRoot && podNonRoot->type() == YamlValue::Type::Bool
                                     && podNonRoot->toBool())
                                 || (user && user->type() == YamlValue::Type::Int
                                     && user->toInt() > 0);
        if (!setsNonRoot)
            finding(EngineContext::tr("may run as root (no runAsNonRoot or runAsUser); "
                                      "\"Harden containers\" in the inspector fixes it"));
        if (!c.at({"resources", "limits"}) && !c.at({"resources", "requests"}))
            finding(EngineContext::tr("has no resource requests or limits"));
        if (!c.find(k("readinessProbe")) && !c.find(k("livenessProbe")))
            finding(EngineContext::tr("has no readiness or liveness probe"));
        const QString image = text(c.find(k("image")));
        const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
        const QString last = image.mid(slash + 1);
        if (!image.contains(QLatin1Char('@'))
            && (!last.contains(QLatin1Char(':')) || last.endsWith(QLatin1String(":latest"))))
            finding(EngineContext::tr("image %1 is not pinned to a version").arg(image));
    }
}

void collectScalars(const YamlValue &v, QSet<QString> *out)
{
    if (v.isMap()) {
        for (const auto &entry : v.entries())
            collectScalars(entry.second, out);
    } else if (v.isSequence()) {
        for (const YamlValue &item : v.items())
            collectScalars(item, out);
    } else if (!v.isNull()) {
        out->insert(v.scalarText());
    }
}

// A connection the user drew from an imported node: when the object does not refer to the
// target yet, the references a workload can take are added (envFrom or a volume for a ConfigMap
// or Secret, a volume for a claim, the service account); any other is reported, never dropped.
void applyDrawnConnections(EngineContext &ctx, const EngineNode &n, YamlValue &object)
{
    QSet<QString> scalars;
    collectScalars(object, &scalars);
    YamlValue *pod = io::ObjectProperties::podTemplate(object);
    YamlValue *spec = pod ? pod->find(k("spec")) : nullptr;
    // Looked up at each use: adding a key to the pod spec moves its entries (and the
    // containers with them), so a pointer kept across that would dangle.
    const auto firstContainer = [spec]() -> YamlValue * {
        YamlValue *containers = spec ? spec->find(k("containers")) : nullptr;
        return containers && containers->isSequence() && !containers->items().empty()
                       ? const_cast<YamlValue *>(&containers->items().front())
                       : nullptr;
    };
    for (const Link &l : n.links) {
        const EngineNode &target = ctx.nodes.at(size_t(l.other));
        if (target.name.isEmpty() || scalars.contains(target.name))
            continue; // the object refers to it already (as imported, or as the user wrote)
        const QString mountPath = l.edge ? l.edge->properties.value(k("mountPath")).toString()
                                         : QString();
        const bool secret = target.isKind("SECRET");
        bool applied = false;
        YamlValue *first = firstContainer();
        if (first && l.effect == Effect::ConfigFrom && mountPath.isEmpty()) {
            YamlValue ref = YamlValue::map();
            ref[secret ? k("secretRef") : k("configMapRef")].set(k("name"), target.name);
            (*first)[k("envFrom")].append(std::move(ref));
            applied = true;
        } else if (first && (l.effect == Effect::ConfigFrom || l.effect == Effect::MountClaim)) {
            // The container's mount first: the pod's new volumes key moves the containers.
            YamlValue mount = YamlValue::map();
            mount.set(k("name"), target.name);
            mount.set(k("mountPath"), mountPath.isEmpty() ? k("/mnt/") + target.name : mountPath);
            (*first)[k("volumeMounts")].append(std::move(mount));
            YamlValue volume = YamlValue::map();
            volume.set(k("name"), target.name);
            if (l.effect == Effect::MountClaim)
                volume[k("persistentVolumeClaim")].set(k("claimName"), target.name);
            else if (secret)
                volume[k("secret")].set(k("secretName"), target.name);
            else
                volume[k("configMap")].set(k("name"), target.name);
            (*spec)[k("volumes")].append(std::move(volume));
            applied = true;
        } else if (spec && l.effect == Effect::UseAccount) {
            spec->set(k("serviceAccountName"), target.name);
            applied = true;
        }
        if (applied)
            ctx.info(k("assumption"), n,
                     EngineContext::tr("refers to %1 for the connection drawn to it")
                             .arg(target.name));
        else
            ctx.warn(n, EngineContext::tr("the connection to %1 is not applied to the imported "
                                          "object; edit its YAML to refer to %1")
                                .arg(target.name));
    }
}

// The engine's container hardening, added only where the object says nothing itself.
void harden(YamlValue &object)
{
    YamlValue *pod = io::ObjectProperties::podTemplate(object);
    YamlValue *spec = pod ? pod->find(k("spec")) : nullptr;
    if (!spec)
        return;
    YamlValue &podSecurity = (*spec)[k("securityContext")];
    if (!podSecurity.find(k("seccompProfile")))
        podSecurity[k("seccompProfile")].set(k("type"), k("RuntimeDefault"));
    for (const char *group : {"initContainers", "containers"}) {
        YamlValue *list = spec->find(k(group));
        if (!list || !list->isSequence())
            continue;
        for (const YamlValue &c : list->items()) {
            YamlValue &security = const_cast<YamlValue &>(c)[k("securityContext")];
            if (!security.find(k("runAsNonRoot")) && !podSecurity.find(k("runAsNonRoot")))
                security.set(k("runAsNonRoot"), YamlValue(true));
            if (!security.find(k("allowPrivilegeEscalation")))
                security.set(k("allowPrivilegeEscalation"), YamlValue(false));
            if (!security.find(k("capabilities")))
                security[k("capabilities")].set(k("drop"), YamlValue::strings({k("ALL")}));
        }
    }
}

} // namespace

void readImported(EngineContext &ctx, EngineNode &n)
{
    n.imported = true;
    const QString manifest = io::ImportedNode::manifest(*n.node);
    if (manifest.isEmpty())
        return; // a namespace frame made up for imported objects: generates nothing
    io::YamlLimits limits;
    const Status parsed = io::forEachYamlDocument(manifest.toUtf8(), n.node->id, limits,
                                                  [&](YamlValue &&doc, int, int,
                                                      QByteArrayView) -> Status {
                                                      if (doc.isMap())
                                                          n.baseObjects.push_back(std::move(doc));
                                                      return {};
                                                  });
    if (!parsed) {
        n.baseObjects.clear();
        ctx.add(ReportItem::Severity::Warning, k("warning"), &n,
                EngineContext::tr("its imported YAML cannot be read (%1); nothing is generated "
                                  "for it")
                        .arg(parsed.error().message));
        return;
    }
    if (n.baseObjects.empty())
        return;
    const YamlValue &first = n.baseObjects.front();
    if (const YamlValue *pod = io::ObjectProperties::podTemplate(first)) {
        const YamlValue *selector = first.at({"spec", "selector", "matchLabels"});
        if (!selector && text(first.find(k("kind"))) == QLatin1String("Pod"))
            selector = pod->at({"metadata", "labels"});
        if (selector && selector->isMap())
            n.podSelector = *selector;
    }
}

QString importedName(const EngineNode &n)
{
    if (n.baseObjects.empty())
        return n.baseName;
    const QString own = text(n.baseObjects.front().at({"metadata", "name"}));
    return own.isEmpty() || n.node->name != own ? n.baseName : own;
}

QString importedNamespace(const EngineContext &ctx, const EngineNode &n)
{
    const auto parent = ctx.byId.constFind(n.node->parent);
    if (parent != ctx.byId.constEnd() && ctx.nodes.at(size_t(*parent)).isKind("NAMESPACE"))
        return ctx.nodes.at(size_t(*parent)).name;
    const QString own = n.str(QStringLiteral("namespace")).trimmed();
    if (!own.isEmpty())
        return own;
    return n.baseObjects.empty() ? QString()
                                 : text(n.baseObjects.front().at({"metadata", "namespace"}));
}

void buildImported(EngineContext &ctx, EngineNode &n)
{
    for (size_t i = 0; i < n.baseObjects.size(); ++i) {
        YamlValue object = n.baseObjects[i];
        const QString kind = text(object.find(k("kind")));
        if (i == 0) {
            const QVariantMap before = io::ObjectProperties::read(object, n.info);
            const QStringList refused = io::ObjectProperties::apply(object, n.info, before,
                                                                    n.node->properties);
            for (const QString &key : refused)
                ctx.warn(n, EngineContext::tr("the change of %1 has no place in the imported %2; "
                                              "edit its YAML instead")
                                    .arg(key, kind));
            YamlValue &metadata = object[k("metadata")];
            if (text(metadata.find(k("name"))) != n.name) {
                metadata.set(k("name"), YamlValue(n.name));
                ctx.info(k("assumption"), n,
                         EngineContext::tr("renamed to %1; references to its old name are not "
                                           "changed")
                                 .arg(n.name));
            }
            const YamlValue *ns = metadata.find(k("namespace"));
            if (!io::ObjectProperties::isClusterScopedKind(kind) && !n.ns.isEmpty()
                && text(ns) != n.ns)
                metadata.set(k("namespace"), YamlValue(n.ns));
            applyDrawnConnections(ctx, n, object);
            if (n.node->properties.value(io::ImportedNode::HardeningKey).toBool())
                harden(object);
            reportFindings(ctx, n, object);
        }
        Manifest m;
        m.node = n.index;
        m.apiVersion = text(object.find(k("apiVersion")));
        m.kind = kind;
        m.name = text(object.at({"metadata", "name"}));
        m.ns = text(object.at({"metadata", "namespace"}));
        m.body = std::move(object);
        ctx.manifests.push_back(std::move(m));
    }
}

} // namespace kg::engine
