#include "core/stats/stats_conventional.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "core/stats/stats_audit.h"

namespace carnet {
namespace {

Status Refused(std::string message) {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange, std::move(message));
}

bool IsMargin(const std::string& value) { return value == kStatsMargin; }

// Months add up in these tables: a period's count is the sum of its months' counts.
bool Additive(StatsTable table) {
  return table == StatsTable::kRequests || table == StatsTable::kTypologyFit;
}

// The positions a key value covers in its dimension: all of them for a margin.
std::vector<int> Covered(const std::vector<std::string>& values, const std::string& value) {
  std::vector<int> positions;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (IsMargin(value) || values[i] == value) positions.push_back(static_cast<int>(i));
  }
  return positions;
}

// Where a cell of a set of releases sits: its table, year and months (inclusive).
struct CellSpan {
  StatsTable table = StatsTable::kRequests;
  int year = 0;
  int first_month = 1;
  int last_month = 12;
};

// The months a cell covers: its quarter's within the period for the requests table ("2026-T2"),
// the whole period otherwise.
CellSpan SpanOf(const StatsFile& file, const StatsCellValue& cell) {
  CellSpan span{cell.table, file.period.year, file.period.first_month, file.period.last_month};
  if (cell.table == StatsTable::kRequests && !cell.key[2].empty()) {
    const int quarter = cell.key[2].back() - '0';
    span.first_month = std::max(span.first_month, 3 * quarter - 2);
    span.last_month = std::min(span.last_month, 3 * quarter);
  }
  return span;
}

bool Overlap(const CellSpan& a, const CellSpan& b) {
  return a.table == b.table && a.year == b.year && a.first_month <= b.last_month &&
         b.first_month <= a.last_month;
}

// Two cells on a common line of a table (same first or second dimension value, margins
// included) over overlapping months.
bool SameLine(const StatsKey& a, const CellSpan& a_span, const StatsKey& b,
              const CellSpan& b_span) {
  return Overlap(a_span, b_span) && (a[0] == b[0] || a[1] == b[1]);
}

Status CheckRelease(const StatsFile& file) {
  if (file.mode != StatsMode::kConventional) {
    return Refused("Cette publication n’est pas en mode conventionnel.");
  }
  if (!CheckPeriod(file.period).ok())
    return Refused("La période de la publication n’est pas valide.");
  std::size_t next = 0;
  for (const StatsTableInfo& info : file.tables) {
    for (const StatsKey& key : StatsCells(info.table, file.period, StatsMode::kConventional)) {
      if (next >= file.cells.size() || file.cells[next].table != info.table ||
          file.cells[next].key != key) {
        return Refused("Les cases de la publication ne sont pas celles de la spécification.");
      }
      ++next;
    }
  }
  if (next != file.cells.size()) {
    return Refused("Les cases de la publication ne sont pas celles de la spécification.");
  }
  return Status::Ok();
}

// The releases as an audit system: cell k of release r is system cell offset[r] + k.
struct MappedReleases {
  AuditSystem system;
  std::vector<std::size_t> offset;
  std::vector<CellSpan> spans;  // per system cell
};

Result<MappedReleases> MapReleases(const std::vector<const StatsFile*>& releases) {
  MappedReleases mapped;
  // The boundaries that split each additive table's year into elementary month intervals.
  std::map<std::pair<StatsTable, int>, std::set<int>> boundaries;
  for (const StatsFile* file : releases) {
    Status status = CheckRelease(*file);
    if (!status.ok()) return status;
    mapped.offset.push_back(mapped.spans.size());
    for (const StatsCellValue& cell : file->cells) {
      const CellSpan span = SpanOf(*file, cell);
      mapped.spans.push_back(span);
      if (Additive(cell.table)) {
        std::set<int>& cuts = boundaries[{cell.table, span.year}];
        cuts.insert(span.first_month);
        cuts.insert(span.last_month + 1);
      }
    }
  }
  std::array<std::array<std::vector<std::string>, 2>, kStatsTableCount> planes;
  for (int t = 0; t < kStatsTableCount; ++t) {
    planes[static_cast<std::size_t>(t)] = StatsPlane(static_cast<StatsTable>(t));
  }
  // An atom: table, year, months (first and end of an interval, or the period for the tables
  // that do not add up), first and second dimension positions.
  std::map<std::array<int, 6>, int> atoms;
  std::size_t index = 0;
  for (const StatsFile* file : releases) {
    for (const StatsCellValue& cell : file->cells) {
      const CellSpan& span = mapped.spans[index++];
      const auto& plane = planes[static_cast<std::size_t>(cell.table)];
      std::vector<std::pair<int, int>> months;  // [first, end) pieces
      if (Additive(cell.table)) {
        const std::set<int>& cuts = boundaries[{cell.table, span.year}];
        for (auto it = cuts.find(span.first_month); *it <= span.last_month; ++it) {
          months.emplace_back(*it, *std::next(it));
        }
      } else {
        months.emplace_back(span.first_month, span.last_month + 1);
      }
      AuditCell audit_cell;
      audit_cell.value = cell.value;
      for (int a : Covered(plane[0], cell.key[0])) {
        for (int b : Covered(plane[1], cell.key[1])) {
          for (const auto& [first, end] : months) {
            const std::array<int, 6> key = {
                static_cast<int>(cell.table), span.year, first, end, a, b};
            const auto [it, inserted] = atoms.emplace(key, static_cast<int>(atoms.size()));
            audit_cell.atoms.push_back(it->second);
          }
        }
      }
      std::sort(audit_cell.atoms.begin(), audit_cell.atoms.end());
      mapped.system.cells.push_back(std::move(audit_cell));
    }
  }
  mapped.system.atom_count = static_cast<int>(atoms.size());
  return mapped;
}

