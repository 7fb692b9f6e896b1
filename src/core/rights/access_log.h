// The access log (journal des accès): a local record of every dossier opened and every export,
// kept between 6 and 12 months (12 by default) and readable by the worker. It holds no name:
// a dossier is named by its number, and an export by what it was ("sauvegarde chiffrée").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"

namespace carnet {

class Store;

enum class AccessAction : std::uint8_t {
  kOpenDossier = 1,
  kSharePackage = 2,
  kTransferPackage = 3,
  kPersonCopy = 4,
  kPrint = 5,
  kBackupExport = 6,
  kStatsExport = 7,
  kCopyCoordinates = 8,
  kReceivePackage = 9,
  kEraseDossier = 10,
  kPurgeDossiers = 11,
  kProcessingRecord = 12,
};

struct AccessEntry {
  Id id = 0;
  Minute at = 0;
  AccessAction action = AccessAction::kOpenDossier;
  std::optional<Id> dossier_id;
  std::string detail;  // short and non-nominative ("3 dossiers")
};

inline constexpr int kMinAccessLogMonths = 6;
inline constexpr int kMaxAccessLogMonths = 12;

// Adds an entry, then forgets the entries older than the kept months.
Status LogAccess(Store& store, const AccessEntry& entry);

// Newest first; at most `limit`.
Result<std::vector<AccessEntry>> AccessEntries(Store& store, int limit = 500);

// Months kept: 6 to 12 (kOutOfRange otherwise, field "access_log_months").
Result<int> AccessLogMonths(Store& store);
Status SetAccessLogMonths(Store& store, int months, Minute now);

}  // namespace carnet
