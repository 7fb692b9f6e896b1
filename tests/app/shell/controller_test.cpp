#include <doctest/doctest.h>

#include "app/shell/controller.h"
#include "app/vault/vault_controller.h"

using namespace carnet;

TEST_SUITE("controller") {
  TEST_CASE("the application starts in French on the welcome screen") {
    const AppState state;
    CHECK(state.lang == Lang::kFr);
    CHECK(state.screen == Screen::kWelcome);
  }

  TEST_CASE("switching the language applies and the queue empties") {
    AppState state;
    AppServices services;
    CommandQueue queue{SetLanguage{Lang::kEn}};
    CHECK(ApplyAll(state, services, queue).ok());
    CHECK(state.lang == Lang::kEn);
    CHECK(queue.empty());
  }

  TEST_CASE("a rejected command changes nothing and says why") {
    AppState state;
    AppServices services;
    Command bad = SetLanguage{static_cast<Lang>(7)};
    const Status status = Apply(state, services, bad);
    CHECK_FALSE(status.ok());
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK(state.lang == Lang::kFr);
  }

  TEST_CASE("vault commands are refused where there is no vault service") {
    AppState state;
    AppServices services;
    Command unlock = UnlockVaultRequested{"id", "phrase de passe", false};
    CHECK_FALSE(Apply(state, services, unlock).ok());
  }

  TEST_CASE("a passphrase is wiped from its command once applied") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    AppState state;
    AppServices services{&vaults, kKdfFloor};
    Command create = CreateVaultRequested{"Marie", "cheval batterie agrafe correcte",
                                          "cheval batterie agrafe correcte"};
    CHECK(Apply(state, services, create).ok());
    CHECK(std::get<CreateVaultRequested>(create).passphrase.empty());
    CHECK(std::get<CreateVaultRequested>(create).confirmation.empty());
    CHECK(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    Command seen = RecoveryKeySeen{};
    Command lock = LockVaultRequested{};
    CHECK(Apply(state, services, seen).ok());
    CHECK(Apply(state, services, lock).ok());
    CHECK(vaults.state().phase == VaultPhase::kLocked);
  }

  TEST_CASE("the display starts light, with text at 100 %") {
    const AppState state;
    CHECK(state.theme == Theme::kLight);
    CHECK(state.text_percent == 100);
  }

  TEST_CASE("the theme switches to high contrast and back") {
    AppState state;
    AppServices services;
    CommandQueue queue{SetTheme{Theme::kHighContrast}};
    CHECK(ApplyAll(state, services, queue).ok());
    CHECK(state.theme == Theme::kHighContrast);
    Command light = SetTheme{Theme::kLight};
    CHECK(Apply(state, services, light).ok());
    CHECK(state.theme == Theme::kLight);
  }

  TEST_CASE("an unknown theme is refused and the theme stays") {
    AppState state;
    AppServices services;
    Command bad = SetTheme{static_cast<Theme>(9)};
    const Status status = Apply(state, services, bad);
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK(state.theme == Theme::kLight);
  }

  TEST_CASE("the text size is taken from 100 % to 200 %, and refused outside") {
    AppState state;
    AppServices services;
    for (int percent : {100, 150, 173, 200}) {
      CAPTURE(percent);
      Command size = SetTextSize{percent};
      CHECK(Apply(state, services, size).ok());
      CHECK(state.text_percent == percent);
    }
    for (int percent : {99, 201, 0, -100, 1000}) {
      CAPTURE(percent);
      Command size = SetTextSize{percent};
      const Status status = Apply(state, services, size);
      CHECK(status.code() == StatusCode::kInvalidArgument);
      CHECK(state.text_percent == 200);
    }
  }

  TEST_CASE("display commands need no vault service") {
    AppState state;
    AppServices services;  // no vaults, no home
    CommandQueue queue{SetTheme{Theme::kHighContrast}, SetTextSize{120}, SetLanguage{Lang::kEn}};
    CHECK(ApplyAll(state, services, queue).ok());
    CHECK(state.theme == Theme::kHighContrast);
    CHECK(state.text_percent == 120);
    CHECK(state.lang == Lang::kEn);
  }
}
