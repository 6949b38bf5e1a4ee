// Kubegram Desktop: decides between the headless front end and the GUI before any application
// object exists, so that subcommands, --help and --version work without a display.
#include "app/ApplicationInfo.h"
#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "GuiStartup.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    const auto commands = kg::cli::createCommands();
    const kg::cli::Invocation invocation = kg::cli::parseCommandLine(args, commands);

    if (invocation.action != kg::cli::Invocation::Action::StartGui) {
        QCoreApplication app(argc, argv);
        kg::ApplicationInfo::apply(app);
        const kg::AppSettings settings;
        kg::i18n::install(app, kg::i18n::resolveLanguage(settings.language));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = kg::cli::runHeadless(invocation, commands, {out, err});
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    kg::ui::GuiOptions options;
    options.files = invocation.files;
    options.language = invocation.language;
    options.resetLayout = invocation.resetLayout;
    return kg::ui::runGui(app, options);
}
