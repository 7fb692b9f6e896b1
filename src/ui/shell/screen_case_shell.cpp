// The frame around the case file's screens: the vault's name, the save status (always
// visible, a failure never hidden, changes announced), the navigation, the command palette.
#include <imgui.h>

#include "ui/shell/screen_case_shell.h"

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/stats/screen_stats.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

// One button of the navigation bar, after the previous one when it fits (else below it).
// Going elsewhere closes the palette and the new dossier form.
void NavButton(Frame& frame, const char* label, const char* id, bool current, bool first,
               CaseView view) {
  if (!first) SameLineForButton(label);
  WidgetOptions options;
  options.pressed = current ? Tristate::kTrue : Tristate::kFalse;
  if (!Button(frame.a11y, label, id, options)) return;
  CaseForms& f = *frame.case_forms;
  f.palette_open = false;
  if (f.open == CaseForm::kNewDossier || view == CaseView::kDossier) f.open = CaseForm::kNone;
  frame.commands.push_back(ShowCaseView{view});
}

void DrawNavigation(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  CaseForms& f = *frame.case_forms;
  const bool form = f.open == CaseForm::kNewDossier;
  auto current = [&](CaseView view) { return c.view == view && !form; };
  NavButton(frame, frame.Tr(Msg::kNavToday), "nav-today", current(CaseView::kToday), true,
            CaseView::kToday);
  NavButton(frame, frame.Tr(Msg::kNavOverview), "nav-overview", current(CaseView::kOverview), false,
            CaseView::kOverview);
  if (c.has_dossier) {
    NavButton(frame, c.dossier.header.display_name.c_str(), "nav-dossier",
              current(CaseView::kDossier), false, CaseView::kDossier);
  }
  if (frame.stats != nullptr) {
    NavButton(frame, frame.Tr(Msg::kNavStatistics), "nav-statistics",
              current(CaseView::kStatistics), false, CaseView::kStatistics);
  }
  if (frame.sharing != nullptr) {
    NavButton(frame, frame.Tr(Msg::kNavSharing), "nav-sharing", current(CaseView::kSharing), false,
              CaseView::kSharing);
  }
  NavButton(frame, frame.Tr(Msg::kNavSettings), "nav-settings", current(CaseView::kSettings), false,
            CaseView::kSettings);
  SameLineForButton(frame.Tr(Msg::kNavSearch));
  if (Button(frame.a11y, frame.Tr(Msg::kNavSearch), "nav-search")) {
    f.palette_open = true;
    f.palette_focus = true;
  }
  SameLineForButton(frame.Tr(Msg::kLock));
  if (Button(frame.a11y, frame.Tr(Msg::kLock), "lock-vault")) {
    frame.forms.WipeSecrets();
    frame.commands.push_back(LockVaultRequested{});
  }
}

// The day: its title, how many dossiers wait to be purged (sharing), then its agenda.
void DrawTodayView(Frame& frame) {
  DrawTodayTitle(frame);
  DrawPurgeReminder(frame);
  DrawToday(frame);
}

// The dossier: its own parts, then what sharing offers on it, then its timeline.
void DrawDossierView(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  if (!c.has_dossier) return;
  DrawDossier(frame);
  ImGui::Dummy(ImVec2(0, 6));
  DrawDossierSharing(frame, c.dossier.header.dossier_id, !frame.vault->read_only);
  ImGui::Dummy(ImVec2(0, 6));
  DrawDossierTimeline(frame);
}

}  // namespace

void DrawCaseShell(Frame& frame) {
  CollectCaseOutcome(frame);
  CaseForms& f = *frame.case_forms;
  if (ShortcutPressed(frame.a11y, Shortcut::kPalette)) {
    f.palette_open = true;
    f.palette_focus = true;
  }
  ImGui::Indent(16.0f);
  Heading(frame.a11y, frame.vault->display_name.c_str(), 1);
  ImGui::SameLine(0, 24.0f);
  {
    const bool failed = frame.vault->save == SaveState::kFailed;
    if (failed) ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    Paragraph(frame.a11y, SaveStatusText(frame));
    if (failed) ImGui::PopStyleColor();
    AnnounceSaveOutcome(frame);
  }
  if (frame.sharing != nullptr) AnnounceSharingOutcome(frame);
  DrawNavigation(frame);
  DrawLockRefusal(frame);
  DrawKeyRotationSuggestion(frame);
  ImGui::Separator();
  if (f.palette_open) {
    DrawPalette(frame);
    ImGui::Separator();
  }
  ImGui::Dummy(ImVec2(0, 4));
  // The screen scrolls under the navigation, which stays in place.
  ImGui::BeginChild("case-content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (f.open == CaseForm::kNewDossier) {
    DrawNewDossier(frame);
  } else {
    switch (frame.caseload->view) {
      case CaseView::kOverview: DrawOverview(frame); break;
      case CaseView::kToday: DrawTodayView(frame); break;
      case CaseView::kDossier: DrawDossierView(frame); break;
      case CaseView::kSettings: DrawCaseSettings(frame); break;
      case CaseView::kStatistics: DrawStatistics(frame); break;
      case CaseView::kSharing: DrawSharing(frame); break;
    }
  }
  ImGui::EndChild();
  ImGui::Unindent(16.0f);
}

}  // namespace carnet::ui
