#include "cli/JobsCommand.h"

#include "app/ApplicationInfo.h"
#include "cli/SubcommandParser.h"
#include "export/ArtifactExporter.h"
#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"

#include <QDir>
#include <QFileInfo>

namespace kg::cli {

using namespace kg::store;

namespace {

const QString DateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(DateFormat) : QStringLiteral("-");
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

/// Opens the cache, printing a recovery notice; nullptr (with the error printed) on failure.
std::shared_ptr<Database> openDatabase(const SubcommandParser &parser, Streams io)
{
    Database::OpenReport report;
    auto db = Database::open(Database::defaultPath(), &report);
    if (!db) {
        parser.failure(io, db.error().toString());
        return nullptr;
    }
    if (!report.notice().isEmpty())
        io.err << ApplicationInfo::executableName() << ": " << report.notice() << '\n';
    return *db;
}

/// {program, "jobs", sub, args...} → {program, sub, args...}: what SubcommandParser expects.
QStringList forSubcommand(const QStringList &args)
{
    QStringList rest = args;
    rest.removeAt(1);
    return rest;
}

qint64 parseJobId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

QString JobsCommand::name() const
{
    return QStringLiteral("jobs");
}

QString JobsCommand::summary() const
{
    return tr("List, show and export the generation jobs in the local cache.");
}

QString JobsCommand::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return QStringLiteral("%1s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

int JobsCommand::run(const QStringList &args, Streams io)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("list"))
        return list(args, io);
    if (sub == QLatin1String("show"))
        return show(args, io);
    if (sub == QLatin1String("export"))
        return exportJob(args, io);

    const QString exe = ApplicationInfo::executableName();
    const QString usage = tr("Usage: %1 jobs list [--project P] [--status S]\n"
                             "       %1 jobs show JOB\n"
                             "       %1 jobs export JOB -o DIR [--overwrite]\n\n"
                             "%2\n\n"
                             "The cache is the one the application uses; set KUBEGRAM_DESKTOP_DB "
                             "to use another "
                             "file.\n")
                                  .arg(exe, summary());
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")
        || sub == QLatin1String("help")) {
        io.out << usage;
        return ExitSuccess;
    }
    io.err << exe << " jobs: "
           << (sub.isEmpty() ? tr("Missing subcommand.") : tr("Unknown subcommand: %1").arg(sub))
           << '\n'
           << usage;
    return ExitUsage;
}

int JobsCommand::list(const QStringList &args, Streams io)
{
    SubcommandParser parser(QStringLiteral("jobs list"),
                            tr("One line per job, newest first: id, project, backend, status, "
                               "started, duration and file count, separated by tabs."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Only jobs of project P (name or id)."),
                                     QStringLiteral("P"));
    QStringList statusNames;
    const QList<JobStatus> statuses = allJobStatuses();
    for (JobStatus s : statuses)
        statusNames << jobStatusName(s);
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only jobs with status S (%1).")
                                            .arg(statusNames.join(QStringLiteral(", "))),
                                    QStringLiteral("S"));
    parser.parser().addOption(project);
    parser.parser().addOption(status);
    if (const auto code = parser.parse(forSubcommand(args), io, 0, 0))
        return *code;

    JobFilter filter;
    if (parser.parser().isSet(status)) {
        const auto s = jobStatusFromName(parser.parser().value(status).trimmed().toLower());
        if (!s)
            return parser.usageError(io, tr("Unknown status '%1'; use one of: %2.")
                                                 .arg(parser.parser().value(status),
                                                      statusNames.join(QStringLiteral(", "))));
        filter.status = s;
    }
    const auto db = openDatabase(parser, io);
    if (!db)
        return ExitFailure;
    if (parser.parser().isSet(project)) {
        const QString wanted = parser.parser().value(project);
        const auto found = ProjectRepository(*db).findByNameOrId(wanted);
        if (!found)
            return parser.failure(io, found.error().toString());
        if (found->isEmpty())
            return parser.failure(io, tr("No project '%1' in the local cache.").arg(wanted));
        if (found->size() > 1)
            return parser.failure(io, tr("Several projects are called '%1'; give the id of "
                                         "one of them.")
                                              .arg(wanted));
        filter.projectId = found->first().id;
    }
    const auto jobs = JobRepository(*db).list(filter);
    if (!jobs)
        return parser.failure(io, jobs.error().toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JobRecord &j : *jobs) {
        io.out << j.id << '\t' << (j.projectName.isEmpty() ? QStringLiteral("-") : j.projectName)
               << '\t' << j.backend << '\t' << jobStatusName(j.status) << '\t'
               << localTime(j.startedAt.isValid() ? j.startedAt : j.createdAt) << '\t'
               << formatDuration(j.durationMs(now)) << '\t' << j.fileCount << '\n';
    }
    return ExitSuccess;
}

