// The exact simplex of the statistics audit (stats_audit.h): linear programs over the counts a
// release could have come from, solved in exact rational arithmetic (exact_rational.h), so that
// a bound it proves is a bound, never a rounding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/status.h"
#include "core/stats/exact_rational.h"

namespace carnet::exact {

// The exact arithmetic overflowed: no bound could be proved.
Status Overflowed();
// The published values contradict each other: no nonnegative counts produce them all.
Status Contradictory();

// The simplex method on {A x = b, x >= 0} with A a 0/1 matrix and b >= 0, exact, Bland's rule.
// Start() finds a feasible basis once (phase 1, artificial variables); Minimize() then starts
// every objective from that basis on a copy of the tableau.
class ExactSimplex {
 public:
  ExactSimplex(int columns, const std::vector<std::vector<int>>& rows,
               const std::vector<std::int64_t>& rhs)
      : columns_(columns), rows_(rows), rhs_(rhs) {}

  Status Start();

  // The minimum of sum over j of costs[j] x_j (costs in {-1, 0, 1}); nothing if unbounded below.
  // With `stop_at`, stops early at the first basis whose value is at most *stop_at, and returns
  // that value (which the objective reaches, so the minimum is at most it).
  Result<std::optional<Frac>> Minimize(const std::vector<int>& costs,
                                       const std::optional<Frac>& stop_at);

 private:
  Frac& At(std::vector<Frac>& t, int i, int j) const {
    return t[static_cast<std::size_t>(i) * static_cast<std::size_t>(width_) +
             static_cast<std::size_t>(j)];
  }
  void Pivot(std::vector<Frac>& t, int r, int c);
  // Minimises over the columns below `limit`: Bland's rule, the lowest index enters, ties in the
  // ratio test leave by the lowest basic index. Terminates (Bland, 1977). Stops early once the
  // value (minus the last row's right-hand side) is at most *stop_at.
  Status Run(std::vector<Frac>& t, int limit, bool* unbounded, const std::optional<Frac>& stop_at);

  int columns_;
  const std::vector<std::vector<int>>& rows_;
  const std::vector<std::int64_t>& rhs_;
  int width_ = 0;
  int row_count_ = 0;
  std::vector<Frac> tableau_;
  std::vector<int> basis_;
  Exact exact_;
};

}  // namespace carnet::exact
