// What the dossier screen and the overview's counts read, beside the queries of store.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/case/model.h"

namespace carnet {

struct RequestSummary {
  Id request_id = 0;
  Day opened_on = 0;
  RequestStatus status = RequestStatus::kOpen;
  std::optional<Day> outcome_on;
  std::string subject;
  std::vector<std::string> category_codes;
};

// The top of the dossier screen: who, where the support stands, the requests.
struct DossierHeader {
  Id dossier_id = 0;
  std::string display_name;
  std::string status_code;
  Day opened_on = 0;
  std::optional<Day> closed_on;
  std::optional<Minute> last_contact_at;
  std::vector<RequestSummary> requests;  // open ones first, then by date
};

// How many dossiers are at each step of the support process (steps without any included).
struct StatusCount {
  std::string status_code;
  int count = 0;
};

}  // namespace carnet
