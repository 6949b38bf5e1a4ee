#include "util/Result.h"

#include <QStringList>

namespace kg {

QString Location::toString() const
{
    QString s = file;
    if (line > 0) {
        s += (s.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
        if (column > 0)
            s += QLatin1Char(':') + QString::number(column);
    }
    QStringList extra;
    if (!pointer.isEmpty())
        extra << pointer;
    if (!nodeId.isEmpty())
        extra << QStringLiteral("node '%1'").arg(nodeId);
    if (!extra.isEmpty()) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += QLatin1Char('(') + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return s;
}

bool Location::isEmpty() const
{
    return file.isEmpty() && line <= 0 && pointer.isEmpty() && nodeId.isEmpty();
}

QString Error::toString() const
{
    const QString where = location.toString();
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace kg
