// The true counts behind the statistics: every cell of the specification, zeros included; the
// person as the privacy unit (once per cell, at most `bound` cells per table); removing any one
// person changes a table by at most its sensitivity, even for adversarial data.
#include <doctest/doctest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/case/store_fixture.h"
#include "core/stats/stats_counts.h"

using namespace carnet;
using namespace carnet::test;

namespace {

const StatsPeriod kQ1{2026, 1, 3};

std::size_t CellIndex(StatsTable table, const StatsPeriod& period, const StatsKey& key) {
  const std::vector<StatsKey> cells = StatsCells(table, period);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i] == key) return i;
  }
  FAIL("no such cell");
  return 0;
}

std::int64_t At(Store& store, StatsTable table, const StatsPeriod& period, const StatsKey& key,
                int bound = 3) {
  const std::vector<std::int64_t> counts = Value(CountStatsTable(store.db(), table, period, bound));
  return counts[CellIndex(table, period, key)];
}

Id Born(Store& store, int year, int month, int day, Day opened) {
  CreateDossier create;
  create.person = Named("Prénom", "Nom");
  create.person.birth = Answer<BirthDate>::Of(BirthDate{year, month, day});
  create.opened_on = opened;
  return Value(store.Apply(create));
}

Id Request(Store& store, Id dossier, Day on, std::vector<std::string> codes) {
  AddRequest add;
  add.dossier_id = dossier;
  add.opened_on = on;
  add.category_codes = std::move(codes);
  return Value(store.Apply(add));
}

std::int64_t L1(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::llabs(a[i] - b[i]);
  return sum;
}

// A random caseload, the same for a seed, leaving out person `skip` (-1: nobody). Person 0 is
// adversarial: requests in every category, every quarter, every outcome.
void Fill(Store& store, unsigned seed, int persons, int skip) {
  std::mt19937 rng(seed);
  const std::vector<std::string> codes = {"DROITS.CSS",    "SANTE",    "EMPLOI.AUCUNE",
                                          "AUTONOMIE",     "LOGEMENT", "BUDGET",
                                          "FAMILLE.DECES", "AUCUNE",   "DROITS.AUCUNE"};
  for (int p = 0; p < persons; ++p) {
    const int requests = p == 0 ? 30 : static_cast<int>(rng() % 5);
    const int year = 1930 + static_cast<int>(rng() % 90);
    const int state = static_cast<int>(rng() % 5);
    std::vector<unsigned> draws;
    draws.reserve(static_cast<std::size_t>(requests));
    for (int r = 0; r < requests; ++r) draws.push_back(static_cast<unsigned>(rng()));
    if (p == skip) continue;
    CreateDossier create;
    create.person = Named("P" + std::to_string(p), "N");
    create.person.birth = state == 0 ? Answer<BirthDate>::Of(BirthDate{year, 6, 0})
                                     : Answer<BirthDate>::Is(static_cast<AnswerState>(state));
    create.person.phone = Answer<std::string>::Is(static_cast<AnswerState>(1 + (p % 4)));
    create.opened_on = D(2025, 12, 1);
    const Id dossier = Value(store.Apply(create));
    for (int r = 0; r < requests; ++r) {
      const unsigned d = draws[static_cast<std::size_t>(r)];
      const Day on = D(2026, 1 + static_cast<int>(d % 12), 1 + static_cast<int>((d >> 4) % 28));
      const Id request = Request(store, dossier, on, {codes[(d >> 9) % codes.size()]});
      const int outcome = static_cast<int>((d >> 13) % 5);
      if (outcome != 0) {
        SetRequestStatus set;
        set.request_id = request;
        set.status = static_cast<RequestStatus>(outcome);
        set.on = on + static_cast<int>((d >> 16) % 60);
        if (set.on > D(2026, 12, 31)) set.on = D(2026, 12, 31);
        REQUIRE(store.Apply(set).ok());
      }
    }
  }
}

}  // namespace

