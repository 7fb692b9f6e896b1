// The case file's SQLite schema, one migration per version. The version is SQLite's
// user_version. Migrations run in one transaction each: a failed one leaves the file as it was.
#pragma once

#include "core/base/status.h"
#include "core/db/database.h"

namespace carnet {

// Brings `db` to kSchemaVersion (store.h). A new database gets the default typology and
// support process. Refuses a database of a newer version, or one that is not Carnet's.
Status Migrate(Database& db);

// The schema version stored in `db` (0 for a new database).
Result<int> SchemaVersion(Database& db);

}  // namespace carnet
