#include "GuiStartup.h"

#include "MainWindow.h"
#include "app/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "model/RecoveryStore.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace kg::ui {

int offerRecovery(MainWindow *window, const RecoveryStore &store)
{
    const QList<RecoveryEntry> entries = store.orphanedEntries();
    if (entries.isEmpty())
        return 0;
    QStringList names;
    for (const RecoveryEntry &e : entries)
        names << QStringLiteral("• %1 (%2)")
                         .arg(e.displayName,
                              QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, QObject::tr("Recover Unsaved Work"),
                    QObject::tr("Kubegram Desktop did not close properly last time. These "
                                "documents had unsaved changes:\n\n%1\n\nRecover them?")
                            .arg(names.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, window);
    QPushButton *recover = box.addButton(QObject::tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(QObject::tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(QObject::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == discard) {
        RecoveryStore writable(store.folder());
        for (const RecoveryEntry &e : entries)
            writable.remove(e.id);
        return 0;
    }
    if (box.clickedButton() != recover)
        return 0;
    int recovered = 0;
    for (const RecoveryEntry &e : entries)
        recovered += window->loadRecovered(e, store) ? 1 : 0;
    return recovered;
}

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
    // After a crash, offer what autosave kept before opening anything else.
    offerRecovery(window, RecoveryStore());
    for (const QString &file : options.files)
        window->openFile(file);
    return QApplication::exec();
}

} // namespace kg::ui
