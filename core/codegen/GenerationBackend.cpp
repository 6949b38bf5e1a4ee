#include "codegen/GenerationBackend.h"

namespace kg {

QString severityName(ReportItem::Severity severity)
{
    switch (severity) {
    case ReportItem::Severity::Info:
        return QStringLiteral("info");
    case ReportItem::Severity::Warning:
        return QStringLiteral("warning");
    case ReportItem::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool GenerationReport::hasErrors() const
{
    return count(ReportItem::Severity::Error) > 0;
}

int GenerationReport::count(ReportItem::Severity severity) const
{
    int n = 0;
    for (const ReportItem &item : items)
        n += item.severity == severity ? 1 : 0;
    return n;
}

QList<ReportItem> GenerationReport::itemsIn(const QString &category) const
{
    QList<ReportItem> out;
    for (const ReportItem &item : items) {
        if (item.category == category)
            out.append(item);
    }
    return out;
}

} // namespace kg
