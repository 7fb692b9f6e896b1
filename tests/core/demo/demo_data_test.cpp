#include "core/demo/demo_data.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/case/store.h"
#include "core/case/store_fixture.h"
#include "core/demo/demo_random.h"

using namespace carnet;
using namespace carnet::test;

namespace {

// The large caseload takes tens of seconds: it runs only when asked for.
bool SlowTestsWanted() {
  const char* wanted = std::getenv("CARNET_SLOW_TESTS");
  return wanted != nullptr && wanted[0] != '\0' && std::string(wanted) != "0";
}

DemoOptions Small(std::uint64_t seed, Day today) {
  DemoOptions options;
  options.size = DemoSize::kSmall;
  options.seed = seed;
  options.today = today;
  return options;
}

OverviewQuery Everything(Day today) {
  OverviewQuery q = On(today);
  q.include_closed = true;
  return q;
}

// Everything the queries show of a case file, as text: two case files with the same text are
// the same to their user.
std::string Describe(Store& store, Day today) {
  std::string text;
  for (const OverviewRow& r : Value(store.Overview(Everything(today)))) {
    text += std::to_string(r.dossier_id) + "|" + r.display_name + "|" + r.status_code + "|" +
            std::to_string(r.closed) + "|" + std::to_string(r.opened_on) + "|" +
            std::to_string(r.last_contact_at.value_or(-1)) + "|" +
            std::to_string(r.next_due_on.value_or(-1)) + "|" + r.next_due_title + "|" +
            std::to_string(r.overdue) + "|" + std::to_string(r.open_requests) + "\n";
    for (const TimelineEvent& e : Value(store.Timeline(r.dossier_id))) {
      text += "  " + std::to_string(static_cast<int>(e.kind)) + "|" + std::to_string(e.at) + "|" +
              std::to_string(e.ref_id) + "|" + e.text + "|" + std::to_string(e.detail) + "\n";
    }
  }
  for (const AgendaItem& a : Value(store.Agenda(today))) {
    text += "agenda " + std::to_string(a.task_id) + "|" + a.title + "\n";
  }
  return text;
}

// One small caseload (seed 42, 2 March 2026) for the tests that only read it: generating it
// is the slow part, under the sanitizers above all.
constexpr std::uint64_t kSeed = 42;

Day Today() { return D(2026, 3, 2); }

struct Shared {
  Store store = NewStore();
  DemoCounts counts;
  std::vector<int> progress;
  Shared() {
    DemoOptions options = Small(kSeed, Today());
    options.progress = [this](int percent) { progress.push_back(percent); };
    counts = Value(GenerateDemo(store, options));
  }
};

Shared& SmallCaseload() {
  static Shared shared;
  return shared;
}

bool HasAccent(const std::string& text) {
  for (const char* accent : {"é", "è", "ê", "ë", "ï", "î", "ô", "ç", "É"}) {
    if (text.find(accent) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("demo data") {
  TEST_CASE("the random numbers are the same on every platform") {
    std::uint64_t state = 0;
    CHECK(DemoRandom::SplitMix64(state) == 0xE220A8397B1DCDAFULL);  // splitmix64's reference
    CHECK(DemoRandom::SplitMix64(state) == 0x6E789E6AA1B965F4ULL);
    DemoRandom rng(42);
    std::uint64_t mixed = 0;
    for (int i = 0; i < 1000; ++i) mixed = mixed * 31U + rng.Below(1000);
    // Recorded once; the wasm build of this test checks the same value.
    CHECK(mixed == 12506500052426762679ULL);
    DemoRandom bounded(7);
    for (int i = 0; i < 1000; ++i) {
      const int v = bounded.Between(-3, 3);
      CHECK((v >= -3 && v <= 3));
    }
  }

  TEST_CASE("the small caseload is accepted by the store and has the expected size") {
    Store& store = SmallCaseload().store;
    const DemoCounts& counts = SmallCaseload().counts;
    const std::vector<int>& progress = SmallCaseload().progress;
    const Day today = Today();

    CHECK(counts.dossiers >= 227);
    CHECK(counts.dossiers <= 253);
    CHECK(counts.closed_dossiers >= 82);
    CHECK(counts.closed_dossiers <= 98);
    const std::vector<OverviewRow> open = Value(store.Overview(On(today)));
    CHECK(static_cast<int>(open.size()) == counts.dossiers - counts.closed_dossiers);
    CHECK(open.size() >= 145);
    CHECK(open.size() <= 155);
    CHECK(static_cast<int>(Value(store.Overview(Everything(today))).size()) == counts.dossiers);

    CHECK(Count(store, "dossier") == counts.dossiers);
    CHECK(Count(store, "contact") == counts.contacts);
    CHECK(Count(store, "task") == counts.tasks);
    CHECK(Count(store, "request") == counts.requests);
    CHECK(Count(store, "note") == counts.notes);
    CHECK(Count(store, "household_member") == counts.household_members);
    CHECK(counts.contacts >= counts.dossiers * 11);
    CHECK(counts.contacts <= counts.dossiers * 13);
    CHECK(counts.tasks >= 400);
    CHECK(counts.appointments > counts.tasks / 4);
    CHECK(counts.requests >= counts.dossiers);
    CHECK(counts.notes > 0);
    CHECK(counts.household_members > 0);

    // Work for today: a few appointments today, some overdue items, every open dossier with
    // a next step.
    const std::vector<AgendaItem> agenda = Value(store.Agenda(today));
    int today_appointments = 0;
    int overdue = 0;
    for (const AgendaItem& item : agenda) {
      if (item.due_on == today && item.kind == TaskKind::kAppointment) {
        ++today_appointments;
        CHECK(item.due_minute_of_day.has_value());
      }
      if (item.overdue) ++overdue;
    }
    CHECK(today_appointments >= 2);
    CHECK(overdue >= 5);
    OverviewQuery overdue_only = On(today);
    overdue_only.overdue_only = true;
    CHECK(Value(store.Overview(overdue_only)).size() >= 5);
    for (const OverviewRow& row : open) CHECK(row.next_due_on.has_value());

    REQUIRE(!progress.empty());
    CHECK(progress.front() == 0);
    CHECK(progress.back() == 100);
    for (std::size_t i = 1; i < progress.size(); ++i) CHECK(progress[i] > progress[i - 1]);
  }

  TEST_CASE("every date stays within two years before today and within its dossier") {
    Store& store = SmallCaseload().store;
    const Day today = Today();
    for (const OverviewRow& row : Value(store.Overview(Everything(today)))) {
      CHECK(row.opened_on >= today - 730);
      CHECK(row.opened_on < today);
      if (row.last_contact_at) CHECK(*row.last_contact_at < static_cast<Minute>(today) * 1440);
      for (const TimelineEvent& e : Value(store.Timeline(row.dossier_id))) {
        if (e.kind == TimelineKind::kTask) continue;  // open tasks may lie ahead
        CHECK(e.at >= static_cast<Minute>(row.opened_on) * 1440);
        CHECK(e.at < static_cast<Minute>(today) * 1440);
      }
    }
  }

  TEST_CASE("the same seed and day give the same case file") {
    Store again = NewStore();
    const Day today = Today();
    const DemoCounts counts = Value(GenerateDemo(again, Small(kSeed, today)));
    CHECK(counts.fingerprint == SmallCaseload().counts.fingerprint);
    CHECK(counts.contacts == SmallCaseload().counts.contacts);
    CHECK(Describe(again, today) == Describe(SmallCaseload().store, today));
  }

  TEST_CASE("another seed or another day gives another case file") {
    const Day today = Today();
    Store other_seed = NewStore();
    Store other_day = NewStore();
    const DemoCounts b = Value(GenerateDemo(other_seed, Small(kSeed + 1, today)));
    const DemoCounts c = Value(GenerateDemo(other_day, Small(kSeed, today + 1)));
    CHECK(SmallCaseload().counts.fingerprint != b.fingerprint);
    CHECK(SmallCaseload().counts.fingerprint != c.fingerprint);
    CHECK(Describe(SmallCaseload().store, today) != Describe(other_seed, today));
  }

  TEST_CASE("the case file is the same natively and in wasm") {
    // Recorded natively; the wasm build of this test must find the same fingerprint. It
    // changes when the generator or the store's default typology and process change:
    // then record the new value here, after checking that both builds agree.
    CHECK(SmallCaseload().counts.fingerprint == 11157657423057812035ULL);
  }

  TEST_CASE("names carry French accents and search finds them with or without") {
    Store& store = SmallCaseload().store;
    const Day today = Today();
    int accented = 0;
    for (const OverviewRow& row : Value(store.Overview(Everything(today)))) {
      if (HasAccent(row.display_name)) ++accented;
    }
    CHECK(accented >= 20);
    const std::vector<SearchHit> with = Value(store.Search("Léa"));
    const std::vector<SearchHit> without = Value(store.Search("lea"));
    CHECK(with.size() == without.size());
  }

  TEST_CASE("answers may be unknown, refused or not asked, and a few people give no name") {
    Store& store = SmallCaseload().store;
    const Day today = Today();
    int states[kAnswerStateCount] = {};
    int aliases = 0;
    for (const OverviewRow& row : Value(store.Overview(Everything(today)))) {
      const PersonFields person = Value(store.Person(row.dossier_id));
      ++states[static_cast<int>(person.birth.state)];
      ++states[static_cast<int>(person.address.state)];
      ++states[static_cast<int>(person.phone.state)];
      ++states[static_cast<int>(person.household_size.state)];
      if (person.first_name.empty() && person.last_name.empty()) {
        CHECK(!person.alias.empty());
        ++aliases;
      }
    }
    CHECK(states[static_cast<int>(AnswerState::kValue)] > 0);
    CHECK(states[static_cast<int>(AnswerState::kUnknown)] > 0);
    CHECK(states[static_cast<int>(AnswerState::kNotAsked)] > 0);
    CHECK(states[static_cast<int>(AnswerState::kRefused)] > 0);
    CHECK(states[static_cast<int>(AnswerState::kNotApplicable)] > 0);
    CHECK(aliases > 0);
  }

  TEST_CASE("requests use the typology, sometimes its no-fit answers") {
    Result<Statement> stmt = SmallCaseload().store.db().Prepare(
        "SELECT count(*), sum(c.no_fit) FROM request_category rc JOIN category c "
        "ON c.code = rc.category_code");
    REQUIRE(stmt.ok());
    REQUIRE(stmt.value().Step().ok());
    CHECK(stmt.value().ColumnInt(0) > 0);
    CHECK(stmt.value().ColumnInt(1) > 0);
  }

  TEST_CASE("a day too close to 1900 is refused and nothing is written") {
    Store store = NewStore();
    const Result<DemoCounts> counts = GenerateDemo(store, Small(1, D(1901, 6, 1)));
    REQUIRE(!counts.ok());
    CHECK(counts.status().problem() == Problem::kInvalidDate);
    CHECK(Count(store, "dossier") == 0);
  }

  TEST_CASE("the large caseload has exactly its counts" * doctest::skip(!SlowTestsWanted())) {
    Store store = NewStore();
    const Day today = Today();
    DemoOptions options;
    options.size = DemoSize::kLarge;
    options.seed = 1;
    options.today = today;
    const DemoCounts counts = Value(GenerateDemo(store, options));
    CHECK(counts.dossiers == 10000);
    CHECK(counts.contacts == 300000);
    CHECK(counts.tasks == 50000);
    CHECK(Count(store, "dossier") == 10000);
    CHECK(Count(store, "contact") == 300000);
    CHECK(Count(store, "task") == 50000);
    CHECK(Value(store.Overview(Everything(today))).size() == 10000);
  }
}
