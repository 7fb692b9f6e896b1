// `carnet stats merge FILE... --out FILE [--force]`: the regional merge of anonymised
// statistics files (core/stats/stats_merge.h) from the command line. Its report is in French, like
// the files and the reasons for refusing them.
#pragma once

#include <string_view>
#include <vector>

namespace carnet::cli {

// Runs `carnet stats SUBCOMMAND ...` (`args` starts after "stats"); returns the exit status.
int RunStats(const std::vector<std::string_view>& args);

}  // namespace carnet::cli
