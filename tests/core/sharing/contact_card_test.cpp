// The vault's identity keys and the contact card: round trips, the fingerprint, and a strict
// parser that refuses every altered, truncated or extended card.
#include <doctest/doctest.h>
#include <sodium.h>

#include <array>
#include <cctype>
#include <string>

#include "core/base/byte_io.h"
#include "core/crypto/aead.h"
#include "core/crypto/identity.h"
#include "core/sharing/contact_card.h"

using namespace carnet;

namespace {

IdentityKeys Keys(std::uint8_t n) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(n);
  return IdentityFromSeed(seed);
}

ContactCard MustMake(const IdentityKeys& keys, std::string_view name) {
  Result<ContactCard> card = MakeContactCard(keys, name);
  REQUIRE(card.ok());
  return card.value();
}

std::string Base64(const Bytes& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);
  return out;
}

Bytes Payload(const std::string& text) {
  const std::string b64 = text.substr(kContactCardPrefix.size());
  Bytes out(b64.size());
  std::size_t size = 0;
  REQUIRE(sodium_base642bin(out.data(), out.size(), b64.data(), b64.size(), nullptr, &size, nullptr,
                            sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0);
  out.resize(size);
  return out;
}

std::string Text(const Bytes& payload) { return std::string(kContactCardPrefix) + Base64(payload); }

// A card written by hand as the header describes it, properly signed by `keys`, whatever it
// holds: to reach the checks that come after the structure.
std::string SignedCard(const IdentityKeys& keys, std::uint8_t version, std::string_view name,
                       const BoxPublicKey& box_key, const SignPublicKey& sign_key) {
  ByteWriter body;
  body.U8(version);
  body.U16(static_cast<std::uint16_t>(name.size()));
  body.Raw(name);
  body.Raw(ByteView(box_key.data(), box_key.size()));
  body.Raw(ByteView(sign_key.data(), sign_key.size()));
  ByteWriter message;
  message.Raw(std::string_view("Carnet contact card 1\0", 22));
  message.Raw(body.bytes());
  const Signature signature = SignDetached(keys, message.bytes().data(), message.bytes().size());
  body.Raw(ByteView(signature.data(), signature.size()));
  return Text(body.bytes());
}

std::string SignedCard(const IdentityKeys& keys, std::string_view name) {
  return SignedCard(keys, kContactCardVersion, name, keys.box_public, keys.sign_public);
}

bool Refused(std::string_view text) {
  Result<ContactCard> card = ParseContactCard(text);
  return !card.ok() && card.status().code() == StatusCode::kCorrupt;
}

std::string RefusalMessage(std::string_view text) {
  return ParseContactCard(text).status().message();
}

}  // namespace

