// All four statistics tables over the large synthetic caseload (10,000 dossiers), as the
// statistics screen computes them: the bounded counts, the noise and the file's bytes.
#include "bench_stats_tables.h"

#include <cstdio>
#include <string>

#include "bench_util.h"
#include "core/case/store.h"
#include "core/demo/demo_data.h"
#include "core/stats/stats_release.h"

namespace bench {

void BenchStatsTables() {
  carnet::Result<carnet::Store> created = carnet::Store::CreateInMemory();
  if (!created.ok()) std::exit(1);
  carnet::Store& store = created.value();
  carnet::DemoOptions options;
  options.size = carnet::DemoSize::kLarge;
  options.seed = 1;
  options.today = carnet::DayFromYmd(2026, 3, 2).value_or(0);
  if (!carnet::GenerateDemo(store, options).ok()) std::exit(1);

  carnet::StatsRequest request;
  request.period = {2025, 1, 12};
  request.tables = {carnet::StatsTable::kRequests, carnet::StatsTable::kOutcomes,
                    carnet::StatsTable::kAnswerQuality, carnet::StatsTable::kTypologyFit};
  carnet::SystemRandom random;
  std::size_t cells = 0;
  std::size_t bytes = 0;
  const double ms = MedianMs(9, [&] {
    carnet::Result<carnet::StatsFile> file =
        carnet::ComputeStatsFile(store.db(), request, random, {});
    if (!file.ok()) return false;
    carnet::Result<carnet::Bytes> written = carnet::WriteStatsFile(file.value());
    cells = file.value().cells.size();
    bytes = written.ok() ? written.value().size() : 0;
    return written.ok();
  });
  const std::string what = "Statistics, all 4 tables of a year, large demo (" +
                           std::to_string(cells) + " cells, " + std::to_string(bytes) + " bytes)";
  Report("stats_tables_large", ms, "ms", what.c_str());
}

}  // namespace bench
