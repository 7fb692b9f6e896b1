// The audit by linear bounds: hand-made systems with known bounds, unbounded and contradictory
// ones, a table with margins, and a brute-force cross-check on tiny systems.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include "core/stats/stats_audit.h"

using namespace carnet;

namespace {

AuditCell Published(std::vector<int> atoms, std::int64_t value) {
  return AuditCell{std::move(atoms), value};
}
AuditCell Secret(std::vector<int> atoms) { return AuditCell{std::move(atoms), std::nullopt}; }

AuditBounds BoundsOf(const AuditResult& result, std::size_t cell) {
  for (const AuditBounds& bounds : result.bounds) {
    if (bounds.cell == cell) return bounds;
  }
  FAIL("no bounds for cell " << cell);
  return {};
}

void CheckBounds(const AuditResult& result, std::size_t cell, std::int64_t lower,
                 std::optional<std::int64_t> upper) {
  const AuditBounds bounds = BoundsOf(result, cell);
  CHECK_MESSAGE(bounds.lower == lower, "cell " << cell);
  CHECK_MESSAGE(bounds.upper == upper, "cell " << cell);
}

}  // namespace

TEST_SUITE("stats audit") {
  TEST_CASE("two unknowns with a published sum of 10 each lie in [0, 10]") {
    const AuditSystem system{2, {Published({0, 1}, 10), Secret({0}), Secret({1})}};
    const Result<AuditResult> wide = AuditLinearBounds(system, 5);
    REQUIRE(wide.ok());
    REQUIRE(wide.value().bounds.size() == 2);
    CheckBounds(wide.value(), 1, 0, 10);
    CheckBounds(wide.value(), 2, 0, 10);
    CHECK(wide.value().exposed.empty());
    // Below a minimum of 11 both are narrowed: a sum of 10 says each is under 11.
    const Result<AuditResult> strict = AuditLinearBounds(system, 11);
    REQUIRE(strict.ok());
    CHECK(strict.value().exposed == std::vector<std::size_t>{1, 2});
  }

  TEST_CASE("chained sums bound each unknown and their combinations") {
    // x + y = 10, y + z = 3: y and z in [0, 3], x in [7, 10], x + z = 13 - 2y in [7, 13].
    const AuditSystem system{3,
                             {Published({0, 1}, 10), Published({1, 2}, 3), Secret({0}), Secret({1}),
                              Secret({2}), Secret({0, 2})}};
    const Result<AuditResult> result = AuditLinearBounds(system, 8);
    REQUIRE(result.ok());
    CheckBounds(result.value(), 2, 7, 10);
    CheckBounds(result.value(), 3, 0, 3);
    CheckBounds(result.value(), 4, 0, 3);
    CheckBounds(result.value(), 5, 7, 13);
    // Under a minimum of 8, x is known to be 7 or more but might still be a small count.
    CHECK(result.value().exposed == std::vector<std::size_t>{2, 3, 4, 5});
    // Under a minimum of 5, x and x + z are provably not small counts: not exposed.
    const Result<AuditResult> lower_minimum = AuditLinearBounds(system, 5);
    REQUIRE(lower_minimum.ok());
    CHECK(lower_minimum.value().exposed == std::vector<std::size_t>{3, 4});
  }

  TEST_CASE("an unknown in no published sum is unbounded above") {
    const AuditSystem system{3, {Secret({0}), Secret({0, 1}), Published({1, 2}, 4)}};
    const Result<AuditResult> result = AuditLinearBounds(system, 11);
    REQUIRE(result.ok());
    CheckBounds(result.value(), 0, 0, std::nullopt);
    CheckBounds(result.value(), 1, 0, std::nullopt);
    CHECK(result.value().exposed.empty());
  }

  TEST_CASE("published sums that contradict each other are refused") {
    SUBCASE("found by substitution") {
      const AuditSystem system{2, {Published({0, 1}, 3), Published({0}, 5), Secret({1})}};
      CHECK(AuditLinearBounds(system, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("found by the linear programme") {
      // Pairwise sums of 3 make x + y + z = 4.5, not 10.
      const AuditSystem system{3,
                               {Published({0, 1}, 3), Published({1, 2}, 3), Published({0, 2}, 3),
                                Published({0, 1, 2}, 10), Secret({0})}};
      CHECK(AuditLinearBounds(system, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("in a component without any secret") {
      const AuditSystem system{4,
                               {Published({0, 1}, 3), Published({1, 2}, 3), Published({0, 2}, 3),
                                Published({0, 1, 2}, 10), Secret({3})}};
      CHECK(AuditLinearBounds(system, 11).status().code() == StatusCode::kInvalidArgument);
    }
  }

  TEST_CASE("bad input is refused") {
    CHECK(AuditLinearBounds(AuditSystem{1, {Secret({0})}}, 0).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(AuditLinearBounds(AuditSystem{1, {Secret({1})}}, 11).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(AuditLinearBounds(AuditSystem{2, {Secret({1, 1})}}, 11).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(AuditLinearBounds(AuditSystem{1, {Published({0}, -1)}}, 11).status().code() ==
          StatusCode::kInvalidArgument);
  }

  TEST_CASE("a fractional optimum is found exactly and rounded inward") {
    // x + y = 3, y + z = 3, x + z = 4: x = 2, y = 1, z = 2, found only by the simplex.
    const AuditSystem system{3,
                             {Published({0, 1}, 3), Published({1, 2}, 3), Published({0, 2}, 4),
                              Secret({0}), Secret({1})}};
    const Result<AuditResult> result = AuditLinearBounds(system, 1);
    REQUIRE(result.ok());
    CheckBounds(result.value(), 3, 2, 2);
    CheckBounds(result.value(), 4, 1, 1);
    // Sums of 1 pairwise: each is 1/2 in the relaxation; the integer bounds cross.
    const AuditSystem half{
        3, {Published({0, 1}, 1), Published({1, 2}, 1), Published({0, 2}, 1), Secret({0})}};
    const Result<AuditResult> halves = AuditLinearBounds(half, 2);
    REQUIRE(halves.ok());
    CheckBounds(halves.value(), 3, 1, 0);
    CHECK(halves.value().exposed.size() == 1);
  }

  TEST_CASE(
      "a 3 x 3 table with its margins: a single secret in a row is exact, a rectangle is "
      "protected only when every corner can reach zero") {
    // Atoms a(i, j) = 3 i + j; cells: the 9 inner ones, 3 row sums, 3 column sums, the total.
    auto table = [](const std::array<std::array<std::int64_t, 3>, 3>& v,
                    const std::vector<int>& secret) {
      AuditSystem system{9, {}};
      for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
          const bool hidden = std::find(secret.begin(), secret.end(), 3 * i + j) != secret.end();
          system.cells.push_back(
              AuditCell{{3 * i + j},
                        hidden ? std::nullopt
                               : std::optional<std::int64_t>(
                                     v[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)])});
        }
      }
      std::int64_t total = 0;
      for (int i = 0; i < 3; ++i) {
        std::int64_t row = 0;
        std::int64_t column = 0;
        for (int j = 0; j < 3; ++j) {
          row += v[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
          column += v[static_cast<std::size_t>(j)][static_cast<std::size_t>(i)];
        }
        total += row;
        system.cells.push_back(Published({3 * i, 3 * i + 1, 3 * i + 2}, row));
        system.cells.push_back(Published({i, i + 3, i + 6}, column));
      }
      system.cells.push_back(Published({0, 1, 2, 3, 4, 5, 6, 7, 8}, total));
      return system;
    };
    SUBCASE("a single secret") {
      const Result<AuditResult> result =
          AuditLinearBounds(table({{{3, 15, 20}, {15, 3, 25}, {10, 10, 10}}}, {0}), 11);
      REQUIRE(result.ok());
      CheckBounds(result.value(), 0, 3, 3);
      CHECK(result.value().exposed == std::vector<std::size_t>{0});
    }
    SUBCASE("a balanced rectangle") {
      const Result<AuditResult> result =
          AuditLinearBounds(table({{{3, 15, 20}, {15, 3, 25}, {10, 10, 10}}}, {0, 1, 3, 4}), 11);
      REQUIRE(result.ok());
      for (std::size_t cell : {0U, 1U, 3U, 4U}) CheckBounds(result.value(), cell, 0, 18);
      CHECK(result.value().exposed.empty());
    }
    SUBCASE("an unbalanced rectangle") {
      // a = t, b = 18 - t, d = 17 - t, e = 1 + t with t in [0, 17].
      const Result<AuditResult> result =
          AuditLinearBounds(table({{{3, 15, 20}, {14, 4, 25}, {10, 10, 10}}}, {0, 1, 3, 4}), 11);
      REQUIRE(result.ok());
      CheckBounds(result.value(), 0, 0, 17);
      CheckBounds(result.value(), 1, 1, 18);
      CheckBounds(result.value(), 3, 0, 17);
      CheckBounds(result.value(), 4, 1, 18);
      CHECK(result.value().exposed == std::vector<std::size_t>{1, 4});
    }
  }

  TEST_CASE(
      "bounds match a brute-force enumeration of integer solutions on tiny systems, and the faster "
      "exposure decision agrees") {
    std::mt19937 random(20260301);
    int exact_checks = 0;
    for (int round = 0; round < 300; ++round) {
      const int atoms = 2 + static_cast<int>(random() % 3);  // 2 to 4
      std::vector<std::int64_t> truth(static_cast<std::size_t>(atoms));
      for (std::int64_t& t : truth) t = static_cast<std::int64_t>(random() % 4);
      // Cells over contiguous atoms (an interval matrix: totally unimodular, so the linear
      // bounds are the integer ones) or, every other round, over any subset.
      const bool intervals = round % 2 == 0;
      AuditSystem system{atoms, {}};
      const int cell_count = 2 + static_cast<int>(random() % 5);
      for (int c = 0; c < cell_count; ++c) {
        std::vector<int> members;
        if (intervals) {
          const int from = static_cast<int>(random() % static_cast<unsigned>(atoms));
          const int to = from + static_cast<int>(random() % static_cast<unsigned>(atoms - from));
          for (int a = from; a <= to; ++a) members.push_back(a);
        } else {
          for (int a = 0; a < atoms; ++a) {
            if (random() % 2 == 0) members.push_back(a);
          }
          if (members.empty()) members.push_back(0);
        }
        std::int64_t sum = 0;
        for (int a : members) sum += truth[static_cast<std::size_t>(a)];
        const bool hidden = random() % 2 == 0;
        system.cells.push_back(
            AuditCell{members, hidden ? std::nullopt : std::optional<std::int64_t>(sum)});
      }
      const Result<AuditResult> result = AuditLinearBounds(system, 2);
      REQUIRE(result.ok());
      // The faster decision agrees: same exposed cells and lower bounds; upper bounds the same
      // below the minimum, else reachable values at least the minimum.
      const Result<AuditResult> decision = AuditExposure(system, 2);
      REQUIRE(decision.ok());
      CHECK(decision.value().exposed == result.value().exposed);
      REQUIRE(decision.value().bounds.size() == result.value().bounds.size());
      for (std::size_t i = 0; i < result.value().bounds.size(); ++i) {
        const AuditBounds& exact = result.value().bounds[i];
        const AuditBounds& fast = decision.value().bounds[i];
        CHECK(fast.lower == exact.lower);
        if (exact.upper && *exact.upper < 2) {
          CHECK(fast.upper == exact.upper);
        } else if (fast.upper) {
          CHECK(*fast.upper >= 2);
          CHECK((!exact.upper || *fast.upper <= *exact.upper));
        }
      }
      // Enumerate every atom vector in [0, cap]^atoms that satisfies the published sums.
      std::int64_t cap = 0;
      std::vector<bool> in_published(static_cast<std::size_t>(atoms), false);
      for (const AuditCell& cell : system.cells) {
        if (!cell.value) continue;
        cap = std::max(cap, *cell.value);
        for (int a : cell.atoms) in_published[static_cast<std::size_t>(a)] = true;
      }
      cap = std::max<std::int64_t>(cap, 3);
      std::vector<std::int64_t> low(system.cells.size(), INT64_MAX);
      std::vector<std::int64_t> high(system.cells.size(), -1);
      std::vector<std::int64_t> x(static_cast<std::size_t>(atoms), 0);
      for (;;) {
        bool fits = true;
        for (const AuditCell& cell : system.cells) {
          if (!cell.value) continue;
          std::int64_t sum = 0;
          for (int a : cell.atoms) sum += x[static_cast<std::size_t>(a)];
          fits = fits && sum == *cell.value;
        }
        if (fits) {
          for (std::size_t c = 0; c < system.cells.size(); ++c) {
            std::int64_t sum = 0;
            for (int a : system.cells[c].atoms) sum += x[static_cast<std::size_t>(a)];
            low[c] = std::min(low[c], sum);
            high[c] = std::max(high[c], sum);
          }
        }
        std::size_t digit = 0;
        while (digit < x.size() && x[digit] == cap) x[digit++] = 0;
        if (digit == x.size()) break;
        ++x[digit];
      }
      for (const AuditBounds& bounds : result.value().bounds) {
        const AuditCell& cell = system.cells[bounds.cell];
        bool free_atom = false;
        for (int a : cell.atoms)
          free_atom = free_atom || !in_published[static_cast<std::size_t>(a)];
        CHECK(bounds.upper.has_value() == !free_atom);
        // The truth is a solution: the enumeration found at least it.
        REQUIRE(low[bounds.cell] <= high[bounds.cell]);
        CHECK(bounds.lower <= low[bounds.cell]);
        if (bounds.upper) CHECK(*bounds.upper >= high[bounds.cell]);
        if (intervals) {
          CHECK(bounds.lower == low[bounds.cell]);
          if (bounds.upper) CHECK(*bounds.upper == high[bounds.cell]);
          ++exact_checks;
        }
        CHECK(IsExposed(bounds, 2) ==
              (std::find(result.value().exposed.begin(), result.value().exposed.end(),
                         bounds.cell) != result.value().exposed.end()));
      }
    }
    CHECK(exact_checks > 100);
  }
}
