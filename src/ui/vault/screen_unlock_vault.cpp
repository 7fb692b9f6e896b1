#include <imgui.h>

#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {

void DrawUnlockVault(Frame& frame, bool recovery_key) {
  VaultForms& f = frame.forms;
  std::string name = frame.state.selected_vault;
  for (const VaultListing& v : frame.vault->vaults) {
    if (v.id == frame.state.selected_vault) name = v.display_name;
  }
  BeginColumn();
  Heading(frame.a11y, frame.Tr(Msg::kUnlockTitle), 1);
  Paragraph(frame.a11y, name.c_str());
  if (recovery_key) Paragraph(frame.a11y, frame.Tr(Msg::kRecoveryUnlockIntro));
  ImGui::Dummy(ImVec2(0, 8));

  TextFieldOptions secret;
  secret.width = ImGui::CalcItemWidth();  // the column's width
  secret.password = !recovery_key;
  secret.required = true;
  secret.max_chars = 1024;
  secret.autocomplete = recovery_key ? "off" : "current-password";
  secret.error = VaultErrorText(frame, frame.vault->error);
  if (secret.error[0] == '\0') secret.error = nullptr;
  const TextFieldResult typed =
      TextField(frame.a11y, frame.Tr(recovery_key ? Msg::kRecoveryKey : Msg::kPassphrase),
                recovery_key ? "unlock-recovery-key" : "unlock-passphrase", &f.secret, secret);
  ImGui::Dummy(ImVec2(0, 8));
  WidgetOptions submit;
  submit.primary = true;
  if (Button(frame.a11y, frame.Tr(Msg::kUnlockSubmit), "unlock-submit", submit) ||
      typed.submitted) {
    frame.commands.push_back(
        UnlockVaultRequested{frame.state.selected_vault, f.secret, recovery_key});
    f.WipeSecrets();
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kBack), "unlock-back")) {
    f.WipeSecrets();
    frame.commands.push_back(ShowScreen{Screen::kWelcome, ""});
  }
  if (!recovery_key && Button(frame.a11y, frame.Tr(Msg::kForgotPassphrase), "unlock-forgot")) {
    f.WipeSecrets();
    frame.commands.push_back(ShowScreen{Screen::kRecoveryUnlock, frame.state.selected_vault});
  }
  EndColumn();
}

}  // namespace carnet::ui
