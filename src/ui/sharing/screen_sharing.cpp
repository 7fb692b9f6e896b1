// "Partage et droits": the tabs, and the contacts tab (the vault's card, importing a card and
// confirming it by its fingerprint's last group, a card held under a known name, the contacts).
#include <imgui.h>

#include "app/sharing/sharing_trust.h"
#include "ui/case/case_text.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/sharing/sharing_text.h"

namespace carnet::ui {
namespace {

void Tab(Frame& frame, Msg label, const char* id, SharingTab tab, bool first) {
  const char* text = frame.Tr(label);
  if (!first) SameLineForButton(text);
  WidgetOptions options;
  options.pressed = frame.sharing->tab == tab ? Tristate::kTrue : Tristate::kFalse;
  if (Button(frame.a11y, text, id, options)) frame.commands.push_back(ShowSharingTab{tab});
}

void DrawContact(Frame& frame, const Contact& c, bool writable) {
  const SharingUiState& s = *frame.sharing;
  std::string line = c.identity.name + " · " + frame.Tr(Msg::kShFingerprint) + " " + c.fingerprint;
  line += " · ";
  line += c.confirmed()
              ? std::string(frame.Tr(Msg::kShConfirmedOn)) + " " + MinuteText(*c.confirmed_at)
              : std::string(frame.Tr(Msg::kShNotConfirmed));
  if (!c.confirmed() && NameTwin(s.contacts, c.identity) != nullptr) {
    line += std::string(" · ") + frame.Tr(Msg::kShNewKeyShort);
  }
  Paragraph(frame.a11y, line.c_str());
  WidgetOptions options;
  options.disabled = !writable;
  options.description = c.identity.name.c_str();
  const std::string id = std::to_string(c.id);
  if (!c.confirmed()) {
    // Opens the check above the list: confirming takes the fingerprint's last group.
    if (Button(frame.a11y, frame.Tr(Msg::kShConfirm), ("contact-confirm-" + id).c_str(), options)) {
      frame.sharing_forms->reviewing = c.id;
    }
    ImGui::SameLine();
  }
  if (Button(frame.a11y, frame.Tr(Msg::kShRemove), ("contact-remove-" + id).c_str(), options)) {
    frame.commands.push_back(RemoveContactRequested{c.id});
  }
}

}  // namespace

void AnnounceSharingOutcome(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  if (s.serial == f.seen_serial) return;
  f.seen_serial = s.serial;
  // A card or sender under a known name with new keys: the warning, before anything else.
  const bool card_flagged = s.last == SharingAction::kCard && s.error.ok() && s.held_card;
  const bool sender_flagged = s.last == SharingAction::kReceive && s.sender_twin &&
                              s.error.problem() == Problem::kPackageUnknownSender;
  if (card_flagged || sender_flagged) {
    Announce(frame.a11y, frame.Tr(Msg::kShNewKeyWarning), true);
    return;
  }
  if (const char* error = SharingError(frame, s.last)) {
    Announce(frame.a11y, error, true);
    return;
  }
  switch (s.last) {
    case SharingAction::kReceive: Announce(frame.a11y, frame.Tr(Msg::kShImported)); break;
    case SharingAction::kErase: Announce(frame.a11y, frame.Tr(Msg::kShErased)); break;
    case SharingAction::kPurge: Announce(frame.a11y, frame.Tr(Msg::kShPurged)); break;
    case SharingAction::kSettings:
    case SharingAction::kContact: Announce(frame.a11y, frame.Tr(Msg::kShSaved)); break;
    default: break;
  }
}

void DrawSharing(Frame& frame) {
  Heading(frame.a11y, frame.Tr(Msg::kShTitle), 2);
  Tab(frame, Msg::kShTabContacts, "tab-contacts", SharingTab::kContacts, true);
  Tab(frame, Msg::kShTabReceived, "tab-received", SharingTab::kReceived, false);
  Tab(frame, Msg::kShTabRegister, "tab-register", SharingTab::kRegister, false);
  Tab(frame, Msg::kShTabAccess, "tab-access", SharingTab::kAccessLog, false);
  Tab(frame, Msg::kShTabPurge, "tab-purge", SharingTab::kPurge, false);
  ImGui::Separator();
  switch (frame.sharing->tab) {
    case SharingTab::kContacts: DrawSharingContacts(frame); break;
    case SharingTab::kReceived: DrawSharingReceived(frame); break;
    case SharingTab::kRegister: DrawSharingRegister(frame); break;
    case SharingTab::kAccessLog: DrawSharingAccessLog(frame); break;
    case SharingTab::kPurge: DrawSharingRetention(frame); break;
  }
}

void DrawSharingContacts(Frame& frame) {
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  const bool writable = !frame.vault->read_only;
  if (!f.own_name_loaded && !s.own_name.empty()) {
    f.own_name = s.own_name;
    f.own_name_loaded = true;
  }
  Heading(frame.a11y, frame.Tr(Msg::kShOwnCard), 3);
  Paragraph(frame.a11y, frame.Tr(Msg::kShOwnCardIntro));
  TextFieldOptions name;
  name.max_chars = 100;
  name.disabled = !writable;
  name.error = SharingFieldError(frame, SharingAction::kCard, "name");
  const bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kShOwnName), "own-name", &f.own_name, name).submitted;
  WidgetOptions save;
  save.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShSaveName), "own-name-save", save) || submitted) {
    frame.commands.push_back(SetIdentityNameRequested{f.own_name});
  }
  const std::string fingerprint =
      std::string(frame.Tr(Msg::kShFingerprint)) + " " + s.own_fingerprint;
  Paragraph(frame.a11y, fingerprint.c_str());
  std::string card = s.own_card;
  TextFieldOptions card_field;
  card_field.multiline = true;
  card_field.lines = 3;
  card_field.disabled = true;
  TextField(frame.a11y, frame.Tr(Msg::kShCardText), "own-card", &card, card_field);
  if (Button(frame.a11y, frame.Tr(Msg::kShDownloadCard), "own-card-download")) {
    frame.commands.push_back(DownloadOwnCardRequested{});
  }

  ImGui::Dummy(ImVec2(0, 8));
  Heading(frame.a11y, frame.Tr(Msg::kShAddContact), 3);
  Paragraph(frame.a11y, frame.Tr(Msg::kShAddContactIntro));
  TextFieldOptions import;
  import.multiline = true;
  import.lines = 3;
  import.max_chars = 2048;
  import.disabled = !writable;
  import.error = SharingFieldError(frame, SharingAction::kCard, "card");
  TextField(frame.a11y, frame.Tr(Msg::kShCardField), "card-text", &f.card_text, import);
  WidgetOptions act;
  act.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShReadCard), "card-read", act)) {
    frame.commands.push_back(ImportCardRequested{f.card_text});
    f.reviewing = 0;
  }
  SameLineForButton(frame.Tr(Msg::kShPickCard));
  if (Button(frame.a11y, frame.Tr(Msg::kShPickCard), "card-pick", act)) {
    frame.commands.push_back(PickCardFileRequested{});
    f.reviewing = 0;
  }
  const bool card_taken = s.last == SharingAction::kCard && s.error.ok();
  if (card_taken && (s.new_contact != 0 || s.held_card)) f.card_text.clear();
  DrawCardCheck(frame, writable);

  ImGui::Dummy(ImVec2(0, 8));
  Heading(frame.a11y, frame.Tr(Msg::kShMyContacts), 3);
  if (s.contacts.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kShNoContacts));
  for (const Contact& c : s.contacts) DrawContact(frame, c, writable);
}

}  // namespace carnet::ui
