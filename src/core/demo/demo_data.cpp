#include "core/demo/demo_data.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/text_rules.h"
#include "core/case/model.h"
#include "core/case/store.h"
#include "core/demo/demo_names.h"
#include "core/demo/demo_random.h"

namespace carnet {
namespace {

using demo::TextList;
using demo::Theme;

constexpr int kHistoryDays = 730;  // two years before today
constexpr int kSmallOpenMin = 145;
constexpr int kSmallOpenMax = 155;
constexpr int kSmallClosedMin = 82;
constexpr int kSmallClosedMax = 98;
constexpr int kLargeClosed = 3500;

// FNV-1a over the commands, field by field (integers as 8 little-endian bytes, texts with
// their length first), so that two runs can be compared by one number.
class Fingerprint {
 public:
  void Add(std::int64_t value) {
    const auto bits = static_cast<std::uint64_t>(value);
    for (unsigned i = 0; i < 8; ++i) Byte(static_cast<std::uint8_t>(bits >> (8U * i)));
  }
  void Add(std::string_view text) {
    Add(static_cast<std::int64_t>(text.size()));
    for (const char c : text) Byte(static_cast<std::uint8_t>(c));
  }
  void Add(std::optional<int> value) { Add(value.has_value() ? std::int64_t{*value} : -1); }
  std::uint64_t value() const { return hash_; }

