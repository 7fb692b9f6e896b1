#include "core/db/mem_vfs.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>

namespace carnet {
namespace {

struct MemFile {
  sqlite3_file base;  // must be first: SQLite sees a sqlite3_file*
  ChunkedImage* image;
  std::unique_ptr<ChunkedImage> owned;  // for files that are not a registered image
  std::string name;
};

std::map<std::string, ChunkedImage*>& Images() {
  static std::map<std::string, ChunkedImage*> images;
  return images;
}

MemFile* Of(sqlite3_file* file) { return reinterpret_cast<MemFile*>(file); }

int Close(sqlite3_file* file) {
  MemFile* f = Of(file);
  if (f->owned) f->owned->Clear();
  f->~MemFile();  // it was constructed in place by Open
  return SQLITE_OK;
}

int Read(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
  auto* bytes = static_cast<std::uint8_t*>(out);
  const auto n = static_cast<std::size_t>(amount);
  const std::size_t got = Of(file)->image->Read(static_cast<std::uint64_t>(offset), bytes, n);
  if (got < n) {
    std::memset(bytes + got, 0, n - got);
    return SQLITE_IOERR_SHORT_READ;
  }
  return SQLITE_OK;
}

int Write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
  Of(file)->image->Write(static_cast<std::uint64_t>(offset), static_cast<const std::uint8_t*>(data),
                         static_cast<std::size_t>(amount));
  return SQLITE_OK;
}

int Truncate(sqlite3_file* file, sqlite3_int64 size) {
  Of(file)->image->Truncate(static_cast<std::uint64_t>(size));
  return SQLITE_OK;
}

int Sync(sqlite3_file*, int) { return SQLITE_OK; }  // durability is the vault's save

int FileSize(sqlite3_file* file, sqlite3_int64* size) {
  *size = static_cast<sqlite3_int64>(Of(file)->image->size());
  return SQLITE_OK;
}

int Lock(sqlite3_file*, int) { return SQLITE_OK; }  // one connection per image
int Unlock(sqlite3_file*, int) { return SQLITE_OK; }
int CheckReservedLock(sqlite3_file*, int* out) {
  *out = 0;
  return SQLITE_OK;
}
int FileControl(sqlite3_file*, int, void*) { return SQLITE_NOTFOUND; }
int SectorSize(sqlite3_file*) { return 4096; }
int DeviceCharacteristics(sqlite3_file*) {
  return SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL |
         SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

const sqlite3_io_methods kMethods = {1,
                                     Close,
                                     Read,
                                     Write,
                                     Truncate,
                                     Sync,
                                     FileSize,
                                     Lock,
                                     Unlock,
                                     CheckReservedLock,
                                     FileControl,
                                     SectorSize,
                                     DeviceCharacteristics,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr};

int Open(sqlite3_vfs*, const char* name, sqlite3_file* file, int, int* out_flags) {
  auto* f = new (file) MemFile{};  // placement: SQLite owns the memory (szOsFile bytes)
  f->base.pMethods = nullptr;
  auto it = name != nullptr ? Images().find(name) : Images().end();
  if (it != Images().end()) {
    f->image = it->second;
    f->name = name;
  } else {
    f->owned = std::make_unique<ChunkedImage>();
    f->image = f->owned.get();
  }
  f->base.pMethods = &kMethods;
  if (out_flags != nullptr) *out_flags = 0;
  return SQLITE_OK;
}

int Delete(sqlite3_vfs*, const char*, int) { return SQLITE_OK; }

int Access(sqlite3_vfs*, const char* name, int, int* out) {
  *out = Images().count(name) != 0 ? 1 : 0;
  return SQLITE_OK;
}

int FullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
  sqlite3_snprintf(size, out, "%s", name);
  return SQLITE_OK;
}

int Randomness(sqlite3_vfs*, int size, char* out) {
  std::memset(out, 0, static_cast<std::size_t>(size));  // SQLite needs none for its own use here
  return size;
}

int Sleep(sqlite3_vfs*, int microseconds) { return microseconds; }

int CurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
  sqlite3_vfs* fallback = sqlite3_vfs_find(nullptr);
  return fallback->xCurrentTimeInt64(fallback, out);
}

int CurrentTime(sqlite3_vfs* vfs, double* out) {
  sqlite3_int64 ms = 0;
  const int rc = CurrentTimeInt64(vfs, &ms);
  *out = static_cast<double>(ms) / 86400000.0;
  return rc;
}

int GetLastError(sqlite3_vfs*, int, char*) { return 0; }

Status RegisterVfs() {
  WipeSqliteMemoryOnFree();  // before sqlite3_vfs_find, which initialises SQLite
  static sqlite3_vfs vfs = {
      2,          sizeof(MemFile), 512,          nullptr,      kMemVfsName,      nullptr, Open,
      Delete,     Access,          FullPathname, nullptr,      nullptr,          nullptr, nullptr,
      Randomness, Sleep,           CurrentTime,  GetLastError, CurrentTimeInt64, nullptr, nullptr,
      nullptr};
  if (sqlite3_vfs_find(kMemVfsName) != nullptr) return Status::Ok();
  if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK) {
    return Status::Error(StatusCode::kInternal, "cannot register the in-memory VFS");
  }
  return Status::Ok();
}

}  // namespace

Result<Database> OpenImageDatabase(ChunkedImage* image) {
  if (Status s = RegisterVfs(); !s.ok()) return s;
  static std::uint64_t counter = 0;
  const std::string name = "carnet-image-" + std::to_string(++counter);
  Images()[name] = image;
  Result<Database> db = Database::OpenWithVfs(name, kMemVfsName);
  Images().erase(name);  // the open file keeps its pointer; the name is not needed again
  if (!db.ok()) return db.status();
  if (Status s = db.value().Exec("PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; "
                                 "PRAGMA locking_mode = EXCLUSIVE; PRAGMA synchronous = OFF");
      !s.ok()) {
    return s;
  }
  return db;
}

}  // namespace carnet
