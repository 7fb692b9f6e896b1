#include "core/stats/stats_release.h"

#include <algorithm>
#include <string>

#include "core/db/sql.h"
#include "core/stats/stats_conventional.h"
#include "core/stats/stats_counts.h"
#include "core/stats/stats_ledger.h"
#include "core/stats/stats_variance.h"

namespace carnet {
namespace {

// A refusal naming the request's field: "period", "tables", "bound", "epsilon", "minimum",
// "mode", or "budget" for the yearly cap.
Status Refused(Problem problem, const char* field, const std::string& message) {
  return Status::Invalid(problem, field, message);
}

std::vector<StatsTable> SortedTables(const StatsRequest& request) {
  std::vector<StatsTable> tables = request.tables;
  std::sort(tables.begin(), tables.end());
  return tables;
}

int BoundOf(const StatsRequest& request, StatsTable table) {
  // The answer-quality table always has one cell per field: its bound is not a choice.
  if (table == StatsTable::kAnswerQuality) return DefaultStatsBound(table);
  return request.bounds[static_cast<std::size_t>(table)];
}

}  // namespace

std::array<int, kStatsTableCount> StatsRequest::DefaultBounds() {
  std::array<int, kStatsTableCount> bounds{};
  for (int t = 0; t < kStatsTableCount; ++t) {
    bounds[static_cast<std::size_t>(t)] = DefaultStatsBound(static_cast<StatsTable>(t));
  }
  return bounds;
}

Status CheckStatsRequest(const StatsRequest& request, Day today) {
  if (Status s = CheckPeriod(request.period); !s.ok()) {
    return Refused(Problem::kInvalidDate, "period", s.message());
  }
  const Ymd now = YmdFromDay(today);
  if (request.period.year > now.year ||
      (request.period.year == now.year && request.period.last_month >= now.month)) {
    return Refused(Problem::kInvalidDate, "period", "the period has not ended yet");
  }
  if (request.tables.empty())
    return Refused(Problem::kRequired, "tables", "choose at least one table");
  std::vector<StatsTable> tables = SortedTables(request);
  if (std::adjacent_find(tables.begin(), tables.end()) != tables.end()) {
    return Refused(Problem::kOutOfRange, "tables", "each table at most once");
  }
  for (const StatsTable table : tables) {
    if (static_cast<int>(table) >= kStatsTableCount) {
      return Refused(Problem::kOutOfRange, "tables", "unknown table");
    }
    const int bound = BoundOf(request, table);
    if (bound < 1 || bound > kMaxStatsBound) {
      return Refused(Problem::kOutOfRange, "bound", "from 1 to " + std::to_string(kMaxStatsBound));
    }
  }
  if (request.mode == StatsMode::kNoise) {
    if (Status s = CheckEpsilon(request.epsilon); !s.ok()) {
      return Refused(Problem::kOutOfRange, "epsilon", s.message());
    }
    return Status::Ok();
  }
  if (request.mode != StatsMode::kConventional) {
    return Refused(Problem::kOutOfRange, "mode", "unknown mode");
  }
  if (request.minimum_frequency < 2 || request.minimum_frequency > 1000) {
    return Refused(Problem::kOutOfRange, "minimum", "from 2 to 1000");
  }
  return Status::Ok();
}

std::string CanonicalStatsRequest(const StatsRequest& request) {
  std::string text = std::string(kStatsSpecVersion) + ";" + std::string(kStatsTypologyVersion) +
                     ";period=" + std::to_string(request.period.year) + "/" +
                     std::to_string(request.period.first_month) + "-" +
                     std::to_string(request.period.last_month);
  if (request.mode == StatsMode::kNoise) {
    text += ";noise;epsilon=" + std::to_string(EpsilonMilli(request.epsilon)) + "/1000";
  } else {
    text += ";conventional;minimum=" + std::to_string(request.minimum_frequency);
  }
  text += ";tables=";
  for (const StatsTable table : SortedTables(request)) {
    text += std::to_string(static_cast<int>(table)) + ":" +
            std::to_string(BoundOf(request, table)) + ",";
  }
  return text;
}

Result<StatsFile> ComputeStatsFile(Database& db, const StatsRequest& request, RandomSource& random,
                                   const std::vector<StatsFile>& earlier) {
  StatsFile file;
  file.period = request.period;
  file.mode = request.mode;
  const std::vector<StatsTable> tables = SortedTables(request);
  if (request.mode == StatsMode::kNoise) {
    file.epsilon = request.epsilon;
  } else {
    file.epsilon = {0, 1};
    file.minimum_frequency = request.minimum_frequency;
  }
  for (const StatsTable table : tables) {
    const int bound = BoundOf(request, table);
    Result<std::vector<std::int64_t>> counts = CountStatsTable(db, table, request.period, bound);
    if (!counts.ok()) return counts.status();
    StatsTableInfo info;
    info.table = table;
    info.bound = bound;
    std::vector<std::int64_t> values;
    if (request.mode == StatsMode::kNoise) {
      Result<Rational> scale = NoiseScale(bound, static_cast<int>(tables.size()), request.epsilon);
      if (!scale.ok()) return scale.status();
      info.scale = scale.value();
      info.variance_milli = DiscreteLaplaceVarianceMilli(info.scale);
      Result<std::vector<std::int64_t>> noisy = AddNoise(counts.value(), info.scale, random);
      if (!noisy.ok()) return noisy.status();
      values = std::move(noisy).value();
    } else {
      info.scale = {0, 1};
      values = WithMargins(table, request.period, counts.value());
    }
    const std::vector<StatsKey> keys = StatsCells(table, request.period, request.mode);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      file.cells.push_back({table, keys[i], values[i]});
    }
    file.tables.push_back(info);
  }
  if (request.mode == StatsMode::kConventional) {
    return SuppressForRelease(file, earlier, request.minimum_frequency);
  }
  return file;
}