 private:
  void Byte(std::uint8_t byte) {
    hash_ ^= byte;
    hash_ *= 0x100000001B3ULL;
  }
  std::uint64_t hash_ = 0xCBF29CE484222325ULL;
};

// --- Dates --------------------------------------------------------------------------------

Minute At(Day day, int minute_of_day) {
  return static_cast<Minute>(day) * kMinutesPerDay + minute_of_day;
}

int Weekday(Day day) {  // 0 Monday ... 6 Sunday (1970-01-01 was a Thursday)
  return static_cast<int>((static_cast<std::int64_t>(day) % 7 + 7 + 3) % 7);
}

// The day itself on a weekday; otherwise the next Monday, or failing that the Friday before,
// whichever stays within [lo, hi].
Day WorkingDay(Day day, Day lo, Day hi) {
  const int weekday = Weekday(day);
  if (weekday < 5) return day;
  if (day + (7 - weekday) <= hi) return day + (7 - weekday);
  if (day - (weekday - 4) >= lo) return day - (weekday - 4);
  return day;
}

// --- Texts --------------------------------------------------------------------------------

std::string Pick(DemoRandom& rng, TextList list) { return std::string(list[rng.Index(list.size)]); }

std::string TwoDigits(int value) {
  return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
}

// The theme of a category's label or code, or kOther. The order matters: "maintien dans
// l'emploi malgré la maladie" is about work, "retour à domicile" about autonomy.
Theme ThemeOf(std::string_view label) {
  struct Rule {
    Theme theme = Theme::kOther;
    std::array<std::string_view, 5> words;
  };
  static constexpr Rule kRules[] = {
      {Theme::kWork, {"emploi", "travail", "professionn", "desinsertion", ""}},
      {Theme::kAutonomy, {"autonomie", "handicap", "dependance", "aidant", "domicile"}},
      {Theme::kHousing, {"logement", "habitat", "hebergement", "", ""}},
      {Theme::kBudget, {"budget", "ressource", "financ", "endettement", "dette"}},
      {Theme::kFamily, {"famil", "deces", "naissance", "separation", "enfant"}},
      {Theme::kHealth, {"sante", "soin", "maladie", "hospital", "medical"}},
      {Theme::kRights, {"droit", "acces", "prestation", "retraite", "invalidite"}},
  };
  const std::string folded = FoldForSort(label);  // "Santé" -> "sante"
  for (const Rule& rule : kRules) {
    for (const std::string_view word : rule.words) {
      if (!word.empty() && folded.find(word) != std::string::npos) return rule.theme;
    }
  }
  return Theme::kOther;
}

// --- What the store offers ----------------------------------------------------------------

struct ThemeCategories {
  std::vector<std::string> national;
  std::vector<std::string> local;
  std::vector<std::string> no_fit;  // "no sub-category fits" under this theme
  bool usable() const { return !national.empty() || !local.empty(); }
};

struct Context {
  Store& store;
  const DemoOptions& options;
  std::array<ThemeCategories, demo::kThemeCount> themes;
  std::vector<std::string> no_category_fits;  // national "no category fits" answers
  std::vector<std::string> steps;             // the process before closing, in order
  DemoCounts counts;
  Fingerprint fingerprint;
};

Status Annotate(const Status& status, std::string_view what) {
  std::string message = "demo data: ";
  message.append(what).append(": ").append(status.message());
  if (status.code() == StatusCode::kInvalidArgument) {
    return Status::Invalid(status.problem(), status.field(), std::move(message));
  }
  return Status::Error(status.code(), std::move(message));
}

Status ReadConfiguration(Context& ctx) {
  Result<std::vector<Category>> categories = ctx.store.Categories();
  if (!categories.ok()) return Annotate(categories.status(), "categories");
  const std::vector<Category>& all = categories.value();
  for (const Category& category : all) {
    if (!category.active) continue;
    // A local category takes the theme of its national one; an unknown national one, its own.
    Theme theme = ThemeOf(category.label + " " + category.code);
    if (!category.parent_code.empty()) {
      for (const Category& parent : all) {
        if (parent.code != category.parent_code) continue;
        const Theme parent_theme = ThemeOf(parent.label + " " + parent.code);
        if (parent_theme != Theme::kOther) theme = parent_theme;
      }
    }
    ThemeCategories& slot = ctx.themes[static_cast<std::size_t>(theme)];
    if (category.no_fit) {
      (category.parent_code.empty() ? ctx.no_category_fits : slot.no_fit).push_back(category.code);
    } else {
      (category.parent_code.empty() ? slot.national : slot.local).push_back(category.code);
    }
  }
  bool any = false;
  for (const ThemeCategories& slot : ctx.themes) any = any || slot.usable();
  if (!any) return Status::Error(StatusCode::kInternal, "demo data: no active category");

  Result<std::vector<ProcessStatus>> statuses = ctx.store.ProcessStatuses();
  if (!statuses.ok()) return Annotate(statuses.status(), "process statuses");
  std::vector<ProcessStatus> steps;
  for (const ProcessStatus& status : statuses.value()) {
    if (status.active && !status.closes) steps.push_back(status);
  }
  std::sort(steps.begin(), steps.end(), [](const ProcessStatus& a, const ProcessStatus& b) {
    return a.position != b.position ? a.position < b.position : a.code < b.code;
  });
  for (const ProcessStatus& status : steps) ctx.steps.push_back(status.code);
  return Status::Ok();
}

// --- The shape of the caseload ------------------------------------------------------------

struct Skeleton {
  int draw = 0;  // the dossier's sub-stream of random numbers
  Day opened_on = 0;
  Day last_day = 0;  // its last day of activity: the closing day, or the day before today
  bool closed = false;
  int weight = 1;  // its share of the contacts and tasks
  int contacts = 1;
  int tasks = 0;
};

Skeleton DrawSkeleton(std::uint64_t seed, int draw, bool closed, Day today) {
  DemoRandom rng(DemoRandom::StreamSeed(seed, static_cast<std::uint64_t>(draw) * 2U));
  Skeleton s;
  s.draw = draw;
  s.closed = closed;
  const Day earliest = today - kHistoryDays;
  if (closed) {
    int span = 0;
    switch (rng.Weighted({50, 35, 15})) {
      case 0: span = rng.Between(14, 120); break;
      case 1: span = rng.Between(121, 270); break;
      default: span = rng.Between(271, 420); break;
    }
    s.opened_on = WorkingDay(today - rng.Between(span + 2, kHistoryDays - 1), earliest, today - 3);
    s.last_day = WorkingDay(s.opened_on + span, s.opened_on, today - 1);
  } else {
    int age = 0;
    switch (rng.Weighted({45, 30, 25})) {
      case 0: age = rng.Between(3, 120); break;
      case 1: age = rng.Between(121, 365); break;
      default: age = rng.Between(366, kHistoryDays - 3); break;
    }
    s.opened_on = WorkingDay(today - age, earliest, today - 1);
    s.last_day = today - 1;
  }
  s.weight = (s.last_day - s.opened_on + 15) * rng.Between(1, 4);
  return s;
}

// Shares `total` in proportion to the weights, exactly: the parts add up to `total`.
std::vector<int> Share(int total, const std::vector<Skeleton>& skeletons) {
  std::int64_t sum = 0;
  for (const Skeleton& s : skeletons) sum += s.weight;
  std::vector<int> parts;
  parts.reserve(skeletons.size());
  std::int64_t prefix = 0;
  std::int64_t given = 0;
  for (const Skeleton& s : skeletons) {
    prefix += s.weight;
    const std::int64_t upto = static_cast<std::int64_t>(total) * prefix / sum;
    parts.push_back(static_cast<int>(upto - given));
    given = upto;
  }
  return parts;
}

std::vector<Skeleton> DrawCaseload(const DemoOptions& options) {
  DemoRandom rng(DemoRandom::StreamSeed(options.seed, 0xCA5E10ADU));
  int open = 0;
  int closed = 0;
  int contacts = 0;
  int tasks = 0;
  if (options.size == DemoSize::kLarge) {
    closed = kLargeClosed;
    open = kLargeDossiers - closed;
    contacts = kLargeContacts;
    tasks = kLargeTasks;
  } else {
    open = rng.Between(kSmallOpenMin, kSmallOpenMax);
    closed = rng.Between(kSmallClosedMin, kSmallClosedMax);
    contacts = (open + closed) * rng.Between(11, 13);
    tasks = open + (open + closed) * 2 + rng.Between(0, open);
  }
  std::vector<Skeleton> skeletons;
  skeletons.reserve(static_cast<std::size_t>(open) + static_cast<std::size_t>(closed));
  for (int i = 0; i < open + closed; ++i) {
    // Closed dossiers spread among the open ones, so that any prefix of draws has both.
    const bool is_closed = static_cast<std::int64_t>(i + 1) * closed / (open + closed) !=
                           static_cast<std::int64_t>(i) * closed / (open + closed);
    skeletons.push_back(DrawSkeleton(options.seed, i + 1, is_closed, options.today));
  }
  // Dossiers are created in the order they opened, as in a real case file. The draw number
  // makes the order total, hence the same with any sort algorithm.
  std::sort(skeletons.begin(), skeletons.end(), [](const Skeleton& a, const Skeleton& b) {
    return a.opened_on != b.opened_on ? a.opened_on < b.opened_on : a.draw < b.draw;
  });
  // Every dossier has at least one contact, its first; every open one a next step.
  const int dossiers = open + closed;
  const std::vector<int> more_contacts = Share(contacts - dossiers, skeletons);
  const std::vector<int> more_tasks = Share(tasks - open, skeletons);
  for (std::size_t i = 0; i < skeletons.size(); ++i) {
    skeletons[i].contacts = 1 + more_contacts[i];
    skeletons[i].tasks = (skeletons[i].closed ? 0 : 1) + more_tasks[i];
  }
  return skeletons;
}

// --- One dossier --------------------------------------------------------------------------

struct PlannedRequest {
  AddRequest command;
  Theme theme = Theme::kOther;
  std::optional<Day> outcome_on;
  RequestStatus outcome = RequestStatus::kOpen;
  Id id = 0;
};

struct PlannedContact {
  RecordContact command;
  int order = 0;
  std::vector<std::size_t> requests;  // indexes into the dossier's requests
};

enum class TaskEnd : std::uint8_t { kOpen, kDone, kCancelled };

struct PlannedTask {
  ScheduleTask command;
  TaskEnd end = TaskEnd::kOpen;
  Minute done_at = 0;
  Id id = 0;
};

class DossierWriter {
 public:
  DossierWriter(Context& ctx, const Skeleton& skeleton)
      : ctx_(ctx),
        s_(skeleton),
        rng_(DemoRandom::StreamSeed(ctx.options.seed,
                                    static_cast<std::uint64_t>(skeleton.draw) * 2U + 1U)),
        today_(ctx.options.today) {}

