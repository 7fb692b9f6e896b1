#include <doctest/doctest.h>

#include <string>

#include "core/base/status.h"

using namespace carnet;

TEST_SUITE("status") {
  TEST_CASE("a result holds either a value or the error that replaced it") {
    Result<std::string> good = std::string("ok");
    CHECK(good.ok());
    CHECK(good.status().ok());
    CHECK(good.value() == "ok");

    Result<std::string> bad = Status::Error(StatusCode::kNotFound, "dossier introuvable");
    CHECK_FALSE(bad.ok());
    CHECK(bad.status().code() == StatusCode::kNotFound);
    CHECK(bad.status().message() == "dossier introuvable");
  }
}
