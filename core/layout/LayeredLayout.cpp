#include "layout/LayeredLayout.h"

#include "model/NodeKindCatalog.h"

#include <QtMath>

#include <algorithm>
#include <vector>

namespace kg {

namespace {

// Spacing, in scene units. Chosen so that labels of neighbouring nodes never touch and edges
// between columns have room for their arrow heads.
constexpr qreal LayerGap = 120;    // between two flow columns
constexpr qreal SubColumnGap = 48; // between the wrapped columns of one flow column
constexpr qreal RowGap = 32;       // between two nodes of one column
constexpr qreal BlockGap = 80;     // between the node band and namespace frames below it
constexpr qreal FrameMarginSide = 32;
constexpr qreal FrameMarginTop = 48; // room for the frame's title
constexpr qreal FrameMarginBottom = 32;
constexpr qreal MinFrameWidth = 240;
constexpr qreal MinFrameHeight = 140;
constexpr int MaxNestingDepth = 32; // deeper parent chains (or cycles) are laid out flat
constexpr int RankCount = 6;
constexpr int SweepCount = 4;

// Flow column of a kind: where traffic enters on the left, what it ends in on the right.
int flowRank(const NodeKindInfo *kind)
{
    using R = KindRole;
    if (!kind)
        return RankCount - 1;
    const KindRoles roles = kind->roles;
    if (roles & (KindRoles(R::IngressFront) | R::TrafficFront | R::Observer))
        return 0;
    if (roles & (KindRoles(R::ServiceFront) | R::Scaler | R::NetworkRule))
        return 1;
    if (roles & R::Workload)
        return 2;
    if (roles
        & (KindRoles(R::DataService) | R::External | R::ConfigSource | R::VolumeClaim | R::Binding))
        return 3;
    if (roles & (KindRoles(R::StorageBackend) | R::Account | R::RoleDef | R::NamespacePolicy))
        return 4;
    return RankCount - 1;
}

QSizeF usableSize(const QSizeF &size)
{
    // Hostile or broken documents may carry NaN, negative or absurd sizes; lay those out at the
    // default size instead of producing infinite coordinates.
    const bool ok = size.width() > 0 && size.height() > 0 && size.width() < 1e6
                    && size.height() < 1e6;
    return ok ? size : QSizeF(DefaultNodeWidth, DefaultNodeHeight);
}

struct GroupLayout
{
    std::vector<int> members;               // node indices, document order
    std::vector<std::pair<int, int>> edges; // node indices, both members of this group
    QSizeF contentSize;
};

class LayeredLayouter
{
public:
    explicit LayeredLayouter(const GraphData &graph)
        : m_graph(graph)
        , m_catalog(NodeKindCatalog::instance())
    {}

    LayoutResult run();

private:
    void indexNodes();
    void resolveParents();
    void layoutGroup(GroupLayout &group);
    void layoutBand(const std::vector<int> &band, const std::vector<std::pair<int, int>> &edges,
                    qreal *width, qreal *height);

