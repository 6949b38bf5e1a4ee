#pragma once

#include <QString>

class QCoreApplication;

namespace kg {

/// Identity of the product: names, version and ids, in one place so the GUI, the command line,
/// the settings and the packaging all agree.
namespace ApplicationInfo {

/// The version, e.g. "0.1.0".
QString version();
/// The name shown to people: "Kubegram Desktop".
QString displayName();
/// The executable name, also used for file names: "kubegram-desktop".
QString executableName();
/// The reverse-DNS id used by the desktop file and AppStream metadata.
QString applicationId();
/// Version of KSyntaxHighlighting the viewer was built against.
QString syntaxHighlightingVersion();
/// Sets organisation, application name and version on the application object so that
/// QStandardPaths and QSettings resolve to the product's own folders.
void apply(QCoreApplication &app);

} // namespace ApplicationInfo
} // namespace kg
