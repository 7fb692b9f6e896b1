#include "app/case/caseload.h"

#include <algorithm>
#include <utility>

namespace carnet {
namespace {

Status NoVault() { return Status::Error(StatusCode::kInternal, "no vault is open"); }

}  // namespace

Store* CaseloadController::ReadableStore() {
  VaultSession* session = vaults_.session();
  return session != nullptr ? &session->store() : nullptr;
}

Status CaseloadController::WritableStore(Store** store) {
  *store = ReadableStore();
  if (*store == nullptr) return NoVault();
  if (vaults_.state().read_only) {
    return Status::Error(StatusCode::kInternal, Problem::kWrongState,
                         "the vault is open read-only in this tab");
  }
  return Status::Ok();
}

Status CaseloadController::Finish(CaseForm form, Status status) {
  state_.outcome.form = form;
  state_.outcome.status = status;
  ++state_.outcome.serial;
  dirty_ = true;
  return status;
}

void CaseloadController::Note(const Status& status) {
  if (!status.ok()) state_.query_error = status;
}

void CaseloadController::Tick(Day today, Minute now) {
  state_.today = today;
  state_.now = now;
  Store* store = ReadableStore();
  const bool open = store != nullptr;
  if (open != seen_session_ || (open && vaults_.session_epoch() != seen_epoch_)) {
    // Another vault (or none): nothing of the previous one stays on screen.
    seen_session_ = open;
    seen_epoch_ = vaults_.session_epoch();
    const std::uint64_t serial = state_.outcome.serial;
    state_ = CaseloadUiState{};
    state_.outcome.serial = serial;
    state_.today = today;
    state_.now = now;
    seen_changes_ = -1;
    dirty_ = true;
  }
  if (!open) return;
  const std::int64_t changes = store->TotalChanges();
  if (dirty_ || changes != seen_changes_ || today != seen_day_) {
    seen_changes_ = changes;
    seen_day_ = today;
    dirty_ = false;
    Refresh(true);
  }
}

void CaseloadController::Refresh(bool /*force*/) {
  Store* store = ReadableStore();
  if (store == nullptr) return;
  state_.query_error = Status::Ok();
  Result<std::vector<Category>> categories = store->Categories();
  if (categories.ok()) state_.categories = std::move(categories.value());
  Note(categories.status());
  Result<std::vector<ProcessStatus>> statuses = store->ProcessStatuses();
  if (statuses.ok()) state_.statuses = std::move(statuses.value());
  Note(statuses.status());
  RefreshOverview(*store);
  Result<std::vector<AgendaItem>> agenda = store->Agenda(state_.today);
  if (agenda.ok()) state_.agenda = std::move(agenda.value());
  Note(agenda.status());
  RefreshDossier(*store);
  RefreshPalette(*store);
}

void CaseloadController::RefreshOverview(Store& store) {
  OverviewQuery query;
  query.today = state_.today;
  query.status_code = state_.filter.status_code;
  query.category_code = state_.filter.category_code;
  query.overdue_only = state_.filter.overdue_only;
  query.no_contact_for_days = state_.filter.no_contact_for_days;
  query.include_closed = state_.filter.include_closed;
  query.sort = state_.filter.sort;
  query.descending = state_.filter.descending;
  Result<std::vector<OverviewRow>> rows = store.Overview(query);
  if (rows.ok()) state_.rows = std::move(rows.value());
  Note(rows.status());
  Result<std::vector<StatusCount>> counts = store.StatusCounts();
  if (!counts.ok()) return Note(counts.status());
  state_.counts = std::move(counts.value());
  state_.open_total = 0;
  state_.closed_total = 0;
  for (const StatusCount& count : state_.counts) {
    const auto step =
        std::find_if(state_.statuses.begin(), state_.statuses.end(),
                     [&](const ProcessStatus& s) { return s.code == count.status_code; });
    const bool closes = step != state_.statuses.end() && step->closes;
    (closes ? state_.closed_total : state_.open_total) += count.count;
  }
}

void CaseloadController::RefreshDossier(Store& store) {
  if (!state_.has_dossier) return;
  const Id id = state_.dossier.header.dossier_id;
  Result<DossierHeader> header = store.Dossier(id);
  Result<PersonFields> person = store.Person(id);
  Result<std::vector<TimelineEvent>> timeline = store.Timeline(id);
  if (!header.ok() || !person.ok() || !timeline.ok()) {
    state_.has_dossier = false;  // gone (another tab's save, a purge): back to the overview
    if (state_.view == CaseView::kDossier) state_.view = CaseView::kOverview;
    return;
  }
  state_.dossier.header = std::move(header.value());
  state_.dossier.person = std::move(person.value());
  state_.dossier.timeline = std::move(timeline.value());
  std::reverse(state_.dossier.timeline.begin(), state_.dossier.timeline.end());
}

void CaseloadController::RefreshPalette(Store& store) {
  state_.palette_hits.clear();
  if (state_.palette_text.find_first_not_of(" \t") == std::string::npos) return;
  Result<std::vector<SearchHit>> hits = store.Search(state_.palette_text, 40);
  if (!hits.ok()) return;  // text the search refuses (too long...) finds nothing
  constexpr std::size_t kMaxHits = 8;
  for (const SearchHit& hit : hits.value()) {
    const bool seen =
        std::any_of(state_.palette_hits.begin(), state_.palette_hits.end(),
                    [&](const PaletteHit& h) { return h.dossier_id == hit.dossier_id; });
    if (seen) continue;
    state_.palette_hits.push_back(PaletteHit{hit.dossier_id, hit.display_name, hit.where});
    if (state_.palette_hits.size() == kMaxHits) break;
  }
}

Status CaseloadController::Show(CaseView view) {
  if (ReadableStore() == nullptr) return NoVault();
  if (view == CaseView::kDossier && !state_.has_dossier) {
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no dossier is open");
  }
  state_.view = view;
  dirty_ = true;
  return Status::Ok();
}

Status CaseloadController::OpenDossier(Id dossier_id) {
  Store* store = ReadableStore();
  if (store == nullptr) return NoVault();
  Result<DossierHeader> header = store->Dossier(dossier_id);
  if (!header.ok()) return header.status();
  state_.has_dossier = true;
  state_.dossier.header = std::move(header.value());
  state_.view = CaseView::kDossier;
  RefreshDossier(*store);
  return Status::Ok();
}

Status CaseloadController::SetFilter(const OverviewFilter& filter) {
  if (filter.no_contact_for_days &&
      (*filter.no_contact_for_days < 0 || *filter.no_contact_for_days > 3660)) {
    return Status::Invalid(Problem::kOutOfRange, "no_contact_for_days", "0 to 3660 days");
  }
  state_.filter = filter;
  dirty_ = true;
  return Status::Ok();
}

Status CaseloadController::Search(const std::string& text) {
  Store* store = ReadableStore();
  if (store == nullptr) return NoVault();
  state_.palette_text = text;
  RefreshPalette(*store);
  return Status::Ok();
}

}  // namespace carnet
