#include "cli/SubcommandParser.h"

#include "app/ApplicationInfo.h"

namespace kg::cli {

SubcommandParser::SubcommandParser(QString command, QString description)
    : m_command(std::move(command))
    , m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Command::tr("Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

void SubcommandParser::addPositional(const QString &name, const QString &help,
                                     const QString &syntax)
{
    m_parser.addPositionalArgument(name, help, syntax);
}

std::optional<int> SubcommandParser::parse(const QStringList &args, Streams io,
                                           int minPositional, int maxPositional)
{
    // args = {program, command, ...}; the parser expects {program, ...}.
    QStringList forParser = args;
    if (forParser.size() >= 2)
        forParser.removeAt(1);
    if (!m_parser.parse(forParser))
        return usageError(io, m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program only; show the subcommand too.
        const QString program = args.value(0);
        help.replace(program + QStringLiteral(" [options]"),
                     ApplicationInfo::executableName() + QLatin1Char(' ') + m_command
                         + QStringLiteral(" [options]"));
        io.out << help;
        return ExitSuccess;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(io, Command::tr("Missing argument."));
    if (maxPositional >= 0 && n > maxPositional)
        return usageError(io, Command::tr("Too many arguments: %1")
                                  .arg(m_parser.positionalArguments().mid(maxPositional).join(
                                      QLatin1Char(' '))));
    return std::nullopt;
}

int SubcommandParser::usageError(Streams io, const QString &message) const
{
    io.err << ApplicationInfo::executableName() << ' ' << m_command << ": " << message << '\n'
           << Command::tr("Run '%1 %2 --help' for usage.")
                  .arg(ApplicationInfo::executableName(), m_command)
           << '\n';
    return ExitUsage;
}

int SubcommandParser::failure(Streams io, const QString &message) const
{
    io.err << ApplicationInfo::executableName() << ' ' << m_command << ": " << message << '\n';
    return ExitFailure;
}

} // namespace kg::cli
