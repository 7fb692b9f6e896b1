// WriteStatsFile, and SameStatsFile. The writer checks what it can say precisely (period,
// epsilon, tables, cells, formulas), then reads its own output back: whatever it returns,
// ParseStatsFile accepts as the same file.
#include <string>
#include <string_view>
#include <vector>

#include "core/stats/stats_file.h"
#include "core/stats/stats_file_text.h"
#include "core/stats/stats_variance.h"

namespace carnet {
namespace {

using namespace stats_text;

Status Refuse(const std::string& what) {
  return Status::Error(StatusCode::kInvalidArgument, "fichier de statistiques : " + what);
}

// The file's text, line by line, each field checked on the way in.
class Lines {
 public:
  Lines() { text_.reserve(std::size_t{64} * 1024); }

  void Field(std::string_view field) {
    if (!line_empty_) text_ += ';';
    line_empty_ = false;
    if (CouldStartFormula(field))
      bad_ = "le champ « " + std::string(field) + " » commence une formule";
    for (const char c : field) {
      if (c == ';' || c == '"' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        bad_ = "le champ « " + std::string(field) +
               " » contient un séparateur, un guillemet ou "
               "un caractère de contrôle";
      }
    }
    text_ += field;
  }
  void Raw(std::string_view line) {
    text_ += line;
    End();
  }
  void End() {
    text_ += "\r\n";
    line_empty_ = true;
  }
  void Pair(std::string_view label, std::string_view value) {
    Field(label);
    Field(value);
    End();
  }

  const std::string& bad() const { return bad_; }
  std::string& text() { return text_; }

 private:
  std::string text_;
  std::string bad_;
  bool line_empty_ = true;
};

Status CheckCells(const StatsFile& file) {
  if (file.tables.empty()) return Refuse("aucun tableau");
  std::size_t at = 0;
  for (std::size_t t = 0; t < file.tables.size(); ++t) {
    const StatsTable table = file.tables[t].table;
    if (t > 0 && file.tables[t - 1].table >= table) {
      return Refuse("les tableaux doivent être dans l’ordre, chacun une fois");
    }
    for (const StatsKey& key : StatsCells(table, file.period, file.mode)) {
      if (at >= file.cells.size()) {
        return Refuse("il manque la case « " + DescribeCell(table, key) + " »");
      }
      const StatsCellValue& cell = file.cells[at++];
      if (cell.table != table || cell.key != key) {
        return Refuse("case « " + DescribeCell(cell.table, cell.key) + " » au lieu de « " +
                      DescribeCell(table, key) + " »");
      }
    }
  }
  if (at != file.cells.size()) return Refuse("cases en trop après la dernière du dernier tableau");
  return Status::Ok();
}

}  // namespace

bool SameStatsFile(const StatsFile& a, const StatsFile& b) {
  if (a.spec_version != b.spec_version || a.typology_version != b.typology_version ||
      !(a.period == b.period) || a.mode != b.mode || a.merged_files != b.merged_files ||
      a.tables.size() != b.tables.size() || a.cells.size() != b.cells.size()) {
    return false;
  }
  if (a.mode == StatsMode::kNoise && !(a.epsilon == b.epsilon)) return false;
  if (a.mode == StatsMode::kConventional && a.minimum_frequency != b.minimum_frequency) {
    return false;
  }
  for (std::size_t i = 0; i < a.tables.size(); ++i) {
    const StatsTableInfo& x = a.tables[i];
    const StatsTableInfo& y = b.tables[i];
    if (x.table != y.table || x.bound != y.bound || x.scale.num != y.scale.num ||
        x.scale.den != y.scale.den || x.variance_milli != y.variance_milli) {
      return false;
    }
  }
  for (std::size_t i = 0; i < a.cells.size(); ++i) {
    const StatsCellValue& x = a.cells[i];
    const StatsCellValue& y = b.cells[i];
    if (x.table != y.table || x.key != y.key || x.value != y.value) return false;
  }
  return true;
}

Result<Bytes> WriteStatsFile(const StatsFile& file) {
  if (!CheckPeriod(file.period).ok()) return Refuse("période invalide");
  const bool noise = file.mode == StatsMode::kNoise;
  std::string epsilon;
  if (noise) {
    const std::optional<std::string> text = FormatEpsilon(file.epsilon);
    if (!text) {
      return Refuse("epsilon " + std::to_string(file.epsilon.num) + " / " +
                    std::to_string(file.epsilon.den) +
                    " n’a pas d’écriture décimale finie d’au plus 12 décimales");
    }
    epsilon = *text;
  }
  if (Status s = CheckCells(file); !s.ok()) return s;
  for (const StatsTableInfo& info : file.tables) {
    if (info.variance_milli < 0 || info.variance_milli > kMaxStatsVarianceMilli) {
      return Refuse("variance hors limites");
    }
  }

  Lines out;
  out.text() += kBom;
  out.Pair(kMagic, kFormat);
  out.Pair(kSpec, file.spec_version);
  out.Pair(kTypology, file.typology_version);
  out.Pair(kYear, std::to_string(file.period.year));
  out.Pair(kFirstMonth, std::to_string(file.period.first_month));
  out.Pair(kLastMonth, std::to_string(file.period.last_month));
  out.Pair(kMode, noise ? kModeNoise : kModeConventional);
  if (noise) {
    out.Pair(kEpsilon, epsilon);
  } else {
    out.Pair(kMinimumFrequency, std::to_string(file.minimum_frequency));
  }
  out.Pair(kMergedFiles, std::to_string(file.merged_files));
  out.End();
  out.Raw(kTablesHeader);
  std::vector<std::string> deviations;
  for (const StatsTableInfo& info : file.tables) {
    deviations.push_back(FormatMilli(StatsDeviationMilli(info.variance_milli)));
    out.Field(StatsTableName(info.table));
    out.Field(std::to_string(info.bound));
    out.Field(std::to_string(info.scale.num));
    out.Field(std::to_string(info.scale.den));
    out.Field(FormatMilli(info.variance_milli));
    out.Field(deviations.back());
    out.End();
  }
  out.End();
  out.Raw(kCellsHeader);
  std::size_t table = 0;
  for (const StatsCellValue& cell : file.cells) {
    while (file.tables[table].table != cell.table) ++table;
    out.Field(StatsTableName(cell.table));
    for (const std::string& part : cell.key) out.Field(part);
    out.Field(cell.value ? std::to_string(*cell.value) : std::string(kSecret));
    out.Field(deviations[table]);
    out.End();
  }
  if (!out.bad().empty()) return Refuse(out.bad());

  Bytes bytes(out.text().begin(), out.text().end());
  Result<StatsFile> back = ParseStatsFile(bytes);
  if (!back.ok()) return Refuse("il ne se relirait pas : " + back.status().message());
  if (!SameStatsFile(file, back.value())) return Refuse("il ne se relirait pas à l’identique");
  return bytes;
}

}  // namespace carnet