  Status Write() {
    PlanPerson();
    PlanContactDaysAndRequests();
    PlanContacts();
    PlanTasks();
    return Apply();
  }

 private:
  // Who the person is, and what is known of them: every answer may be unknown, refused or
  // not asked, as in real files.
  void PlanPerson() {
    female_ = rng_.Percent(56);
    switch (rng_.Weighted({20, 45, 20, 15})) {
      case 0: age_ = rng_.Between(20, 39); break;
      case 1: age_ = rng_.Between(40, 59); break;
      case 2: age_ = rng_.Between(60, 74); break;
      default: age_ = rng_.Between(75, 92); break;
    }
    const int this_year = YmdFromDay(today_).year;
    birth_year_ = this_year - age_;
    PersonFields& p = create_.person;
    if (rng_.Percent(2)) {
      p.alias = female_ ? "Madame " : "Monsieur ";
      p.alias.push_back(static_cast<char>('A' + rng_.Between(0, 25)));
      p.alias.push_back('.');
    } else {
      p.first_name = Pick(rng_, female_ ? demo::FemaleFirstNames() : demo::MaleFirstNames());
      p.last_name = Pick(rng_, demo::LastNames());
    }
    switch (rng_.Weighted({70, 8, 4, 7, 3, 8})) {
      case 0:
        p.birth = Answer<BirthDate>::Of({birth_year_, rng_.Between(1, 12), rng_.Between(1, 28)});
        break;
      case 1: p.birth = Answer<BirthDate>::Of({birth_year_, 0, 0}); break;
      case 2: p.birth = Answer<BirthDate>::Of({birth_year_, rng_.Between(1, 12), 0}); break;
      case 3: p.birth = Answer<BirthDate>::Is(AnswerState::kUnknown); break;
      case 4: p.birth = Answer<BirthDate>::Is(AnswerState::kRefused); break;
      default: p.birth = Answer<BirthDate>::Is(AnswerState::kNotAsked); break;
    }
    switch (rng_.Weighted({81, 9, 5, 3, 2})) {
      case 0: {
        // One draw per statement: the operands of + are evaluated in no fixed order.
        const int number = rng_.Between(1, 140);
        const std::string street = Pick(rng_, demo::Streets());
        const std::string town = Pick(rng_, demo::Towns());
        p.address = Answer<std::string>::Of(std::to_string(number) + " " + street + ", " + town);
        break;
      }
      case 1: p.address = Answer<std::string>::Is(AnswerState::kNotAsked); break;
      case 2: p.address = Answer<std::string>::Is(AnswerState::kUnknown); break;
      case 3: p.address = Answer<std::string>::Is(AnswerState::kRefused); break;
      default: p.address = Answer<std::string>::Is(AnswerState::kNotApplicable); break;
    }
    switch (rng_.Weighted({82, 8, 4, 4, 2})) {
      case 0: {
        static constexpr std::string_view kPrefixes[] = {"06", "07", "04 76", "04 74"};
        std::string phone(kPrefixes[rng_.Index(4)]);
        const int groups = phone.size() == 2 ? 4 : 3;
        for (int i = 0; i < groups; ++i) phone += " " + TwoDigits(rng_.Between(0, 99));
        p.phone = Answer<std::string>::Of(std::move(phone));
        break;
      }
      case 1: p.phone = Answer<std::string>::Is(AnswerState::kNotAsked); break;
      case 2: p.phone = Answer<std::string>::Is(AnswerState::kRefused); break;
      case 3: p.phone = Answer<std::string>::Is(AnswerState::kUnknown); break;
      default: p.phone = Answer<std::string>::Is(AnswerState::kNotApplicable); break;
    }
    PlanHousehold();
    create_.opened_on = s_.opened_on;  // at the first step of the process
  }

