#include "cli/ValidateCommand.h"

#include "cli/SubcommandParser.h"
#include "io/GraphFileReader.h"
#include "validate/GraphValidator.h"
#include "validate/ManifestValidator.h"

#include <QFileInfo>

namespace kg::cli {

namespace {

bool isManifestPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Check graphs or generated manifests.");
}

int ValidateCommand::run(const QStringList &args, Streams io)
{
    SubcommandParser p(name(), tr("Checks graphs (.kgraph, .canvas, server graph .json) before "
                                  "generation, or Kubernetes manifests (files or folders) after. "
                                  "Prints file:line:col: error|warning: message [node] per "
                                  "finding; exits 1 when there is any error."));
    p.addPositional(QStringLiteral("paths"), tr("Graph files, manifest files or folders."),
                    QStringLiteral("PATH..."));
    if (auto code = p.parse(args, io, 1))
        return *code;
    QList<ValidationIssue> all;
    for (const QString &path : p.parser().positionalArguments()) {
        if (!QFileInfo::exists(path)) {
            ValidationIssue missing;
            missing.message = tr("no such file or folder");
            missing.location.file = path;
            all << missing;
            continue;
        }
        if (isManifestPath(path)) {
            all << ManifestValidator::validatePath(path);
            continue;
        }
        auto graph = io::readGraphFile(path);
        if (!graph) {
            ValidationIssue unreadable;
            unreadable.message = graph.error().message;
            unreadable.location = graph.error().location;
            all << unreadable;
            continue;
        }
        all << GraphValidator::validate(*graph, path);
    }
    int errors = 0;
    for (const ValidationIssue &i : std::as_const(all)) {
        io.out << i.toString() << '\n';
        if (i.severity == Severity::Error)
            ++errors;
    }
    io.err << tr("%1 errors, %2 warnings").arg(errors).arg(all.size() - errors) << '\n';
    return errors > 0 ? ExitFailure : ExitSuccess;
}

} // namespace kg::cli
