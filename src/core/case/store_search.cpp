// Store search: full text over names, requests, contacts and notes (FTS5, accents ignored).
#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

namespace {

constexpr int kMaxWords = 8;

// Turns what the user typed into an FTS5 query in which every word must start a word of the
// text: `élo dup` -> `"élo"* "dup"*`. Quotes are doubled, so no input can be read as FTS5
// syntax (operators, columns, NEAR...).
std::string ToFtsQuery(std::string_view text) {
  std::string query;
  int words = 0;
  std::size_t i = 0;
  while (i < text.size() && words < kMaxWords) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    if (i == start) break;
    std::string word;
    bool has_token = false;  // a word of punctuation only would make an empty phrase
    for (const char c : text.substr(start, i - start)) {
      const auto u = static_cast<unsigned char>(c);
      has_token = has_token || u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                  (c >= 'A' && c <= 'Z');
      if (c == '"') word += '"';
      word += c;
    }
    if (!has_token) continue;
    if (!query.empty()) query += ' ';
    query += '"' + word + "\"*";
    ++words;
  }
  return query;
}

const char* WhereName(std::int64_t kind) {
  switch (static_cast<IndexKind>(kind)) {
    case IndexKind::kPerson: return "person";
    case IndexKind::kRequest: return "request";
    case IndexKind::kContact: return "contact";
    case IndexKind::kNote: return "note";
  }
  return "person";
}

}  // namespace

Result<std::vector<SearchHit>> Store::Search(std::string_view text, int limit) {
  if (Status s = CheckText(text, "text", 200, TextKind::kLine, false); !s.ok()) return s;
  if (limit < 1 || limit > 1000) {
    return Status::Invalid(Problem::kOutOfRange, "limit", "1 to 1000 results");
  }
  const std::string query = ToFtsQuery(text);
  std::vector<SearchHit> hits;
  if (query.empty()) return hits;
  // Names first, then by relevance.
  CARNET_TRY(
      ForEachRow(db_, R"sql(
    SELECT s.dossier_id, d.display_name, s.kind,
           snippet(search_index, 0, '[', ']', '…', 10)
    FROM search_index s
    JOIN dossier d ON d.id = s.dossier_id
    WHERE search_index MATCH ?1
    ORDER BY s.kind <> 0, s.rank
    LIMIT ?2)sql",
                 {query, static_cast<std::int64_t>(limit)}, [&hits](const Rows& r) {
                   hits.push_back(SearchHit{r.Int(0), r.Text(1), WhereName(r.Int(2)), r.Text(3)});
                 }));
  return hits;
}

}  // namespace carnet