Status CheckMinimum(int minimum) {
  if (minimum < 1) return Refused("La fréquence minimale doit être au moins 1.");
  return Status::Ok();
}

// The true counts: complete, non-negative, and each margin the sum of its row's or column's
// cells.
Status CheckCounts(const StatsFile& counts) {
  std::map<std::pair<StatsTable, StatsKey>, std::int64_t> inner;
  for (const StatsCellValue& cell : counts.cells) {
    if (!cell.value || *cell.value < 0) {
      return Refused("Les comptes à publier doivent être complets, positifs ou nuls.");
    }
    if (!IsMargin(cell.key[0]) && !IsMargin(cell.key[1]))
      inner[{cell.table, cell.key}] = *cell.value;
  }
  for (const StatsCellValue& cell : counts.cells) {
    if (!IsMargin(cell.key[0]) && !IsMargin(cell.key[1])) continue;
    std::int64_t sum = 0;
    for (const auto& [where, value] : inner) {
      const StatsKey& key = where.second;
      if (where.first == cell.table && key[2] == cell.key[2] &&
          (IsMargin(cell.key[0]) || key[0] == cell.key[0]) &&
          (IsMargin(cell.key[1]) || key[1] == cell.key[1])) {
        sum += value;
      }
    }
    if (sum != *cell.value) {
      return Refused("Une marge des comptes à publier n’est pas la somme de ses cases.");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<AuditReport> AuditReleases(const std::vector<StatsFile>& releases, int minimum) {
  {
    Status status = CheckMinimum(minimum);
    if (!status.ok()) return status;
  }
  std::vector<const StatsFile*> files;
  files.reserve(releases.size());
  for (const StatsFile& file : releases) files.push_back(&file);
  Result<MappedReleases> mapped = MapReleases(files);
  if (!mapped.ok()) return mapped.status();
  Result<AuditResult> audit = AuditLinearBounds(mapped.value().system, minimum);
  if (!audit.ok()) return audit.status();
  const std::vector<std::size_t>& offset = mapped.value().offset;
  auto where = [&](std::size_t cell) {
    const std::size_t release =
        static_cast<std::size_t>(std::upper_bound(offset.begin(), offset.end(), cell) -
                                 offset.begin()) -
        1;
    return ReleaseCell{release, cell - offset[release]};
  };
  AuditReport report;
  for (const AuditBounds& bounds : audit.value().bounds) {
    report.bounds.push_back(ReleaseCellBounds{where(bounds.cell), bounds.lower, bounds.upper});
  }
  for (std::size_t cell : audit.value().exposed) report.exposed.push_back(where(cell));
  return report;
}

Result<StatsFile> SuppressForRelease(const StatsFile& true_counts,
                                     const std::vector<StatsFile>& earlier, int minimum) {
  {
    Status status = CheckMinimum(minimum);
    if (status.ok()) status = CheckRelease(true_counts);
    if (status.ok()) status = CheckCounts(true_counts);
    if (!status.ok()) return status;
  }
  if (!earlier.empty()) {
    Result<AuditReport> before = AuditReleases(earlier, minimum);
    if (!before.ok()) return before.status();
    if (!before.value().exposed.empty()) {
      return Refused(
          "Les publications antérieures révèlent déjà une case masquée\u00a0: aucune nouvelle "
          "publication ne peut être vérifiée avec elles.");
    }
  }
  std::vector<const StatsFile*> files;
  files.reserve(earlier.size() + 1);
  for (const StatsFile& file : earlier) files.push_back(&file);
  files.push_back(&true_counts);
  Result<MappedReleases> mapped_result = MapReleases(files);
  if (!mapped_result.ok()) return mapped_result.status();
  MappedReleases& mapped = mapped_result.value();
  std::vector<AuditCell>& cells = mapped.system.cells;
  const std::size_t first = mapped.offset.back();
  const std::size_t count = true_counts.cells.size();

  // What earlier releases already say about the same atoms: published there, published here
  // (suppressing it protects nothing); suppressed there, suppressed here (else it is revealed).
  std::map<std::vector<int>, bool> earlier_published;
  for (std::size_t c = 0; c < first; ++c) {
    bool& published = earlier_published[cells[c].atoms];
    published = published || cells[c].value.has_value();
  }
  std::vector<bool> locked(count, false);
  for (std::size_t k = 0; k < count; ++k) {
    AuditCell& cell = cells[first + k];
    const auto found = earlier_published.find(cell.atoms);
    if (found != earlier_published.end() && found->second) locked[k] = true;
    if (found != earlier_published.end() && !found->second) cell.value.reset();
    if (cell.value && *cell.value >= 1 && *cell.value < minimum) cell.value.reset();  // primary
  }

  auto key_of = [&](std::size_t c) -> const StatsKey& {
    const std::size_t release =
        static_cast<std::size_t>(std::upper_bound(mapped.offset.begin(), mapped.offset.end(), c) -
                                 mapped.offset.begin()) -
        1;
    return files[release]->cells[c - mapped.offset[release]].key;
  };
  // The smallest positive published cell of this release on a line of `target` (same first or
  // second dimension value) over overlapping months, inner cells first; nothing if none.
  auto candidate = [&](std::size_t target) -> std::optional<std::size_t> {
    const StatsKey& target_key = key_of(target);
    std::optional<std::size_t> best;
    bool best_inner = false;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t c = first + k;
      if (locked[k] || !cells[c].value || *cells[c].value <= 0) continue;
      const StatsKey& key = key_of(c);
      if (!SameLine(key, mapped.spans[c], target_key, mapped.spans[target])) continue;
      const bool inner = !IsMargin(key[0]) && !IsMargin(key[1]);
      if (!best || (inner && !best_inner) ||
          (inner == best_inner && *cells[c].value < *cells[*best].value)) {
        best = c;
        best_inner = inner;
      }
    }
    return best;
  };

  bool everything = false;
  for (;;) {
    Result<AuditResult> audit = AuditExposure(mapped.system, minimum);
    if (!audit.ok()) return audit.status();
    const std::vector<std::size_t>& exposed = audit.value().exposed;
    if (exposed.empty()) break;
    if (everything) {
      if (exposed.front() < first) {
        return Refused(
            "Cette publication révélerait une case masquée d’une publication antérieure, même "
            "avec toutes ses cases masquées.");
      }
      return Refused(
          "Les publications antérieures révéleraient une case masquée de cette publication, "
          "même avec toutes ses cases masquées.");
    }
    // One suppression per exposed cell, this release's first, skipping a cell on a line that
    // already received one in this round (it may now be protected): rounds stay few even when
    // far-apart parts of the tables need work.
    std::vector<std::size_t> order;
    for (std::size_t c : exposed) {
      if (c >= first) order.push_back(c);
    }
    for (std::size_t c : exposed) {
      if (c < first) order.push_back(c);
    }
    std::vector<std::size_t> chosen;
    for (std::size_t target : order) {
      const bool touched = std::any_of(chosen.begin(), chosen.end(), [&](std::size_t c) {
        return SameLine(key_of(c), mapped.spans[c], key_of(target), mapped.spans[target]);
      });
      if (touched) continue;
      const std::optional<std::size_t> pick = candidate(target);
      if (!pick) continue;
      cells[*pick].value.reset();
      chosen.push_back(*pick);
    }
    if (!chosen.empty()) continue;
    for (std::size_t k = 0; k < count; ++k) {
      AuditCell& cell = cells[first + k];
      if (!locked[k] && cell.value && *cell.value > 0) cell.value.reset();
    }
    everything = true;
  }

  StatsFile release = true_counts;
  release.mode = StatsMode::kConventional;
  release.minimum_frequency = minimum;
  for (StatsTableInfo& info : release.tables) {
    info.scale = Rational{0, 1};
    info.variance_milli = 0;
  }
  for (std::size_t k = 0; k < count; ++k) release.cells[k].value = cells[first + k].value;
  return release;
}

}  // namespace carnet
