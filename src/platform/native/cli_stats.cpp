#include "platform/native/cli_stats.h"

#include <cstdio>
#include <string>

#include "core/stats/stats_merge.h"
#include "core/stats/stats_variance.h"
#include "platform/native/cli_common.h"
#include "platform/native/file_system.h"

namespace carnet::cli {
namespace {

std::string ParentOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Thousandths with a comma, as in the file: 29385 -> "29,385".
std::string Milli(std::int64_t milli) {
  char text[32];
  (void)std::snprintf(text, sizeof text, "%lld,%03lld", static_cast<long long>(milli / 1000),
                      static_cast<long long>(milli % 1000));
  return text;
}

void PrintRefusal(const std::string& name, const std::string& reason) {
  std::printf("refusé : %s : %s\n", name.c_str(), reason.c_str());
}

// Written beside, then renamed: FILE is the old file or the whole merge (as vault export).
int WriteOut(const std::string& context, const std::string& out, ByteView bytes) {
  FileSystem& fs = HostFileSystem();
  const std::string temporary = out + ".partial";
  Status written = fs.WriteFile(temporary, bytes);
  if (written.ok()) written = fs.Rename(temporary, out);
  if (written.ok()) written = fs.SyncDir(ParentOf(out));
  if (!written.ok()) {
    (void)fs.Remove(temporary);
    return Fail(context + ": cannot write " + out + ": " + written.message());
  }
  return kExitOk;
}

int Merge(const std::vector<std::string_view>& raw) {
  const std::string context = "stats merge";
  Args args;
  if (ArgError e = ParseArgs(raw, {"--out"}, {"--force"}, &args)) {
    return Usage(context + ": " + *e);
  }
  if (args.positional.empty()) return Usage(context + ": at least one FILE is required");
  if (!args.has("--out") || args.Value("--out").empty()) {
    return Usage(context + ": --out FILE is required");
  }
  const std::string out = args.Value("--out");

  // Each file read whole; one that cannot be read is refused like a malformed one.
  std::vector<StatsMergeInput> inputs;
  std::size_t unreadable = 0;
  for (const std::string& path : args.positional) {
    Result<Bytes> bytes = HostFileSystem().ReadFile(path, kMaxStatsFileBytes);
    if (!bytes.ok()) {
      PrintRefusal(path, bytes.status().code() == StatusCode::kCorrupt
                             ? "fichier de plus de 16 Mio"
                             : "fichier illisible : " + bytes.status().message());
      ++unreadable;
      continue;
    }
    inputs.push_back({path, std::move(bytes).value()});
  }
  Result<StatsMergeResult> merged = MergeStatsFiles(inputs);
  if (!merged.ok()) {
    // No file parsed at all: each one's reason is the parser's.
    for (const StatsMergeInput& input : inputs) {
      PrintRefusal(input.name, ParseStatsFile(input.bytes).status().message());
    }
    return Fail(context + ": aucun fichier ne peut être fusionné ; rien n’est écrit");
  }
  const StatsMergeResult& result = merged.value();
  for (const StatsMergeRefusal& refusal : result.refused) {
    PrintRefusal(refusal.name, refusal.reason.message());
  }
  const std::size_t refused = unreadable + result.refused.size();
  if (refused > 0 && !args.has("--force")) {
    return Fail(context + ": " + std::to_string(refused) +
                " fichier(s) refusé(s) : rien n’est écrit ; avec --force, les " +
                std::to_string(result.accepted.size()) + " autres sont fusionnés");
  }

  Result<Bytes> bytes = WriteStatsFile(result.merged);
  if (!bytes.ok()) return Fail(context + ": " + bytes.status().message());
  if (int exit = WriteOut(context, out, bytes.value()); exit != kExitOk) return exit;

  const StatsFile& sum = result.merged;
  std::printf("fusionné : %zu fichier(s) sur %zu, %d fichier(s) de départ en tout, écrit dans %s\n",
              result.accepted.size(), args.positional.size(), sum.merged_files, out.c_str());
  for (const StatsTableInfo& info : sum.tables) {
    std::size_t cells = 0;
    for (const StatsCellValue& cell : sum.cells) cells += cell.table == info.table ? 1 : 0;
    std::printf("  %s : %zu cases, %d fichier(s) fusionné(s), écart-type de chaque case %s\n",
                std::string(StatsTableName(info.table)).c_str(), cells, sum.merged_files,
                Milli(StatsDeviationMilli(info.variance_milli)).c_str());
  }
  return kExitOk;
}

}  // namespace

int RunStats(const std::vector<std::string_view>& args) {
  if (args.empty()) return Usage("stats: a subcommand is required: merge");
  const std::string_view command = args.front();
  const std::vector<std::string_view> rest(args.begin() + 1, args.end());
  if (command == "merge") return Merge(rest);
  return Usage("stats: unknown subcommand '" + std::string(command) + "'");
}

}  // namespace carnet::cli
