#include "core/stats/stats_spec.h"

#include "core/base/calendar.h"

namespace carnet {

Status CheckPeriod(const StatsPeriod& period) {
  if (period.year < kMinYear || period.year > kMaxYear) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kInvalidDate,
                         "period: the year is outside the years Carnet accepts");
  }
  if (period.first_month < 1 || period.last_month > 12 || period.first_month > period.last_month) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kInvalidDate,
                         "period: months must run from 1 to 12, the first before the last");
  }
  return Status::Ok();
}

const std::vector<std::string_view>& StatsNationalCategories() {
  static const std::vector<std::string_view> kValues = {
      "DROITS", "SANTE", "EMPLOI", "AUTONOMIE", "LOGEMENT", "BUDGET", "FAMILLE", "AUCUNE"};
  return kValues;
}

const std::vector<std::string_view>& StatsAgeBands() {
  static const std::vector<std::string_view> kValues = {
      "0 à 17 ans",  "18 à 24 ans", "25 à 39 ans",    "40 à 54 ans",
      "55 à 64 ans", "65 à 74 ans", "75 ans ou plus", "âge inconnu"};
  return kValues;
}

const std::vector<std::string_view>& StatsOutcomes() {
  // In RequestStatus order (model.h).
  static const std::vector<std::string_view> kValues = {
      "en cours", "satisfaite", "partiellement satisfaite", "non satisfaite", "abandonnée"};
  return kValues;
}

const std::vector<std::string_view>& StatsAnswerFields() {
  static const std::vector<std::string_view> kValues = {"naissance", "adresse", "téléphone",
                                                        "taille du foyer"};
  return kValues;
}

const std::vector<std::string_view>& StatsAnswerStates() {
  // In AnswerState order (model.h).
  static const std::vector<std::string_view> kValues = {"renseigné", "inconnu", "non demandé",
                                                        "refus de répondre", "sans objet"};
  return kValues;
}

std::vector<std::string> StatsQuarters(const StatsPeriod& period) {
  std::vector<std::string> quarters;
  const int first = (period.first_month - 1) / 3 + 1;
  const int last = (period.last_month - 1) / 3 + 1;
  for (int q = first; q <= last; ++q) {
    quarters.push_back(std::to_string(period.year) + "-T" + std::to_string(q));
  }
  return quarters;
}

std::string_view StatsTableName(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests: return "demandes";
    case StatsTable::kOutcomes: return "résultats";
    case StatsTable::kAnswerQuality: return "qualité des réponses";
    case StatsTable::kTypologyFit: return "adéquation de la typologie";
  }
  return "";
}

std::array<std::string_view, 3> StatsDimensionNames(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests: return {"catégorie nationale", "tranche d’âge", "trimestre"};
    case StatsTable::kOutcomes: return {"catégorie nationale", "résultat", ""};
    case StatsTable::kAnswerQuality: return {"champ", "réponse", ""};
    case StatsTable::kTypologyFit: return {"catégorie nationale", "", ""};
  }
  return {"", "", ""};
}

namespace {

std::vector<std::string> Texts(const std::vector<std::string_view>& values) {
  return {values.begin(), values.end()};
}

}  // namespace

std::array<std::vector<std::string>, 2> StatsPlane(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests: return {Texts(StatsNationalCategories()), Texts(StatsAgeBands())};
    case StatsTable::kOutcomes: return {Texts(StatsNationalCategories()), Texts(StatsOutcomes())};
    case StatsTable::kAnswerQuality:
      return {Texts(StatsAnswerFields()), Texts(StatsAnswerStates())};
    case StatsTable::kTypologyFit: return {Texts(StatsNationalCategories()), {""}};
  }
  return {};
}

std::vector<StatsKey> StatsCells(StatsTable table, const StatsPeriod& period, StatsMode mode) {
  const std::array<std::vector<std::string>, 2> plane = StatsPlane(table);
  // Only the requests table has a third dimension: the quarter.
  const std::vector<std::string> thirds =
      table == StatsTable::kRequests ? StatsQuarters(period) : std::vector<std::string>{""};
  const bool one_dimension = table == StatsTable::kTypologyFit;
  const std::string margin(kStatsMargin);
  std::vector<StatsKey> cells;
  for (const std::string& first : plane[0]) {
    for (const std::string& second : plane[1]) {
      for (const std::string& third : thirds) cells.push_back({first, second, third});
    }
  }
  if (mode != StatsMode::kConventional) return cells;
  if (!one_dimension) {
    for (const std::string& second : plane[1]) {
      for (const std::string& third : thirds) cells.push_back({margin, second, third});
    }
    for (const std::string& first : plane[0]) {
      for (const std::string& third : thirds) cells.push_back({first, margin, third});
    }
  }
  for (const std::string& third : thirds) {
    cells.push_back({margin, one_dimension ? "" : margin, third});
  }
  return cells;
}

int DefaultStatsBound(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests:  // the same bound as the outcomes table
    case StatsTable::kOutcomes: return 3;
    case StatsTable::kAnswerQuality: return static_cast<int>(StatsAnswerFields().size());
    case StatsTable::kTypologyFit: return 2;
  }
  return 1;
}

}  // namespace carnet
