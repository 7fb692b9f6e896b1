// Dossier: the person, the step and the requests at the top; the actions (record a contact,
// add a request, plan, write a note, change step, close); the timeline below, newest first.
#include <imgui.h>

#include <string>

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/case/screen_dossier_forms.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {
namespace {

constexpr std::size_t kTimelineShown = 150;

std::string PersonFacts(const Frame& frame, const PersonFields& p) {
  std::string facts;
  auto add = [&](Msg label, const std::string& value) {
    if (!facts.empty()) facts += " · ";
    facts += std::string(frame.Tr(label)) + "\u00a0: " + value;
  };
  if (p.birth.has_value()) {
    add(Msg::kBirthShort, BirthText(p.birth.value));
  }
  if (p.address.has_value()) add(Msg::kFieldAddress, p.address.value);
  if (p.phone.has_value()) add(Msg::kFieldPhone, p.phone.value);
  if (p.household_size.has_value()) {
    add(Msg::kFieldHousehold, std::to_string(p.household_size.value));
  }
  return facts;
}

void DrawRequests(Frame& frame, const DossierHeader& h, bool writable) {
  Heading(frame.a11y, frame.Tr(Msg::kRequestsTitle), 3);
  if (h.requests.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kNoRequest));
  for (const RequestSummary& r : h.requests) {
    std::string line = carnet::DayText(r.opened_on) + " · ";
    for (std::size_t i = 0; i < r.category_codes.size(); ++i) {
      if (i > 0) line += ", ";
      line += CategoryLabel(frame, r.category_codes[i]);
    }
    if (!r.subject.empty()) line += " · " + r.subject;
    line += std::string(" · ") + RequestStatusText(frame, r.status);
    Paragraph(frame.a11y, line.c_str());
    if (r.status != RequestStatus::kOpen || !writable) continue;
    static constexpr RequestStatus kOutcomes[] = {
        RequestStatus::kSatisfied, RequestStatus::kPartlySatisfied, RequestStatus::kNotSatisfied,
        RequestStatus::kAbandoned};
    bool first = true;
    for (const RequestStatus outcome : kOutcomes) {
      if (!first) SameLineForButton(RequestStatusText(frame, outcome));
      first = false;
      const std::string id = "request-" + std::to_string(r.request_id) + "-" +
                             std::to_string(static_cast<int>(outcome));
      WidgetOptions options;
      options.description = r.subject.empty() ? nullptr : r.subject.c_str();
      if (Button(frame.a11y, RequestStatusText(frame, outcome), id.c_str(), options)) {
        Submit(frame, CaseForm::kRequest, SetRequestStatusRequested{r.request_id, outcome});
      }
    }
  }
}

void ActionButton(Frame& frame, Msg label, const char* id, CaseForm form, bool writable,
                  bool first = false) {
  CaseForms& f = *frame.case_forms;
  WidgetOptions options;
  options.pressed = f.open == form ? Tristate::kTrue : Tristate::kFalse;
  options.disabled = !writable;
  if (!writable) options.description = frame.Tr(Msg::kReadOnlyCase);
  if (!first) SameLineForButton(frame.Tr(label));
  if (Button(frame.a11y, frame.Tr(label), id, options)) {
    f.open = f.open == form ? CaseForm::kNone : form;
    f.focus_first = f.open != CaseForm::kNone;
  }
}

void DrawActions(Frame& frame, const DossierHeader& h, bool writable) {
  const bool closed = h.closed_on.has_value();
  if (!closed) {
    ActionButton(frame, Msg::kRecordContact, "action-contact", CaseForm::kContact, writable, true);
    ActionButton(frame, Msg::kAddRequest, "action-request", CaseForm::kRequest, writable);
    ActionButton(frame, Msg::kPlan, "action-plan", CaseForm::kTask, writable);
    ActionButton(frame, Msg::kWriteNote, "action-note", CaseForm::kNote, writable);
    ActionButton(frame, Msg::kChangeStep, "action-step", CaseForm::kStatus, writable);
    ActionButton(frame, Msg::kEditPerson, "action-person", CaseForm::kPerson, writable);
    ActionButton(frame, Msg::kCloseDossier, "action-close", CaseForm::kClose, writable);
  } else {
    ActionButton(frame, Msg::kWriteNote, "action-note", CaseForm::kNote, writable, true);
    WidgetOptions options;
    options.disabled = !writable;
    SameLineForButton(frame.Tr(Msg::kReopenDossier));
    if (Button(frame.a11y, frame.Tr(Msg::kReopenDossier), "action-reopen", options)) {
      Submit(frame, CaseForm::kClose, ReopenDossierRequested{h.dossier_id});
    }
  }
}

// The most recent events first; a long history shows its first ones until asked for all.
void DrawTimeline(Frame& frame, const std::vector<TimelineEvent>& events) {
  CaseForms& f = *frame.case_forms;
  Heading(frame.a11y, frame.Tr(Msg::kTimeline), 3);
  const Id dossier = frame.caseload->dossier.header.dossier_id;
  const bool all = f.timeline_all_of == dossier;
  const std::size_t shown = all || events.size() <= kTimelineShown ? events.size() : kTimelineShown;
  for (std::size_t i = 0; i < shown; ++i) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(frame.a11y, TimelineText(frame, events[i]).c_str());
    ImGui::PopID();
  }
  if (shown < events.size()) {
    const std::string label =
        std::string(frame.Tr(Msg::kTimelineAll)) + " (" + std::to_string(events.size()) + ")";
    if (Button(frame.a11y, label.c_str(), "timeline-all")) f.timeline_all_of = dossier;
  }
}

}  // namespace

void DrawDossier(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  if (!c.has_dossier) return;
  const DossierHeader& h = c.dossier.header;
  const bool writable = !frame.vault->read_only;
  Heading(frame.a11y, h.display_name.c_str(), 2);
  std::string status = std::string(frame.Tr(Msg::kColStep)) +
                       "\u00a0: " + StepLabel(frame, h.status_code) + " · " +
                       frame.Tr(Msg::kOpenedOn) + " " + carnet::DayText(h.opened_on);
  if (h.closed_on)
    status += std::string(" · ") + frame.Tr(Msg::kClosedOn) + " " + carnet::DayText(*h.closed_on);
  Paragraph(frame.a11y, status.c_str());
  const std::string facts = PersonFacts(frame, c.dossier.person);
  if (!facts.empty()) Paragraph(frame.a11y, facts.c_str());
  // The name and how to reach the person, for a letter or a message: to the system clipboard
  // (the platform's clipboard), at the user's request only, with an entry in the register.
  if (Button(frame.a11y, frame.Tr(Msg::kCopyContact), "copy-contact")) {
    frame.commands.push_back(CopyCoordinatesRequested{h.dossier_id});
    Announce(frame.a11y, frame.Tr(Msg::kCopied));
  }
  DrawRequests(frame, h, writable);
  ImGui::Dummy(ImVec2(0, 6));
  DrawActions(frame, h, writable);
  if (writable) DrawDossierForm(frame, h);
}

void DrawDossierTimeline(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  if (c.has_dossier) DrawTimeline(frame, c.dossier.timeline);
}

}  // namespace carnet::ui
