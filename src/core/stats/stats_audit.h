// The audit by linear bounds of a release with suppressed cells: what the published sums reveal
// about the suppressed ones. The unknowns ("atoms") are non-negative counts; every released cell
// is a set of atoms whose sum is either published (a known integer) or suppressed. For each
// suppressed cell the audit computes the smallest and the largest value its sum can take given
// every published equation and atoms >= 0, by linear programming.
//
// A suppressed cell that may hold a small count (its lower bound is below the minimum) is
// exposed when its interval does not contain [0, minimum]: its lower bound is above 0 or its
// upper bound is below the minimum frequency. A cell whose lower bound reaches the minimum is
// provably not a small count (it holds a secondary suppression, and values that large may be
// published): knowing it is "at least 15" reveals nothing the rule protects, so it is not
// exposed. Without that exception cumulative releases would often fail the audit whatever they
// suppress: once January-May's second quarter (April-May) is published at 15, January-August's
// second quarter (April-June) is known to be at least 15 as soon as it is suppressed. For a cell
// holding a small count the lower bound is below the minimum, and the rule is exactly
// [0, minimum].
//
// Precision: exact. The solver is a simplex method with Bland's rule (no cycling) over exact
// rationals (64-bit numerator and denominator, reduced after every operation, every
// multiplication and addition checked for overflow). Nothing is rounded, so no tolerance can
// hide a bound: an optimum of 1e-9 is positive. The matrices are 0/1 and the data small
// integers, so the entries stay small in practice; if one ever overflowed, the audit returns
// kInternal instead of a bound (never a wrong bound).
//
// The bounds are reported as integers, rounded inward (lower = ceil, upper = floor): every sum
// is an integer, so the rounded interval still holds every value the cell can take (and an
// adversary rounds too). They are the bounds of the linear relaxation: an adversary solving
// the integer problem may, for matrices that are not totally unimodular, narrow a cell further
// (a two-way table with its margins is totally unimodular, and there the bounds are exact).
//
// Size: published cells that fix atoms (a single free atom, or a sum of zero) are substituted
// first; the remaining atoms are split into independent components (atoms linked by published
// equations) and each component's linear programme is solved once to feasibility, then once per
// distinct objective. Thread-compatible; no global state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/status.h"

namespace carnet {

struct AuditCell {
  std::vector<int> atoms;             // indices in [0, atom_count), each at most once
  std::optional<std::int64_t> value;  // the published sum, or nothing: suppressed
};

struct AuditSystem {
  int atom_count = 0;
  std::vector<AuditCell> cells;
};

// One suppressed cell's interval: every value its sum can take lies in [lower, upper].
struct AuditBounds {
  std::size_t cell = 0;               // index in AuditSystem::cells
  std::int64_t lower = 0;             // >= 0
  std::optional<std::int64_t> upper;  // nothing: unbounded (+infinity)
};

struct AuditResult {
  std::vector<AuditBounds> bounds;   // every suppressed cell, in cell order
  std::vector<std::size_t> exposed;  // indices in cells of the exposed ones, in cell order
};

// Whether a suppressed cell with these bounds is exposed for this minimum frequency (above).
bool IsExposed(const AuditBounds& bounds, int minimum);

// Audits the system. kInvalidArgument for a minimum below 1, an atom index out of range or
// repeated in a cell, a negative published sum, or published sums that no non-negative atoms
// satisfy (the releases contradict each other); kInternal if exact arithmetic overflowed.
Result<AuditResult> AuditLinearBounds(const AuditSystem& system, int minimum);

// The same decision, faster: `exposed` and every lower bound are those of AuditLinearBounds,
// and so is every upper bound below the minimum; an upper bound at or above the minimum may be
// any value the cell's sum can reach that is at least the minimum (its maximum is not sought).
// For choosing suppressions; AuditLinearBounds for reporting.
Result<AuditResult> AuditExposure(const AuditSystem& system, int minimum);

}  // namespace carnet
