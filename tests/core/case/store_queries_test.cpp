#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/case/store.h"
#include "store_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

std::vector<std::string> Names(const std::vector<OverviewRow>& rows) {
  std::vector<std::string> names;
  names.reserve(rows.size());
  for (const OverviewRow& r : rows) names.push_back(r.display_name);
  return names;
}

// Three dossiers: Élodie (recent contact, overdue task, housing), Bruno (no contact, in
// follow-up), Chloé (old contact, rights).
struct Caseload {
  Store store = NewStore();
  Id elodie = 0, bruno = 0, chloe = 0;
  Caseload() {
    elodie = NewDossier(store, "Élodie", "Dupré", D(2026, 1, 5));
    bruno = NewDossier(store, "Bruno", "Arnaud", D(2026, 2, 1));
    chloe = NewDossier(store, "Chloé", "Zénith", D(2025, 6, 1));
    Value(
        store.Apply(AddRequest{elodie, D(2026, 1, 5), {"LOGEMENT.MAINTIEN"}, "Impayés de loyer"}));
    Value(store.Apply(AddRequest{chloe, D(2025, 6, 1), {"DROITS.IJ"}, "Indemnités journalières"}));
    Value(store.Apply(RecordContact{elodie,
                                    ContactKind::kHomeVisit,
                                    M(2026, 3, 1, 14, 0),
                                    60,
                                    {},
                                    "Visite à domicile avec Élodie"}));
    Value(store.Apply(RecordContact{chloe, ContactKind::kCall, M(2025, 7, 1, 9, 0), 10, {}, ""}));
    Value(store.Apply(ScheduleTask{elodie, TaskKind::kTask, "Appeler le bailleur", D(2026, 3, 5),
                                   std::nullopt, std::nullopt}));
    Value(store.Apply(ScheduleTask{bruno, TaskKind::kAppointment, "Entretien", D(2026, 3, 10),
                                   14 * 60, std::nullopt}));
    Value(store.Apply(ScheduleTask{chloe, TaskKind::kAppointment, "Point IJ", D(2026, 3, 10),
                                   9 * 60, std::nullopt}));
    Value(store.Apply(ScheduleTask{chloe, TaskKind::kTask, "Envoyer le formulaire", D(2026, 3, 10),
                                   std::nullopt, std::nullopt}));
    REQUIRE(store.Apply(ChangeDossierStatus{bruno, "suivi", D(2026, 2, 2)}).ok());
  }
};

}  // namespace

