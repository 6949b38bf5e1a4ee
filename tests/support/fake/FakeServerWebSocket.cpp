// The fake server's job WebSocket (the design server's streaming of job progress).
#include "FakeKubegramServer.h"
#include "FakeServerInternal.h"
#include "HostilePaths.h"

#include "codegen/LocalEngine.h"
#include "io/ServerGraphFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <limits>

namespace kg::test {

// --- WebSocket --------------------------------------------------------------------------------

void FakeKubegramServer::handleUpgrade(QTcpSocket *socket, Request &request)
{
    LoggedRequest logged{request.method, request.path, request.query, request.headers, {}, true};
    m_log.append(logged);
    const QString prefix = m_config.legacyPrefix ? QStringLiteral("/api/v1/public")
                                                 : QStringLiteral("/api/public/v1");
    static const QRegularExpression subscribe(QStringLiteral("^/graph/codegen/([^/]+)/subscribe$"));
    const auto match = subscribe.match(request.path.mid(prefix.size()));
    auto reject = [this, socket](const Response &r) {
        socket->read(socket->bytesAvailable());
        writeResponse(socket, r, nullptr);
    };
    if (const Fault *fault = takeFault(request)) {
        if (fault->kind == FaultKind::DropBeforeAnswer) {
            socket->abort();
            return;
        }
        reject(Response::error(500, QStringLiteral("Internal server error")));
        return;
    }
    if (m_config.mode == Mode::Current || m_config.noWebSocket || !request.path.startsWith(prefix)
        || !match.hasMatch() || m_config.routingDefect) {
        reject(Response::html(200));
        return;
    }
    const AuthResult auth = authenticate(request);
    if (auth.userId.isEmpty()) {
        reject(Response::error(401, auth.offered ? auth.error : QStringLiteral("No session found")));
        return;
    }
    const QString jobId = match.captured(1);
    bool found = false;
    for (const auto &j : std::as_const(m_jobs)) {
        if (j->uuid == jobId && teamOfProject(j->projectId) == teamOfUser(auth.userId))
            found = true;
    }
    if (!found || (m_config.wsRefuseReconnect && m_subscriptions.value(jobId) > 0)) {
        reject(Response::error(404, QStringLiteral("Job not found or access denied")));
        return;
    }
    m_subscriptions[jobId] += 1;
    // The handshake bytes are still unread: QWebSocketServer reads them itself.
    m_wsServer->handleConnection(socket);
}

void FakeKubegramServer::onWebSocketConnected()
{
    while (QWebSocket *ws = m_wsServer->nextPendingConnection()) {
        static const QRegularExpression subscribe(
                QStringLiteral("/graph/codegen/([^/]+)/subscribe$"));
        const QString jobId = subscribe.match(ws->requestUrl().path()).captured(1);
        std::shared_ptr<Job> job;
        for (const auto &j : std::as_const(m_jobs)) {
            if (j->uuid == jobId)
                job = j;
        }
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        if (!job) {
            ws->close();
            continue;
        }
        auto *timer = new QTimer(ws);
        auto lastStep = std::make_shared<QString>();
        auto updates = std::make_shared<int>(0);
        QPointer<QWebSocket> socket(ws);
        connect(timer, &QTimer::timeout, ws, [this, socket, timer, job, lastStep, updates] {
            if (!socket)
                return;
            const JobView v = viewOf(*job);
            const QString key = v.status + QLatin1Char('/') + v.step;
            if (!v.terminal && key != *lastStep) {
                // Like the server, which announces every step: steps passed between two ticks
                // of a late timer are sent too, in order (only the current one is counted).
                const qsizetype from = Steps.indexOf(lastStep->section(QLatin1Char('/'), 1));
                const qsizetype to = Steps.indexOf(v.step);
                for (qsizetype i = from + 1; v.status == QLatin1String("running") && i < to; ++i) {
                    socket->sendTextMessage(QString::fromUtf8(json(
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("update")},
                                        {QStringLiteral("data"),
                                         QJsonObject{{QStringLiteral("jobId"), job->uuid},
                                                     {QStringLiteral("step"), Steps[i]},
                                                     {QStringLiteral("status"), v.status}}}})));
                }
                *lastStep = key;
                socket->sendTextMessage(QString::fromUtf8(
                        json(QJsonObject{{QStringLiteral("type"), QStringLiteral("update")},
                                         {QStringLiteral("data"),
                                          QJsonObject{{QStringLiteral("jobId"), job->uuid},
                                                      {QStringLiteral("step"), v.step},
                                                      {QStringLiteral("status"), v.status}}}})));
                ++*updates;
                if (m_config.wsDropAfterUpdates >= 0 && *updates >= m_config.wsDropAfterUpdates) {
                    timer->stop();
                    socket->flush();
                    if (m_config.wsDropClean)
                        socket->close(QWebSocketProtocol::CloseCodeNormal);
                    else
                        socket->abort();
                }
                return;
            }
            if (!v.terminal)
                return;
            timer->stop();
            if (v.status == QLatin1String("completed")) {
                const QJsonObject data = resultData(*job);
                socket->sendTextMessage(QString::fromUtf8(json(QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("complete")},
                        {QStringLiteral("data"),
                         m_config.mode == Mode::Design
                                 ? QJsonValue(data.value(QStringLiteral("artifacts")))
                                 : QJsonValue(data.value(QStringLiteral("generatedCode")))}})));
            } else {
                socket->sendTextMessage(QString::fromUtf8(
                        json(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                         {QStringLiteral("error"),
                                          v.status == QLatin1String("failed")
                                                  ? m_config.failMessage
                                                  : QStringLiteral("Job cancelled")}})));
            }
            socket->close(QWebSocketProtocol::CloseCodeNormal);
        });
        timer->start(std::max(5, m_config.stepMs / 3));
    }
}

} // namespace kg::test
