#include "remote/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kg::remote {

RetryPolicy::RetryPolicy(const RemoteTimings &timings, JitterSource jitter)
    : m_timings(timings)
    , m_jitter(std::move(jitter))
{
    if (!m_jitter)
        m_jitter = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

bool RetryPolicy::isRetryableRequest(const QByteArray &method, const QString &apiPath)
{
    if (method == "GET" || method == "HEAD")
        return true;
    static const QRegularExpression project(QStringLiteral("^/projects/[^/]+$"));
    static const QRegularExpression job(QStringLiteral("^/graph/codegen/[^/]+$"));
    if (method == "PUT")
        return project.match(apiPath).hasMatch();
    if (method == "DELETE")
        return project.match(apiPath).hasMatch() || job.match(apiPath).hasMatch();
    return false; // every POST: codegen, projects, plan, suggest, validate, crud, token exchange
}

bool RetryPolicy::isRetryableError(const RemoteError &error)
{
    if (error.kind == RemoteError::Kind::UnexpectedResponse && error.httpStatus >= 200
        && error.httpStatus < 300)
        return false; // malformed JSON in a 2xx answer
    return error.isTransient();
}

std::optional<int> RetryPolicy::nextDelayMs(int attemptsMade, qint64 elapsedMs,
                                            int retryAfterMs) const
{
    if (attemptsMade >= MaxAttempts || attemptsMade < 1)
        return std::nullopt;
    const qint64 base = qint64(m_timings.retryBaseMs) << (attemptsMade - 1);
    const double jitter = std::clamp(m_jitter(), 0.0, 0.999999);
    qint64 delay = base + qint64(double(base) * 0.1 * jitter);
    const qint64 remaining = m_timings.retryWindowMs - elapsedMs;
    if (retryAfterMs > remaining)
        return std::nullopt; // the server asks for a wait beyond the window: stop here
    if (retryAfterMs > delay)
        delay = retryAfterMs;
    if (delay > remaining)
        return std::nullopt;
    return int(delay);
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return ms < 0 ? 0 : int(std::min<qint64>(ms, 24 * 3600 * 1000));
}

} // namespace kg::remote