Result<StatsRelease> ReleaseStatistics(Database& db, const StatsRequest& request, Day today,
                                       RandomSource& random, std::int64_t yearly_cap_milli) {
  CARNET_TRY(CheckStatsRequest(request, today));
  const int year = YmdFromDay(today).year;
  Result<std::vector<StatsLedgerEntry>> ledger = StatsLedgerEntries(db);  // verifies the chain
  if (!ledger.ok()) return ledger.status();
  Result<std::int64_t> spent = StatsEpsilonSpentMilli(db, year);
  if (!spent.ok()) return spent.status();
  const std::string key = CanonicalStatsRequest(request);
  for (const StatsLedgerEntry& entry : ledger.value()) {
    if (entry.request == key) return StatsRelease{entry.file, true, spent.value()};
  }
  const std::int64_t cost = request.mode == StatsMode::kNoise ? EpsilonMilli(request.epsilon) : 0;
  if (spent.value() + cost > yearly_cap_milli) {
    return Refused(Problem::kOutOfRange, "budget",
                   "the yearly budget would be exceeded (" + std::to_string(spent.value()) +
                       " of " + std::to_string(yearly_cap_milli) + " thousandths spent)");
  }
  std::vector<StatsFile> earlier;
  if (request.mode == StatsMode::kConventional) {
    for (const StatsLedgerEntry& entry : ledger.value()) {
      Result<StatsFile> parsed = ParseStatsFile(entry.file);
      if (!parsed.ok()) return parsed.status();
      if (parsed.value().mode == StatsMode::kConventional) {
        earlier.push_back(std::move(parsed).value());
      }
    }
  }
  Result<StatsFile> file = ComputeStatsFile(db, request, random, earlier);
  if (!file.ok()) return file.status();
  Result<Bytes> bytes = WriteStatsFile(file.value());
  if (!bytes.ok()) return bytes.status();
  StatsLedgerEntry entry;
  entry.request = key;
  entry.released_on = today;
  entry.epsilon = request.mode == StatsMode::kNoise ? request.epsilon : Rational{0, 1};
  entry.file = bytes.value();
  CARNET_TRY(AppendStatsRelease(db, entry));
  return StatsRelease{std::move(bytes).value(), false, spent.value() + cost};
}

}  // namespace carnet