  // Relations come in the same order in both lists: spouse, partner, child, child, parent,
  // sibling, grandchild.
  void PlanHousehold() {
    const int members = rng_.Percent(28) ? rng_.Between(1, 3) : 0;
    const int this_year = YmdFromDay(today_).year;
    for (int i = 0; i < members; ++i) {
      std::vector<std::size_t> allowed = {0, 1, 5};
      if (age_ >= 25) allowed.insert(allowed.end(), {2, 3});
      if (age_ <= 60) allowed.push_back(4);
      if (age_ >= 62) allowed.push_back(6);
      const std::size_t relation = allowed[rng_.Index(allowed.size())];
      const bool female = rng_.Percent(50);
      AddHouseholdMember member;
      member.relation =
          std::string((female ? demo::FemaleRelations() : demo::MaleRelations())[relation]);
      member.name = Pick(rng_, female ? demo::FemaleFirstNames() : demo::MaleFirstNames());
      if (!create_.person.last_name.empty() && rng_.Percent(80)) {
        member.name += " " + create_.person.last_name;
      }
      int year = birth_year_;
      switch (relation) {
        case 0:
        case 1: year += rng_.Between(-6, 6); break;
        case 2:
        case 3: year += rng_.Between(20, std::min(38, age_)); break;
        case 4: year -= rng_.Between(20, 35); break;
        case 5: year += rng_.Between(-8, 8); break;
        default: year += rng_.Between(45, std::max(45, std::min(65, age_))); break;
      }
      year = std::max(kMinYear, std::min(this_year, year));
      switch (rng_.Weighted({65, 25, 10})) {
        case 0: member.birth_year = Answer<int>::Of(year); break;
        case 1: member.birth_year = Answer<int>::Is(AnswerState::kNotAsked); break;
        default: member.birth_year = Answer<int>::Is(AnswerState::kUnknown); break;
      }
      members_.push_back(std::move(member));
    }
    switch (rng_.Weighted({55, 30, 10, 5})) {
      case 0:
        create_.person.household_size =
            Answer<int>::Of(members > 0 ? members + 1 : rng_.Between(1, 4));
        break;
      case 1: create_.person.household_size = Answer<int>::Is(AnswerState::kNotAsked); break;
      case 2: create_.person.household_size = Answer<int>::Is(AnswerState::kUnknown); break;
      default: create_.person.household_size = Answer<int>::Is(AnswerState::kRefused); break;
    }
  }

  Theme DrawTheme() {
    // Rights, health, work, autonomy, housing, budget, family, other: a fund's social service
    // hears most about health, work and rights.
    std::array<int, demo::kThemeCount> weights = {18, 22, 20, 15, 8, 10, 7, 2};
    for (std::size_t t = 0; t < weights.size(); ++t) {
      if (!ctx_.themes[t].usable()) weights[t] = 0;
    }
    const std::size_t index = rng_.Weighted({weights[0], weights[1], weights[2], weights[3],
                                             weights[4], weights[5], weights[6], weights[7]});
    return static_cast<Theme>(index);
  }

