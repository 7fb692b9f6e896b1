#include "core/stats/stats_audit.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

namespace carnet {
namespace {

// Published sums above this are refused: every intermediate sum stays far from overflow.
constexpr std::int64_t kMaxPublished = std::int64_t{1} << 50;

// An exact rational, den > 0, reduced. Never holds INT64_MIN.
struct Frac {
  std::int64_t num = 0;
  std::int64_t den = 1;
};

// Exact arithmetic on Frac. An overflow sets the flag and yields 0; the caller checks the flag.
class Exact {
 public:
  bool overflow() const { return overflow_; }

  Frac Add(const Frac& a, const Frac& b) {
    if (a.num == 0) return b;
    if (b.num == 0) return a;
    const std::int64_t g = std::gcd(a.den, b.den);
    const std::int64_t a_scale = b.den / g;
    const std::int64_t b_scale = a.den / g;
    std::int64_t n1 = 0;
    std::int64_t n2 = 0;
    std::int64_t num = 0;
    std::int64_t den = 0;
    if (__builtin_mul_overflow(a.num, a_scale, &n1) ||
        __builtin_mul_overflow(b.num, b_scale, &n2) || __builtin_add_overflow(n1, n2, &num) ||
        __builtin_mul_overflow(a.den, a_scale, &den)) {
      return Fail();
    }
    return Reduced(num, den);
  }
  Frac Sub(const Frac& a, const Frac& b) { return Add(a, Frac{-b.num, b.den}); }
  Frac Mul(const Frac& a, const Frac& b) {
    if (a.num == 0 || b.num == 0) return Frac{};
    const std::int64_t g1 = std::gcd(a.num, b.den);
    const std::int64_t g2 = std::gcd(b.num, a.den);
    std::int64_t num = 0;
    std::int64_t den = 0;
    if (__builtin_mul_overflow(a.num / g1, b.num / g2, &num) ||
        __builtin_mul_overflow(a.den / g2, b.den / g1, &den)) {
      return Fail();
    }
    return Checked(num, den);
  }
  // b must not be zero.
  Frac Div(const Frac& a, const Frac& b) {
    const Frac inverse = b.num < 0 ? Frac{-b.den, -b.num} : Frac{b.den, b.num};
    return Mul(a, inverse);
  }
  // The sign of a - b.
  int Compare(const Frac& a, const Frac& b) {
    const Frac d = Sub(a, b);
    return d.num < 0 ? -1 : (d.num > 0 ? 1 : 0);
  }

 private:
  Frac Fail() {
    overflow_ = true;
    return Frac{};
  }
  Frac Checked(std::int64_t num, std::int64_t den) {
    if (num == INT64_MIN || den == INT64_MIN) return Fail();
    return Frac{num, den};
  }
  Frac Reduced(std::int64_t num, std::int64_t den) {
    if (num == INT64_MIN || den == INT64_MIN) return Fail();
    const std::int64_t g = std::gcd(num, den);
    return Frac{num / g, den / g};
  }

  bool overflow_ = false;
};

// The largest integer <= f, and the smallest integer >= f.
std::int64_t Floor(const Frac& f) {
  const std::int64_t q = f.num / f.den;
  return (f.num % f.den != 0 && f.num < 0) ? q - 1 : q;
}
std::int64_t Ceil(const Frac& f) {
  const std::int64_t q = f.num / f.den;
  return (f.num % f.den != 0 && f.num > 0) ? q + 1 : q;
}

Status Overflowed() {
  return Status::Error(StatusCode::kInternal,
                       "audit: exact arithmetic overflowed; no bound could be proved");
}

Status Contradictory() {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                       "Les valeurs publiées se contredisent\u00a0: aucun ensemble de comptes "
                       "positifs ou nuls ne les produit toutes.");
}

// The simplex method on {A x = b, x >= 0} with A a 0/1 matrix and b >= 0, exact, Bland's rule.
// Start() finds a feasible basis once (phase 1, artificial variables); Minimize() then starts
// every objective from that basis on a copy of the tableau.
class ExactSimplex {
 public:
  ExactSimplex(int columns, const std::vector<std::vector<int>>& rows,
               const std::vector<std::int64_t>& rhs)
      : columns_(columns), rows_(rows), rhs_(rhs) {}

