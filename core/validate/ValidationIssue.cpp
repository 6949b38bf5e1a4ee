#include "validate/ValidationIssue.h"

namespace kg {

QString ValidationIssue::toString() const
{
    QString s = location.file;
    if (location.line > 0) {
        s += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            s += QLatin1Char(':') + QString::number(location.column);
    }
    if (!s.isEmpty())
        s += QStringLiteral(": ");
    s += severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    s += message;
    if (!location.pointer.isEmpty())
        s += QStringLiteral(" (") + location.pointer + QLatin1Char(')');
    if (!location.nodeId.isEmpty())
        s += QStringLiteral(" [") + location.nodeId + QLatin1Char(']');
    return s;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace kg
