// Taking over a transferred dossier: the colleague who receives a transfer package makes it a
// dossier of her own caseload, to follow it from there. Everything the package carries is
// written through the store's own commands, in one transaction: all of it or nothing.
#pragma once

#include "core/base/status.h"
#include "core/case/store.h"
#include "core/sharing/share_payload.h"

namespace carnet {

// A new dossier made from `payload` (a transfer; kWrongState, field "package", for a share):
// the person and household, the requests with their outcomes (each category kept when this
// vault's typology has it, else its national category, else "no category fits"), the contacts,
// the notes and the open tasks. The first step of this vault's process. Its id.
Result<Id> AdoptSharedDossier(Store& store, const SharePayload& payload);

}  // namespace carnet
