#include "cli/GenerateCommand.h"

#include "cli/SubcommandParser.h"
#include "codegen/LocalEngine.h"
#include "export/ArtifactExporter.h"
#include "io/KGraphFormat.h"

#include <QDir>
#include <QFileInfo>

namespace kg::cli {

Result<GraphData> readGraphInput(const QString &path)
{
    return io::KGraphFormat::readFile(path);
}

QString GenerateCommand::name() const
{
    return QStringLiteral("generate");
}

QString GenerateCommand::summary() const
{
    return tr("Generate Kubernetes manifests from a graph with the built-in engine.");
}

int GenerateCommand::run(const QStringList &args, Streams io)
{
    SubcommandParser p(name(),
                       tr("Generates Kubernetes manifests from a graph with the built-in local "
                          "engine (offline, deterministic) and writes them with REPORT.md and "
                          "report.json into the output folder. Nothing is written when "
                          "anything fails."));
    p.addPositional(QStringLiteral("INPUT"), tr("The graph to generate (.kgraph)."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write into folder <dir> (created if missing)."),
                                    QStringLiteral("dir"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("Output layout: files (default), single, kustomize or "
                                       "helm."),
                                    QStringLiteral("layout"), QStringLiteral("files"));
    const QCommandLineOption policies(QStringLiteral("network-policies"),
                                      tr("Also generate NetworkPolicies allowing exactly the "
                                         "drawn traffic flows."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Write into a non-empty folder: files of the same name are "
                                      "replaced, other files are kept."));
    p.parser().addOptions({output, layout, policies, force});
    if (const auto done = p.parse(args, io, 1, 1))
        return *done;

    const QString outDir = p.parser().value(output);
    if (outDir.isEmpty())
        return p.usageError(io, tr("Missing the output folder (-o DIR)."));
    GenerationOptions options;
    options.layout = p.parser().value(layout);
    if (!LocalEngine::layouts().contains(options.layout))
        return p.usageError(io, tr("Unknown layout \"%1\"; use one of: %2.")
                                        .arg(options.layout,
                                             LocalEngine::layouts().join(QStringLiteral(", "))));
    options.networkPolicies = p.parser().isSet(policies);

    const QString input = p.parser().positionalArguments().constFirst();
    const Result<GraphData> graph = readGraphInput(input);
    if (!graph.ok()) {
        Error e = graph.error();
        if (e.location.file.isEmpty())
            e.location.file = input;
        return p.failure(io, e.toString());
    }
    const Result<GenerationResult> result = LocalEngine::generate(*graph, options);
    if (!result.ok())
        return p.failure(io, result.error().toString());

    ArtifactExporter::Options exportOptions;
    exportOptions.policy = p.parser().isSet(force)
                                   ? ArtifactExporter::OverwritePolicy::Overwrite
                                   : ArtifactExporter::OverwritePolicy::RefuseNonEmpty;
    if (!p.parser().isSet(force) && QFileInfo(outDir).isDir()
        && !QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return p.failure(io, tr("%1: the folder is not empty; use --force to write into it")
                                     .arg(QDir::toNativeSeparators(outDir)));
    const auto written = ArtifactExporter::write(result->artifacts, outDir, exportOptions);
    if (!written.ok())
        return p.failure(io, tr("cannot write the output: %1").arg(written.error().toString()));

    const GenerationReport &report = result->report;
    int warnings = 0;
    for (const ReportItem &item : report.items) {
        if (item.severity != ReportItem::Severity::Warning)
            continue;
        ++warnings;
        io.err << tr("warning: %1").arg(item.message) << '\n';
    }
    for (const QString &rejected : written->rejected)
        io.err << tr("warning: not written: %1").arg(rejected) << '\n';
    io.out << tr("Generated %n object(s) into %1 (%2 layout): %3 file(s) written, %4 warning(s).",
                 nullptr, int(report.objects.size()))
                      .arg(QDir::toNativeSeparators(outDir), options.layout)
                      .arg(written->written.size())
                      .arg(warnings)
           << '\n';
    return ExitSuccess;
}

} // namespace kg::cli
