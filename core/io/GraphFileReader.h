#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

namespace kg::io {

/// The graph formats the application opens.
enum class GraphFileFormat {
    Unknown,
    KGraph,      ///< the native .kgraph document
    JsonCanvas,  ///< a JSON Canvas (.canvas) file
    ServerGraph, ///< a Kubegram server Graph, code-generation body or graphMeta (.json)
};

/// Which format @p data (read from @p path) is in, by suffix first and content second.
GraphFileFormat detectGraphFileFormat(const QString &path, const QByteArray &data);

/// Reads a graph in any supported format, picked by suffix and content: `.kgraph`, `.canvas`,
/// or a `.json` file holding a server graph, a code-generation body or a `.kgraph` document.
/// Anything else is refused with a message naming the supported formats.
Result<GraphData> readGraphFile(const QString &path);

} // namespace kg::io
