#include <imgui.h>

#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {

void DrawCreateVault(Frame& frame) {
  VaultForms& f = frame.forms;
  BeginColumn();
  Heading(frame.a11y, frame.Tr(Msg::kCreateVaultTitle), 1);
  Paragraph(frame.a11y, frame.Tr(Msg::kCreateVaultIntro));
  ImGui::Dummy(ImVec2(0, 8));

  // The cursor starts in the first field, in the first frame the screen shows.
  static int drawn_in_frame = -1;
  const bool opening = drawn_in_frame != ImGui::GetFrameCount() - 1;
  drawn_in_frame = ImGui::GetFrameCount();

  TextFieldOptions name;
  name.focus_now = opening;
  name.width = ImGui::CalcItemWidth();  // the column's width
  name.required = true;
  name.max_chars = 64;
  name.description = frame.Tr(Msg::kDisplayNameHint);
  name.error = VaultFieldError(frame, "display_name");
  TextFieldResult typed =
      TextField(frame.a11y, frame.Tr(Msg::kDisplayName), "vault-name", &f.display_name, name);
  TextFieldOptions secret = NewPassphraseField(frame, "passphrase");
  typed.submitted |=
      TextField(frame.a11y, frame.Tr(Msg::kPassphrase), "vault-passphrase", &f.passphrase, secret)
          .submitted;
  DrawPassphraseStrength(frame, f.passphrase);
  secret = NewPassphraseField(frame, "confirmation");
  typed.submitted |= TextField(frame.a11y, frame.Tr(Msg::kPassphraseConfirm), "vault-confirmation",
                               &f.confirmation, secret)
                         .submitted;
  ImGui::Dummy(ImVec2(0, 8));

  WidgetOptions submit;
  submit.primary = true;
  if (Button(frame.a11y, frame.Tr(Msg::kCreateVaultSubmit), "create-submit", submit) ||
      typed.submitted) {
    frame.commands.push_back(CreateVaultRequested{f.display_name, f.passphrase, f.confirmation});
    f.WipeSecrets();
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kCancel), "create-cancel")) {
    f.WipeSecrets();
    frame.commands.push_back(ShowScreen{Screen::kWelcome, ""});
  }
  const char* general =
      frame.vault->error.field().empty() ? VaultErrorText(frame, frame.vault->error) : "";
  if (general[0] != '\0') Paragraph(frame.a11y, general);
  EndColumn();
}

}  // namespace carnet::ui
