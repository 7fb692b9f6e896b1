#include <doctest/doctest.h>

#include "core/case/schema.h"
#include "core/case/store.h"
#include "store_fixture.h"

using namespace carnet;
using namespace carnet::test;

TEST_SUITE("schema") {
  TEST_CASE("a new case file is created at the latest schema version") {
    Store store = NewStore();
    CHECK(Value(SchemaVersion(store.db())) == kSchemaVersion);
  }

  TEST_CASE("opening a case file of the latest version changes nothing and keeps the data") {
    Store store = NewStore();
    NewDossier(store, "Élodie", "Dupré", D(2026, 1, 5));
    REQUIRE(Migrate(store.db()).ok());
    CHECK(Count(store, "dossier") == 1);
    CHECK(Count(store, "category") == 31);  // the default typology was not inserted twice
  }

  TEST_CASE("a case file from a newer version is refused, not modified") {
    Result<Database> db = Database::OpenInMemory();
    REQUIRE(db.ok());
    REQUIRE(db.value().Exec("CREATE TABLE future(x); PRAGMA user_version = 99").ok());
    Result<Store> store = Store::Open(std::move(db).value());
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().message().find("newer version") != std::string::npos);
  }

  TEST_CASE("a database that is not a case file is refused") {
    Result<Database> db = Database::OpenInMemory();
    REQUIRE(db.ok());
    REQUIRE(db.value().Exec("CREATE TABLE other(x)").ok());
    Result<Store> store = Store::Open(std::move(db).value());
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().message() == "not a Carnet case file");
  }

  TEST_CASE("foreign keys are enforced") {
    Store store = NewStore();
    CHECK_FALSE(store.db()
                    .Exec("INSERT INTO request(dossier_id, opened_on, subject) VALUES (77, 0, '')")
                    .ok());
  }
}
