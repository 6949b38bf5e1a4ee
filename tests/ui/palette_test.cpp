#include "canvas/GraphView.h"
#include "canvas/KindIcons.h"
#include "model/NodeKindCatalog.h"
#include "palette/PaletteWidget.h"

#include "TestSupport.h"

#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

using namespace kg;
using namespace kg::ui;

TEST(KindIconsTest, EveryCatalogKindHasItsOwnArtwork)
{
    QSet<QString> paths;
    for (const NodeKindInfo &kind : NodeKindCatalog::instance().kinds()) {
        const QString path = KindIcons::resourcePath(kind.id);
        EXPECT_EQ(path, QStringLiteral(":/icons/kinds/%1.svg").arg(kind.iconId))
                << kind.id.toStdString();
        QSvgRenderer renderer(path);
        EXPECT_TRUE(renderer.isValid()) << path.toStdString();
        EXPECT_EQ(renderer.viewBoxF(), QRectF(0, 0, 48, 48)) << path.toStdString();
        paths.insert(path);
    }
    EXPECT_EQ(paths.size(), NodeKindCatalog::instance().kinds().size());
    // Unknown kinds get the generic icon instead of nothing.
    EXPECT_EQ(KindIcons::resourcePath(QStringLiteral("NO_SUCH_KIND")),
              QStringLiteral(":/icons/kinds/generic.svg"));
}

TEST(KindIconsTest, RenderedPixmapsAreCachedPerSize)
{
    const QPixmap small = KindIcons::pixmap(QStringLiteral("DEPLOYMENT"), 16);
    ASSERT_FALSE(small.isNull());
    EXPECT_EQ(small.width(), 16);
    const QImage image = small.toImage();
    // Drawn: the centre is opaque, the corner transparent (a heptagon in a square).
    EXPECT_GT(qAlpha(image.pixel(8, 8)), 200);
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0);
    const QPixmap again = KindIcons::pixmap(QStringLiteral("deployment"), 15);
    EXPECT_EQ(again.cacheKey(), small.cacheKey());
    EXPECT_EQ(KindIcons::pixmap(QStringLiteral("DEPLOYMENT"), 48, 2.0).width(), 96);
}

TEST(PaletteTest, GroupsByCategoryAndFilters)
{
    PaletteWidget palette;
    EXPECT_EQ(palette.tree()->topLevelItemCount(), NodeKindCatalog::categories().size());
    int kinds = 0;
    for (int i = 0; i < palette.tree()->topLevelItemCount(); ++i)
        kinds += palette.tree()->topLevelItem(i)->childCount();
    EXPECT_EQ(kinds, NodeKindCatalog::instance().kinds().size());

    // Searching matches names and descriptions ("Redis" is in the Cache description).
    QTest::keyClicks(palette.searchField(), QStringLiteral("redis"));
    EXPECT_EQ(palette.setFilter(palette.searchField()->text()), 1);
    EXPECT_FALSE(palette.itemForKind(QStringLiteral("CACHE"))->isHidden());
    EXPECT_TRUE(palette.itemForKind(QStringLiteral("DEPLOYMENT"))->isHidden());
    QSignalSpy spy(&palette, &PaletteWidget::kindActivated);
    QTest::keyClick(palette.searchField(), Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toString(), QStringLiteral("CACHE"));
    EXPECT_EQ(palette.setFilter(QStringLiteral("zzzz")), 0);
    EXPECT_EQ(palette.setFilter(QString()), kinds);
}

TEST(PaletteTest, DragCarriesTheKind)
{
    PaletteWidget palette;
    std::unique_ptr<QMimeData> mime(
            palette.tree()->mimeDataFor({palette.itemForKind(QStringLiteral("SECRET"))}));
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->data(GraphView::kindMimeType()), QByteArray("SECRET"));
    // Category rows do not drag.
    EXPECT_EQ(palette.tree()->mimeDataFor({palette.tree()->topLevelItem(0)}), nullptr);
}
