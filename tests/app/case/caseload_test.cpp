#include <doctest/doctest.h>

#include <string>

#include "app/case/caseload.h"
#include "app/shell/controller.h"
#include "core/case/store.h"

using namespace carnet;

namespace {

const Day kToday = *DayFromYmd(2026, 11, 28);
const Minute kNow = static_cast<Minute>(kToday) * kMinutesPerDay + Minute{870};

// One open vault with its caseload controller, driven through commands as the UI does.
struct Desk {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  CaseloadController caseload{vaults};
  AppState state;
  AppServices services;

  Desk() {
    vaults.Create("Bureau", "cheval batterie agrafe correcte", "cheval batterie agrafe correcte",
                  kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    services.vaults = &vaults;
    services.caseload = &caseload;
    services.today = kToday;
    caseload.Tick(kToday, kNow);
  }
  Status Do(Command command) {
    Status status = carnet::Apply(state, services, command);
    caseload.Tick(kToday, kNow);
    return status;
  }
  Id NewDossier(const char* last, const char* first) {
    CreateDossierRequested c;
    c.form.last_name = last;
    c.form.first_name = first;
    c.form.opened_on = "02/03/2026";
    REQUIRE(Do(c).ok());
    return caseload.state().dossier.header.dossier_id;
  }
};

}  // namespace

TEST_CASE("form text: French dates and times, and what is refused") {
  CHECK(ParseDayText("28/11/2026") == DayFromYmd(2026, 11, 28));
  CHECK(ParseDayText(" 1/2/2026 ") == DayFromYmd(2026, 2, 1));
  CHECK(ParseDayText("2026-11-28") == DayFromYmd(2026, 11, 28));
  CHECK_FALSE(ParseDayText("31/02/2026"));
  CHECK_FALSE(ParseDayText("28/11/26"));
  CHECK_FALSE(ParseDayText("28-11"));
  CHECK_FALSE(ParseDayText("demain"));
  CHECK(DayText(kToday) == "28/11/2026");
  CHECK(ParseTimeText("14h30") == 14 * 60 + 30);
  CHECK(ParseTimeText("9h") == 9 * 60);
  CHECK(ParseTimeText("09:05") == 9 * 60 + 5);
  CHECK_FALSE(ParseTimeText("24h00"));
  CHECK_FALSE(ParseTimeText("14h75"));
  CHECK_FALSE(ParseTimeText("midi"));
  CHECK(TimeText(9 * 60 + 5) == "9h05");
}

TEST_CASE("form answers: inconnu, non demandé, refus and sans objet are ordinary choices") {
  CHECK(TextAnswer({"", AnswerState::kValue}).state == AnswerState::kNotAsked);
  CHECK(TextAnswer({"12 rue des Lilas", AnswerState::kValue}) ==
        Answer<std::string>::Of("12 rue des Lilas"));
  CHECK(TextAnswer({"typed then refused", AnswerState::kRefused}).state == AnswerState::kRefused);
  CHECK(BirthAnswer({"1980", AnswerState::kValue}, "birth").value().value == BirthDate{1980, 0, 0});
  CHECK(BirthAnswer({"11/1980", AnswerState::kValue}, "birth").value().value ==
        BirthDate{1980, 11, 0});
  CHECK(BirthAnswer({"3/11/1980", AnswerState::kValue}, "birth").value().value ==
        BirthDate{1980, 11, 3});
  CHECK(BirthAnswer({"", AnswerState::kUnknown}, "birth").value().state == AnswerState::kUnknown);
  const Status bad = BirthAnswer({"30/02/1980", AnswerState::kValue}, "birth").status();
  CHECK(bad.problem() == Problem::kInvalidDate);
  CHECK(bad.field() == "birth");
  CHECK(NumberAnswer({"3", AnswerState::kValue}, 1, 99, "n").value().value == 3);
  CHECK(NumberAnswer({"0", AnswerState::kValue}, 1, 99, "n").status().problem() ==
        Problem::kOutOfRange);
  CHECK(NumberAnswer({"trois", AnswerState::kValue}, 1, 99, "n").status().field() == "n");
  CHECK(NumberAnswer({"", AnswerState::kNotApplicable}, 1, 99, "n").value().state ==
        AnswerState::kNotApplicable);
}

TEST_CASE("caseload: a new dossier opens, and the overview, the day and the timeline show it") {
  Desk desk;
  CHECK(desk.caseload.state().view == CaseView::kOverview);
  CHECK(desk.caseload.state().rows.empty());
  const Id id = desk.NewDossier("Dupré", "Élodie");
  const CaseloadUiState& s = desk.caseload.state();
  CHECK(s.view == CaseView::kDossier);
  CHECK(s.dossier.header.display_name == "Dupré Élodie");
  CHECK(s.outcome.form == CaseForm::kNewDossier);
  CHECK(s.outcome.status.ok());

  RecordContactRequested contact;
  contact.dossier_id = id;
  contact.form.summary = "Premier entretien";
  REQUIRE(desk.Do(contact).ok());
  REQUIRE_FALSE(s.dossier.timeline.empty());
  CHECK(s.dossier.timeline.front().kind == TimelineKind::kContact);
  CHECK(s.dossier.timeline.front().at == kNow);  // no time typed, today: now

  ScheduleRequested task;
  task.dossier_id = id;
  task.form.title = "Rappeler la CAF";
  REQUIRE(desk.Do(task).ok());
  REQUIRE(s.agenda.size() == 1);
  CHECK(s.agenda[0].title == "Rappeler la CAF");

  REQUIRE(desk.Do(ShowCaseView{CaseView::kOverview}).ok());
  REQUIRE(s.rows.size() == 1);
  CHECK(s.rows[0].display_name == "Dupré Élodie");
  CHECK(s.rows[0].last_contact_at == kNow);
  CHECK(s.open_total == 1);

  REQUIRE(desk.Do(PaletteSearch{"dup"}).ok());
  REQUIRE(s.palette_hits.size() == 1);
  CHECK(s.palette_hits[0].dossier_id == id);
  CHECK(s.palette_hits[0].where == "person");
  REQUIRE(desk.Do(PaletteSearch{"zzz"}).ok());
  CHECK(s.palette_hits.empty());
}

TEST_CASE("caseload: a refused form names its field and writes nothing") {
  Desk desk;
  CreateDossierRequested empty;
  const Status status = desk.Do(empty);
  CHECK(status.problem() == Problem::kRequired);
  CHECK(desk.caseload.state().outcome.form == CaseForm::kNewDossier);
  CHECK(desk.caseload.state().outcome.status.field() == status.field());
  CHECK(desk.caseload.state().rows.empty());

  const Id id = desk.NewDossier("Martin", "Paul");
  const std::uint64_t serial = desk.caseload.state().outcome.serial;
  RecordContactRequested contact;
  contact.dossier_id = id;
  contact.form.day = "31/02/2026";
  CHECK(desk.Do(contact).field() == "day");
  contact.form.day = "";
  contact.form.time = "25h";
  CHECK(desk.Do(contact).field() == "time");
  contact.form.time = "";
  contact.form.duration = "0";
  CHECK(desk.Do(contact).field() == "duration_minutes");
  contact.form.duration = "";
  contact.form.day = "01/01/2026";  // before the opening
  CHECK(desk.Do(contact).problem() == Problem::kBeforeOpening);
  CHECK(desk.caseload.state().outcome.serial == serial + 4);
  CHECK(desk.caseload.state().dossier.timeline.size() == 1);  // the opening only

  ScheduleRequested appointment;
  appointment.dossier_id = id;
  appointment.form.kind = TaskKind::kAppointment;
  appointment.form.title = "Visite";
  CHECK_FALSE(desk.Do(appointment).ok());  // an appointment needs a time
  CHECK(desk.caseload.state().agenda.empty());
}

TEST_CASE("caseload: the day's items are done or postponed in one action") {
  Desk desk;
  const Id id = desk.NewDossier("Leroy", "Anne");
  for (const char* title : {"Dossier FSL", "Appeler le bailleur"}) {
    ScheduleRequested task;
    task.dossier_id = id;
    task.form.title = title;
    task.form.day = "27/11/2026";  // overdue
    REQUIRE(desk.Do(task).ok());
  }
  const CaseloadUiState& s = desk.caseload.state();
  REQUIRE(s.agenda.size() == 2);
  CHECK(s.agenda[0].overdue);
  REQUIRE(desk.Do(CompleteTaskRequested{s.agenda[0].task_id}).ok());
  REQUIRE(s.agenda.size() == 1);
  REQUIRE(desk.Do(PostponeTaskRequested{s.agenda[0].task_id, 1}).ok());
  CHECK(s.agenda.empty());  // tomorrow's
  CHECK_FALSE(desk.Do(PostponeTaskRequested{1, 0}).ok());
}

TEST_CASE("caseload: filters, status changes, closing, local categories and steps") {
  Desk desk;
  const Id a = desk.NewDossier("Aubert", "Léa");
  desk.NewDossier("Bernard", "Jean");
  const CaseloadUiState& s = desk.caseload.state();
  REQUIRE(desk.Do(ChangeStatusRequested{a, "evaluation"}).ok());
  OverviewFilter filter;
  filter.status_code = "evaluation";
  REQUIRE(desk.Do(SetOverviewFilter{filter}).ok());
  REQUIRE(s.rows.size() == 1);
  CHECK(s.rows[0].dossier_id == a);
  filter = OverviewFilter{};
  filter.sort = OverviewSort::kName;
  filter.descending = true;
  REQUIRE(desk.Do(SetOverviewFilter{filter}).ok());
  REQUIRE(s.rows.size() == 2);
  CHECK(s.rows[0].display_name == "Bernard Jean");
  filter.no_contact_for_days = -1;
  CHECK_FALSE(desk.Do(SetOverviewFilter{filter}).ok());

  REQUIRE(desk.Do(CloseDossierRequested{a}).ok());
  CHECK(s.closed_total == 1);
  CHECK(s.open_total == 1);
  CHECK(desk.Do(ReopenDossierRequested{a}).ok());

  const std::size_t categories = s.categories.size();
  CHECK(desk.Do(AddLocalCategoryRequested{"", "logement"}).field() == "label");
  REQUIRE(desk.Do(AddLocalCategoryRequested{"Impayés de loyer", s.categories[0].code}).ok());
  CHECK(s.categories.size() == categories + 1);
  const std::size_t steps = s.statuses.size();
  REQUIRE(desk.Do(AddProcessStatusRequested{"Orientation"}).ok());
  CHECK(s.statuses.size() == steps + 1);
}

TEST_CASE("caseload: locking forgets everything shown") {
  Desk desk;
  desk.NewDossier("Petit", "Marc");
  REQUIRE(desk.caseload.state().has_dossier);
  desk.vaults.Lock();
  desk.caseload.Tick(kToday, kNow);
  CHECK_FALSE(desk.caseload.state().has_dossier);
  CHECK(desk.caseload.state().rows.empty());
  CHECK_FALSE(desk.Do(ShowCaseView{CaseView::kToday}).ok());
}

TEST_CASE("a demonstration opens in memory, filled, and nothing of it is ever stored") {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  AppState state;
  AppServices services;
  services.vaults = &vaults;
  services.today = kToday;
  Command demo = TryDemoRequested{};
  REQUIRE(carnet::Apply(state, services, demo).ok());
  REQUIRE(vaults.session() != nullptr);
  CHECK(vaults.state().demo);
  CHECK(vaults.state().phase == VaultPhase::kUnlocked);
  CHECK(vaults.state().display_name == "Démonstration");
  Result<int> count = vaults.session()->store().DossierCount();
  REQUIRE(count.ok());
  CHECK(count.value() > 100);
  // Changes are pending for ever: no save starts, nothing reaches the shelf.
  for (std::int64_t t = 0; t < 10000; t += 500) vaults.Tick(t);
  CHECK(vaults.state().save == SaveState::kUnsaved);
  vaults.RefreshList();
  CHECK(vaults.state().vaults.empty());
  CHECK(vaults.session()->has_unsaved_changes());
  vaults.Lock();
  CHECK(vaults.session() == nullptr);
  CHECK_FALSE(vaults.state().demo);
}

TEST_CASE("a birth date's text reads back as the same date") {
  for (const BirthDate birth :
       {BirthDate{1980, 11, 3}, BirthDate{1980, 11, 0}, BirthDate{1980, 0, 0}}) {
    const std::string text = BirthText(birth);
    CAPTURE(text);
    CHECK(BirthAnswer({text, AnswerState::kValue}, "birth").value().value == birth);
  }
  CHECK(BirthText(BirthDate{1980, 11, 3}) == "03/11/1980");
}
