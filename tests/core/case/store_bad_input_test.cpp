// Every kind of bad input the issue names gives a clear typed error and writes nothing.
#include <doctest/doctest.h>

#include <string>

#include "core/case/store.h"
#include "store_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

// The number of rows in every table the commands write, to compare before and after.
std::string Snapshot(Store& store) {
  std::string out;
  for (const char* table : {"person", "dossier", "dossier_event", "request", "request_category",
                            "contact", "contact_request", "task", "note", "household_member",
                            "category", "process_status", "search_index"}) {
    out += std::string(table) + "=" + std::to_string(Count(store, table)) + " ";
  }
  return out;
}

void CheckRejected(const Status& status, Problem problem, const char* field) {
  CAPTURE(status.message());
  CHECK(status.code() == StatusCode::kInvalidArgument);
  CHECK(status.problem() == problem);
  CHECK(status.field() == field);
}

}  // namespace

TEST_SUITE("store bad input") {
  TEST_CASE("inconsistent dates are refused and nothing is written") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Élodie", "Dupré", D(2026, 3, 2));
    const std::string before = Snapshot(store);

    CheckRejected(store.Apply(CloseDossier{id, D(2026, 3, 1)}), Problem::kClosingBeforeOpening,
                  "closed_on");
    CheckRejected(store
                      .Apply(ScheduleTask{id, TaskKind::kTask, "Relance", D(2026, 2, 27),
                                          std::nullopt, std::nullopt})
                      .status(),
                  Problem::kBeforeOpening, "due_on");
    CheckRejected(store.Apply(AddRequest{id, D(2025, 12, 1), {"DROITS"}, ""}).status(),
                  Problem::kBeforeOpening, "opened_on");
    CheckRejected(
        store
            .Apply(RecordContact{id, ContactKind::kCall, M(2026, 3, 1, 9, 0), std::nullopt, {}, ""})
            .status(),
        Problem::kBeforeOpening, "at");
    CheckRejected(store.Apply(WriteNote{id, M(2026, 3, 1, 9, 0), "Note"}).status(),
                  Problem::kBeforeOpening, "at");
    CreateDossier bad_date;
    bad_date.person = Named("A", "B");
    bad_date.opened_on = D(2026, 1, 1) + 200 * 366;  // past 2199
    CheckRejected(store.Apply(bad_date).status(), Problem::kInvalidDate, "opened_on");
    CreateDossier bad_birth;
    bad_birth.person = Named("A", "B");
    bad_birth.person.birth = Answer<BirthDate>::Of({1980, 2, 30});
    bad_birth.opened_on = D(2026, 1, 1);
    CheckRejected(store.Apply(bad_birth).status(), Problem::kInvalidDate, "birth");
    CheckRejected(store
                      .Apply(ScheduleTask{id, TaskKind::kAppointment, "Sans heure", D(2026, 4, 1),
                                          std::nullopt, std::nullopt})
                      .status(),
                  Problem::kRequired, "due_minute_of_day");
    CHECK(Snapshot(store) == before);
  }

  TEST_CASE("a contact before its request, and a closing before the last contact, are refused") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Élodie", "Dupré", D(2026, 3, 2));

    const Id request = Value(store.Apply(AddRequest{id, D(2026, 3, 10), {"DROITS"}, ""}));
    CheckRejected(store
                      .Apply(RecordContact{id,
                                           ContactKind::kCall,
                                           M(2026, 3, 9, 9, 0),
                                           std::nullopt,
                                           {request},
                                           "Avant la demande"})
                      .status(),
                  Problem::kBeforeOpening, "request_ids");
    Value(store.Apply(
        RecordContact{id, ContactKind::kCall, M(2026, 3, 12, 9, 0), std::nullopt, {}, ""}));
    CheckRejected(store.Apply(CloseDossier{id, D(2026, 3, 11)}), Problem::kBeforeLastContact,
                  "closed_on");
  }

  TEST_CASE("unknown category codes and references are refused and nothing is written") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Élodie", "Dupré", D(2026, 3, 2));
    const Id other = NewDossier(store, "Paul", "Girard", D(2026, 3, 2));
    const Id other_request = Value(store.Apply(AddRequest{other, D(2026, 3, 2), {"SANTE"}, ""}));
    const std::string before = Snapshot(store);
    // One good code and one unknown: the whole request is refused.
    CheckRejected(
        store.Apply(AddRequest{id, D(2026, 3, 3), {"DROITS", "DROITS.NOPE"}, ""}).status(),
        Problem::kUnknownCategory, "category_codes");
    CheckRejected(store.Apply(AddRequest{id, D(2026, 3, 3), {}, ""}).status(), Problem::kRequired,
                  "category_codes");
    CheckRejected(
        store
            .Apply(RecordContact{
                id, ContactKind::kCall, M(2026, 3, 3, 9, 0), std::nullopt, {other_request}, "x"})
            .status(),
        Problem::kUnknownReference, "request_ids");
    CheckRejected(store.Apply(AddRequest{9999, D(2026, 3, 3), {"DROITS"}, ""}).status(),
                  Problem::kUnknownReference, "dossier_id");
    CheckRejected(store.Apply(ChangeDossierStatus{id, "inexistant", D(2026, 3, 3)}),
                  Problem::kUnknownReference, "status_code");
    CheckRejected(store.Apply(ChangeDossierStatus{id, "cloture", D(2026, 3, 3)}),
                  Problem::kWrongState, "status_code");
    RecordContact bad_kind{id, static_cast<ContactKind>(9), M(2026, 3, 3, 9, 0), std::nullopt, {},
                           ""};
    CheckRejected(store.Apply(bad_kind).status(), Problem::kOutOfRange, "kind");
    CHECK(Snapshot(store) == before);
  }

  TEST_CASE("a 100,000-character name is refused and nothing is written") {
    Store store = NewStore();
    const std::string before = Snapshot(store);
    CreateDossier create;
    create.person = Named("Élodie", std::string(100000, 'x'));
    create.opened_on = D(2026, 1, 1);
    CheckRejected(store.Apply(create).status(), Problem::kTooLong, "last_name");
    CreateDossier none;
    none.person = Named("  ", "");
    none.opened_on = D(2026, 1, 1);
    CheckRejected(store.Apply(none).status(), Problem::kRequired, "last_name");
    CHECK(Snapshot(store) == before);
  }

  TEST_CASE("invalid UTF-8 is refused wherever text is typed, and nothing is written") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Élodie", "Dupré", D(2026, 3, 2));
    const std::string before = Snapshot(store);
    const std::string bad = "Dupr\xC3";
    CreateDossier create;
    create.person = Named("Élodie", bad);
    create.opened_on = D(2026, 3, 2);
    CheckRejected(store.Apply(create).status(), Problem::kInvalidText, "last_name");
    CheckRejected(store.Apply(WriteNote{id, M(2026, 3, 3, 9, 0), "a\xFF"}).status(),
                  Problem::kInvalidText, "text");
    CheckRejected(
        store
            .Apply(RecordContact{
                id, ContactKind::kCall, M(2026, 3, 3, 9, 0), std::nullopt, {}, "\xED\xA0\x80"})
            .status(),
        Problem::kInvalidText, "summary");
    CheckRejected(store.Apply(AddRequest{id, D(2026, 3, 3), {"DROITS"}, bad}).status(),
                  Problem::kInvalidText, "subject");
    CHECK_FALSE(store.Search("\xC3").ok());
    CHECK(Snapshot(store) == before);
  }

  TEST_CASE("text that looks like SQL or FTS syntax is only text") {
    Store store = NewStore();
    const std::string sql = "Robert'); DROP TABLE dossier; --";
    const Id id = NewDossier(store, sql, "O'Brien", D(2026, 3, 2));
    Value(store.Apply(WriteNote{id, M(2026, 3, 3, 9, 0), "\" OR 1=1 -- NEAR(a b) * ^col:x"}));
    CHECK(Value(store.Person(id)).first_name == sql);
    CHECK(Count(store, "dossier") == 1);
    // Search input with quotes and FTS5 operators neither fails nor escapes the query.
    for (const char* query : {"\"", "o'brien", "NEAR(a b)", "text:x", "a OR b", "*", "-- ;"}) {
      CAPTURE(query);
      CHECK(store.Search(query).ok());
    }
    CHECK(Value(store.Search("o'brien")).size() == 1);
    CHECK(Value(store.Search("NEAR(a")).size() == 1);
  }
}
