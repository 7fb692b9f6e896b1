// The open case file as the social worker's screens see it: which screen is shown, the
// overview's rows and counts, the day's agenda, the open dossier with its timeline, the command
// palette's hits, and the outcome of the last form. Queries are re-run only when the case file
// changed (its change counter), the date changed or the user asked for something else, so a
// frame reads cached rows. Forms are applied here: the text typed is read (form_input.h) and
// turned into store commands; a refusal names the field and changes nothing. Main thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/case/case_commands.h"
#include "app/vault/vault_controller.h"
#include "core/case/store.h"

namespace carnet {

struct DossierView {
  DossierHeader header;
  PersonFields person;
  std::vector<TimelineEvent> timeline;  // newest first
};

// What became of the last form the user submitted. The UI keeps the typed text until `serial`
// moves past the submission with an OK status.
struct FormOutcome {
  CaseForm form = CaseForm::kNone;
  Status status;
  std::uint64_t serial = 0;  // grows by one with every form applied
};

struct PaletteHit {
  Id dossier_id = 0;
  std::string display_name;
  std::string where;  // "person" when the name matched; else where the words were found
};

struct CaseloadUiState {
  CaseView view = CaseView::kOverview;
  OverviewFilter filter;
  std::vector<OverviewRow> rows;    // the overview, filtered and sorted
  std::vector<StatusCount> counts;  // every dossier, per step
  int open_total = 0;
  int closed_total = 0;
  std::vector<AgendaItem> agenda;  // today's and overdue items, overdue first
  bool has_dossier = false;
  DossierView dossier;  // when has_dossier
  std::vector<Category> categories;
  std::vector<ProcessStatus> statuses;
  std::string palette_text;
  std::vector<PaletteHit> palette_hits;
  FormOutcome outcome;
  Status query_error;  // a query that failed (shown; the previous rows stay)
  Day today = 0;
  Minute now = 0;
};

class CaseloadController {
 public:
  explicit CaseloadController(VaultController& vaults) : vaults_(vaults) {}
  CaseloadController(const CaseloadController&) = delete;
  CaseloadController& operator=(const CaseloadController&) = delete;

  const CaseloadUiState& state() const { return state_; }

  // Each frame: a new session starts on the overview; what the screen shows is re-read when
  // the case file or the date changed. `now` is the local time, for contacts recorded now.
  void Tick(Day today, Minute now);

  Status Show(CaseView view);
  Status OpenDossier(Id dossier_id);
  Status SetFilter(const OverviewFilter& filter);
  Status Search(const std::string& text);

  Status Apply(const CreateDossierRequested& c);
  Status Apply(const UpdatePersonRequested& c);
  Status Apply(const RecordContactRequested& c);
  Status Apply(const AddRequestRequested& c);
  Status Apply(const ScheduleRequested& c);
  Status Apply(const WriteNoteRequested& c);
  Status Apply(const ChangeStatusRequested& c);
  Status Apply(const CloseDossierRequested& c);
  Status Apply(const ReopenDossierRequested& c);
  Status Apply(const SetRequestStatusRequested& c);
  Status Apply(const CompleteTaskRequested& c);
  Status Apply(const PostponeTaskRequested& c);
  Status Apply(const AddLocalCategoryRequested& c);
  Status Apply(const DeactivateCategoryRequested& c);
  Status Apply(const AddProcessStatusRequested& c);
  Status Apply(const DeactivateProcessStatusRequested& c);

 private:
  Store* ReadableStore();
  Status WritableStore(Store** store);
  Result<PersonFields> ReadPerson(CaseForm form, const NewDossierForm& f);
  Status Finish(CaseForm form, Status status);
  void Refresh(bool force);
  void RefreshOverview(Store& store);
  void RefreshDossier(Store& store);
  void RefreshPalette(Store& store);
  void Note(const Status& status);

  VaultController& vaults_;
  CaseloadUiState state_;
  bool seen_session_ = false;
  std::uint64_t seen_epoch_ = 0;
  std::int64_t seen_changes_ = -1;
  Day seen_day_ = 0;
  bool dirty_ = true;  // the view, filter or dossier changed: read again
};

}  // namespace carnet
