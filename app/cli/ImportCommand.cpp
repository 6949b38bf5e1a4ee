#include "cli/ImportCommand.h"

#include "cli/SubcommandParser.h"
#include "io/KGraphFormat.h"
#include "io/KubernetesYamlImporter.h"
#include "io/ManifestRenderer.h"

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
    SubcommandParser p(name(),
                       tr("Reads Kubernetes YAML or JSON manifests (files, or folders searched "
                          "recursively), kustomize roots (rendered with kustomize or kubectl) and "
                          "Helm charts (rendered with helm template), and writes a laid-out "
                          "graph whose nodes keep their objects whole."));
    p.addPositional(QStringLiteral("manifests"),
                    tr("Manifest files or folders, a kustomize root or a chart (folder or .tgz)."),
                    QStringLiteral("MANIFEST_FILE_OR_DIR..."));
    const QCommandLineOption values(QStringList{QStringLiteral("f"), QStringLiteral("values")},
                                    tr("Chart: a values file (repeatable)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption set(QStringLiteral("set"), tr("Chart: a value (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption release(QStringLiteral("release"),
                                     tr("Chart: the release name (default: the chart's name)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption chartNamespace(QStringLiteral("namespace"),
                                            tr("Chart: the namespace to render for."),
                                            QStringLiteral("NS"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The graph file to write (.kgraph)."),
                                    QStringLiteral("GRAPH.kgraph"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Overwrite an existing file."));
    p.parser().addOptions({output, force, values, set, release, chartNamespace});
    if (auto code = p.parse(args, io, 1))
        return *code;
    const QString out = p.parser().value(output);
    if (out.isEmpty())
        return p.usageError(io, tr("Missing -o GRAPH.kgraph."));
    if (QFileInfo::exists(out) && !p.parser().isSet(force))
        return p.failure(io, tr("%1 exists; use --force to overwrite it.").arg(out));

    const QStringList inputs = p.parser().positionalArguments();
    const bool chartOptions = p.parser().isSet(values) || p.parser().isSet(set)
                              || p.parser().isSet(release) || p.parser().isSet(chartNamespace);
    const QString graphName = QFileInfo(out).completeBaseName();
    io::ImportResult imported;
    if (chartOptions) {
        if (inputs.size() != 1 || !io::ManifestRenderer::isHelmChart(inputs.first()))
            return p.usageError(io, tr("--values, --set, --release and --namespace need exactly "
                                       "one chart (a folder with Chart.yaml, or a .tgz)."));
        io::HelmSource chart;
        chart.chart = io::ManifestRenderer::chartPath(inputs.first());
        for (const QString &file : p.parser().values(values))
            chart.values << QFileInfo(file).absoluteFilePath();
        chart.sets = p.parser().values(set);
        chart.release = p.parser().value(release);
        chart.ns = p.parser().value(chartNamespace);
        io::KubernetesYamlImporter importer;
        if (Status s = importer.addHelmChart(chart); !s)
            return p.failure(io, s.error().toString());
        imported = importer.finish(graphName);
    } else {
        // Manifests, kustomize roots, charts with their own values, or a Compose project.
        auto result = io::KubernetesYamlImporter::importPaths(inputs, graphName);
        if (!result)
            return p.failure(io, result.error().toString());
        imported = std::move(*result);
    }
    for (const Error &w : std::as_const(imported.warnings))
        io.err << w.location.toString() << ": " << tr("warning") << ": " << w.message << '\n';
    if (imported.objectCount == 0)
        return p.failure(io, tr("no Kubernetes objects found in the given manifests."));
    if (Status s = io::KGraphFormat::writeFile(imported.graph, out); !s)
        return p.failure(io, s.error().toString());
    io.out << tr("Imported %1 objects from %2 files into %3 (%4 nodes, %5 edges, %6 warnings).")
                      .arg(imported.objectCount)
                      .arg(imported.files.size())
                      .arg(out)
                      .arg(imported.graph.nodes.size())
                      .arg(imported.graph.edges.size())
                      .arg(imported.warnings.size())
           << '\n';
    return ExitSuccess;
}

} // namespace kg::cli
