// The record of processing (registre des activités de traitement, article 30 of the GDPR): one
// printable HTML document written from the vault's own configuration and register — purposes,
// categories of persons and of data (the schema's fields and the active categories of requests),
// categories of recipients (from the register of disclosures), retention periods and security
// measures (the vault's actual cryptography). It names no person: recipients who are persons
// (their own copy) or unnamed (a print) are counted, never named.
#pragma once

#include <optional>
#include <string>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/vault/vault_keys.h"

namespace carnet {

class Store;

// The document as of `now`, for the service named `service_name` (may be empty).
// `kdf`: the open vault's Argon2id parameters, stated as they are; none: the floor Carnet
// enforces is stated instead. `stylesheet_url`: see HtmlWriter (empty: none).
Result<std::string> ProcessingRecordHtml(Store& store, Minute now, const std::string& service_name,
                                         const std::string& stylesheet_url,
                                         std::optional<KdfParams> kdf = std::nullopt);

}  // namespace carnet
