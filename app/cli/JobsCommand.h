#pragma once

#include "cli/Command.h"

namespace kg::cli {

/// `jobs list|show|export`: every generation the cache holds, local or remote, from the GUI or
/// the command line. Reads the database the GUI uses (or $KUBEGRAM_DESKTOP_DB).
class JobsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::JobsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, Streams io) override;

    /// "850 ms", "12.4s", "3m 05s", "2h 10m": the duration column of `jobs list`.
    static QString formatDuration(qint64 ms);

private:
    int list(const QStringList &args, Streams io);
    int show(const QStringList &args, Streams io);
    int exportJob(const QStringList &args, Streams io);
};

} // namespace kg::cli
