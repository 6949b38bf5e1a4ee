#include "Resources.h"

#include <QDir>

namespace kg::resources {

QStringList sampleGraphs()
{
    QStringList out;
    const QStringList names = QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.kgraph")},
                                                                          QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << QStringLiteral(":/samples/") + name;
    return out;
}

} // namespace kg::resources
