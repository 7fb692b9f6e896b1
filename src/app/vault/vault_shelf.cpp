#include "app/vault/vault_shelf.h"

namespace carnet {

void MemoryShelf::List(std::function<void(Result<std::vector<VaultListing>>)> done) {
  std::vector<VaultListing> list;
  list.reserve(vaults_.size());
  for (const auto& vault : vaults_) list.push_back({vault.first, vault.second.display_name});
  done(list);
}

void MemoryShelf::Load(const std::string& id, std::function<void(Result<RecordSnapshot>)> done) {
  auto it = vaults_.find(id);
  if (it == vaults_.end()) {
    done(Status::Error(StatusCode::kNotFound, Problem::kNotAVault, "no such vault"));
    return;
  }
  RecordSnapshot snapshot;
  snapshot.generation = it->second.storage.Generation().value();
  snapshot.records = it->second.storage.records();
  done(snapshot);
}

void MemoryShelf::Commit(const std::string& id, const PendingSave& save,
                         std::function<void(Status)> done) {
  if (!next_failure_.ok()) {
    Status failure = std::move(next_failure_);
    next_failure_ = Status::Ok();
    done(failure);
    return;
  }
  done(vaults_[id].storage.Commit(save.batch, save.expected_generation, save.new_generation));
}

void MemoryShelf::Register(const std::string& id, const std::string& display_name,
                           std::function<void(Status)> done) {
  vaults_[id].display_name = display_name;
  done(Status::Ok());
}

void MemoryShelf::Import(const std::string& id, const std::string& display_name,
                         const RecordSnapshot& snapshot, std::function<void(Status)> done) {
  if (vaults_.count(id) != 0) {
    done(Status::Invalid(Problem::kAlreadyExists, "backup", "this vault is already here"));
    return;
  }
  if (!next_failure_.ok()) {
    Status failure = std::move(next_failure_);
    next_failure_ = Status::Ok();
    done(failure);
    return;
  }
  WriteBatch batch;
  for (const auto& record : snapshot.records) batch.puts.push_back(record);
  Entry entry;
  entry.display_name = display_name;
  if (Status s = entry.storage.Commit(batch, 0, snapshot.generation); !s.ok()) {
    done(s);
    return;
  }
  vaults_.emplace(id, std::move(entry));
  done(Status::Ok());
}

void MemoryShelf::ReadMark(const std::string& id,
                           std::function<void(Result<std::optional<VaultMark>>)> done) {
  auto it = vaults_.find(id);
  done(it == vaults_.end() ? std::nullopt : it->second.mark);
}

void MemoryShelf::WriteMark(const std::string& id, const VaultMark& mark,
                            std::function<void(Status)> done) {
  auto it = vaults_.find(id);
  if (it == vaults_.end()) {
    done(Status::Error(StatusCode::kNotFound, Problem::kNotAVault, "no such vault"));
    return;
  }
  it->second.mark = mark;
  it->second.mark->seen_on = today_;
  done(Status::Ok());
}

void MemoryShelf::AcquireWriter(const std::string& id, std::function<void(bool granted)> done) {
  const bool granted = writers_.count(id) == 0;
  if (granted) writers_[id] = true;
  done(granted);
}

}  // namespace carnet
