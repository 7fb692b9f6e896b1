// Key derivation in the browser: in a Web Worker (web/kdf_worker.js through web/kdf_client.js),
// so that the page keeps painting while Argon2id runs. When no worker can start, or it fails,
// the same request is derived on the page's thread after two frames, so that the busy screen
// is on screen before the page stalls. Answers arrive between frames, on the page's thread.
// One instance at a time (the page's exported callbacks reach it). Not thread-safe.
#pragma once

#include <map>

#include "app/vault/key_deriver.h"
#include "core/base/secret_text.h"

namespace carnet::platform {

class WebKeyDeriver : public KeyDeriver {
 public:
  WebKeyDeriver();
  ~WebKeyDeriver() override;
  WebKeyDeriver(const WebKeyDeriver&) = delete;
  WebKeyDeriver& operator=(const WebKeyDeriver&) = delete;

  void Derive(std::string_view passphrase, const Salt& salt, const KdfParams& params,
              DerivedKeyCallback done) override;
  void Calibrate(double target_seconds, CalibrationCallback done) override;
  // Runs the fallback's queued derivation, if any, then zeroes the stack it used.
  void Tick() override;

  // From the page (see the exported functions in web_key_deriver.cpp).
  void Derived(int request, const std::uint8_t* key, int status);
  void Calibrated(int request, double floor_seconds);
  void Unavailable(int request);

 private:
  // A request the worker holds. The passphrase is kept (wiped with the request) so that the
  // page's thread can take the request over if the worker fails.
  struct Request {
    SecretText passphrase;
    Salt salt{};
    KdfParams params;
    DerivedKeyCallback derived;  // set for a derivation
    double target_seconds = 0;
    CalibrationCallback calibrated;  // set for a calibration
  };

  std::map<int, Request> requests_;
  int next_request_ = 0;
  InlineKeyDeriver fallback_{2};
};

}  // namespace carnet::platform
