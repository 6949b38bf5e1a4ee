#include "codegen/RemoteGeneration.h"

#include "remote/ApiClient.h"
#include "remote/ServerEndpoints.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace kg {

using namespace kg::remote;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::RemoteGeneration)
};
} // namespace

void RemoteCliOptions::readEnvironment()
{
    if (token.isEmpty() && sessionId.isEmpty()) {
        token = qEnvironmentVariable("KUBEGRAM_TOKEN");
        if (token.isEmpty())
            sessionId = qEnvironmentVariable("KUBEGRAM_SESSION");
    }
}

Result<GenerationResult> runRemoteGeneration(const RemoteCliOptions &options,
                                             const GraphData &graph,
                                             const RemoteBackend::GraphMapper &mapper,
                                             QTextStream &err)
{
    if (!options.server.isValid() || options.server.host().isEmpty()
        || (options.server.scheme() != QLatin1String("http")
            && options.server.scheme() != QLatin1String("https")))
        return Error(Tr::tr("not a server address: %1").arg(options.server.toString()));
    if (options.token.isEmpty() && options.sessionId.isEmpty())
        return Error(Tr::tr("no credential: pass --token or --session, or set KUBEGRAM_TOKEN or "
                            "KUBEGRAM_SESSION"));
    if (options.tokenFromArguments)
        err << Tr::tr("warning: a token on the command line is visible to other users of this "
                      "machine; prefer KUBEGRAM_TOKEN")
            << Qt::endl;

    ApiClient client(options.server);
    client.setTimings(options.timings);
    client.trustCertificate(options.trustedCertificate);
    if (client.isInsecureTransport())
        err << Tr::tr("warning: the credential travels unencrypted over http to %1")
                        .arg(options.server.host())
            << Qt::endl;
    client.setCredential(options.token.isEmpty() ? Credential::fromSessionId(options.sessionId)
                                                 : Credential::fromPastedToken(options.token));

    QEventLoop loop;
    std::optional<Result<GenerationResult>> outcome;
    auto finish = [&](Result<GenerationResult> r) {
        if (!outcome) {
            outcome = std::move(r);
            loop.quit();
        }
    };

    QString teamId; // known once the identity is read, before anything is submitted
    RemoteBackend backend(&client, mapper);
    backend.setProject({options.projectId, options.projectName});
    if (options.preferPolling)
        backend.setWatcherSetup([](JobWatcher *w) { w->setPreferPolling(true); });
    int lastPercent = -2;
    QString lastStep;
    QObject::connect(&backend, &GenerationBackend::progress, &loop,
                     [&](int percent, const QString &step) {
                         if (percent == lastPercent && step == lastStep)
                             return;
                         lastPercent = percent;
                         lastStep = step;
                         err << QStringLiteral("[%1%] %2").arg(percent, 3).arg(step) << Qt::endl;
                     });
    QObject::connect(&backend, &RemoteBackend::jobSubmitted, &loop,
                     [&](const QString &jobId, const QString &projectId) {
                         err << Tr::tr("job %1 (project %2)")
                                         .arg(jobId,
                                              projectId.isEmpty() ? QStringLiteral("?") : projectId)
                             << Qt::endl;
                         if (options.submitted)
                             options.submitted(jobId, projectId, teamId, backend.project().name);
                     });
    QObject::connect(&backend, &GenerationBackend::succeeded, &loop,
                     [&](const GenerationResult &r) { finish(r); });
    QObject::connect(&backend, &GenerationBackend::failed, &loop,
                     [&](const Error &e) { finish(e); });

    err << Tr::tr("connecting to %1").arg(options.server.toString()) << Qt::endl;
    client.probe(&loop, [&](const RemoteError &probe) {
        if (probe.isError()) {
            Error e = probe.toError();
            if (probe.kind == RemoteError::Kind::Tls && !probe.tlsFingerprint.isEmpty())
                e = Error(Tr::tr("%1\nThe certificate's SHA-256 fingerprint is %2. If your "
                                 "server's administrator confirms it, run again with "
                                 "--trust-certificate %2")
                                  .arg(e.message,
                                       QString::fromLatin1(QByteArray::fromHex(probe.tlsFingerprint)
                                                                   .toHex(':')
                                                                   .toUpper())),
                          e.location);
            finish(e);
            return;
        }
        fetchIdentity(client, &loop, [&](const ApiResult<Identity> &identity) {
            if (!identity) {
                finish(identity.error().toError());
                return;
            }
            Identity id = identity.value();
            if (!options.teamId.isEmpty())
                id.teamId = options.teamId;
            teamId = id.teamId;
            err << Tr::tr("signed in as %1 (team %2)")
                            .arg(id.email.isEmpty() ? id.userId : id.email,
                                 id.teamId.isEmpty() ? Tr::tr("none") : id.teamId)
                << Qt::endl;
            if (!id.canGenerate()) {
                finish(Error(
                        Tr::tr("this account has no team or company; generation is disabled")));
                return;
            }
            backend.setIdentity(id);
            backend.start(graph, options.generation);
        });
    });
    // A last resort: the watcher's own deadline should always come first.
    QTimer::singleShot(int(std::min<qint64>(options.timings.pollDeadlineMs + 60'000, INT_MAX)),
                       &loop, [&] { finish(Error(Tr::tr("gave up waiting for the server"))); });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace kg
