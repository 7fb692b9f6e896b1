// The true counts behind the statistics tables, before any protection: how many persons fall
// in each cell of the specification (stats_spec.h) over a period. The privacy unit is the
// person: a person counts at most once per cell, and in at most `bound` cells of a table (the
// table's sensitivity). Integers only; nothing here reads a name, an address or a free text.
#pragma once

#include <cstdint>
#include <vector>

#include "core/base/status.h"
#include "core/db/database.h"
#include "core/stats/stats_spec.h"

namespace carnet {

// What each table counts:
// - requests: requests opened during the period, by the national category of each of their
//   categories (a local sub-category counts under its national one), the person's age band on
//   the day the request was opened, and the quarter of that day;
// - outcomes: the same requests, by national category and outcome at the period's end (an
//   outcome recorded after it counts as "en cours");
// - answer quality: persons whose dossier was open on at least one day of the period, by
//   structured field and the state of its answer (today's, the only one kept);
// - typology fit: the requests of the period filed under "ne correspond à aucune
//   (sous-)catégorie", by national category.
// A person's contributions are kept in the order of their requests (oldest first, then by
// request), up to `bound` distinct cells; the rest is dropped. An age known by its year alone
// is taken at 1 July of that year, one known by its year and month at the 15th.
// `bound` from 1 to kMaxStatsBound; the answer-quality table always has one cell per field.
// The result is aligned with StatsCells(table, period) (noise mode, no margins).
Result<std::vector<std::int64_t>> CountStatsTable(Database& db, StatsTable table,
                                                  const StatsPeriod& period, int bound);

// The same counts with every margin of the conventional mode appended, aligned with
// StatsCells(table, period, StatsMode::kConventional): a margin is the sum of its cells.
std::vector<std::int64_t> WithMargins(StatsTable table, const StatsPeriod& period,
                                      const std::vector<std::int64_t>& cells);

}  // namespace carnet
