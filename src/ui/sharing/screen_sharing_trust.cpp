// The check typed before a contact card or a package's sender is trusted: the fingerprint in
// full, the last group as the colleague reads it aloud, and the warning (with its
// acknowledgment) for a new key under a known name. Drawn by the contacts tab, for a card read
// or held or a contact of the list, and by the import of a package; the app layer checks it
// again (app/sharing/sharing_trust.h).
#include <imgui.h>

#include "app/sharing/sharing_trust.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/sharing/sharing_text.h"

namespace carnet::ui {
namespace {

const ImVec4 kWarningColor(0.70f, 0.05f, 0.05f, 1.0f);  // as the other refusals in red

// In red, with a red bar down its left side, so that it cannot be taken for the usual help.
void DrawNewKeyWarning(Frame& frame, const Contact& twin) {
  ImGui::BeginGroup();
  Heading(frame.a11y, frame.Tr(Msg::kShNewKeyWarning), 3);
  ImGui::PushStyleColor(ImGuiCol_Text, kWarningColor);
  Paragraph(frame.a11y, frame.Tr(Msg::kShNewKeyExplain));
  ImGui::PopStyleColor();
  const std::string known = std::string(frame.Tr(Msg::kShKnownContact)) + " " + twin.identity.name +
                            " · " + frame.Tr(Msg::kShFingerprint) + " " + twin.fingerprint;
  Paragraph(frame.a11y, known.c_str());
  ImGui::EndGroup();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float bar = ImGui::GetFontSize() * 0.25f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x - 2.5f * bar, min.y),
                                            ImVec2(min.x - 1.5f * bar, max.y),
                                            ImGui::ColorConvertFloat4ToU32(kWarningColor));
}

// A refusal of the last action concerning `field`, unless it came before this subject showed.
const char* ErrorFor(Frame& frame, const TrustCheckView& view, const char* field) {
  if (frame.sharing->serial <= view.form->shown_at) return nullptr;
  return SharingFieldError(frame, view.action, field);
}

// The contact to check before it is trusted: one reviewed from the list, else the one the last
// card read added; null when there is none, or it is confirmed already.
const Contact* ContactToCheck(const SharingUiState& s, const SharingForms& f) {
  const Contact* found = nullptr;
  for (const Contact& c : s.contacts) {
    if (c.confirmed()) continue;
    if (c.id == f.reviewing) return &c;
    if (c.id == s.new_contact) found = &c;
  }
  return found;
}

// A card read (stored, not yet confirmed) or reviewed: its check, then confirm or drop it.
void DrawContactCheck(Frame& frame, const Contact& c, bool writable) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  ImGui::Dummy(ImVec2(0, 4));
  const Msg title = c.id == f.reviewing ? Msg::kShContactToConfirm : Msg::kShNewContact;
  const std::string who = std::string(frame.Tr(title)) + " " + c.identity.name;
  Heading(frame.a11y, who.c_str(), 3);
  TrustCheckView view;
  view.fingerprint = &c.fingerprint;
  view.twin = NameTwin(s.contacts, c.identity);
  view.action = SharingAction::kContact;
  view.id = "new-contact";
  view.form = &f.contact;
  view.writable = writable;
  const bool submitted = DrawTrustCheck(frame, view);
  WidgetOptions confirm;
  confirm.primary = true;
  confirm.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShConfirmFingerprint), "new-contact-confirm", confirm) ||
      submitted) {
    frame.commands.push_back(ConfirmContactRequested{c.id, CheckOf(f.contact)});
  }
  SameLineForButton(frame.Tr(Msg::kShDoNotConfirm));
  WidgetOptions drop;
  drop.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShDoNotConfirm), "new-contact-drop", drop)) {
    frame.commands.push_back(RemoveContactRequested{c.id});
  }
}

// A card whose name is a confirmed contact's but whose keys are new: flagged, not stored.
void DrawHeldCard(Frame& frame, bool writable) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  ImGui::Dummy(ImVec2(0, 4));
  const HeldCard& held = *s.held_card;
  const std::string who = std::string(frame.Tr(Msg::kShHeldCard)) + " " + held.identity.name;
  Heading(frame.a11y, who.c_str(), 3);
  TrustCheckView view;
  view.fingerprint = &held.fingerprint;
  view.twin = &held.twin;
  view.action = SharingAction::kContact;
  view.id = "held-card";
  view.form = &f.contact;
  view.writable = writable;
  const bool submitted = DrawTrustCheck(frame, view);
  WidgetOptions add;
  add.primary = true;
  add.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShAddAsNewContact), "held-card-add", add) || submitted) {
    frame.commands.push_back(ConfirmHeldCardRequested{CheckOf(f.contact)});
  }
  SameLineForButton(frame.Tr(Msg::kShDoNotAdd));
  if (Button(frame.a11y, frame.Tr(Msg::kShDoNotAdd), "held-card-drop")) {
    frame.commands.push_back(DropHeldCardRequested{});
  }
}

}  // namespace

bool DrawTrustCheck(Frame& frame, const TrustCheckView& view) {
  TrustForm& form = *view.form;
  const bool first_shown = form.subject != *view.fingerprint;
  if (first_shown) {
    form = TrustForm();
    form.subject = *view.fingerprint;
    form.shown_at = frame.sharing->serial;
  }
  const std::string id = view.id;
  if (view.twin != nullptr) DrawNewKeyWarning(frame, *view.twin);
  const std::string print = std::string(frame.Tr(Msg::kShFingerprint)) + " " + *view.fingerprint;
  Paragraph(frame.a11y, print.c_str());
  Paragraph(frame.a11y, frame.Tr(view.help));

  TextFieldOptions group;
  group.max_chars = 16;
  group.disabled = !view.writable;
  group.width = ImGui::GetFontSize() * 8.0f;
  group.error = ErrorFor(frame, view, "last_group");
  // The cursor goes to the field, which scrolls into view with the warning and the fingerprint
  // above it: the next step is to type what the colleague reads.
  group.focus_now = first_shown && view.writable;
  const bool submitted = TextField(frame.a11y, frame.Tr(Msg::kShLastGroupField),
                                   (id + "-last-group").c_str(), &form.last_group, group)
                             .submitted;
  if (view.twin != nullptr) {
    WidgetOptions acknowledge;
    acknowledge.disabled = !view.writable;
    Checkbox(frame.a11y, frame.Tr(Msg::kShAcknowledgeNewKey), (id + "-acknowledge").c_str(),
             &form.acknowledged, acknowledge);
    if (const char* error = ErrorFor(frame, view, "new_key_acknowledged")) {
      ImGui::PushStyleColor(ImGuiCol_Text, kWarningColor);
      Paragraph(frame.a11y, error);
      ImGui::PopStyleColor();
    }
  }
  return submitted && view.writable;
}

void DrawCardCheck(Frame& frame, bool writable) {
  const SharingUiState& s = *frame.sharing;
  if (s.held_card) {
    DrawHeldCard(frame, writable);
  } else if (const Contact* c = ContactToCheck(s, *frame.sharing_forms)) {
    DrawContactCheck(frame, *c, writable);
  }
}

FingerprintCheck CheckOf(const TrustForm& form) {
  FingerprintCheck check;
  check.last_group = form.last_group;
  check.new_key_acknowledged = form.acknowledged;
  return check;
}

}  // namespace carnet::ui
