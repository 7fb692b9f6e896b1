// The vault controller with a key deriver that answers only when the test says so, as the
// browser's Web Worker does: the busy phase and its progress estimate while a key is derived,
// and answers that come too late.
#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "app/vault/vault_controller.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

class FakeDeriver : public KeyDeriver {
 public:
  struct Request {
    std::string passphrase;
    Salt salt;
    KdfParams params;
    DerivedKeyCallback done;
  };
  void Derive(std::string_view passphrase, const Salt& salt, const KdfParams& params,
              DerivedKeyCallback done) override {
    requests.push_back(Request{std::string(passphrase), salt, params, std::move(done)});
  }
  void Calibrate(double /*target_seconds*/, CalibrationCallback done) override {
    calibrations.push_back(std::move(done));
  }
  // Answers the oldest request with the real derivation.
  void AnswerNext() {
    REQUIRE_FALSE(requests.empty());
    Request r = std::move(requests.front());
    requests.pop_front();
    r.done(DeriveKek(r.passphrase, ByteView(r.salt.data(), r.salt.size()), r.params));
  }
  void Calibrated(KdfCalibration calibration) {
    REQUIRE_FALSE(calibrations.empty());
    CalibrationCallback done = std::move(calibrations.front());
    calibrations.pop_front();
    done(calibration);
  }
  std::deque<Request> requests;
  std::deque<CalibrationCallback> calibrations;
};

// A shelf with one vault, created and locked again.
struct Fixture {
  MemoryShelf shelf;
  FakeDeriver deriver;
  VaultController vaults{shelf, deriver};
  Fixture() {
    vaults.Tick(1000);
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    deriver.AnswerNext();
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    vaults.ConfirmRecoveryKeySeen();
    vaults.Lock();
  }
  std::string id() const { return vaults.state().vaults.at(0).id; }
};

}  // namespace

