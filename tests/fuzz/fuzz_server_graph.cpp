// Harness: the Kubegram server Graph JSON reader, kg::io::ServerGraphFormat::read(QByteArray,
// fileName) (a Graph, a code-generation body or a graphMeta object). A graph that reads is also
// written back (toGraph/write, toCodegenRequest) and the written Graph must read again.
#include "FuzzSupport.h"

#include "io/ServerGraphFormat.h"

#include <QJsonDocument>

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Result<GraphData> graph = io::ServerGraphFormat::read(input, QStringLiteral("fuzz.json"));
    if (!graph) {
        fuzz::check(!graph.error().message.isEmpty(), "server-graph-error-message");
        return 0;
    }
    io::ServerGraphFormat::Owner owner;
    owner.companyId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    owner.userId = QStringLiteral("42");
    const QByteArray written = io::ServerGraphFormat::write(*graph, owner);
    const Result<GraphData> again = io::ServerGraphFormat::read(written,
                                                                QStringLiteral("again.json"));
    fuzz::check(again.ok(), "server-graph-rewrite-reads",
                again ? QString() : again.error().toString());
    io::ServerGraphFormat::CodegenOptions options;
    options.projectName = QStringLiteral("fuzz");
    const QJsonObject body = io::ServerGraphFormat::toCodegenRequest(*graph, owner, options);
    static_cast<void>(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return 0;
}
