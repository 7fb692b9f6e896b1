// ParseStatsFile: the statistics file read strictly, line by line. Every field has one
// possible spelling, every cell one possible place; anything else is kCorrupt with a French
// message naming the line and the defect, because the file comes from outside (another
// worker's computer, an e-mail) and a regional sum must never include a damaged count.
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/stats/stats_file.h"
#include "core/stats/stats_file_text.h"
#include "core/stats/stats_variance.h"

namespace carnet {
namespace {

using namespace stats_text;

std::string Quote(std::string_view text) { return "« " + std::string(text) + " »"; }

Status Bad(std::size_t line, const std::string& what) {
  return Status::Error(StatusCode::kCorrupt, "ligne " + std::to_string(line) + " : " + what);
}

Status Unsupported(std::size_t line, const std::string& what) {
  return Status::Error(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                       "ligne " + std::to_string(line) + " : " + what);
}

// The length of the UTF-8 sequence at `p` (at most `n` bytes there), or 0 when invalid:
// overlong forms, surrogates and code points beyond U+10FFFF included.
std::size_t Utf8Length(const unsigned char* p, std::size_t n) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (n < length || p[1] < low || p[1] > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  }
  return length;
}

// The text's lines, each without its CRLF; checks the bytes on the way (NUL, UTF-8, line ends).
Status SplitLines(std::string_view text, std::vector<std::string_view>* lines) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t line = lines->size() + 1;
    const unsigned char c = bytes[i];
    if (c == 0) return Bad(line, "octet nul : ce n’est pas un fichier texte");
    if (c == '\n') return Bad(line, "fin de ligne sans retour chariot (CRLF attendu)");
    if (c == '\r') {
      if (i + 1 >= text.size() || bytes[i + 1] != '\n') {
        return Bad(line, "retour chariot isolé (CRLF attendu)");
      }
      lines->push_back(text.substr(start, i - start));
      i += 2;
      start = i;
      continue;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = Utf8Length(bytes + i, text.size() - i);
    if (length == 0) return Bad(line, "texte qui n’est pas de l’UTF-8 valide");
    i += length;
  }
  if (start != text.size()) {
    return Bad(lines->size() + 1, "dernière ligne sans fin de ligne : fichier tronqué");
  }
  return Status::Ok();
}

class Reader {
 public:
  explicit Reader(std::vector<std::string_view> lines) : lines_(std::move(lines)) {}

  bool done() const { return next_ >= lines_.size(); }
  std::size_t line() const { return next_; }  // the number of the line last read

  // The next line's fields (fields_), each checked against formulas, quotes and control
  // characters. `what` names the expected line when the file ends early.
  Status Next(const char* what) {
    if (done()) {
      return Status::Error(StatusCode::kCorrupt, "ligne " + std::to_string(lines_.size() + 1) +
                                                     " : fin du fichier avant " + what +
                                                     " : fichier tronqué");
    }
    const std::string_view text = lines_[next_++];
    fields_.clear();
    std::size_t start = 0;
    for (;;) {
      const std::size_t semicolon = text.find(';', start);
      fields_.push_back(text.substr(start, semicolon - start));
      if (semicolon == std::string_view::npos) break;
      start = semicolon + 1;
    }
    for (const std::string_view field : fields_) {
      if (CouldStartFormula(field)) {
        return Bad(line(), "le champ " + Quote(field) +
                               " pourrait être lu comme une formule par un tableur");
      }
      for (const char c : field) {
        if (c == '"') return Bad(line(), "guillemet dans le champ " + Quote(field));
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          return Bad(line(), "caractère de contrôle dans un champ");
        }
      }
    }
    return Status::Ok();
  }

  // The next line is exactly `expected` (a header line or an empty line).
  Status ExpectLine(std::string_view expected, const char* what) {
    if (Status s = Next(what); !s.ok()) return s;
    if (lines_[next_ - 1] != expected) {
      return Bad(line(), std::string(what) + " attendue, trouvé " + Quote(lines_[next_ - 1]));
    }
    return Status::Ok();
  }

  // The next line is "label;value": the value.
  Result<std::string_view> Value(std::string_view label) {
    const std::string what = "la ligne " + Quote(label);
    if (Status s = Next(what.c_str()); !s.ok()) return s;
    if (fields_.size() != 2 || fields_[0] != label) {
      return Bad(line(),
                 Quote(std::string(label) + ";…") + " attendu, trouvé " + Quote(lines_[next_ - 1]));
    }
    return fields_[1];
  }

  const std::vector<std::string_view>& fields() const { return fields_; }

 private:
  std::vector<std::string_view> lines_;
  std::size_t next_ = 0;
  std::vector<std::string_view> fields_;
};

