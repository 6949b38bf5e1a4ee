// RBAC kinds: ServiceAccount, Role, ClusterRole and their bindings, wired from edges.
#include "codegen/EngineModel.h"

namespace kg::engine {

namespace {

const QString RbacGroup = QStringLiteral("rbac.authorization.k8s.io");

YamlValue rules(const EngineNode &node)
{
    YamlValue rule = YamlValue::map();
    rule.set(QStringLiteral("apiGroups"),
             YamlValue::strings(node.list(QStringLiteral("apiGroups"))));
    rule.set(QStringLiteral("resources"),
             YamlValue::strings(node.list(QStringLiteral("resources"))));
    rule.set(QStringLiteral("verbs"), YamlValue::strings(node.list(QStringLiteral("verbs"))));
    YamlValue list = YamlValue::sequence();
    list.append(std::move(rule));
    return list;
}

} // namespace

void buildAccessControl(EngineContext &ctx, EngineNode &node)
{
    const QString name = node.name;
    const QString rbac = RbacGroup + QStringLiteral("/v1");
    if (node.isKind("SERVICEACCOUNT")) {
        YamlValue o = EngineContext::object(QStringLiteral("v1"), QStringLiteral("ServiceAccount"),
                                            ctx.metadata(node, name));
        o.set(QStringLiteral("automountServiceAccountToken"),
              node.flag(QStringLiteral("automountToken")));
        ctx.emit(node, QStringLiteral("v1"), QStringLiteral("ServiceAccount"), name, std::move(o));
        return;
    }
    if (node.isKind("ROLE") || node.isKind("CLUSTERROLE")) {
        const bool cluster = node.isKind("CLUSTERROLE");
        const QString kind = cluster ? QStringLiteral("ClusterRole") : QStringLiteral("Role");
        if (node.list(QStringLiteral("verbs")).isEmpty()
            || node.list(QStringLiteral("resources")).isEmpty())
            ctx.warn(node,
                     EngineContext::tr("grants nothing: its rule has no resources or no verbs"));
        YamlValue o = EngineContext::object(rbac, kind, ctx.metadata(node, name, !cluster));
        o.set(QStringLiteral("rules"), rules(node));
        ctx.emit(node, rbac, kind, name, std::move(o), !cluster);
        return;
    }
    // ROLEBINDING / CLUSTERROLEBINDING
    const bool cluster = node.isKind("CLUSTERROLEBINDING");
    const QString kind = cluster ? QStringLiteral("ClusterRoleBinding")
                                 : QStringLiteral("RoleBinding");
    const EngineNode *role = nullptr;
    YamlValue subjects = YamlValue::sequence();
    for (const Link &l : node.links) {
        const EngineNode &t = ctx.nodes.at(size_t(l.other));
        if (l.effect == Effect::RoleRef) {
            if (role) {
                ctx.warn(node, EngineContext::tr("is connected to several roles; binds %1, not %2")
                                       .arg(role->name, t.name));
                continue;
            }
            if (cluster && !t.isKind("CLUSTERROLE")) {
                ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &node,
                        EngineContext::tr(
                                "a ClusterRoleBinding can only bind a ClusterRole, not Role %1")
                                .arg(t.name));
                continue;
            }
            if (t.isKind("ROLE") && t.ns != node.ns) {
                ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &node,
                        EngineContext::tr(
                                "Role %1 is in namespace %2; a RoleBinding in %3 cannot bind it")
                                .arg(t.name, t.ns, node.ns));
                continue;
            }
            role = &t;
        } else if (l.effect == Effect::Subject) {
            YamlValue s = YamlValue::map();
            s.set(QStringLiteral("kind"), QStringLiteral("ServiceAccount"));
            s.set(QStringLiteral("name"), t.name);
            s.set(QStringLiteral("namespace"), t.ns);
            subjects.append(std::move(s));
        }
    }
    if (!role) {
        ctx.warn(node,
                 EngineContext::tr(
                         "is connected to no role; a binding needs one, so none is generated"));
        return;
    }
    YamlValue o = EngineContext::object(rbac, kind, ctx.metadata(node, name, !cluster));
    YamlValue &ref = o[QStringLiteral("roleRef")];
    ref.set(QStringLiteral("apiGroup"), RbacGroup);
    ref.set(QStringLiteral("kind"),
            role->isKind("CLUSTERROLE") ? QStringLiteral("ClusterRole") : QStringLiteral("Role"));
    ref.set(QStringLiteral("name"), role->name);
    if (subjects.isEmptyCollection())
        ctx.warn(node, EngineContext::tr("has no subjects; connect it to a service account"));
    else
        o.set(QStringLiteral("subjects"), std::move(subjects));
    ctx.emit(node, rbac, kind, name, std::move(o), !cluster);
}

} // namespace kg::engine
