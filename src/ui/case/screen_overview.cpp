// Vue d'ensemble: every dossier in one virtualised table, its counts per step, filters by
// step, category, overdue and time without contact, and the order. Only the rows in view are
// drawn and published to the accessible layer.
#include <imgui.h>

#include <string>

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {
namespace {

void Toggle(Frame& frame, const char* label, const char* id, bool on, const OverviewFilter& next) {
  WidgetOptions options;
  options.pressed = on ? Tristate::kTrue : Tristate::kFalse;
  if (Button(frame.a11y, label, id, options)) frame.commands.push_back(SetOverviewFilter{next});
}

void DrawSteps(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  OverviewFilter all = c.filter;
  all.status_code.reset();
  const std::string label =
      std::string(frame.Tr(Msg::kFilterAllSteps)) + " (" + std::to_string(c.open_total) + ")";
  Toggle(frame, label.c_str(), "filter-step-all", !c.filter.status_code, all);
  for (const StatusCount& count : c.counts) {
    const std::string text =
        StepLabel(frame, count.status_code) + " (" + std::to_string(count.count) + ")";
    const std::string id = "filter-step-" + count.status_code;
    OverviewFilter next = c.filter;
    next.status_code = count.status_code;
    for (const ProcessStatus& step : c.statuses) {
      if (step.code == count.status_code && step.closes) next.include_closed = true;
    }
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text.c_str()).x + 24) {
      ImGui::NewLine();
    }
    Toggle(frame, text.c_str(), id.c_str(), c.filter.status_code == count.status_code, next);
  }
}

void DrawFilters(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  DrawSteps(frame);
  bool overdue = c.filter.overdue_only;
  if (Checkbox(frame.a11y, frame.Tr(Msg::kFilterOverdue), "filter-overdue", &overdue)) {
    OverviewFilter next = c.filter;
    next.overdue_only = overdue;
    frame.commands.push_back(SetOverviewFilter{next});
  }
  ImGui::SameLine(0, 24.0f);
  bool closed = c.filter.include_closed;
  if (Checkbox(frame.a11y, frame.Tr(Msg::kFilterClosed), "filter-closed", &closed)) {
    OverviewFilter next = c.filter;
    next.include_closed = closed;
    frame.commands.push_back(SetOverviewFilter{next});
  }
  ImGui::SameLine(0, 24.0f);
  ImGui::SetNextItemWidth(160.0f);
  int days = c.filter.no_contact_for_days.value_or(0);
  if (SliderInt(frame.a11y, frame.Tr(Msg::kFilterNoContact), "filter-no-contact", &days, 0, 365)) {
    OverviewFilter next = c.filter;
    next.no_contact_for_days = days > 0 ? std::optional<int>(days) : std::nullopt;
    frame.commands.push_back(SetOverviewFilter{next});
  }
  if (Disclosure(frame.a11y, frame.Tr(Msg::kFilterCategory), "filter-category")) {
    OverviewFilter any = c.filter;
    any.category_code.reset();
    Toggle(frame, frame.Tr(Msg::kFilterAnyCategory), "filter-category-any", !c.filter.category_code,
           any);
    for (const Category& category : c.categories) {
      if (!category.parent_code.empty() || !category.active) continue;
      OverviewFilter next = c.filter;
      next.category_code = category.code;
      const std::string id = "filter-category-" + category.code;
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(category.label.c_str()).x + 24) {
        ImGui::NewLine();
      }
      Toggle(frame, category.label.c_str(), id.c_str(), c.filter.category_code == category.code,
             next);
    }
  }
}

void DrawSort(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  ImGui::AlignTextToFramePadding();
  Paragraph(frame.a11y, frame.Tr(Msg::kSortBy));
  struct Choice {
    OverviewSort sort;
    Msg label;
    const char* id;
  };
  static constexpr Choice kChoices[] = {
      {OverviewSort::kName, Msg::kColName, "sort-name"},
      {OverviewSort::kLastContact, Msg::kColLastContact, "sort-last-contact"},
      {OverviewSort::kNextDue, Msg::kColNextDue, "sort-next-due"},
      {OverviewSort::kStatus, Msg::kColStep, "sort-step"},
      {OverviewSort::kOpenedOn, Msg::kColOpened, "sort-opened"},
  };
  for (const Choice& choice : kChoices) {
    const bool on = c.filter.sort == choice.sort;
    std::string label = frame.Tr(choice.label);
    if (on) label += c.filter.descending ? " ↓" : " ↑";
    OverviewFilter next = c.filter;
    next.sort = choice.sort;
    next.descending = on ? !c.filter.descending : false;
    SameLineForButton(label.c_str());
    Toggle(frame, label.c_str(), choice.id, on, next);
  }
}

