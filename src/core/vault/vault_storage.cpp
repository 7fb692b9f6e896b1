#include "core/vault/vault_storage.h"

namespace carnet {

Result<std::optional<Bytes>> MemoryStorage::Get(const std::string& key) {
  auto it = records_.find(key);
  if (it == records_.end()) return std::optional<Bytes>();
  return std::optional<Bytes>(it->second);
}

Result<std::vector<std::string>> MemoryStorage::Keys() {
  std::vector<std::string> keys;
  keys.reserve(records_.size());
  for (const auto& record : records_) keys.push_back(record.first);
  return keys;
}

Status MemoryStorage::Commit(const WriteBatch& batch, std::uint64_t expected,
                             std::uint64_t new_generation) {
  if (expected != generation_) {
    return Status::Error(StatusCode::kIoError, Problem::kSaveConflict,
                         "the vault was saved elsewhere meanwhile");
  }
  for (const auto& put : batch.puts) {
    records_[put.first] = put.second;
    bytes_written_ += put.second.size();
  }
  for (const std::string& key : batch.deletes) records_.erase(key);
  generation_ = new_generation;
  return Status::Ok();
}

}  // namespace carnet
