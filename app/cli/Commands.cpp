#include "cli/CommandLine.h"
#include "cli/JobsCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ValidateCommand.h"

namespace kg::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<JobsCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    return commands;
}

} // namespace kg::cli
