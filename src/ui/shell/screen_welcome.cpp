#include "ui/shell/screen_welcome.h"

#include <imgui.h>

#include "ui/kit/layout.h"
#include "ui/kit/screen_display_settings.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

// Importing a backup as a new vault of this browser, and what became of the last import.
void DrawImport(Frame& frame, bool available) {
  const HomeUiState& home = *frame.home;
  ImGui::SameLine();
  WidgetOptions import;
  import.disabled = !available || home.importing;
  if (!available) import.description = frame.Tr(Msg::kVaultsUnavailable);
  if (Button(frame.a11y, frame.Tr(Msg::kImportBackup), "import-backup", import)) {
    frame.commands.push_back(ImportBackupRequested{});
  }
  if (home.importing) {
    Paragraph(frame.a11y, frame.Tr(Msg::kImportingBackup));
  } else if (!home.import_error.ok()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    Paragraph(frame.a11y, ImportErrorText(frame, home.import_error));
    ImGui::PopStyleColor();
  } else if (!home.imported_name.empty()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kBackupImported));
  }
  const char* persistence = PersistenceText(frame);
  if (persistence[0] != '\0') {
    ImGui::Dummy(ImVec2(0, 8));
    Paragraph(frame.a11y, persistence);
  }
}

}  // namespace

void DrawWelcome(Frame& frame) {
  BeginColumn();
  Heading(frame.a11y, frame.Tr(Msg::kWelcomeTitle), 1);
  ImGui::Dummy(ImVec2(0, 6));
  Paragraph(frame.a11y, frame.Tr(Msg::kWelcomeIntro));
  Paragraph(frame.a11y, frame.Tr(Msg::kWelcomePrivacy));
  ImGui::Dummy(ImVec2(0, 16));

  const bool available = frame.vault != nullptr;
  if (available && !frame.vault->vaults.empty()) {
    Heading(frame.a11y, frame.Tr(Msg::kVaultsOnThisComputer), 2);
    // Listed by display name only; each opens its own unlock screen.
    for (const VaultListing& vault : frame.vault->vaults) {
      ImGui::PushID(vault.id.c_str());
      const std::string label =
          std::string(frame.Tr(Msg::kOpenVault)) + " « " + vault.display_name + " »";
      if (Button(frame.a11y, label.c_str(), vault.id.c_str())) {
        frame.commands.push_back(ShowScreen{Screen::kUnlockVault, vault.id});
      }
      ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, 12));
  } else if (available) {
    Paragraph(frame.a11y, frame.Tr(Msg::kNoVaultYet));
  }

  WidgetOptions create;
  create.disabled = !available;
  create.primary = available && frame.vault->vaults.empty();
  if (!available) create.description = frame.Tr(Msg::kVaultsUnavailable);
  if (Button(frame.a11y, frame.Tr(Msg::kCreateVault), "create-vault", create)) {
    frame.commands.push_back(ShowScreen{Screen::kCreateVault, ""});
  }
  if (frame.home != nullptr) DrawImport(frame, available);
  ImGui::Dummy(ImVec2(0, 8));
  WidgetOptions demo;
  demo.disabled = !available;
  demo.description = frame.Tr(Msg::kTryDemoHint);
  if (Button(frame.a11y, frame.Tr(Msg::kTryDemo), "try-demo", demo)) {
    frame.commands.push_back(TryDemoRequested{});
  }
  Paragraph(frame.a11y, frame.Tr(Msg::kTryDemoHint));
  if (frame.stats != nullptr) {
    // The regional merge of statistics files needs no vault.
    ImGui::Dummy(ImVec2(0, 8));
    if (Button(frame.a11y, frame.Tr(Msg::kMergeStatsOpen), "open-merge-stats")) {
      frame.commands.push_back(ShowScreen{Screen::kMergeStats, ""});
    }
  }
  if (!available) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    Paragraph(frame.a11y, frame.Tr(Msg::kVaultsUnavailable));
    ImGui::PopStyleColor();
  }
  ImGui::Dummy(ImVec2(0, 16));
  if (Disclosure(frame.a11y, frame.Tr(Msg::kDisplaySettings), "display-settings")) {
    DrawDisplaySettings(frame);
  }
  EndColumn();
}

}  // namespace carnet::ui
