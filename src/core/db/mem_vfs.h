// An SQLite VFS whose main database files are ChunkedImage objects in memory. Every write lands
// in a chunk and marks it dirty, so that a save encrypts only what changed. Other files SQLite
// may open (temporary files) live in memory and vanish when closed. Single-threaded.
#pragma once

#include <string>

#include "core/base/status.h"
#include "core/db/chunked_image.h"
#include "core/db/database.h"

namespace carnet {

inline constexpr const char* kMemVfsName = "carnet-mem";

// Opens `image` as an SQLite database (journal and temporary data in memory). The image must
// outlive the Database; it is attached under a unique name until the Database closes.
Result<Database> OpenImageDatabase(ChunkedImage* image);

}  // namespace carnet
