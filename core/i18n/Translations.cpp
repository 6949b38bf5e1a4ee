#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace kg::i18n {

static const QString ResourceDir = QStringLiteral(":/i18n");
static const QString FilePrefix = QStringLiteral("kubegram-desktop_");

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    const QStringList files = QDir(ResourceDir).entryList({FilePrefix + QStringLiteral("*.qm")},
                                                          QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString lang = file.mid(FilePrefix.size()).chopped(3);
        if (!langs.contains(lang))
            langs.append(lang);
    }
    return langs;
}

QString resolveLanguage(const QString &override, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (!override.isEmpty()) {
        if (available.contains(override))
            return override;
        const QString base = override.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (available.contains(base))
            return base;
    }
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &name : uiLanguages) {
        const QString base = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (available.contains(name))
            return name;
        if (available.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication &app, const QString &language)
{
    // Translators are owned by the application object and replaced on a language change.
    static const char *const Marker = "kg_translator";
    const auto old = app.findChildren<QTranslator *>();
    for (QTranslator *t : old) {
        if (t->property(Marker).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    if (language.isEmpty() || language == QLatin1String("en"))
        return false;

    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setProperty(Marker, true);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(&app);
    appTranslator->setProperty(Marker, true);
    if (!appTranslator->load(FilePrefix + language, ResourceDir)) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace kg::i18n
