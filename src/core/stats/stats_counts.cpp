// Integer arithmetic only (the statistics' source check covers this file).
#include "core/stats/stats_counts.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/base/calendar.h"
#include "core/case/model.h"
#include "core/db/sql.h"

namespace carnet {
namespace {

struct PeriodDays {
  Day first = 0;
  Day last = 0;
};

PeriodDays DaysOf(const StatsPeriod& period) {
  PeriodDays days;
  days.first = DayFromYmd(period.year, period.first_month, 1).value_or(0);
  const Day after = period.last_month == 12
                        ? DayFromYmd(period.year + 1, 1, 1).value_or(0)
                        : DayFromYmd(period.year, period.last_month + 1, 1).value_or(0);
  days.last = after - 1;
  return days;
}

int IndexOf(const std::vector<std::string_view>& values, std::string_view value) {
  const auto it = std::find(values.begin(), values.end(), value);
  return it == values.end() ? -1 : static_cast<int>(it - values.begin());
}

// The band's index in StatsAgeBands() of a person born `birth` on `day`.
int AgeBand(std::optional<std::int64_t> state, std::int64_t year, std::int64_t month,
            std::int64_t day_of_month, Day day) {
  const int unknown = static_cast<int>(StatsAgeBands().size()) - 1;
  if (!state || *state != static_cast<int>(AnswerState::kValue) || year == 0) return unknown;
  if (month == 0) {
    month = 7;
    day_of_month = 1;
  } else if (day_of_month == 0) {
    day_of_month = 15;
  }
  const Ymd on = YmdFromDay(day);
  std::int64_t age = on.year - year;
  if (on.month < month || (on.month == month && on.day < day_of_month)) --age;
  if (age < 0) return unknown;
  constexpr int kUpperAges[] = {18, 25, 40, 55, 65, 75};
  int band = 0;
  for (const int upper : kUpperAges) {
    if (age < upper) return band;
    ++band;
  }
  return band;  // 75 or more
}

// Counts one person's cells, at most `bound` distinct ones, in the order they are offered.
class BoundedCounter {
 public:
  BoundedCounter(std::size_t cells, int bound) : counts_(cells, 0), bound_(bound) {}
  void Offer(std::int64_t person, int cell) {
    if (cell < 0) return;
    if (person != person_) {
      person_ = person;
      kept_.clear();
    }
    if (std::find(kept_.begin(), kept_.end(), cell) != kept_.end()) return;
    if (static_cast<int>(kept_.size()) >= bound_) return;
    kept_.push_back(cell);
    ++counts_[static_cast<std::size_t>(cell)];
  }
  std::vector<std::int64_t> Take() { return std::move(counts_); }

