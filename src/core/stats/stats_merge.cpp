#include "core/stats/stats_merge.h"

#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/stats/stats_file_text.h"
#include "core/stats/stats_variance.h"

namespace carnet {
namespace {

using stats_text::FormatEpsilon;

std::string Quote(std::string_view text) { return "« " + std::string(text) + " »"; }

std::string DescribePeriod(const StatsPeriod& p) {
  const auto month = [&](int m) {
    return std::to_string(p.year) + (m < 10 ? "-0" : "-") + std::to_string(m);
  };
  return month(p.first_month) + " à " + month(p.last_month);
}

std::string DescribeTables(const StatsFile& file) {
  std::string text;
  for (const StatsTableInfo& info : file.tables) {
    if (!text.empty()) text += ", ";
    text += std::string(StatsTableName(info.table)) + " (borne " + std::to_string(info.bound) + ")";
  }
  return text;
}

Status Incompatible(const std::string& what, const std::string& reference) {
  return Status::Error(StatusCode::kInvalidArgument,
                       "incompatible avec " + reference + " : " + what);
}

// Why `file` cannot be summed with `ref` (the first valid file, named `reference`), or Ok.
Status CheckCompatible(const StatsFile& file, const StatsFile& ref, const std::string& reference) {
  const auto differs = [&](const std::string& what, const std::string& mine,
                           const std::string& theirs) {
    return Incompatible(what + " " + mine + " au lieu de " + theirs, reference);
  };
  if (file.spec_version != ref.spec_version) {
    return differs("spécification", Quote(file.spec_version), Quote(ref.spec_version));
  }
  if (file.typology_version != ref.typology_version) {
    return differs("typologie", Quote(file.typology_version), Quote(ref.typology_version));
  }
  if (!(file.period == ref.period)) {
    return differs("période", DescribePeriod(file.period), DescribePeriod(ref.period));
  }
  const auto mode_name = [](StatsMode mode) {
    return std::string(mode == StatsMode::kNoise ? "bruit" : "conventionnel");
  };
  if (file.mode != ref.mode) return differs("mode", mode_name(file.mode), mode_name(ref.mode));
  if (file.mode == StatsMode::kNoise && !(file.epsilon == ref.epsilon)) {
    return differs("epsilon", FormatEpsilon(file.epsilon).value_or("?"),
                   FormatEpsilon(ref.epsilon).value_or("?"));
  }
  if (file.mode == StatsMode::kConventional && file.minimum_frequency != ref.minimum_frequency) {
    return differs("fréquence minimale", std::to_string(file.minimum_frequency),
                   std::to_string(ref.minimum_frequency));
  }
  bool same_tables = file.tables.size() == ref.tables.size();
  for (std::size_t i = 0; same_tables && i < file.tables.size(); ++i) {
    same_tables =
        file.tables[i].table == ref.tables[i].table && file.tables[i].bound == ref.tables[i].bound;
  }
  if (!same_tables) return differs("tableaux", DescribeTables(file), DescribeTables(ref));
  return Status::Ok();
}

// FNV-1a over the cells' values: finds candidate duplicates without comparing every pair.
std::uint64_t CellsHash(const StatsFile& file) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const StatsCellValue& cell : file.cells) {
    const std::uint64_t v =
        cell.value ? static_cast<std::uint64_t>(*cell.value) : 0x8000000000000000ULL;
    for (int shift = 0; shift < 64; shift += 8) {
      hash ^= (v >> shift) & 0xFF;
      hash *= 1099511628211ULL;
    }
  }
  return hash;
}

bool SameCells(const StatsFile& a, const StatsFile& b) {
  if (a.cells.size() != b.cells.size()) return false;
  for (std::size_t i = 0; i < a.cells.size(); ++i) {
    if (a.cells[i].value != b.cells[i].value) return false;
  }
  return true;
}

