#include "ui/screen_welcome.h"

#include <imgui.h>

#include "ui/layout.h"
#include "ui/widgets.h"

namespace carnet::ui {

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
  if (!available) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    Paragraph(frame.a11y, frame.Tr(Msg::kVaultsUnavailable));
    ImGui::PopStyleColor();
  }
  EndColumn();
}

}  // namespace carnet::ui
