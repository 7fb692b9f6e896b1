// Known answers for the primitives the vault rests on, so that every build (native with its
// AVX2 paths, wasm with its SIMD128 paths) is checked against the same bytes: the published
// XChaCha20-Poly1305 vector, and digests of a long message and of one Argon2id derivation
// computed with an independent implementation (OpenSSL's ChaCha20-Poly1305 after HChaCha20,
// and its Argon2id).
#include <doctest/doctest.h>
#include <sodium.h>

#include <array>
#include <cstdint>
#include <string>

#include "core/crypto/aead.h"
#include "core/vault/vault_keys.h"

using namespace carnet;

namespace {

constexpr std::array<std::uint8_t, 32> kKey = {
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f};
constexpr std::array<std::uint8_t, 24> kNonce = {0x07, 0x00, 0x00, 0x00, 0x40, 0x41, 0x42, 0x43,
                                                 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b,
                                                 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53};
constexpr std::array<std::uint8_t, 12> kAd = {0x50, 0x51, 0x52, 0x53, 0xc0, 0xc1,
                                              0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7};

Bytes Seal(const Bytes& message) {
  Bytes sealed(message.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &length, message.data(), message.size(),
                                             kAd.data(), kAd.size(), nullptr, kNonce.data(),
                                             kKey.data());
  sealed.resize(static_cast<std::size_t>(length));
  return sealed;
}

std::string Hex(const std::uint8_t* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

std::string Blake2b256(const Bytes& data) {
  std::array<std::uint8_t, 32> digest{};
  crypto_generichash(digest.data(), digest.size(), data.data(), data.size(), nullptr, 0);
  return Hex(digest.data(), digest.size());
}

}  // namespace

TEST_SUITE("crypto vectors") {
  TEST_CASE("XChaCha20-Poly1305 gives the published vector and opens it") {
    REQUIRE(InitCrypto().ok());
    const std::string text =
        "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
        "future, sunscreen would be it.";
    const Bytes expected = {
        0xf8, 0xeb, 0xea, 0x48, 0x75, 0x04, 0x40, 0x66, 0xfc, 0x16, 0x2a, 0x06, 0x04, 0xe1, 0x71,
        0xfe, 0xec, 0xfb, 0x3d, 0x20, 0x42, 0x52, 0x48, 0x56, 0x3b, 0xcf, 0xd5, 0xa1, 0x55, 0xdc,
        0xc4, 0x7b, 0xbd, 0xa7, 0x0b, 0x86, 0xe5, 0xab, 0x9b, 0x55, 0x00, 0x2b, 0xd1, 0x27, 0x4c,
        0x02, 0xdb, 0x35, 0x32, 0x1a, 0xcd, 0x7a, 0xf8, 0xb2, 0xe2, 0xd2, 0x50, 0x15, 0xe1, 0x36,
        0xb7, 0x67, 0x94, 0x58, 0xe9, 0xf4, 0x32, 0x43, 0xbf, 0x71, 0x9d, 0x63, 0x9b, 0xad, 0xb5,
        0xfe, 0xac, 0x03, 0xf8, 0x0a, 0x19, 0xa9, 0x6e, 0xf1, 0x0c, 0xb1, 0xd1, 0x53, 0x33, 0xa8,
        0x37, 0xb9, 0x09, 0x46, 0xba, 0x38, 0x54, 0xee, 0x74, 0xda, 0x3f, 0x25, 0x85, 0xef, 0xc7,
        0xe1, 0xe1, 0x70, 0xe1, 0x7e, 0x15, 0xe5, 0x63, 0xe7, 0x76, 0x01, 0xf4, 0xf8, 0x5c, 0xaf,
        0xa8, 0xe5, 0x87, 0x76, 0x14, 0xe1, 0x43, 0xe6, 0x84, 0x20,
    };
    const Bytes sealed = Seal(Bytes(text.begin(), text.end()));
    CHECK(sealed == expected);
    // The same bytes through the vault's own opener (nonce || ciphertext || tag).
    Bytes framed(kNonce.begin(), kNonce.end());
    framed.insert(framed.end(), expected.begin(), expected.end());
    AeadKey key = kKey;
    Result<Bytes> opened = AeadOpen(key, framed, ByteView(kAd.data(), kAd.size()));
    REQUIRE(opened.ok());
    CHECK(std::string(opened.value().begin(), opened.value().end()) == text);
  }

  TEST_CASE("a long message takes the vectorised paths and still gives the expected bytes") {
    REQUIRE(InitCrypto().ok());
    Bytes message(65536 + 77);
    for (std::size_t i = 0; i < message.size(); ++i)
      message[i] = static_cast<std::uint8_t>((i * 31 + 7) & 0xff);
    CHECK(Blake2b256(Seal(message)) ==
          "8970bc84a9d313e18939c941958153724f4465aef047c46112849b40e88cc421");
  }

  TEST_CASE("the keystream is the same in one call as block by block, at every length") {
    // Long calls take the multi-block kernels; single 64-byte blocks take the one-block path
    // that the published vector checks.
    REQUIRE(InitCrypto().ok());
    const std::uint8_t* nonce = kNonce.data() + 12;  // an IETF nonce is 12 bytes
    for (std::size_t length = 1; length <= 1100; length += 7) {
      Bytes whole(length);
      crypto_stream_chacha20_ietf(whole.data(), whole.size(), nonce, kKey.data());
      Bytes pieces(length);
      for (std::size_t at = 0; at < length; at += 64) {
        const std::size_t n = length - at < 64 ? length - at : 64;
        const Bytes zeros(n);
        crypto_stream_chacha20_ietf_xor_ic(pieces.data() + at, zeros.data(), n, nonce,
                                           static_cast<std::uint32_t>(at / 64), kKey.data());
      }
      CAPTURE(length);
      REQUIRE(whole == pieces);
    }
  }

  TEST_CASE("Argon2id at the floor derives the expected key") {
    REQUIRE(InitCrypto().ok());
    std::array<std::uint8_t, kSaltBytes> salt{};
    for (std::size_t i = 0; i < salt.size(); ++i) salt[i] = static_cast<std::uint8_t>(i);
    Result<AeadKey> kek =
        DeriveKek("Une phrase de passe très longue", ByteView(salt.data(), salt.size()), kKdfFloor);
    REQUIRE(kek.ok());
    CHECK(Hex(kek.value().data(), kek.value().size()) ==
          "b576d30e1f4563df8cb6337c352e2ba492d232e1b8aeaa9f2226e1e3c5cfa2b1");
    WipeKey(kek.value());
  }
}
