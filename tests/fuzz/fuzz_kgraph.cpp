// Harness: the native .kgraph reader, kg::io::KGraphFormat::read(QByteArray, fileName).
// A document that reads must also survive the writer: write() → read() succeeds and gives the
// same graph, and a second write() gives the same bytes (the format promises stable output).
#include "FuzzSupport.h"

#include "io/KGraphFormat.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Result<GraphData> graph = io::KGraphFormat::read(input, QStringLiteral("fuzz.kgraph"));
    if (!graph) {
        fuzz::check(!graph.error().message.isEmpty(), "kgraph-error-message");
        return 0;
    }
    const QByteArray written = io::KGraphFormat::write(*graph);
    const Result<GraphData> again = io::KGraphFormat::read(written, QStringLiteral("again.kgraph"));
    fuzz::check(again.ok(), "kgraph-rewrite-reads", again ? QString() : again.error().toString());
    if (again)
        fuzz::check(io::KGraphFormat::write(*again) == written, "kgraph-write-stable");
    return 0;
}
