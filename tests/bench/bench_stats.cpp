#include "bench_stats.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_util.h"
#include "core/stats/stats_file_text.h"
#include "core/stats/stats_merge.h"
#include "core/stats/stats_variance.h"

namespace {

constexpr int kFiles = 2000;

// A worker's file with reproducible noise-like values (SplitMix64; not the sampler's noise:
// the merge only adds them up).
carnet::StatsFile MakeFile(std::uint64_t seed) {
  carnet::StatsFile file;
  file.period = {2026, 1, 12};
  file.mode = carnet::StatsMode::kNoise;
  file.epsilon = {1, 1};
  std::uint64_t state = seed;
  const auto next = [&state] {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  };
  for (int t = 0; t < carnet::kStatsTableCount; ++t) {
    const auto table = static_cast<carnet::StatsTable>(t);
    carnet::StatsTableInfo info;
    info.table = table;
    info.bound = carnet::DefaultStatsBound(table);
    info.scale =
        carnet::stats_text::ExpectedScale(info.bound, carnet::kStatsTableCount, file.epsilon)
            .value_or(carnet::Rational{1, 1});
    info.variance_milli = carnet::DiscreteLaplaceVarianceMilli(info.scale);
    file.tables.push_back(info);
    for (const carnet::StatsKey& key : carnet::StatsCells(table, file.period)) {
      file.cells.push_back({table, key, static_cast<std::int64_t>(next() % 61) - 30});
    }
  }
  return file;
}

}  // namespace

void BenchStats() {
  std::vector<carnet::StatsMergeInput> inputs;
  inputs.reserve(kFiles);
  std::size_t bytes = 0;
  for (int i = 0; i < kFiles; ++i) {
    carnet::Result<carnet::Bytes> written =
        carnet::WriteStatsFile(MakeFile(1000 + static_cast<std::uint64_t>(i)));
    if (!written.ok()) {
      (void)std::fprintf(stderr, "stats: %s\n", written.status().message().c_str());
      std::exit(1);
    }
    bytes += written.value().size();
    inputs.push_back({"file-" + std::to_string(i) + ".csv", std::move(written).value()});
  }
  std::size_t cells = 0;
  const double seconds = bench::Best(3, [&] {
    carnet::Result<carnet::StatsMergeResult> merged = carnet::MergeStatsFiles(inputs);
    if (!merged.ok() || !merged.value().refused.empty() ||
        merged.value().merged.merged_files != kFiles) {
      return false;
    }
    cells = merged.value().merged.cells.size();
    return true;
  });
  (void)std::fprintf(stderr, "stats: %d files of %zu cells, %.1f MiB in all\n", kFiles, cells,
                     static_cast<double>(bytes) / (1024.0 * 1024.0));
  bench::Report("stats_merge_2000", seconds, "s",
                "Stats, merge of 2,000 files (parse, check, sum)");
}
