// Long random sequences of commands, valid and invalid, with the store's invariants checked
// after each one: summaries exact, dates consistent, rejected commands leave no trace.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/case/store.h"
#include "store_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

class Rng {  // splitmix64: the same sequence on every platform
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }

 private:
  std::uint64_t state_;
};

// Every row of every table, as text: equal before and after a rejected command.
std::string Dump(Store& store) {
  std::string out;
  for (const char* table : {"person", "dossier", "dossier_event", "request", "request_category",
                            "contact", "contact_request", "task", "note", "household_member",
                            "category", "process_status", "setting"}) {
    Result<Statement> stmt = store.db().Prepare(std::string("SELECT * FROM ") + table);
    REQUIRE(stmt.ok());
    for (;;) {
      Result<bool> row = stmt.value().Step();
      REQUIRE(row.ok());
      if (!row.value()) break;
      for (int c = 0; c < stmt.value().ColumnCount(); ++c) {
        out += stmt.value().ColumnIsNull(c) ? "~" : stmt.value().ColumnText(c);
        out += '|';
      }
      out += '\n';
    }
  }
  return out + std::to_string(Count(store, "search_index"));
}

std::int64_t Violations(Store& store, const char* sql) {
  Result<Statement> stmt = store.db().Prepare(sql);
  REQUIRE_MESSAGE(stmt.ok(), stmt.status().message());
  REQUIRE(stmt.value().Step().ok());
  return stmt.value().ColumnInt(0);
}

