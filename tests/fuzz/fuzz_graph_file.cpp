// Harness: kg::io::readGraphFile(path), the reader behind "Open" and the command line: format
// detection by suffix and content, then the matching reader. The first input byte picks the file
// name's suffix, the rest is written to that file in a private temporary folder.
#include "FuzzSupport.h"

#include "io/GraphFileReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <iterator>

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const suffixes[] = {".kgraph", ".canvas", ".json", ".JSON",
                                           ".yaml",   ".txt",    "",      ".Kgraph"};
    if (size == 0)
        return 0;
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    const QString path = dir.filePath(QStringLiteral("input")
                                      + QLatin1String(suffixes[data[0] % std::size(suffixes)]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data + 1), static_cast<qint64>(size - 1));
    }
    const Result<GraphData> graph = io::readGraphFile(path);
    if (!graph)
        fuzz::check(!graph.error().message.isEmpty(), "graph-file-error-message");
    QFile::remove(path);
    return 0;
}
