// The browser's VaultShelf: vaults in IndexedDB through web/vault_idb.js, bridged by
// web/vault_bridge.js. Requests go to JS at once; answers come back from IndexedDB events
// through the exported carnet_vault_* functions, which call the stored callbacks.
#pragma once

#include "app/vault/vault_shelf.h"

namespace carnet::platform {

class WebShelf : public VaultShelf {
 public:
  void List(std::function<void(Result<std::vector<VaultListing>>)> done) override;
  void Load(const std::string& id, std::function<void(Result<RecordSnapshot>)> done) override;
  void Commit(const std::string& id, const PendingSave& save,
              std::function<void(Status)> done) override;
  void Register(const std::string& id, const std::string& display_name,
                std::function<void(Status)> done) override;
  void Import(const std::string& id, const std::string& display_name,
              const RecordSnapshot& snapshot, std::function<void(Status)> done) override;
  void ReadMark(const std::string& id,
                std::function<void(Result<std::optional<VaultMark>>)> done) override;
  void WriteMark(const std::string& id, const VaultMark& mark,
                 std::function<void(Status)> done) override;
  void AcquireWriter(const std::string& id, std::function<void(bool granted)> done) override;
  void ReleaseWriter(const std::string& id) override;
};

}  // namespace carnet::platform
