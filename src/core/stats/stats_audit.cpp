#include "core/stats/stats_audit.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

#include "core/stats/exact_simplex.h"

namespace carnet {
namespace {

// Published sums above this are refused: every intermediate sum stays far from overflow.
constexpr std::int64_t kMaxPublished = std::int64_t{1} << 50;

using exact::Ceil;
using exact::Contradictory;
using exact::Exact;
using exact::ExactSimplex;
using exact::Floor;
using exact::Frac;
using exact::Overflowed;

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
