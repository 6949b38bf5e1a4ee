#pragma once

#include "cli/Command.h"

namespace kg::cli {

/// `validate PATH...`: checks graphs (any supported format) or manifests (files or folders) and
/// prints one line per finding; exits 1 when any finding is an error.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, Streams io) override;
};

} // namespace kg::cli
