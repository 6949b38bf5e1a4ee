#include "cli/CommandLine.h"

namespace kg::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace kg::cli