 private:
  std::vector<std::int64_t> counts_;
  int bound_;
  std::int64_t person_ = -1;
  std::vector<int> kept_;
};

Result<std::vector<std::int64_t>> CountRequests(Database& db, StatsTable table,
                                                const StatsPeriod& period, int bound) {
  const PeriodDays days = DaysOf(period);
  const int first_quarter = (period.first_month - 1) / 3;
  const int quarters = (period.last_month - 1) / 3 - first_quarter + 1;
  const int bands = static_cast<int>(StatsAgeBands().size());
  const int outcomes = static_cast<int>(StatsOutcomes().size());
  const std::vector<std::string_view>& nationals = StatsNationalCategories();
  BoundedCounter counter(StatsCells(table, period).size(), bound);
  Status status = ForEachRow(
      db, R"sql(
    SELECT d.person_id, r.opened_on, r.status, r.outcome_on,
           coalesce(c.parent_code, c.code), c.no_fit,
           p.birth_state, coalesce(p.birth_year, 0), coalesce(p.birth_month, 0),
           coalesce(p.birth_day, 0)
    FROM request r
    JOIN dossier d ON d.id = r.dossier_id
    JOIN person p ON p.id = d.person_id
    JOIN request_category rc ON rc.request_id = r.id
    JOIN category c ON c.code = rc.category_code
    WHERE r.opened_on BETWEEN ?1 AND ?2
    ORDER BY d.person_id, r.opened_on, r.id, rc.category_code)sql",
      {std::int64_t{days.first}, std::int64_t{days.last}}, [&](const Rows& row) {
        const int national = IndexOf(nationals, row.Text(4));
        if (national < 0) return;
        const Day opened = static_cast<Day>(row.Int(1));
        int cell = -1;
        if (table == StatsTable::kRequests) {
          const int band = AgeBand(row.OptInt(6), row.Int(7), row.Int(8), row.Int(9), opened);
          const int quarter = (YmdFromDay(opened).month - 1) / 3 - first_quarter;
          cell = (national * bands + band) * quarters + quarter;
        } else if (table == StatsTable::kOutcomes) {
          std::int64_t outcome = row.Int(2);
          const std::optional<std::int64_t> on = row.OptInt(3);
          if (outcome < 0 || outcome >= outcomes || !on || *on > days.last) {
            outcome = static_cast<int>(RequestStatus::kOpen);
          }
          cell = national * outcomes + static_cast<int>(outcome);
        } else if (row.Int(5) != 0) {  // typology fit
          cell = national;
        }
        counter.Offer(row.Int(0), cell);
      });
  if (!status.ok()) return status;
  return counter.Take();
}

Result<std::vector<std::int64_t>> CountAnswers(Database& db, const StatsPeriod& period) {
  const PeriodDays days = DaysOf(period);
  const auto states = static_cast<std::int64_t>(StatsAnswerStates().size());
  std::vector<std::int64_t> counts(StatsCells(StatsTable::kAnswerQuality, period).size(), 0);
  Status status =
      ForEachRow(db, R"sql(
    SELECT p.birth_state, p.address_state, p.phone_state, p.household_size_state
    FROM person p JOIN dossier d ON d.person_id = p.id
    WHERE d.opened_on <= ?2 AND (d.closed_on IS NULL OR d.closed_on >= ?1))sql",
                 {std::int64_t{days.first}, std::int64_t{days.last}}, [&](const Rows& row) {
                   for (int field = 0; field < 4; ++field) {
                     const std::int64_t state = row.Int(field);
                     if (state < 0 || state >= states) continue;
                     ++counts[static_cast<std::size_t>(field * states + state)];
                   }
                 });
  if (!status.ok()) return status;
  return counts;
}

}  // namespace

Result<std::vector<std::int64_t>> CountStatsTable(Database& db, StatsTable table,
                                                  const StatsPeriod& period, int bound) {
  CARNET_TRY(CheckPeriod(period));
  if (bound < 1 || bound > kMaxStatsBound) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                         "bound: from 1 to " + std::to_string(kMaxStatsBound));
  }
  if (table == StatsTable::kAnswerQuality) return CountAnswers(db, period);
  return CountRequests(db, table, period, bound);
}

std::vector<std::int64_t> WithMargins(StatsTable table, const StatsPeriod& period,
                                      const std::vector<std::int64_t>& cells) {
  const std::vector<StatsKey> base = StatsCells(table, period);
  const std::vector<StatsKey> all = StatsCells(table, period, StatsMode::kConventional);
  std::vector<std::int64_t> out(cells.begin(), cells.end());
  for (std::size_t i = base.size(); i < all.size(); ++i) {
    std::int64_t sum = 0;
    for (std::size_t j = 0; j < base.size() && j < cells.size(); ++j) {
      bool in = true;
      for (std::size_t d = 0; d < 3; ++d) {
        if (all[i][d] != kStatsMargin && all[i][d] != base[j][d]) in = false;
      }
      if (in) sum += cells[j];
    }
    out.push_back(sum);
  }
  return out;
}

}  // namespace carnet
