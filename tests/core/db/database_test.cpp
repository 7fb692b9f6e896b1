#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "core/db/database.h"

using namespace carnet;

namespace {

std::vector<std::string> Search(Database& db, const std::string& query) {
  Result<Statement> stmt =
      db.Prepare("SELECT name FROM people WHERE people MATCH ?1 ORDER BY rowid");
  REQUIRE(stmt.ok());
  REQUIRE(stmt.value().BindText(1, query).ok());
  std::vector<std::string> names;
  for (;;) {
    Result<bool> row = stmt.value().Step();
    REQUIRE(row.ok());
    if (!row.value()) break;
    names.push_back(stmt.value().ColumnText(0));
  }
  return names;
}

}  // namespace

TEST_SUITE("database") {
  TEST_CASE("SQLite is the fetched 3.40.1") {
    CHECK(std::string(sqlite3_libversion()) == "3.40.1");
  }

  TEST_CASE("FTS5 is compiled in and search ignores accents and case") {
    Result<Database> opened = Database::OpenInMemory();
    REQUIRE(opened.ok());
    Database& db = opened.value();
    REQUIRE(db.Exec("CREATE VIRTUAL TABLE people USING fts5(name, "
                    "tokenize = 'unicode61 remove_diacritics 2');"
                    "INSERT INTO people(name) VALUES ('Élodie Dupré'), ('Loïc Lefèvre'), "
                    "('Chloé Ñúñez');")
                .ok());
    CHECK(Search(db, "elodie") == std::vector<std::string>{"Élodie Dupré"});
    CHECK(Search(db, "DUPRE") == std::vector<std::string>{"Élodie Dupré"});
    CHECK(Search(db, "lefevre") == std::vector<std::string>{"Loïc Lefèvre"});
    CHECK(Search(db, "nunez") == std::vector<std::string>{"Chloé Ñúñez"});
    CHECK(Search(db, "lo*") == std::vector<std::string>{"Loïc Lefèvre"});
    CHECK(Search(db, "inconnu").empty());
  }

  TEST_CASE("bad SQL comes back as a status with SQLite's message") {
    Result<Database> opened = Database::OpenInMemory();
    REQUIRE(opened.ok());
    Status exec = opened.value().Exec("SELEC 1");
    CHECK_FALSE(exec.ok());
    CHECK(exec.message().find("syntax error") != std::string::npos);
    Result<Statement> stmt = opened.value().Prepare("SELECT * FROM missing");
    REQUIRE_FALSE(stmt.ok());
    CHECK(stmt.status().message().find("no such table") != std::string::npos);
  }

  TEST_CASE("integers and text round-trip through a prepared statement") {
    Result<Database> opened = Database::OpenInMemory();
    REQUIRE(opened.ok());
    Database& db = opened.value();
    REQUIRE(db.Exec("CREATE TABLE t(n INTEGER, s TEXT)").ok());
    Result<Statement> insert = db.Prepare("INSERT INTO t VALUES (?1, ?2)");
    REQUIRE(insert.ok());
    REQUIRE(insert.value().BindInt(1, 9007199254740993LL).ok());
    REQUIRE(insert.value().BindText(2, std::string("a\0b", 3)).ok());
    REQUIRE(insert.value().Step().ok());
    Result<Statement> select = db.Prepare("SELECT n, s FROM t");
    REQUIRE(select.ok());
    Result<bool> row = select.value().Step();
    REQUIRE(row.ok());
    REQUIRE(row.value());
    CHECK(select.value().ColumnInt(0) == 9007199254740993LL);
    CHECK(select.value().ColumnText(1) == std::string("a\0b", 3));
  }
}