  Status Start() {
    const int m = static_cast<int>(rows_.size());
    const int n = columns_;
    width_ = n + m + 1;
    tableau_.assign(static_cast<std::size_t>(m + 1) * static_cast<std::size_t>(width_), Frac{});
    basis_.assign(static_cast<std::size_t>(m), 0);
    row_count_ = m;
    for (int i = 0; i < m; ++i) {
      for (int j : rows_[static_cast<std::size_t>(i)]) At(tableau_, i, j) = Frac{1, 1};
      At(tableau_, i, n + i) = Frac{1, 1};
      At(tableau_, i, width_ - 1) = Frac{rhs_[static_cast<std::size_t>(i)], 1};
      basis_[static_cast<std::size_t>(i)] = n + i;
    }
    // Phase 1: minimise the sum of the artificial variables; reduced costs in the last row.
    for (int i = 0; i < m; ++i) {
      for (int j = 0; j < n; ++j)
        At(tableau_, m, j) = exact_.Sub(At(tableau_, m, j), At(tableau_, i, j));
      At(tableau_, m, width_ - 1) =
          exact_.Sub(At(tableau_, m, width_ - 1), At(tableau_, i, width_ - 1));
    }
    bool unbounded = false;
    {
      Status status = Run(tableau_, width_ - 1, &unbounded, std::nullopt);
      if (!status.ok()) return status;
    }
    if (At(tableau_, m, width_ - 1).num != 0) return Contradictory();
    // Drive the artificial variables out of the basis; a row where none can leave is redundant.
    std::vector<bool> keep(static_cast<std::size_t>(m), true);
    for (int i = 0; i < m; ++i) {
      if (basis_[static_cast<std::size_t>(i)] < n) continue;
      int pivot = -1;
      for (int j = 0; j < n && pivot < 0; ++j) {
        if (At(tableau_, i, j).num != 0) pivot = j;
      }
      if (pivot < 0) {
        keep[static_cast<std::size_t>(i)] = false;
      } else {
        Pivot(tableau_, i, pivot);
        if (exact_.overflow()) return Overflowed();
      }
    }
    // The compact tableau: kept rows, real columns and the right-hand side.
    std::vector<Frac> compact;
    std::vector<int> basis;
    for (int i = 0; i < m; ++i) {
      if (!keep[static_cast<std::size_t>(i)]) continue;
      for (int j = 0; j < n; ++j) compact.push_back(At(tableau_, i, j));
      compact.push_back(At(tableau_, i, width_ - 1));
      basis.push_back(basis_[static_cast<std::size_t>(i)]);
    }
    row_count_ = static_cast<int>(basis.size());
    width_ = n + 1;
    compact.resize(compact.size() + static_cast<std::size_t>(width_));  // the objective row
    tableau_ = std::move(compact);
    basis_ = std::move(basis);
    return Status::Ok();
  }

  // The minimum of sum over j of costs[j] x_j (costs in {-1, 0, 1}); nothing if unbounded below.
  // With `stop_at`, stops early at the first basis whose value is at most *stop_at, and returns
  // that value (which the objective reaches, so the minimum is at most it).
  Result<std::optional<Frac>> Minimize(const std::vector<int>& costs,
                                       const std::optional<Frac>& stop_at) {
    std::vector<Frac> t = tableau_;
    const int m = row_count_;
    for (int j = 0; j < width_; ++j) {
      Frac reduced = j < columns_ ? Frac{costs[static_cast<std::size_t>(j)], 1} : Frac{};
      for (int i = 0; i < m; ++i) {
        const int cb = costs[static_cast<std::size_t>(basis_[static_cast<std::size_t>(i)])];
        if (cb != 0) reduced = exact_.Sub(reduced, exact_.Mul(Frac{cb, 1}, At(t, i, j)));
      }
      At(t, m, j) = reduced;
    }
    const std::vector<int> saved_basis = basis_;
    bool unbounded = false;
    const Status status = Run(t, columns_, &unbounded, stop_at);
    basis_ = saved_basis;
    if (!status.ok()) return status;
    if (exact_.overflow()) return Overflowed();
    if (unbounded) return std::optional<Frac>();
    const Frac value = At(t, m, width_ - 1);
    return std::optional<Frac>(Frac{-value.num, value.den});
  }

 private:
  Frac& At(std::vector<Frac>& t, int i, int j) const {
    return t[static_cast<std::size_t>(i) * static_cast<std::size_t>(width_) +
             static_cast<std::size_t>(j)];
  }