void CheckInvariants(Store& store) {
  // The overview's summary columns equal what they summarise.
  CHECK(Violations(store, R"sql(
    SELECT count(*) FROM dossier d WHERE
      d.last_contact_at IS NOT (SELECT max(at) FROM contact WHERE dossier_id = d.id)
      OR d.open_requests <> (SELECT count(*) FROM request WHERE dossier_id = d.id AND status = 0)
      OR d.next_due_task IS NOT (SELECT id FROM task WHERE dossier_id = d.id AND status = 0
                                 ORDER BY due_on, coalesce(due_minute, 1440), id LIMIT 1)
      OR d.next_due_on IS NOT (SELECT due_on FROM task WHERE id = d.next_due_task)
      OR d.next_due_title IS NOT (SELECT title FROM task WHERE id = d.next_due_task))sql") == 0);
  // Nothing dated before its dossier opened; closing after opening; closed means closing step.
  CHECK(Violations(store, R"sql(
    SELECT (SELECT count(*) FROM contact c JOIN dossier d ON d.id = c.dossier_id
            WHERE c.at < d.opened_on * 1440)
         + (SELECT count(*) FROM request r JOIN dossier d ON d.id = r.dossier_id
            WHERE r.opened_on < d.opened_on OR r.outcome_on < r.opened_on)
         + (SELECT count(*) FROM task t JOIN dossier d ON d.id = t.dossier_id
            WHERE t.due_on < d.opened_on OR (t.kind = 1 AND t.due_minute IS NULL))
         + (SELECT count(*) FROM dossier WHERE closed_on < opened_on)
         + (SELECT count(*) FROM dossier d JOIN process_status s ON s.code = d.status_code
            WHERE s.closes <> (d.closed_on IS NOT NULL))
         + (SELECT count(*) FROM task t JOIN dossier d ON d.id = t.dossier_id
            WHERE d.closed_on IS NOT NULL AND t.status = 0))sql") == 0);
  // Every request has a category; contacts link only requests of their own dossier.
  CHECK(Violations(store, R"sql(
    SELECT (SELECT count(*) FROM request r WHERE NOT EXISTS
              (SELECT 1 FROM request_category WHERE request_id = r.id))
         + (SELECT count(*) FROM contact_request cr JOIN contact c ON c.id = cr.contact_id
            JOIN request r ON r.id = cr.request_id WHERE r.dossier_id <> c.dossier_id))sql") == 0);
  // The search index covers exactly the texts it should.
  CHECK(Violations(store, R"sql(
    SELECT (SELECT count(*) FROM search_index) - (SELECT count(*) FROM person)
         - (SELECT count(*) FROM request WHERE subject <> '')
         - (SELECT count(*) FROM contact WHERE summary <> '') - (SELECT count(*) FROM note))sql") ==
        0);
  CHECK(Violations(store, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

const char* const kCategories[] = {"DROITS", "DROITS.CSS", "SANTE.AUCUNE",  "LOGEMENT.MAINTIEN",
                                   "AUCUNE", "BUDGET",     "FAMILLE.DECES", "NOPE",
                                   ""};
const char* const kTexts[] = {"Élodie",
                              "",
                              "Dupré",
                              "Appel à la CPAM",
                              "  ",
                              "x\xC3",
                              "Robert'); DROP TABLE note;--",
                              "\"NEAR(a b)\" *",
                              "Lefèvre"};

}  // namespace

TEST_SUITE("store random commands") {
  TEST_CASE("long random command sequences keep every invariant") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
      CAPTURE(seed);
      Rng rng(seed);
      Store store = NewStore();
      const Day base = D(2025, 1, 1);
      std::vector<Id> dossiers{0, 999};  // ids that do not exist stay in the mix
      std::vector<Id> requests{0};
      std::vector<Id> tasks{0};
      int accepted = 0;
      int rejected = 0;
      for (int step = 0; step < 1500; ++step) {
        const Id dossier =
            dossiers[static_cast<std::size_t>(rng.Below(static_cast<int>(dossiers.size())))];
        const Day day = base + rng.Below(400) - 20;
        const Minute at = static_cast<Minute>(day) * kMinutesPerDay + rng.Below(kMinutesPerDay);
        const std::string text = kTexts[rng.Below(9)];
        const std::string before = Dump(store);
        Status status;
        const int op = rng.Below(12);
        CAPTURE(step);
        CAPTURE(op);
        if (op == 0 || dossiers.size() < 4) {
          CreateDossier c;
          c.person = Named(kTexts[rng.Below(9)], kTexts[rng.Below(9)]);
          c.opened_on = day;
          Result<Id> id = store.Apply(c);
          status = id.status();
          if (id.ok()) dossiers.push_back(id.value());
        } else if (op == 1) {
          std::vector<std::string> codes;
          for (int i = rng.Below(3); i >= 0; --i) codes.emplace_back(kCategories[rng.Below(9)]);
          Result<Id> id = store.Apply(AddRequest{dossier, day, codes, text});
          status = id.status();
          if (id.ok()) requests.push_back(id.value());
        } else if (op == 2) {
          const Id request =
              requests[static_cast<std::size_t>(rng.Below(static_cast<int>(requests.size())))];
          status =
              store.Apply(SetRequestStatus{request, static_cast<RequestStatus>(rng.Below(6)), day});
        } else if (op == 3 || op == 4) {
          std::vector<Id> linked;
          if (rng.Chance(50))
            linked.push_back(
                requests[static_cast<std::size_t>(rng.Below(static_cast<int>(requests.size())))]);
          const std::optional<int> duration =
              rng.Chance(70) ? std::optional<int>(rng.Below(200)) : std::nullopt;
          status = store
                       .Apply(RecordContact{dossier, static_cast<ContactKind>(rng.Below(7)), at,
                                            duration, linked, text})
                       .status();
        } else if (op == 5) {
          const auto kind = static_cast<TaskKind>(rng.Below(2));
          const std::optional<int> minute =
              rng.Chance(70) ? std::optional<int>(rng.Below(1500)) : std::nullopt;
          Result<Id> id = store.Apply(ScheduleTask{dossier, kind, text, day, minute, std::nullopt});
          status = id.status();
          if (id.ok()) tasks.push_back(id.value());
        } else if (op == 6) {
          const Id task =
              tasks[static_cast<std::size_t>(rng.Below(static_cast<int>(tasks.size())))];
          const int what = rng.Below(3);
          if (what == 0) status = store.Apply(CompleteTask{task, at});
          if (what == 1) status = store.Apply(CancelTask{task});
          if (what == 2) status = store.Apply(RescheduleTask{task, day, std::nullopt});
        } else if (op == 7) {
          status = store.Apply(WriteNote{dossier, at, text}).status();
        } else if (op == 8) {
          status = store.Apply(CloseDossier{dossier, day});
        } else if (op == 9) {
          status = store.Apply(ReopenDossier{dossier, day, ""});
        } else if (op == 10) {
          const char* steps[] = {"accueil", "evaluation", "plan_aide", "suivi", "cloture", "x"};
          status = store.Apply(ChangeDossierStatus{dossier, steps[rng.Below(6)], day});
        } else {
          UpdatePerson u{dossier, Named(text, kTexts[rng.Below(9)])};
          status = store.Apply(u);
        }
        if (status.ok()) {
          ++accepted;
        } else {
          ++rejected;
          CAPTURE(status.message());
          CHECK(status.code() == StatusCode::kInvalidArgument);  // never an internal error
          REQUIRE(Dump(store) == before);                        // a rejected command wrote nothing
        }
        CheckInvariants(store);
      }
      CHECK(accepted > 300);
      CHECK(rejected > 300);
      CHECK(Violations(
                store,
                "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
    }
  }
}
