#include "core/sharing/share_payload_codec.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/base/byte_io.h"
#include "core/base/text_rules.h"
#include "core/case/field_rules.h"

namespace carnet {
namespace {

using field_rules::kAddressMax;
using field_rules::kLabelMax;
using field_rules::kNameMax;
using field_rules::kNoteMax;
using field_rules::kPhoneMax;
using field_rules::kSubjectMax;
using field_rules::kSummaryMax;
using field_rules::kTitleMax;

// ---- The rules, on the structure ----

Status OutOfRange(const char* field, const char* what) {
  return Status::Invalid(Problem::kOutOfRange, field, what);
}

// Days and times within the years Carnet accepts, compared as numbers: a Minute far out of range
// must not wrap into a valid Day.
Day FirstDay() { return DayFromYmd(kMinYear, 1, 1).value_or(0); }
Day LastDay() { return DayFromYmd(kMaxYear, 12, 31).value_or(0); }

Status CheckDay(Day day, const char* field) {
  if (day < FirstDay() || day > LastDay()) {
    return Status::Invalid(Problem::kInvalidDate, field, "not a date Carnet accepts");
  }
  return Status::Ok();
}

Status CheckMinute(Minute at, const char* field) {
  const Minute first = Minute{FirstDay()} * kMinutesPerDay;
  const Minute end = (Minute{LastDay()} + 1) * kMinutesPerDay;
  if (at < first || at >= end) {
    return Status::Invalid(Problem::kInvalidDate, field, "not a time Carnet accepts");
  }
  return Status::Ok();
}

Status CheckState(AnswerState state, const char* field) {
  if (static_cast<int>(state) >= kAnswerStateCount) return OutOfRange(field, "unknown answer");
  return Status::Ok();
}

Status CheckYear(int year, const char* field) {
  if (year < kMinYear || year > kMaxYear) {
    return Status::Invalid(Problem::kInvalidDate, field, "not a year Carnet accepts");
  }
  return Status::Ok();
}

Status CheckCount(std::size_t count, const char* field) {
  if (count > kSharePayloadMaxItems) {
    return Status::Invalid(Problem::kTooLong, field, "more items than a package may carry");
  }
  return Status::Ok();
}

Status CheckPerson(const PersonFields& p) {
  CARNET_TRY(CheckText(p.first_name, "first_name", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(p.last_name, "last_name", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(p.alias, "alias", kNameMax, TextKind::kLine, false));
  CARNET_TRY(CheckState(p.birth.state, "birth"));
  if (p.birth.has_value()) {
    const BirthDate& b = p.birth.value;
    CARNET_TRY(CheckYear(b.year, "birth"));
    const bool ok = b.month >= 0 && b.month <= 12 && b.day >= 0 && (b.day == 0 || b.month != 0) &&
                    (b.day == 0 || DayFromYmd(b.year, b.month, b.day).has_value());
    if (!ok) return Status::Invalid(Problem::kInvalidDate, "birth", "not a valid birth date");
  }
  CARNET_TRY(CheckState(p.address.state, "address"));
  if (p.address.has_value()) {
    CARNET_TRY(CheckText(p.address.value, "address", kAddressMax, TextKind::kMultiline, true));
  }
  CARNET_TRY(CheckState(p.phone.state, "phone"));
  if (p.phone.has_value()) {
    CARNET_TRY(CheckText(p.phone.value, "phone", kPhoneMax, TextKind::kLine, true));
  }
  CARNET_TRY(CheckState(p.household_size.state, "household_size"));
  if (p.household_size.has_value() && (p.household_size.value < 1 || p.household_size.value > 30)) {
    return OutOfRange("household_size", "1 to 30 people");
  }
  return Status::Ok();
}

Status CheckHousehold(const std::vector<SharedHouseholdMember>& household) {
  CARNET_TRY(CheckCount(household.size(), "household"));
  for (const SharedHouseholdMember& m : household) {
    CARNET_TRY(CheckText(m.name, "household", kNameMax, TextKind::kLine, true));
    CARNET_TRY(CheckText(m.relation, "household", kNameMax, TextKind::kLine, false));
    CARNET_TRY(CheckState(m.birth_year.state, "household"));
    if (m.birth_year.has_value()) CARNET_TRY(CheckYear(m.birth_year.value, "household"));
  }
  return Status::Ok();
}

Status CheckRequests(const std::vector<SharedRequest>& requests) {
  CARNET_TRY(CheckCount(requests.size(), "requests"));
  for (const SharedRequest& r : requests) {
    CARNET_TRY(CheckDay(r.opened_on, "requests"));
    if (static_cast<int>(r.status) >= kRequestStatusCount) {
      return OutOfRange("requests", "unknown request status");
    }
    if (r.outcome_on) CARNET_TRY(CheckDay(*r.outcome_on, "requests"));
    CARNET_TRY(CheckText(r.subject, "requests", kSubjectMax, TextKind::kLine, false));
    CARNET_TRY(CheckCount(r.categories.size(), "requests"));
    for (const SharedCategory& c : r.categories) {
      CARNET_TRY(field_rules::CheckCode(c.code, "requests"));
      CARNET_TRY(CheckText(c.label, "requests", kLabelMax, TextKind::kLine, true));
    }
  }
  return Status::Ok();
}

Status CheckContacts(const std::vector<SharedContact>& contacts) {
  CARNET_TRY(CheckCount(contacts.size(), "contacts"));
  for (const SharedContact& c : contacts) {
    if (static_cast<int>(c.kind) >= kContactKindCount) {
      return OutOfRange("contacts", "unknown kind of contact");
    }
    CARNET_TRY(CheckMinute(c.at, "contacts"));
    if (c.duration_minutes && (*c.duration_minutes < 1 || *c.duration_minutes > kMinutesPerDay)) {
      return OutOfRange("contacts", "1 minute to 24 hours");
    }
    CARNET_TRY(CheckText(c.summary, "contacts", kSummaryMax, TextKind::kMultiline, false));
  }
  return Status::Ok();
}

Status CheckNotes(const std::vector<SharedNote>& notes) {
  CARNET_TRY(CheckCount(notes.size(), "notes"));
  for (const SharedNote& n : notes) {
    CARNET_TRY(CheckMinute(n.at, "notes"));
    CARNET_TRY(CheckText(n.text, "notes", kNoteMax, TextKind::kMultiline, true));
  }
  return Status::Ok();
}

Status CheckTasks(const SharePayload& payload) {
  CARNET_TRY(CheckCount(payload.tasks.size(), "tasks"));
  if (payload.kind != ShareKind::kTransfer && !payload.tasks.empty()) {
    return Status::Invalid(Problem::kWrongState, "tasks", "only a transfer carries open tasks");
  }
  for (const SharedTask& t : payload.tasks) {
    if (t.kind != TaskKind::kTask && t.kind != TaskKind::kAppointment) {
      return OutOfRange("tasks", "unknown kind of task");
    }
    CARNET_TRY(CheckText(t.title, "tasks", kTitleMax, TextKind::kLine, true));
    CARNET_TRY(CheckDay(t.due_on, "tasks"));
    if (t.kind == TaskKind::kAppointment && !t.due_minute_of_day) {
      return Status::Invalid(Problem::kRequired, "tasks", "an appointment has a time");
    }
    if (t.due_minute_of_day &&
        (*t.due_minute_of_day < 0 || *t.due_minute_of_day >= kMinutesPerDay)) {
      return Status::Invalid(Problem::kInvalidDate, "tasks", "not a valid time");
    }
  }
  return Status::Ok();
}

// ---- Writing ----

void Str(ByteWriter& w, const std::string& s) {
  w.U32(static_cast<std::uint32_t>(s.size()));
  w.Raw(std::string_view(s));
}

void I32(ByteWriter& w, std::int32_t v) { w.U32(static_cast<std::uint32_t>(v)); }
void I64(ByteWriter& w, std::int64_t v) { w.U64(static_cast<std::uint64_t>(v)); }
void Count(ByteWriter& w, std::size_t n) { w.U32(static_cast<std::uint32_t>(n)); }

void WritePerson(ByteWriter& w, const PersonFields& p) {
  Str(w, p.first_name);
  Str(w, p.last_name);
  Str(w, p.alias);
  w.U8(static_cast<std::uint8_t>(p.birth.state));
  if (p.birth.has_value()) {
    w.U16(static_cast<std::uint16_t>(p.birth.value.year));
    w.U8(static_cast<std::uint8_t>(p.birth.value.month));
    w.U8(static_cast<std::uint8_t>(p.birth.value.day));
  }
  w.U8(static_cast<std::uint8_t>(p.address.state));
  if (p.address.has_value()) Str(w, p.address.value);
  w.U8(static_cast<std::uint8_t>(p.phone.state));
  if (p.phone.has_value()) Str(w, p.phone.value);
  w.U8(static_cast<std::uint8_t>(p.household_size.state));
  if (p.household_size.has_value()) w.U8(static_cast<std::uint8_t>(p.household_size.value));
}

// ---- Reading: structure first, then the same rules as above ----

class Parser {
 public:
  explicit Parser(ByteView bytes) : r_(bytes) {}

  bool failed() const { return failed_; }
  std::size_t remaining() const { return r_.remaining(); }

  std::uint8_t U8() {
    std::uint8_t v = 0;
    if (!r_.U8(&v)) failed_ = true;
    return v;
  }
  std::uint16_t U16() {
    std::uint16_t v = 0;
    if (!r_.U16(&v)) failed_ = true;
    return v;
  }
  std::uint32_t U32() {
    std::uint32_t v = 0;
    if (!r_.U32(&v)) failed_ = true;
    return v;
  }
  std::int32_t I32() { return static_cast<std::int32_t>(U32()); }
  std::int64_t I64() {
    std::uint64_t v = 0;
    if (!r_.U64(&v)) failed_ = true;
    return static_cast<std::int64_t>(v);
  }
  std::string Str() {
    const std::uint32_t size = U32();
    ByteView bytes;
    if (failed_ || !r_.Raw(size, &bytes)) {
      failed_ = true;
      return {};
    }
    return std::string(reinterpret_cast<const char*>(bytes.data), bytes.size);
  }
  // A presence flag: 0 or 1, nothing else (two encodings of one payload are refused).
  bool Flag() {
    const std::uint8_t v = U8();
    if (v > 1) failed_ = true;
    return v == 1;
  }
  // A list's count, at most kSharePayloadMaxItems.
  std::size_t Count() {
    const std::uint32_t n = U32();
    if (n > kSharePayloadMaxItems) failed_ = true;
    return failed_ ? 0 : n;
  }
  AnswerState State() { return static_cast<AnswerState>(U8()); }
  void Raw(std::uint8_t* out, std::size_t n) {
    ByteView bytes;
    if (!r_.Raw(n, &bytes)) {
      failed_ = true;
      return;
    }
    std::copy(bytes.data, bytes.data + n, out);
  }

 private:
  ByteReader r_;
  bool failed_ = false;
};

void ReadPerson(Parser& p, PersonFields* person) {
  person->first_name = p.Str();
  person->last_name = p.Str();
  person->alias = p.Str();
  person->birth.state = p.State();
  if (person->birth.has_value()) {
    person->birth.value.year = p.U16();
    person->birth.value.month = p.U8();
    person->birth.value.day = p.U8();
  }
  person->address.state = p.State();
  if (person->address.has_value()) person->address.value = p.Str();
  person->phone.state = p.State();
  if (person->phone.has_value()) person->phone.value = p.Str();
  person->household_size.state = p.State();
  if (person->household_size.has_value()) person->household_size.value = p.U8();
}

// The lists, each item read whole before the next; stops at the first truncation.
bool ReadLists(Parser& p, SharePayload* out) {
  for (std::size_t i = 0, n = p.Count(); i < n && !p.failed(); ++i) {
    SharedHouseholdMember m;
    m.name = p.Str();
    m.relation = p.Str();
    m.birth_year.state = p.State();
    if (m.birth_year.has_value()) m.birth_year.value = p.U16();
    out->household.push_back(std::move(m));
  }
  for (std::size_t i = 0, n = p.Count(); i < n && !p.failed(); ++i) {
    SharedRequest r;
    r.opened_on = p.I32();
    r.status = static_cast<RequestStatus>(p.U8());
    if (p.Flag()) r.outcome_on = p.I32();
    r.subject = p.Str();
    for (std::size_t k = 0, m = p.Count(); k < m && !p.failed(); ++k) {
      SharedCategory c;
      c.code = p.Str();
      c.label = p.Str();
      r.categories.push_back(std::move(c));
    }
    out->requests.push_back(std::move(r));
  }
  for (std::size_t i = 0, n = p.Count(); i < n && !p.failed(); ++i) {
    SharedContact c;
    c.kind = static_cast<ContactKind>(p.U8());
    c.at = p.I64();
    if (p.Flag()) c.duration_minutes = p.U16();
    c.summary = p.Str();
    out->contacts.push_back(std::move(c));
  }
  for (std::size_t i = 0, n = p.Count(); i < n && !p.failed(); ++i) {
    SharedNote note;
    note.at = p.I64();
    note.text = p.Str();
    out->notes.push_back(std::move(note));
  }
  for (std::size_t i = 0, n = p.Count(); i < n && !p.failed(); ++i) {
    SharedTask t;
    t.kind = static_cast<TaskKind>(p.U8());
    t.title = p.Str();
    t.due_on = p.I32();
    if (p.Flag()) t.due_minute_of_day = p.U16();
    out->tasks.push_back(std::move(t));
  }
  return !p.failed();
}

Status Refused(const std::string& why) {
  return Status::Error(StatusCode::kCorrupt, Problem::kPackageCorrupt,
                       "share payload refused: " + why);
}

}  // namespace

Status CheckSharePayload(const SharePayload& payload) {
  CARNET_TRY(CheckText(payload.purpose, "purpose", kPurposeMax, TextKind::kMultiline, true));
  if (payload.basis != ShareBasis::kConsentGiven && payload.basis != ShareBasis::kConsentRefused &&
      payload.basis != ShareBasis::kLegalObligation) {
    return OutOfRange("basis", "unknown basis");
  }
  CARNET_TRY(CheckText(payload.basis_reference, "basis_reference", kBasisReferenceMax,
                       TextKind::kLine, payload.basis != ShareBasis::kConsentGiven));
  if (payload.kind != ShareKind::kShare && payload.kind != ShareKind::kTransfer) {
    return OutOfRange("kind", "neither a share nor a transfer");
  }
  CARNET_TRY(CheckMinute(payload.sent_at, "sent_at"));
  CARNET_TRY(
      CheckText(payload.display_name, "display_name", kShareDisplayNameMax, TextKind::kLine, true));
  CARNET_TRY(CheckDay(payload.opened_on, "opened_on"));
  CARNET_TRY(CheckText(payload.status_label, "status_label", kLabelMax, TextKind::kLine, false));
  if (payload.has_person) CARNET_TRY(CheckPerson(payload.person));
  CARNET_TRY(CheckHousehold(payload.household));
  CARNET_TRY(CheckRequests(payload.requests));
  CARNET_TRY(CheckContacts(payload.contacts));
  CARNET_TRY(CheckNotes(payload.notes));
  return CheckTasks(payload);
}

Bytes EncodeSharePayload(const SharePayload& payload) {
  ByteWriter w;
  w.U8(kSharePayloadVersion);
  w.Raw(ByteView(payload.package_id.data(), payload.package_id.size()));
  w.U8(static_cast<std::uint8_t>(payload.kind));
  I64(w, payload.sent_at);
  Str(w, payload.purpose);
  w.U8(static_cast<std::uint8_t>(payload.basis));
  Str(w, payload.basis_reference);
  Str(w, payload.display_name);
  I32(w, payload.opened_on);
  Str(w, payload.status_label);
  w.U8(payload.has_person ? 1 : 0);
  if (payload.has_person) WritePerson(w, payload.person);

  Count(w, payload.household.size());
  for (const SharedHouseholdMember& m : payload.household) {
    Str(w, m.name);
    Str(w, m.relation);
    w.U8(static_cast<std::uint8_t>(m.birth_year.state));
    if (m.birth_year.has_value()) w.U16(static_cast<std::uint16_t>(m.birth_year.value));
  }
  Count(w, payload.requests.size());
  for (const SharedRequest& r : payload.requests) {
    I32(w, r.opened_on);
    w.U8(static_cast<std::uint8_t>(r.status));
    w.U8(r.outcome_on ? 1 : 0);
    if (r.outcome_on) I32(w, *r.outcome_on);
    Str(w, r.subject);
    Count(w, r.categories.size());
    for (const SharedCategory& c : r.categories) {
      Str(w, c.code);
      Str(w, c.label);
    }
  }
  Count(w, payload.contacts.size());
  for (const SharedContact& c : payload.contacts) {
    w.U8(static_cast<std::uint8_t>(c.kind));
    I64(w, c.at);
    w.U8(c.duration_minutes ? 1 : 0);
    if (c.duration_minutes) w.U16(static_cast<std::uint16_t>(*c.duration_minutes));
    Str(w, c.summary);
  }
  Count(w, payload.notes.size());
  for (const SharedNote& n : payload.notes) {
    I64(w, n.at);
    Str(w, n.text);
  }
  Count(w, payload.tasks.size());
  for (const SharedTask& t : payload.tasks) {
    w.U8(static_cast<std::uint8_t>(t.kind));
    Str(w, t.title);
    I32(w, t.due_on);
    w.U8(t.due_minute_of_day ? 1 : 0);
    if (t.due_minute_of_day) w.U16(static_cast<std::uint16_t>(*t.due_minute_of_day));
  }
  return w.Take();
}

Result<SharePayload> DecodeSharePayload(ByteView bytes) {
  Parser p(bytes);
  const std::uint8_t version = p.U8();
  if (p.failed()) return Refused("empty");
  if (version != kSharePayloadVersion) return Refused("unknown version");

  SharePayload out;
  p.Raw(out.package_id.data(), out.package_id.size());
  out.kind = static_cast<ShareKind>(p.U8());
  out.sent_at = p.I64();
  out.purpose = p.Str();
  out.basis = static_cast<ShareBasis>(p.U8());
  out.basis_reference = p.Str();
  out.display_name = p.Str();
  out.opened_on = p.I32();
  out.status_label = p.Str();
  out.has_person = p.Flag();
  if (out.has_person) ReadPerson(p, &out.person);
  if (p.failed() || !ReadLists(p, &out)) return Refused("truncated or malformed");
  if (p.remaining() != 0) return Refused("bytes after the tasks");

  if (Status s = CheckSharePayload(out); !s.ok()) {
    return Refused("field '" + s.field() + "': " + s.message());
  }
  return out;
}

}  // namespace carnet
