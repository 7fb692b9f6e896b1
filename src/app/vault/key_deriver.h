// Where the passphrase's key derivation (Argon2id, a fraction of a second to seconds) runs.
// The browser runs it in a Web Worker so that the page keeps painting; natively and in tests it
// runs at once (InlineKeyDeriver). Answers may come later, always on the caller's thread (in the
// browser, between frames); the receiver of a key owns it and wipes it (WipeKey).
#pragma once

#include <deque>
#include <functional>
#include <string_view>

#include "core/base/status.h"
#include "core/crypto/aead.h"
#include "core/vault/vault_keys.h"

namespace carnet {

// The outcome of a calibration: the parameters for this device and how long one derivation at
// the floor took (to estimate later derivations' durations; 0 when unknown).
struct KdfCalibration {
  KdfParams params = kKdfFloor;
  double floor_seconds = 0;
};

// How far a derivation has probably got after `elapsed_ms` when it should take `expected_ms`:
// the elapsed fraction at first, then slowing down as the expected end nears or passes, so
// that it never reaches 1 (at most 0.99) before the answer. 0 when nothing is known.
float DerivationProgress(double elapsed_ms, double expected_ms);
// The expected duration of a derivation when nothing was measured on this device: a vault's
// parameters were calibrated for about half a second where it was created.
inline constexpr double kUnmeasuredKdfSeconds = 0.5;

using DerivedKeyCallback = std::function<void(Result<AeadKey>)>;
using CalibrationCallback = std::function<void(KdfCalibration)>;

class KeyDeriver {
 public:
  virtual ~KeyDeriver() = default;
  // DeriveKek(passphrase, salt, params), answered exactly once through `done`, possibly before
  // Derive returns. The passphrase is copied if kept, and the copy wiped once used.
  virtual void Derive(std::string_view passphrase, const Salt& salt, const KdfParams& params,
                      DerivedKeyCallback done) = 0;
  // Parameters that make one derivation take about `target_seconds` on this device
  // (KdfForMeasurement), answered exactly once through `done`.
  virtual void Calibrate(double target_seconds, CalibrationCallback done) = 0;
  // Called once a frame. A deriver that works on the caller's thread may run queued work here.
  virtual void Tick() {}
};

// Derives on the caller's thread. With `defer_ticks` 0, before Derive returns; otherwise after
// that many Ticks, so that the busy screen is on screen before the thread stalls (the
// browser's fallback when no Web Worker can start).
class InlineKeyDeriver : public KeyDeriver {
 public:
  explicit InlineKeyDeriver(int defer_ticks = 0) : defer_ticks_(defer_ticks) {}
  void Derive(std::string_view passphrase, const Salt& salt, const KdfParams& params,
              DerivedKeyCallback done) override;
  void Calibrate(double target_seconds, CalibrationCallback done) override;
  void Tick() override;
  std::size_t queued() const { return jobs_.size(); }

 private:
  struct Job {
    std::function<void()> run;  // holds a wiped-on-destruction copy of the passphrase
    int wait = 0;
  };
  void Run(std::function<void()> work);

  int defer_ticks_;
  std::deque<Job> jobs_;
};

}  // namespace carnet