  std::string DrawCategory(Theme theme) {
    const ThemeCategories& slot = ctx_.themes[static_cast<std::size_t>(theme)];
    if (!slot.no_fit.empty() && rng_.Percent(5)) return slot.no_fit[rng_.Index(slot.no_fit.size())];
    if (slot.local.empty() || (!slot.national.empty() && rng_.Percent(35))) {
      return slot.national[rng_.Index(slot.national.size())];
    }
    return slot.local[rng_.Index(slot.local.size())];
  }

  PlannedRequest DrawRequest(Day opened_on) {
    PlannedRequest r;
    r.command.opened_on = opened_on;
    if (!ctx_.no_category_fits.empty() && rng_.Percent(4)) {
      // Nothing in the typology fits: a first-class answer, not a forced approximation.
      r.theme = Theme::kOther;
      r.command.category_codes.push_back(
          ctx_.no_category_fits[rng_.Index(ctx_.no_category_fits.size())]);
    } else {
      r.theme = DrawTheme();
      r.command.category_codes.push_back(DrawCategory(r.theme));
      if (rng_.Percent(15)) {
        const Theme second = DrawTheme();
        std::string code = DrawCategory(second);
        if (second != r.theme && code != r.command.category_codes.front()) {
          r.command.category_codes.push_back(std::move(code));
        }
      }
    }
    if (rng_.Percent(95)) r.command.subject = Pick(rng_, demo::RequestSubjects(r.theme));
    // The outcome: every request of a closed dossier has one; older open ones often do.
    const Day lo = opened_on;
    const Day hi = s_.last_day;
    if (s_.closed || (hi - lo >= 45 && rng_.Percent(60))) {
      const int delay_min = s_.closed ? 7 : 30;
      r.outcome_on = hi - lo > delay_min ? rng_.Between(lo + delay_min, hi) : hi;
      static constexpr RequestStatus kOutcomes[] = {
          RequestStatus::kSatisfied, RequestStatus::kPartlySatisfied, RequestStatus::kNotSatisfied,
          RequestStatus::kAbandoned};
      r.outcome = kOutcomes[rng_.Weighted({55, 20, 12, 13})];
    }
    return r;
  }

  void PlanContactDaysAndRequests() {
    days_.push_back(s_.opened_on);
    for (int i = 1; i < s_.contacts; ++i) {
      days_.push_back(
          WorkingDay(rng_.Between(s_.opened_on, s_.last_day), s_.opened_on, s_.last_day));
    }
    std::sort(days_.begin(), days_.end());
    // The first request is made on the first contact; others arise later, on a contact day.
    requests_.push_back(DrawRequest(s_.opened_on));
    request_contact_.push_back(0);
    int more = rng_.Percent(35) ? 1 : 0;
    if (rng_.Percent(12)) ++more;
    for (int i = 0; i < more && days_.size() > 1; ++i) {
      const std::size_t contact = 1 + rng_.Index(days_.size() - 1);
      requests_.push_back(DrawRequest(days_[contact]));
      request_contact_.push_back(contact);
    }
  }

  bool RequestOpenOn(const PlannedRequest& r, Day day) const {
    return r.command.opened_on <= day && (!r.outcome_on || day <= *r.outcome_on);
  }

  void PlanContacts() {
    for (std::size_t i = 0; i < days_.size(); ++i) {
      PlannedContact c;
      c.order = static_cast<int>(i);
      RecordContact& cmd = c.command;
      if (i == 0) {
        static constexpr ContactKind kFirst[] = {ContactKind::kInterview, ContactKind::kCall,
                                                 ContactKind::kHomeVisit};
        cmd.kind = kFirst[rng_.Weighted({70, 20, 10})];
      } else {
        cmd.kind = static_cast<ContactKind>(rng_.Weighted({32, 7, 31, 12, 14, 4}));
      }
      int minute = 0;
      std::optional<int> duration;
      switch (cmd.kind) {
        case ContactKind::kInterview:
          minute = 9 * 60 + 30 * rng_.Between(0, 15);
          duration = 30 + 5 * rng_.Between(0, 9);
          break;
        case ContactKind::kHomeVisit:
          minute = 9 * 60 + 30 * rng_.Between(0, 14);
          duration = 45 + 15 * rng_.Between(0, 3);
          break;
        case ContactKind::kCall:
          minute = 8 * 60 + 45 + 5 * rng_.Between(0, 105);
          duration = 5 + 5 * rng_.Between(0, 4);
          break;
        case ContactKind::kMail:
          minute = 8 * 60 + 30 + 5 * rng_.Between(0, 108);
          if (rng_.Percent(30)) duration = 10 + 5 * rng_.Between(0, 2);
          break;
        case ContactKind::kPartnerStep:
          minute = 8 * 60 + 30 + 5 * rng_.Between(0, 108);
          duration = 10 + 5 * rng_.Between(0, 4);
          break;
        case ContactKind::kMeeting:
          minute = 60 * (rng_.Percent(50) ? rng_.Between(9, 11) : rng_.Between(14, 15));
          duration = 60 + 30 * rng_.Between(0, 2);
          break;
      }
      if (rng_.Percent(8)) duration.reset();
      cmd.at = At(days_[i], minute);
      cmd.duration_minutes = duration;

      // The requests it dealt with: those open that day; the request it brought, always.
      std::vector<std::size_t> open;
      for (std::size_t r = 0; r < requests_.size(); ++r) {
        if (request_contact_[r] == i) c.requests.push_back(r);
        if (RequestOpenOn(requests_[r], days_[i])) open.push_back(r);
      }
      if (c.requests.empty() && !open.empty()) {
        const std::size_t how_many = rng_.Weighted({14, 77, 9});
        for (std::size_t k = 0; k < how_many && !open.empty(); ++k) {
          const std::size_t pick = rng_.Index(open.size());
          c.requests.push_back(open[pick]);
          open.erase(open.begin() + static_cast<std::ptrdiff_t>(pick));
        }
      }
      cmd.summary = Summary(cmd.kind, i == 0, c.requests);
      contacts_.push_back(std::move(c));
    }
    std::sort(
        contacts_.begin(), contacts_.end(), [](const PlannedContact& a, const PlannedContact& b) {
          return a.command.at != b.command.at ? a.command.at < b.command.at : a.order < b.order;
        });
  }

