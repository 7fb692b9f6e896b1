// "Paquets reçus": importing a package (and confirming an unknown sender by the last group of
// its fingerprint, flagged when its name is a confirmed contact's with other keys), the
// packages received, and one of them opened read-only with its origin, date and purpose.
#include <imgui.h>

#include "app/base/form_input.h"
#include "ui/case/case_text.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/sharing/sharing_text.h"

namespace carnet::ui {
namespace {

std::string AnswerText(const Frame& frame, AnswerState state, const std::string& value) {
  switch (state) {
    case AnswerState::kValue: return value;
    case AnswerState::kUnknown: return frame.Tr(Msg::kAnswerUnknown);
    case AnswerState::kNotAsked: return frame.Tr(Msg::kAnswerNotAsked);
    case AnswerState::kRefused: return frame.Tr(Msg::kAnswerRefused);
    case AnswerState::kNotApplicable: return frame.Tr(Msg::kAnswerNotApplicable);
  }
  return value;
}

void Line(Frame& frame, const std::string& label, const std::string& value) {
  const std::string text = label + "\u00a0: " + value;
  Paragraph(frame.a11y, text.c_str());
}

void DrawIdentity(Frame& frame, const SharePayload& p) {
  if (!p.has_person) return;
  const PersonFields& person = p.person;
  Heading(frame.a11y, frame.Tr(Msg::kShIdentity), 3);
  const std::string name = person.last_name + " " + person.first_name;
  if (!person.last_name.empty() || !person.first_name.empty()) Paragraph(frame.a11y, name.c_str());
  if (!person.alias.empty()) Line(frame, frame.Tr(Msg::kFieldAlias), person.alias);
  Line(frame, frame.Tr(Msg::kBirthShort),
       AnswerText(frame, person.birth.state, BirthText(person.birth.value)));
  Line(frame, frame.Tr(Msg::kFieldAddress),
       AnswerText(frame, person.address.state, person.address.value));
  Line(frame, frame.Tr(Msg::kFieldPhone),
       AnswerText(frame, person.phone.state, person.phone.value));
  Line(frame, frame.Tr(Msg::kFieldHousehold),
       AnswerText(frame, person.household_size.state, std::to_string(person.household_size.value)));
  if (p.household.empty()) return;
  Heading(frame.a11y, frame.Tr(Msg::kShHousehold), 3);
  for (const SharedHouseholdMember& m : p.household) {
    Paragraph(frame.a11y, (m.name + " · " + m.relation).c_str());
  }
}

void DrawPayload(Frame& frame, const SharePayload& p) {
  DrawIdentity(frame, p);
  if (!p.requests.empty()) {
    Heading(frame.a11y, frame.Tr(Msg::kShRequests), 3);
    for (const SharedRequest& r : p.requests) {
      std::string line = carnet::DayText(r.opened_on) + " · ";
      for (std::size_t i = 0; i < r.categories.size(); ++i) {
        line += (i == 0 ? "" : ", ") + r.categories[i].label;
      }
      if (!r.subject.empty()) line += " · " + r.subject;
      line += std::string(" · ") + RequestStatusText(frame, r.status);
      if (r.outcome_on) line += " (" + carnet::DayText(*r.outcome_on) + ")";
      Paragraph(frame.a11y, line.c_str());
    }
  }
  if (!p.contacts.empty()) {
    Heading(frame.a11y, frame.Tr(Msg::kShContacts), 3);
    for (const SharedContact& c : p.contacts) {
      const std::string line =
          MinuteText(c.at) + " · " + ContactKindText(frame, c.kind) + " · " + c.summary;
      Paragraph(frame.a11y, line.c_str());
    }
  }
  if (!p.notes.empty()) {
    Heading(frame.a11y, frame.Tr(Msg::kShNotes), 3);
    for (const SharedNote& n : p.notes)
      Paragraph(frame.a11y, (MinuteText(n.at) + " · " + n.text).c_str());
  }
  if (!p.tasks.empty()) {
    Heading(frame.a11y, frame.Tr(Msg::kShTasks), 3);
    for (const SharedTask& t : p.tasks) {
      Paragraph(frame.a11y, (carnet::DayText(t.due_on) + " · " + t.title).c_str());
    }
  }
}

void DrawOpenPackage(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  const ReceivedSummary& r = s.open_summary;
  const SharePayload& p = s.open_payload;
  const std::string title = std::string(frame.Tr(Msg::kShReceivedTitle)) + " " + p.display_name;
  Heading(frame.a11y, title.c_str(), 2);
  std::string origin =
      r.sender_name + " (" + frame.Tr(Msg::kShFingerprint) + " " + r.sender_fingerprint + ")";
  Line(frame, frame.Tr(Msg::kShOrigin), origin);
  Line(frame, frame.Tr(Msg::kShSentOn), MinuteText(p.sent_at));
  Line(frame, frame.Tr(Msg::kShReceivedOn), MinuteText(r.received_at));
  Line(frame, frame.Tr(Msg::kShPurpose), p.purpose);
  std::string basis = ShareBasisText(frame, p.basis);
  if (!p.basis_reference.empty()) basis += " (" + p.basis_reference + ")";
  Line(frame, frame.Tr(Msg::kShBasis), basis);
  Paragraph(frame.a11y,
            (std::string(frame.Tr(Msg::kShReadOnly)) + " · " +
             frame.Tr(p.kind == ShareKind::kTransfer ? Msg::kShKindTransfer : Msg::kShKindShare))
                .c_str());
  if (Button(frame.a11y, frame.Tr(Msg::kShClose), "received-close")) {
    frame.commands.push_back(ShowSharingTab{SharingTab::kReceived});
  }
  SameLineForButton(frame.Tr(Msg::kShDeleteReceived));
  WidgetOptions del;
  del.disabled = frame.vault->read_only;
  if (Button(frame.a11y, frame.Tr(Msg::kShDeleteReceived), "received-delete", del)) {
    frame.commands.push_back(DeleteReceivedRequested{r.id});
  }
  if (p.kind == ShareKind::kTransfer) {
    Paragraph(frame.a11y, frame.Tr(Msg::kShAdoptIntro));
    WidgetOptions adopt;
    adopt.primary = true;
    adopt.disabled = frame.vault->read_only;
    if (Button(frame.a11y, frame.Tr(Msg::kShAdopt), "received-adopt", adopt)) {
      frame.commands.push_back(AdoptReceivedRequested{r.id});
    }
  }
  ImGui::Separator();
  DrawPayload(frame, p);
}

void DrawImportOutcome(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  if (s.sender_pending) {
    Paragraph(frame.a11y, frame.Tr(Msg::kShUnknownSender));
    Heading(frame.a11y, s.pending_sender.name.c_str(), 3);
    TrustCheckView view;
    view.fingerprint = &s.pending_fingerprint;
    view.twin = s.sender_twin ? &*s.sender_twin : nullptr;
    view.help = Msg::kShUnknownSenderHelp;
    view.action = SharingAction::kReceive;
    view.id = "sender";
    view.form = &frame.sharing_forms->sender;
    view.writable = !frame.vault->read_only;
    const bool submitted = DrawTrustCheck(frame, view);
    WidgetOptions confirm;
    confirm.primary = true;
    confirm.disabled = !view.writable;
    if (Button(frame.a11y, frame.Tr(Msg::kShConfirmSender), "sender-confirm", confirm) ||
        submitted) {
      frame.commands.push_back(ConfirmSenderRequested{CheckOf(frame.sharing_forms->sender)});
    }
    SameLineForButton(frame.Tr(Msg::kShDismissPackage));
    if (Button(frame.a11y, frame.Tr(Msg::kShDismissPackage), "sender-dismiss")) {
      frame.commands.push_back(DismissPackageRequested{});
    }
    return;
  }
  const char* error = SharingError(frame, SharingAction::kReceive);
  if (error == nullptr) return;
  std::string text = error;
  if (s.error.problem() == Problem::kPackageOtherRecipient && !s.other_recipient.empty()) {
    text = std::string(frame.Tr(Msg::kShErrOtherRecipientNamed)) + " " + s.other_recipient + ".";
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
  Paragraph(frame.a11y, text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

void DrawSharingReceived(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  if (s.received_open) {
    DrawOpenPackage(frame);
    return;
  }
  Paragraph(frame.a11y, frame.Tr(Msg::kShImportIntro));
  WidgetOptions pick;
  pick.primary = true;
  pick.disabled = frame.vault->read_only;
  if (Button(frame.a11y, frame.Tr(Msg::kShImportPackage), "package-pick", pick)) {
    frame.commands.push_back(PickPackageRequested{});
  }
  DrawImportOutcome(frame);
  ImGui::Dummy(ImVec2(0, 8));
  Heading(frame.a11y, frame.Tr(Msg::kShTabReceived), 3);
  if (s.received.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kShNoReceived));
  for (const ReceivedSummary& r : s.received) {
    const std::string description = std::string(frame.Tr(Msg::kShReceivedFrom)) + " " +
                                    r.sender_name + " " + frame.Tr(Msg::kShOn) + " " +
                                    MinuteText(r.received_at) + " · " + frame.Tr(Msg::kShPurpose) +
                                    "\u00a0: " + r.purpose;
    if (r.adopted_dossier_id) {
      // Taken over: the dossier of the caseload holds it now.
      const std::string line = r.display_name + " · " + frame.Tr(Msg::kShAdopted);
      Paragraph(frame.a11y, line.c_str());
      WidgetOptions go;
      go.description = r.display_name.c_str();
      if (Button(frame.a11y, frame.Tr(Msg::kShOpenAdopted),
                 ("received-adopted-" + std::to_string(r.id)).c_str(), go)) {
        frame.commands.push_back(OpenDossierRequested{*r.adopted_dossier_id});
      }
      continue;
    }
    WidgetOptions open;
    open.description = description.c_str();
    if (Button(frame.a11y, r.display_name.c_str(), ("received-" + std::to_string(r.id)).c_str(),
               open)) {
      frame.commands.push_back(OpenReceivedRequested{r.id});
    }
    Paragraph(frame.a11y, description.c_str());
  }
}

}  // namespace carnet::ui
