#include "ui/case/case_text.h"

#include <algorithm>
#include <cstring>

#include "ui/vault/screen_vault.h"

namespace carnet::ui {

const char* ContactKindText(const Frame& frame, ContactKind kind) {
  switch (kind) {
    case ContactKind::kInterview: return frame.Tr(Msg::kContactInterview);
    case ContactKind::kHomeVisit: return frame.Tr(Msg::kContactHomeVisit);
    case ContactKind::kCall: return frame.Tr(Msg::kContactCall);
    case ContactKind::kMail: return frame.Tr(Msg::kContactMail);
    case ContactKind::kPartnerStep: return frame.Tr(Msg::kContactPartner);
    case ContactKind::kMeeting: return frame.Tr(Msg::kContactMeeting);
  }
  return "";
}

const char* TaskKindText(const Frame& frame, TaskKind kind) {
  return frame.Tr(kind == TaskKind::kAppointment ? Msg::kTaskKindAppointment : Msg::kTaskKindTask);
}

const char* RequestStatusText(const Frame& frame, RequestStatus status) {
  switch (status) {
    case RequestStatus::kOpen: return frame.Tr(Msg::kRequestOpen);
    case RequestStatus::kSatisfied: return frame.Tr(Msg::kRequestSatisfied);
    case RequestStatus::kPartlySatisfied: return frame.Tr(Msg::kRequestPartly);
    case RequestStatus::kNotSatisfied: return frame.Tr(Msg::kRequestNotSatisfied);
    case RequestStatus::kAbandoned: return frame.Tr(Msg::kRequestAbandoned);
  }
  return "";
}

std::string StepLabel(const Frame& frame, const std::string& code) {
  const std::vector<ProcessStatus>& steps = frame.caseload->statuses;
  const auto step = std::find_if(steps.begin(), steps.end(),
                                 [&](const ProcessStatus& s) { return s.code == code; });
  return step != steps.end() ? step->label : code;
}

std::string CategoryLabel(const Frame& frame, const std::string& code) {
  const std::vector<Category>& all = frame.caseload->categories;
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const Category& c) { return c.code == code; });
  return found != all.end() ? found->label : code;
}

std::string MinuteText(Minute at) {
  const int minute = MinuteOfDay(at);
  std::string text = carnet::DayText(DayOfMinute(at));
  if (minute != 0) text += " " + TimeText(minute);
  return text;
}

std::string TimelineText(const Frame& frame, const TimelineEvent& e) {
  std::string what;
  std::string text = e.text;
  switch (e.kind) {
    case TimelineKind::kOpened: what = frame.Tr(Msg::kEventOpened); break;
    case TimelineKind::kStatusChanged:
      what = frame.Tr(Msg::kEventStatus);
      text = StepLabel(frame, e.text);
      break;
    case TimelineKind::kClosed:
      what = frame.Tr(Msg::kEventClosed);
      text.clear();
      break;
    case TimelineKind::kReopened: what = frame.Tr(Msg::kEventReopened); break;
    case TimelineKind::kRequest: what = frame.Tr(Msg::kEventRequest); break;
    case TimelineKind::kRequestOutcome:
      what = std::string(frame.Tr(Msg::kEventOutcome)) + " (" +
             RequestStatusText(frame, static_cast<RequestStatus>(e.detail)) + ")";
      break;
    case TimelineKind::kContact:
      what = ContactKindText(frame, static_cast<ContactKind>(e.detail));
      break;
    case TimelineKind::kTask:
      what = frame.Tr(e.detail == static_cast<int>(TaskStatus::kDone) ? Msg::kDone
                                                                      : Msg::kTaskKindTask);
      break;
    case TimelineKind::kNote: what = frame.Tr(Msg::kEventNote); break;
  }
  if (e.kind == TimelineKind::kOpened) text = StepLabel(frame, e.text);
  std::string line = MinuteText(e.at) + " · " + what;
  if (!text.empty()) line += " · " + text;
  return line;
}

namespace {

const char* ProblemText(const Frame& frame, const Status& status) {
  switch (status.problem()) {
    case Problem::kRequired:
      if (status.field() == "last_name") return frame.Tr(Msg::kErrorNameRequired);
      if (status.field() == "category_codes") return frame.Tr(Msg::kErrorCategory);
      if (status.field() == "due_minute_of_day") return frame.Tr(Msg::kErrorAppointmentTime);
      return frame.Tr(Msg::kErrorRequired);
    case Problem::kInvalidDate: return frame.Tr(Msg::kErrorInvalidDate);
    case Problem::kOutOfRange: return frame.Tr(Msg::kErrorOutOfRange);
    case Problem::kBeforeOpening:
    case Problem::kClosingBeforeOpening: return frame.Tr(Msg::kErrorBeforeOpening);
    case Problem::kBeforeLastContact: return frame.Tr(Msg::kErrorAfterLastContact);
    case Problem::kDossierClosed: return frame.Tr(Msg::kErrorDossierClosed);
    case Problem::kUnknownCategory:
    case Problem::kInactiveCategory: return frame.Tr(Msg::kErrorCategory);
    case Problem::kWrongState: return frame.Tr(Msg::kReadOnlyCase);
    default: {
      const char* text = VaultErrorText(frame, status);
      return text[0] != '\0' ? text : frame.Tr(Msg::kErrorGeneric);
    }
  }
}

bool InList(const char* list, const std::string& field) {
  const std::size_t n = field.size();
  for (const char* p = list; *p != '\0';) {
    const char* end = std::strchr(p, ',');
    const std::size_t len = end != nullptr ? static_cast<std::size_t>(end - p) : std::strlen(p);
    if (len == n && field.compare(0, n, p, len) == 0) return true;
    if (end == nullptr) break;
    p = end + 1;
  }
  return false;
}

}  // namespace

const char* CaseFieldError(const Frame& frame, CaseForm form, const char* fields) {
  const FormOutcome& outcome = frame.caseload->outcome;
  if (outcome.form != form || outcome.status.ok() || !InList(fields, outcome.status.field())) {
    return nullptr;
  }
  return ProblemText(frame, outcome.status);
}

const char* CaseFormError(const Frame& frame, CaseForm form) {
  const FormOutcome& outcome = frame.caseload->outcome;
  if (outcome.form != form || outcome.status.ok()) return nullptr;
  return ProblemText(frame, outcome.status);
}

}  // namespace carnet::ui
