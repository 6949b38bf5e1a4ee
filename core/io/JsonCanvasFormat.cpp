#include "io/JsonCanvasFormat.h"

#include "io/JsonSupport.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRectF>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace kg::io::JsonCanvasFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::JsonCanvasFormat)
};

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

constexpr qreal GroupMargin = 40;

// "key: value" text → the property's value, typed by the catalog where the key is known.
QVariant parseValue(const PropertySpec *spec, const QString &text)
{
    if (!spec)
        return text;
    if (spec->type == PropertyType::StringMap) {
        QVariantMap map;
        const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                map.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
        return map;
    }
    const QVariant v = NodeKindCatalog::coerce(*spec, text);
    return v.isValid() ? v : QVariant(text); // kept as written: the validator reports it
}

QString valueText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QStringList:
        return v.toStringList().join(QStringLiteral(", "));
    case QMetaType::QVariantList: {
        QStringList items;
        const QVariantList list = v.toList();
        for (const QVariant &item : list)
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    case QMetaType::QVariantMap: {
        QStringList items;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items << it.key() + QLatin1Char('=') + it.value().toString();
        return items.join(QStringLiteral(", "));
    }
    case QMetaType::Bool:
        return v.toBool() ? k("true") : k("false");
    default:
        return v.toString();
    }
}

QString stripMarkup(QString line)
{
    line = line.trimmed();
    while (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('*'))
           || line.startsWith(QLatin1Char('_')))
        line = line.mid(1);
    while (line.endsWith(QLatin1Char('*')) || line.endsWith(QLatin1Char('_')))
        line.chop(1);
    return line.trimmed();
}

// Fills kind, name and properties of @p n from canvas text; false when no kind is named.
bool parseText(const QString &text, Node *n)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    int first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first >= lines.size())
        return false;
    const QString head = stripMarkup(lines.at(first));
    int rest = first + 1;
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    // "Kind: name" (markup such as **Kind**: allowed), or a first line that is just a kind.
    const QString before = colon > 0 ? stripMarkup(head.left(colon)) : QString();
    QString kind = kindFromLabel(before);
    const bool named = !kind.isEmpty();
    if (kind.isEmpty())
        kind = kindFromLabel(head);
    if (kind.isEmpty())
        return false;
    n->kind = kind;
    if (named) {
        n->name = stripMarkup(head.mid(colon + 1));
    } else if (rest < lines.size() && !lines.at(rest).contains(QLatin1Char(':'))
               && !lines.at(rest).trimmed().isEmpty()) {
        n->name = stripMarkup(lines.at(rest));
        ++rest;
    }
    const NodeKindInfo *info = NodeKindCatalog::instance().kind(kind);
    for (int i = rest; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("- ")))
            line = line.mid(2);
        const qsizetype c = line.indexOf(QLatin1Char(':'));
        if (c <= 0)
            continue;
        const QString key = line.left(c).trimmed();
        const QString value = line.mid(c + 1).trimmed();
        if (key.contains(QLatin1Char(' ')) || value.isEmpty())
            continue;
        n->properties.insert(key, parseValue(info ? info->property(key) : nullptr, value));
    }
    return true;
}

// --- Containment ---------------------------------------------------------------------------------