  std::string Summary(ContactKind kind, bool first, const std::vector<std::size_t>& requests) {
    if (first && kind == ContactKind::kInterview) return std::string(demo::GeneralInterviews()[0]);
    if (requests.empty()) {
      switch (kind) {
        case ContactKind::kInterview:
        case ContactKind::kHomeVisit: return Pick(rng_, demo::GeneralInterviews());
        case ContactKind::kCall: return Pick(rng_, demo::GeneralCalls());
        case ContactKind::kMail: return Pick(rng_, demo::GeneralMails());
        case ContactKind::kPartnerStep: return Pick(rng_, demo::GeneralPartnerSteps());
        case ContactKind::kMeeting: return Pick(rng_, demo::GeneralMeetings());
      }
    }
    const Theme theme = requests_[requests.front()].theme;
    switch (kind) {
      case ContactKind::kPartnerStep: return Pick(rng_, demo::PartnerSteps(theme));
      case ContactKind::kMeeting: return Pick(rng_, demo::GeneralMeetings());
      case ContactKind::kMail:
        if (rng_.Percent(50)) return Pick(rng_, demo::GeneralMails());
        break;
      default: break;
    }
    return Pick(rng_, demo::ContactSummaries(theme));
  }

  void PlanTasks() {
    const Day last_past = s_.closed ? s_.last_day : today_ - 1;
    for (int k = 0; k < s_.tasks; ++k) {
      PlannedTask t;
      ScheduleTask& cmd = t.command;
      const bool next_step = !s_.closed && k == s_.tasks - 1;
      bool appointment = rng_.Percent(40);
      if (next_step) {
        // The dossier's next step; a few fall on today itself.
        if (rng_.Percent(6)) {
          cmd.due_on = today_;
          appointment = true;
        } else {
          cmd.due_on = WorkingDay(today_ + rng_.Between(1, 30), today_ + 1, today_ + 40);
        }
      } else if (s_.closed) {
        cmd.due_on = WorkingDay(rng_.Between(s_.opened_on, s_.last_day), s_.opened_on, s_.last_day);
      } else {
        cmd.due_on = WorkingDay(rng_.Between(s_.opened_on, today_ + 20), s_.opened_on, today_ + 20);
      }
      const Theme theme = requests_[rng_.Index(requests_.size())].theme;
      if (appointment) {
        cmd.kind = TaskKind::kAppointment;
        cmd.due_minute_of_day = 9 * 60 + 30 * rng_.Between(0, 15);
        if (rng_.Percent(50)) cmd.reminder_minutes_before = rng_.Percent(50) ? 60 : 24 * 60;
        cmd.title = Pick(rng_, rng_.Percent(50) ? demo::AppointmentTitles(theme)
                                                : demo::GeneralAppointmentTitles());
      } else {
        cmd.kind = TaskKind::kTask;
        if (rng_.Percent(15)) {
          cmd.due_minute_of_day = 9 * 60 + 30 * rng_.Between(0, 15);
          if (rng_.Percent(30)) cmd.reminder_minutes_before = 24 * 60;
        }
        cmd.title = Pick(rng_, demo::TaskTitles(theme));
      }

      // What became of it. Past items are mostly done; some of the last weeks' stay open:
      // they are overdue.
      if (cmd.due_on <= last_past) {
        const bool recent = !s_.closed && cmd.due_on >= today_ - 90;
        const std::size_t end = recent ? rng_.Weighted({74, 6, 20}) : rng_.Weighted({91, 9, 0});
        t.end = end == 0 ? TaskEnd::kDone : end == 1 ? TaskEnd::kCancelled : TaskEnd::kOpen;
      } else {
        t.end = !next_step && rng_.Percent(3) ? TaskEnd::kCancelled : TaskEnd::kOpen;
      }
      if (t.end == TaskEnd::kDone) {
        if (cmd.kind == TaskKind::kAppointment) {
          t.done_at = At(cmd.due_on, *cmd.due_minute_of_day);
        } else {
          Day day = cmd.due_on - rng_.Between(0, 3);
          if (rng_.Percent(15)) day = cmd.due_on + rng_.Between(1, 4);
          day = std::max(s_.opened_on, std::min(last_past, day));
          t.done_at = At(day, 8 * 60 + 30 + 5 * rng_.Between(0, 108));
        }
      }
      tasks_.push_back(std::move(t));
    }
    // Notes, written just after a contact.
    const int notes = rng_.Percent(30) ? rng_.Between(1, 3) : 0;
    for (int i = 0; i < notes; ++i) {
      WriteNote note;
      const Minute after = contacts_[rng_.Index(contacts_.size())].command.at;
      note.at = MinuteOfDayOf(after) + 10 < kMinutesPerDay ? after + 10 : after;
      note.text = rng_.Percent(50)
                      ? Pick(rng_, demo::Notes(requests_[rng_.Index(requests_.size())].theme))
                      : Pick(rng_, demo::GeneralNotes());
      notes_.push_back(std::move(note));
    }
    std::stable_sort(notes_.begin(), notes_.end(),
                     [](const WriteNote& a, const WriteNote& b) { return a.at < b.at; });
  }

