#include "cli/GenerateCommand.h"

#include "cli/SubcommandParser.h"
#include "codegen/LocalEngine.h"
#include "codegen/RemoteGeneration.h"
#include "export/ArtifactExporter.h"
#include "io/GraphFileReader.h"
#include "io/ServerGraphFormat.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"
#include "store/ServerRepository.h"
#include "validate/GraphValidator.h"

#include <QDir>
#include <QFileInfo>

namespace kg::cli {

namespace {

/// Records the run in the local job cache; a cache problem never stops generation. A run that
/// cannot be recorded when it ends (the cache is locked too long, damaged, on a full disk) is
/// queued beside the cache (store::PendingRuns) and recorded the next time the cache opens, and
/// the user is told so: no run goes unrecorded silently.
class CliJobRecording
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::GenerateCommand)

public:
    CliJobRecording(bool enabled, Streams io)
        : m_io(io)
        , m_enabled(enabled)
        , m_path(store::Database::defaultPath())
    {
        if (!enabled)
            return;
        store::Database::OpenReport report;
        auto db = store::Database::open(m_path, &report);
        if (!db.ok()) {
            m_problem = db.error();
            return;
        }
        if (!report.notice().isEmpty())
            m_io.err << tr("warning: %1").arg(report.notice()) << '\n';
        m_db = *db;
        m_recorder = std::make_unique<store::JobRecorder>(m_db);
    }

    /// Records the run; a local run of a .kgraph file is filed under that file's local project
    /// (as the desktop does), so its jobs are found under it in the project browser.
    void begin(store::JobStart start, const QString &graphFile, const QUrl &serverOrigin)
    {
        m_run.backend = start.backend;
        m_run.graph = start.graph;
        m_run.options = start.options;
        m_run.graphFile = start.backend == QLatin1String("local") ? graphFile : QString();
        m_run.serverOrigin = serverOrigin;
        m_run.startedAt = QDateTime::currentDateTimeUtc();
        if (!m_recorder)
            return;
        if (start.backend == QLatin1String("local") && !graphFile.isEmpty()) {
            const QFileInfo info(graphFile);
            const auto project = store::ProjectRepository(*m_db).localProjectForFile(
                    info.absoluteFilePath(),
                    start.graph.name.isEmpty() ? info.completeBaseName() : start.graph.name);
            if (project.ok())
                start.projectId = *project;
        }
        start.startedAt = m_run.startedAt;
        auto id = m_recorder->begin(start);
        if (id.ok())
            m_jobId = *id;
        else
            m_problem = id.error();
    }
    void complete(const GenerationResult &result, const QString &exportedTo)
    {
        m_run.status = store::JobStatus::Completed;
        m_run.result = result;
        m_run.exportedTo = exportedTo;
        if (m_jobId != 0) {
            Status s = m_recorder->complete(m_jobId, result);
            if (s.ok() && !exportedTo.isEmpty())
                s = store::JobRepository(*m_db).setExportedPath(m_jobId, exportedTo);
            if (s.ok())
                return;
            m_problem = s.error();
        }
        queue();
    }
    void fail(const Error &error)
    {
        m_run.status = store::JobStatus::Failed;
        m_run.error = error.toString();
        if (m_jobId != 0) {
            const Status s = m_recorder->fail(m_jobId, error);
            if (s.ok())
                return;
            m_problem = s.error();
        }
        queue();
    }
    qint64 jobId() const { return m_recorded ? m_jobId : 0; }
    /// The cache's id of server @p origin (0 without a cache).
    qint64 serverId(const QUrl &origin)
    {
        if (!m_db)
            return 0;
        const auto id = store::ServerRepository(*m_db).upsertServer(origin.toString(),
                                                                    origin.host());
        if (!id.ok()) {
            m_problem = id.error();
            return 0;
        }
        return *id;
    }
    /// The server accepted the job: remember its id (so the desktop can resume it if this
    /// process dies) and file it under the server project.
    void submitted(const QString &remoteJobId, const QString &teamId, const QString &projectId,
                   const QString &projectName)
    {
        if (m_jobId == 0)
            return;
        if (Status s = m_recorder->attachRemoteJob(m_jobId, remoteJobId); !s.ok())
            return warn(s.error());
        if (Status s = m_recorder->fileUnderServerProject(m_jobId, teamId, QString(), projectId,
                                                          projectName);
            !s.ok())
            warn(s.error());
    }

private:
    /// The outcome could not be written: queue the whole run to be recorded later.
    void queue()
    {
        if (!m_enabled)
            return;
        m_run.jobId = m_jobId;
        m_recorded = false;
        const auto file = store::PendingRuns::add(m_path, m_run);
        if (file.ok()) {
            m_io.err << tr("warning: the job cache cannot record this run now (%1); it was kept "
                           "in %2 and will be recorded the next time the cache is opened.")
                                .arg(m_problem.toString(), QDir::toNativeSeparators(*file))
                     << '\n';
        } else {
            m_io.err << tr("warning: the run is not recorded in the job cache: %1 (keeping it "
                           "for later failed too: %2)")
                                .arg(m_problem.toString(), file.error().toString())
                     << '\n';
        }
    }
    void warn(const Error &e)
    {
        m_io.err << tr("warning: the job cache did not save a detail of this run: %1")
                            .arg(e.toString())
                 << '\n';
    }