TEST_SUITE("statistics counts") {
  TEST_CASE("an empty vault gives every cell of the specification, all zero") {
    Store store = NewStore();
    for (const StatsPeriod& period : {kQ1, StatsPeriod{2026, 1, 12}, StatsPeriod{2026, 3, 4}}) {
      for (int t = 0; t < kStatsTableCount; ++t) {
        const auto table = static_cast<StatsTable>(t);
        const std::vector<std::int64_t> counts =
            Value(CountStatsTable(store.db(), table, period, DefaultStatsBound(table)));
        CHECK(counts.size() == StatsCells(table, period).size());
        for (const std::int64_t c : counts) CHECK(c == 0);
      }
    }
    // The domain is the specification's, never the data's: 8 categories x 8 bands x quarters.
    CHECK(StatsCells(StatsTable::kRequests, {2026, 1, 12}).size() == 256);
    CHECK(StatsCells(StatsTable::kRequests, {2026, 3, 4}).size() == 128);
    CHECK(StatsCells(StatsTable::kOutcomes, kQ1).size() == 40);
    CHECK(StatsCells(StatsTable::kAnswerQuality, kQ1).size() == 20);
    CHECK(StatsCells(StatsTable::kTypologyFit, kQ1).size() == 8);
  }

  TEST_CASE("one person: age band on the request's day, quarter, national category") {
    Store store = NewStore();
    const Id d = Born(store, 2001, 2, 10, D(2025, 6, 1));
    Request(store, d, D(2026, 2, 9), {"DROITS.CSS"});  // the day before turning 25
    Request(store, d, D(2026, 2, 10), {"SANTE"});      // turning 25 that day
    CHECK(At(store, StatsTable::kRequests, kQ1, {"DROITS", "18 à 24 ans", "2026-T1"}) == 1);
    CHECK(At(store, StatsTable::kRequests, kQ1, {"SANTE", "25 à 39 ans", "2026-T1"}) == 1);
    const std::vector<std::int64_t> all =
        Value(CountStatsTable(store.db(), StatsTable::kRequests, kQ1, 3));
    std::int64_t total = 0;
    for (const std::int64_t c : all) total += c;
    CHECK(total == 2);
    // Outside the period: nothing.
    CHECK(At(store, StatsTable::kRequests, {2026, 4, 6}, {"DROITS", "18 à 24 ans", "2026-T2"}) ==
          0);
  }

  TEST_CASE("a person counts once per cell, however many requests fall in it") {
    Store store = NewStore();
    const Id d = Born(store, 1980, 5, 5, D(2025, 6, 1));
    for (int day = 1; day <= 5; ++day) Request(store, d, D(2026, 1, day), {"LOGEMENT.MAINTIEN"});
    Request(store, d, D(2026, 1, 9), {"LOGEMENT.ADAPTATION", "LOGEMENT.MAINTIEN"});
    CHECK(At(store, StatsTable::kRequests, kQ1, {"LOGEMENT", "40 à 54 ans", "2026-T1"}) == 1);
    CHECK(At(store, StatsTable::kOutcomes, kQ1, {"LOGEMENT", "en cours", ""}) == 1);
  }

  TEST_CASE("a person counts in at most `bound` cells, oldest requests first") {
    Store store = NewStore();
    const Id d = Born(store, 1950, 1, 1, D(2025, 6, 1));
    Request(store, d, D(2026, 1, 2), {"DROITS"});
    Request(store, d, D(2026, 1, 3), {"SANTE"});
    Request(store, d, D(2026, 1, 4), {"EMPLOI"});
    Request(store, d, D(2026, 1, 5), {"BUDGET"});
    const auto band = "75 ans ou plus";
    CHECK(At(store, StatsTable::kRequests, kQ1, {"EMPLOI", band, "2026-T1"}, 3) == 1);
    CHECK(At(store, StatsTable::kRequests, kQ1, {"BUDGET", band, "2026-T1"}, 3) == 0);
    CHECK(At(store, StatsTable::kRequests, kQ1, {"SANTE", band, "2026-T1"}, 1) == 0);
    CHECK(At(store, StatsTable::kRequests, kQ1, {"DROITS", band, "2026-T1"}, 1) == 1);
  }

  TEST_CASE("unknown ages, outcomes at the period's end, and requests no category fits") {
    Store store = NewStore();
    CreateDossier create;
    create.person = Named("A", "B");
    create.person.birth = Answer<BirthDate>::Is(AnswerState::kRefused);
    create.opened_on = D(2025, 6, 1);
    const Id d = Value(store.Apply(create));
    const Id r1 = Request(store, d, D(2026, 2, 1), {"AUCUNE"});
    const Id r2 = Request(store, d, D(2026, 3, 1), {"FAMILLE.AUCUNE"});
    SetRequestStatus done;
    done.request_id = r1;
    done.status = RequestStatus::kSatisfied;
    done.on = D(2026, 3, 15);
    REQUIRE(store.Apply(done).ok());
    done.request_id = r2;
    done.status = RequestStatus::kAbandoned;
    done.on = D(2026, 4, 2);  // after the period: still open at its end
    REQUIRE(store.Apply(done).ok());
    CHECK(At(store, StatsTable::kRequests, kQ1, {"AUCUNE", "âge inconnu", "2026-T1"}) == 1);
    CHECK(At(store, StatsTable::kOutcomes, kQ1, {"AUCUNE", "satisfaite", ""}) == 1);
    CHECK(At(store, StatsTable::kOutcomes, kQ1, {"FAMILLE", "en cours", ""}) == 1);
    CHECK(At(store, StatsTable::kOutcomes, kQ1, {"FAMILLE", "abandonnée", ""}) == 0);
    CHECK(At(store, StatsTable::kOutcomes, {2026, 1, 4}, {"FAMILLE", "abandonnée", ""}) == 1);
    CHECK(At(store, StatsTable::kTypologyFit, kQ1, {"AUCUNE", "", ""}) == 1);
    CHECK(At(store, StatsTable::kTypologyFit, kQ1, {"FAMILLE", "", ""}) == 1);
    CHECK(At(store, StatsTable::kTypologyFit, kQ1, {"DROITS", "", ""}) == 0);
  }

  TEST_CASE("answer quality counts each person followed once per field") {
    Store store = NewStore();
    CreateDossier create;
    create.person = Named("A", "B");
    create.person.address = Answer<std::string>::Of("1 rue des Lilas");
    create.person.phone = Answer<std::string>::Is(AnswerState::kRefused);
    create.opened_on = D(2026, 2, 1);
    REQUIRE(store.Apply(create).ok());
    create.opened_on = D(2026, 5, 1);  // after the period: not counted
    REQUIRE(store.Apply(create).ok());
    const StatsTable t = StatsTable::kAnswerQuality;
    CHECK(At(store, t, kQ1, {"adresse", "renseigné", ""}) == 1);
    CHECK(At(store, t, kQ1, {"téléphone", "refus de répondre", ""}) == 1);
    CHECK(At(store, t, kQ1, {"naissance", "non demandé", ""}) == 1);
    CHECK(At(store, t, kQ1, {"taille du foyer", "non demandé", ""}) == 1);
    CHECK(At(store, t, {2026, 1, 12}, {"adresse", "renseigné", ""}) == 2);
  }

  TEST_CASE("removing any one person changes each table by at most its bound") {
    constexpr int kPersons = 14;
    for (unsigned seed = 1; seed <= 3; ++seed) {
      Store full = NewStore();
      Fill(full, seed, kPersons, -1);
      for (int skip = 0; skip < kPersons; ++skip) {
        Store without = NewStore();
        Fill(without, seed, kPersons, skip);
        for (int t = 0; t < kStatsTableCount; ++t) {
          const auto table = static_cast<StatsTable>(t);
          const int bound = DefaultStatsBound(table);
          const StatsPeriod year{2026, 1, 12};
          const std::int64_t change = L1(Value(CountStatsTable(full.db(), table, year, bound)),
                                         Value(CountStatsTable(without.db(), table, year, bound)));
          CAPTURE(seed);
          CAPTURE(skip);
          CAPTURE(t);
          CHECK(change <= bound);
          // The adversarial person reaches the bound: the check is not vacuous.
          if (skip == 0) CHECK(change == bound);
        }
      }
    }
  }

  TEST_CASE("with bounding switched off, the adversarial person breaks the sensitivity") {
    Store full = NewStore();
    Fill(full, 7, 4, -1);
    Store without = NewStore();
    Fill(without, 7, 4, 0);
    const StatsPeriod year{2026, 1, 12};
    // "Off": the largest bound allowed, while the file would still claim the default one.
    const std::int64_t change =
        L1(Value(CountStatsTable(full.db(), StatsTable::kRequests, year, kMaxStatsBound)),
           Value(CountStatsTable(without.db(), StatsTable::kRequests, year, kMaxStatsBound)));
    CHECK(change > DefaultStatsBound(StatsTable::kRequests));
  }

  TEST_CASE("margins are the sums of their cells") {
    const StatsPeriod period{2026, 2, 4};
    std::vector<std::int64_t> cells(StatsCells(StatsTable::kRequests, period).size());
    for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = static_cast<std::int64_t>(i % 7);
    const std::vector<std::int64_t> all = WithMargins(StatsTable::kRequests, period, cells);
    const std::vector<StatsKey> keys =
        StatsCells(StatsTable::kRequests, period, StatsMode::kConventional);
    REQUIRE(all.size() == keys.size());
    std::int64_t total_t1 = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (StatsCells(StatsTable::kRequests, period)[i][2] == "2026-T1") total_t1 += cells[i];
    }
    CHECK(all.back() != 0);
    for (std::size_t i = cells.size(); i < keys.size(); ++i) {
      if (keys[i][0] == "ensemble" && keys[i][1] == "ensemble" && keys[i][2] == "2026-T1") {
        CHECK(all[i] == total_t1);
      }
    }
  }

  TEST_CASE("bad periods and bounds are refused") {
    Store store = NewStore();
    CHECK(CountStatsTable(store.db(), StatsTable::kRequests, {2026, 0, 3}, 3).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(CountStatsTable(store.db(), StatsTable::kRequests, {2026, 5, 3}, 3).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(CountStatsTable(store.db(), StatsTable::kRequests, {1800, 1, 3}, 3).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(CountStatsTable(store.db(), StatsTable::kRequests, kQ1, 0).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(CountStatsTable(store.db(), StatsTable::kRequests, kQ1, kMaxStatsBound + 1)
              .status()
              .code() == StatusCode::kInvalidArgument);
  }
}
