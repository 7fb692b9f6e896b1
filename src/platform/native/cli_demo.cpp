#include "platform/native/cli_demo.h"

#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <system_error>

#include "core/base/calendar.h"
#include "core/case/store.h"
#include "core/demo/demo_data.h"
#include "platform/native/cli_common.h"
#include "platform/native/cli_vault.h"

namespace carnet::cli {
namespace {

struct DemoArgs {
  DemoSize size = DemoSize::kSmall;
  std::uint64_t seed = 0;
  std::string out;    // a plain SQLite file, or
  std::string vault;  // a new vault's directory
  std::string name;   // the new vault's name
  std::optional<Day> today;
};

ArgError ParseDemoArgs(const std::vector<std::string_view>& raw, DemoArgs* out) {
  Args args;
  if (ArgError e = ParseArgs(raw, {"--size", "--seed", "--out", "--today", "--vault", "--name"}, {},
                             &args)) {
    return e;
  }
  if (!args.positional.empty()) return "unexpected argument '" + args.positional[0] + "'";
  if (args.has("--size")) {
    const std::string text = args.Value("--size");
    if (text == "small") {
      out->size = DemoSize::kSmall;
    } else if (text == "large") {
      out->size = DemoSize::kLarge;
    } else {
      return "--size must be small or large, not '" + text + "'";
    }
  }
  if (args.has("--seed")) {
    const std::string text = args.Value("--seed");
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out->seed);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
      return "--seed must be a whole number from 0 to 18446744073709551615, not '" + text + "'";
    }
  }
  if (args.has("--today")) {
    const std::string text = args.Value("--today");
    const std::optional<Day> day = ParseIsoDay(text);
    if (!day || !IsValidDay(*day - 731) || !IsValidDay(*day + 60)) {
      return "--today must be a date as YYYY-MM-DD from 1902 to 2199, not '" + text + "'";
    }
    out->today = *day;
  }
  out->out = args.Value("--out");
  out->vault = args.Value("--vault");
  out->name = args.has("--name") ? args.Value("--name") : "Démonstration";
  if (!args.has("--size")) return std::string("--size small or --size large is required");
  if (!args.has("--seed")) return std::string("--seed N is required");
  if (args.has("--out") && args.has("--vault"))
    return std::string("--out and --vault exclude each other");
  if (args.has("--name") && !args.has("--vault")) return std::string("--name goes with --vault");
  if (out->out.empty() && out->vault.empty()) return std::string("--out FILE is required");
  return std::nullopt;
}

Day LocalToday() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) return 0;
  return DayFromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(0);
}

// Progress on stderr: one line rewritten in a terminal, a line every 10% otherwise.
void ShowProgress(int percent) {
  static const bool kTerminal = isatty(STDERR_FILENO) == 1;
  if (kTerminal) {
    (void)std::fprintf(stderr, "\rcarnet: generating... %3d%%", percent);
    if (percent == 100) (void)std::fputc('\n', stderr);
  } else if (percent % 10 == 0) {
    (void)std::fprintf(stderr, "carnet: generating... %d%%\n", percent);
  }
  (void)std::fflush(stderr);
}

// SQLite's VACUUM INTO refuses an existing file: write beside it, then replace it in one
// step, so that FILE is either the old file or the whole new one.
int WritePlainFile(Store& store, const std::string& out) {
  const std::string temporary = out + ".partial";
  (void)std::remove(temporary.c_str());
  if (Status s = store.SaveCopyTo(temporary); !s.ok()) {
    (void)std::remove(temporary.c_str());
    return Fail(s.message());
  }
  if (std::rename(temporary.c_str(), out.c_str()) != 0) {
    (void)std::remove(temporary.c_str());
    return Fail("cannot write " + out);
  }
  return kExitOk;
}

}  // namespace

int RunDemo(const std::vector<std::string_view>& raw) {
  DemoArgs args;
  if (ArgError e = ParseDemoArgs(raw, &args)) return Usage("demo: " + *e);

  // The store: in memory for a plain file, or the case file of a new vault.
  std::optional<Store> plain;
  NewVault vault;
  if (args.vault.empty()) {
    Result<Store> created = Store::CreateInMemory();
    if (!created.ok()) return Fail(created.status().message());
    plain = std::move(created).value();
  } else if (int exit = CreateVaultIn("demo", args.vault, args.name, &vault); exit != kExitOk) {
    return exit;
  }
  Store& store = plain ? *plain : vault.session->store();

  DemoOptions options;
  options.size = args.size;
  options.seed = args.seed;
  options.today = args.today ? *args.today : LocalToday();
  if (args.size == DemoSize::kLarge) options.progress = ShowProgress;
  const auto start = std::chrono::steady_clock::now();
  const Result<DemoCounts> generated = GenerateDemo(store, options);
  if (!generated.ok()) return Fail(generated.status().message());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (plain) {
    if (int exit = WritePlainFile(store, args.out); exit != kExitOk) return exit;
  } else if (Status s = vault.session->Save(); !s.ok()) {
    return FailWith("demo", s);
  }

  const DemoCounts& c = generated.value();
  std::printf(
      "carnet: wrote %s%s (%s, seed %llu, today %s) in %.1f s\n"
      "  %d dossiers (%d closed), %d household members, %d requests, %d contacts,\n"
      "  %d tasks (%d appointments), %d notes\n"
      "  fingerprint %016llx\n",
      plain ? "" : "the vault ", plain ? args.out.c_str() : args.vault.c_str(),
      args.size == DemoSize::kLarge ? "large" : "small", static_cast<unsigned long long>(args.seed),
      IsoDay(options.today).c_str(), seconds, c.dossiers, c.closed_dossiers, c.household_members,
      c.requests, c.contacts, c.tasks, c.appointments, c.notes,
      static_cast<unsigned long long>(c.fingerprint));
  if (!plain) ShowRecoveryKey(vault.recovery_key);
  return kExitOk;
}

}  // namespace carnet::cli
