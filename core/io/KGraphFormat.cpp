#include "io/KGraphFormat.h"

#include "io/JsonSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace kg::io::KGraphFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::KGraphFormat)
};

} // namespace

QString formatName()
{
    return QStringLiteral("kubegram-graph");
}

QString suffix()
{
    return QStringLiteral("kgraph");
}

Result<GraphData> read(const QByteArray &data, const QString &fileName)
{
    auto parsed = parseJson(data, fileName);
    if (!parsed)
        return parsed.error();
    const JsonReader r(fileName);
    if (!parsed->isObject())
        return r.error(QString(), Tr::tr("not a Kubegram graph: the top level is not an object"));
    const QJsonObject root = parsed->object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != formatName())
        return r.error(QStringLiteral("/format"),
                       Tr::tr("not a Kubegram graph: \"format\" is not \"%1\"").arg(formatName()));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1)
        return r.error(QStringLiteral("/version"),
                       Tr::tr("\"version\" must be a whole number >= 1"));
    if (version.toDouble() > CurrentVersion)
        return r.error(
                QStringLiteral("/version"),
                Tr::tr("written by a newer Kubegram Desktop (format version %1); this version "
                       "reads up to version %2. Please update the application.")
                        .arg(QString::number(version.toDouble())) // toInt() gave 0 beyond int
                        .arg(CurrentVersion));

    GraphData g;
    if (auto e = r.string(root, QStringLiteral("name"), QString(), &g.name, false))
        return *e;
    if (auto e = r.string(root, QStringLiteral("description"), QString(), &g.description, false))
        return *e;
    if (auto e = r.string(root, QStringLiteral("graphType"), QString(), &g.graphType, false))
        return *e;
    const QJsonValue meta = root.value(QLatin1String("metadata"));
    if (!meta.isUndefined() && !meta.isNull()) {
        if (!meta.isObject())
            return r.error(QStringLiteral("/metadata"), Tr::tr("\"metadata\" must be an object"));
        g.metadata = meta.toObject().toVariantMap();
    }

    const QJsonValue nodesValue = root.value(QLatin1String("nodes"));
    if (!nodesValue.isUndefined() && !nodesValue.isArray())
        return r.error(QStringLiteral("/nodes"), Tr::tr("\"nodes\" must be an array"));
    const QJsonArray nodes = nodesValue.toArray();
    QSet<QString> ids;
    g.nodes.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString ptr = QStringLiteral("/nodes/%1").arg(i);
        if (!nodes.at(i).isObject())
            return r.error(ptr, Tr::tr("a node must be an object"));
        const QJsonObject o = nodes.at(i).toObject();
        Node n;
        if (auto e = r.string(o, QStringLiteral("id"), ptr, &n.id, true))
            return *e;
        if (n.id.trimmed().isEmpty())
            return r.error(ptr + QStringLiteral("/id"), Tr::tr("a node id must not be empty"));
        if (ids.contains(n.id))
            return r.error(ptr + QStringLiteral("/id"),
                           Tr::tr("duplicate node id \"%1\"").arg(n.id), n.id);
        ids.insert(n.id);
        if (auto e = r.string(o, QStringLiteral("kind"), ptr, &n.kind, true, n.id))
            return *e;
        if (auto e = r.string(o, QStringLiteral("name"), ptr, &n.name, false, n.id))
            return *e;
        if (auto e = r.string(o, QStringLiteral("parent"), ptr, &n.parent, false, n.id))
            return *e;
        double x = 0, y = 0, w = -1, h = -1;
        if (auto e = r.number(o, QStringLiteral("x"), ptr, &x, n.id))
            return *e;
        if (auto e = r.number(o, QStringLiteral("y"), ptr, &y, n.id))
            return *e;
        if (auto e = r.number(o, QStringLiteral("width"), ptr, &w, n.id))
            return *e;
        if (auto e = r.number(o, QStringLiteral("height"), ptr, &h, n.id))
            return *e;
        n.pos = QPointF(x, y);
        if (w > 0 && h > 0)
            n.size = QSizeF(w, h);
        const QJsonValue props = o.value(QLatin1String("properties"));
        if (!props.isUndefined() && !props.isNull()) {
            if (!props.isObject())
                return r.error(ptr + QStringLiteral("/properties"),
                               Tr::tr("\"properties\" must be an object"), n.id);
            n.properties = jsonToVariant(props).toMap();
        }
        g.nodes.append(std::move(n));
    }
    for (Node &n : g.nodes) {
        if (!n.parent.isEmpty() && !ids.contains(n.parent))
            n.parent.clear(); // a dangling parent is harmless: the node is simply top level
    }

    const QJsonValue edgesValue = root.value(QLatin1String("edges"));
    if (!edgesValue.isUndefined() && !edgesValue.isArray())
        return r.error(QStringLiteral("/edges"), Tr::tr("\"edges\" must be an array"));
    const QJsonArray edges = edgesValue.toArray();
    QSet<QString> edgeIds;
    g.edges.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QString ptr = QStringLiteral("/edges/%1").arg(i);
        if (!edges.at(i).isObject())
            return r.error(ptr, Tr::tr("an edge must be an object"));
        const QJsonObject o = edges.at(i).toObject();
        Edge e;
        if (auto err = r.string(o, QStringLiteral("id"), ptr, &e.id, true))
            return *err;
        if (e.id.trimmed().isEmpty() || edgeIds.contains(e.id))
            return r.error(ptr + QStringLiteral("/id"),
                           Tr::tr("edge id \"%1\" is empty or not unique").arg(e.id));
        edgeIds.insert(e.id);
        if (auto err = r.string(o, QStringLiteral("source"), ptr, &e.source, true))
            return *err;
        if (auto err = r.string(o, QStringLiteral("target"), ptr, &e.target, true))
            return *err;
        if (auto err = r.string(o, QStringLiteral("type"), ptr, &e.connectionType, false))
            return *err;
        const QJsonValue props = o.value(QLatin1String("properties"));
        if (!props.isUndefined() && !props.isNull()) {
            if (!props.isObject())
                return r.error(ptr + QStringLiteral("/properties"),
                               Tr::tr("\"properties\" must be an object"));
            e.properties = jsonToVariant(props).toMap();
        }
        g.edges.append(std::move(e));
    }
    return g;
}

