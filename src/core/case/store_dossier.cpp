// Store commands about the person and the dossier's place in the support process.
#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

namespace {

Status CheckAnswerState(AnswerState state, const char* field) {
  if (static_cast<int>(state) >= kAnswerStateCount) {
    return Status::Invalid(Problem::kOutOfRange, field, "unknown answer state");
  }
  return Status::Ok();
}

Status CheckBirth(const Answer<BirthDate>& birth) {
  CARNET_TRY(CheckAnswerState(birth.state, "birth"));
  if (!birth.has_value()) return Status::Ok();
  const BirthDate& b = birth.value;
  const bool ok = b.year >= kMinYear && b.year <= kMaxYear && b.month >= 0 && b.month <= 12 &&
                  b.day >= 0 && (b.day == 0 || b.month != 0) &&
                  (b.day == 0 || DayFromYmd(b.year, b.month, b.day).has_value());
  if (!ok) return Status::Invalid(Problem::kInvalidDate, "birth", "not a valid birth date");
  return Status::Ok();
}

Status CheckPhone(const Answer<std::string>& phone) {
  CARNET_TRY(CheckAnswerState(phone.state, "phone"));
  if (!phone.has_value()) return Status::Ok();
  CARNET_TRY(CheckText(phone.value, "phone", kPhoneMax, TextKind::kLine, true));
  for (const char c : phone.value) {
    const bool ok = (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '.' || c == '-' ||
                    c == '(' || c == ')';
    if (!ok) return Status::Invalid(Problem::kInvalidText, "phone", "digits, spaces and + . - ( )");
  }
  return Status::Ok();
}

Status CheckPerson(const PersonFields& p) {
  CARNET_TRY(CheckText(p.first_name, "first_name", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(p.last_name, "last_name", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(p.alias, "alias", kNameMax, TextKind::kLine, false));
  if (Trim(p.first_name).empty() && Trim(p.last_name).empty() && Trim(p.alias).empty()) {
    return Status::Invalid(Problem::kRequired, "last_name", "a name or an alias is required");
  }
  CARNET_TRY(CheckBirth(p.birth));
  CARNET_TRY(CheckAnswerState(p.address.state, "address"));
  if (p.address.has_value()) {
    CARNET_TRY(CheckText(p.address.value, "address", kAddressMax, TextKind::kMultiline, true));
  }
  CARNET_TRY(CheckPhone(p.phone));
  CARNET_TRY(CheckAnswerState(p.household_size.state, "household_size"));
  if (p.household_size.has_value() && (p.household_size.value < 1 || p.household_size.value > 30)) {
    return Status::Invalid(Problem::kOutOfRange, "household_size", "1 to 30 people");
  }
  return Status::Ok();
}

std::string DisplayName(const PersonFields& p) {
  std::string name(Trim(p.last_name));
  const std::string_view first = Trim(p.first_name);
  if (!first.empty()) name += name.empty() ? std::string(first) : " " + std::string(first);
  const std::string_view alias = Trim(p.alias);
  if (name.empty()) return std::string(alias);
  if (!alias.empty()) name += " (" + std::string(alias) + ")";
  return name;
}

SqlArg AnswerInt(const Answer<int>& a) {
  return a.has_value() ? SqlArg(static_cast<std::int64_t>(a.value)) : SqlArg(nullptr);
}
SqlArg AnswerText(const Answer<std::string>& a) {
  return a.has_value() ? SqlArg(std::string_view(a.value)) : SqlArg(nullptr);
}
SqlArg Positive(int v) { return v > 0 ? SqlArg(static_cast<std::int64_t>(v)) : SqlArg(nullptr); }
std::int64_t State(AnswerState s) { return static_cast<std::int64_t>(s); }

// Writes the person's row (a new one when person_id is 0).
Result<Id> WritePerson(Database& db, Id person_id, const PersonFields& p) {
  const BirthDate b = p.birth.has_value() ? p.birth.value : BirthDate{};
  CARNET_TRY(Run(
      db, R"sql(
    INSERT OR REPLACE INTO person(id, first_name, last_name, alias,
      birth_state, birth_year, birth_month, birth_day, address_state, address,
      phone_state, phone, household_size_state, household_size)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))sql",
      {person_id == 0 ? SqlArg(nullptr) : SqlArg(person_id), Trim(p.first_name), Trim(p.last_name),
       Trim(p.alias), State(p.birth.state), Positive(b.year), Positive(b.month), Positive(b.day),
       State(p.address.state), AnswerText(p.address), State(p.phone.state), AnswerText(p.phone),
       State(p.household_size.state), AnswerInt(p.household_size)}));
  return person_id == 0 ? db.LastInsertId() : person_id;
}

Result<std::string> CheckStatusCode(Database& db, const std::string& code, const char* field) {
  Result<Rows> rows =
      Select(db, "SELECT closes, active FROM process_status WHERE code = ?1", {code});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value() || rows.value().Int(1) == 0) {
    return Status::Invalid(Problem::kUnknownReference, field, "no active step '" + code + "'");
  }
  if (rows.value().Int(0) != 0) {
    return Status::Invalid(Problem::kWrongState, field, "closing is done with CloseDossier");
  }
  return code;
}

Result<std::string> FirstOrLastOpenStatus(Database& db, bool last) {
  Result<Rows> rows = Select(db, last ? "SELECT code FROM process_status WHERE active AND NOT "
                                        "closes ORDER BY position DESC LIMIT 1"
                                      : "SELECT code FROM process_status WHERE active AND NOT "
                                        "closes ORDER BY position LIMIT 1");
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Error(StatusCode::kInternal, "the support process has no step");
  return rows.value().Text(0);
}

Result<std::string> ClosingStatus(Database& db) {
  Result<Rows> rows =
      Select(db, "SELECT code FROM process_status WHERE closes ORDER BY position LIMIT 1");
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Error(StatusCode::kInternal, "no closing step");
  return rows.value().Text(0);
}

}  // namespace