// A whole number from "label;N" within [min, max].
Status ReadWhole(Reader& reader, std::string_view label, std::int64_t min, std::int64_t max,
                 int* out) {
  Result<std::string_view> text = reader.Value(label);
  if (!text.ok()) return text.status();
  const std::optional<std::int64_t> value = ParseWhole(text.value(), min, max);
  if (!value) {
    return Bad(reader.line(), std::string(label) + " " + Quote(text.value()) +
                                  " invalide : un nombre entier de " + std::to_string(min) + " à " +
                                  std::to_string(max) + " est attendu");
  }
  *out = static_cast<int>(*value);
  return Status::Ok();
}

Status ReadMetadata(Reader& reader, StatsFile* file) {
  if (Status s = reader.Next("l’en-tête"); !s.ok()) return s;
  const std::vector<std::string_view>& magic = reader.fields();
  if (magic.size() != 2 || magic[0] != kMagic || magic[1].substr(0, 7) != "format ") {
    return Bad(1, "ce n’est pas un fichier de statistiques Carnet (en-tête " +
                      Quote(std::string(kMagic) + ";" + std::string(kFormat)) + " attendu)");
  }
  if (magic[1] != kFormat) {
    return Unsupported(
        1, Quote(magic[1]) + " non pris en charge : cette version de Carnet lit " + Quote(kFormat));
  }
  Result<std::string_view> spec = reader.Value(kSpec);
  if (!spec.ok()) return spec.status();
  if (spec.value() != kStatsSpecVersion) {
    return Unsupported(reader.line(), "spécification " + Quote(spec.value()) +
                                          " non prise en charge : cette version de Carnet lit " +
                                          Quote(kStatsSpecVersion));
  }
  Result<std::string_view> typology = reader.Value(kTypology);
  if (!typology.ok()) return typology.status();
  if (typology.value() != kStatsTypologyVersion) {
    return Unsupported(reader.line(), "typologie " + Quote(typology.value()) +
                                          " non prise en charge : cette version de Carnet lit " +
                                          Quote(kStatsTypologyVersion));
  }
  file->spec_version = std::string(kStatsSpecVersion);
  file->typology_version = std::string(kStatsTypologyVersion);
  if (Status s = ReadWhole(reader, kYear, 1, 9999, &file->period.year); !s.ok()) return s;
  if (Status s = ReadWhole(reader, kFirstMonth, 1, 12, &file->period.first_month); !s.ok()) {
    return s;
  }
  if (Status s = ReadWhole(reader, kLastMonth, 1, 12, &file->period.last_month); !s.ok()) {
    return s;
  }
  if (!CheckPeriod(file->period).ok()) {
    return Bad(reader.line(),
               "période invalide : l’année doit être une de celles que Carnet "
               "accepte et le premier mois ne peut suivre le dernier");
  }
  Result<std::string_view> mode = reader.Value(kMode);
  if (!mode.ok()) return mode.status();
  if (mode.value() == kModeNoise) {
    file->mode = StatsMode::kNoise;
    Result<std::string_view> epsilon = reader.Value(kEpsilon);
    if (!epsilon.ok()) return epsilon.status();
    const std::optional<Rational> parsed = ParseEpsilon(epsilon.value());
    if (!parsed) {
      return Bad(reader.line(), "epsilon " + Quote(epsilon.value()) +
                                    " invalide : un nombre décimal positif est attendu, "
                                    "écrit avec une virgule (« 0,5 »)");
    }
    file->epsilon = *parsed;
    file->minimum_frequency = 0;
  } else if (mode.value() == kModeConventional) {
    file->mode = StatsMode::kConventional;
    file->epsilon = Rational{};
    if (Status s = ReadWhole(reader, kMinimumFrequency, kMinStatsMinimumFrequency,
                             kMaxStatsMinimumFrequency, &file->minimum_frequency);
        !s.ok()) {
      return s;
    }
  } else {
    return Bad(reader.line(), "mode " + Quote(mode.value()) + " inconnu : " + Quote(kModeNoise) +
                                  " ou " + Quote(kModeConventional) + " attendu");
  }
  if (Status s = ReadWhole(reader, kMergedFiles, 1, kMaxStatsMergedFiles, &file->merged_files);
      !s.ok()) {
    return s;
  }
  return reader.ExpectLine("", "une ligne vide");
}

// One table's line as read, with its texts kept for the checks that need every table.
struct TableLine {
  std::size_t line = 0;
  std::string_view scale_num;
  std::string_view scale_den;
  std::string_view deviation;
};

