#include <doctest/doctest.h>
#include <sodium.h>

#include <string>

#include "core/crypto/aead.h"

using namespace carnet;

TEST_SUITE("aead") {
  TEST_CASE("libsodium is the fetched 1.0.18 and initialises") {
    REQUIRE(InitCrypto().ok());
    CHECK(std::string(sodium_version_string()) == "1.0.18");
  }

  TEST_CASE("randomness comes from the platform's source, a whole buffer at a time") {
    REQUIRE(InitCrypto().ok());
#ifdef __EMSCRIPTEN__
    CHECK(std::string(randombytes_implementation_name()) == "js-getrandomvalues");
#else
    CHECK(std::string(randombytes_implementation_name()) == "sysrandom");
#endif
    // More than one getRandomValues call's worth (65536 bytes): no part is left unfilled.
    Bytes a(150000);
    Bytes b(150000);
    randombytes_buf(a.data(), a.size());
    randombytes_buf(b.data(), b.size());
    CHECK(a != b);
    for (std::size_t at = 0; at + 4096 <= a.size(); at += 4096) {
      CAPTURE(at);
      CHECK(!sodium_is_zero(a.data() + at, 4096));
    }
  }

  TEST_CASE("a sealed message opens with the same key and associated data") {
    REQUIRE(InitCrypto().ok());
    AeadKey key = RandomAeadKey();
    const std::string text = "Élodie Dupré — échéance";
    Result<Bytes> sealed = AeadSeal(key, text, std::string_view("vault:1|chunk:0"));
    REQUIRE(sealed.ok());
    CHECK(sealed.value().size() == text.size() + kAeadOverhead);
    Result<Bytes> opened = AeadOpen(key, sealed.value(), std::string_view("vault:1|chunk:0"));
    REQUIRE(opened.ok());
    CHECK(std::string(opened.value().begin(), opened.value().end()) == text);
    WipeKey(key);
    CHECK(key == AeadKey{});
  }

  TEST_CASE("two seals of the same message differ (fresh nonces)") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = RandomAeadKey();
    Result<Bytes> a = AeadSeal(key, std::string_view("same"), {});
    Result<Bytes> b = AeadSeal(key, std::string_view("same"), {});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value() != b.value());
  }

  TEST_CASE("any flipped bit, other associated data or another key is refused") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = RandomAeadKey();
    const std::string ad = "vault:1|chunk:7|version:3";
    Result<Bytes> sealed = AeadSeal(key, std::string_view("contenu du dossier"), ad);
    REQUIRE(sealed.ok());

    SUBCASE("every bit of nonce, ciphertext and tag") {
      for (std::size_t i = 0; i < sealed.value().size() * 8; ++i) {
        Bytes tampered = sealed.value();
        tampered[i / 8] = static_cast<std::uint8_t>(tampered[i / 8] ^ (1u << (i % 8)));
        Result<Bytes> opened = AeadOpen(key, tampered, ad);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.status().code() == StatusCode::kCryptoFailure);
      }
    }
    SUBCASE("associated data of another chunk") {
      Result<Bytes> opened =
          AeadOpen(key, sealed.value(), std::string_view("vault:1|chunk:8|version:3"));
      CHECK(opened.status().code() == StatusCode::kCryptoFailure);
    }
    SUBCASE("another key") {
      Result<Bytes> opened = AeadOpen(RandomAeadKey(), sealed.value(), ad);
      CHECK(opened.status().code() == StatusCode::kCryptoFailure);
    }
  }

  TEST_CASE("truncated sealed data is refused at every length") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = RandomAeadKey();
    Result<Bytes> sealed = AeadSeal(key, std::string_view("x"), {});
    REQUIRE(sealed.ok());
    for (std::size_t n = 0; n < sealed.value().size(); ++n) {
      Result<Bytes> opened = AeadOpen(key, ByteView(sealed.value().data(), n), {});
      REQUIRE_FALSE(opened.ok());
      CHECK((n < kAeadOverhead ? StatusCode::kCorrupt : StatusCode::kCryptoFailure) ==
            opened.status().code());
    }
  }

  TEST_CASE("an empty message round-trips") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = RandomAeadKey();
    Result<Bytes> sealed = AeadSeal(key, Bytes{}, {});
    REQUIRE(sealed.ok());
    Result<Bytes> opened = AeadOpen(key, sealed.value(), {});
    REQUIRE(opened.ok());
    CHECK(opened.value().empty());
  }
}
