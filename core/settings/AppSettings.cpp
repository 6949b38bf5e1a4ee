#include "settings/AppSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace kg {

static QString defaultSettingsPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("kubegram-desktop.conf"));
}

AppSettings::AppSettings()
    : AppSettings(defaultSettingsPath())
{}

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , windowGeometry(m_settings.get(), QStringLiteral("window/geometry"))
    , windowState(m_settings.get(), QStringLiteral("window/state"))
    , recentFiles(m_settings.get(), QStringLiteral("files/recent"))
    , language(m_settings.get(), QStringLiteral("ui/language"))
    , lastDirectory(m_settings.get(), QStringLiteral("files/lastDirectory"))
    , showGrid(m_settings.get(), QStringLiteral("canvas/showGrid"), true)
    , snapToGrid(m_settings.get(), QStringLiteral("canvas/snapToGrid"), true)
    , outputLayout(m_settings.get(), QStringLiteral("generate/layout"), QStringLiteral("files"))
    , networkPolicies(m_settings.get(), QStringLiteral("generate/networkPolicies"), false)
    , serverOrigin(m_settings.get(), QStringLiteral("server/origin"))
    , serverCertificate(m_settings.get(), QStringLiteral("server/certificateSha256"))
    , llmProvider(m_settings.get(), QStringLiteral("generate/llmProvider"))
    , llmModel(m_settings.get(), QStringLiteral("generate/llmModel"))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles.get();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    recentFiles.set(files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles.get();
    if (files.removeAll(path) > 0)
        recentFiles.set(files);
}

} // namespace kg
