// carnet: the native command-line tool. For now one command, `demo`, which writes a synthetic
// case file (core/demo_data.h) as a plain SQLite database.
// Exit status: 0 done, 1 the work failed (e.g. the file cannot be written), 2 bad arguments.
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/calendar.h"
#include "core/demo_data.h"
#include "core/status.h"
#include "core/store.h"

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

constexpr const char* kHelp =
    R"(Usage: carnet demo --size small|large --seed N --out FILE [--today YYYY-MM-DD]
       carnet --help

Commands:
  demo  Writes a synthetic case file to FILE as a plain SQLite database. Every person in it
        is invented. It holds two years of history before the given day, and the open tasks
        and appointments that follow it.
          --size small   one worker's caseload: about 150 open dossiers and 90 closed ones
          --size large   10,000 dossiers, 300,000 contacts and 50,000 tasks (a stress test)
          --seed N       a whole number from 0 to 18446744073709551615
          --out FILE     the file to write; an existing file is replaced
          --today DAY    the day the history leads up to, as YYYY-MM-DD (1902 to 2199);
                         by default this computer's local date
        The output is deterministic: the same size, seed and day always give the same file,
        byte for byte. The command prints what it wrote and a fingerprint of it.

Exit status: 0 done, 1 failure (e.g. the file cannot be written), 2 bad arguments.
)";

struct DemoArgs {
  carnet::DemoSize size = carnet::DemoSize::kSmall;
  std::uint64_t seed = 0;
  std::string out;
  std::optional<carnet::Day> today;
};

// A usage error: the message, or nothing.
using Problem = std::optional<std::string>;

Problem ParseDemoArgs(const std::vector<std::string_view>& args, DemoArgs* out) {
  bool have_size = false;
  bool have_seed = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view name = args[i];
    std::optional<std::string_view> value;
    if (const std::size_t equals = name.find('='); equals != std::string_view::npos) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
    }
    if (name != "--size" && name != "--seed" && name != "--out" && name != "--today") {
      return "unknown option '" + std::string(args[i]) + "'";
    }
    if (!value) {
      if (i + 1 >= args.size() || args[i + 1].substr(0, 2) == "--") {
        return std::string(name) + " needs a value";
      }
      value = args[++i];
    }
    const std::string text(*value);
    if (name == "--size") {
      if (text == "small") {
        out->size = carnet::DemoSize::kSmall;
      } else if (text == "large") {
        out->size = carnet::DemoSize::kLarge;
      } else {
        return "--size must be small or large, not '" + text + "'";
      }
      have_size = true;
    } else if (name == "--seed") {
      std::uint64_t seed = 0;
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seed);
      if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return "--seed must be a whole number from 0 to 18446744073709551615, not '" + text + "'";
      }
      out->seed = seed;
      have_seed = true;
    } else if (name == "--out") {
      if (text.empty()) return std::string("--out needs a file name");
      out->out = text;
    } else {
      const std::optional<carnet::Day> day = carnet::ParseIsoDay(text);
      if (!day || !carnet::IsValidDay(*day - 731) || !carnet::IsValidDay(*day + 60)) {
        return "--today must be a date as YYYY-MM-DD from 1902 to 2199, not '" + text + "'";
      }
      out->today = *day;
    }
  }
  if (!have_size) return std::string("--size small or --size large is required");
  if (!have_seed) return std::string("--seed N is required");
  if (out->out.empty()) return std::string("--out FILE is required");
  return std::nullopt;
}

carnet::Day LocalToday() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) return 0;
  return carnet::DayFromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(0);
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

int Fail(const std::string& message) {
  (void)std::fprintf(stderr, "carnet: %s\n", message.c_str());
  return kExitFailure;
}

int RunDemo(const DemoArgs& args) {
  carnet::Result<carnet::Store> created = carnet::Store::CreateInMemory();
  if (!created.ok()) return Fail(created.status().message());
  carnet::Store& store = created.value();

  carnet::DemoOptions options;
  options.size = args.size;
  options.seed = args.seed;
  options.today = args.today ? *args.today : LocalToday();
  if (args.size == carnet::DemoSize::kLarge) options.progress = ShowProgress;
  const auto start = std::chrono::steady_clock::now();
  const carnet::Result<carnet::DemoCounts> generated = carnet::GenerateDemo(store, options);
  if (!generated.ok()) return Fail(generated.status().message());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // SQLite's VACUUM INTO refuses an existing file: write beside it, then replace it in one
  // step, so that FILE is either the old file or the whole new one.
  const std::string temporary = args.out + ".partial";
  (void)std::remove(temporary.c_str());
  if (carnet::Status s = store.SaveCopyTo(temporary); !s.ok()) {
    (void)std::remove(temporary.c_str());
    return Fail(s.message());
  }
  if (std::rename(temporary.c_str(), args.out.c_str()) != 0) {
    (void)std::remove(temporary.c_str());
    return Fail("cannot write " + args.out);
  }

  const carnet::DemoCounts& c = generated.value();
  std::printf(
      "carnet: wrote %s (%s, seed %llu, today %s) in %.1f s\n"
      "  %d dossiers (%d closed), %d household members, %d requests, %d contacts,\n"
      "  %d tasks (%d appointments), %d notes\n"
      "  fingerprint %016llx\n",
      args.out.c_str(), args.size == carnet::DemoSize::kLarge ? "large" : "small",
      static_cast<unsigned long long>(args.seed), carnet::IsoDay(options.today).c_str(), seconds,
      c.dossiers, c.closed_dossiers, c.household_members, c.requests, c.contacts, c.tasks,
      c.appointments, c.notes, static_cast<unsigned long long>(c.fingerprint));
  return 0;
}

int Usage(const std::string& message) {
  (void)std::fprintf(stderr, "carnet: %s (see carnet --help)\n", message.c_str());
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape): nothing to save
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("no command given");
  const std::string_view command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    (void)std::fputs(kHelp, stdout);
    return 0;
  }
  if (command != "demo") return Usage("unknown command '" + std::string(command) + "'");
  args.erase(args.begin());
  for (const std::string_view arg : args) {
    if (arg == "--help" || arg == "-h") {
      (void)std::fputs(kHelp, stdout);
      return 0;
    }
  }
  DemoArgs demo;
  if (const Problem problem = ParseDemoArgs(args, &demo)) return Usage("demo: " + *problem);
  return RunDemo(demo);
}
