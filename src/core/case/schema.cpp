#include "core/case/schema.h"

#include <string>

#include "core/case/store.h"

namespace carnet {
namespace {

// Version 1: the case file. Dates are Day numbers, times Minute numbers (calendar.h).
// The overview and the agenda read the dossier table alone: it carries the person's display
// name and sort key, and summarises its contacts, tasks and requests (last_contact_at,
// next_due_*, open_requests); the commands keep these exact.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE process_status(
  code TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL,
  closes INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1) WITHOUT ROWID;
CREATE TABLE category(
  code TEXT PRIMARY KEY, label TEXT NOT NULL, parent_code TEXT REFERENCES category(code),
  no_fit INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE person(
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL, last_name TEXT NOT NULL, alias TEXT NOT NULL,
  birth_state INTEGER NOT NULL, birth_year INTEGER, birth_month INTEGER, birth_day INTEGER,
  address_state INTEGER NOT NULL, address TEXT,
  phone_state INTEGER NOT NULL, phone TEXT,
  household_size_state INTEGER NOT NULL, household_size INTEGER);
CREATE TABLE dossier(
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL UNIQUE REFERENCES person(id),
  status_code TEXT NOT NULL REFERENCES process_status(code),
  opened_on INTEGER NOT NULL, closed_on INTEGER,
  display_name TEXT NOT NULL, sort_key TEXT NOT NULL,
  last_contact_at INTEGER, next_due_on INTEGER, next_due_task INTEGER, next_due_title TEXT,
  open_requests INTEGER NOT NULL DEFAULT 0);
CREATE TABLE household_member(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  name TEXT NOT NULL, relation TEXT NOT NULL,
  birth_year_state INTEGER NOT NULL, birth_year INTEGER);
CREATE TABLE dossier_event(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  kind INTEGER NOT NULL, on_day INTEGER NOT NULL, status_code TEXT NOT NULL);
CREATE TABLE request(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  opened_on INTEGER NOT NULL, status INTEGER NOT NULL DEFAULT 0, outcome_on INTEGER,
  subject TEXT NOT NULL);
CREATE TABLE request_category(
  request_id INTEGER NOT NULL REFERENCES request(id),
  category_code TEXT NOT NULL REFERENCES category(code),
  PRIMARY KEY(request_id, category_code)) WITHOUT ROWID;
CREATE TABLE contact(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  kind INTEGER NOT NULL, at INTEGER NOT NULL, duration_minutes INTEGER,
  summary TEXT NOT NULL);
CREATE TABLE contact_request(
  contact_id INTEGER NOT NULL REFERENCES contact(id),
  request_id INTEGER NOT NULL REFERENCES request(id),
  PRIMARY KEY(contact_id, request_id)) WITHOUT ROWID;
CREATE TABLE task(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  kind INTEGER NOT NULL, title TEXT NOT NULL, due_on INTEGER NOT NULL, due_minute INTEGER,
  reminder_minutes INTEGER, status INTEGER NOT NULL DEFAULT 0, done_at INTEGER);
CREATE TABLE note(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossier(id),
  written_at INTEGER NOT NULL, text TEXT NOT NULL);

CREATE INDEX dossier_by_status ON dossier(status_code);
CREATE INDEX dossier_by_name ON dossier(sort_key);
CREATE INDEX event_by_dossier ON dossier_event(dossier_id, on_day);
CREATE INDEX request_by_dossier ON request(dossier_id, status);
CREATE INDEX request_by_category ON request_category(category_code, request_id);
CREATE INDEX contact_by_dossier ON contact(dossier_id, at);
CREATE INDEX contact_request_by_request ON contact_request(request_id);
-- Open items in the order of the agenda and the overview: by day, then time, untimed last.
CREATE INDEX task_by_dossier ON task(dossier_id, status, due_on, coalesce(due_minute, 1440), id);
-- Covers the agenda's query: it reads no task row.
CREATE INDEX task_by_due
  ON task(status, due_on, coalesce(due_minute, 1440), dossier_id, kind, due_minute, title);
CREATE INDEX note_by_dossier ON note(dossier_id, written_at);
CREATE INDEX member_by_dossier ON household_member(dossier_id);

-- Full-text search over names, request subjects, contact summaries and notes, ignoring
-- accents and case. kind: 0 person, 1 request, 2 contact, 3 note.
CREATE VIRTUAL TABLE search_index USING fts5(
  text, kind UNINDEXED, ref_id UNINDEXED, dossier_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO setting VALUES ('retention_months', '24'), ('typology_version', 'national-2026.1');
INSERT INTO process_status(code, label, position, closes) VALUES
  ('accueil', 'Accueil', 1, 0), ('evaluation', 'Évaluation', 2, 0),
  ('plan_aide', 'Plan d’aide', 3, 0), ('suivi', 'Suivi', 4, 0), ('cloture', 'Clôturé', 5, 1);
)sql";

// The default typology for the social service of a health-insurance fund: national
// categories (version national-2026.1), each with local sub-categories and its own "no
// sub-category fits" answer, and "no category fits" as a national answer of its own.
constexpr const char* kDefaultTypology = R"sql(
INSERT INTO category(code, label, parent_code, no_fit, position) VALUES
  ('DROITS', 'Accès aux droits', NULL, 0, 10),
  ('DROITS.CSS', 'Complémentaire santé solidaire', 'DROITS', 0, 11),
  ('DROITS.IJ', 'Indemnités journalières', 'DROITS', 0, 12),
  ('DROITS.INVALIDITE', 'Pension d’invalidité', 'DROITS', 0, 13),
  ('DROITS.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'DROITS', 1, 19),
  ('SANTE', 'Santé et accès aux soins', NULL, 0, 20),
  ('SANTE.RENONCEMENT', 'Renoncement aux soins', 'SANTE', 0, 21),
  ('SANTE.SORTIE_HOSPI', 'Retour à domicile après hospitalisation', 'SANTE', 0, 22),
  ('SANTE.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'SANTE', 1, 29),
  ('EMPLOI', 'Maintien dans l’emploi malgré la maladie', NULL, 0, 30),
  ('EMPLOI.PDP', 'Prévention de la désinsertion professionnelle', 'EMPLOI', 0, 31),
  ('EMPLOI.REPRISE', 'Reprise du travail', 'EMPLOI', 0, 32),
  ('EMPLOI.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'EMPLOI', 1, 39),
  ('AUTONOMIE', 'Perte d’autonomie', NULL, 0, 40),
  ('AUTONOMIE.AIDE_DOMICILE', 'Aide à domicile', 'AUTONOMIE', 0, 41),
  ('AUTONOMIE.AIDANT', 'Soutien à l’aidant', 'AUTONOMIE', 0, 42),
  ('AUTONOMIE.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'AUTONOMIE', 1, 49),
  ('LOGEMENT', 'Logement', NULL, 0, 50),
  ('LOGEMENT.ADAPTATION', 'Adaptation du logement', 'LOGEMENT', 0, 51),
  ('LOGEMENT.MAINTIEN', 'Maintien dans le logement', 'LOGEMENT', 0, 52),
  ('LOGEMENT.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'LOGEMENT', 1, 59),
  ('BUDGET', 'Budget et ressources', NULL, 0, 60),
  ('BUDGET.DIFFICULTES', 'Difficultés financières', 'BUDGET', 0, 61),
  ('BUDGET.AIDE_FINANCIERE', 'Aide financière', 'BUDGET', 0, 62),
  ('BUDGET.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'BUDGET', 1, 69),
  ('FAMILLE', 'Événements familiaux', NULL, 0, 70),
  ('FAMILLE.DECES', 'Décès d’un proche', 'FAMILLE', 0, 71),
  ('FAMILLE.SEPARATION', 'Séparation', 'FAMILLE', 0, 72),
  ('FAMILLE.NAISSANCE', 'Naissance ou adoption', 'FAMILLE', 0, 73),
  ('FAMILLE.AUCUNE', 'Ne correspond à aucune sous-catégorie', 'FAMILLE', 1, 79),
  ('AUCUNE', 'Ne correspond à aucune catégorie', NULL, 1, 90);
)sql";

// Version 2: the statistics' budget ledger (stats_ledger.h). One row per release, written
// before the file is handed over: the canonical request, the day, the epsilon spent (0 in
// conventional mode), the exact bytes released, and a BLAKE2b chain over every row so far.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE stats_release(
  id INTEGER PRIMARY KEY,
  request TEXT NOT NULL UNIQUE,
  released_on INTEGER NOT NULL,
  epsilon_num INTEGER NOT NULL, epsilon_den INTEGER NOT NULL,
  file BLOB NOT NULL,
  chain BLOB NOT NULL);
)sql";

// Version 3: sharing and the person's rights (sharing_store.h, disclosure.h, access_log.h).
// The vault's own key pairs (one row, made on first use), the contacts' public keys, the
// packages received (kept read-only as the decrypted payload), the register of disclosures,
// the access log, and the transfer's purge date on the dossier. A disclosure outlives its
// dossier: erasure clears dossier_id and the purpose, keeping a trace without the person.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE identity(
  id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL,
  box_public BLOB NOT NULL, box_secret BLOB NOT NULL,
  sign_public BLOB NOT NULL, sign_secret BLOB NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE contact_key(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  box_key BLOB NOT NULL UNIQUE, sign_key BLOB NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL, added_at INTEGER NOT NULL, confirmed_at INTEGER);
CREATE TABLE received_package(
  id INTEGER PRIMARY KEY, package_id BLOB NOT NULL UNIQUE,
  contact_id INTEGER NOT NULL REFERENCES contact_key(id),
  kind INTEGER NOT NULL, sent_at INTEGER NOT NULL, received_at INTEGER NOT NULL,
  display_name TEXT NOT NULL, purpose TEXT NOT NULL, payload BLOB NOT NULL,
  adopted_dossier_id INTEGER);
CREATE TABLE disclosure(
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER REFERENCES dossier(id),
  at INTEGER NOT NULL, kind INTEGER NOT NULL,
  recipient TEXT NOT NULL, recipient_fingerprint TEXT NOT NULL DEFAULT '',
  parts TEXT NOT NULL, purpose TEXT NOT NULL,
  basis INTEGER NOT NULL, basis_reference TEXT NOT NULL DEFAULT '',
  package_id BLOB);
CREATE INDEX disclosure_by_dossier ON disclosure(dossier_id, at);
CREATE INDEX disclosure_by_at ON disclosure(at);
CREATE TABLE access_log(
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, action INTEGER NOT NULL,
  dossier_id INTEGER, detail TEXT NOT NULL DEFAULT '');
CREATE INDEX access_log_by_at ON access_log(at);
ALTER TABLE dossier ADD COLUMN transferred_on INTEGER;
ALTER TABLE dossier ADD COLUMN purge_on INTEGER;
INSERT INTO setting VALUES ('access_log_months', '12');
)sql";

struct Migration {
  int version;
  const char* sql;
  const char* data;  // default content, or null
};

constexpr Migration kMigrations[] = {
    {1, kVersion1, kDefaultTypology},
    {2, kVersion2, nullptr},
    {3, kVersion3, nullptr},
};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion,
              "one migration per schema version");

Status Rollback(Database& db, Status failure) {
  (void)db.Exec("ROLLBACK");
  return failure;
}

}  // namespace

Result<int> SchemaVersion(Database& db) {
  Result<Statement> stmt = db.Prepare("PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt.value().Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(stmt.value().ColumnInt(0));
}

Status Migrate(Database& db) {
  if (Status s = db.Exec("PRAGMA foreign_keys = ON"); !s.ok()) return s;
  Result<int> version = SchemaVersion(db);
  if (!version.ok()) return version.status();
  if (version.value() > kSchemaVersion) {
    return Status::Error(StatusCode::kInvalidArgument,
                         "this case file was written by a newer version of Carnet (schema " +
                             std::to_string(version.value()) + ")");
  }
  if (version.value() == 0) {
    Result<Statement> tables = db.Prepare("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    if (Result<bool> row = tables.value().Step(); !row.ok()) return row.status();
    if (tables.value().ColumnInt(0) != 0) {
      return Status::Error(StatusCode::kInvalidArgument, "not a Carnet case file");
    }
  }
  for (const Migration& migration : kMigrations) {
    if (migration.version <= version.value()) continue;
    if (Status s = db.Exec("BEGIN"); !s.ok()) return s;
    if (Status s = db.Exec(migration.sql); !s.ok()) return Rollback(db, s);
    if (migration.data != nullptr) {
      if (Status s = db.Exec(migration.data); !s.ok()) return Rollback(db, s);
    }
    const std::string set_version = "PRAGMA user_version = " + std::to_string(migration.version);
    if (Status s = db.Exec(set_version); !s.ok()) return Rollback(db, s);
    if (Status s = db.Exec("COMMIT"); !s.ok()) return Rollback(db, s);
  }
  return Status::Ok();
}

}  // namespace carnet
