// `carnet demo ...`: writes a synthetic case file (core/demo/demo_data.h), as a plain SQLite file
// or into a new vault.
#pragma once

#include <string_view>
#include <vector>

namespace carnet::cli {

// Runs `carnet demo ...` (`args` starts after "demo"); returns the exit status.
int RunDemo(const std::vector<std::string_view>& args);

}  // namespace carnet::cli
