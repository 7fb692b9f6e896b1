// The statistics' budget ledger, kept inside the vault (table stats_release): every release is
// written here, with the exact bytes released, before the file is handed to the user. So a
// release survives a crash between the debit and the file (the debit is kept, the same request
// returns the same bytes), an identical request is answered from here without a new debit (no
// averaging of repeated exports), and the epsilon spent in a calendar year can be capped.
// Each row carries a BLAKE2b chain value over the previous one and its own content; the head
// and the count are kept in the settings. An edit, a deletion or a reordering of rows made
// without rewriting the chain is detected, and then no release is allowed. (Anyone holding the
// passphrase could rewrite the whole chain: the vault's encryption is what keeps others out.)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/db/database.h"
#include "core/stats/stats_file.h"

namespace carnet {

struct StatsLedgerEntry {
  std::int64_t id = 0;
  std::string request;  // canonical description of the request (stats_release.h)
  Day released_on = 0;
  Rational epsilon{0, 1};  // {0, 1} for a conventional release: no budget spent
  Bytes file;
};

// kCorrupt when a row was altered, removed, added or reordered outside AppendStatsRelease.
Status VerifyStatsLedger(Database& db);

// Every release, oldest first (the chain is verified first).
Result<std::vector<StatsLedgerEntry>> StatsLedgerEntries(Database& db);

// The bytes released for `request`, if it was released before.
Result<std::optional<Bytes>> FindStatsRelease(Database& db, std::string_view request);

// The epsilon spent by releases made in `year`, in thousandths.
Result<std::int64_t> StatsEpsilonSpentMilli(Database& db, int year);

// Appends a release and moves the chain's head, in one savepoint.
Status AppendStatsRelease(Database& db, const StatsLedgerEntry& entry);

}  // namespace carnet
