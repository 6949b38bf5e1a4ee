#include "cli/ImportCommand.h"

#include "cli/SubcommandParser.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"

#include <QFileInfo>

namespace kg::cli {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Turn Kubernetes manifests into a graph document.");
}

int ImportCommand::run(const QStringList &args, Streams io)
{
    SubcommandParser p(name(), tr("Reads Kubernetes YAML or JSON manifests (files, or folders "
                                  "searched recursively) and writes a laid-out graph."));
    p.addPositional(QStringLiteral("manifests"), tr("Manifest files or folders."),
                    QStringLiteral("MANIFEST_FILE_OR_DIR..."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The graph file to write (.kgraph)."),
                                    QStringLiteral("GRAPH.kgraph"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Overwrite an existing file."));
    p.parser().addOptions({output, force});
    if (auto code = p.parse(args, io, 1))
        return *code;
    const QString out = p.parser().value(output);
    if (out.isEmpty())
        return p.usageError(io, tr("Missing -o GRAPH.kgraph."));
    if (QFileInfo::exists(out) && !p.parser().isSet(force))
        return p.failure(io, tr("%1 exists; use --force to overwrite it.").arg(out));

    auto imported = io::KubernetesYamlImporter::importPaths(p.parser().positionalArguments(),
                                                            QFileInfo(out).completeBaseName());
    if (!imported)
        return p.failure(io, imported.error().toString());
    for (const Error &w : std::as_const(imported->warnings))
        io.err << w.location.toString() << ": " << tr("warning") << ": " << w.message << '\n';
    if (imported->objectCount == 0)
        return p.failure(io, tr("no Kubernetes objects found in the given manifests."));
    if (Status s = io::KGraphFormat::writeFile(imported->graph, out); !s)
        return p.failure(io, s.error().toString());
    io.out << tr("Imported %1 objects from %2 files into %3 (%4 nodes, %5 edges, %6 warnings).")
                      .arg(imported->objectCount)
                      .arg(imported->files.size())
                      .arg(out)
                      .arg(imported->graph.nodes.size())
                      .arg(imported->graph.edges.size())
                      .arg(imported->warnings.size())
           << '\n';
    return ExitSuccess;
}

} // namespace kg::cli
