// The warning shown after unlocking a vault older than the last version opened in this browser
// (or whose mark here is damaged): nothing of the case file is drawn until the worker chooses
// to continue knowingly or to lock.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

// "Ce coffre est plus ancien que la dernière version ouverte… (version 7, ouverte le …)".
std::string OlderText(const Frame& frame, const OlderVaultWarning& older) {
  const std::string version = std::to_string(older.marked_generation);
  char text[768];
  if (IsValidDay(older.marked_on)) {
    const std::string day = DayText(frame, older.marked_on);
    (void)std::snprintf(text, sizeof text, frame.Tr(Msg::kOlderVaultWarning), version.c_str(),
                        day.c_str());
  } else {
    (void)std::snprintf(text, sizeof text, frame.Tr(Msg::kOlderVaultWarningUndated),
                        version.c_str());
  }
  return text;
}

}  // namespace

void DrawOlderVault(Frame& frame) {
  const OlderVaultWarning& older = frame.vault->older;
  BeginColumn();
  Heading(frame.a11y, frame.Tr(Msg::kOlderVaultTitle), 1);
  Paragraph(frame.a11y, frame.vault->display_name.c_str());
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
  if (older.check == MarkCheck::kGarbled) {
    Paragraph(frame.a11y, frame.Tr(Msg::kVaultMarkGarbled));
  } else {
    Paragraph(frame.a11y, OlderText(frame, older).c_str());
  }
  ImGui::PopStyleColor();
  char stored[128];
  (void)std::snprintf(stored, sizeof stored, frame.Tr(Msg::kOlderVaultStored),
                      std::to_string(older.stored_generation).c_str());
  Paragraph(frame.a11y, stored);
  if (older.check == MarkCheck::kOlder) Paragraph(frame.a11y, frame.Tr(Msg::kOlderVaultAdvice));
  ImGui::Dummy(ImVec2(0, 8));
  WidgetOptions lock;
  lock.primary = true;  // the safe choice comes first
  if (Button(frame.a11y, frame.Tr(Msg::kLock), "older-vault-lock", lock)) {
    frame.commands.push_back(LockVaultRequested{});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kOlderVaultContinue), "older-vault-continue")) {
    frame.commands.push_back(OlderVaultAccepted{});
  }
  EndColumn();
}

}  // namespace carnet::ui
