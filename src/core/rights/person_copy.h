// The person's copy of their file (right of access): one HTML document in plain French,
// addressed to the person, with everything Carnet holds about them — identity, household,
// requests, contacts, appointments and tasks, every note, the steps of their support — and the
// register of who received information about them. The platform opens it in a new tab, to
// print or to save as PDF. Recording the copy in the register and the access log is the
// caller's part (DisclosureKind::kPersonCopy, AccessAction::kPersonCopy).
#pragma once

#include <string>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"

namespace carnet {

class Store;

// The document as of `now`. kInvalidArgument + kUnknownReference (field "dossier_id") when
// there is no such dossier. `stylesheet_url`: see HtmlWriter (empty: none).
Result<std::string> PersonCopyHtml(Store& store, Id dossier_id, Minute now,
                                   const std::string& stylesheet_url);

}  // namespace carnet
