// A synthetic caseload for demonstrations, manual tests and benchmarks: invented people with
// two years of requests, contacts, tasks, appointments and notes before a given day.
//
// Deterministic: the same size, seed and day give the same commands in the same order, hence
// the same case file, natively and in wasm. The generator draws from its own integer PRNG
// (demo_random.h) and uses no floating point, no hashing container and no unstable sort.
// The result also depends on the store's default typology and support process, which it reads.
//
// Everything goes through Store::Apply, so the data obeys every rule of the store: nothing is
// dated before its dossier's opening, a dossier closes after it opened and after its last
// event, appointments have a time, a contact's requests belong to its dossier.
#pragma once

#include <cstdint>
#include <functional>

#include "core/base/calendar.h"
#include "core/base/status.h"

namespace carnet {

class Store;

enum class DemoSize : std::uint8_t {
  kSmall,  // one worker's caseload: about 150 open dossiers and 90 closed ones
  kLarge,  // a stress test: exactly kLargeDossiers, kLargeContacts and kLargeTasks
};

inline constexpr int kLargeDossiers = 10000;
inline constexpr int kLargeContacts = 300000;
inline constexpr int kLargeTasks = 50000;  // tasks and appointments together

struct DemoOptions {
  DemoSize size = DemoSize::kSmall;
  std::uint64_t seed = 1;
  Day today = 0;  // history ends the day before; open tasks and appointments reach past it
  // Called with 0 to 100 as the work advances, each value at most once; may be empty.
  std::function<void(int percent)> progress;
};

// What was written, counted command by command.
struct DemoCounts {
  int dossiers = 0;  // closed ones included
  int closed_dossiers = 0;
  int household_members = 0;
  int requests = 0;
  int contacts = 0;
  int tasks = 0;  // appointments included
  int appointments = 0;
  int notes = 0;
  // FNV-1a (64 bits) of every command applied, field by field, in order: equal on two
  // platforms when they generated the same case file.
  std::uint64_t fingerprint = 0;
};

// Fills `store` (normally new and empty) in one transaction; on failure rolls it back and
// returns the store's refusal, prefixed with the command that caused it.
// `options.today` must be a valid day at least two years after 1900.
Result<DemoCounts> GenerateDemo(Store& store, const DemoOptions& options);

}  // namespace carnet
