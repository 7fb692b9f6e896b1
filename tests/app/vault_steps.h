// Steps shared by the tests of the vault's life in the app.
#pragma once

#include <doctest/doctest.h>

#include "app/vault/vault_controller.h"
#include "core/case/store.h"

namespace carnet::test {

// Adds a dossier named `name` to the open vault's case file (not yet saved).
inline void AddDossier(VaultController& vaults, const char* name) {
  CreateDossier create;
  create.person.last_name = name;
  create.opened_on = *DayFromYmd(2026, 3, 2);
  REQUIRE(vaults.session()->store().Apply(create).ok());
}

}  // namespace carnet::test
