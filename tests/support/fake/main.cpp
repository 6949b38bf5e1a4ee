// kubegram-fake-server: the Kubegram server test double as a stand-alone program, for manual
// runs of the desktop application against a local, scriptable server. Loopback only.
#include "FakeKubegramServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kubegram-fake-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A Kubegram server test double on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 = any)"),
                                  QStringLiteral("N"), QStringLiteral("8090"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("design or current"),
                                  QStringLiteral("MODE"), QStringLiteral("current"));
    const QCommandLineOption stepMs(QStringLiteral("step-ms"),
                                    QStringLiteral("duration of each workflow step"),
                                    QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption ttl(QStringLiteral("token-ttl-ms"),
                                 QStringLiteral("access token lifetime"), QStringLiteral("MS"));
    const QCommandLineOption failAt(QStringLiteral("fail-at"),
                                    QStringLiteral("fail the jobs at this step"),
                                    QStringLiteral("STEP"));
    const QCommandLineOption race(QStringLiteral("completion-race"),
                                  QStringLiteral("N transient errors at completion"),
                                  QStringLiteral("N"));
    const QCommandLineOption wsDrop(QStringLiteral("ws-drop-after"),
                                    QStringLiteral("close the WebSocket after N updates"),
                                    QStringLiteral("N"));
    const QCommandLineOption session(QStringLiteral("print-session"),
                                     QStringLiteral("print a session id for user 42"));
    const QList<QPair<QString, QString>> switches = {
            {QStringLiteral("routing-defect"),
             QStringLiteral("every /api/* answers 404 text/plain")},
            {QStringLiteral("legacy-prefix"), QStringLiteral("serve only /api/v1/public")},
            {QStringLiteral("issuer-under-oauth"), QStringLiteral("issuer only under /oauth")},
            {QStringLiteral("authorize-error"),
             QStringLiteral("/authorize redirects with an error")},
            {QStringLiteral("authorize-no-redirect"), QStringLiteral("/authorize never redirects")},
            {QStringLiteral("jwks-broken"), QStringLiteral("every Bearer token is refused")},
            {QStringLiteral("no-websocket"), QStringLiteral("never upgrade WebSockets")},
            {QStringLiteral("advisory-cancel"), QStringLiteral("cancelled jobs keep running")},
            {QStringLiteral("quirky-results"),
             QStringLiteral("duplicate names, empty ids, deep edges")},
            {QStringLiteral("hostile-artifacts"), QStringLiteral("add hostile artifact names")},
            {QStringLiteral("stored-artifacts"),
             QStringLiteral("design mode: artifact records with storageUrl instead of content "
                            "(plus a wrong checksum, a 404 and another origin)")},
            {QStringLiteral("non-conforming-result"),
             QStringLiteral("generatedCode = {\"output\":\"test\"}")},
            {QStringLiteral("optional-features"),
             QStringLiteral("plan, suggest and validate succeed")},
            {QStringLiteral("tls"),
             QStringLiteral("serve https:// and wss:// with the self-signed test certificate "
                            "tests/data/tls/server-a.crt")},
    };
    parser.addOptions({port, mode, stepMs, ttl, failAt, race, wsDrop, session});
    for (const auto &s : switches)
        parser.addOption(QCommandLineOption(s.first, s.second));
    parser.process(app);

    kg::test::FakeKubegramServer server;
    auto &c = server.config();
    c.mode = parser.value(mode) == QLatin1String("design")
                     ? kg::test::FakeKubegramServer::Mode::Design
                     : kg::test::FakeKubegramServer::Mode::Current;
    c.stepMs = parser.value(stepMs).toInt();
    c.pendingMs = c.stepMs;
    if (parser.isSet(ttl))
        c.tokenTtlMs = parser.value(ttl).toLongLong();
    c.failAtStep = parser.value(failAt);
    c.completionRace = parser.value(race).toInt();
    c.wsDropAfterUpdates = parser.isSet(wsDrop) ? parser.value(wsDrop).toInt() : -1;
    c.routingDefect = parser.isSet(QStringLiteral("routing-defect"));
    c.legacyPrefix = parser.isSet(QStringLiteral("legacy-prefix"));
    c.issuerUnderOAuth = parser.isSet(QStringLiteral("issuer-under-oauth"));
    c.authorizeError = parser.isSet(QStringLiteral("authorize-error"));
    c.authorizeNeverRedirects = parser.isSet(QStringLiteral("authorize-no-redirect"));
    c.jwksBroken = parser.isSet(QStringLiteral("jwks-broken"));
    c.noWebSocket = parser.isSet(QStringLiteral("no-websocket"));
    c.advisoryCancel = parser.isSet(QStringLiteral("advisory-cancel"));
    c.quirkyResults = parser.isSet(QStringLiteral("quirky-results"));
    c.hostileArtifacts = parser.isSet(QStringLiteral("hostile-artifacts"));
    c.storedArtifacts = parser.isSet(QStringLiteral("stored-artifacts"));
    c.nonConformingResult = parser.isSet(QStringLiteral("non-conforming-result"));
    c.optionalFeaturesSucceed = parser.isSet(QStringLiteral("optional-features"));

    if (parser.isSet(QStringLiteral("tls"))) {
        const auto identity = kg::test::FakeKubegramServer::testIdentity();
        if (identity.isNull()) {
            QTextStream(stderr) << "cannot read the test certificate" << Qt::endl;
            return 1;
        }
        server.setTls(identity);
    }

    QTextStream out(stdout);
    // The audit of project writes: one line per changed field (kubegram-api.md §10: the server
    // overwrites a project's name from a codegen request), for scripts to check.
    QObject::connect(&server, &kg::test::FakeKubegramServer::projectWritten, &app,
                     [&out](const kg::test::FakeKubegramServer::ProjectWrite &write) {
                         out << "project write: " << write.toString() << Qt::endl;
                     });
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    out << "Kubegram fake server (" << parser.value(mode) << ") on " << server.origin().toString()
        << Qt::endl;
    if (server.isTls())
        out << "certificate SHA-256: "
            << server.testIdentity().certificate.digest(QCryptographicHash::Sha256).toHex()
            << Qt::endl;
    if (parser.isSet(session))
        out << "session id for user 42: " << server.createSession(QStringLiteral("42")) << Qt::endl;
    return app.exec();
}