// Points in a merge-sort tree (sorted by x; each aligned block of 2^level points also sorted by
// y) that reports the points in a closed box and lets the caller remove them: O(log² n) per
// box plus O(1) per point reported, removed points being skipped lazily per level.
class PointIndex
{
public:
    PointIndex(const std::vector<QPointF> &points, const std::vector<int> &subset)
        : m_size(int(subset.size()))
        , m_removed(points.size(), false)
    {
        std::vector<int> order = subset;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return points[size_t(a)].x() < points[size_t(b)].x();
        });
        m_xs.reserve(order.size());
        for (int p : order)
            m_xs.push_back(points[size_t(p)].x());
        int levels = 1;
        while ((1 << (levels - 1)) < m_size)
            ++levels;
        m_ids.assign(size_t(levels), {});
        m_ys.assign(size_t(levels), {});
        m_next.assign(size_t(levels), {});
        m_ids[0] = order;
        auto byY = [&](int a, int b) {
            return points[size_t(a)].y() < points[size_t(b)].y();
        };
        for (int level = 1; level < levels; ++level) {
            std::vector<int> &ids = m_ids[size_t(level)];
            const std::vector<int> &below = m_ids[size_t(level - 1)];
            ids.resize(below.size());
            const int half = 1 << (level - 1);
            for (int start = 0; start < m_size; start += 2 * half) {
                const int mid = std::min(start + half, m_size);
                const int end = std::min(start + 2 * half, m_size);
                std::merge(below.begin() + start, below.begin() + mid, below.begin() + mid,
                           below.begin() + end, ids.begin() + start, byY);
            }
        }
        for (int level = 0; level < levels; ++level) {
            std::vector<double> &ys = m_ys[size_t(level)];
            std::vector<int> &next = m_next[size_t(level)];
            ys.reserve(size_t(m_size));
            next.resize(size_t(m_size));
            for (int i = 0; i < m_size; ++i) {
                ys.push_back(points[size_t(m_ids[size_t(level)][size_t(i)])].y());
                next[size_t(i)] = i;
            }
        }
    }

    // Calls @p visit(point) for every point not removed yet with left <= x <= right and
    // top <= y <= bottom; the point is removed when it returns true.
    template<typename Visit>
    void query(double left, double right, double top, double bottom, Visit &&visit)
    {
        int a = int(std::lower_bound(m_xs.begin(), m_xs.end(), left) - m_xs.begin());
        const int b = int(std::upper_bound(m_xs.begin(), m_xs.end(), right) - m_xs.begin());
        const int levels = int(m_ids.size());
        while (a < b) {
            // The largest aligned block starting at a that fits in [a, b).
            int level = 0;
            while (level + 1 < levels && (a & ((1 << (level + 1)) - 1)) == 0
                   && a + (1 << (level + 1)) <= b)
                ++level;
            const int end = std::min(a + (1 << level), m_size);
            scanBlock(level, a, end, top, bottom, visit);
            a = end;
        }
    }

private:
    // The first position >= i in [i, end) of a point not removed yet (end when none).
    int firstLeft(int level, int i, int end)
    {
        std::vector<int> &next = m_next[size_t(level)];
        const std::vector<int> &ids = m_ids[size_t(level)];
        int r = i;
        while (r < end && (next[size_t(r)] != r || m_removed[size_t(ids[size_t(r)])])) {
            if (next[size_t(r)] == r)
                next[size_t(r)] = r + 1; // removed since the last look
            r = next[size_t(r)];
        }
        while (i < r) { // path compression
            const int n = next[size_t(i)];
            next[size_t(i)] = r;
            i = n;
        }
        return r;
    }

    template<typename Visit>
    void scanBlock(int level, int start, int end, double top, double bottom, Visit &visit)
    {
        const std::vector<double> &ys = m_ys[size_t(level)];
        const std::vector<int> &ids = m_ids[size_t(level)];
        int i = int(std::lower_bound(ys.begin() + start, ys.begin() + end, top) - ys.begin());
        for (i = firstLeft(level, i, end); i < end && ys[size_t(i)] <= bottom;
             i = firstLeft(level, i + 1, end)) {
            const int p = ids[size_t(i)];
            if (visit(p))
                m_removed[size_t(p)] = true;
        }
    }

    int m_size;
    std::vector<bool> m_removed;
    std::vector<double> m_xs;
    std::vector<std::vector<int>> m_ids;
    std::vector<std::vector<double>> m_ys;
    std::vector<std::vector<int>> m_next;
};