  static int MinuteOfDayOf(Minute at) {
    return static_cast<int>(((at % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay);
  }

  // --- Applying, in an order the store accepts: requests and tasks exist before the
  // contacts and outcomes that refer to them; the dossier closes last.
  Status Apply() {
    Fingerprint& f = ctx_.fingerprint;
    Result<Id> dossier = ctx_.store.Apply(create_);
    if (!dossier.ok()) return Annotate(dossier.status(), "CreateDossier");
    id_ = dossier.value();
    const PersonFields& p = create_.person;
    f.Add("CreateDossier");
    f.Add(p.first_name);
    f.Add(p.last_name);
    f.Add(p.alias);
    f.Add(static_cast<int>(p.birth.state));
    f.Add(std::int64_t{p.birth.value.year * 10000 + p.birth.value.month * 100 + p.birth.value.day});
    f.Add(static_cast<int>(p.address.state));
    f.Add(p.address.value);
    f.Add(static_cast<int>(p.phone.state));
    f.Add(p.phone.value);
    f.Add(static_cast<int>(p.household_size.state));
    f.Add(p.household_size.value);
    f.Add(create_.opened_on);
    f.Add(id_);
    ++ctx_.counts.dossiers;

    for (AddHouseholdMember& member : members_) {
      member.dossier_id = id_;
      Result<Id> added = ctx_.store.Apply(member);
      if (!added.ok()) return Annotate(added.status(), "AddHouseholdMember");
      f.Add(member.name);
      f.Add(member.relation);
      f.Add(static_cast<int>(member.birth_year.state));
      f.Add(member.birth_year.value);
      ++ctx_.counts.household_members;
    }

    for (PlannedRequest& r : requests_) {
      r.command.dossier_id = id_;
      Result<Id> added = ctx_.store.Apply(r.command);
      if (!added.ok()) return Annotate(added.status(), "AddRequest");
      r.id = added.value();
      f.Add(r.command.opened_on);
      for (const std::string& code : r.command.category_codes) f.Add(code);
      f.Add(r.command.subject);
      f.Add(r.id);
      ++ctx_.counts.requests;
    }

    for (PlannedTask& t : tasks_) {
      t.command.dossier_id = id_;
      Result<Id> added = ctx_.store.Apply(t.command);
      if (!added.ok()) return Annotate(added.status(), "ScheduleTask");
      t.id = added.value();
      f.Add(static_cast<int>(t.command.kind));
      f.Add(t.command.title);
      f.Add(t.command.due_on);
      f.Add(t.command.due_minute_of_day);
      f.Add(t.command.reminder_minutes_before);
      f.Add(t.id);
      ++ctx_.counts.tasks;
      if (t.command.kind == TaskKind::kAppointment) ++ctx_.counts.appointments;
    }

    if (Status s = ApplySteps(); !s.ok()) return s;

    for (PlannedContact& c : contacts_) {
      c.command.dossier_id = id_;
      for (const std::size_t r : c.requests) c.command.request_ids.push_back(requests_[r].id);
      Result<Id> added = ctx_.store.Apply(c.command);
      if (!added.ok()) return Annotate(added.status(), "RecordContact");
      f.Add(static_cast<int>(c.command.kind));
      f.Add(c.command.at);
      f.Add(c.command.duration_minutes);
      for (const Id request : c.command.request_ids) f.Add(request);
      f.Add(c.command.summary);
      ++ctx_.counts.contacts;
    }

    for (WriteNote& note : notes_) {
      note.dossier_id = id_;
      Result<Id> added = ctx_.store.Apply(note);
      if (!added.ok()) return Annotate(added.status(), "WriteNote");
      f.Add(note.at);
      f.Add(note.text);
      ++ctx_.counts.notes;
    }

    for (const PlannedRequest& r : requests_) {
      if (!r.outcome_on) continue;
      const SetRequestStatus command{r.id, r.outcome, *r.outcome_on};
      if (Status s = ctx_.store.Apply(command); !s.ok()) return Annotate(s, "SetRequestStatus");
      f.Add(static_cast<int>(r.outcome));
      f.Add(*r.outcome_on);
    }

    for (const PlannedTask& t : tasks_) {
      if (t.end == TaskEnd::kDone) {
        if (Status s = ctx_.store.Apply(CompleteTask{t.id, t.done_at}); !s.ok()) {
          return Annotate(s, "CompleteTask");
        }
        f.Add(t.done_at);
      } else if (t.end == TaskEnd::kCancelled) {
        if (Status s = ctx_.store.Apply(CancelTask{t.id}); !s.ok()) {
          return Annotate(s, "CancelTask");
        }
        f.Add(-t.id);
      }
    }

    if (s_.closed) {
      if (Status s = ctx_.store.Apply(CloseDossier{id_, s_.last_day}); !s.ok()) {
        return Annotate(s, "CloseDossier");
      }
      f.Add(s_.last_day);
      ++ctx_.counts.closed_dossiers;
    }
    return Status::Ok();
  }

  // Through the steps of the process, each some days or weeks after the one before; a recent
  // dossier is still at its first step.
  Status ApplySteps() {
    Day day = s_.opened_on;
    for (std::size_t step = 1; step < ctx_.steps.size(); ++step) {
      day += step == 1 ? rng_.Between(1, 21) : rng_.Between(14, 90);
      if (day > s_.last_day) break;
      day = WorkingDay(day, day, s_.last_day);
      const ChangeDossierStatus command{id_, ctx_.steps[step], day};
      if (Status s = ctx_.store.Apply(command); !s.ok()) return Annotate(s, "ChangeDossierStatus");
      ctx_.fingerprint.Add(command.status_code);
      ctx_.fingerprint.Add(command.on);
    }
    return Status::Ok();
  }

  Context& ctx_;
  const Skeleton& s_;
  DemoRandom rng_;
  Day today_;
  Id id_ = 0;
  bool female_ = false;
  int age_ = 0;
  int birth_year_ = 0;
  CreateDossier create_;
  std::vector<AddHouseholdMember> members_;
  std::vector<Day> days_;
  std::vector<PlannedRequest> requests_;
  std::vector<std::size_t> request_contact_;  // the contact each request was made at
  std::vector<PlannedContact> contacts_;
  std::vector<PlannedTask> tasks_;
  std::vector<WriteNote> notes_;
};

Status Generate(Context& ctx) {
  if (Status s = ReadConfiguration(ctx); !s.ok()) return s;
  const std::vector<Skeleton> skeletons = DrawCaseload(ctx.options);
  const auto report = [&ctx](int percent) {
    if (ctx.options.progress) ctx.options.progress(percent);
  };
  report(0);
  int reported = 0;
  const auto total = static_cast<std::int64_t>(skeletons.size());
  for (std::size_t i = 0; i < skeletons.size(); ++i) {
    if (Status s = DossierWriter(ctx, skeletons[i]).Write(); !s.ok()) return s;
    const auto percent = static_cast<int>(static_cast<std::int64_t>(i + 1) * 100 / total);
    if (percent > reported) {
      reported = percent;
      report(percent);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<DemoCounts> GenerateDemo(Store& store, const DemoOptions& options) {
  if (!IsValidDay(options.today) || !IsValidDay(options.today - kHistoryDays - 1) ||
      !IsValidDay(options.today + 60)) {
    return Status::Invalid(Problem::kInvalidDate, "today",
                           "demo data: today must leave two years of history within 1900-2199");
  }
  Context ctx{store, options, {}, {}, {}, {}, {}};
  if (Status s = store.db().Exec("BEGIN"); !s.ok()) return Annotate(s, "BEGIN");
  if (Status s = Generate(ctx); !s.ok()) {
    (void)store.db().Exec("ROLLBACK");
    return s;
  }
  if (Status s = store.db().Exec("COMMIT"); !s.ok()) {
    (void)store.db().Exec("ROLLBACK");
    return Annotate(s, "COMMIT");
  }
  ctx.counts.fingerprint = ctx.fingerprint.value();
  return ctx.counts;
}

}  // namespace carnet
