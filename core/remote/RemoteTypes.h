#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kg::remote {

/// Every duration the server client waits for, in milliseconds, with the contract's defaults
/// (kubegram-api.md §2, §3, §4.4, §5.3, §8). Tests pass scaled-down timings so nothing sleeps
/// for real; the product uses the defaults.
struct RemoteTimings
{
    int connectTimeoutMs = 10'000;       ///< until the request has been sent
    int requestTimeoutMs = 30'000;       ///< whole request, answer included
    int longRequestTimeoutMs = 60'000;   ///< codegen POST and /results
    int probeTimeoutMs = 10'000;         ///< health probe
    int retryBaseMs = 2'000;             ///< §8: 2 s × 2^(n−1)
    int retryWindowMs = 120'000;         ///< §8: no attempt later than this after the first
    int pollInitialMs = 2'000;           ///< §5.3 first poll
    int pollMaxMs = 15'000;              ///< §5.3 interval cap
    int pollFloorMs = 1'000;             ///< §5.3 smallest interval after jitter
    qint64 pollDeadlineMs = 30 * 60'000; ///< §5.3 overall deadline
    int retryAfterCapMs = 60'000;        ///< §5.4 cap on a poll's Retry-After
    int webSocketHandshakeMs = 10'000;   ///< §4.4 step 1
    int webSocketSilenceMs = 60'000;     ///< §4.4 step 3
    int reconnectDelayMs = 2'000;        ///< §4.4 step 4
    int oauthTimeoutMs = 5 * 60'000;     ///< §3.3 step 7
    int refreshMarginMs = 5 * 60'000;    ///< §3.5 proactive refresh before exp
    int freshTokenMs = 60'000;           ///< §3.5 loop guard: a token younger than this
    int refreshReuseWindowMs = 60'000;   ///< §3.5 a lost refresh may be repeated in this window

    /// The same timings multiplied by @p factor (0.01 turns 2 s into 20 ms); at least 1 ms each.
    RemoteTimings scaled(double factor) const;
};

/// A failure talking to a Kubegram server, with enough detail to decide what to do next
/// (retry, refresh, poll, sign in) and to tell the user what happened: the HTTP status and the
/// server's own error and details.
struct RemoteError
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::RemoteError)

public:
    enum class Kind {
        None,
        Network,             ///< refused, reset, DNS, dropped mid-body
        Timeout,             ///< connect or request timeout
        Tls,                 ///< certificate problem; never ignored silently
        Http,                ///< an HTTP error status with a JSON (or no) body
        NotKubegram,         ///< HTML or text/plain where the API should answer
        UnexpectedResponse,  ///< wrong content type, malformed JSON, wrong shape
        TooLarge,            ///< over the body cap
        Redirect,            ///< the server redirected; never followed with credentials
        SignInRequired,      ///< no credential, or the server refused it for good
        ServerRejectsTokens, ///< a fresh token got 401 Invalid token (§3.5 loop guard)
        ForeignOrigin,       ///< an endpoint on another origin was refused
        NoTeam,              ///< the identity has no team/company: generation disabled
        Conflict,            ///< changed on the server since it was read (§4.2 save)
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverError;       ///< the answer's "error"
    QString serverDetails;     ///< the answer's "details" (or "message"), flattened to text
    QString message;           ///< what the client concluded, for people
    QString url;               ///< the request URL without its query
    int retryAfterMs = -1;     ///< from a Retry-After header, when present
    QByteArray tlsFingerprint; ///< SHA-256 of the server certificate, for "trust this"

    bool isError() const { return kind != Kind::None; }
    /// True for what §8 and §5.4 retry: network errors, timeouts, 408/429/500/502/503/504.
    bool isTransient() const;
    /// One line for people: the message, then the HTTP status and the server's words.
    QString toString() const;
    /// As a kg::Error whose location names the request URL.
    Error toError() const;
};

/// A value or a RemoteError: what every asynchronous server call delivers.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    {}
    ApiResult(RemoteError error)
        : m_error(std::move(error))
    {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const RemoteError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    RemoteError m_error;
};

/// Who the caller is (§3.9): ids kept as strings, as the server's auth context sends them.
struct Identity
{
    QString userId;
    QString email;
    QString name;
    QString avatar;
    QString role;
    QString teamId;         ///< empty for a user without a team
    QString organizationId; ///< empty when the chain stopped early
    QString organizationName;
    QString companyId; ///< UUID; empty when the chain stopped early
    QString companyName;

    /// Generation and project creation need a team and a company (§3.9).
    bool canGenerate() const { return !teamId.isEmpty() && !companyId.isEmpty(); }
};

/// A team row (§4.1).
struct Team
{
    QString id;
    QString name;
    QString organizationId;
};

/// A project row (§4.2); graphMeta stays the raw JSON text the server stores.
struct Project
{
    QString id;
    QString name;
    QString graphId;
    QString graphMeta; ///< JSON text or empty for null
    QString teamId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< invalid unless soft-deleted
};

/// Normalised job status (§5.1).
enum class JobState { Pending, Running, Completed, Failed, Cancelled };

/// Maps any status string the server may send to a JobState (§5.1); unknown values are Pending.
/// @p known is set to false for values outside the table.
JobState normalizeJobStatus(const QString &status, bool *known = nullptr);
/// "pending", "running", …: the normalised name.
QString jobStateName(JobState state);
/// Completed, Failed and Cancelled; Cancelled is provisional (§5.5).
bool isTerminal(JobState state);
/// The progress bar for a workflow step (§5.2): 0–90, -1 for unknown steps.
int progressForStep(const QString &step);

/// One entry of a job list (§4.3): the paginated list, or /graph/codegen/jobs with the error.
struct JobSummary
{
    QString id;   ///< row id
    QString uuid; ///< the jobId
    QString projectId;
    QString graphId;
    JobState state = JobState::Pending;
    QString rawStatus;
    QString errorMessage; ///< only from /graph/codegen/jobs
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
};

/// What POST /graph/codegen answered (§4.3).
struct CodegenSubmission
{
    QString jobId;
    QString projectId; ///< empty when the server omitted it
    QString step;
    QString status;
};

/// Parses an ISO 8601 timestamp with or without milliseconds; invalid for null or junk.
QDateTime parseServerTime(const QJsonValue &value);
/// A JSON id (number or string) as a string; empty for null.
QString idString(const QJsonValue &value);

} // namespace kg::remote
