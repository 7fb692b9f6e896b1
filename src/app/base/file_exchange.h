// Files that cross the browser's edge at the user's request: a backup handed over as a download,
// and a backup chosen in the file picker. The platform implements it (a Blob and an <a download>,
// an <input type=file> in the browser; a recording fake in tests). The picked file's bytes come
// back later, through VaultHomeController::ImportBackup, if the user chose one.
#pragma once

#include <string>

#include "core/base/bytes.h"

namespace carnet {

class FileExchange {
 public:
  virtual ~FileExchange() = default;
  // Offers `bytes` to the user as a file named `file_name` (a download in the browser).
  virtual void OfferDownload(const std::string& file_name, const Bytes& bytes) = 0;
  // Opens the file picker for a backup. Must run while the user's click still counts as one
  // (the browser refuses a picker that no user action asked for).
  virtual void PickBackupFile() = 0;
  // Opens the file picker for statistics files to merge (several at once). Each chosen file
  // comes back through StatsController::AddMergeFile. Same rule about the user's click.
  virtual void PickStatsFiles() = 0;
  // Opens the file picker for a contact card or a share package (one file). The chosen file
  // comes back through SharingController::CardFilePicked or PackagePicked. Same rule.
  virtual void PickCardFile() = 0;
  virtual void PickPackageFile() = 0;
  // Opens `html` (a whole document) in a new tab, to read, print or save as PDF.
  virtual void OpenDocument(const std::string& html) = 0;
  // Puts `text` on the system clipboard.
  virtual void CopyText(const std::string& text) = 0;
};

}  // namespace carnet
