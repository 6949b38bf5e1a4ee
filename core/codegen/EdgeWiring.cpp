#include "codegen/EdgeWiring.h"

#include <QSet>

namespace kg::engine::EdgeWiring {

namespace {

using R = KindRole;

struct Decision
{
    bool mapped = false;
    Effect effect = Effect::Connect;
    bool reversed = false; ///< the actor is the edge's target
    QString reason;        ///< why not mapped
};

Decision mapped(Effect effect, bool reversed = false)
{
    Decision d;
    d.mapped = true;
    d.effect = effect;
    d.reversed = reversed;
    return d;
}

Decision unmapped(const QString &reason)
{
    Decision d;
    d.reason = reason;
    return d;
}

bool any(const EngineNode &n, KindRoles roles)
{
    return n.info && (n.info->roles & roles);
}

// The forward rules, most specific first (the catalog's connection rules in engine terms).
Decision classifyForward(const EngineNode &s, const EngineNode &t, const Edge &edge)
{
    const KindRoles reachable = KindRoles(R::Workload) | R::ServiceFront | R::DataService
                                | R::TrafficFront | R::External;
    if (edge.connectionType == QLatin1String("BLOCKS_TRAFFIC"))
        return unmapped(EngineContext::tr("blocked traffic is expressed by leaving out an allow "
                                          "rule; enable NetworkPolicies to block undrawn flows"));
    if (any(s, R::IngressFront)) {
        if (any(t, KindRoles(R::ServiceFront) | R::Workload | R::DataService | R::TrafficFront))
            return mapped(Effect::Route);
        return unmapped(EngineContext::tr("an Ingress routes only to Services and workloads"));
    }
    if (s.isKind("LOAD_BALANCER")) {
        if (any(t, KindRoles(R::ServiceFront) | R::Workload | R::DataService))
            return mapped(Effect::Select);
        return unmapped(EngineContext::tr("a load balancer can only select pods in the cluster"));
    }
    if (s.isKind("PROXY")
        && any(t, KindRoles(R::ServiceFront) | R::Workload | R::DataService | R::External
                          | R::TrafficFront))
        return mapped(Effect::Upstream);
    if (any(s, R::ServiceFront)) {
        if (any(t, KindRoles(R::Workload) | R::DataService))
            return mapped(Effect::Select);
        return unmapped(EngineContext::tr("a Service selects workload pods only"));
    }
    if (any(s, R::Observer) && any(t, reachable))
        return mapped(Effect::Scrape);
    if (any(s, KindRoles(R::Workload) | R::DataService)) {
        if (any(t, R::ConfigSource))
            return mapped(Effect::ConfigFrom);
        if (any(t, R::Account))
            return mapped(Effect::UseAccount);
        if (any(s, R::Workload) && any(t, R::VolumeClaim))
            return mapped(Effect::MountClaim);
        if (any(s, R::Workload) && any(t, reachable))
            return mapped(Effect::Connect);
    }
    if (any(s, R::Scaler) && any(t, KindRoles(R::Workload) | R::DataService))
        return mapped(Effect::Scale);
    if (any(s, R::Binding)) {
        if (any(t, R::RoleDef))
            return mapped(Effect::RoleRef);
        if (any(t, R::Account))
            return mapped(Effect::Subject);
    }
    if (any(s, R::VolumeClaim) && any(t, R::StorageBackend))
        return mapped(Effect::StorageRef);
    if (any(s, R::NetworkRule) && any(t, KindRoles(R::Workload) | R::DataService))
        return mapped(Effect::Isolate);
    if (any(s, R::NamespacePolicy) && any(t, R::Container))
        return mapped(Effect::NamespaceRef);
    return unmapped({});
}

Decision classify(const EngineNode &s, const EngineNode &t, const Edge &edge)
{
    Decision d = classifyForward(s, t, edge);
    if (d.mapped || !d.reason.isEmpty())
        return d;
    // Edges drawn "backwards" where the direction carries no meaning (a ConfigMap pointing at
    // the workload that uses it, an account pointing at a binding, …).
    Decision r = classifyForward(t, s, edge);
    if (r.mapped && r.effect != Effect::Connect && r.effect != Effect::Route
        && r.effect != Effect::Select && r.effect != Effect::Upstream
        && r.effect != Effect::Scrape) {
        r.reversed = true;
        return r;
    }
    return unmapped(EngineContext::tr("no rule for %1 → %2").arg(s.kind, t.kind));
}

bool sameNamespaceRequired(Effect effect)
{
    switch (effect) {
    case Effect::ConfigFrom:
    case Effect::MountClaim:
    case Effect::UseAccount:
    case Effect::Select:
    case Effect::Route:
    case Effect::Scale:
    case Effect::Isolate:
        return true;
    default:
        return false;
    }
}

QString describe(const EngineContext &ctx, const Edge &e)
{
    auto nameOf = [&](const QString &id) {
        const auto it = ctx.byId.constFind(id);
        return it == ctx.byId.constEnd() ? id : ctx.nodes.at(size_t(*it)).baseName;
    };
    return EngineContext::tr("edge %1 (%2 → %3%4)")
            .arg(e.id, nameOf(e.source), nameOf(e.target),
                 e.connectionType.isEmpty() ? QString() : QStringLiteral(", ") + e.connectionType);
}

} // namespace

void wire(EngineContext &ctx)
{
    for (const Edge &edge : ctx.graph.edges) {
        const auto si = ctx.byId.constFind(edge.source);
        const auto ti = ctx.byId.constFind(edge.target);
        if (si == ctx.byId.constEnd() || ti == ctx.byId.constEnd()) {
            const QString missing = si == ctx.byId.constEnd() ? edge.source : edge.target;
            ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), nullptr,
                    EngineContext::tr("%1: dangling, node \"%2\" does not exist; ignored")
                            .arg(describe(ctx, edge), missing));
            continue;
        }
        EngineNode &s = ctx.nodes[size_t(*si)];
        EngineNode &t = ctx.nodes[size_t(*ti)];
        auto reject = [&](const QString &reason) {
            ctx.add(ReportItem::Severity::Warning, QStringLiteral("unmapped"), &s,
                    EngineContext::tr("%1 not mapped: %2").arg(describe(ctx, edge), reason));
        };
        if (s.index == t.index) {
            reject(EngineContext::tr("an edge from a node to itself has no meaning"));
            continue;
        }
        if (!s.info || !s.info->generates || !t.info || !t.info->generates) {
            reject(EngineContext::tr("one of its nodes generates no object"));
            continue;
        }
        const Decision d = classify(s, t, edge);
        if (!d.mapped) {
            reject(d.reason);
            continue;
        }
        EngineNode &actor = d.reversed ? t : s;
        EngineNode &other = d.reversed ? s : t;
        if (sameNamespaceRequired(d.effect) && actor.ns != other.ns && !actor.ns.isEmpty()
            && !other.ns.isEmpty()) {
            reject(EngineContext::tr("%1 is in namespace %2 and %3 in %4; Kubernetes only "
                                     "links these within one namespace")
                           .arg(actor.baseName, actor.ns, other.baseName, other.ns));
            continue;
        }
        if ((d.effect == Effect::Select || d.effect == Effect::Isolate || d.effect == Effect::Scale)
            && other.external) {
            reject(EngineContext::tr("%1 runs outside the cluster").arg(other.baseName));
            continue;
        }
        if (d.reversed)
            ctx.info(QStringLiteral("assumption"), actor,
                     EngineContext::tr("%1 is drawn from %2 to %3; read as %3 → %2")
                             .arg(describe(ctx, edge), s.baseName, t.baseName));
        actor.links.push_back(Link{d.effect, other.index, &edge});
        switch (d.effect) {
        case Effect::Connect:
        case Effect::Route:
        case Effect::Upstream:
        case Effect::Scrape:
            if (other.runsPods())
                other.needsOwnService = true;
            break;
        case Effect::NamespaceRef:
            actor.ns = other.name; // namespaces are named before anything else
            break;
        default:
            break;
        }
    }
}

