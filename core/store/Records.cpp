#include "store/Records.h"

namespace kg::store {

namespace {

struct RecordStrings
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::JobStatus)
};

} // namespace

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("pending");
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("pending");
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    const QList<JobStatus> statuses = allJobStatuses();
    for (JobStatus s : statuses) {
        if (jobStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QList<JobStatus> allJobStatuses()
{
    return {JobStatus::Pending, JobStatus::Running,   JobStatus::Completed,
            JobStatus::Failed,  JobStatus::Cancelled, JobStatus::Interrupted};
}

bool isTerminal(JobStatus status)
{
    return status != JobStatus::Pending && status != JobStatus::Running;
}

QString jobStatusDisplayName(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return RecordStrings::tr("Pending");
    case JobStatus::Running:
        return RecordStrings::tr("Running");
    case JobStatus::Completed:
        return RecordStrings::tr("Completed");
    case JobStatus::Failed:
        return RecordStrings::tr("Failed");
    case JobStatus::Cancelled:
        return RecordStrings::tr("Cancelled");
    case JobStatus::Interrupted:
        return RecordStrings::tr("Interrupted");
    }
    return {};
}

qint64 JobRecord::durationMs(const QDateTime &now) const
{
    const QDateTime start = startedAt.isValid() ? startedAt : createdAt;
    if (!start.isValid())
        return -1;
    const QDateTime end = finishedAt.isValid() ? finishedAt
                                               : (isTerminal(status) ? updatedAt : now);
    return qMax<qint64>(0, start.msecsTo(end));
}

} // namespace kg::store
