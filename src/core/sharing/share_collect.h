// Copies the parts of one dossier a worker ticked out of the case file into a share payload
// (share_payload.h), ready to be sealed (share_package.h). Reads only; writes nothing.
#pragma once

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"
#include "core/case/store.h"
#include "core/sharing/share_payload.h"

namespace carnet {

// The payload of `dossier_id` with the parts in `parts`: the dossier's name, opening day and
// step always; the person and the household when `parts.identity`; every request with its
// categories when `parts.requests`; exactly the contacts and notes listed (each by time, then
// id; an id listed twice is taken once); the open tasks when `parts.open_tasks`, which only a
// transfer carries. Unticked parts stay empty. `kind`, `now` and `id` become the payload's kind,
// sent_at and package_id.
// The purpose, the basis and its reference are left empty (purpose "", basis kConsentGiven): the
// caller sets them from the worker's form, and SealSharePackage refuses a payload without them.
// Status::Invalid with kUnknownReference: "dossier_id" (no such dossier), "contact_ids" or
// "note_ids" (an id that is not one of this dossier's); kWrongState "open_tasks" for a share.
Result<SharePayload> CollectSharePayload(Store& store, Id dossier_id, const ShareParts& parts,
                                         ShareKind kind, Minute now, const PackageId& id);

}  // namespace carnet
