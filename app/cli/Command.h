#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kg::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< invalid input, failed generation, I/O error
    ExitUsage = 2,   ///< unknown option, missing argument
};

/// Where a subcommand writes: standard output for results, standard error for messages.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// One headless subcommand (`generate`, `import`, `validate`, `jobs`). A subcommand never
/// creates a GUI, so it works with no display at all.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the top-level help.
    virtual QString summary() const = 0;
    /// Runs with @p args = {program name, subcommand name, arguments...}.
    virtual int run(const QStringList &args, Streams io) = 0;
};

} // namespace kg::cli
