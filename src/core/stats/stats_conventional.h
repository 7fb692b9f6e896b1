// Conventional releases of the statistics (StatsMode::kConventional): a minimum frequency,
// secondary suppression, and the audit by linear bounds (stats_audit.h) of this release together
// with every stored earlier one. Works on StatsFile values in memory; reading and writing the
// files is stats_file.h's.
//
// What an adversary can combine. Every cell of every release, margins included, is a sum of
// non-negative integer unknowns, the atoms:
// - The requests and typology-fit tables count requests opened in the period, so months add
//   up. An atom is (table, first-dimension value, second-dimension value, elementary month
//   interval). The elementary intervals split the year's months at every boundary of every
//   release's period and, for the requests table, of its quarters: a requests cell of quarter q
//   covers the months of q within its release's period, so January-March and January-April
//   share the atoms of January-March. A margin ("ensemble") is the sum of its row's or column's
//   atoms over the same months; the total, of the whole plane's.
// - The outcomes table (the outcome as of the period's end) and the answer-quality table (the
//   state at release) do not add up over months: releases of those tables share atoms only when
//   their periods are identical; otherwise each release's cells have atoms of their own.
// - Releases of different years share no atoms.
// The audit then bounds every suppressed cell of every release given every published value.
//
// Assumptions: every release counts the same underlying data (a count entered late, which
// changes an earlier period's cells, makes the releases contradict each other: refused); the
// suppressed cells are never zeros (zeros are published), so a cell whose interval does not
// contain [0, minimum] has been narrowed. The bounds are those of the linear relaxation (see
// stats_audit.h); a difference between two cumulative periods (April = January-April minus
// January-March) is not itself a cell and is not audited.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/status.h"
#include "core/stats/stats_file.h"

namespace carnet {

inline constexpr int kDefaultMinimumFrequency = 11;

// A cell of a set of releases: the release's index and the cell's index in its cells.
struct ReleaseCell {
  std::size_t release = 0;
  std::size_t cell = 0;
  bool operator==(const ReleaseCell& o) const { return release == o.release && cell == o.cell; }
};

struct ReleaseCellBounds {
  ReleaseCell where;
  std::int64_t lower = 0;
  std::optional<std::int64_t> upper;  // nothing: unbounded
};

struct AuditReport {
  std::vector<ReleaseCellBounds> bounds;  // every suppressed cell, release by release
  std::vector<ReleaseCell> exposed;       // the suppressed cells narrowed below [0, minimum]
};

// Audits a set of releases together (stored ones, and a new one before it is written).
// kInvalidArgument with a French message for a release that is not conventional or whose cells
// are not exactly the specification's (StatsCells with margins), for a minimum below 1, and for
// published values that contradict each other; kInternal if exact arithmetic overflowed.
Result<AuditReport> AuditReleases(const std::vector<StatsFile>& releases, int minimum);

// The release to publish from the true counts (conventional mode, margins included, every value
// present, margins equal to the sums of their cells; `earlier` are the stored releases).
// Guarantees, on success: minimum_frequency is `minimum`; every published value equals the true
// one; no published value lies in [1, minimum - 1]; zeros are published; a cell with the same
// atoms as a cell suppressed earlier is suppressed, one with the same atoms as a cell published
// earlier is never chosen for secondary suppression (its value is already public); and the
// audit of `earlier` plus this release finds no exposed cell (stats_audit.h's rule).
// Primary suppression hides every cell with 1 <= value < minimum (zeros are published); then,
// greedily, while the audit finds an exposed cell, the smallest positive published cell of this
// release sharing a row or column with it (over overlapping months) is suppressed, an inner
// cell before a margin. When none is left it suppresses every positive cell of this release.
// Errors (kInvalidArgument, French message): bad input as for AuditReleases, counts whose
// margins are not the sums, earlier releases that already expose a cell among themselves, or a
// release that would reveal a masked cell even fully suppressed.
Result<StatsFile> SuppressForRelease(const StatsFile& true_counts,
                                     const std::vector<StatsFile>& earlier, int minimum);

}  // namespace carnet