Result<Id> Store::Apply(const CreateDossier& c) {
  CARNET_TRY(CheckPerson(c.person));
  if (!IsValidDay(c.opened_on)) {
    return Status::Invalid(Problem::kInvalidDate, "opened_on", "not a valid date");
  }
  Result<std::string> status = c.status_code.empty()
                                   ? FirstOrLastOpenStatus(db_, false)
                                   : CheckStatusCode(db_, c.status_code, "status_code");
  if (!status.ok()) return status.status();

  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  Result<Id> person = WritePerson(db_, 0, c.person);
  if (!person.ok()) return person.status();
  const std::string display = DisplayName(c.person);
  CARNET_TRY(Run(db_,
                 // Above every number used so far, erased dossiers' included (erasure.cpp).
                 "INSERT INTO dossier(id, person_id, status_code, opened_on, display_name, "
                 "sort_key) VALUES (max(coalesce((SELECT max(id) FROM dossier), 0), "
                 "coalesce((SELECT CAST(value AS INTEGER) FROM setting "
                 "WHERE key = 'dossier_id_floor'), 0)) + 1, ?1, ?2, ?3, ?4, ?5)",
                 {person.value(), status.value(), static_cast<std::int64_t>(c.opened_on), display,
                  FoldForSort(display)}));
  const Id dossier = db_.LastInsertId();
  CARNET_TRY(IndexText(db_, IndexKind::kPerson, person.value(), dossier, display));
  CARNET_TRY(AddEvent(db_, dossier, EventKind::kOpened, c.opened_on, status.value()));
  CARNET_TRY(savepoint.Release());
  return dossier;
}

Status Store::Apply(const UpdatePerson& c) {
  Result<std::optional<std::int64_t>> person =
      SelectInt(db_, "SELECT person_id FROM dossier WHERE id = ?1", {c.dossier_id});
  if (!person.ok()) return person.status();
  if (!person.value()) {
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no such dossier");
  }
  CARNET_TRY(CheckPerson(c.person));
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  const Id person_id = *person.value();
  Result<Id> written = WritePerson(db_, person_id, c.person);
  if (!written.ok()) return written.status();
  const std::string display = DisplayName(c.person);
  CARNET_TRY(Run(db_, "UPDATE dossier SET display_name = ?2, sort_key = ?3 WHERE id = ?1",
                 {c.dossier_id, display, FoldForSort(display)}));
  CARNET_TRY(UnindexText(db_, IndexKind::kPerson, person_id));
  CARNET_TRY(IndexText(db_, IndexKind::kPerson, person_id, c.dossier_id, display));
  return savepoint.Release();
}

Result<Id> Store::Apply(const AddHouseholdMember& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(CheckText(c.name, "name", kNameMax, TextKind::kLine, true));
  CARNET_TRY(CheckText(c.relation, "relation", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckAnswerState(c.birth_year.state, "birth_year"));
  if (c.birth_year.has_value() &&
      (c.birth_year.value < kMinYear || c.birth_year.value > kMaxYear)) {
    return Status::Invalid(Problem::kInvalidDate, "birth_year", "not a valid year");
  }
  CARNET_TRY(Run(db_,
                 "INSERT INTO household_member(dossier_id, name, relation, birth_year_state, "
                 "birth_year) VALUES (?1, ?2, ?3, ?4, ?5)",
                 {c.dossier_id, Trim(c.name), Trim(c.relation), State(c.birth_year.state),
                  AnswerInt(c.birth_year)}));
  return db_.LastInsertId();
}

Status Store::Apply(const ChangeDossierStatus& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(RequireOpen(dossier.value()));
  CARNET_TRY(CheckDayInDossier(dossier.value(), c.on, "on"));
  Result<std::string> status = CheckStatusCode(db_, c.status_code, "status_code");
  if (!status.ok()) return status.status();
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE dossier SET status_code = ?2 WHERE id = ?1",
                 {c.dossier_id, status.value()}));
  CARNET_TRY(AddEvent(db_, c.dossier_id, EventKind::kStatusChanged, c.on, status.value()));
  return savepoint.Release();
}

