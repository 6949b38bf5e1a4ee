#include "remote/RemoteTypes.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace kg::remote {

RemoteTimings RemoteTimings::scaled(double factor) const
{
    auto s = [factor](auto v) {
        return std::max<decltype(v)>(1, static_cast<decltype(v)>(std::llround(v * factor)));
    };
    RemoteTimings t;
    t.connectTimeoutMs = s(connectTimeoutMs);
    t.requestTimeoutMs = s(requestTimeoutMs);
    t.longRequestTimeoutMs = s(longRequestTimeoutMs);
    t.probeTimeoutMs = s(probeTimeoutMs);
    t.retryBaseMs = s(retryBaseMs);
    t.retryWindowMs = s(retryWindowMs);
    t.pollInitialMs = s(pollInitialMs);
    t.pollMaxMs = s(pollMaxMs);
    t.pollFloorMs = s(pollFloorMs);
    t.pollDeadlineMs = s(pollDeadlineMs);
    t.retryAfterCapMs = s(retryAfterCapMs);
    t.webSocketHandshakeMs = s(webSocketHandshakeMs);
    t.webSocketSilenceMs = s(webSocketSilenceMs);
    t.reconnectDelayMs = s(reconnectDelayMs);
    t.oauthTimeoutMs = s(oauthTimeoutMs);
    t.refreshMarginMs = s(refreshMarginMs);
    t.freshTokenMs = s(freshTokenMs);
    t.refreshReuseWindowMs = s(refreshReuseWindowMs);
    return t;
}

bool RemoteError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::NotKubegram:
    case Kind::UnexpectedResponse:
        return httpStatus == 408 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502
               || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString RemoteError::toString() const
{
    QString s = message;
    if (httpStatus > 0)
        s += tr(" (HTTP %1)").arg(httpStatus);
    if (!serverError.isEmpty() && !message.contains(serverError))
        s += QStringLiteral(": ") + serverError;
    if (!serverDetails.isEmpty())
        s += QStringLiteral(" — ") + serverDetails;
    return s;
}

Error RemoteError::toError() const
{
    return Error(toString(), Location(url));
}

JobState normalizeJobStatus(const QString &status, bool *known)
{
    const QString s = status.trimmed().toLower();
    if (known)
        *known = true;
    if (s == QLatin1String("pending") || s == QLatin1String("queued"))
        return JobState::Pending;
    if (s == QLatin1String("running") || s == QLatin1String("started")
        || s == QLatin1String("in_progress"))
        return JobState::Running;
    if (s == QLatin1String("completed"))
        return JobState::Completed;
    if (s == QLatin1String("failed") || s == QLatin1String("error"))
        return JobState::Failed;
    if (s == QLatin1String("cancelled") || s == QLatin1String("canceled"))
        return JobState::Cancelled;
    if (known)
        *known = false;
    return JobState::Pending;
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("pending");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Completed:
        return QStringLiteral("completed");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool isTerminal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed
           || state == JobState::Cancelled;
}

int progressForStep(const QString &step)
{
    static const QList<QPair<QLatin1String, int>> table = {
            {QLatin1String("pending"), 0},
            {QLatin1String("getOrCreateGraph"), 10},
            {QLatin1String("getPrompt"), 20},
            {QLatin1String("llmCall"), 30},
            {QLatin1String("buildKubernetesGraph"), 80},
            {QLatin1String("validateConfigurations"), 90},
    };
    for (const auto &entry : table) {
        if (step == entry.first)
            return entry.second;
    }
    return -1;
}

QDateTime parseServerTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return QString();
}

} // namespace kg::remote
