// Statistics files for the tests: valid files of either mode with reproducible values, and
// the text operations that damage them line by line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/stats/stats_file.h"
#include "core/stats/stats_file_text.h"
#include "core/stats/stats_variance.h"

namespace carnet::testing {

inline const std::vector<StatsTable>& AllStatsTables() {
  static const std::vector<StatsTable> kAll = {StatsTable::kRequests, StatsTable::kOutcomes,
                                               StatsTable::kAnswerQuality,
                                               StatsTable::kTypologyFit};
  return kAll;
}

// SplitMix64: reproducible values, different for each seed.
inline std::uint64_t NextValue(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// A valid file: noise values from -20 to 20, or conventional counts from 0 to 49 with about
// one cell in five suppressed.
inline StatsFile MakeStatsFile(StatsMode mode, StatsPeriod period, std::uint64_t seed,
                               const std::vector<StatsTable>& tables = AllStatsTables(),
                               Rational epsilon = {1, 1}) {
  StatsFile file;
  file.period = period;
  file.mode = mode;
  const bool noise = mode == StatsMode::kNoise;
  if (noise) file.epsilon = epsilon;
  file.minimum_frequency = noise ? 0 : 11;
  std::uint64_t state = seed;
  for (const StatsTable table : tables) {
    StatsTableInfo info;
    info.table = table;
    info.bound = DefaultStatsBound(table);
    if (noise) {
      info.scale = stats_text::ExpectedScale(info.bound, static_cast<int>(tables.size()), epsilon)
                       .value_or(Rational{0, 1});
      info.variance_milli = DiscreteLaplaceVarianceMilli(info.scale);
    } else {
      info.scale = {0, 1};
    }
    file.tables.push_back(info);
    for (const StatsKey& key : StatsCells(table, period, mode)) {
      StatsCellValue cell;
      cell.table = table;
      cell.key = key;
      const std::uint64_t x = NextValue(&state);
      if (noise) {
        cell.value = static_cast<std::int64_t>(x % 41) - 20;
      } else if (x % 5 != 0) {
        cell.value = static_cast<std::int64_t>(x % 50);
      }
      file.cells.push_back(cell);
    }
  }
  return file;
}

inline std::string Text(const Bytes& bytes) { return {bytes.begin(), bytes.end()}; }
inline Bytes ToBytes(const std::string& text) { return {text.begin(), text.end()}; }

// The file's lines without their CRLF (the BOM stays on the first).
inline std::vector<std::string> SplitCrlf(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find("\r\n"); end != std::string::npos;
       end = text.find("\r\n", start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

inline std::string JoinCrlf(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\r\n";
  return text;
}

inline std::vector<std::string> SplitFields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t end = line.find(';'); end != std::string::npos; end = line.find(';', start)) {
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  fields.push_back(line.substr(start));
  return fields;
}

inline std::string JoinFields(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i > 0 ? ";" : "") + fields[i];
  return line;
}

// The bytes with field `field` (from 0) of line `line` (from 1) replaced by `value`.
inline Bytes WithField(const Bytes& bytes, std::size_t line, std::size_t field,
                       const std::string& value) {
  std::vector<std::string> lines = SplitCrlf(Text(bytes));
  std::vector<std::string> fields = SplitFields(lines.at(line - 1));
  fields.at(field) = value;
  lines.at(line - 1) = JoinFields(fields);
  return ToBytes(JoinCrlf(lines));
}

}  // namespace carnet::testing
