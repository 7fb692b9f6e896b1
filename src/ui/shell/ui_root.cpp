#include "ui/shell/ui_root.h"

#include <imgui.h>

#include "ui/kit/widgets.h"
#include "ui/shell/screen_case_shell.h"
#include "ui/shell/screen_welcome.h"
#include "ui/stats/screen_stats.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

void DrawLanguageSwitch(Frame& frame) {
  const Lang current = frame.state.lang;
  WidgetOptions fr;
  fr.pressed = current == Lang::kFr ? Tristate::kTrue : Tristate::kFalse;
  fr.lang = current == Lang::kFr ? nullptr : "fr";
  WidgetOptions en;
  en.pressed = current == Lang::kEn ? Tristate::kTrue : Tristate::kFalse;
  en.lang = current == Lang::kEn ? nullptr : "en";

  const float width = ImGui::CalcTextSize(frame.Tr(Msg::kLanguageFrench)).x +
                      ImGui::CalcTextSize(frame.Tr(Msg::kLanguageEnglish)).x +
                      ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
  if (Button(frame.a11y, frame.Tr(Msg::kLanguageFrench), "lang-fr", fr)) {
    frame.commands.push_back(SetLanguage{Lang::kFr});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kLanguageEnglish), "lang-en", en)) {
    frame.commands.push_back(SetLanguage{Lang::kEn});
  }
}

}  // namespace

void DrawApp(Frame& frame) {
  frame.a11y.BeginFrame();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Carnet###main", nullptr, flags);

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(frame.Tr(Msg::kAppName));
  DrawLanguageSwitch(frame);
  ImGui::Separator();

  const VaultPhase phase = frame.vault != nullptr ? frame.vault->phase : VaultPhase::kLocked;
  switch (phase) {
    case VaultPhase::kBusy: DrawVaultBusy(frame); break;
    case VaultPhase::kShowRecoveryKey: DrawRecoveryKey(frame); break;
    case VaultPhase::kConfirmOlder: DrawOlderVault(frame); break;
    case VaultPhase::kUnlocked:
      if (frame.caseload != nullptr && frame.case_forms != nullptr) {
        DrawCaseShell(frame);
      } else {
        DrawVaultHome(frame);
      }
      break;
    case VaultPhase::kLocked:
      switch (frame.state.screen) {
        case Screen::kWelcome: DrawWelcome(frame); break;
        case Screen::kCreateVault: DrawCreateVault(frame); break;
        case Screen::kUnlockVault: DrawUnlockVault(frame, false); break;
        case Screen::kRecoveryUnlock: DrawUnlockVault(frame, true); break;
        case Screen::kMergeStats: DrawStatsMergeScreen(frame); break;
      }
      break;
  }
  ImGui::End();
}

}  // namespace carnet::ui