// For each point, the rank of the first frame of @p ranked (smallest first) that holds it and
// has another id, lowered into @p best. Frames with the point's own id are passed over; that
// costs once per such frame and point, which callers keep small.
void claimPoints(const QList<std::pair<QRectF, QString>> &frames, const std::vector<int> &ranked,
                 const std::vector<int> &frameId, const std::vector<QPointF> &points,
                 const std::vector<int> &pointId, const std::vector<int> &subset,
                 std::vector<int> *best)
{
    if (ranked.empty() || subset.empty())
        return;
    PointIndex index(points, subset);
    for (int rank : ranked) {
        const QRectF &rect = frames.at(rank).first;
        // The bounds QRectF::contains() compares with, computed the same way.
        double left = rect.x(), right = rect.x(), top = rect.y(), bottom = rect.y();
        (rect.width() < 0 ? left : right) += rect.width();
        (rect.height() < 0 ? top : bottom) += rect.height();
        if (left == right || top == bottom)
            continue; // a null rectangle holds nothing
        const int id = frameId[size_t(rank)];
        index.query(left, right, top, bottom, [&](int p) {
            if (pointId[size_t(p)] == id || !rect.contains(points[size_t(p)]))
                return false;
            (*best)[size_t(p)] = std::min((*best)[size_t(p)], rank);
            return true;
        });
    }
}

// For each point (a node's centre), the index in @p frames of the smallest frame (by area, the
// earlier one on a tie) that holds it, never one whose id is the point's own; -1 when none.
// This is the all-pairs rule of the first versions in O(n log² n): frames are tried smallest
// first and each point is taken by the first frame that holds it. A frame cannot take a point
// with its own id; with ids shared by many frames (a hostile file) such points are instead
// matched per bit of the shared id's number against the frames whose number differs in that
// bit, so that no point is passed over more than a few times.
std::vector<int> smallestEnclosingFrames(const QList<std::pair<QRectF, QString>> &frames,
                                         const std::vector<QPointF> &points,
                                         const QStringList &pointIds)
{
    constexpr int FewSharers = 16; // frames sharing an id below which passing over is cheap
    const int frameCount = int(frames.size());
    std::vector<int> ranked(static_cast<size_t>(frameCount));
    for (int i = 0; i < frameCount; ++i)
        ranked[size_t(i)] = i;
    std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        return frames.at(a).first.width() * frames.at(a).first.height()
               < frames.at(b).first.width() * frames.at(b).first.height();
    });
    // Frames by rank from here on: ranked[r] is the frame index.
    QList<std::pair<QRectF, QString>> byRank;
    byRank.reserve(frameCount);
    for (int r = 0; r < frameCount; ++r)
        byRank.append(frames.at(ranked[size_t(r)]));

    QHash<QString, int> idNumber; // frame ids → 0, 1, 2, …
    std::vector<int> sharers;     // per id number: frames with that id
    std::vector<int> frameId(static_cast<size_t>(frameCount));
    for (int r = 0; r < frameCount; ++r) {
        auto it = idNumber.constFind(byRank.at(r).second);
        if (it == idNumber.cend()) {
            it = idNumber.insert(byRank.at(r).second, int(sharers.size()));
            sharers.push_back(0);
        }
        frameId[size_t(r)] = it.value();
        ++sharers[size_t(it.value())];
    }
    std::vector<int> heavyNumber(sharers.size(), -1); // ids shared by many frames → 0, 1, …
    int heavyCount = 0;
    for (size_t i = 0; i < sharers.size(); ++i) {
        if (sharers[i] > FewSharers)
            heavyNumber[i] = heavyCount++;
    }
    const int pointCount = int(points.size());
    std::vector<int> pointId(static_cast<size_t>(pointCount));
    std::vector<int> lightPoints, heavyPoints;
    for (int p = 0; p < pointCount; ++p) {
        pointId[size_t(p)] = idNumber.value(pointIds.at(p), -1);
        const bool heavy = pointId[size_t(p)] >= 0 && heavyNumber[size_t(pointId[size_t(p)])] >= 0;
        (heavy ? heavyPoints : lightPoints).push_back(p);
    }

    constexpr int None = std::numeric_limits<int>::max();
    std::vector<int> best(size_t(pointCount), None);
    std::vector<int> allRanks(static_cast<size_t>(frameCount));
    for (int r = 0; r < frameCount; ++r)
        allRanks[size_t(r)] = r;
    claimPoints(byRank, allRanks, frameId, points, pointId, lightPoints, &best);
    if (!heavyPoints.empty()) {
        std::vector<int> lightRanks;
        std::vector<int> heavyRanks;
        for (int r = 0; r < frameCount; ++r)
            (heavyNumber[size_t(frameId[size_t(r)])] >= 0 ? heavyRanks : lightRanks).push_back(r);
        claimPoints(byRank, lightRanks, frameId, points, pointId, heavyPoints, &best);
        for (int bit = 0; (1 << bit) < heavyCount; ++bit) {
            for (int side = 0; side < 2; ++side) {
                std::vector<int> ranks, subset;
                for (int r : heavyRanks) {
                    if (((heavyNumber[size_t(frameId[size_t(r)])] >> bit) & 1) == side)
                        ranks.push_back(r);
                }
                for (int p : heavyPoints) {
                    if (((heavyNumber[size_t(pointId[size_t(p)])] >> bit) & 1) != side)
                        subset.push_back(p);
                }
                claimPoints(byRank, ranks, frameId, points, pointId, subset, &best);
            }
        }
    }
    std::vector<int> result(size_t(pointCount), -1);
    for (int p = 0; p < pointCount; ++p) {
        if (best[size_t(p)] != None)
            result[size_t(p)] = ranked[size_t(best[size_t(p)])];
    }
    return result;
}

} // namespace

