#pragma once

#include "codegen/GenerationBackend.h"
#include "codegen/RemoteBackend.h"
#include "remote/RemoteTypes.h"

#include <QTextStream>
#include <QUrl>

#include <functional>

namespace kg {

/// What the command line passes for a generation on a Kubegram server.
struct RemoteCliOptions
{
    QUrl server = QUrl(QStringLiteral("http://localhost:8090"));
    QString token;     ///< --token, else KUBEGRAM_TOKEN (Authorization: Bearer)
    QString sessionId; ///< --session, else KUBEGRAM_SESSION (Cookie: session=)
    QString teamId;    ///< --team: overrides the identity's team
    /// --trust-certificate: SHA-256 (hex) of a certificate to trust although the system does not
    QByteArray trustedCertificate;
    QString projectId;
    /// The name of a new project; an existing one (projectId) keeps the name it has.
    QString projectName;
    GenerationOptions generation;
    remote::RemoteTimings timings;
    bool preferPolling = false;
    bool tokenFromArguments = false; ///< set by the caller when the token came from argv (warned)
    /// Called once the server accepted the job: its id, the project it generates into (may be
    /// empty), the team it runs for and the project's name as the server holds it.
    std::function<void(const QString &jobId, const QString &projectId, const QString &teamId,
                       const QString &projectName)>
            submitted;

    /// Fills token and sessionId from KUBEGRAM_TOKEN / KUBEGRAM_SESSION when not given.
    void readEnvironment();
};

/// Runs one remote generation headless and blocks until it ends (a local event loop): probes
/// the server, reads the identity, submits, follows the job and converts the results. Progress
/// lines go to @p err; the artifacts (with the report) or an Error come back.
Result<GenerationResult> runRemoteGeneration(const RemoteCliOptions &options,
                                             const GraphData &graph,
                                             const RemoteBackend::GraphMapper &mapper,
                                             QTextStream &err);

} // namespace kg
