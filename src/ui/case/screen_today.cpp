// Aujourd'hui: the day's appointments and tasks, overdue ones first; each done or moved to
// tomorrow in one action, or its dossier opened.
#include <imgui.h>

#include <string>

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {

void DrawTodayTitle(Frame& frame) {
  const std::string title =
      std::string(frame.Tr(Msg::kNavToday)) + " · " + carnet::DayText(frame.caseload->today);
  Heading(frame.a11y, title.c_str(), 2);
}

void DrawToday(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  if (c.agenda.empty()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kTodayEmpty));
    return;
  }
  WidgetOptions write;
  write.disabled = frame.vault->read_only;
  if (write.disabled) write.description = frame.Tr(Msg::kReadOnlyCase);
  for (const AgendaItem& item : c.agenda) {
    ImGui::PushID(static_cast<int>(item.task_id));
    std::string when =
        item.overdue ? std::string(frame.Tr(Msg::kOverdue)) + " · " + carnet::DayText(item.due_on)
                     : std::string();
    if (item.due_minute_of_day) {
      if (!when.empty()) when += " ";
      when += TimeText(*item.due_minute_of_day);
    }
    std::string line = when.empty() ? std::string() : when + " · ";
    line += std::string(TaskKindText(frame, item.kind)) + " · " + item.title + " — " +
            item.display_name;
    if (item.overdue) ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    Paragraph(frame.a11y, line.c_str());
    if (item.overdue) ImGui::PopStyleColor();
    const std::string id = std::to_string(item.task_id);
    const std::string done = std::string(frame.Tr(Msg::kDone)) + "\u00a0: " + item.title;
    // Visible labels are short; the accessible names say which item they act on.
    if (Button(frame.a11y, done.c_str(), ("done-" + id).c_str(), write)) {
      Submit(frame, CaseForm::kAgenda, CompleteTaskRequested{item.task_id});
    }
    const std::string later = std::string(frame.Tr(Msg::kPostpone)) + "\u00a0: " + item.title;
    SameLineForButton(later.c_str());
    if (Button(frame.a11y, later.c_str(), ("postpone-" + id).c_str(), write)) {
      Submit(frame, CaseForm::kAgenda, PostponeTaskRequested{item.task_id, 1});
    }
    const std::string open = std::string(frame.Tr(Msg::kOpen)) + "\u00a0: " + item.display_name;
    SameLineForButton(open.c_str());
    if (Button(frame.a11y, open.c_str(), ("open-" + id).c_str())) {
      frame.commands.push_back(OpenDossierRequested{item.dossier_id});
    }
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PopID();
  }
  if (const char* error = CaseFormError(frame, CaseForm::kAgenda)) Paragraph(frame.a11y, error);
}

}  // namespace carnet::ui
