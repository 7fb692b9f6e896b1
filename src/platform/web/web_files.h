// Files across the browser's edge (app/base/file_exchange.h): a backup offered as a download, a
// backup chosen in the file picker, and the storage facts the home screen shows
// (navigator.storage.persist() and estimate()), and statistics files chosen for the merge. The
// JS side is in web/vault_bridge.js; answers come back through the exported
// carnet_backup_picked, carnet_stats_file_picked, carnet_sharing_file_picked and carnet_storage_*
// functions.
#pragma once

#include "app/base/file_exchange.h"
#include "app/sharing/sharing_controller.h"
#include "app/stats/stats_controller.h"
#include "app/vault/vault_home.h"

namespace carnet::platform {

class WebFiles : public FileExchange {
 public:
  void OfferDownload(const std::string& file_name, const Bytes& bytes) override;
  void PickBackupFile() override;
  void PickStatsFiles() override;
  void PickCardFile() override;
  void PickPackageFile() override;
  void OpenDocument(const std::string& html) override;
  void CopyText(const std::string& text) override;
};

// What the sharing picker was opened for (the JS side passes it back).
inline constexpr int kSharingFileCard = 1;
inline constexpr int kSharingFilePackage = 2;

// Where contact cards and packages picked go (null: dropped).
void ConnectSharing(SharingController* sharing);

// Where picked files and storage facts go (the app's home controller; null: dropped).
void ConnectHome(VaultHomeController* home);
// Where statistics files picked for the merge go (null: dropped).
void ConnectStats(StatsController* stats);
// Asks the browser how much it stores and may store; with `ask_persistence`, also asks it to
// keep this site's data (navigator.storage.persist()).
void RequestStorageFacts(bool ask_persistence);

}  // namespace carnet::platform