QString kindLabel(const QString &kindId)
{
    QStringList words = kindId.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QString kindFromLabel(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 64)
        return {};
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    if (const NodeKindInfo *kind = catalog.kind(t))
        return kind->id;
    QString squashed = t.toUpper();
    squashed.remove(QLatin1Char(' '));
    squashed.remove(QLatin1Char('_'));
    squashed.remove(QLatin1Char('-'));
    for (const NodeKindInfo &kind : catalog.kinds()) {
        QString id = kind.id;
        id.remove(QLatin1Char('_'));
        if (id == squashed || kind.displayName.compare(t, Qt::CaseInsensitive) == 0)
            return kind.id;
    }
    return {};
}

Result<GraphData> read(const QByteArray &data, const QString &fileName)
{
    auto parsed = parseJson(data, fileName, 64);
    if (!parsed)
        return parsed.error();
    const JsonReader json(fileName);
    if (!parsed->isObject())
        return json.error(QString(), Tr::tr("not a JSON Canvas: the top level is not an object"));
    const QJsonObject root = parsed->object();
    const QJsonValue nodesValue = root.value(QLatin1String("nodes"));
    const QJsonValue edgesValue = root.value(QLatin1String("edges"));
    if (!nodesValue.isUndefined() && !nodesValue.isArray())
        return json.error(k("/nodes"), Tr::tr("\"nodes\" must be an array"));
    if (!edgesValue.isUndefined() && !edgesValue.isArray())
        return json.error(k("/edges"), Tr::tr("\"edges\" must be an array"));

    GraphData g;
    QList<std::pair<QRectF, QString>> namespaces; // frame → namespace node id
    QVariantList otherGroups;
    QList<QRectF> rects;
    const QJsonArray nodes = nodesValue.toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString ptr = QStringLiteral("/nodes/%1").arg(i);
        if (!nodes.at(i).isObject())
            return json.error(ptr, Tr::tr("a node must be an object"));
        const QJsonObject o = nodes.at(i).toObject();
        for (const char *key : {"id", "type", "text", "file", "url", "label", "color"}) {
            QString ignored;
            if (auto e = json.string(o, k(key), ptr, &ignored))
                return *e;
        }
        double geometry[4] = {0, 0, DefaultNodeWidth, DefaultNodeHeight};
        const char *names[4] = {"x", "y", "width", "height"};
        for (int j = 0; j < 4; ++j) {
            if (auto e = json.number(o, k(names[j]), ptr, &geometry[j]))
                return *e;
        }
        Node n;
        n.id = o.value(QLatin1String("id")).toString();
        if (n.id.isEmpty())
            return json.error(ptr + k("/id"), Tr::tr("a node needs an \"id\""));
        n.pos = QPointF(geometry[0], geometry[1]);
        if (geometry[2] > 0 && geometry[3] > 0)
            n.size = QSizeF(geometry[2], geometry[3]);
        const QRectF rect(n.pos, n.size);
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("group")) {
            const QString label = o.value(QLatin1String("label")).toString();
            Node probe;
            if (parseText(label, &probe) && probe.kind == QLatin1String("NAMESPACE")) {
                n.kind = probe.kind;
                n.name = probe.name.isEmpty() ? n.id : probe.name;
                namespaces.append({rect, n.id});
                g.nodes.append(n);
                rects.append(rect);
            } else {
                otherGroups.append(jsonToVariant(o)); // kept for a faithful export
            }
            continue;
        }
        QString text;
        if (type == QLatin1String("text")) {
            text = o.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("file")) {
            const QString file = o.value(QLatin1String("file")).toString();
            text = file.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
            n.properties.insert(k("canvasFile"), file);
        } else if (type == QLatin1String("link")) {
            const QUrl url(o.value(QLatin1String("url")).toString());
            n.kind = k("EXTERNAL_DEPENDENCY");
            n.name = url.host().isEmpty() ? url.toString() : url.host();
            n.properties.insert(k("host"), url.host());
            if (!url.scheme().isEmpty())
                n.properties.insert(k("scheme"), url.scheme());
            if (url.port() > 0)
                n.properties.insert(k("port"), qint64(url.port()));
        } else {
            return json
                    .error(ptr + k("/type"),
                           Tr::tr("unknown node type \"%1\" (expected text, file, link or group)")
                                   .arg(type));
        }
        if (n.kind.isEmpty() && !parseText(text, &n)) {
            // Not a component: kept as a note with its text.
            n.kind = k("CONFIG");
            n.name = text.section(QLatin1Char('\n'), 0, 0).trimmed().left(63);
            n.properties.insert(k("text"), text);
        }
        if (o.contains(QLatin1String("color")))
            n.properties.insert(k("canvasColor"), o.value(QLatin1String("color")).toString());
        g.nodes.append(n);
        rects.append(rect);
    }
    if (!otherGroups.isEmpty())
        g.metadata.insert(k("canvasGroups"), otherGroups);

    // Containment: the smallest namespace frame that holds the node's centre.
    std::vector<QPointF> centres;
    QStringList ids;
    centres.reserve(size_t(g.nodes.size()));
    ids.reserve(g.nodes.size());
    for (int i = 0; i < g.nodes.size(); ++i) {
        centres.push_back(rects.at(i).center());
        ids << g.nodes.at(i).id;
    }
    const std::vector<int> frameOf = smallestEnclosingFrames(namespaces, centres, ids);
    for (int i = 0; i < g.nodes.size(); ++i) {
        if (frameOf[size_t(i)] >= 0)
            g.nodes[i].parent = namespaces.at(frameOf[size_t(i)]).second;
    }

    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    const QJsonArray edges = edgesValue.toArray();
    QHash<QString, QString> kindOf;
    for (const Node &n : std::as_const(g.nodes))
        kindOf.insert(n.id, n.kind);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QString ptr = QStringLiteral("/edges/%1").arg(i);
        if (!edges.at(i).isObject())
            return json.error(ptr, Tr::tr("an edge must be an object"));
        const QJsonObject o = edges.at(i).toObject();
        for (const char *key : {"id", "fromNode", "toNode", "label"}) {
            QString ignored;
            if (auto e = json.string(o, k(key), ptr, &ignored))
                return *e;
        }
        Edge e;
        e.id = o.value(QLatin1String("id")).toString();
        if (e.id.isEmpty())
            e.id = QStringLiteral("edge-%1").arg(i + 1);
        e.source = o.value(QLatin1String("fromNode")).toString();
        e.target = o.value(QLatin1String("toNode")).toString();
        if (e.source.isEmpty() || e.target.isEmpty())
            return json.error(ptr, Tr::tr("an edge needs \"fromNode\" and \"toNode\""));
        QString label = o.value(QLatin1String("label")).toString().trimmed().toUpper();
        label.replace(QLatin1Char(' '), QLatin1Char('_'));
        label.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (catalog.isKnownConnectionType(label)) {
            e.connectionType = label;
        } else {
            if (!o.value(QLatin1String("label")).toString().isEmpty())
                e.properties.insert(k("label"), o.value(QLatin1String("label")).toString());
            e.connectionType = catalog.proposeConnectionType(kindOf.value(e.source),
                                                             kindOf.value(e.target));
        }
        g.edges.append(std::move(e));
    }
    return g;
}

