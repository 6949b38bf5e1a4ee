#pragma once

#include "cli/Command.h"

namespace kg::cli {

/// `import MANIFEST_FILE_OR_DIR... -o GRAPH.kgraph [--force]`: turns existing Kubernetes
/// manifests into a laid-out graph document.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, Streams io) override;
};

} // namespace kg::cli