  void Pivot(std::vector<Frac>& t, int r, int c) {
    const Frac p = At(t, r, c);
    for (int j = 0; j < width_; ++j) {
      if (At(t, r, j).num != 0) At(t, r, j) = exact_.Div(At(t, r, j), p);
    }
    for (int i = 0; i <= row_count_; ++i) {
      if (i == r) continue;
      const Frac f = At(t, i, c);
      if (f.num == 0) continue;
      for (int j = 0; j < width_; ++j) {
        const Frac& rj = At(t, r, j);
        if (rj.num != 0) At(t, i, j) = exact_.Sub(At(t, i, j), exact_.Mul(f, rj));
      }
    }
    basis_[static_cast<std::size_t>(r)] = c;
  }

  // Minimises over the columns below `limit`: Bland's rule, the lowest index enters, ties in the
  // ratio test leave by the lowest basic index. Terminates (Bland, 1977). Stops early once the
  // value (minus the last row's right-hand side) is at most *stop_at.
  Status Run(std::vector<Frac>& t, int limit, bool* unbounded, const std::optional<Frac>& stop_at) {
    const int m = row_count_;
    const int rhs = width_ - 1;
    for (;;) {
      if (exact_.overflow()) return Overflowed();
      if (stop_at) {
        const Frac& value = At(t, m, rhs);
        if (exact_.Compare(Frac{-value.num, value.den}, *stop_at) <= 0) return Status::Ok();
      }
      int enter = -1;
      for (int j = 0; j < limit && enter < 0; ++j) {
        if (At(t, m, j).num < 0) enter = j;
      }
      if (enter < 0) return Status::Ok();
      int leave = -1;
      Frac best;
      for (int i = 0; i < m; ++i) {
        const Frac& a = At(t, i, enter);
        if (a.num <= 0) continue;
        const Frac ratio = exact_.Div(At(t, i, rhs), a);
        const int order = leave < 0 ? -1 : exact_.Compare(ratio, best);
        if (order < 0 || (order == 0 && basis_[static_cast<std::size_t>(i)] <
                                            basis_[static_cast<std::size_t>(leave)])) {
          leave = i;
          best = ratio;
        }
      }
      if (leave < 0) {
        *unbounded = true;
        return Status::Ok();
      }
      Pivot(t, leave, enter);
    }
  }

  int columns_;
  const std::vector<std::vector<int>>& rows_;
  const std::vector<std::int64_t>& rhs_;
  int width_ = 0;
  int row_count_ = 0;
  std::vector<Frac> tableau_;
  std::vector<int> basis_;
  Exact exact_;
};

int Find(std::vector<int>& parent, int x) {
  while (parent[static_cast<std::size_t>(x)] != x) {
    parent[static_cast<std::size_t>(x)] =
        parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
    x = parent[static_cast<std::size_t>(x)];
  }
  return x;
}

Status CheckSystem(const AuditSystem& system, int minimum) {
  if (minimum < 1) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                         "audit: the minimum frequency must be at least 1");
  }
  if (system.atom_count < 0) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                         "audit: negative atom count");
  }
  std::vector<std::size_t> seen(static_cast<std::size_t>(system.atom_count), SIZE_MAX);
  for (std::size_t c = 0; c < system.cells.size(); ++c) {
    const AuditCell& cell = system.cells[c];
    if (cell.value && (*cell.value < 0 || *cell.value > kMaxPublished)) {
      return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                           "audit: a published sum is negative or too large");
    }
    for (int atom : cell.atoms) {
      if (atom < 0 || atom >= system.atom_count || seen[static_cast<std::size_t>(atom)] == c) {
        return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                             "audit: an atom index is out of range or repeated in a cell");
      }
      seen[static_cast<std::size_t>(atom)] = c;
    }
  }
  return Status::Ok();
}

