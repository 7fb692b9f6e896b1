#include "web_shelf.h"
#include "frame_pacing.h"

#include <emscripten.h>

#include <map>
#include <optional>

namespace carnet::platform {
namespace {

// Callbacks waiting for IndexedDB, by request number.
struct Pending {
  std::function<void(Result<std::vector<VaultListing>>)> listed;
  std::vector<VaultListing> listing;
  std::function<void(Result<RecordSnapshot>)> loaded;
  RecordSnapshot snapshot;
  std::function<void(Status)> done;
  std::function<void(bool)> writer;
  std::function<void(Result<std::optional<VaultMark>>)> marked;
  std::optional<VaultMark> mark;
};
std::map<int, Pending>& Requests() {
  static std::map<int, Pending> requests;
  return requests;
}
int NextRequest() {
  static int next = 0;
  return ++next;
}

Status FromJs(int ok, const char* error_name) {
  if (ok != 0) return Status::Ok();
  const std::string name = error_name != nullptr ? error_name : "Error";
  if (name == "SaveConflict") {
    return Status::Error(StatusCode::kIoError, Problem::kSaveConflict,
                         "this vault was saved in another tab or window meanwhile");
  }
  if (name == "NotFound") {
    return Status::Error(StatusCode::kNotFound, Problem::kNotAVault, "this vault is not listed");
  }
  if (name == "AlreadyExists") {
    return Status::Invalid(Problem::kAlreadyExists, "backup", "this vault is already here");
  }
  return Status::Error(StatusCode::kIoError, name);  // e.g. QuotaExceededError, AbortError
}

// clang-format off
EM_JS(void, carnet_js_vault_list, (int request), { Module.carnetVault.list(request); });
EM_JS(void, carnet_js_vault_load, (int request, const char* id),
      { Module.carnetVault.load(request, UTF8ToString(id)); });
EM_JS(void, carnet_js_vault_register, (int request, const char* id, const char* name),
      { Module.carnetVault.register(request, UTF8ToString(id), UTF8ToString(name)); });
EM_JS(void, carnet_js_vault_begin_commit, (int request, const char* id, double expected,
                                           double next),
      { Module.carnetVault.beginCommit(request, UTF8ToString(id), expected, next); });
EM_JS(void, carnet_js_vault_put, (int request, const char* key, const std::uint8_t* data,
                                  int size),
      { Module.carnetVault.put(request, UTF8ToString(key), HEAPU8.slice(data, data + size)); });
EM_JS(void, carnet_js_vault_delete, (int request, const char* key),
      { Module.carnetVault.remove(request, UTF8ToString(key)); });
EM_JS(void, carnet_js_vault_end_commit, (int request), { Module.carnetVault.endCommit(request); });
EM_JS(void, carnet_js_vault_begin_import, (int request, const char* id, const char* name,
                                           double generation),
      { Module.carnetVault.beginImport(request, UTF8ToString(id), UTF8ToString(name), generation); });
EM_JS(void, carnet_js_vault_end_import, (int request), { Module.carnetVault.endImport(request); });
EM_JS(void, carnet_js_vault_read_mark, (int request, const char* id),
      { Module.carnetVault.readMark(request, UTF8ToString(id)); });
EM_JS(void, carnet_js_vault_write_mark, (int request, const char* id, double generation,
                                         const std::uint8_t* tag, int size, double accepted_from),
      { Module.carnetVault.writeMark(request, UTF8ToString(id), generation,
                                     HEAPU8.slice(tag, tag + size), accepted_from); });
EM_JS(void, carnet_js_vault_acquire_writer, (int request, const char* id),
      { Module.carnetVault.acquireWriter(request, UTF8ToString(id)); });
EM_JS(void, carnet_js_vault_release_writer, (const char* id),
      { Module.carnetVault.releaseWriter(UTF8ToString(id)); });
// clang-format on

}  // namespace

void WebShelf::List(std::function<void(Result<std::vector<VaultListing>>)> done) {
  const int request = NextRequest();
  Requests()[request].listed = std::move(done);
  carnet_js_vault_list(request);
}

void WebShelf::Load(const std::string& id, std::function<void(Result<RecordSnapshot>)> done) {
  const int request = NextRequest();
  Requests()[request].loaded = std::move(done);
  carnet_js_vault_load(request, id.c_str());
}

void WebShelf::Commit(const std::string& id, const PendingSave& save,
                      std::function<void(Status)> done) {
  const int request = NextRequest();
  Requests()[request].done = std::move(done);
  carnet_js_vault_begin_commit(request, id.c_str(), static_cast<double>(save.expected_generation),
                               static_cast<double>(save.new_generation));
  for (const auto& put : save.batch.puts) {
    carnet_js_vault_put(request, put.first.c_str(), put.second.data(),
                        static_cast<int>(put.second.size()));
  }
  for (const std::string& key : save.batch.deletes) carnet_js_vault_delete(request, key.c_str());
  carnet_js_vault_end_commit(request);
}

void WebShelf::Register(const std::string& id, const std::string& display_name,
                        std::function<void(Status)> done) {
  const int request = NextRequest();
  Requests()[request].done = std::move(done);
  carnet_js_vault_register(request, id.c_str(), display_name.c_str());
}

void WebShelf::Import(const std::string& id, const std::string& display_name,
                      const RecordSnapshot& snapshot, std::function<void(Status)> done) {
  const int request = NextRequest();
  Requests()[request].done = std::move(done);
  carnet_js_vault_begin_import(request, id.c_str(), display_name.c_str(),
                               static_cast<double>(snapshot.generation));
  for (const auto& record : snapshot.records) {
    carnet_js_vault_put(request, record.first.c_str(), record.second.data(),
                        static_cast<int>(record.second.size()));
  }
  carnet_js_vault_end_import(request);
}

void WebShelf::ReadMark(const std::string& id,
                        std::function<void(Result<std::optional<VaultMark>>)> done) {
  const int request = NextRequest();
  Requests()[request].marked = std::move(done);
  carnet_js_vault_read_mark(request, id.c_str());
}

void WebShelf::WriteMark(const std::string& id, const VaultMark& mark,
                         std::function<void(Status)> done) {
  const int request = NextRequest();
  Requests()[request].done = std::move(done);
  carnet_js_vault_write_mark(request, id.c_str(), static_cast<double>(mark.generation),
                             mark.tag.data(), static_cast<int>(mark.tag.size()),
                             static_cast<double>(mark.accepted_from));
}

void WebShelf::AcquireWriter(const std::string& id, std::function<void(bool granted)> done) {
  const int request = NextRequest();
  Requests()[request].writer = std::move(done);
  carnet_js_vault_acquire_writer(request, id.c_str());
}

void WebShelf::ReleaseWriter(const std::string& id) { carnet_js_vault_release_writer(id.c_str()); }

}  // namespace carnet::platform

