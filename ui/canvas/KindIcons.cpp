#include "canvas/KindIcons.h"

#include "model/NodeKindCatalog.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace kg::ui::KindIcons {

namespace {

const QString &genericPath()
{
    static const QString path = QStringLiteral(":/icons/kinds/generic.svg");
    return path;
}

int roundedSize(int size)
{
    static const int steps[] = {8,  12, 16, 20, 24, 28,  32,  36, 40,
                                48, 56, 64, 80, 96, 128, 192, 256};
    for (int s : steps) {
        if (size <= s)
            return s;
    }
    return 256;
}

} // namespace

QString resourcePath(const QString &kindId)
{
    static QHash<QString, QString> cache;
    auto it = cache.constFind(kindId);
    if (it != cache.constEnd())
        return *it;
    const NodeKindInfo *kind = NodeKindCatalog::instance().kind(kindId);
    QString path = kind ? QStringLiteral(":/icons/kinds/%1.svg").arg(kind->iconId) : QString();
    if (path.isEmpty() || !QFile::exists(path))
        path = genericPath();
    cache.insert(kindId, path);
    return path;
}

QIcon icon(const QString &kindId)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(kindId);
    if (it != cache.constEnd())
        return *it;
    // QIcon renders SVGs through the svg icon engine at whatever size a view asks for.
    QIcon i(resourcePath(kindId));
    cache.insert(kindId, i);
    return i;
}

QPixmap pixmap(const QString &kindId, int logicalSize, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const int pixels = roundedSize(qMax(1, qCeil(logicalSize * devicePixelRatio)));
    const QString path = resourcePath(kindId);
    const QString key = path + QLatin1Char('@') + QString::number(pixels);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pm(pixels, pixels);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    cache.insert(key, pm);
    return pm;
}

} // namespace kg::ui::KindIcons
