// Harness: the Kubernetes manifest importer, kg::io::KubernetesYamlImporter::addData(QByteArray,
// fileName) followed by finish() (relationship inference and layout), with the default limits the
// product uses.
#include "FuzzSupport.h"

#include "io/KubernetesYamlImporter.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    io::KubernetesYamlImporter importer;
    const Status added = importer.addData(input, QStringLiteral("fuzz.yaml"));
    if (!added) {
        fuzz::check(!added.error().message.isEmpty(), "import-error-message");
        return 0;
    }
    const io::ImportResult result = importer.finish(QStringLiteral("fuzz"));
    fuzz::check(result.objectCount <= result.graph.nodes.size(), "import-object-count",
                QStringLiteral("%1 objects, %2 nodes")
                        .arg(result.objectCount)
                        .arg(result.graph.nodes.size()));
    return 0;
}