// The row's other columns as a sentence, for screen readers.
std::string RowDescription(const Frame& frame, const OverviewRow& row) {
  std::string text = std::string(frame.Tr(Msg::kColStep)) +
                     "\u00a0: " + StepLabel(frame, row.status_code) + " · " +
                     frame.Tr(Msg::kColLastContact) + "\u00a0: " +
                     (row.last_contact_at ? carnet::DayText(DayOfMinute(*row.last_contact_at))
                                          : std::string(frame.Tr(Msg::kNever)));
  if (row.next_due_on) {
    text += std::string(" · ") + frame.Tr(Msg::kColNextDue) +
            "\u00a0: " + carnet::DayText(*row.next_due_on) + " " + row.next_due_title;
  }
  if (row.overdue) text += std::string(" · ") + frame.Tr(Msg::kOverdue);
  text += std::string(" · ") + frame.Tr(Msg::kColRequests) +
          "\u00a0: " + std::to_string(row.open_requests);
  return text;
}

void DrawRow(Frame& frame, const OverviewRow& row) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const std::string id = "dossier-" + std::to_string(row.dossier_id);
  const std::string description = RowDescription(frame, row);
  const std::size_t published = frame.a11y.nodes().size();
  if (RowButton(frame.a11y, row.display_name.c_str(), id.c_str(), description.c_str())) {
    frame.commands.push_back(OpenDossierRequested{row.dossier_id});
  }
  // A focused row keeps a row of room above and below it, so that the rows next to it are
  // drawn and published: Tab and Shift+Tab then walk the whole list, scrolling it.
  const bool focused =
      frame.a11y.nodes().size() > published && frame.a11y.nodes().back().id == frame.a11y.focused();
  if (focused) {
    const float room = ImGui::GetItemRectSize().y * 1.5f;
    const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    const float header = ImGui::GetFrameHeight();  // the frozen header row
    if (ImGui::GetItemRectMax().y + room > clip_max.y) {
      ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetItemRectMax().y + room - clip_max.y);
    } else if (ImGui::GetItemRectMin().y - room < clip_min.y + header && ImGui::GetScrollY() > 0) {
      ImGui::SetScrollY(ImGui::GetScrollY() -
                        (clip_min.y + header - (ImGui::GetItemRectMin().y - room)));
    }
  }
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(StepLabel(frame, row.status_code).c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(row.last_contact_at
                             ? carnet::DayText(DayOfMinute(*row.last_contact_at)).c_str()
                             : frame.Tr(Msg::kNever));
  ImGui::TableNextColumn();
  if (row.overdue) {
    // Marked by text as well as colour.
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    ImGui::Text("%s · %s", frame.Tr(Msg::kOverdue), carnet::DayText(*row.next_due_on).c_str());
    ImGui::PopStyleColor();
  } else if (row.next_due_on) {
    ImGui::TextUnformatted(carnet::DayText(*row.next_due_on).c_str());
  }
  ImGui::TableNextColumn();
  ImGui::Text("%d", row.open_requests);
}

void DrawTable(Frame& frame) {
  const std::vector<OverviewRow>& rows = frame.caseload->rows;
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_SizingStretchProp;
  const float height = ImGui::GetContentRegionAvail().y - 8.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(6.0f, 5.0f));
  if (!ImGui::BeginTable("overview", 5, flags, ImVec2(0, height > 120 ? height : 120))) {
    ImGui::PopStyleVar();
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(frame.Tr(Msg::kColName), 0, 3.0f);
  ImGui::TableSetupColumn(frame.Tr(Msg::kColStep), 0, 1.5f);
  ImGui::TableSetupColumn(frame.Tr(Msg::kColLastContact), 0, 1.5f);
  ImGui::TableSetupColumn(frame.Tr(Msg::kColNextDue), 0, 2.0f);
  ImGui::TableSetupColumn(frame.Tr(Msg::kColRequests), 0, 1.2f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      DrawRow(frame, rows[static_cast<std::size_t>(i)]);
    }
  }
  ImGui::EndTable();
  ImGui::PopStyleVar();
}

}  // namespace

void DrawOverview(Frame& frame) {
  const CaseloadUiState& c = *frame.caseload;
  Heading(frame.a11y, frame.Tr(Msg::kNavOverview), 2);
  const int total = c.open_total + c.closed_total;
  const std::string counts = std::string(frame.Tr(Msg::kDossierCount)) + " " +
                             std::to_string(total) + " · " + frame.Tr(Msg::kShownDossiers) +
                             "\u00a0: " + std::to_string(c.rows.size());
  Paragraph(frame.a11y, counts.c_str());
  WidgetOptions create;
  create.primary = true;
  create.disabled = frame.vault->read_only;
  if (create.disabled) create.description = frame.Tr(Msg::kReadOnlyCase);
  if (Button(frame.a11y, frame.Tr(Msg::kNewDossier), "new-dossier", create)) {
    frame.case_forms->open = CaseForm::kNewDossier;
    frame.case_forms->focus_first = true;
  }
  if (total == 0) {
    ImGui::SameLine();
    if (Button(frame.a11y, frame.Tr(Msg::kFillDemo), "fill-demo", create)) {
      frame.commands.push_back(FillDemoRequested{});
    }
    Paragraph(frame.a11y, frame.Tr(Msg::kCaseloadEmpty));
    return;
  }
  DrawFilters(frame);
  DrawSort(frame);
  if (c.rows.empty()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kOverviewEmpty));
    return;
  }
  DrawTable(frame);
}

}  // namespace carnet::ui
