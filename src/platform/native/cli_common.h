// What the commands of the `carnet` tool share: exit statuses, messages, options, secrets.
// Messages go to stderr as "carnet: ..."; results go to stdout.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"

namespace carnet::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the work failed (a damaged vault, a file not written)
inline constexpr int kExitUsage = 2;    // bad arguments

// Prints "carnet: <message>" and returns kExitFailure.
int Fail(const std::string& message);
// Prints "carnet: <message> (see carnet --help)" and returns kExitUsage.
int Usage(const std::string& message);
// Prints "carnet: <context>: <ProblemName>: <message>" and returns kExitFailure.
int FailWith(const std::string& context, const Status& status);

// The problem's name as in status.h without its "k" (e.g. "ChunkCorrupt"); for kNone, the
// status code's name (e.g. "IoError").
std::string ProblemName(const Status& status);

// A command's arguments: names given with a value ("--out FILE" or "--out=FILE"), flags, and
// the rest in order.
struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  std::set<std::string> flags;
  bool has(const std::string& name) const { return values.count(name) + flags.count(name) > 0; }
  // The option's value; empty when it was not given.
  std::string Value(const std::string& name) const {
    const auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  }
};
// A usage error's message, or nothing.
using ArgError = std::optional<std::string>;
ArgError ParseArgs(const std::vector<std::string_view>& args,
                   const std::set<std::string>& with_value, const std::set<std::string>& flags,
                   Args* out);

// A secret (passphrase or recovery key) from standard input: one line without its line break.
// In a terminal, `prompt` is shown and the typing is not echoed. Nothing when stdin is empty.
std::optional<std::string> ReadSecret(const char* prompt);
// Overwrites a secret before it is freed.
void Wipe(std::string& secret);

}  // namespace carnet::cli
