#include "app/vault/key_deriver.h"

#include <chrono>
#include <cmath>
#include <utility>

#include "core/base/secret_text.h"

namespace carnet {

float DerivationProgress(double elapsed_ms, double expected_ms) {
  if (!(elapsed_ms > 0) || !(expected_ms > 0)) return 0;
  // Linear up to 80 %, then an exponential approach to 99 % with the same slope at 80 %.
  constexpr double kLinear = 0.8;
  constexpr double kLeft = 0.99 - kLinear;
  const double x = elapsed_ms / expected_ms;
  const double p = x <= kLinear ? x : kLinear + kLeft * (1 - std::exp(-(x - kLinear) / kLeft));
  return static_cast<float>(p < 0.99 ? p : 0.99);
}

void InlineKeyDeriver::Run(std::function<void()> work) {
  if (defer_ticks_ <= 0) {
    work();
    return;
  }
  jobs_.push_back(Job{std::move(work), defer_ticks_});
}

void InlineKeyDeriver::Derive(std::string_view passphrase, const Salt& salt,
                              const KdfParams& params, DerivedKeyCallback done) {
  Run([secret = SecretText(passphrase), salt, params, done = std::move(done)] {
    done(DeriveKek(secret.view(), ByteView(salt.data(), salt.size()), params));
  });
}

void InlineKeyDeriver::Calibrate(double target_seconds, CalibrationCallback done) {
  Run([target_seconds, done = std::move(done)] {
    const Salt salt{};
    const auto start = std::chrono::steady_clock::now();
    Result<AeadKey> probe = DeriveKek("calibration", ByteView(salt.data(), salt.size()), kKdfFloor);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    KdfCalibration calibration;
    if (probe.ok()) {
      WipeKey(probe.value());
      calibration.params = KdfForMeasurement(seconds, target_seconds);
      calibration.floor_seconds = seconds;
    }
    done(calibration);
  });
}

void InlineKeyDeriver::Tick() {
  // One job per tick at most: each may stall the thread for a while.
  if (jobs_.empty() || jobs_.front().wait-- > 0) return;
  std::function<void()> run = std::move(jobs_.front().run);
  jobs_.pop_front();
  run();
}

}  // namespace carnet
