#include "core/stats/exact_simplex.h"

#include <cstddef>
#include <utility>

namespace carnet::exact {

Status Overflowed() {
  return Status::Error(StatusCode::kInternal,
                       "audit: exact arithmetic overflowed; no bound could be proved");
}

Status Contradictory() {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                       "Les valeurs publiées se contredisent\u00a0: aucun ensemble de comptes "
                       "positifs ou nuls ne les produit toutes.");
}

Status ExactSimplex::Start() {
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

Result<std::optional<Frac>> ExactSimplex::Minimize(const std::vector<int>& costs,
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

void ExactSimplex::Pivot(std::vector<Frac>& t, int r, int c) {
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

Status ExactSimplex::Run(std::vector<Frac>& t, int limit, bool* unbounded,
                         const std::optional<Frac>& stop_at) {
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

}  // namespace carnet::exact