Status Store::Apply(const CloseDossier& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  if (dossier.value().closed) {
    return Status::Invalid(Problem::kWrongState, "dossier_id", "the dossier is already closed");
  }
  if (!IsValidDay(c.closed_on)) {
    return Status::Invalid(Problem::kInvalidDate, "closed_on", "not a valid date");
  }
  if (c.closed_on < dossier.value().opened_on) {
    return Status::Invalid(Problem::kClosingBeforeOpening, "closed_on",
                           "the closing date is before the opening date");
  }
  Result<std::optional<std::int64_t>> last_contact =
      SelectInt(db_, "SELECT last_contact_at FROM dossier WHERE id = ?1", {c.dossier_id});
  if (!last_contact.ok()) return last_contact.status();
  if (last_contact.value() && DayOfMinute(*last_contact.value()) > c.closed_on) {
    return Status::Invalid(Problem::kBeforeLastContact, "closed_on",
                           "the closing date is before the last contact");
  }
  Result<std::string> closing = ClosingStatus(db_);
  if (!closing.ok()) return closing.status();
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE dossier SET status_code = ?2, closed_on = ?3 WHERE id = ?1",
                 {c.dossier_id, closing.value(), static_cast<std::int64_t>(c.closed_on)}));
  // A closed dossier has no next step: its open tasks and appointments are cancelled.
  CARNET_TRY(
      Run(db_, "UPDATE task SET status = 2 WHERE dossier_id = ?1 AND status = 0", {c.dossier_id}));
  CARNET_TRY(AddEvent(db_, c.dossier_id, EventKind::kClosed, c.closed_on, closing.value()));
  CARNET_TRY(RefreshSummary(db_, c.dossier_id));
  return savepoint.Release();
}

Status Store::Apply(const ReopenDossier& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  if (!dossier.value().closed) {
    return Status::Invalid(Problem::kWrongState, "dossier_id", "the dossier is not closed");
  }
  if (!IsValidDay(c.on)) return Status::Invalid(Problem::kInvalidDate, "on", "not a valid date");
  if (c.on < dossier.value().closed_on) {
    return Status::Invalid(Problem::kBeforeOpening, "on", "before the dossier was closed");
  }
  Result<std::string> status = c.status_code.empty()
                                   ? FirstOrLastOpenStatus(db_, true)
                                   : CheckStatusCode(db_, c.status_code, "status_code");
  if (!status.ok()) return status.status();
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE dossier SET status_code = ?2, closed_on = NULL WHERE id = ?1",
                 {c.dossier_id, status.value()}));
  CARNET_TRY(AddEvent(db_, c.dossier_id, EventKind::kReopened, c.on, status.value()));
  return savepoint.Release();
}

Result<PersonFields> Store::Person(Id dossier_id) {
  Result<Rows> rows = Select(db_, R"sql(
    SELECT p.first_name, p.last_name, p.alias, p.birth_state, p.birth_year, p.birth_month,
           p.birth_day, p.address_state, p.address, p.phone_state, p.phone,
           p.household_size_state, p.household_size
    FROM dossier d JOIN person p ON p.id = d.person_id WHERE d.id = ?1)sql",
                             {dossier_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value())
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no such dossier");
  const Rows& r = rows.value();
  PersonFields p;
  p.first_name = r.Text(0);
  p.last_name = r.Text(1);
  p.alias = r.Text(2);
  p.birth.state = static_cast<AnswerState>(r.Int(3));
  p.birth.value =
      BirthDate{static_cast<int>(r.Int(4)), static_cast<int>(r.Int(5)), static_cast<int>(r.Int(6))};
  p.address.state = static_cast<AnswerState>(r.Int(7));
  p.address.value = r.Text(8);
  p.phone.state = static_cast<AnswerState>(r.Int(9));
  p.phone.value = r.Text(10);
  p.household_size.state = static_cast<AnswerState>(r.Int(11));
  p.household_size.value = static_cast<int>(r.Int(12));
  if (!p.birth.has_value()) p.birth.value = {};
  return p;
}

}  // namespace carnet
