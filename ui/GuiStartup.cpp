#include "GuiStartup.h"

#include "MainWindow.h"
#include "app/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QIcon>

namespace kg::ui {

int runGui(QApplication &app, const GuiOptions &options)
{
    ApplicationInfo::apply(app);
    QGuiApplication::setApplicationDisplayName(ApplicationInfo::displayName());
    QGuiApplication::setDesktopFileName(ApplicationInfo::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/kubegram-desktop.svg")));

    auto settings = std::make_shared<AppSettings>();
    const QString language = options.language.isEmpty() ? settings->language.get()
                                                         : options.language;
    i18n::install(app, i18n::resolveLanguage(language));

    // Windows delete themselves on close (one window per document).
    auto *window = new MainWindow(std::move(settings));
    if (options.resetLayout)
        window->resetLayout();
    window->show();
    for (const QString &file : options.files)
        window->openFile(file);
    return QApplication::exec();
}

} // namespace kg::ui
