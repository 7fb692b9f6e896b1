// The decisions behind the vault's home screen that depend only on numbers: when to remind the
// user of a backup, when to warn that the browser's storage is running out, and how a backup
// file is named. Pure functions, tested natively.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/calendar.h"

namespace carnet {

inline constexpr int kDefaultBackupReminderDays = 7;
inline constexpr int kMaxBackupReminderDays = 90;
inline constexpr int kDefaultAutoLockMinutes = 10;
inline constexpr int kMaxAutoLockMinutes = 240;

// Whether the home screen reminds the user to export a backup: reminders are on
// (`period_days` > 0) and the last backup is `period_days` or more days old; a vault never
// backed up is due as soon as it holds something to lose (`holds_data`).
bool BackupReminderDue(std::optional<Day> last_backup, Day today, int period_days, bool holds_data);

// Whether the free part of the browser's quota (quota - usage) is under three times what the
// vault stores: a few more saves, or a growing case file, could then be refused. Unknown
// figures (quota 0) never warn.
bool QuotaLow(std::uint64_t usage, std::uint64_t quota, std::uint64_t vault_bytes);

// "carnet-<name as lower-case ASCII words joined by '-'>-<yyyy-mm-dd>.carnet-backup".
std::string BackupFileName(std::string_view display_name, Day day);

}  // namespace carnet
