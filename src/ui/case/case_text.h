// The caseload's values as the user reads them: steps, categories, kinds, statuses, dates,
// and the message for a refused form field.
#pragma once

#include <string>

#include "app/case/caseload.h"
#include "ui/kit/frame.h"

namespace carnet::ui {

const char* ContactKindText(const Frame& frame, ContactKind kind);
const char* TaskKindText(const Frame& frame, TaskKind kind);
const char* RequestStatusText(const Frame& frame, RequestStatus status);
// The label of a step of the process, or its code when unknown.
std::string StepLabel(const Frame& frame, const std::string& code);
std::string CategoryLabel(const Frame& frame, const std::string& code);
// "28/11/2026 14h30".
std::string MinuteText(Minute at);
// One line of the timeline: "28/11/2026 14h30 · Entretien · Premier entretien".
std::string TimelineText(const Frame& frame, const TimelineEvent& event);

// The message for the last refusal of `form` when it concerns one of `fields` (a
// comma-separated list); null otherwise.
const char* CaseFieldError(const Frame& frame, CaseForm form, const char* fields);
// The message for the last refusal of `form`, whatever its field; null when it succeeded.
const char* CaseFormError(const Frame& frame, CaseForm form);

}  // namespace carnet::ui
