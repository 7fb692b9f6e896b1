#include "web_files.h"
#include "frame_pacing.h"

#include <emscripten.h>

#include <imgui.h>

#include <cstdint>

namespace carnet::platform {
namespace {

VaultHomeController* g_home = nullptr;
StatsController* g_stats = nullptr;
SharingController* g_sharing = nullptr;

// clang-format off
EM_JS(void, carnet_js_offer_download, (const char* name, const std::uint8_t* data, int size), {
  Module.carnetVault.offerDownload(UTF8ToString(name), HEAPU8.slice(data, data + size));
});
EM_JS(void, carnet_js_pick_backup_file, (), { Module.carnetVault.pickBackupFile(); });
EM_JS(void, carnet_js_pick_stats_files, (), { Module.carnetVault.pickStatsFiles(); });
EM_JS(void, carnet_js_pick_sharing_file, (int kind),
      { Module.carnetVault.pickSharingFile(kind); });
EM_JS(void, carnet_js_open_document, (const char* html),
      { Module.carnetVault.openDocument(UTF8ToString(html)); });
// A person's coordinates, copied on purpose: cleared 60 s later (web/clipboard_guard.js).
EM_JS(void, carnet_js_copy_guarded, (const char* text),
      { Module.carnetClipboard.copy(UTF8ToString(text)); });
EM_JS(void, carnet_js_storage_facts, (int ask_persistence),
      { Module.carnetVault.storageFacts(ask_persistence !== 0); });
// clang-format on

}  // namespace

void WebFiles::OfferDownload(const std::string& file_name, const Bytes& bytes) {
  carnet_js_offer_download(file_name.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void WebFiles::PickBackupFile() { carnet_js_pick_backup_file(); }

void WebFiles::PickStatsFiles() { carnet_js_pick_stats_files(); }

void WebFiles::PickCardFile() { carnet_js_pick_sharing_file(kSharingFileCard); }

void WebFiles::PickPackageFile() { carnet_js_pick_sharing_file(kSharingFilePackage); }

void WebFiles::OpenDocument(const std::string& html) { carnet_js_open_document(html.c_str()); }

// Through ImGui's clipboard function, which the platform routes to navigator.clipboard.
void WebFiles::CopyText(const std::string& text) { carnet_js_copy_guarded(text.c_str()); }

void ConnectHome(VaultHomeController* home) { g_home = home; }

void ConnectSharing(SharingController* sharing) { g_sharing = sharing; }

void ConnectStats(StatsController* stats) { g_stats = stats; }

void RequestStorageFacts(bool ask_persistence) { carnet_js_storage_facts(ask_persistence ? 1 : 0); }

}  // namespace carnet::platform

extern "C" {

// The bytes of the file the user chose in the picker, owned by the caller (null: the file was
// too large to be read into memory).
EMSCRIPTEN_KEEPALIVE void carnet_backup_picked(const std::uint8_t* data, int size) {
  carnet::platform::WakeFrames();
  carnet::VaultHomeController* home = carnet::platform::g_home;
  if (home == nullptr) return;
  if (data == nullptr || size < 0) {
    home->ImportBackup(carnet::ByteView());  // refused as "not a backup": nothing is written
    return;
  }
  home->ImportBackup(carnet::ByteView(data, static_cast<std::size_t>(size)));
}

// One statistics file chosen for the merge: its name (UTF-8, NUL-terminated) and bytes, owned by
// the caller. A file too large to be read into memory comes with null bytes and size -1: it is
// listed, and the merge refuses it as malformed.
EMSCRIPTEN_KEEPALIVE void carnet_stats_file_picked(const char* name, const std::uint8_t* data,
                                                   int size) {
  carnet::platform::WakeFrames();
  carnet::StatsController* stats = carnet::platform::g_stats;
  if (stats == nullptr || name == nullptr) return;
  carnet::Bytes bytes;
  if (data != nullptr && size > 0) bytes.assign(data, data + size);
  stats->AddMergeFile(name, bytes);
}

// A contact card (kind 1) or a share package (kind 2) chosen in the picker, owned by the caller.
// A file too large for the module's memory comes with null bytes and size -1: refused as
// malformed.
EMSCRIPTEN_KEEPALIVE void carnet_sharing_file_picked(int kind, const std::uint8_t* data, int size) {
  carnet::platform::WakeFrames();
  carnet::SharingController* sharing = carnet::platform::g_sharing;
  if (sharing == nullptr) return;
  carnet::Bytes bytes;
  if (data != nullptr && size > 0) bytes.assign(data, data + size);
  if (kind == carnet::platform::kSharingFileCard) sharing->CardFilePicked(bytes);
  if (kind == carnet::platform::kSharingFilePackage) (void)sharing->PackagePicked(bytes);
}

// navigator.storage.persist(): 1 granted, 0 refused, 2 not available in this browser.
EMSCRIPTEN_KEEPALIVE void carnet_storage_persisted(int answer) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_home == nullptr) return;
  carnet::platform::g_home->SetPersistence(answer == 1   ? carnet::Persistence::kGranted
                                           : answer == 0 ? carnet::Persistence::kRefused
                                                         : carnet::Persistence::kUnsupported);
}

// navigator.storage.estimate(), in bytes.
EMSCRIPTEN_KEEPALIVE void carnet_storage_estimate(double usage, double quota) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_home == nullptr || !(usage >= 0) || !(quota >= 0)) return;
  carnet::platform::g_home->SetQuota(static_cast<std::uint64_t>(usage),
                                     static_cast<std::uint64_t>(quota));
}
}
