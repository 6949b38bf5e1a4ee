#pragma once

#include "remote/RemoteTypes.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace kg::remote {

/// The retry rules of kubegram-api.md §8: at most 3 attempts, 2 s × 2^(n−1) plus 0–10 % jitter
/// after attempt n, no attempt later than 2 min after the first, a longer Retry-After replaces
/// the delay when it fits in that window (one beyond it ends the retries). Pure logic: the caller
/// owns the timer, and tests inject the jitter source and scaled timings.
class RetryPolicy
{
public:
    /// Returns a number in [0, 1) for the jitter; the default uses QRandomGenerator.
    using JitterSource = std::function<double()>;

    explicit RetryPolicy(const RemoteTimings &timings = {}, JitterSource jitter = {});

    static constexpr int MaxAttempts = 3;

    /// Whether a request with this method and API path may be repeated at all (§8): GETs, PUT
    /// and DELETE of /projects/:id, DELETE of /graph/codegen/:jobId and the health probe; never
    /// a POST (codegen, projects, plan, suggest, validate, crud, the code exchange).
    static bool isRetryableRequest(const QByteArray &method, const QString &apiPath);

    /// Whether this failure may be retried (§8): network errors, timeouts, truncated bodies,
    /// 408/429/500/502/503/504 whatever the body; never TLS errors, other 4xx or malformed JSON
    /// in a 2xx answer.
    static bool isRetryableError(const RemoteError &error);

    /// The delay before the next attempt after @p attemptsMade attempts (1-based), given the
    /// time since the first attempt started and the server's Retry-After (-1 = none); nothing
    /// when no further attempt is allowed.
    std::optional<int> nextDelayMs(int attemptsMade, qint64 elapsedMs, int retryAfterMs = -1) const;

    /// Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds; -1 when
    /// absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    RemoteTimings m_timings;
    JitterSource m_jitter;
};

} // namespace kg::remote