TEST_SUITE("vault controller with a key derived elsewhere") {
  TEST_CASE("a vault is created only once its key arrives, the page busy meanwhile") {
    MemoryShelf shelf;
    FakeDeriver deriver;
    VaultController vaults(shelf, deriver);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    CHECK(vaults.state().deriving);
    REQUIRE(deriver.requests.size() == 1);
    CHECK(deriver.requests[0].params == kKdfFloor);
    CHECK(deriver.requests[0].passphrase == kPassphrase);
    for (std::int64_t t = 0; t < 5000; t += 16) vaults.Tick(t);
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    CHECK(vaults.state().vaults.empty());
    deriver.AnswerNext();
    CHECK_FALSE(vaults.state().deriving);
    CHECK(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    REQUIRE(vaults.state().vaults.size() == 1);
    // A refusal that needs no key is immediate, and asks for none.
    vaults.ConfirmRecoveryKeySeen();
    vaults.Lock();
    vaults.Create("Paul", kPassphrase, "autre chose encore", kKdfFloor);
    CHECK(vaults.state().error.field() == "confirmation");
    CHECK(vaults.state().phase == VaultPhase::kLocked);
    CHECK(deriver.requests.empty());
  }

  TEST_CASE("the progress estimate moves with time and stays below 1 until the key arrives") {
    MemoryShelf shelf;
    FakeDeriver deriver;
    VaultController vaults(shelf, deriver);
    vaults.Calibrate(0.5);
    deriver.Calibrated(KdfCalibration{KdfParams{4, kKdfFloor.mem_kib}, 1.2});  // 1.6 s at t=4
    vaults.Tick(1000);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(deriver.requests.size() == 1);
    CHECK(deriver.requests[0].params.ops == 4);
    CHECK(vaults.state().derive_seconds == 2);
    CHECK(vaults.state().derive_progress == 0);
    vaults.Tick(1400);  // a quarter of 1.6 s
    CHECK(vaults.state().derive_progress == doctest::Approx(0.25));
    float last = vaults.state().derive_progress;
    for (std::int64_t t = 1416; t < 20000; t += 16) {
      vaults.Tick(t);
      CHECK(vaults.state().derive_progress >= last);
      CHECK(vaults.state().derive_progress < 1.0f);
      last = vaults.state().derive_progress;
    }
    CHECK(last > 0.9f);
    deriver.AnswerNext();
    CHECK_FALSE(vaults.state().deriving);
    CHECK(vaults.session()->vault().kdf().ops == 4);
  }

  TEST_CASE("without a measurement the expected duration is about a second") {
    Fixture f;
    f.vaults.Unlock(f.id(), kPassphrase, false);
    CHECK(f.vaults.state().deriving);
    CHECK(f.vaults.state().derive_seconds == 1);
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("a wrong passphrase is shown once its key arrives") {
    Fixture f;
    f.vaults.Unlock(f.id(), "une erreur de frappe", false);
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);
    CHECK(f.vaults.state().error.ok());
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().error.problem() == Problem::kWrongPassphrase);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK_FALSE(f.vaults.state().deriving);
    CHECK(f.vaults.session() == nullptr);
    // And the right one then opens it.
    f.vaults.Unlock(f.id(), kPassphrase, false);
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().error.ok());
  }

  TEST_CASE("a key that arrives after the vault was locked is ignored") {
    Fixture f;
    SUBCASE("unlocking") {
      f.vaults.Unlock(f.id(), kPassphrase, false);
      REQUIRE(f.deriver.requests.size() == 1);
      f.vaults.Lock();
      CHECK_FALSE(f.vaults.state().deriving);
      f.deriver.AnswerNext();
      CHECK(f.vaults.state().phase == VaultPhase::kLocked);
      CHECK(f.vaults.session() == nullptr);
      CHECK(f.vaults.state().error.ok());
    }
    SUBCASE("creating") {
      f.vaults.Create("Paul", kPassphrase, kPassphrase, kKdfFloor);
      f.vaults.Lock();
      f.deriver.AnswerNext();
      CHECK(f.vaults.state().phase == VaultPhase::kLocked);
      CHECK(f.vaults.state().vaults.size() == 1);  // Marie's only
    }
    SUBCASE("changing the passphrase") {
      f.vaults.Unlock(f.id(), kPassphrase, false);
      f.deriver.AnswerNext();
      f.vaults.ChangePassphrase("un nouveau départ serein", "un nouveau départ serein", kKdfFloor);
      CHECK(f.vaults.state().phase == VaultPhase::kBusy);
      f.vaults.Lock();
      f.deriver.AnswerNext();
      CHECK(f.vaults.state().phase == VaultPhase::kLocked);
      f.vaults.Unlock(f.id(), kPassphrase, false);  // the old passphrase still opens it
      f.deriver.AnswerNext();
      CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    }
  }

  TEST_CASE("only the latest request's key is used") {
    Fixture f;
    f.vaults.Unlock(f.id(), "une erreur de frappe", false);
    f.vaults.Unlock(f.id(), kPassphrase, false);
    REQUIRE(f.deriver.requests.size() == 2);
    f.deriver.AnswerNext();  // the first, superseded: its wrong passphrase is not shown
    CHECK(f.vaults.state().error.ok());
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("a new passphrase set with a key derived elsewhere replaces the old one") {
    Fixture f;
    f.vaults.Unlock(f.id(), kPassphrase, false);
    f.deriver.AnswerNext();
    f.vaults.ChangePassphrase("un nouveau départ serein", "un nouveau départ serein", kKdfFloor);
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);
    REQUIRE(f.deriver.requests.size() == 1);
    CHECK(f.deriver.requests[0].passphrase == "un nouveau départ serein");
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().error.ok());
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), kPassphrase, false);
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().error.problem() == Problem::kWrongPassphrase);
    f.vaults.Unlock(f.id(), "un nouveau départ serein", false);
    f.deriver.AnswerNext();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("the recovery key needs no derivation") {
    MemoryShelf shelf;
    FakeDeriver deriver;
    VaultController vaults(shelf, deriver);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    deriver.AnswerNext();
    const std::string recovery = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
    vaults.Lock();
    vaults.Unlock(vaults.state().vaults.at(0).id, recovery, true);
    CHECK(deriver.requests.empty());
    CHECK(vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("a creation waits for the calibration under way and takes its parameters") {
    MemoryShelf shelf;
    FakeDeriver deriver;
    VaultController vaults(shelf, deriver);
    vaults.Calibrate(0.5);
    vaults.Calibrate(0.5);  // once is enough
    CHECK(deriver.calibrations.size() == 1);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    CHECK(vaults.state().deriving);
    CHECK(deriver.requests.empty());
    deriver.Calibrated(KdfCalibration{KdfParams{5, kKdfFloor.mem_kib}, 0.1});
    REQUIRE(deriver.requests.size() == 1);
    CHECK(deriver.requests[0].params.ops == 5);
    deriver.AnswerNext();
    CHECK(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    CHECK(vaults.session()->vault().kdf().ops == 5);
  }

  TEST_CASE("a creation waiting for the calibration is dropped when locked") {
    MemoryShelf shelf;
    FakeDeriver deriver;
    VaultController vaults(shelf, deriver);
    vaults.Calibrate(0.5);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    vaults.Lock();
    deriver.Calibrated(KdfCalibration{kKdfFloor, 0.3});
    CHECK(deriver.requests.empty());
    CHECK(vaults.state().phase == VaultPhase::kLocked);
  }

  TEST_CASE("a deriver's failure is shown and ends the busy phase") {
    Fixture f;
    f.vaults.Unlock(f.id(), kPassphrase, false);
    REQUIRE(f.deriver.requests.size() == 1);
    f.deriver.requests[0].done(
        Status::Error(StatusCode::kCryptoFailure, "key derivation ran out of memory"));
    CHECK(f.vaults.state().error.code() == StatusCode::kCryptoFailure);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK_FALSE(f.vaults.state().deriving);
  }
}

TEST_SUITE("derivation progress") {
  TEST_CASE("the estimate follows the elapsed fraction, then slows and never reaches 1") {
    CHECK(DerivationProgress(0, 500) == 0);
    CHECK(DerivationProgress(100, 0) == 0);
    CHECK(DerivationProgress(250, 500) == doctest::Approx(0.5));
    CHECK(DerivationProgress(400, 500) == doctest::Approx(0.8));
    float last = 0;
    for (int t = 0; t < 100000; t += 7) {
      const float p = DerivationProgress(t, 500);
      CHECK(p >= last);
      CHECK(p <= 0.99f);
      last = p;
    }
    CHECK(last > 0.98f);
  }
}