TEST_SUITE("contact_card") {
  TEST_CASE("a new identity has distinct key pairs whose public halves match the secrets") {
    REQUIRE(InitCrypto().ok());
    Result<IdentityKeys> a = NewIdentity();
    Result<IdentityKeys> b = NewIdentity();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().box_public != b.value().box_public);
    CHECK(a.value().sign_public != b.value().sign_public);
    BoxPublicKey derived{};
    REQUIRE(crypto_scalarmult_base(derived.data(), a.value().box_secret.data()) == 0);
    CHECK(derived == a.value().box_public);
    CHECK(std::equal(a.value().sign_public.begin(), a.value().sign_public.end(),
                     a.value().sign_secret.begin() + 32));
  }

  TEST_CASE("moving identity keys wipes the source, and Wipe zeroes every key") {
    REQUIRE(InitCrypto().ok());
    IdentityKeys source = Keys(1);
    const IdentityKeys copy = source;
    IdentityKeys moved = std::move(source);
    CHECK(moved.sign_secret == copy.sign_secret);
    // NOLINTNEXTLINE(bugprone-use-after-move): the wipe on move is what is tested
    CHECK(sodium_is_zero(source.box_secret.data(), source.box_secret.size()) == 1);
    CHECK(sodium_is_zero(source.sign_secret.data(), source.sign_secret.size()) == 1);
    moved.Wipe();
    CHECK(sodium_is_zero(moved.box_secret.data(), moved.box_secret.size()) == 1);
    CHECK(sodium_is_zero(moved.sign_secret.data(), moved.sign_secret.size()) == 1);
    CHECK(sodium_is_zero(moved.box_public.data(), moved.box_public.size()) == 1);
  }

  TEST_CASE("the same seed gives the same keys, and the two key pairs differ") {
    REQUIRE(InitCrypto().ok());
    CHECK(Keys(7).sign_secret == Keys(7).sign_secret);
    CHECK(Keys(7).box_secret == Keys(7).box_secret);
    CHECK(Keys(7).box_public != Keys(8).box_public);
    const IdentityKeys k = Keys(7);
    CHECK(!std::equal(k.box_secret.begin(), k.box_secret.end(), k.sign_secret.begin()));
  }

  TEST_CASE("a card written and parsed again gives the same identity and the same text") {
    REQUIRE(InitCrypto().ok());
    Result<IdentityKeys> keys = NewIdentity();
    REQUIRE(keys.ok());
    const ContactCard card = MustMake(keys.value(), "Marie Dupont");
    const std::string text = ContactCardText(card);
    CHECK(text.rfind("CARNET-CONTACT-1:", 0) == 0);
    CHECK(text.find_first_of(" \t\r\n+/=") == std::string::npos);
    Result<ContactCard> parsed = ParseContactCard(text);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().identity == PublicPart(keys.value(), "Marie Dupont"));
    CHECK(parsed.value().signature == card.signature);
    CHECK(ContactCardText(parsed.value()) == text);
  }

  TEST_CASE("accents and other scripts in a name are kept exactly") {
    REQUIRE(InitCrypto().ok());
    for (const char* name :
         {"Élodie Œuvray — CCAS de Sète", "Zoë Ångström", "Maïté N'Diaye", "李小龍"}) {
      CAPTURE(name);
      Result<ContactCard> parsed = ParseContactCard(ContactCardText(MustMake(Keys(2), name)));
      REQUIRE(parsed.ok());
      CHECK(parsed.value().identity.name == name);
    }
  }

  TEST_CASE("the name must be 1 to 100 characters of text, spaces around it removed") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys keys = Keys(3);
    CHECK(MustMake(keys, "  Marie  ").identity.name == "Marie");
    std::string hundred;
    for (int i = 0; i < 100; ++i) hundred += "é";
    CHECK(ParseContactCard(ContactCardText(MustMake(keys, hundred))).ok());
    CHECK(MakeContactCard(keys, hundred + "é").status().problem() == Problem::kTooLong);
    CHECK(MakeContactCard(keys, "").status().problem() == Problem::kRequired);
    CHECK(MakeContactCard(keys, "   ").status().problem() == Problem::kRequired);
    CHECK(MakeContactCard(keys, "Ma\x01rie").status().problem() == Problem::kInvalidText);
    CHECK(MakeContactCard(keys, "Ma\nrie").status().problem() == Problem::kInvalidText);
    CHECK(MakeContactCard(keys, "Ma\xC3rie").status().problem() == Problem::kInvalidText);
    CHECK(MakeContactCard(keys, "Marie").status().field().empty());
    CHECK(MakeContactCard(keys, "").status().field() == "name");
    CHECK(MakeContactCard(keys, "").status().code() == StatusCode::kInvalidArgument);
  }

  TEST_CASE("a properly signed card with a bad name is refused") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys keys = Keys(4);
    REQUIRE(ParseContactCard(SignedCard(keys, "Marie")).ok());  // the hand-made card is right
    std::string long_name(101, 'x');
    for (const std::string& name :
         {std::string(), std::string("Ma\x01rie"), std::string("Ma\nrie"), std::string("Ma\xC3rie"),
          std::string(" Marie"), std::string("Marie\t"), long_name, std::string("\xC0\xAF")}) {
      CAPTURE(name);
      CHECK(Refused(SignedCard(keys, name)));
      CHECK(RefusalMessage(SignedCard(keys, name)).find("name") != std::string::npos);
    }
  }

  TEST_CASE("a properly signed card of an unknown version is refused as unsupported") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys keys = Keys(5);
    for (const int version : {0, 2, 255}) {
      Result<ContactCard> card = ParseContactCard(SignedCard(
          keys, static_cast<std::uint8_t>(version), "Marie", keys.box_public, keys.sign_public));
      REQUIRE(!card.ok());
      CHECK(card.status().code() == StatusCode::kCorrupt);
      CHECK(card.status().problem() == Problem::kUnsupportedFormat);
    }
  }

  TEST_CASE("all-zero and small-order public keys are refused even when signed") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys keys = Keys(6);
    BoxPublicKey zero_box{};
    BoxPublicKey one_box{};  // u = 1: a point of small order
    one_box[0] = 1;
    for (const BoxPublicKey& bad : {zero_box, one_box}) {
      const std::string card = SignedCard(keys, 1, "Marie", bad, keys.sign_public);
      CHECK(Refused(card));
      CHECK(RefusalMessage(card).find("encryption key") != std::string::npos);
    }
    SignPublicKey zero_sign{};
    SignPublicKey neutral{};  // the neutral element, y = 1
    neutral[0] = 1;
    for (const SignPublicKey& bad : {zero_sign, neutral}) {
      const std::string card = SignedCard(keys, 1, "Marie", keys.box_public, bad);
      CHECK(Refused(card));
      CHECK(RefusalMessage(card).find("signing key") != std::string::npos);
    }
  }

  TEST_CASE("a card signed by another key than the one it carries is refused") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys owner = Keys(9);
    const IdentityKeys other = Keys(10);
    const std::string card = SignedCard(other, 1, "Marie", owner.box_public, owner.sign_public);
    CHECK(Refused(card));
    CHECK(RefusalMessage(card).find("signature") != std::string::npos);
    // The other way round: an attacker's keys under the owner's signature.
    const ContactCard genuine = MustMake(owner, "Marie");
    Bytes payload = Payload(ContactCardText(genuine));
    std::copy(other.box_public.begin(), other.box_public.end(), payload.begin() + 3 + 5);
    CHECK(Refused(Text(payload)));
  }

  TEST_CASE("changing any single byte of a card's payload makes it refused") {
    REQUIRE(InitCrypto().ok());
    const std::string text = ContactCardText(MustMake(Keys(11), "Élodie"));
    const Bytes payload = Payload(text);
    REQUIRE(ParseContactCard(Text(payload)).ok());
    for (std::size_t i = 0; i < payload.size(); ++i) {
      for (const int mask : {0x01, 0x80, 0xFF}) {
        Bytes altered = payload;
        altered[i] = static_cast<std::uint8_t>(altered[i] ^ mask);
        CAPTURE(i);
        CAPTURE(mask);
        CHECK(Refused(Text(altered)));
      }
    }
  }

  TEST_CASE("a truncated or extended card is refused at every length") {
    REQUIRE(InitCrypto().ok());
    const std::string text = ContactCardText(MustMake(Keys(12), "Marie"));
    const Bytes payload = Payload(text);
    for (std::size_t n = 0; n < text.size(); ++n) {
      CAPTURE(n);
      CHECK(Refused(text.substr(0, n)));
    }
    for (std::size_t n = 0; n < payload.size(); ++n) {
      CAPTURE(n);
      CHECK(Refused(Text(Bytes(payload.begin(), payload.begin() + static_cast<long>(n)))));
    }
    for (const int extra : {0x00, 0x41}) {
      Bytes longer = payload;
      longer.push_back(static_cast<std::uint8_t>(extra));
      CHECK(Refused(Text(longer)));
      CHECK(RefusalMessage(Text(longer)).find("after the signature") != std::string::npos);
    }
    CHECK(Refused(text + "A"));
    CHECK(Refused(text + "AA"));
  }

  TEST_CASE("a wrong prefix or text that is not base64url is refused") {
    REQUIRE(InitCrypto().ok());
    const std::string text = ContactCardText(MustMake(Keys(13), "Marie"));
    const std::string body = text.substr(kContactCardPrefix.size());
    for (const char* prefix : {"", "carnet-contact-1:", "CARNET-CONTACT-2:", "CARNET-CONTACT-1",
                               "CARNET-CONTACT-1: ", "XCARNET-CONTACT-1:"}) {
      CAPTURE(prefix);
      CHECK(Refused(prefix + body));
    }
    for (const char bad : {'+', '/', '=', '*', '.', ' ', '\t', '\n', '\0'}) {
      for (const std::size_t at : {std::size_t{0}, body.size() / 2, body.size() - 1}) {
        std::string altered = text;
        altered[kContactCardPrefix.size() + at] = bad;
        CAPTURE(static_cast<int>(bad));
        CAPTURE(at);
        CHECK(Refused(altered));
      }
    }
    // Every byte outside the base64url alphabet, in place of each kind of character.
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int byte = 0; byte < 256; ++byte) {
      const char c = static_cast<char>(byte);
      if (alphabet.find(c) != std::string::npos) continue;
      for (const char replaced : {'A', 'z', '0', '-', '_'}) {
        const std::size_t at = text.find(replaced, kContactCardPrefix.size());
        if (at == std::string::npos) continue;
        std::string altered = text;
        altered[at] = c;
        CAPTURE(byte);
        CAPTURE(replaced);
        CHECK(Refused(altered));
      }
    }
    CHECK(Refused(text + "=="));
    CHECK(Refused(std::string(kContactCardPrefix)));
    CHECK(Refused(text + std::string(kMaxContactCardChars, ' ')));
  }

  TEST_CASE("spaces and line breaks around a pasted card are accepted, inside it they are not") {
    REQUIRE(InitCrypto().ok());
    const ContactCard card = MustMake(Keys(14), "Marie");
    const std::string text = ContactCardText(card);
    for (const char* around : {" ", "\n", "\r\n", "\t \n\n"}) {
      Result<ContactCard> parsed = ParseContactCard(around + text + around);
      REQUIRE(parsed.ok());
      CHECK(parsed.value().identity == card.identity);
    }
    const std::size_t middle = kContactCardPrefix.size() + 40;
    for (const char* inside : {" ", "\n", "\r\n"}) {
      CHECK(Refused(text.substr(0, middle) + inside + text.substr(middle)));
    }
  }

  TEST_CASE("the fingerprint is six groups of four digits, fixed by the public keys alone") {
    REQUIRE(InitCrypto().ok());
    const IdentityKeys keys = Keys(15);
    const std::string fingerprint = Fingerprint(PublicPart(keys, "Marie"));
    REQUIRE(fingerprint.size() == 29);
    for (std::size_t i = 0; i < fingerprint.size(); ++i) {
      CAPTURE(i);
      if (i % 5 == 4) {
        CHECK(fingerprint[i] == ' ');
      } else {
        CHECK(std::isdigit(static_cast<unsigned char>(fingerprint[i])) != 0);
      }
    }
    CHECK(Fingerprint(PublicPart(keys, "Marie")) == fingerprint);
    CHECK(Fingerprint(PublicPart(Keys(15), "Another name")) == fingerprint);
    Result<ContactCard> parsed = ParseContactCard(ContactCardText(MustMake(keys, "Marie")));
    REQUIRE(parsed.ok());
    CHECK(Fingerprint(parsed.value().identity) == fingerprint);

    // As documented: BLAKE2b-512 of the context and both keys, six little-endian u64 mod 10000.
    ByteWriter input;
    input.Raw(std::string_view("Carnet fingerprint 1\0", 21));
    input.Raw(ByteView(keys.box_public.data(), keys.box_public.size()));
    input.Raw(ByteView(keys.sign_public.data(), keys.sign_public.size()));
    std::array<std::uint8_t, 64> hash{};
    crypto_generichash(hash.data(), hash.size(), input.bytes().data(), input.bytes().size(),
                       nullptr, 0);
    ByteReader reader(ByteView(hash.data(), hash.size()));
    for (std::size_t group = 0; group < 6; ++group) {
      std::uint64_t value = 0;
      REQUIRE(reader.U64(&value));
      CHECK(std::stoul(fingerprint.substr(group * 5, 4)) == value % 10000);
    }
  }

  TEST_CASE("different keys give different fingerprints, either key alone suffices") {
    REQUIRE(InitCrypto().ok());
    const PublicIdentity a = PublicPart(Keys(16), "Marie");
    const PublicIdentity b = PublicPart(Keys(17), "Marie");
    CHECK(Fingerprint(a) != Fingerprint(b));
    PublicIdentity mixed = a;
    mixed.box_key = b.box_key;
    CHECK(Fingerprint(mixed) != Fingerprint(a));
    mixed = a;
    mixed.sign_key = b.sign_key;
    CHECK(Fingerprint(mixed) != Fingerprint(a));
    mixed = a;
    mixed.sign_key[31] ^= 1;
    CHECK(Fingerprint(mixed) != Fingerprint(a));
  }
}
