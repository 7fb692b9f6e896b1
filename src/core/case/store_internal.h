// Helpers shared by the files that implement Store (not part of its interface).
#pragma once

#include <string>
#include <string_view>

#include "core/case/model.h"
#include "core/db/sql.h"

namespace carnet::store_internal {

enum class EventKind : int { kOpened = 0, kStatusChanged = 1, kClosed = 2, kReopened = 3 };
enum class IndexKind : int { kPerson = 0, kRequest = 1, kContact = 2, kNote = 3 };

// Text limits, in characters.
inline constexpr std::size_t kNameMax = 100;
inline constexpr std::size_t kAddressMax = 300;
inline constexpr std::size_t kPhoneMax = 40;
inline constexpr std::size_t kLabelMax = 100;
inline constexpr std::size_t kTitleMax = 200;
inline constexpr std::size_t kSubjectMax = 500;
inline constexpr std::size_t kSummaryMax = 4000;
inline constexpr std::size_t kNoteMax = 20000;

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

// A code for categories and process steps: 1 to 32 of A-Z a-z 0-9 . _ -
Status CheckCode(std::string_view code, const char* field);

}  // namespace carnet::store_internal
