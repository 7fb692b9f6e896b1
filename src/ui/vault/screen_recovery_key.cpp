#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {

void DrawRecoveryKey(Frame& frame) {
  BeginColumn();
  Heading(frame.a11y, frame.Tr(Msg::kRecoveryTitle), 1);
  if (frame.vault->key_rotated) Paragraph(frame.a11y, frame.Tr(Msg::kRecoveryReplaced));
  Paragraph(frame.a11y, frame.Tr(Msg::kRecoveryIntro));
  ImGui::Dummy(ImVec2(0, 8));
  // The key in the heading font, in groups, so that it can be copied out by hand.
  ImGui::PushFont(GetFonts().heading);
  Paragraph(frame.a11y, frame.vault->recovery_text.c_str());
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 8));
  Checkbox(frame.a11y, frame.Tr(Msg::kRecoveryNoted), "recovery-noted",
           &frame.forms.recovery_noted);
  WidgetOptions go;
  go.primary = true;
  go.disabled = !frame.forms.recovery_noted;
  if (Button(frame.a11y, frame.Tr(Msg::kContinue), "recovery-continue", go)) {
    frame.forms.recovery_noted = false;
    frame.commands.push_back(RecoveryKeySeen{});
  }
  EndColumn();
}

void DrawVaultBusy(Frame& frame) {
  BeginColumn();
  Heading(frame.a11y, frame.Tr(frame.vault->locking ? Msg::kLocking : Msg::kBusyDeriving), 2);
  if (frame.vault->deriving) {
    // Argon2id reports no progress: the bar is the time elapsed against the expected duration,
    // and the controller keeps it below 100 % until the key arrives.
    char about[64];
    (void)std::snprintf(about, sizeof about, frame.Tr(Msg::kAboutSeconds),
                        frame.vault->derive_seconds);
    const std::string label = std::string(frame.Tr(Msg::kDerivingKey)) + " " + about;
    ProgressBar(frame.a11y, label.c_str(), "derive-progress", frame.vault->derive_progress);
  } else {
    // An indeterminate bar that moves while the vault is loaded or written.
    const float t = static_cast<float>(ImGui::GetTime());
    const float phase = t - static_cast<float>(static_cast<int>(t));
    ImGui::ProgressBar(phase, ImVec2(-1, 6), "");
  }
  EndColumn();
}

}  // namespace carnet::ui
