#include "i18n/Translations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace kg;

TEST(Translations, GermanIsShipped)
{
    const QStringList langs = i18n::availableLanguages();
    EXPECT_TRUE(langs.contains(QStringLiteral("en")));
    EXPECT_TRUE(langs.contains(QStringLiteral("de")));
}

TEST(Translations, OverrideWinsOverSystem)
{
    EXPECT_EQ(i18n::resolveLanguage(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))),
              QStringLiteral("de"));
    EXPECT_EQ(i18n::resolveLanguage(QStringLiteral("de_AT"), QLocale(QStringLiteral("en_US"))),
              QStringLiteral("de"));
}

TEST(Translations, SystemLocaleIsFollowed)
{
    EXPECT_EQ(i18n::resolveLanguage(QString(), QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("de"));
    EXPECT_EQ(i18n::resolveLanguage(QString(), QLocale(QStringLiteral("fr_FR"))),
              QStringLiteral("en"));
    EXPECT_EQ(i18n::resolveLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("fr_FR"))),
              QStringLiteral("en"));
}

TEST(Translations, InstallingGermanTranslatesAndEnglishRestores)
{
    auto &app = *QCoreApplication::instance();
    const char *context = "kg::NodeKindCatalog";
    ASSERT_TRUE(i18n::install(app, QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate(context, "Workloads"), QStringLiteral("Arbeitslasten"));
    EXPECT_FALSE(i18n::install(app, QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate(context, "Workloads"), QStringLiteral("Workloads"));
}