TEST_SUITE("store queries") {
  TEST_CASE("the overview sorts by name without regard to accents or case") {
    Caseload c;
    const Day today = D(2026, 3, 10);
    CHECK(Names(Value(c.store.Overview(On(today)))) ==
          std::vector<std::string>{"Arnaud Bruno", "Dupré Élodie", "Zénith Chloé"});
    OverviewQuery by_contact = On(today);
    by_contact.sort = OverviewSort::kLastContact;
    by_contact.descending = true;
    CHECK(Names(Value(c.store.Overview(by_contact))) ==
          std::vector<std::string>{"Dupré Élodie", "Zénith Chloé", "Arnaud Bruno"});
    OverviewQuery by_status = On(today);
    by_status.sort = OverviewSort::kStatus;
    CHECK(Names(Value(c.store.Overview(by_status))).back() == "Arnaud Bruno");
  }

  TEST_CASE("the overview filters by status, category, overdue and silence") {
    Caseload c;
    const Day today = D(2026, 3, 10);
    OverviewQuery q = On(today);
    q.status_code = "suivi";
    CHECK(Names(Value(c.store.Overview(q))) == std::vector<std::string>{"Arnaud Bruno"});
    q = On(today);
    q.category_code = "LOGEMENT";  // a national category finds its sub-categories
    CHECK(Names(Value(c.store.Overview(q))) == std::vector<std::string>{"Dupré Élodie"});
    q.category_code = "DROITS.IJ";
    CHECK(Names(Value(c.store.Overview(q))) == std::vector<std::string>{"Zénith Chloé"});
    q = On(today);
    q.overdue_only = true;
    const std::vector<OverviewRow> overdue = Value(c.store.Overview(q));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].display_name == "Dupré Élodie");
    CHECK(overdue[0].next_due_title == "Appeler le bailleur");
    q = On(today);
    q.no_contact_for_days = 30;  // never contacted, or not since 8 February
    CHECK(Names(Value(c.store.Overview(q))) ==
          std::vector<std::string>{"Arnaud Bruno", "Zénith Chloé"});
  }

  TEST_CASE("the day's agenda puts overdue items first, then by time") {
    Caseload c;
    const std::vector<AgendaItem> day = Value(c.store.Agenda(D(2026, 3, 10)));
    REQUIRE(day.size() == 4);
    CHECK(day[0].title == "Appeler le bailleur");
    CHECK(day[0].overdue);
    CHECK(day[1].title == "Point IJ");
    CHECK(day[2].title == "Entretien");
    CHECK(day[3].title == "Envoyer le formulaire");  // no time: after timed items
    CHECK(day[1].display_name == "Zénith Chloé");
    CHECK(Value(c.store.Agenda(D(2026, 3, 4))).empty());
  }

  TEST_CASE("a dossier's timeline holds every event in order") {
    Caseload c;
    const Id request =
        Value(c.store.Apply(AddRequest{c.elodie, D(2026, 3, 2), {"BUDGET"}, "Aide"}));
    REQUIRE(c.store.Apply(SetRequestStatus{request, RequestStatus::kPartlySatisfied, D(2026, 3, 8)})
                .ok());
    Value(c.store.Apply(WriteNote{c.elodie, M(2026, 3, 1, 16, 0), "Compte rendu de visite."}));
    const std::vector<TimelineEvent> events = Value(c.store.Timeline(c.elodie));
    std::vector<TimelineKind> kinds;
    kinds.reserve(events.size());
    for (const TimelineEvent& e : events) kinds.push_back(e.kind);
    CHECK(kinds == std::vector<TimelineKind>{TimelineKind::kOpened, TimelineKind::kRequest,
                                             TimelineKind::kContact, TimelineKind::kNote,
                                             TimelineKind::kRequest, TimelineKind::kTask,
                                             TimelineKind::kRequestOutcome});
    CHECK(events[2].detail == static_cast<int>(ContactKind::kHomeVisit));
    CHECK(events[6].detail == static_cast<int>(RequestStatus::kPartlySatisfied));
    CHECK(c.store.Timeline(424242).status().problem() == Problem::kUnknownReference);
  }

  TEST_CASE("review lists: silent open dossiers, and closed ones past retention") {
    Caseload c;
    REQUIRE(c.store.Apply(CloseDossier{c.chloe, D(2026, 3, 10)}).ok());
    ReviewLists lists = Value(c.store.ToReview(D(2026, 3, 10), 1));
    CHECK(lists.without_recent_contact == std::vector<Id>{c.bruno});  // opened 1 Feb, never seen
    CHECK(lists.past_retention.empty());
    lists = Value(c.store.ToReview(D(2028, 3, 11), 6));
    CHECK(lists.past_retention == std::vector<Id>{c.chloe});  // closed 10 March 2026 + 24 months
    REQUIRE(c.store.SetRetentionMonths(36).ok());
    CHECK(Value(c.store.ToReview(D(2028, 3, 11), 6)).past_retention.empty());
    CHECK(c.store.SetRetentionMonths(0).problem() == Problem::kOutOfRange);
  }

  TEST_CASE("search finds names, requests and notes without regard to accents") {
    Caseload c;
    Value(c.store.Apply(WriteNote{c.bruno, M(2026, 3, 2, 9, 0), "Rencontre à l’hôpital Pasteur"}));
    std::vector<SearchHit> hits = Value(c.store.Search("elodie"));
    REQUIRE(hits.size() == 2);  // her name, and the visit's summary
    CHECK(hits[0].where == "person");
    CHECK(hits[0].display_name == "Dupré Élodie");
    CHECK(hits[0].snippet == "Dupré [Élodie]");
    CHECK(hits[1].where == "contact");
    hits = Value(c.store.Search("impaye"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].where == "request");
    hits = Value(c.store.Search("HOPITAL past"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].where == "note");
    CHECK(hits[0].dossier_id == c.bruno);
    CHECK(Value(c.store.Search("   ")).empty());
    CHECK(Value(c.store.Search("zzz")).empty());
    // Renaming a person updates the index.
    UpdatePerson rename{c.chloe, Named("Chloé", "Lefèvre")};
    REQUIRE(c.store.Apply(rename).ok());
    CHECK(Value(c.store.Search("zenith")).empty());
    CHECK(Value(c.store.Search("lefevre")).size() == 1);
  }
}
