#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

#include <optional>

namespace kg::cli {

/// A QCommandLineParser set up for a subcommand: `--help`, positional arguments with their
/// help, errors printed as "<program> <command>: <message>" with exit code 2.
class SubcommandParser
{
public:
    SubcommandParser(QString command, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &help, const QString &syntax = {});

    /// Parses @p args. Returns an exit code when the run is over (help printed: 0, a usage
    /// error: 2), or nothing when the command should go on.
    std::optional<int> parse(const QStringList &args, Streams io, int minPositional = 0,
                             int maxPositional = -1);

    /// Prints a usage error and returns ExitUsage.
    int usageError(Streams io, const QString &message) const;
    /// Prints an error (invalid input, I/O) and returns ExitFailure.
    int failure(Streams io, const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace kg::cli
