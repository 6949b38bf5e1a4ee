#include "settings/AppSettings.h"

#include "TestSupport.h"

#include <QFile>

using namespace kg;

class SettingsTest : public test::TempDirTest
{};

TEST_F(SettingsTest, DefaultsWhenEmpty)
{
    AppSettings s(path(QStringLiteral("a.conf")));
    EXPECT_TRUE(s.showGrid.get());
    EXPECT_EQ(s.outputLayout.get(), QStringLiteral("files"));
    EXPECT_TRUE(s.language.get().isEmpty());
    EXPECT_TRUE(s.recentFiles.get().isEmpty());
}

TEST_F(SettingsTest, RoundTripThroughDisk)
{
    const QString file = path(QStringLiteral("a.conf"));
    {
        AppSettings s(file);
        s.windowGeometry.set(QByteArray("\x01\x02geometry", 10));
        s.language.set(QStringLiteral("de"));
        s.showGrid.set(false);
        s.outputLayout.set(QStringLiteral("helm"));
        s.sync();
    }
    AppSettings s(file);
    EXPECT_EQ(s.windowGeometry.get(), QByteArray("\x01\x02geometry", 10));
    EXPECT_EQ(s.language.get(), QStringLiteral("de"));
    EXPECT_FALSE(s.showGrid.get());
    EXPECT_EQ(s.outputLayout.get(), QStringLiteral("helm"));
}

TEST_F(SettingsTest, StoringTheDefaultRemovesTheKey)
{
    AppSettings s(path(QStringLiteral("a.conf")));
    s.showGrid.set(false);
    s.sync();
    QSettings raw(s.fileName(), QSettings::IniFormat);
    EXPECT_TRUE(raw.contains(s.showGrid.key()));
    s.showGrid.set(true);
    s.sync();
    QSettings raw2(s.fileName(), QSettings::IniFormat);
    EXPECT_FALSE(raw2.contains(s.showGrid.key()));
}

TEST_F(SettingsTest, WrongTypeInFileFallsBackToDefault)
{
    const QString file = writeFile(QStringLiteral("a.conf"),
                                   "[canvas]\nshowGrid=@Variant(garbage)\n[files]\nrecent=x\n");
    AppSettings s(file);
    EXPECT_TRUE(s.showGrid.get());
}

TEST_F(SettingsTest, RecentFilesAreDeduplicatedAndCapped)
{
    AppSettings s(path(QStringLiteral("a.conf")));
    for (int i = 0; i < AppSettings::MaxRecentFiles + 5; ++i)
        s.addRecentFile(QStringLiteral("/tmp/g%1.kgraph").arg(i));
    s.addRecentFile(QStringLiteral("/tmp/g3.kgraph"));
    const QStringList files = s.recentFiles.get();
    ASSERT_EQ(files.size(), AppSettings::MaxRecentFiles);
    EXPECT_EQ(files.first(), QStringLiteral("/tmp/g3.kgraph"));
    EXPECT_EQ(files.count(QStringLiteral("/tmp/g3.kgraph")), 1);
    s.removeRecentFile(QStringLiteral("/tmp/g3.kgraph"));
    EXPECT_FALSE(s.recentFiles.get().contains(QStringLiteral("/tmp/g3.kgraph")));
}

TEST(SettingsLocation, DefaultFileLivesInTheTestConfigFolder)
{
    AppSettings s;
    EXPECT_TRUE(s.fileName().contains(QStringLiteral("qttest"))) << s.fileName().toStdString();
    EXPECT_TRUE(s.fileName().endsWith(QStringLiteral("kubegram-desktop.conf")));
}
