#include <doctest/doctest.h>

#include "core/case/store.h"
#include "store_fixture.h"

using namespace carnet;
using namespace carnet::test;

TEST_SUITE("store commands") {
  TEST_CASE("a dossier opens at the first step of the default support process") {
    Store store = NewStore();
    const std::vector<ProcessStatus> steps = Value(store.ProcessStatuses());
    REQUIRE(steps.size() == 5);
    CHECK(steps[0].code == "accueil");
    CHECK(steps[1].label == "Évaluation");
    CHECK(steps[4].closes);

    const Id id = NewDossier(store, "Élodie", "Dupré", D(2026, 3, 2));
    const std::vector<OverviewRow> rows = Value(store.Overview(On(D(2026, 3, 10))));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].dossier_id == id);
    CHECK(rows[0].display_name == "Dupré Élodie");
    CHECK(rows[0].status_code == "accueil");
    CHECK_FALSE(rows[0].last_contact_at);
  }

  TEST_CASE("an alias alone is enough, and every answer can be unknown, refused or not asked") {
    Store store = NewStore();
    CreateDossier create;
    create.person.alias = "Monsieur R.";
    create.person.birth = Answer<BirthDate>::Is(AnswerState::kRefused);
    create.person.address = Answer<std::string>::Is(AnswerState::kNotApplicable);
    create.person.phone = Answer<std::string>::Is(AnswerState::kUnknown);
    create.opened_on = D(2026, 1, 5);
    const Id id = Value(store.Apply(create));
    const PersonFields p = Value(store.Person(id));
    CHECK(p.alias == "Monsieur R.");
    CHECK(p.birth.state == AnswerState::kRefused);
    CHECK(p.address.state == AnswerState::kNotApplicable);
    CHECK(p.phone.state == AnswerState::kUnknown);
    CHECK(p.household_size.state == AnswerState::kNotAsked);  // nobody is forced to ask
  }

  TEST_CASE("a birth year alone, or a full date, is kept as given") {
    Store store = NewStore();
    CreateDossier create;
    create.person = Named("Jeanne", "Martin");
    create.person.birth = Answer<BirthDate>::Of({1958, 0, 0});
    create.person.household_size = Answer<int>::Of(2);
    create.opened_on = D(2026, 1, 5);
    const Id id = Value(store.Apply(create));
    CHECK(Value(store.Person(id)).birth == Answer<BirthDate>::Of({1958, 0, 0}));
    UpdatePerson update{id, Named("Jeanne", "Martin")};
    update.person.birth = Answer<BirthDate>::Of({1958, 4, 12});
    REQUIRE(store.Apply(update).ok());
    CHECK(Value(store.Person(id)).birth.value == BirthDate{1958, 4, 12});
  }

  TEST_CASE("requests, contacts and tasks keep the dossier's summary exact") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Loïc", "Lefèvre", D(2026, 1, 5));
    const Id request = Value(store.Apply(AddRequest{id, D(2026, 1, 5), {"DROITS.CSS"}, "CSS"}));
    Value(store.Apply(AddRequest{id, D(2026, 1, 6), {"LOGEMENT"}, ""}));
    RecordContact contact{id, ContactKind::kCall, M(2026, 1, 7, 10, 0), 15, {request}, "Appel"};
    Value(store.Apply(contact));
    contact.at = M(2026, 1, 6, 9, 0);  // recorded late: not the last contact
    Value(store.Apply(contact));
    const Id late = Value(store.Apply(ScheduleTask{id, TaskKind::kTask, "Dossier CSS",
                                                   D(2026, 2, 1), std::nullopt, std::nullopt}));
    const Id soon = Value(store.Apply(
        ScheduleTask{id, TaskKind::kAppointment, "Rendez-vous", D(2026, 1, 20), 9 * 60 + 30, 60}));
    std::vector<OverviewRow> rows = Value(store.Overview(On(D(2026, 1, 10))));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].open_requests == 2);
    CHECK(rows[0].last_contact_at == M(2026, 1, 7, 10, 0));
    CHECK(rows[0].next_due_on == D(2026, 1, 20));
    CHECK(rows[0].next_due_title == "Rendez-vous");
    CHECK_FALSE(rows[0].overdue);

    REQUIRE(store.Apply(CompleteTask{soon, M(2026, 1, 20, 10, 0)}).ok());
    REQUIRE(store.Apply(SetRequestStatus{request, RequestStatus::kSatisfied, D(2026, 1, 25)}).ok());
    rows = Value(store.Overview(On(D(2026, 2, 3))));
    CHECK(rows[0].open_requests == 1);
    CHECK(rows[0].next_due_on == D(2026, 2, 1));
    CHECK(rows[0].overdue);  // due on 1 February, still open on the 3rd
    REQUIRE(store.Apply(RescheduleTask{late, D(2026, 2, 10), std::nullopt}).ok());
    CHECK_FALSE(Value(store.Overview(On(D(2026, 2, 3))))[0].overdue);
    REQUIRE(store.Apply(CancelTask{late}).ok());
    CHECK_FALSE(Value(store.Overview(On(D(2026, 2, 3))))[0].next_due_on);
    CHECK(store.Apply(CancelTask{late}).problem() == Problem::kWrongState);
  }

  TEST_CASE("closing records the date, cancels what was planned, and blocks new work") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Paul", "Girard", D(2026, 1, 5));
    const Id task = Value(store.Apply(
        ScheduleTask{id, TaskKind::kTask, "Relancer", D(2026, 3, 1), std::nullopt, std::nullopt}));
    REQUIRE(store.Apply(ChangeDossierStatus{id, "suivi", D(2026, 1, 20)}).ok());
    REQUIRE(store.Apply(CloseDossier{id, D(2026, 2, 1)}).ok());
    CHECK(Value(store.Overview(On(D(2026, 2, 2)))).empty());  // closed dossiers are hidden
    OverviewQuery all = On(D(2026, 2, 2));
    all.include_closed = true;
    const std::vector<OverviewRow> rows = Value(store.Overview(all));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].closed);
    CHECK(rows[0].status_code == "cloture");
    CHECK_FALSE(rows[0].next_due_on);
    CHECK(store.Apply(CompleteTask{task, M(2026, 2, 2, 9, 0)}).problem() == Problem::kWrongState);
    CHECK(
        store
            .Apply(RecordContact{id, ContactKind::kCall, M(2026, 2, 2, 9, 0), std::nullopt, {}, ""})
            .status()
            .problem() == Problem::kDossierClosed);
    CHECK(store.Apply(CloseDossier{id, D(2026, 2, 3)}).problem() == Problem::kWrongState);
    REQUIRE(store.Apply(ReopenDossier{id, D(2026, 4, 1), ""}).ok());
    CHECK(Value(store.Overview(On(D(2026, 4, 2))))[0].status_code == "suivi");
  }

  TEST_CASE("the support process and the typology are configurable, never destructive") {
    Store store = NewStore();
    REQUIRE(store.Apply(AddProcessStatus{"orientation", "Orientation"}).ok());
    const std::vector<ProcessStatus> steps = Value(store.ProcessStatuses());
    CHECK(steps[4].code == "orientation");
    CHECK(steps[5].code == "cloture");
    CHECK(store.Apply(AddProcessStatus{"suivi", "Doublon"}).problem() == Problem::kAlreadyExists);
    CHECK(store.Apply(DeactivateProcessStatus{"cloture"}).problem() == Problem::kWrongState);

    REQUIRE(store.Apply(AddLocalCategory{"LOGEMENT.ENERGIE", "Précarité énergétique", "LOGEMENT"})
                .ok());
    CHECK(store.Apply(AddLocalCategory{"X.Y", "Sous une sous-catégorie", "LOGEMENT.ENERGIE"})
              .problem() == Problem::kUnknownCategory);
    const Id id = NewDossier(store, "Inès", "Roux", D(2026, 1, 5));
    Value(store.Apply(AddRequest{id, D(2026, 1, 5), {"LOGEMENT.ENERGIE"}, "Factures"}));
    REQUIRE(store.Apply(DeactivateCategory{"LOGEMENT.ENERGIE"}).ok());
    // Deactivated: kept for old requests, refused for new ones.
    CHECK(Count(store, "request_category") == 1);
    CHECK(store.Apply(AddRequest{id, D(2026, 1, 6), {"LOGEMENT.ENERGIE"}, ""}).status().problem() ==
          Problem::kInactiveCategory);
    bool listed = false;
    for (const Category& c : Value(store.Categories())) {
      if (c.code == "LOGEMENT.ENERGIE") listed = !c.active && c.parent_code == "LOGEMENT";
    }
    CHECK(listed);
  }

  TEST_CASE("the default typology answers \"no category fits\" at both levels") {
    Store store = NewStore();
    int national = 0;
    int no_fit_sub = 0;
    bool none_at_all = false;
    for (const Category& c : Value(store.Categories())) {
      if (c.parent_code.empty()) ++national;
      if (!c.parent_code.empty() && c.no_fit) ++no_fit_sub;
      if (c.code == "AUCUNE")
        none_at_all = c.no_fit && c.label == "Ne correspond à aucune catégorie";
    }
    CHECK(national == 8);
    CHECK(no_fit_sub == 7);  // one per national category
    CHECK(none_at_all);
    const Id id = NewDossier(store, "Marc", "Petit", D(2026, 1, 5));
    CHECK(store.Apply(AddRequest{id, D(2026, 1, 5), {"AUCUNE"}, "Demande atypique"}).ok());
  }

  TEST_CASE("notes and household members are kept with the dossier") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Nadia", "Benali", D(2026, 1, 5));
    Value(store.Apply(WriteNote{id, M(2026, 1, 5, 11, 0), "Souhaite être rappelée le matin."}));
    Value(store.Apply(AddHouseholdMember{id, "Yanis", "fils", Answer<int>::Of(2012)}));
    CHECK(Count(store, "note") == 1);
    CHECK(Count(store, "household_member") == 1);
  }
}