Result<GraphData> readFile(const QString &path)
{
    auto data = io::readFile(path);
    if (!data)
        return data.error();
    return read(*data, path);
}

QByteArray write(const GraphData &graph)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), CurrentVersion);
    root.insert(QStringLiteral("name"), graph.name);
    if (!graph.description.isEmpty())
        root.insert(QStringLiteral("description"), graph.description);
    root.insert(QStringLiteral("graphType"), graph.graphType);
    if (!graph.metadata.isEmpty())
        root.insert(QStringLiteral("metadata"), variantToJson(graph.metadata));
    QJsonArray nodes;
    for (const Node &n : graph.nodes) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), n.id);
        o.insert(QStringLiteral("kind"), n.kind);
        o.insert(QStringLiteral("name"), n.name);
        if (!n.parent.isEmpty())
            o.insert(QStringLiteral("parent"), n.parent);
        o.insert(QStringLiteral("x"), n.pos.x());
        o.insert(QStringLiteral("y"), n.pos.y());
        if (n.size.isValid() && !n.size.isEmpty()) {
            o.insert(QStringLiteral("width"), n.size.width());
            o.insert(QStringLiteral("height"), n.size.height());
        }
        if (!n.properties.isEmpty())
            o.insert(QStringLiteral("properties"), variantToJson(n.properties));
        nodes.append(o);
    }
    root.insert(QStringLiteral("nodes"), nodes);
    QJsonArray edges;
    for (const Edge &e : graph.edges) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("source"), e.source);
        o.insert(QStringLiteral("target"), e.target);
        if (!e.connectionType.isEmpty())
            o.insert(QStringLiteral("type"), e.connectionType);
        if (!e.properties.isEmpty())
            o.insert(QStringLiteral("properties"), variantToJson(e.properties));
        edges.append(o);
    }
    root.insert(QStringLiteral("edges"), edges);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status writeFile(const GraphData &graph, const QString &path)
{
    return writeFileAtomically(path, write(graph));
}

} // namespace kg::io::KGraphFormat