    Streams m_io;
    bool m_enabled = false;
    QString m_path;
    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<store::JobRecorder> m_recorder;
    store::PendingRun m_run;
    Error m_problem;
    qint64 m_jobId = 0;
    bool m_recorded = true;
};

/// @p text with control characters shown as \xNN, so hostile names cannot mess up a terminal.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

Result<GraphData> readGraphInput(const QString &path)
{
    return io::readGraphFile(path);
}

QString GenerateCommand::name() const
{
    return QStringLiteral("generate");
}

QString GenerateCommand::summary() const
{
    return tr("Generate Kubernetes manifests from a graph (local engine or a Kubegram server).");
}

int GenerateCommand::run(const QStringList &args, Streams io)
{
    SubcommandParser p(name(),
                       tr("Generates Kubernetes manifests from a graph and writes them with "
                          "REPORT.md and report.json into the output folder. The built-in local "
                          "engine is used unless --server is given. The graph is validated "
                          "first; nothing is written when anything fails. Every run is recorded "
                          "in the local job cache (see 'jobs')."));
    p.addPositional(QStringLiteral("INPUT"),
                    tr("The graph: .kgraph, Kubegram Graph JSON or request body, or .canvas."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write into folder <dir> (created if missing)."),
                                    QStringLiteral("dir"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("Output layout of the local engine: files (default), "
                                       "single, kustomize or helm."),
                                    QStringLiteral("layout"), QStringLiteral("files"));
    const QCommandLineOption policies(QStringLiteral("network-policies"),
                                      tr("Also generate NetworkPolicies allowing exactly the "
                                         "drawn traffic flows."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Write into a non-empty folder: files of the same name are "
                                      "replaced, other files are kept."));
    const QCommandLineOption prune(QStringLiteral("prune"),
                                   tr("Update an earlier export of the same graph in the output "
                                      "folder: its files are replaced, and those it wrote that "
                                      "are no longer generated are removed (only when unchanged "
                                      "since). Nothing else in the folder is touched."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Generate on the Kubegram server at <url> instead of "
                                       "locally."),
                                    QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Access token for --server (better: the KUBEGRAM_TOKEN "
                                      "environment variable, which stays out of the process "
                                      "list)."),
                                   QStringLiteral("token"));
    const QCommandLineOption session(QStringLiteral("session"),
                                     tr("Session id for --server (or KUBEGRAM_SESSION)."),
                                     QStringLiteral("id"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  tr("Team id for --server; default: the signed-in user's team."),
                                  QStringLiteral("id"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Existing server project id to generate into."),
                                     QStringLiteral("id"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      tr("LLM provider preference for --server: CLAUDE, OPENAI, "
                                         "GOOGLE, DEEPSEEK or GEMMA."),
                                      QStringLiteral("provider"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("LLM model preference for --server."),
                                   QStringLiteral("model"));
    const QCommandLineOption trust(QStringLiteral("trust-certificate"),
                                   tr("Trust the --server certificate with this SHA-256 "
                                      "fingerprint although the system does not (a self-signed "
                                      "server; the refusal shows the fingerprint)."),
                                   QStringLiteral("sha256"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Do not record the run in the local job cache."));
    const QCommandLineOption noValidate(QStringLiteral("no-validate"),
                                        tr("Generate even when the graph has errors: invalid "
                                           "values fall back to their defaults, as the report "
                                           "says."));
    p.parser().addOptions({output, layout, policies, force, prune, server, token, session, team,
                           project, provider, model, trust, noCache, noValidate});
    if (const auto done = p.parse(args, io, 1, 1))
        return *done;

    const QString outDir = p.parser().value(output);
    if (outDir.isEmpty())
        return p.usageError(io, tr("Missing the output folder (-o DIR)."));
    const bool remote = p.parser().isSet(server);
    GenerationOptions options;
    options.layout = p.parser().value(layout);
    if (!LocalEngine::layouts().contains(options.layout))
        return p.usageError(io, tr("Unknown layout \"%1\"; use one of: %2.")
                                        .arg(options.layout,
                                             LocalEngine::layouts().join(QStringLiteral(", "))));
    options.networkPolicies = p.parser().isSet(policies);
    options.llmProvider = p.parser().value(provider).toUpper();
    options.llmModel = p.parser().value(model);
    static const QStringList providers{QStringLiteral("CLAUDE"), QStringLiteral("OPENAI"),
                                       QStringLiteral("GOOGLE"), QStringLiteral("DEEPSEEK"),
                                       QStringLiteral("GEMMA")};
    if (!options.llmProvider.isEmpty() && !providers.contains(options.llmProvider))
        return p.usageError(io, tr("Unknown provider \"%1\"; use one of: %2.")
                                        .arg(p.parser().value(provider),
                                             providers.join(QStringLiteral(", "))));
    if (!remote) {
        for (const QCommandLineOption *o :
             {&token, &session, &team, &project, &provider, &model, &trust}) {
            if (p.parser().isSet(*o))
                return p.usageError(io, tr("--%1 needs --server.").arg(o->names().constLast()));
        }
    }
    // AB:CD:… or abcd…: 32 bytes in hex.
    QByteArray fingerprint = p.parser().value(trust).toLatin1().toLower();
    fingerprint.replace(':', "").replace(' ', "");
    if (p.parser().isSet(trust)
        && (fingerprint.size() != 64 || QByteArray::fromHex(fingerprint).toHex() != fingerprint))
        return p.usageError(io, tr("--trust-certificate takes a SHA-256 fingerprint: 64 hex "
                                   "digits, with or without colons."));
    if (p.parser().isSet(token) && p.parser().isSet(session))
        return p.usageError(io, tr("Give either --token or --session, not both."));
    const bool pruning = p.parser().isSet(prune);
    if (pruning && p.parser().isSet(force))
        return p.usageError(io, tr("Give either --force or --prune, not both."));
    const bool forced = p.parser().isSet(force) || pruning;
    if (!forced && QFileInfo(outDir).isDir()
        && !QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return p.failure(io, tr("%1: the folder is not empty; use --force to write into it")
                                     .arg(QDir::toNativeSeparators(outDir)));

    const QString input = p.parser().positionalArguments().constFirst();
    const Result<GraphData> graph = readGraphInput(input);
    if (!graph.ok()) {
        Error e = graph.error();
        if (e.location.file.isEmpty())
            e.location.file = input;
        return p.failure(io, e.toString());
    }

    // Errors in the graph stop the run; warnings are printed and the run goes on.
    const QList<ValidationIssue> issues = GraphValidator::validate(*graph, input);
    int errors = 0;
    for (const ValidationIssue &issue : issues) {
        io.err << issue.toString() << '\n';
        errors += issue.severity == Severity::Error ? 1 : 0;
    }
    if (errors > 0 && !p.parser().isSet(noValidate))
        return p.failure(io,
                         tr("%n error(s) in the graph; nothing was generated.", nullptr, errors));

    CliJobRecording recording(!p.parser().isSet(noCache), io);
    store::JobStart start;
    start.backend = remote ? QStringLiteral("remote") : QStringLiteral("local");
    start.graph = *graph;
    start.options = options;
    const bool nativeFile = QFileInfo(input).isFile()
                            && QFileInfo(input).suffix().compare(QLatin1String("kgraph"),
                                                                 Qt::CaseInsensitive)
                                       == 0;
    const QUrl serverUrl = QUrl::fromUserInput(p.parser().value(server))
                                   .adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                             | QUrl::RemoveFragment);
    if (remote)
        start.serverId = recording.serverId(serverUrl);
    recording.begin(start, nativeFile ? input : QString(), remote ? serverUrl : QUrl());

    Result<GenerationResult> result = Error(QString());
    if (remote) {
        RemoteCliOptions ro;
        ro.server = QUrl::fromUserInput(p.parser().value(server));
        ro.token = p.parser().value(token);
        ro.tokenFromArguments = p.parser().isSet(token);
        ro.sessionId = p.parser().value(session);
        ro.teamId = p.parser().value(team);
        ro.trustedCertificate = fingerprint;
        ro.projectId = p.parser().value(project);
        ro.projectName = graph->name.isEmpty() ? QFileInfo(input).completeBaseName() : graph->name;
        ro.submitted = [&recording](const QString &jobId, const QString &projectId,
                                    const QString &teamId, const QString &projectName) {
            recording.submitted(jobId, teamId, projectId, projectName);
        };
        ro.generation = options;
        ro.readEnvironment();
        result = runRemoteGeneration(
                ro, *graph, [](const GraphData &g) { return io::ServerGraphFormat::toGraph(g); },
                io.err);
    } else {
        result = LocalEngine::generate(*graph, options);
    }
    if (!result.ok()) {
        recording.fail(result.error());
        return p.failure(io, result.error().toString());
    }

    ArtifactExporter::Options exportOptions;
    exportOptions.policy = pruning  ? ArtifactExporter::OverwritePolicy::ReplacePrevious
                           : forced ? ArtifactExporter::OverwritePolicy::Overwrite
                                    : ArtifactExporter::OverwritePolicy::RefuseNonEmpty;
    exportOptions.source = result->report.graphName.isEmpty() ? graph->name
                                                              : result->report.graphName;
    const auto written = ArtifactExporter::write(result->artifacts, outDir, exportOptions);
    // The job itself succeeded even when writing failed: its artifacts stay in the cache.
    recording.complete(*result, written.ok() ? QFileInfo(outDir).absoluteFilePath() : QString());
    if (!written.ok())
        return p.failure(io, tr("cannot write the output: %1").arg(written.error().toString()));

    const GenerationReport &report = result->report;
    int warnings = 0;
    for (const ReportItem &item : report.items) {
        if (item.severity != ReportItem::Severity::Warning)
            continue;
        ++warnings;
        io.err << tr("warning: %1").arg(printable(item.message)) << '\n';
    }
    for (const QString &rejected : written->rejected)
        io.err << tr("warning: not written: %1").arg(printable(rejected)) << '\n';
    for (const QString &removed : written->removed)
        io.out << tr("removed (no longer generated): %1").arg(printable(removed)) << '\n';
    for (const QString &kept : written->kept)
        io.err << tr("warning: no longer generated, kept: %1").arg(printable(kept)) << '\n';
    QString summary = remote ? tr("Generated %n file(s) on %1", nullptr,
                                  int(written->written.size()))
                                       .arg(p.parser().value(server))
                             : tr("Generated %n object(s)", nullptr, int(report.objects.size()));
    io.out << tr("%1 into %2 (%3 layout): %4 file(s) written, %5 warning(s).")
                      .arg(summary, QDir::toNativeSeparators(outDir),
                           remote ? tr("server") : options.layout)
                      .arg(written->written.size())
                      .arg(warnings);
    if (recording.jobId() != 0)
        io.out << ' ' << tr("Job %1.").arg(recording.jobId());
    io.out << '\n';
    return ExitSuccess;
}

} // namespace kg::cli
