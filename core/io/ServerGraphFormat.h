#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace kg::io {

/// The Kubegram server's `Graph` JSON (kubegram-api.md §7): a flat graph whose edges live on
/// their source nodes, whose node settings live in resource sub-objects (`microservice`,
/// `database`, …) and `spec` keys, and whose canvas layout is in the node fields x, y, width,
/// height and label. Reading maps all of that onto catalog kinds and property keys; whatever has
/// no catalog counterpart is kept under ExtraFieldsKey so that writing puts it back.
namespace ServerGraphFormat {

/// Node and edge property holding the server fields the desktop does not interpret (the
/// original sub-object and `spec`, `companyId`, `createdAt`, extra edge fields, …), as a map.
/// The writer starts from it and overlays what the user changed.
inline QString extraFieldsKey()
{
    return QStringLiteral("serverFields");
}
/// GraphData::metadata key holding graph-level server fields (`companyId`, `userId`, unknown
/// keys) and, for a code-generation body, the `project`, `llmConfig` and `context` values.
inline QString graphFieldsKey()
{
    return QStringLiteral("serverGraph");
}

/// Who a graph written for the server belongs to (§7.1 and §7.3 require both on every node):
/// the company and user of the signed-in remote::Identity, or those the graph was read with.
struct Owner
{
    QString companyId; ///< the company UUID; empty = keep what the graph was read with
    QString userId;    ///< the user id as a string; empty = keep what the graph was read with
};

/// The parts of a code-generation request besides the graph (§4.3).
struct CodegenOptions
{
    QString projectId;   ///< existing project id (decimal string); empty on a first run
    QString projectName; ///< always sent: an id without a name renames the project
    QString projectDescription;
    QString teamId;
    QString llmProvider; ///< CLAUDE, GEMMA, DEEPSEEK, OPENAI or GOOGLE; empty = server default
    QString llmModel;
    QStringList context; ///< extra instructions
};

/// True when @p root looks like a server graph, a code-generation body ({graph, project}) or a
/// project's graphMeta object ({graphData}); used to pick a reader for a `.json` file.
bool looksLikeServerGraph(const QJsonObject &root);

/// Reads a server graph, a code-generation request body or a graphMeta object. `nodes` may be
/// a JSON string holding the array. Duplicate node ids and edges to missing nodes are kept for
/// the validator; structural problems (wrong types, absurd nesting) are Errors with a JSON
/// pointer. @p fileName is only used in error locations.
Result<GraphData> read(const QByteArray &data, const QString &fileName = {});
/// Same as read() on an already parsed object.
Result<GraphData> fromJson(const QJsonObject &root, const QString &fileName = {});

/// The §7 Graph object for @p graph: node types in upper case, edges on their source nodes with
/// a stub of their target, settings in the sub-object and `spec`, canvas fields on every node.
QJsonObject toGraph(const GraphData &graph, const Owner &owner = {});
/// The §4.3 code-generation request body: {graph, project, llmConfig?, context?}.
QJsonObject toCodegenRequest(const GraphData &graph, const Owner &owner,
                             const CodegenOptions &options);
/// The §4.2 graphMeta object: @p existing (the project's current graphMeta, may be empty) with
/// graphData, desktop, nodes and lastUpdated replaced and every other key preserved.
QJsonObject toGraphMeta(const GraphData &graph, const Owner &owner, const QJsonObject &existing,
                        const QJsonObject &desktopState, const QDateTime &now);
/// toGraph() as indented JSON text.
QByteArray write(const GraphData &graph, const Owner &owner = {});

} // namespace ServerGraphFormat
} // namespace kg::io