    const GraphData &m_graph;
    const NodeKindCatalog &m_catalog;
    int m_count = 0;
    QHash<QString, int> m_indexOf;
    std::vector<bool> m_duplicate;
    std::vector<bool> m_container;
    std::vector<int> m_parent; // effective container index, or -1
    std::vector<int> m_depth;
    std::vector<QSizeF> m_size;
    std::vector<QPointF> m_local; // relative to the content origin of the node's group
};

void LayeredLayouter::indexNodes()
{
    m_count = int(m_graph.nodes.size());
    m_indexOf.reserve(m_count);
    m_duplicate.assign(m_count, false);
    m_container.assign(m_count, false);
    m_size.resize(m_count);
    m_local.assign(m_count, QPointF());
    for (int i = 0; i < m_count; ++i) {
        const Node &node = m_graph.nodes.at(i);
        if (m_indexOf.contains(node.id)) {
            m_duplicate[i] = true; // the first node with an id owns its position
            continue;
        }
        m_indexOf.insert(node.id, i);
        const NodeKindInfo *kind = m_catalog.kind(node.kind);
        m_container[i] = kind && kind->hasRole(KindRole::Container);
        m_size[i] = usableSize(node.size);
    }
}

void LayeredLayouter::resolveParents()
{
    m_parent.assign(m_count, -1);
    for (int i = 0; i < m_count; ++i) {
        if (m_duplicate[i])
            continue;
        const int p = m_indexOf.value(m_graph.nodes.at(i).parent, -1);
        if (p >= 0 && p != i && m_container[p])
            m_parent[i] = p;
    }
    // Depth of each node; chains longer than MaxNestingDepth (including cycles) are cut at
    // the node where they become too deep, which then lives at the top level.
    m_depth.assign(m_count, -1);
    std::vector<int> walkedBy(size_t(m_count), -1);
    std::vector<int> chain;
    for (int i = 0; i < m_count; ++i) {
        if (m_duplicate[size_t(i)] || m_depth[size_t(i)] >= 0)
            continue;
        // Walk up to the first node whose depth is known; every node is walked once overall.
        chain.clear();
        int cur = i;
        while (cur >= 0 && m_depth[size_t(cur)] < 0 && walkedBy[size_t(cur)] != i) {
            walkedBy[size_t(cur)] = i;
            chain.push_back(cur);
            cur = m_parent[size_t(cur)];
        }
        int base = cur >= 0 ? m_depth[size_t(cur)] : -1;
        if (cur >= 0 && m_depth[size_t(cur)] < 0) {
            // A parent cycle: its outermost walked node becomes top level.
            m_parent[size_t(chain.back())] = -1;
            base = -1;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            int d = base + 1;
            if (d > MaxNestingDepth) {
                m_parent[size_t(*it)] = -1; // absurdly deep: laid out at the top level
                d = 0;
            }
            m_depth[size_t(*it)] = d;
            base = d;
        }
    }
}

void LayeredLayouter::layoutBand(const std::vector<int> &band,
                                 const std::vector<std::pair<int, int>> &edges, qreal *width,
                                 qreal *height)
{
    *width = 0;
    *height = 0;
    if (band.empty())
        return;
    const int n = int(band.size());
    QHash<int, int> localOf;
    localOf.reserve(n);
    for (int i = 0; i < n; ++i)
        localOf.insert(band[size_t(i)], i);

    // Flow column of every node, then columns in document order.
    std::vector<int> rank(size_t(n), 0);
    std::vector<std::vector<int>> layers(RankCount);
    for (int i = 0; i < n; ++i) {
        rank[size_t(i)] = flowRank(m_catalog.kind(m_graph.nodes.at(band[size_t(i)]).kind));
        layers[size_t(rank[size_t(i)])].push_back(i);
    }

    // Adjacency in compressed rows: neighbours of local node i are adj[start[i]..start[i+1]).
    std::vector<int> degree(size_t(n) + 1, 0);
    std::vector<std::pair<int, int>> local;
    local.reserve(edges.size());
    for (const auto &e : edges) {
        const int a = localOf.value(e.first, -1);
        const int b = localOf.value(e.second, -1);
        if (a < 0 || b < 0 || a == b || rank[size_t(a)] == rank[size_t(b)])
            continue; // same-column edges do not influence the order between columns
        local.emplace_back(a, b);
        ++degree[size_t(a)];
        ++degree[size_t(b)];
    }
    std::vector<int> start(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        start[size_t(i) + 1] = start[size_t(i)] + degree[size_t(i)];
    std::vector<int> adj(static_cast<size_t>(start[size_t(n)]));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (const auto &e : local) {
        adj[size_t(fill[size_t(e.first)]++)] = e.second;
        adj[size_t(fill[size_t(e.second)]++)] = e.first;
    }

    // Relative position (0..1) of every node inside its column.
    std::vector<double> position(size_t(n), 0);
    auto updatePositions = [&](const std::vector<int> &layer) {
        const double count = double(layer.size());
        for (size_t k = 0; k < layer.size(); ++k)
            position[size_t(layer[k])] = (double(k) + 0.5) / count;
    };
    for (const auto &layer : layers)
        updatePositions(layer);

    // Barycentre sweeps: order each column by the mean position of its neighbours in the
    // columns already placed (left of it going right, right of it going left). Nodes without
    // such neighbours keep their place. Stable sorts keep the result deterministic.
    std::vector<std::pair<double, int>> keyed;
    for (int sweep = 0; sweep < SweepCount; ++sweep) {
        const bool rightwards = sweep % 2 == 0;
        for (int l = 0; l < RankCount; ++l) {
            const int r = rightwards ? l : RankCount - 1 - l;
            std::vector<int> &layer = layers[size_t(r)];
            if (layer.size() < 2)
                continue;
            keyed.clear();
            for (int v : layer) {
                double sum = 0;
                int count = 0;
                for (int k = start[size_t(v)]; k < start[size_t(v) + 1]; ++k) {
                    const int u = adj[size_t(k)];
                    const int ru = rank[size_t(u)];
                    if (rightwards ? ru < r : ru > r) {
                        sum += position[size_t(u)];
                        ++count;
                    }
                }
                keyed.emplace_back(count ? sum / count : position[size_t(v)], v);
            }
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (size_t k = 0; k < layer.size(); ++k)
                layer[k] = keyed[k].second;
            updatePositions(layer);
        }
    }

    // Coordinates: a flow column taller than rowsPerColumn wraps into several sub-columns, so
    // a graph with thousands of workloads stays roughly square instead of a mile high.
    const int rowsPerColumn = std::max(12, int(std::ceil(std::sqrt(double(n)))));
    struct Column
    {
        std::vector<int> nodes;
        qreal x = 0;
        qreal width = 0;
        qreal height = 0;
    };
    std::vector<Column> columns;
    qreal x = 0;
    bool firstLayer = true;
    for (const auto &layer : layers) {
        if (layer.empty())
            continue;
        if (!firstLayer)
            x += LayerGap - SubColumnGap;
        firstLayer = false;
        for (size_t from = 0; from < layer.size(); from += size_t(rowsPerColumn)) {
            Column column;
            column.x = x;
            const size_t to = std::min(layer.size(), from + size_t(rowsPerColumn));
            for (size_t k = from; k < to; ++k) {
                const QSizeF s = m_size[size_t(band[size_t(layer[k])])];
                column.nodes.push_back(layer[k]);
                column.width = std::max(column.width, s.width());
                column.height += s.height() + (k > from ? RowGap : 0);
            }
            x += column.width + SubColumnGap;
            columns.push_back(std::move(column));
        }
    }
    *width = x - SubColumnGap;
    for (const Column &c : columns)
        *height = std::max(*height, c.height);
    for (const Column &c : columns) {
        qreal y = std::floor((*height - c.height) / 2); // centre columns on the band's axis
        for (int v : c.nodes) {
            const int node = band[size_t(v)];
            const QSizeF s = m_size[size_t(node)];
            m_local[size_t(node)] = QPointF(c.x + std::floor((c.width - s.width()) / 2), y);
            y += s.height() + RowGap;
        }
    }
}

void LayeredLayouter::layoutGroup(GroupLayout &group)
{
    std::vector<int> band;
    std::vector<int> blocks;
    for (int m : group.members)
        (m_container[size_t(m)] ? blocks : band).push_back(m);
    qreal width = 0;
    qreal height = 0;
    layoutBand(band, group.edges, &width, &height);
    // Containers (namespace frames) go below the band, one under the other, in document order.
    qreal y = band.empty() ? 0 : height + BlockGap;
    for (int b : blocks) {
        m_local[size_t(b)] = QPointF(0, y);
        y += m_size[size_t(b)].height() + BlockGap;
        width = std::max(width, m_size[size_t(b)].width());
    }
    if (!blocks.empty())
        height = y - BlockGap;
    group.contentSize = QSizeF(width, height);
}

LayoutResult LayeredLayouter::run()
{
    indexNodes();
    resolveParents();

    // Groups: index 0 is the top level, then one per container node.
    std::vector<int> groupOf(size_t(m_count), -1); // container index → group index
    std::vector<GroupLayout> groups(1);
    std::vector<int> groupOwner{-1};
    for (int i = 0; i < m_count; ++i) {
        if (!m_duplicate[size_t(i)] && m_container[size_t(i)]) {
            groupOf[size_t(i)] = int(groups.size());
            groups.emplace_back();
            groupOwner.push_back(i);
        }
    }
    auto groupIndex = [&](int node) {
        const int p = m_parent[size_t(node)];
        return p < 0 ? 0 : groupOf[size_t(p)];
    };
    for (int i = 0; i < m_count; ++i) {
        if (!m_duplicate[size_t(i)])
            groups[size_t(groupIndex(i))].members.push_back(i);
    }
    for (const Edge &e : m_graph.edges) {
        const int a = m_indexOf.value(e.source, -1);
        const int b = m_indexOf.value(e.target, -1);
        if (a < 0 || b < 0 || m_container[size_t(a)] || m_container[size_t(b)])
            continue;
        const int g = groupIndex(a);
        if (g == groupIndex(b))
            groups[size_t(g)].edges.emplace_back(a, b);
    }

    // Innermost containers first, so a frame knows its children's extent before it is placed.
    std::vector<int> order;
    for (int g = 1; g < int(groups.size()); ++g)
        order.push_back(g);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_depth[size_t(groupOwner[size_t(a)])] > m_depth[size_t(groupOwner[size_t(b)])];
    });
    for (int g : order) {
        GroupLayout &group = groups[size_t(g)];
        layoutGroup(group);
        m_size[size_t(groupOwner[size_t(g)])] = QSizeF(
                std::max(MinFrameWidth, group.contentSize.width() + 2 * FrameMarginSide),
                std::max(MinFrameHeight,
                         group.contentSize.height() + FrameMarginTop + FrameMarginBottom));
    }
    layoutGroup(groups[0]);

