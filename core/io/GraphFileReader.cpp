#include "io/GraphFileReader.h"

#include "io/JsonCanvasFormat.h"
#include "io/JsonSupport.h"
#include "io/KGraphFormat.h"
#include "io/ServerGraphFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace kg::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::GraphFileReader)
};
} // namespace

GraphFileFormat detectGraphFileFormat(const QString &path, const QByteArray &data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == KGraphFormat::suffix())
        return GraphFileFormat::KGraph;
    if (suffix == QLatin1String("canvas"))
        return GraphFileFormat::JsonCanvas;
    if (suffix != QLatin1String("json"))
        return GraphFileFormat::Unknown;
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return GraphFileFormat::Unknown;
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() == KGraphFormat::formatName())
        return GraphFileFormat::KGraph;
    if (ServerGraphFormat::looksLikeServerGraph(root))
        return GraphFileFormat::ServerGraph;
    const QJsonArray edges = root.value(QLatin1String("edges")).toArray();
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    if ((!edges.isEmpty() && edges.at(0).toObject().contains(QLatin1String("fromNode")))
        || (!nodes.isEmpty() && nodes.at(0).toObject().contains(QLatin1String("type"))
            && nodes.at(0).toObject().contains(QLatin1String("x"))))
        return GraphFileFormat::JsonCanvas;
    if (root.contains(QLatin1String("nodes")))
        return GraphFileFormat::ServerGraph;
    return GraphFileFormat::Unknown;
}

Result<GraphData> readGraphFile(const QString &path)
{
    auto data = readFile(path);
    if (!data)
        return data.error();
    switch (detectGraphFileFormat(path, *data)) {
    case GraphFileFormat::KGraph:
        return KGraphFormat::read(*data, path);
    case GraphFileFormat::JsonCanvas:
        return JsonCanvasFormat::read(*data, path);
    case GraphFileFormat::ServerGraph:
        return ServerGraphFormat::read(*data, path);
    case GraphFileFormat::Unknown:
        break;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        // Say what is wrong with the JSON itself before saying it is not a graph.
        auto parsed = parseJson(*data, path);
        if (!parsed)
            return parsed.error();
        return Error(Tr::tr("not a graph: the JSON is neither a .kgraph document, a Kubegram "
                            "server graph nor a JSON Canvas"),
                     Location{path});
    }
    return Error(Tr::tr("unsupported graph file: expected .kgraph, .canvas or a Kubegram server "
                        "graph (.json); Kubernetes YAML is imported with 'import'"),
                 Location{path});
}

} // namespace kg::io