int JobsCommand::show(const QStringList &args, Streams io)
{
    SubcommandParser parser(QStringLiteral("jobs show"),
                            tr("Details of one job: its request, outcome, report and "
                               "artifacts."));
    parser.addPositional(QStringLiteral("JOB"), tr("The job id, as `jobs list` prints it."));
    if (const auto code = parser.parse(forSubcommand(args), io, 1, 1))
        return *code;
    const QString idText = parser.parser().positionalArguments().first();
    const qint64 id = parseJobId(idText);
    if (id == 0)
        return parser.usageError(io, tr("'%1' is not a job id.").arg(idText));
    const auto db = openDatabase(parser, io);
    if (!db)
        return ExitFailure;
    const auto job = JobRepository(*db).job(id);
    if (!job)
        return parser.failure(io, job.error().toString());
    const auto entries = ArtifactRepository(*db).entries(id);
    if (!entries)
        return parser.failure(io, entries.error().toString());

    const JobRecord &j = *job;
    const auto line = [&io](const QString &label, const QString &value) {
        io.out << label.leftJustified(12) << value << '\n';
    };
    line(tr("Job:"), QString::number(j.id));
    line(tr("Project:"), j.projectName.isEmpty()
                                 ? QStringLiteral("-")
                                 : QStringLiteral("%1 (%2)").arg(j.projectName).arg(j.projectId));
    line(tr("Backend:"), j.backend);
    if (!j.remoteJobId.isEmpty())
        line(tr("Server job:"), j.remoteJobId);
    line(tr("Status:"), jobStatusName(j.status));
    line(tr("Step:"), j.step.isEmpty() ? QStringLiteral("-") : j.step);
    line(tr("Progress:"),
         j.progress < 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(j.progress));
    line(tr("Started:"), localTime(j.startedAt.isValid() ? j.startedAt : j.createdAt));
    line(tr("Finished:"), localTime(j.finishedAt));
    line(tr("Duration:"), formatDuration(j.durationMs()));
    QString request = tr("layout %1").arg(j.options.layout);
    if (j.revisionId > 0)
        request = tr("graph revision %1, ").arg(j.revisionId) + request;
    if (j.options.networkPolicies)
        request += tr(", network policies");
    if (!j.options.llmProvider.isEmpty())
        request += tr(", model %1 %2").arg(j.options.llmProvider, j.options.llmModel).trimmed();
    line(tr("Request:"), request);
    if (!j.error.isEmpty())
        line(tr("Error:"), j.error);
    if (!j.exportedPath.isEmpty())
        line(tr("Exported:"), QDir::toNativeSeparators(j.exportedPath));

    io.out << '\n' << tr("Report (%n item(s)):", nullptr, int(j.report.items.size())) << '\n';
    for (const ReportItem &item : j.report.items) {
        io.out << "  " << severityName(item.severity).leftJustified(8) << ' '
               << item.category.leftJustified(11) << ' ';
        if (!item.nodeId.isEmpty())
            io.out << '[' << item.nodeId << "] ";
        io.out << item.message << '\n';
    }
    io.out << '\n' << tr("Artifacts (%n file(s)):", nullptr, int(entries->size())) << '\n';
    for (const ArtifactEntry &e : *entries) {
        io.out << "  " << e.path << "  "
               << (e.language.isEmpty() ? QStringLiteral("-") : e.language) << "  "
               << humanSize(e.size) << "  sha256:" << e.contentHash.left(12);
        if (!e.unsafeReason.isEmpty())
            io.out << "  " << tr("(unsafe: %1)").arg(e.unsafeReason);
        io.out << '\n';
    }
    return ExitSuccess;
}

int JobsCommand::exportJob(const QStringList &args, Streams io)
{
    SubcommandParser parser(QStringLiteral("jobs export"),
                            tr("Writes the artifacts of a job to a folder."));
    parser.addPositional(QStringLiteral("JOB"), tr("The job id, as `jobs list` prints it."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The folder to write to (created if missing)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       tr("Replace files that already exist in DIR."));
    parser.parser().addOption(output);
    parser.parser().addOption(overwrite);
    if (const auto code = parser.parse(forSubcommand(args), io, 1, 1))
        return *code;
    const QString idText = parser.parser().positionalArguments().first();
    const qint64 id = parseJobId(idText);
    if (id == 0)
        return parser.usageError(io, tr("'%1' is not a job id.").arg(idText));
    if (parser.parser().value(output).isEmpty())
        return parser.usageError(io, tr("Missing -o DIR."));
    const QString dir = QFileInfo(parser.parser().value(output)).absoluteFilePath();

    const auto db = openDatabase(parser, io);
    if (!db)
        return ExitFailure;
    JobRepository jobs(*db);
    const auto job = jobs.job(id);
    if (!job)
        return parser.failure(io, job.error().toString());
    const auto artifacts = ArtifactRepository(*db).artifacts(id);
    if (!artifacts)
        return parser.failure(io, artifacts.error().toString());
    if (artifacts->isEmpty())
        return parser.failure(io, tr("Job %1 has no artifacts to export (status: %2).")
                                          .arg(id)
                                          .arg(jobStatusName(job->status)));

    ArtifactExporter::Options options;
    options.policy = parser.parser().isSet(overwrite)
                             ? ArtifactExporter::OverwritePolicy::Overwrite
                             : ArtifactExporter::OverwritePolicy::RefuseNonEmpty;
    options.source = job->report.graphName;
    const auto report = ArtifactExporter::write(*artifacts, dir, options);
    if (!report)
        return parser.failure(io, report.error().toString());
    if (Status s = jobs.setExportedPath(id, dir); !s)
        io.err << ApplicationInfo::executableName() << " jobs export: " << s.error().toString()
               << '\n';
    for (const QString &r : report->renamed)
        io.err << tr("renamed: %1").arg(r) << '\n';
    for (const QString &r : report->rejected)
        io.err << tr("not written: %1").arg(r) << '\n';
    io.out << tr("Wrote %n file(s) to %1", nullptr, int(report->written.size()))
                      .arg(QDir::toNativeSeparators(dir))
           << '\n';
    return report->rejected.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace kg::cli