// The atoms that the published cells fix, by propagation: a published cell with one unknown
// atom left fixes it; one whose remaining sum is zero fixes all its unknowns at zero.
Status FixAtoms(const AuditSystem& system, std::vector<std::optional<std::int64_t>>& fixed) {
  const std::size_t n = static_cast<std::size_t>(system.atom_count);
  fixed.assign(n, std::nullopt);
  std::vector<std::vector<std::size_t>> cells_of(n);
  std::vector<std::int64_t> residual(system.cells.size(), 0);
  std::vector<int> unknown(system.cells.size(), 0);
  std::vector<std::size_t> queue;
  for (std::size_t c = 0; c < system.cells.size(); ++c) {
    const AuditCell& cell = system.cells[c];
    if (!cell.value) continue;
    residual[c] = *cell.value;
    unknown[c] = static_cast<int>(cell.atoms.size());
    for (int atom : cell.atoms) cells_of[static_cast<std::size_t>(atom)].push_back(c);
    queue.push_back(c);
  }
  auto fix = [&](int atom, std::int64_t value) {
    fixed[static_cast<std::size_t>(atom)] = value;
    for (std::size_t c : cells_of[static_cast<std::size_t>(atom)]) {
      residual[c] -= value;
      --unknown[c];
      queue.push_back(c);
    }
  };
  while (!queue.empty()) {
    const std::size_t c = queue.back();
    queue.pop_back();
    if (residual[c] < 0 || (unknown[c] == 0 && residual[c] != 0)) return Contradictory();
    if (unknown[c] == 0 || (unknown[c] > 1 && residual[c] > 0)) continue;
    const std::int64_t value = residual[c];  // one unknown left, or a sum of zero
    for (int atom : system.cells[c].atoms) {
      if (!fixed[static_cast<std::size_t>(atom)]) fix(atom, value);
    }
  }
  return Status::Ok();
}

struct Component {
  std::vector<int> atoms;              // global atom indices; local index = position
  std::vector<std::vector<int>> rows;  // local indices
  std::vector<std::int64_t> rhs;
};

// An objective's bounds within one component.
struct Range {
  Frac min;
  std::optional<Frac> max;  // nothing: unbounded
  bool max_exact = true;    // else a value the objective reaches, not its maximum
};

}  // namespace

bool IsExposed(const AuditBounds& bounds, int minimum) {
  if (bounds.lower >= minimum) return false;  // provably not a small count
  return bounds.lower > 0 || (bounds.upper && *bounds.upper < minimum);
}

