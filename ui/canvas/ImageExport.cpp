#include "canvas/ImageExport.h"

#include "canvas/EdgeItem.h"
#include "canvas/GraphScene.h"
#include "canvas/NodeItem.h"
#include "io/JsonSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace kg::ui::ImageExport {

namespace {

/// Larger images would need gigabytes of memory; refuse them instead of crashing.
constexpr qint64 MaxPixels = 400LL * 1000 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("kg::ui::ImageExport", text);
}

/// Hides what must not appear in the export for as long as it lives.
class ExportState
{
public:
    ExportState(GraphScene *scene, bool selectionOnly)
        : m_scene(scene)
    {
        scene->setExporting(true);
        if (!selectionOnly)
            return;
        const QList<QGraphicsItem *> all = scene->items();
        for (QGraphicsItem *item : all) {
            bool keep = item->isSelected();
            if (item->type() == EdgeItem::Type) {
                const auto *e = static_cast<EdgeItem *>(item);
                keep = keep || (e->sourceItem()->isSelected() && e->targetItem()->isSelected());
            }
            if (!keep && item->isVisible()) {
                item->hide();
                m_hidden.append(item);
            }
        }
    }
    ~ExportState()
    {
        for (QGraphicsItem *item : std::as_const(m_hidden))
            item->show();
        m_scene->setExporting(false);
    }

private:
    GraphScene *m_scene;
    QList<QGraphicsItem *> m_hidden;
};

void paintScene(GraphScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    painter->fillRect(target, scene->theme().background);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

QRectF exportRect(const GraphScene *scene, bool selectionOnly)
{
    const QRectF content = scene->contentRect(selectionOnly);
    if (content.isEmpty())
        return {};
    return content.adjusted(-Margin, -Margin, Margin, Margin);
}

QImage render(GraphScene *scene, bool selectionOnly, qreal scale)
{
    const QRectF source = exportRect(scene, selectionOnly);
    if (source.isEmpty() || !(scale > 0))
        return {};
    const QSize size(int(std::ceil(source.width() * scale)),
                     int(std::ceil(source.height() * scale)));
    if (qint64(size.width()) * size.height() > MaxPixels)
        return {};
    ExportState state(scene, selectionOnly);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintScene(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

Status writePng(GraphScene *scene, const QString &path, bool selectionOnly, qreal scale)
{
    const QImage image = render(scene, selectionOnly, scale);
    if (image.isNull())
        return Error(selectionOnly ? tr("Nothing is selected, or the image would be too large.")
                                   : tr("The graph is empty, or the image would be too large."),
                     Location(path));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error(tr("The PNG image could not be encoded."), Location(path));
    return io::writeFileAtomically(path, bytes);
}

Status writeSvg(GraphScene *scene, const QString &path, bool selectionOnly)
{
    const QRectF source = exportRect(scene, selectionOnly);
    if (source.isEmpty())
        return Error(selectionOnly ? tr("Nothing is selected.") : tr("The graph is empty."),
                     Location(path));
    ExportState state(scene, selectionOnly);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QFileInfo(path).completeBaseName());
    generator.setDescription(tr("Exported from Kubegram Desktop"));
    QPainter painter(&generator);
    paintScene(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return io::writeFileAtomically(path, bytes);
}

} // namespace kg::ui::ImageExport
