// A shelf whose commits are answered only when the test says so, as IndexedDB answers a little
// later: the test can act while a save is under way, then release it (or make it fail).
#pragma once

#include <deque>
#include <functional>
#include <string>
#include <utility>

#include "app/vault/vault_shelf.h"

namespace carnet {

class HeldShelf : public MemoryShelf {
 public:
  void Commit(const std::string& id, const PendingSave& save,
              std::function<void(Status)> done) override {
    if (!holding_) {
      MemoryShelf::Commit(id, save, std::move(done));
      return;
    }
    held_.push_back(Held{id, save, std::move(done)});
  }

  // Commits are held from now on (until Hold(false)).
  void Hold(bool holding) { holding_ = holding; }
  std::size_t held() const { return held_.size(); }
  // Writes the oldest held commit and answers it; with `failure`, answers that instead and
  // writes nothing.
  void ReleaseOne(Status failure = Status::Ok()) {
    Held h = std::move(held_.front());
    held_.pop_front();
    if (!failure.ok()) {
      h.done(std::move(failure));
      return;
    }
    MemoryShelf::Commit(h.id, h.save, std::move(h.done));
  }

 private:
  struct Held {
    std::string id;
    PendingSave save;
    std::function<void(Status)> done;
  };
  bool holding_ = false;
  std::deque<Held> held_;
};

}  // namespace carnet
