// The register of disclosures (whole vault, by recipient and dates), the access log, and
// retention: the durations kept, the purge list confirmed once, the reminder on the today
// screen, and the record of processing.
#include <imgui.h>

#include "ui/case/case_text.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/sharing/sharing_text.h"

namespace carnet::ui {

void DrawSharingRegister(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  if (Button(frame.a11y, frame.Tr(Msg::kShProcessingRecord), "processing-record")) {
    frame.commands.push_back(ProcessingRecordRequested{});
  }
  ImGui::Dummy(ImVec2(0, 4));
  // The recipient: one toggle per name in the register, and "every recipient".
  WidgetOptions all;
  all.pressed = f.filter.recipient.empty() ? Tristate::kTrue : Tristate::kFalse;
  bool changed = false;
  if (Button(frame.a11y, frame.Tr(Msg::kShEveryone), "register-everyone", all)) {
    f.filter.recipient.clear();
    changed = true;
  }
  for (std::size_t i = 0; i < s.recipients.size(); ++i) {
    const std::string& name = s.recipients[i];
    SameLineForButton(name.c_str());
    WidgetOptions toggle;
    toggle.pressed = f.filter.recipient == name ? Tristate::kTrue : Tristate::kFalse;
    if (Button(frame.a11y, name.c_str(), ("register-recipient-" + std::to_string(i)).c_str(),
               toggle)) {
      f.filter.recipient = name;
      changed = true;
    }
  }
  TextFieldOptions from;
  from.max_chars = 10;
  from.width = 160;
  from.error = SharingFieldError(frame, SharingAction::kNone, "from");
  const bool a =
      TextField(frame.a11y, frame.Tr(Msg::kShFrom), "register-from", &f.filter.from, from)
          .submitted;
  TextFieldOptions to = from;
  to.error = SharingFieldError(frame, SharingAction::kNone, "to");
  const bool b =
      TextField(frame.a11y, frame.Tr(Msg::kShTo), "register-to", &f.filter.to, to).submitted;
  if (Button(frame.a11y, frame.Tr(Msg::kShFilter), "register-filter") || a || b || changed) {
    frame.commands.push_back(SetRegisterFilterRequested{f.filter});
  }
  ImGui::Separator();
  if (s.disclosures.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kShNoEntries));
  for (const carnet::Disclosure& e : s.disclosures) {
    Paragraph(frame.a11y, DisclosureLine(frame, e, true).c_str());
  }
}

void DrawSharingAccessLog(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  Paragraph(frame.a11y, frame.Tr(Msg::kShAccessIntro));
  if (s.access.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kShNoEntries));
  for (const AccessEntry& e : s.access) {
    std::string line = MinuteText(e.at) + " · " + AccessActionText(frame, e.action);
    if (e.dossier_id)
      line +=
          std::string(" · ") + frame.Tr(Msg::kShDossier) + " n° " + std::to_string(*e.dossier_id);
    if (!e.detail.empty()) line += " · " + e.detail;
    Paragraph(frame.a11y, line.c_str());
  }
}

void DrawSharingRetention(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  const bool writable = !frame.vault->read_only;
  if (!f.retention_loaded) {
    f.retention_months = std::to_string(s.retention_months);
    f.access_log_months = std::to_string(s.access_log_months);
    f.retention_loaded = true;
  }
  TextFieldOptions months;
  months.max_chars = 4;
  months.width = 120;
  months.disabled = !writable;
  months.error = SharingFieldError(frame, SharingAction::kSettings, "retention_months");
  TextField(frame.a11y, frame.Tr(Msg::kShRetention), "retention-months", &f.retention_months,
            months);
  months.error = SharingFieldError(frame, SharingAction::kSettings, "access_log_months");
  TextField(frame.a11y, frame.Tr(Msg::kShAccessMonths), "access-log-months", &f.access_log_months,
            months);
  WidgetOptions save;
  save.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShSave), "retention-save", save)) {
    frame.commands.push_back(SetRetentionRequested{f.retention_months, f.access_log_months});
    f.purge_confirm = false;
  }
  ImGui::Dummy(ImVec2(0, 8));
  const std::string title =
      std::string(frame.Tr(Msg::kShPurgeTitle)) + " (" + std::to_string(s.purge.size()) + ")";
  Heading(frame.a11y, title.c_str(), 3);
  Paragraph(frame.a11y, frame.Tr(Msg::kShPurgeIntro));
  if (s.purge.empty()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kShNothingToPurge));
    f.purge_confirm = false;
    return;
  }
  std::vector<Id> ids;
  ids.reserve(s.purge.size());
  for (const PurgeCandidate& c : s.purge) {
    const Msg reason = c.reason == PurgeCandidate::kClosed      ? Msg::kShReasonClosed
                       : c.reason == PurgeCandidate::kNoContact ? Msg::kShReasonNoContact
                                                                : Msg::kShReasonTransferred;
    const std::string line =
        c.display_name + " · " + frame.Tr(reason) + " " + carnet::DayText(c.since);
    Paragraph(frame.a11y, line.c_str());
    ids.push_back(c.dossier_id);
  }
  WidgetOptions purge;
  purge.disabled = !writable;
  if (!f.purge_confirm) {
    if (Button(frame.a11y, frame.Tr(Msg::kShPurgeAll), "purge-start", purge)) {
      f.purge_confirm = true;
    }
    return;
  }
  Paragraph(frame.a11y, frame.Tr(Msg::kShPurgeConfirmText));
  purge.primary = true;
  purge.focus_now = true;
  if (Button(frame.a11y, frame.Tr(Msg::kShPurgeConfirm), "purge-confirm", purge)) {
    frame.commands.push_back(PurgeRequested{ids});
    f.purge_confirm = false;
  }
  SameLineForButton(frame.Tr(Msg::kShCancel));
  if (Button(frame.a11y, frame.Tr(Msg::kShCancel), "purge-cancel")) f.purge_confirm = false;
}

void DrawPurgeReminder(Frame& frame) {
  if (frame.sharing == nullptr || frame.sharing->purge.empty()) return;
  const std::string text = std::string(frame.Tr(Msg::kShPurgeReminder)) +
                           "\u00a0: " + std::to_string(frame.sharing->purge.size());
  Paragraph(frame.a11y, text.c_str());
  SameLineForButton(frame.Tr(Msg::kShSeePurge));
  if (Button(frame.a11y, frame.Tr(Msg::kShSeePurge), "purge-reminder")) {
    frame.commands.push_back(ShowSharingTab{SharingTab::kPurge});
  }
}

}  // namespace carnet::ui
