#include "app/vault/backup_policy.h"

#include "core/base/text_rules.h"

namespace carnet {

bool BackupReminderDue(std::optional<Day> last_backup, Day today, int period_days,
                       bool holds_data) {
  if (period_days <= 0) return false;
  if (!last_backup) return holds_data;
  return today - *last_backup >= period_days;
}

bool QuotaLow(std::uint64_t usage, std::uint64_t quota, std::uint64_t vault_bytes) {
  if (quota == 0) return false;
  const std::uint64_t free = usage >= quota ? 0 : quota - usage;
  return free / 3 < vault_bytes;  // free < 3 * vault_bytes, without overflow
}

std::string BackupFileName(std::string_view display_name, Day day) {
  constexpr std::size_t kMaxSlug = 40;
  const std::string folded = FoldForSort(display_name);  // "Élodie" -> "elodie"
  std::string slug;
  bool dash = false;
  for (const char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      if (dash && !slug.empty()) slug += '-';
      dash = false;
      if (slug.size() < kMaxSlug) slug += c;
    } else {
      dash = true;
    }
  }
  if (slug.empty()) slug = "coffre";
  return "carnet-" + slug + "-" + IsoDay(day) + ".carnet-backup";
}

}  // namespace carnet