    // Absolute positions, outermost first.
    std::vector<int> byDepth;
    byDepth.reserve(size_t(m_count));
    for (int i = 0; i < m_count; ++i) {
        if (!m_duplicate[size_t(i)])
            byDepth.push_back(i);
    }
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [&](int a, int b) { return m_depth[size_t(a)] < m_depth[size_t(b)]; });
    std::vector<QPointF> absolute(static_cast<size_t>(m_count));
    LayoutResult result;
    result.positions.reserve(byDepth.size());
    result.sizes.reserve(byDepth.size());
    for (int i : byDepth) {
        const int p = m_parent[size_t(i)];
        const QPointF origin = p < 0 ? QPointF()
                                     : absolute[size_t(p)]
                                               + QPointF(FrameMarginSide, FrameMarginTop);
        absolute[size_t(i)] = origin + m_local[size_t(i)];
        const QString &id = m_graph.nodes.at(i).id;
        result.positions.insert(id, absolute[size_t(i)]);
        result.sizes.insert(id, m_size[size_t(i)]);
    }
    return result;
}

} // namespace

LayoutResult arrangeLayered(const GraphData &graph)
{
    return LayeredLayouter(graph).run();
}

void applyLayout(GraphData &graph, const LayoutResult &layout)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    for (Node &node : graph.nodes) {
        const auto pos = layout.positions.constFind(node.id);
        if (pos != layout.positions.constEnd())
            node.pos = *pos;
        const NodeKindInfo *kind = catalog.kind(node.kind);
        if (kind && kind->hasRole(KindRole::Container)) {
            const auto size = layout.sizes.constFind(node.id);
            if (size != layout.sizes.constEnd())
                node.size = *size;
        }
    }
}

} // namespace kg
