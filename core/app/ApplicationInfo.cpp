#include "app/ApplicationInfo.h"

#include "Version.h"

#include <QCoreApplication>

namespace kg::ApplicationInfo {

QString version()
{
    return QStringLiteral(KG_VERSION_STRING);
}

QString displayName()
{
    return QStringLiteral(KG_APPLICATION_NAME);
}

QString executableName()
{
    return QStringLiteral("kubegram-desktop");
}

QString applicationId()
{
    return QStringLiteral(KG_APPLICATION_ID);
}

QString syntaxHighlightingVersion()
{
    return QStringLiteral(KG_KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

void apply(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("Kubegram"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubegram.dev"));
    QCoreApplication::setApplicationName(executableName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace kg::ApplicationInfo
