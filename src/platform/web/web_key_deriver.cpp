#include "web_key_deriver.h"
#include "frame_pacing.h"
#include "stack_scrub.h"

#include <emscripten.h>

#include <algorithm>
#include <utility>

namespace carnet::platform {
namespace {

WebKeyDeriver* g_deriver = nullptr;  // the one the page's answers go to

// clang-format off
// Each returns 1 when the worker took the request, 0 when there is none (derive here then).
// The passphrase is copied out of the module's memory into a buffer that is handed over to the
// worker (or zeroed): see web/kdf_client.js.
EM_JS(int, carnet_js_kdf_derive, (int request, const std::uint8_t* passphrase, int size,
                                  const std::uint8_t* salt, int salt_size, int ops, int mem_kib), {
  if (!Module.carnetKdf) return 0;
  return Module.carnetKdf.derive(request, HEAPU8.slice(passphrase, passphrase + size),
                                 HEAPU8.slice(salt, salt + salt_size), ops, mem_kib) ? 1 : 0;
});
EM_JS(int, carnet_js_kdf_calibrate, (int request, int ops, int mem_kib), {
  if (!Module.carnetKdf) return 0;
  return Module.carnetKdf.calibrate(request, ops, mem_kib) ? 1 : 0;
});
// clang-format on

}  // namespace

WebKeyDeriver::WebKeyDeriver() { g_deriver = this; }

WebKeyDeriver::~WebKeyDeriver() {
  if (g_deriver == this) g_deriver = nullptr;
}

void WebKeyDeriver::Tick() {
  const std::size_t queued = fallback_.queued();
  fallback_.Tick();
  if (fallback_.queued() < queued) ScrubFreeStack();  // Argon2id ran on this thread
}

void WebKeyDeriver::Derive(std::string_view passphrase, const Salt& salt, const KdfParams& params,
                           DerivedKeyCallback done) {
  if (Status s = CheckKdf(params); !s.ok()) {
    done(s);
    return;
  }
  const int request = ++next_request_;
  const int sent = carnet_js_kdf_derive(
      request, reinterpret_cast<const std::uint8_t*>(passphrase.data()),
      static_cast<int>(passphrase.size()), salt.data(), static_cast<int>(salt.size()),
      static_cast<int>(params.ops), static_cast<int>(params.mem_kib));
  if (sent == 0) {
    fallback_.Derive(passphrase, salt, params, std::move(done));
    return;
  }
  Request& r = requests_[request];
  r.passphrase = SecretText(passphrase);
  r.salt = salt;
  r.params = params;
  r.derived = std::move(done);
}

void WebKeyDeriver::Calibrate(double target_seconds, CalibrationCallback done) {
  const int request = ++next_request_;
  if (carnet_js_kdf_calibrate(request, static_cast<int>(kKdfFloor.ops),
                              static_cast<int>(kKdfFloor.mem_kib)) == 0) {
    fallback_.Calibrate(target_seconds, std::move(done));
    return;
  }
  Request& r = requests_[request];
  r.target_seconds = target_seconds;
  r.calibrated = std::move(done);
}

void WebKeyDeriver::Derived(int request, const std::uint8_t* key, int status) {
  auto it = requests_.find(request);
  if (it == requests_.end() || !it->second.derived) return;
  Request r = std::move(it->second);
  requests_.erase(it);
  if (status != 0 || key == nullptr) {
    r.derived(Status::Error(StatusCode::kCryptoFailure, "key derivation ran out of memory"));
    return;
  }
  AeadKey kek{};
  std::copy(key, key + kek.size(), kek.begin());
  r.derived(kek);  // the receiver wipes its copy
  WipeKey(kek);
}

void WebKeyDeriver::Calibrated(int request, double floor_seconds) {
  auto it = requests_.find(request);
  if (it == requests_.end() || !it->second.calibrated) return;
  Request r = std::move(it->second);
  requests_.erase(it);
  KdfCalibration calibration;
  if (floor_seconds > 0) {
    calibration.params = KdfForMeasurement(floor_seconds, r.target_seconds);
    calibration.floor_seconds = floor_seconds;
  }
  r.calibrated(calibration);
}

void WebKeyDeriver::Unavailable(int request) {
  auto it = requests_.find(request);
  if (it == requests_.end()) return;
  Request r = std::move(it->second);
  requests_.erase(it);
  if (r.derived) {
    fallback_.Derive(r.passphrase.view(), r.salt, r.params, std::move(r.derived));
  } else if (r.calibrated) {
    fallback_.Calibrate(r.target_seconds, std::move(r.calibrated));
  }
}

}  // namespace carnet::platform

using carnet::platform::g_deriver;

extern "C" {

// A derived key (32 bytes at `key`, copied; the page zeroes its copies), or `status` != 0 when
// the worker could not derive it (out of memory).
EMSCRIPTEN_KEEPALIVE void carnet_kdf_derived(int request, const std::uint8_t* key, int status) {
  carnet::platform::WakeFrames();
  if (g_deriver != nullptr) g_deriver->Derived(request, key, status);
}

// How long one derivation at the floor took in the worker, in seconds (0: it failed).
EMSCRIPTEN_KEEPALIVE void carnet_kdf_calibrated(int request, double floor_seconds) {
  carnet::platform::WakeFrames();
  if (g_deriver != nullptr) g_deriver->Calibrated(request, floor_seconds);
}

// The worker cannot answer this request (it failed to start or stopped): derive it here.
EMSCRIPTEN_KEEPALIVE void carnet_kdf_unavailable(int request) {
  carnet::platform::WakeFrames();
  if (g_deriver != nullptr) g_deriver->Unavailable(request);
}
}