Status ReadTables(Reader& reader, StatsFile* file, std::vector<std::string>* deviations) {
  if (Status s = reader.ExpectLine(kTablesHeader, "l’en-tête des paramètres des tableaux");
      !s.ok()) {
    return s;
  }
  std::vector<TableLine> lines;
  for (;;) {
    if (Status s = reader.Next("la liste des tableaux"); !s.ok()) return s;
    const std::vector<std::string_view>& f = reader.fields();
    if (f.size() == 1 && f[0].empty()) break;
    if (f.size() != 6) {
      return Bad(reader.line(),
                 "6 champs attendus pour un tableau, " + std::to_string(f.size()) + " trouvés");
    }
    int index = -1;
    for (int t = 0; t < kStatsTableCount; ++t) {
      if (f[0] == StatsTableName(static_cast<StatsTable>(t))) index = t;
    }
    if (index < 0) return Bad(reader.line(), "tableau inconnu " + Quote(f[0]));
    const auto table = static_cast<StatsTable>(index);
    if (!file->tables.empty() && file->tables.back().table >= table) {
      return Bad(reader.line(), file->tables.back().table == table
                                    ? "tableau " + Quote(f[0]) + " en double"
                                    : "tableau " + Quote(f[0]) + " hors de l’ordre des tableaux");
    }
    StatsTableInfo info;
    info.table = table;
    const std::optional<std::int64_t> bound = ParseWhole(f[1], 1, kMaxStatsBound);
    if (!bound) {
      return Bad(reader.line(), "borne par personne " + Quote(f[1]) + " invalide : de 1 à " +
                                    std::to_string(kMaxStatsBound));
    }
    info.bound = static_cast<int>(*bound);
    const std::optional<std::int64_t> variance = ParseMilli(f[4], kMaxStatsVarianceMilli);
    if (!variance) return Bad(reader.line(), "variance " + Quote(f[4]) + " invalide");
    info.variance_milli = *variance;
    file->tables.push_back(info);
    lines.push_back({reader.line(), f[2], f[3], f[5]});
  }
  if (file->tables.empty()) return Bad(reader.line(), "aucun tableau dans le fichier");

  const int count = static_cast<int>(file->tables.size());
  for (std::size_t i = 0; i < file->tables.size(); ++i) {
    StatsTableInfo& info = file->tables[i];
    const TableLine& text = lines[i];
    if (file->mode == StatsMode::kConventional) {
      if (text.scale_num != "0" || text.scale_den != "1" || info.variance_milli != 0) {
        return Bad(text.line,
                   "en mode conventionnel, l’échelle du bruit est 0 / 1 et la "
                   "variance 0");
      }
      info.scale = Rational{0, 1};
    } else {
      const std::optional<Rational> scale = ExpectedScale(info.bound, count, file->epsilon);
      const std::optional<std::int64_t> num = ParseWhole(text.scale_num, 1, kMaxRationalPart);
      const std::optional<std::int64_t> den = ParseWhole(text.scale_den, 1, kMaxRationalPart);
      if (!scale || !num || !den || *num != scale->num || *den != scale->den) {
        return Bad(
            text.line,
            "échelle du bruit " + std::string(text.scale_num) + " / " +
                std::string(text.scale_den) + " incohérente : la borne " +
                std::to_string(info.bound) + " × " + std::to_string(count) +
                " tableaux / epsilon " + FormatEpsilon(file->epsilon).value_or("?") +
                (scale ? " donne " + std::to_string(scale->num) + " / " + std::to_string(scale->den)
                       : " donne une échelle trop grande"));
      }
      info.scale = *scale;
      // Each merged file rounded its variance to the thousandth: one thousandth each.
      const std::int64_t one = DiscreteLaplaceVarianceMilli(info.scale);
      const std::int64_t files = file->merged_files;
      if (one > kMaxStatsVarianceMilli / files) {
        return Bad(text.line, "variance trop grande pour " + std::to_string(files) + " fichiers");
      }
      const std::int64_t expected = one * files;
      if (info.variance_milli < expected - files || info.variance_milli > expected + files) {
        return Bad(text.line, "variance " + FormatMilli(info.variance_milli) +
                                  " incohérente : l’échelle du bruit et " + std::to_string(files) +
                                  " fichier(s) donnent " + FormatMilli(expected));
      }
    }
    std::string deviation = FormatMilli(StatsDeviationMilli(info.variance_milli));
    if (text.deviation != deviation) {
      return Bad(text.line, "écart-type " + Quote(text.deviation) +
                                " incohérent : " + Quote(deviation) + " attendu");
    }
    deviations->push_back(std::move(deviation));
  }
  return Status::Ok();
}