void recordFlows(EngineContext &ctx)
{
    QSet<quint64> seen;
    auto flow = [&](int from, int to) {
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        // An imported workload's policies are the user's own: none are added for it.
        if (from == to || seen.contains(key) || ctx.nodes.at(size_t(to)).imported)
            return;
        seen.insert(key);
        ctx.flows.emplace_back(from, to);
        ctx.nodes[size_t(to)].incomingFlows++;
    };
    for (EngineNode &n : ctx.nodes) {
        for (const Link &l : n.links) {
            const EngineNode &other = ctx.nodes.at(size_t(l.other));
            switch (l.effect) {
            case Effect::Connect:
            case Effect::Upstream:
            case Effect::Scrape:
                if (n.runsPods()) {
                    for (const int p : ctx.podsBehind(other))
                        flow(n.index, p);
                }
                break;
            case Effect::Route:
                for (const int p : ctx.podsBehind(other)) {
                    if (!ctx.nodes.at(size_t(p)).imported)
                        ctx.nodes[size_t(p)].openToOutside = true;
                }
                break;
            default:
                break;
            }
        }
        const bool exposed = n.isKind("LOAD_BALANCER")
                             || (n.isKind("SERVICE")
                                 && (n.str(QStringLiteral("serviceType"))
                                             == QLatin1String("NodePort")
                                     || n.str(QStringLiteral("serviceType"))
                                                == QLatin1String("LoadBalancer")));
        if (exposed) {
            for (const int p : ctx.podsBehind(n))
                ctx.nodes[size_t(p)].openToOutside = true;
        }
    }
}

void assignSelectionLabels(EngineContext &ctx)
{
    for (EngineNode &n : ctx.nodes) {
        // Several targets behind one selector: each gets the front's selection label.
        std::vector<int> selected;
        if (n.isKind("SERVICE") || n.isKind("LOAD_BALANCER"))
            selected = ctx.podsBehind(n);
        else if (n.isKind("NETWORKPOLICY"))
            selected = ctx.targets(n, Effect::Isolate);
        if (selected.size() > 1) {
            const QString key = EngineContext::selectionLabelKey(n);
            for (const int p : selected)
                ctx.nodes[size_t(p)].extraPodLabels.insert(key, QStringLiteral("true"));
            ctx.info(QStringLiteral("assumption"), n,
                     EngineContext::tr("selects %1 workloads; each gets the pod label %2=true")
                             .arg(selected.size())
                             .arg(key));
        }
    }
}

} // namespace kg::engine::EdgeWiring
