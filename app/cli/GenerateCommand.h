#pragma once

#include "cli/Command.h"

#include "model/GraphElements.h"
#include "util/Result.h"

namespace kg::cli {

/// `kubegram-desktop generate INPUT -o DIR [--layout files|single|kustomize|helm]
/// [--network-policies] [--force] [--server URL [--token T | --session ID] [--team ID]]`:
/// validates the graph, generates with the local engine or on a Kubegram server, writes the
/// manifests and the report all or nothing, and records the run as a job in the local cache.
/// Exit 0 on success, 1 on invalid input or a failed generation or export, 2 on usage errors.
class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kg::cli::GenerateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, Streams io) override;
};

/// Reads the graph to generate from @p path: a `.kgraph` document, a Kubegram server Graph JSON
/// or code-generation request body, or a JSON Canvas file.
Result<GraphData> readGraphInput(const QString &path);

} // namespace kg::cli
