#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace kg::cli {

/// What the top-level command line asks for.
struct Invocation
{
    enum class Action {
        StartGui,    ///< open the main window (with @ref files, if any)
        RunCommand,  ///< run the subcommand @ref command headless
        ShowHelp,    ///< print help, exit 0
        ShowVersion, ///< print the version, exit 0
        UsageError,  ///< print @ref error, exit 2
    };

    Action action = Action::StartGui;
    QString command;          ///< for RunCommand
    QStringList commandArgs;  ///< {program, command, args...} for RunCommand
    QStringList files;        ///< documents to open in the GUI
    QString language;         ///< --lang override for this run
    bool resetLayout = false; ///< --reset-layout
    QString error;            ///< for UsageError
};

/// The registry of subcommands, in the order the help lists them.
std::vector<std::unique_ptr<Command>> createCommands();

/// Parses the top-level command line, before any QCoreApplication exists, so that headless
/// uses (subcommands, --help, --version, usage errors) never need a display. Qt's own GUI options
/// (-platform, -style, …) are accepted and left for QApplication.
Invocation parseCommandLine(const QStringList &args,
                            const std::vector<std::unique_ptr<Command>> &commands);

/// The top-level help text.
QString helpText(const std::vector<std::unique_ptr<Command>> &commands);

/// Carries out a non-GUI invocation and returns the process exit code.
int runHeadless(const Invocation &invocation,
                const std::vector<std::unique_ptr<Command>> &commands, Streams io);

} // namespace kg::cli
