// Helpers shared by the files that implement Store (not part of its interface).
#pragma once

#include <string>
#include <string_view>

#include "core/case/field_rules.h"
#include "core/case/model.h"
#include "core/db/sql.h"

namespace carnet::store_internal {

enum class EventKind : int { kOpened = 0, kStatusChanged = 1, kClosed = 2, kReopened = 3 };
enum class IndexKind : int { kPerson = 0, kRequest = 1, kContact = 2, kNote = 3 };

// Text limits, in characters (field_rules.h).
using field_rules::kAddressMax;
using field_rules::kLabelMax;
using field_rules::kNameMax;
using field_rules::kNoteMax;
using field_rules::kPhoneMax;
using field_rules::kSubjectMax;
using field_rules::kSummaryMax;
using field_rules::kTitleMax;

struct DossierInfo {
  Day opened_on = 0;
  bool closed = false;
  Day closed_on = 0;
  std::string status_code;
};

// The dossier, or kUnknownReference naming `field`.
Result<DossierInfo> LoadDossier(Database& db, Id dossier_id, const char* field = "dossier_id");

// kDossierClosed when the dossier is closed.
Status RequireOpen(const DossierInfo& dossier);

// A day within the years Carnet accepts, not before the dossier's opening.
Status CheckDayInDossier(const DossierInfo& dossier, Day day, const char* field);

// Recomputes the dossier's summary columns (last contact, next due item, open requests).
Status RefreshSummary(Database& db, Id dossier_id);

Status AddEvent(Database& db, Id dossier_id, EventKind kind, Day on, std::string_view status);

// Keeps the full-text index in step with the text it covers.
Status IndexText(Database& db, IndexKind kind, Id ref_id, Id dossier_id, std::string_view text);
Status UnindexText(Database& db, IndexKind kind, Id ref_id);

using field_rules::CheckCode;

}  // namespace carnet::store_internal
