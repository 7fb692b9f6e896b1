// Changing the vault's key: the suggestion shown after an erasure or a passphrase change, and
// the form (a passphrase typed twice) that starts the rotation (app VaultController::RotateKey).
#include <imgui.h>

#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {

void DrawKeyRotationSuggestion(Frame& frame) {
  const KeyRotationReason why = frame.vault->suggest_rotation;
  if (why == KeyRotationReason::kNone || frame.vault->read_only) return;
  ImGui::PushStyleColor(ImGuiCol_Text, WarningColor());
  Paragraph(frame.a11y,
            frame.Tr(why == KeyRotationReason::kAfterErasure ? Msg::kRotateAfterErasure
                                                             : Msg::kRotateAfterPassphrase));
  ImGui::PopStyleColor();
  if (Button(frame.a11y, frame.Tr(Msg::kRotateOpen), "rotate-suggestion-open")) {
    frame.commands.push_back(ShowCaseView{CaseView::kSettings});
  }
  SameLineForButton(frame.Tr(Msg::kRotateLater));
  if (Button(frame.a11y, frame.Tr(Msg::kRotateLater), "rotate-suggestion-later")) {
    frame.commands.push_back(KeyRotationSuggestionDismissed{});
  }
}

void DrawRotateKey(Frame& frame) {
  // Open at once when suggested (the suggestion's button leads here).
  const bool suggested = frame.vault->suggest_rotation != KeyRotationReason::kNone;
  if (!Disclosure(frame.a11y, frame.Tr(Msg::kRotateKey), "rotate-key", suggested)) return;
  VaultForms& f = frame.forms;
  Paragraph(frame.a11y, frame.Tr(Msg::kRotateKeyIntro));
  TextFieldOptions secret = NewPassphraseField(frame, "passphrase");
  TextField(frame.a11y, frame.Tr(Msg::kRotatePassphrase), "rotate-passphrase", &f.rotate_passphrase,
            secret);
  DrawPassphraseStrength(frame, f.rotate_passphrase);
  secret = NewPassphraseField(frame, "confirmation");
  TextField(frame.a11y, frame.Tr(Msg::kRotateConfirm), "rotate-confirmation",
            &f.rotate_confirmation, secret);
  // A refusal without a field (the storage failed): said here, where it was asked.
  const Status& error = frame.vault->error;
  if (!error.ok() && error.field().empty()) Paragraph(frame.a11y, VaultErrorText(frame, error));
  WidgetOptions go;
  go.disabled = frame.vault->read_only;
  if (go.disabled) go.description = frame.Tr(Msg::kReadOnly);
  if (Button(frame.a11y, frame.Tr(Msg::kRotateKeySubmit), "rotate-key-submit", go)) {
    frame.commands.push_back(RotateKeyRequested{f.rotate_passphrase, f.rotate_confirmation});
    f.WipeSecrets();
  }
}

}  // namespace carnet::ui