namespace {

// The audit; with `exposure_only`, a maximum stops as soon as it reaches the minimum (the cell
// is then not narrowed from above, whatever its exact upper bound).
Result<AuditResult> Audit(const AuditSystem& system, int minimum, bool exposure_only) {
  {
    Status status = CheckSystem(system, minimum);
    if (!status.ok()) return status;
  }
  std::vector<std::optional<std::int64_t>> fixed;
  {
    Status status = FixAtoms(system, fixed);
    if (!status.ok()) return status;
  }

  // The equations left: each published cell's unknown atoms and remaining sum, duplicates once.
  const std::size_t n = static_cast<std::size_t>(system.atom_count);
  std::map<std::vector<int>, std::int64_t> equations;
  for (const AuditCell& cell : system.cells) {
    if (!cell.value) continue;
    std::vector<int> unknown;
    std::int64_t rest = *cell.value;
    for (int atom : cell.atoms) {
      if (fixed[static_cast<std::size_t>(atom)]) {
        rest -= *fixed[static_cast<std::size_t>(atom)];
      } else {
        unknown.push_back(atom);
      }
    }
    if (unknown.empty()) continue;
    std::sort(unknown.begin(), unknown.end());
    const auto [it, inserted] = equations.emplace(std::move(unknown), rest);
    if (!inserted && it->second != rest) return Contradictory();
  }

  // Independent components: unknown atoms linked by the equations left.
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<bool> constrained(n, false);
  for (const auto& [atoms, rest] : equations) {
    for (int atom : atoms) {
      constrained[static_cast<std::size_t>(atom)] = true;
      parent[static_cast<std::size_t>(Find(parent, atom))] = Find(parent, atoms.front());
    }
  }
  std::vector<int> component_of(n, -1);
  std::vector<int> local_of(n, -1);
  std::vector<Component> components;
  for (std::size_t a = 0; a < n; ++a) {
    if (!constrained[a]) continue;
    const std::size_t root = static_cast<std::size_t>(Find(parent, static_cast<int>(a)));
    if (component_of[root] < 0) {
      component_of[root] = static_cast<int>(components.size());
      components.emplace_back();
    }
    Component& component = components[static_cast<std::size_t>(component_of[root])];
    component_of[a] = component_of[root];
    local_of[a] = static_cast<int>(component.atoms.size());
    component.atoms.push_back(static_cast<int>(a));
  }
  for (const auto& [atoms, rest] : equations) {
    Component& component =
        components[static_cast<std::size_t>(component_of[static_cast<std::size_t>(atoms.front())])];
    std::vector<int> row;
    row.reserve(atoms.size());
    for (int atom : atoms) row.push_back(local_of[static_cast<std::size_t>(atom)]);
    component.rows.push_back(std::move(row));
    component.rhs.push_back(rest);
  }

  // Each component's programme, started once (which checks that the published sums agree) and
  // asked once per distinct objective.
  std::vector<std::optional<ExactSimplex>> solvers(components.size());
  for (std::size_t index = 0; index < components.size(); ++index) {
    const Component& component = components[index];
    solvers[index].emplace(static_cast<int>(component.atoms.size()), component.rows, component.rhs);
    Status status = solvers[index]->Start();
    if (!status.ok()) return status;
  }
  // `enough`: with exposure_only, the maximum may stop once it reaches this value.
  std::map<std::pair<int, std::vector<int>>, Range> ranges;
  Exact compare;
  auto range_of = [&](int index, const std::vector<int>& locals,
                      const Frac& enough) -> Result<Range> {
    const auto key = std::make_pair(index, locals);
    const auto found = ranges.find(key);
    if (found != ranges.end() &&
        (found->second.max_exact || compare.Compare(*found->second.max, enough) >= 0)) {
      return found->second;
    }
    const Component& component = components[static_cast<std::size_t>(index)];
    std::optional<ExactSimplex>& solver = solvers[static_cast<std::size_t>(index)];
    std::vector<int> costs(component.atoms.size(), 0);
    for (int local : locals) costs[static_cast<std::size_t>(local)] = 1;
    // A sum of non-negative atoms is at least 0: reaching 0 is reaching the minimum.
    Result<std::optional<Frac>> low = solver->Minimize(costs, Frac{});
    if (!low.ok()) return low.status();
    for (int& cost : costs) cost = -cost;
    const std::optional<Frac> stop =
        exposure_only ? std::optional<Frac>(Frac{-enough.num, enough.den}) : std::nullopt;
    Result<std::optional<Frac>> high = solver->Minimize(costs, stop);
    if (!high.ok()) return high.status();
    Range range;
    range.min = low.value().value_or(Frac{});
    if (high.value()) {
      range.max = Frac{-high.value()->num, high.value()->den};
      range.max_exact = !stop || compare.Compare(*high.value(), *stop) > 0;
    }
    if (compare.overflow()) return Overflowed();
    ranges[key] = range;
    return range;
  };

  AuditResult result;
  Exact exact;
  for (std::size_t c = 0; c < system.cells.size(); ++c) {
    const AuditCell& cell = system.cells[c];
    if (cell.value) continue;
    Frac low;
    std::optional<Frac> high = Frac{};
    std::map<int, std::vector<int>> parts;  // component -> local atoms
    for (int atom : cell.atoms) {
      const std::size_t a = static_cast<std::size_t>(atom);
      if (fixed[a]) {
        low = exact.Add(low, Frac{*fixed[a], 1});
        if (high) high = exact.Add(*high, Frac{*fixed[a], 1});
      } else if (component_of[a] < 0) {
        high.reset();  // in no published cell: nothing bounds it above
      } else {
        parts[component_of[a]].push_back(local_of[a]);
      }
    }
    // Every part is at least 0, so one part reaching minimum - fixed lifts the sum to the minimum.
    const Frac enough = exact.Sub(Frac{minimum, 1}, low);
    for (auto& [index, locals] : parts) {
      std::sort(locals.begin(), locals.end());
      Result<Range> range = range_of(index, locals, enough);
      if (!range.ok()) return range.status();
      low = exact.Add(low, range.value().min);
      if (high && range.value().max) {
        high = exact.Add(*high, *range.value().max);
      } else {
        high.reset();
      }
    }
    if (exact.overflow()) return Overflowed();
    AuditBounds bounds;
    bounds.cell = c;
    bounds.lower = std::max<std::int64_t>(0, Ceil(low));
    if (high) bounds.upper = Floor(*high);
    if (IsExposed(bounds, minimum)) result.exposed.push_back(c);
    result.bounds.push_back(bounds);
  }
  return result;
}

}  // namespace

Result<AuditResult> AuditLinearBounds(const AuditSystem& system, int minimum) {
  return Audit(system, minimum, false);
}

Result<AuditResult> AuditExposure(const AuditSystem& system, int minimum) {
  return Audit(system, minimum, true);
}

}  // namespace carnet
