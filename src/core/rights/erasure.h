// Erasure and retention: deleting a dossier for good, and purging the dossiers kept past their
// retention. A deleted dossier leaves no byte of the person in the database image: every row
// is deleted with SQLite's secure_delete on (set by Store::Open, so freed cells and pages are
// zeroed), the full-text index is merged so that no old segment keeps the words, and the file
// is rewritten by VACUUM. The register of disclosures keeps a trace without the person
// (disclosure.h); the access log records the erasure by dossier number. The vault's next save
// then writes the rewritten chunks and deletes those past the new end (vault.h).
#pragma once

#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"

namespace carnet {

class Store;

// Deletes dossier `dossier_id` and everything of it (person, household, events, requests,
// contacts, tasks, notes, search entries), anonymises its entries in the register and adds a
// kErased trace at `at`, in one transaction; then rewrites the database (VACUUM).
// kInvalidArgument + kUnknownReference (field "dossier_id") for an unknown dossier, and
// kInternal + kWrongState inside an open transaction (VACUUM cannot run there): nothing is
// changed. Should the final VACUUM alone fail, the dossier is gone (its bytes zeroed) and
// the error is returned.
Status EraseDossier(Store& store, Id dossier_id, Minute at);

struct PurgeCandidate {
  enum Reason { kClosed, kNoContact, kTransferred };
  Id dossier_id = 0;
  std::string display_name;
  Reason reason = kClosed;
  // kClosed: the closing day, or the last contact's day if later. kNoContact: the last
  // contact's day, or the opening day if none. kTransferred: the day of the transfer.
  Day since = 0;
};

// The dossiers to purge on `today`, in the order of their names:
// - closed, and closed (or last contacted, the later) at least RetentionMonths() ago;
// - open, without contact (or since their opening, if none) for at least RetentionMonths();
// - transferred, once their purge date (dossier.purge_on) has come; a transferred dossier
//   with a purge date is listed for that reason only.
Result<std::vector<PurgeCandidate>> PurgeCandidates(Store& store, Day today);

// Purges the dossiers `ids`, each of which must still be a candidate on `today` (otherwise
// kInvalidArgument, field "dossier_ids", and nothing is done): erases them all in one
// transaction, each leaving a kPurged trace at `at` in the register, then one VACUUM.
// An empty list is refused (kRequired).
Status PurgeDossiers(Store& store, const std::vector<Id>& ids, Day today, Minute at);

}  // namespace carnet