bool SameKey(const std::vector<std::string_view>& f, std::string_view name, const StatsKey& key) {
  return f[0] == name && f[1] == key[0] && f[2] == key[1] && f[3] == key[2];
}

// Why the line `f` is not the expected cell `at` of `expected`.
std::string WrongCell(const std::vector<std::string_view>& f, StatsTable table,
                      const std::vector<StatsKey>& expected, std::size_t at) {
  const std::string_view name = StatsTableName(table);
  if (at > 0 && SameKey(f, name, expected[at - 1])) {
    return "case en double " + Quote(DescribeCell(table, expected[at - 1]));
  }
  for (std::size_t later = at + 1; later < expected.size(); ++later) {
    if (SameKey(f, name, expected[later])) {
      return "case manquante " + Quote(DescribeCell(table, expected[at]));
    }
  }
  std::string found(f[0]);
  for (std::size_t i = 1; i < 4; ++i) {
    if (!f[i].empty()) found += " / " + std::string(f[i]);
  }
  return "case " + Quote(found) + " inattendue : " + Quote(DescribeCell(table, expected[at])) +
         " attendue";
}

Status ReadCells(Reader& reader, StatsFile* file, const std::vector<std::string>& deviations) {
  if (Status s = reader.ExpectLine(kCellsHeader, "l’en-tête des cases"); !s.ok()) return s;
  const bool conventional = file->mode == StatsMode::kConventional;
  for (std::size_t t = 0; t < file->tables.size(); ++t) {
    const StatsTable table = file->tables[t].table;
    const std::vector<StatsKey> expected = StatsCells(table, file->period, file->mode);
    file->cells.reserve(file->cells.size() + expected.size());
    for (std::size_t at = 0; at < expected.size(); ++at) {
      if (reader.done()) {
        return Bad(reader.line() + 1, "fin du fichier avant la case " +
                                          Quote(DescribeCell(table, expected[at])) +
                                          " : fichier tronqué");
      }
      if (Status s = reader.Next("une case"); !s.ok()) return s;
      const std::vector<std::string_view>& f = reader.fields();
      if (f.size() != 6) {
        return Bad(reader.line(),
                   "6 champs attendus pour une case, " + std::to_string(f.size()) + " trouvés");
      }
      if (!SameKey(f, StatsTableName(table), expected[at])) {
        return Bad(reader.line(), WrongCell(f, table, expected, at));
      }
      StatsCellValue cell;
      cell.table = table;
      cell.key = expected[at];
      if (f[4] == kSecret) {
        if (!conventional) {
          return Bad(reader.line(), "valeur « secret » hors du mode conventionnel");
        }
      } else {
        const std::optional<std::int64_t> value =
            ParseWhole(f[4], conventional ? 0 : -kMaxStatsValue, kMaxStatsValue);
        if (!value) {
          return Bad(reader.line(),
                     "valeur " + Quote(f[4]) + " invalide : un nombre entier de " +
                         (conventional ? std::string("0") : "-" + std::to_string(kMaxStatsValue)) +
                         " à " + std::to_string(kMaxStatsValue) + " est attendu" +
                         (conventional ? ", ou « secret »" : ""));
        }
        cell.value = *value;
      }
      if (f[5] != deviations[t]) {
        return Bad(reader.line(), "écart-type " + Quote(f[5]) + " différent de celui du tableau " +
                                      Quote(deviations[t]));
      }
      file->cells.push_back(std::move(cell));
    }
  }
  if (!reader.done()) {
    (void)reader.Next("");
    return Bad(reader.line(), "ligne en trop après la dernière case");
  }
  return Status::Ok();
}

}  // namespace

Result<StatsFile> ParseStatsFile(ByteView bytes) {
  if (bytes.size > kMaxStatsFileBytes) {
    return Status::Error(StatusCode::kCorrupt,
                         "fichier de plus de 16 Mio : ce n’est pas un "
                         "fichier de statistiques Carnet");
  }
  if (bytes.size == 0) return Status::Error(StatusCode::kCorrupt, "fichier vide");
  std::string_view text(reinterpret_cast<const char*>(bytes.data), bytes.size);
  // Spreadsheets and editors may keep or drop the byte-order mark: both are read.
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  std::vector<std::string_view> lines;
  if (Status s = SplitLines(text, &lines); !s.ok()) return s;
  Reader reader(std::move(lines));
  StatsFile file;
  if (Status s = ReadMetadata(reader, &file); !s.ok()) return s;
  std::vector<std::string> deviations;
  if (Status s = ReadTables(reader, &file, &deviations); !s.ok()) return s;
  if (Status s = ReadCells(reader, &file, deviations); !s.ok()) return s;
  return file;
}

}  // namespace carnet
