#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

namespace kg::io {

/// The native `.kgraph` document: JSON with `format: "kubegram-graph"` and a `version`.
/// Newer versions are refused with a clear message; older versions are migrated on load.
namespace KGraphFormat {

/// The format version this build writes and the newest it reads.
constexpr int CurrentVersion = 1;
/// The value of the `format` field.
QString formatName();
/// The file suffix, without the dot.
QString suffix();

/// Parses a document. @p fileName is only used in error locations.
Result<GraphData> read(const QByteArray &data, const QString &fileName = {});
/// Reads a document from disk.
Result<GraphData> readFile(const QString &path);
/// Serialises @p graph: stable key order and node/edge order, so the same graph always gives
/// the same bytes.
QByteArray write(const GraphData &graph);
/// Writes @p graph to @p path atomically.
Status writeFile(const GraphData &graph, const QString &path);

} // namespace KGraphFormat
} // namespace kg::io
