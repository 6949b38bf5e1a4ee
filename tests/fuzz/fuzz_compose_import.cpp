// Harness: the Compose importer, kg::io::ComposeImporter::importData(QByteArray, fileName,
// baseDir), with a base folder that does not exist (relative env_file and config paths lead
// nowhere; absolute ones are read only when they are regular files).
#include "FuzzSupport.h"

#include "io/ComposeImporter.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto result = io::ComposeImporter::importData(input, QStringLiteral("compose.yaml"),
                                                        QStringLiteral("/nonexistent-kg-fuzz"));
    if (!result) {
        fuzz::check(!result.error().message.isEmpty(), "compose-error-message");
        return 0;
    }
    // Every edge joins two nodes of the graph.
    QSet<QString> ids;
    for (const Node &n : result->graph.nodes)
        ids.insert(n.id);
    for (const Edge &e : result->graph.edges)
        fuzz::check(ids.contains(e.source) && ids.contains(e.target), "compose-edge-ends", e.id);
    return 0;
}
