#include "cli/CommandLine.h"

#include "app/ApplicationInfo.h"

#include <QCommandLineParser>

namespace kg::cli {

namespace {

// Options QApplication understands; they take a value unless listed in qtGuiFlags().
const QStringList &qtGuiValueOptions()
{
    static const QStringList opts{QStringLiteral("platform"),     QStringLiteral("platformpluginpath"),
                                  QStringLiteral("platformtheme"), QStringLiteral("plugin"),
                                  QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                  QStringLiteral("qwindowtitle"),  QStringLiteral("style"),
                                  QStringLiteral("stylesheet"),    QStringLiteral("display"),
                                  QStringLiteral("session")};
    return opts;
}

const QStringList &qtGuiFlags()
{
    static const QStringList opts{QStringLiteral("reverse"), QStringLiteral("nograb"),
                                  QStringLiteral("dograb"), QStringLiteral("widgetcount")};
    return opts;
}

} // namespace

QString helpText(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text;
    QTextStream s(&text);
    s << Command::tr("Usage: %1 [options] [file]").arg(ApplicationInfo::executableName()) << '\n'
      << Command::tr("       %1 <command> [options] [arguments]")
             .arg(ApplicationInfo::executableName())
      << "\n\n"
      << Command::tr("Draw Kubernetes systems as graphs and generate their manifests.") << "\n\n"
      << Command::tr("Without a command, the main window opens (with the given file).") << "\n\n"
      << Command::tr("Commands (they need no display):") << '\n';
    for (const auto &c : commands)
        s << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    s << '\n'
      << Command::tr("Options:") << '\n'
      << "  -h, --help          " << Command::tr("Show this help.") << '\n'
      << "  -v, --version       " << Command::tr("Show the version.") << '\n'
      << "  --lang <language>   " << Command::tr("Use this UI language for this run (e.g. de, en).")
      << '\n'
      << "  --reset-layout      " << Command::tr("Start with the default window layout.") << "\n\n"
      << Command::tr("Run '%1 <command> --help' for the options of a command.")
             .arg(ApplicationInfo::executableName())
      << '\n';
    return text;
}

Invocation parseCommandLine(const QStringList &args,
                            const std::vector<std::unique_ptr<Command>> &commands)
{
    Invocation inv;
    QCommandLineParser parser;
    // Qt's own options are single-dash words (-platform offscreen); parse them as such.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption resetLayout(QStringLiteral("reset-layout"));
    parser.addOptions({help, version, lang, resetLayout});
    for (const QString &name : qtGuiValueOptions()) {
        QCommandLineOption o(name, QString(), QStringLiteral("value"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
    for (const QString &name : qtGuiFlags()) {
        QCommandLineOption o(name);
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }

    if (!parser.parse(args)) {
        inv.action = Invocation::Action::UsageError;
        inv.error = parser.errorText();
        return inv;
    }
    if (parser.isSet(help)) {
        inv.action = Invocation::Action::ShowHelp;
        return inv;
    }
    if (parser.isSet(version)) {
        inv.action = Invocation::Action::ShowVersion;
        return inv;
    }
    inv.language = parser.value(lang);
    inv.resetLayout = parser.isSet(resetLayout);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString &first = positional.first();
        if (first == QLatin1String("help")) {
            inv.action = Invocation::Action::ShowHelp;
            return inv;
        }
        for (const auto &c : commands) {
            if (c->name() == first) {
                inv.action = Invocation::Action::RunCommand;
                inv.command = first;
                // The subcommand sees the program name, its own name and everything after it.
                const qsizetype at = args.indexOf(first, 1);
                inv.commandArgs = args.mid(at);
                inv.commandArgs.prepend(args.value(0, ApplicationInfo::executableName()));
                return inv;
            }
        }
        if (positional.size() > 1) {
            inv.action = Invocation::Action::UsageError;
            inv.error = Command::tr("Unknown command '%1'.").arg(first);
            return inv;
        }
        inv.files = positional;
    }
    inv.action = Invocation::Action::StartGui;
    return inv;
}

int runHeadless(const Invocation &invocation,
                const std::vector<std::unique_ptr<Command>> &commands, Streams io)
{
    switch (invocation.action) {
    case Invocation::Action::ShowHelp:
        io.out << helpText(commands);
        return ExitSuccess;
    case Invocation::Action::ShowVersion:
        io.out << ApplicationInfo::executableName() << ' ' << ApplicationInfo::version() << '\n';
        return ExitSuccess;
    case Invocation::Action::UsageError:
        io.err << ApplicationInfo::executableName() << ": " << invocation.error << '\n'
               << Command::tr("Run '%1 --help' for usage.").arg(ApplicationInfo::executableName())
               << '\n';
        return ExitUsage;
    case Invocation::Action::RunCommand:
        for (const auto &c : commands) {
            if (c->name() == invocation.command)
                return c->run(invocation.commandArgs, io);
        }
        io.err << Command::tr("Unknown command '%1'.").arg(invocation.command) << '\n';
        return ExitUsage;
    case Invocation::Action::StartGui:
        break;
    }
    io.err << "internal error: the GUI cannot start from the headless front end\n";
    return ExitFailure;
}

} // namespace kg::cli