QByteArray write(const GraphData &graph)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    // Frames without a size enclose their children.
    QHash<QString, QRectF> childBounds;
    for (const Node &n : graph.nodes) {
        if (n.parent.isEmpty())
            continue;
        const QSizeF size = n.size.isEmpty() ? QSizeF(DefaultNodeWidth, DefaultNodeHeight) : n.size;
        childBounds[n.parent] |= QRectF(n.pos, size);
    }
    QJsonArray groups;
    QJsonArray nodes;
    const QVariantList otherGroups = graph.metadata.value(k("canvasGroups")).toList();
    for (const QVariant &g : otherGroups)
        groups.append(variantToJson(g));
    for (const Node &n : graph.nodes) {
        const NodeKindInfo *kind = catalog.kind(n.kind);
        QJsonObject o;
        o.insert(k("id"), n.id);
        QRectF rect(n.pos, n.size.isEmpty() ? QSizeF(DefaultNodeWidth, DefaultNodeHeight) : n.size);
        if (kind && kind->hasRole(KindRole::Container)) {
            if (n.size.isEmpty() && childBounds.contains(n.id))
                rect = childBounds.value(n.id).adjusted(-GroupMargin, -GroupMargin, GroupMargin,
                                                        GroupMargin);
            o.insert(k("type"), k("group"));
            o.insert(k("label"), QString(kindLabel(n.kind) + QStringLiteral(": ") + n.name));
        } else {
            QStringList lines{QString(kindLabel(n.kind) + QStringLiteral(": ") + n.name)};
            QStringList props;
            for (auto it = n.properties.cbegin(); it != n.properties.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("canvas"))
                    || it.key().startsWith(QLatin1String("server")))
                    continue;
                const QString text = valueText(it.value());
                if (!text.isEmpty() && !text.contains(QLatin1Char('\n')))
                    props << it.key() + QStringLiteral(": ") + text;
            }
            if (!props.isEmpty())
                lines << QString() << props;
            o.insert(k("type"), k("text"));
            o.insert(k("text"), lines.join(QLatin1Char('\n')));
            rect.setHeight(std::max(rect.height(), 40.0 + 24.0 * lines.size()));
            if (n.properties.contains(k("canvasColor")))
                o.insert(k("color"), n.properties.value(k("canvasColor")).toString());
        }
        o.insert(k("x"), std::round(rect.x()));
        o.insert(k("y"), std::round(rect.y()));
        o.insert(k("width"), std::round(rect.width()));
        o.insert(k("height"), std::round(rect.height()));
        (o.value(k("type")).toString() == QLatin1String("group") ? groups : nodes).append(o);
    }
    // Groups first: canvas viewers draw later nodes on top.
    QJsonArray all = groups;
    for (const QJsonValue &v : std::as_const(nodes))
        all.append(v);
    QJsonArray edges;
    for (const Edge &e : graph.edges) {
        QJsonObject o;
        o.insert(k("id"), e.id);
        o.insert(k("fromNode"), e.source);
        o.insert(k("toNode"), e.target);
        if (!e.connectionType.isEmpty())
            o.insert(k("label"), e.connectionType);
        edges.append(o);
    }
    QJsonObject root;
    root.insert(k("nodes"), all);
    root.insert(k("edges"), edges);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kg::io::JsonCanvasFormat
