// Harness: the JSON Canvas reader, kg::io::JsonCanvasFormat::read(QByteArray, fileName). A canvas
// that reads is also written back with JsonCanvasFormat::write(), which must read again.
#include "FuzzSupport.h"

#include "io/JsonCanvasFormat.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Result<GraphData> graph = io::JsonCanvasFormat::read(input,
                                                               QStringLiteral("fuzz.canvas"));
    if (!graph) {
        fuzz::check(!graph.error().message.isEmpty(), "canvas-error-message");
        return 0;
    }
    const QByteArray written = io::JsonCanvasFormat::write(*graph);
    const Result<GraphData> again = io::JsonCanvasFormat::read(written,
                                                               QStringLiteral("again.canvas"));
    fuzz::check(again.ok(), "canvas-rewrite-reads", again ? QString() : again.error().toString());
    return 0;
}
