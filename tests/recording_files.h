// A FileExchange for tests: every file offered, document opened and text copied is kept in
// memory; the pickers only count how often they were opened.
#pragma once

#include <string>
#include <vector>

#include "app/base/file_exchange.h"

namespace carnet::test {

struct RecordingFiles : FileExchange {
  struct Offer {
    std::string name;
    Bytes bytes;
    std::string text() const { return std::string(bytes.begin(), bytes.end()); }
  };
  std::vector<Offer> offers;
  std::vector<std::string> documents;  // opened in a new tab
  std::vector<std::string> copied;     // put on the clipboard
  int pickers = 0;                     // backups
  int stats_pickers = 0;
  int card_pickers = 0;
  int package_pickers = 0;

  void OfferDownload(const std::string& file_name, const Bytes& bytes) override {
    offers.push_back({file_name, bytes});
  }
  void PickBackupFile() override { ++pickers; }
  void PickStatsFiles() override { ++stats_pickers; }
  void PickCardFile() override { ++card_pickers; }
  void PickPackageFile() override { ++package_pickers; }
  void OpenDocument(const std::string& html) override { documents.push_back(html); }
  void CopyText(const std::string& text) override { copied.push_back(text); }

  int downloads() const { return static_cast<int>(offers.size()); }
  const Offer& last() const { return offers.back(); }
};

}  // namespace carnet::test
