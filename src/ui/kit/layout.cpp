#include "ui/kit/layout.h"

#include <imgui.h>

namespace carnet::ui {

void BeginColumn(float max_width, float top_margin) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float column = width < max_width ? width : max_width;
  ImGui::Dummy(ImVec2(0, top_margin));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(column);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
}

void SameLineIfRoom(float width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void SameLineForButton(const char* label) {
  SameLineIfRoom(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
}

void EndColumn() {
  ImGui::PopTextWrapPos();
  ImGui::PopItemWidth();
  ImGui::EndGroup();
}

}  // namespace carnet::ui