using carnet::platform::Requests;

namespace {

// The request an answer ends, taken out of the table; the screen is drawn again (it changes).
std::optional<carnet::platform::Pending> TakeRequest(int request) {
  auto it = Requests().find(request);
  if (it == Requests().end()) return std::nullopt;
  carnet::platform::Pending pending = std::move(it->second);
  Requests().erase(it);
  carnet::platform::WakeFrames();
  return pending;
}

}  // namespace

extern "C" {

// One vault of the list (before carnet_vault_listed).
EMSCRIPTEN_KEEPALIVE void carnet_vault_listing(int request, const char* id, const char* name) {
  auto it = Requests().find(request);
  if (it != Requests().end()) it->second.listing.push_back({id, name});
}

EMSCRIPTEN_KEEPALIVE void carnet_vault_listed(int request, int ok, const char* error) {
  std::optional<carnet::platform::Pending> pending = TakeRequest(request);
  if (!pending) return;
  if (ok != 0) {
    pending->listed(std::move(pending->listing));
  } else {
    pending->listed(carnet::platform::FromJs(ok, error));
  }
}

// One record of a vault being loaded (before carnet_vault_loaded). The bytes are copied.
EMSCRIPTEN_KEEPALIVE void carnet_vault_record(int request, const char* key,
                                              const std::uint8_t* data, int size) {
  auto it = Requests().find(request);
  if (it == Requests().end() || size < 0) return;
  it->second.snapshot.records[key] = carnet::Bytes(data, data + size);
}

EMSCRIPTEN_KEEPALIVE void carnet_vault_loaded(int request, double generation, int ok,
                                              const char* error) {
  std::optional<carnet::platform::Pending> pending = TakeRequest(request);
  if (!pending) return;
  // vault_idb.js refuses a damaged generation; this holds whatever the page hands over.
  constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1
  if (ok != 0 && !(generation >= 0 && generation <= kMaxSafeInteger &&
                   generation == static_cast<double>(static_cast<std::uint64_t>(generation)))) {
    pending->loaded(carnet::Status::Error(carnet::StatusCode::kIoError, "DataError"));
  } else if (ok != 0) {
    pending->snapshot.generation = static_cast<std::uint64_t>(generation);
    pending->loaded(std::move(pending->snapshot));
  } else {
    pending->loaded(carnet::platform::FromJs(ok, error));
  }
}

// The answer to a commit or a registration.
EMSCRIPTEN_KEEPALIVE void carnet_vault_done(int request, int ok, const char* error) {
  std::optional<carnet::platform::Pending> pending = TakeRequest(request);
  if (!pending) return;
  pending->done(carnet::platform::FromJs(ok, error));
}

// The vault's mark as stored (before carnet_vault_mark_read): JS hands over whatever it found,
// and a generation that is not a whole number in range makes the mark unreadable (empty tag),
// which its check then refuses. `seen_on` is the local date "YYYY-MM-DD", or "".
EMSCRIPTEN_KEEPALIVE void carnet_vault_mark_found(int request, double generation,
                                                  const std::uint8_t* tag, int size,
                                                  const char* seen_on, double accepted_from) {
  auto it = Requests().find(request);
  if (it == Requests().end()) return;
  constexpr double kMaxExact = 9007199254740991.0;  // 2^53 - 1: a JS number's exact integers
  carnet::VaultMark mark;
  const bool readable = generation >= 0 && generation <= kMaxExact && size >= 0 && tag != nullptr;
  if (readable) {
    mark.generation = static_cast<std::uint64_t>(generation);
    mark.tag.assign(tag, tag + size);
  }
  if (accepted_from >= 0 && accepted_from <= kMaxExact) {
    mark.accepted_from = static_cast<std::uint64_t>(accepted_from);
  }
  if (seen_on != nullptr) mark.seen_on = carnet::ParseIsoDay(seen_on).value_or(0);
  it->second.mark = std::move(mark);
}

EMSCRIPTEN_KEEPALIVE void carnet_vault_mark_read(int request, int ok, const char* error) {
  std::optional<carnet::platform::Pending> pending = TakeRequest(request);
  if (!pending) return;
  if (ok != 0) {
    pending->marked(std::move(pending->mark));
  } else {
    pending->marked(carnet::platform::FromJs(ok, error));
  }
}

// Whether this tab got the vault's writer lock.
EMSCRIPTEN_KEEPALIVE void carnet_vault_writer(int request, int granted) {
  std::optional<carnet::platform::Pending> pending = TakeRequest(request);
  if (!pending) return;
  pending->writer(granted != 0);
}
}
