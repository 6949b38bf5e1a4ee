#include "cli/GenerateCommand.h"

#include "cli/SubcommandParser.h"
#include "codegen/LocalEngine.h"
#include "export/ArtifactExporter.h"
#include "io/GraphFileReader.h"
#include "io/ServerGraphFormat.h"
#include "session/GenerationService.h"
#include "session/ServerConnection.h"
#include "store/Database.h"
#include "validate/GraphValidator.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <climits>
#include <functional>
#include <optional>

namespace kg::cli {

namespace {

/// The job cache for a run: opened unless --no-cache; a cache that cannot be opened does not
/// stop the run (GenerationService queues it beside the cache instead).
struct RunCache
{
    std::shared_ptr<store::Database> db;
    Error problem; ///< why db is null although caching is on
};

RunCache openCache(bool enabled, Streams io)
{
    RunCache cache;
    if (!enabled)
        return cache;
    store::Database::OpenReport report;
    auto db = store::Database::open(store::Database::defaultPath(), &report);
    if (!db.ok()) {
        cache.problem = db.error();
        return cache;
    }
    if (!report.notice().isEmpty())
        io.err << GenerateCommand::tr("warning: %1").arg(report.notice()) << '\n';
    cache.db = *db;
    return cache;
}

/// Waits in a local event loop until @p done() holds or @p deadlineMs passed; false on timeout.
/// @p done() is checked whenever one of @p signals of @p sender arrives: no polling.
template<typename Sender, typename... Signals>
bool waitUntil(const std::function<bool()> &done, qint64 deadlineMs, Sender *sender,
               Signals... signals)
{
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    (QObject::connect(sender, signals, &loop, check), ...);
    QTimer::singleShot(int(std::min<qint64>(deadlineMs, INT_MAX)), &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

/// Connects @p connection for a --server run and says so on @p err; an Error when the server
/// cannot be used for generation.
Status connectForGeneration(session::ServerConnection &connection, const QUrl &server,
                            const QByteArray &fingerprint, qint64 deadlineMs, QTextStream &err)
{
    err << GenerateCommand::tr("connecting to %1").arg(server.toString()) << Qt::endl;
    connection.connectTo(server, fingerprint);
    // Said before the event loop runs, so before any request carries the credential.
    if (connection.client() && connection.client()->isInsecureTransport())
        err << GenerateCommand::tr("warning: the credential travels unencrypted over http to %1")
                        .arg(server.host())
            << Qt::endl;
    if (!waitUntil([&] { return connection.isSettled(); }, deadlineMs, &connection,
                   &session::ServerConnection::changed))
        return Error(GenerateCommand::tr("gave up waiting for the server"));
    using State = session::ServerConnection::State;
    if (connection.state() != State::SignedIn) {
        const remote::RemoteError &cause = connection.lastRemoteError();
        Error e = cause.isError()
                          ? cause.toError()
                          : Error(connection.lastError().isEmpty() ? connection.statusText()
                                                                   : connection.lastError());
        if (cause.kind == remote::RemoteError::Kind::Tls && !cause.tlsFingerprint.isEmpty())
            e = Error(GenerateCommand::tr("%1\nThe certificate's SHA-256 fingerprint is %2. If "
                                          "your server's administrator confirms it, run again "
                                          "with --trust-certificate %2")
                              .arg(e.message,
                                   QString::fromLatin1(QByteArray::fromHex(cause.tlsFingerprint)
                                                               .toHex(':')
                                                               .toUpper())),
                      e.location);
        return e;
    }
    const remote::Identity &id = connection.identity();
    err << GenerateCommand::tr("signed in as %1 (team %2)")
                    .arg(id.email.isEmpty() ? id.userId : id.email,
                         id.teamId.isEmpty() ? GenerateCommand::tr("none") : id.teamId)
        << Qt::endl;
    if (!id.canGenerate())
        return Error(
                GenerateCommand::tr("this account has no team or company; generation is disabled"));
    return {};
}

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

    const QUrl serverUrl = QUrl::fromUserInput(p.parser().value(server))
                                   .adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                             | QUrl::RemoveFragment);
    if (remote
        && (!serverUrl.isValid() || serverUrl.host().isEmpty()
            || (serverUrl.scheme() != QLatin1String("http")
                && serverUrl.scheme() != QLatin1String("https"))))
        return p.failure(io, tr("not a server address: %1").arg(p.parser().value(server)));

    // The same flow as the desktop's Generate: validate, run the backend, record the job.
    const RunCache cache = openCache(!p.parser().isSet(noCache), io);
    session::ServerConnection connection(nullptr); // no settings and no keychain: this run only
    session::GenerationService service(cache.db, remote ? &connection : nullptr);
    if (!cache.problem.message.isEmpty())
        service.setCacheUnavailable(store::Database::defaultPath(), cache.problem);
    QObject::connect(&service, &session::GenerationService::recordingDeferred,
                     [&io](const QString &message) {
                         io.err << tr("warning: %1").arg(message) << '\n';
                     });
    const bool nativeFile = QFileInfo(input).isFile()
                            && QFileInfo(input).suffix().compare(QLatin1String("kgraph"),
                                                                 Qt::CaseInsensitive)
                                       == 0;
    // A local run of a .kgraph file is filed under that file's local project, as the desktop
    // does, so its jobs are found under it in the project browser.
    if (!remote && nativeFile) {
        if (const Status filed = service.fileUnderLocalProject(input, graph->name); !filed)
            io.err << tr("warning: the job cache did not save a detail of this run: %1")
                              .arg(filed.error().toString())
                   << '\n';
    }

    session::GenerationService::Request request;
    request.graph = *graph;
    request.options = options;
    request.validate = false; // validated above, where --no-validate is decided
    const remote::RemoteTimings timings;
    if (remote) {
        request.backend = session::GenerationService::Backend::Remote;
        request.serverProjectId = p.parser().value(project);
        request.projectName = graph->name.isEmpty() ? QFileInfo(input).completeBaseName()
                                                    : graph->name;
        QString tokenValue = p.parser().value(token);
        QString sessionValue = p.parser().value(session);
        if (tokenValue.isEmpty() && sessionValue.isEmpty()) {
            tokenValue = qEnvironmentVariable("KUBEGRAM_TOKEN");
            if (tokenValue.isEmpty())
                sessionValue = qEnvironmentVariable("KUBEGRAM_SESSION");
        }
        if (tokenValue.isEmpty() && sessionValue.isEmpty())
            return p.failure(io, tr("no credential: pass --token or --session, or set "
                                    "KUBEGRAM_TOKEN or KUBEGRAM_SESSION"));
        if (p.parser().isSet(token))
            io.err << tr("warning: a token on the command line is visible to other users of "
                         "this machine; prefer KUBEGRAM_TOKEN")
                   << Qt::endl;
        connection.setTimings(timings);
        connection.setTeamOverride(p.parser().value(team));
        connection.useCredential(tokenValue.isEmpty()
                                         ? remote::Credential::fromSessionId(sessionValue)
                                         : remote::Credential::fromPastedToken(tokenValue));
        if (const Status connected = connectForGeneration(connection, serverUrl, fingerprint,
                                                          timings.requestTimeoutMs * 4, io.err);
            !connected)
            return p.failure(io, connected.error().toString());
        QObject::connect(&service, &session::GenerationService::jobSubmitted,
                         [&io](const QString &jobId, const QString &projectId) {
                             io.err << tr("job %1 (project %2)")
                                               .arg(jobId, projectId.isEmpty() ? QStringLiteral("?")
                                                                               : projectId)
                                    << Qt::endl;
                         });
        int lastPercent = -2;
        QString lastStep;
        QObject::connect(&service, &session::GenerationService::progress,
                         [&io, &lastPercent, &lastStep](int percent, const QString &step) {
                             if (percent == lastPercent && step == lastStep)
                                 return;
                             lastPercent = percent;
                             lastStep = step;
                             io.err << QStringLiteral("[%1%] %2").arg(percent, 3).arg(step)
                                    << Qt::endl;
                         });
    }

    std::optional<Result<GenerationResult>> outcome;
    qint64 jobId = 0;
    QObject::connect(&service, &session::GenerationService::succeeded,
                     [&](qint64 id, const GenerationResult &r) {
                         jobId = id;
                         outcome = r;
                     });
    QObject::connect(&service, &session::GenerationService::failed, [&](qint64 id, const Error &e) {
        jobId = id;
        outcome = e;
    });
    const auto started = service.start(request);
    if (!started.started && !outcome)
        return p.failure(io, started.error);
    // A last resort: the job watcher's own deadline always comes first.
    if (!waitUntil([&] { return outcome.has_value() && !service.isRunning(); },
                   timings.pollDeadlineMs + 60'000, &service,
                   &session::GenerationService::succeeded, &session::GenerationService::failed,
                   &session::GenerationService::runningChanged)) {
        service.cancel();
        return p.failure(io, tr("gave up waiting for the server"));
    }
    Result<GenerationResult> result = *outcome;
    if (!result.ok())
        return p.failure(io, result.error().toString());

    ArtifactExporter::Options exportOptions;
    exportOptions.policy = pruning  ? ArtifactExporter::OverwritePolicy::ReplacePrevious
                           : forced ? ArtifactExporter::OverwritePolicy::Overwrite
                                    : ArtifactExporter::OverwritePolicy::RefuseNonEmpty;
    exportOptions.source = result->report.graphName.isEmpty() ? graph->name
                                                              : result->report.graphName;
    const auto written = ArtifactExporter::write(result->artifacts, outDir, exportOptions);
    // The job itself succeeded even when writing failed: its artifacts stay in the cache.
    if (written.ok()) {
        if (const Status recorded = service.recordExport(jobId,
                                                         QFileInfo(outDir).absoluteFilePath());
            !recorded)
            io.err << tr("warning: the job cache did not save a detail of this run: %1")
                              .arg(recorded.error().toString())
                   << '\n';
    }
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
    if (jobId != 0)
        io.out << ' ' << tr("Job %1.").arg(jobId);
    io.out << '\n';
    return ExitSuccess;
}

} // namespace kg::cli