// Adds `file` to `sum` (compatible), or says why it cannot be: nothing is added then.
Status AddInto(const StatsFile& file, StatsFile* sum) {
  if (sum->merged_files > kMaxStatsMergedFiles - file.merged_files) {
    return Status::Error(
        StatusCode::kInvalidArgument,
        "la fusion compterait plus de " + std::to_string(kMaxStatsMergedFiles) + " fichiers");
  }
  for (std::size_t t = 0; t < file.tables.size(); ++t) {
    if (sum->tables[t].variance_milli > kMaxStatsVarianceMilli - file.tables[t].variance_milli) {
      return Status::Error(StatusCode::kInvalidArgument,
                           "la variance fusionnée serait trop grande");
    }
  }
  // Every cell checked before any is changed.
  for (std::size_t i = 0; i < file.cells.size(); ++i) {
    const std::optional<std::int64_t>& add = file.cells[i].value;
    const std::optional<std::int64_t>& have = sum->cells[i].value;
    if (!add || !have) continue;
    const std::int64_t total = *have + *add;  // both within +-10^9: no overflow
    if (total > kMaxStatsValue || total < -kMaxStatsValue) {
      return Status::Error(
          StatusCode::kInvalidArgument,
          "la somme de la case " +
              Quote(stats_text::DescribeCell(file.cells[i].table, file.cells[i].key)) +
              " dépasserait " + std::to_string(kMaxStatsValue) + " en valeur absolue");
    }
  }
  for (std::size_t i = 0; i < file.cells.size(); ++i) {
    std::optional<std::int64_t>& have = sum->cells[i].value;
    const std::optional<std::int64_t>& add = file.cells[i].value;
    // A cell suppressed in any input stays suppressed: its sum would reveal it.
    have = have && add ? std::optional<std::int64_t>(*have + *add) : std::nullopt;
  }
  for (std::size_t t = 0; t < file.tables.size(); ++t) {
    sum->tables[t].variance_milli += file.tables[t].variance_milli;
  }
  sum->merged_files += file.merged_files;
  return Status::Ok();
}

}  // namespace

Result<StatsMergeResult> MergeStatsFiles(const std::vector<StatsMergeInput>& inputs) {
  StatsMergeResult result;
  std::vector<StatsFile> accepted;  // as read, to compare the next ones with
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_cells;
  bool have_sum = false;
  for (const StatsMergeInput& input : inputs) {
    Result<StatsFile> parsed = ParseStatsFile(input.bytes);
    if (!parsed.ok()) {
      result.refused.push_back({input.name, parsed.status()});
      continue;
    }
    StatsFile& file = parsed.value();
    if (have_sum) {
      if (Status s = CheckCompatible(file, accepted.front(), Quote(result.accepted.front()));
          !s.ok()) {
        result.refused.push_back({input.name, s});
        continue;
      }
    }
    // Identical bytes read as identical cells: one check finds both kinds of duplicate.
    const std::uint64_t hash = CellsHash(file);
    std::vector<std::size_t>& same_hash = by_cells[hash];
    bool duplicate = false;
    for (const std::size_t earlier : same_hash) {
      if (SameCells(file, accepted[earlier])) {
        result.refused.push_back(
            {input.name, Status::Error(StatusCode::kInvalidArgument,
                                       "doublon de " + result.accepted[earlier])});
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    if (!have_sum) {
      result.merged = file;
      have_sum = true;
    } else if (Status s = AddInto(file, &result.merged); !s.ok()) {
      result.refused.push_back({input.name, s});
      continue;
    }
    same_hash.push_back(accepted.size());
    accepted.push_back(std::move(file));
    result.accepted.push_back(input.name);
  }
  if (!have_sum) {
    std::string why;
    for (const StatsMergeRefusal& refusal : result.refused) {
      why += (why.empty() ? " : " : " ; ") + refusal.name + " : " + refusal.reason.message();
    }
    return Status::Error(StatusCode::kInvalidArgument,
                         inputs.empty() ? std::string("aucun fichier à fusionner")
                                        : "aucun fichier ne peut être fusionné" + why);
  }
  return result;
}

}  // namespace carnet
