#include "ui/screen_welcome.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace carnet::ui {

void DrawWelcome(Frame& frame) {
  // A centred column of readable width.
  const float width = ImGui::GetContentRegionAvail().x;
  const float column = width < 620.0f ? width : 620.0f;
  const float indent = (width - column) * 0.5f;
  ImGui::Dummy(ImVec2(0, 48));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);

  Heading(frame.a11y, frame.Tr(Msg::kWelcomeTitle), 1);
  ImGui::Dummy(ImVec2(0, 6));
  Paragraph(frame.a11y, frame.Tr(Msg::kWelcomeIntro));
  Paragraph(frame.a11y, frame.Tr(Msg::kWelcomePrivacy));
  ImGui::Dummy(ImVec2(0, 16));

  WidgetOptions vault_action;
  vault_action.disabled = true;  // the actions arrive with the encrypted vault
  vault_action.description = frame.Tr(Msg::kVaultNotYetAvailable);
  vault_action.primary = true;
  Button(frame.a11y, frame.Tr(Msg::kCreateVault), "create-vault", vault_action);
  ImGui::SameLine();
  vault_action.primary = false;
  Button(frame.a11y, frame.Tr(Msg::kOpenVault), "open-vault", vault_action);

  ImGui::Dummy(ImVec2(0, 4));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  Paragraph(frame.a11y, frame.Tr(Msg::kVaultNotYetAvailable));
  ImGui::PopStyleColor();

  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace carnet::ui
