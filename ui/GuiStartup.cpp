#include "GuiStartup.h"

#include "DocumentActions.h"
#include "MainWindow.h"
#include "app/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "remote/Credential.h"
#include "session/AppContext.h"
#include "session/RecoveryStore.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace kg::ui {

int offerRecovery(MainWindow *window, const session::RecoveryStore &store)
{
    const QList<session::RecoveryEntry> entries = store.orphanedEntries();
    if (entries.isEmpty())
        return 0;
    QStringList names;
    for (const session::RecoveryEntry &e : entries)
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
        session::RecoveryStore writable(store.folder());
        for (const session::RecoveryEntry &e : entries)
            writable.remove(e.id);
        return 0;
    }
    if (box.clickedButton() != recover)
        return 0;
    int recovered = 0;
    for (const session::RecoveryEntry &e : entries)
        recovered += window->documentActions()->loadRecovered(e, store) ? 1 : 0;
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

    // The local cache is opened once per process and shared by every window. Without it the
    // editor and the local engine still work; jobs are just not recorded.
    store::Database::OpenReport report;
    auto database = store::Database::open(store::Database::defaultPath(), &report);
    QString databaseProblem;
    std::shared_ptr<store::Database> db;
    if (database)
        db = *database;
    else
        databaseProblem = database.error().toString();
    auto context = std::make_shared<session::AppContext>(
            std::move(settings), db, std::make_unique<remote::KeychainCredentialStore>());

    // Windows delete themselves on close (one window per document).
    auto *window = new MainWindow(context);
    if (options.resetLayout)
        window->resetLayout();
    window->show();
    if (!databaseProblem.isEmpty()) {
        QMessageBox::warning(window, QObject::tr("Job History Unavailable"),
                             QObject::tr("The local cache could not be opened, so generations "
                                         "are not recorded in this session.\n\n%1")
                                     .arg(databaseProblem));
    } else if (!report.notice().isEmpty()) {
        QMessageBox::information(window, QObject::tr("Local Cache"), report.notice());
    }
    // Connects to the configured server and resumes its unfinished jobs once signed in.
    context->start();
    // After a crash, offer what autosave kept before opening anything else.
    offerRecovery(window, session::RecoveryStore());
    for (const QString &file : options.files)
        window->documentActions()->openFile(file);
    return QApplication::exec();
}

} // namespace kg::ui
