#include <imgui.h>

#include <string>

#include "core/store.h"
#include "ui/layout.h"
#include "ui/screen_vault.h"
#include "ui/widgets.h"

namespace carnet::ui {
namespace {

const char* SaveText(const Frame& frame) {
  switch (frame.vault->save) {
    case SaveState::kSaved: return frame.Tr(Msg::kSaved);
    case SaveState::kUnsaved: return frame.Tr(Msg::kUnsaved);
    case SaveState::kSaving: return frame.Tr(Msg::kSaving);
    case SaveState::kFailed:
      return frame.vault->save_error.problem() == Problem::kSaveConflict
                 ? frame.Tr(Msg::kSaveConflict)
                 : frame.Tr(Msg::kSaveFailed);
  }
  return "";
}

int CountDossiers(Frame& frame) {
  if (frame.store == nullptr) return 0;
  OverviewQuery q;
  q.today = 0;
  q.include_closed = true;
  Result<std::vector<OverviewRow>> rows = frame.store->Overview(q);
  return rows.ok() ? static_cast<int>(rows.value().size()) : 0;
}

void DrawChangePassphrase(Frame& frame) {
  VaultForms& f = frame.forms;
  TextFieldOptions secret = NewPassphraseField(frame, "passphrase");
  TextField(frame.a11y, frame.Tr(Msg::kNewPassphrase), "new-passphrase", &f.passphrase, secret);
  secret = NewPassphraseField(frame, "confirmation");
  TextField(frame.a11y, frame.Tr(Msg::kPassphraseConfirm), "new-confirmation", &f.confirmation,
            secret);
  if (Button(frame.a11y, frame.Tr(Msg::kSetPassphrase), "new-passphrase-submit")) {
    frame.commands.push_back(ChangePassphraseRequested{f.passphrase, f.confirmation});
    f.WipeSecrets();
    f.changing_passphrase = false;
  }
}

}  // namespace

void DrawVaultHome(Frame& frame) {
  BeginColumn(720.0f, 32.0f);
  Heading(frame.a11y, frame.vault->display_name.c_str(), 1);
  // The save status is always visible; a failure is never hidden.
  Paragraph(frame.a11y, frame.vault->read_only ? frame.Tr(Msg::kReadOnly) : SaveText(frame));
  ImGui::Dummy(ImVec2(0, 8));
  Paragraph(frame.a11y, frame.Tr(Msg::kVaultHomeIntro));
  const std::string count =
      std::string(frame.Tr(Msg::kDossierCount)) + " " + std::to_string(CountDossiers(frame));
  Paragraph(frame.a11y, count.c_str());
  ImGui::Dummy(ImVec2(0, 8));
  WidgetOptions write;
  write.disabled = frame.vault->read_only;
  if (write.disabled) write.description = frame.Tr(Msg::kReadOnly);
  if (Button(frame.a11y, frame.Tr(Msg::kFillDemo), "fill-demo", write)) {
    frame.commands.push_back(FillDemoRequested{});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kLock), "lock-vault")) {
    frame.forms.WipeSecrets();
    frame.commands.push_back(LockVaultRequested{});
  }
  ImGui::Dummy(ImVec2(0, 8));
  if (Disclosure(frame.a11y, frame.Tr(Msg::kChangePassphrase), "change-passphrase")) {
    DrawChangePassphrase(frame);
  }
  EndColumn();
}

}  // namespace carnet::ui
