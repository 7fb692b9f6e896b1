#include "core/sharing/contact_card.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/base/byte_io.h"
#include "core/base/bytes.h"
#include "core/base/text_rules.h"

namespace carnet {
namespace {

constexpr std::string_view kSignatureContext("Carnet contact card 1\0", 22);
constexpr std::string_view kFingerprintContext("Carnet fingerprint 1\0", 21);
// version | name length | name | box key | sign key | signature
constexpr std::size_t kFixedBytes = 1 + 2 + kBoxPublicKeyBytes + kSignPublicKeyBytes;
constexpr std::size_t kMaxPayloadBytes = kFixedBytes + kMaxContactNameBytes + kSignatureBytes;
constexpr int kBase64Variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

Status Refused(const char* why) {
  return Status::Error(StatusCode::kCorrupt, std::string("contact card refused: ") + why);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// libsodium's decoder alone accepts a few bytes outside the alphabet (found by fuzzing), which
// would let two texts stand for one card; only A-Z a-z 0-9 - _ pass here.
bool IsBase64UrlText(std::string_view text) {
  for (const char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

Status CheckName(std::string_view name) {
  Status s = CheckText(name, "name", kMaxContactNameChars, TextKind::kLine, true);
  if (!s.ok()) return s;
  if (Trim(name).size() != name.size()) {
    return Status::Invalid(Problem::kInvalidText, "name", "spaces around the name");
  }
  return Status::Ok();
}

// Every byte the signature covers: the card's bytes without the signature.
Bytes SignedBytes(const PublicIdentity& identity) {
  ByteWriter w;
  w.U8(kContactCardVersion);
  w.U16(static_cast<std::uint16_t>(identity.name.size()));
  w.Raw(std::string_view(identity.name));
  w.Raw(ByteView(identity.box_key.data(), identity.box_key.size()));
  w.Raw(ByteView(identity.sign_key.data(), identity.sign_key.size()));
  return w.Take();
}

Bytes SignatureMessage(ByteView signed_bytes) {
  ByteWriter w;
  w.Raw(kSignatureContext);
  w.Raw(signed_bytes);
  return w.Take();
}

// An X25519 key is refused when it is all zero or of small order: libsodium's scalar
// multiplication fails exactly when the shared point would be the identity.
bool IsUsableBoxKey(const BoxPublicKey& key) {
  if (sodium_is_zero(key.data(), key.size()) != 0) return false;
  std::uint8_t scalar[crypto_scalarmult_SCALARBYTES] = {1};
  std::uint8_t shared[crypto_scalarmult_BYTES] = {};
  const bool ok = crypto_scalarmult(shared, scalar, key.data()) == 0;
  sodium_memzero(shared, sizeof shared);
  return ok;
}

}  // namespace

Result<ContactCard> MakeContactCard(const IdentityKeys& keys, std::string_view name) {
  const std::string_view trimmed = TrimSpaces(name);
  if (Status s = CheckName(trimmed); !s.ok()) return s;
  ContactCard card;
  card.identity = PublicPart(keys, std::string(trimmed));
  const Bytes message = SignatureMessage(SignedBytes(card.identity));
  card.signature = SignDetached(keys, message.data(), message.size());
  return card;
}

std::string ContactCardText(const ContactCard& card) {
  ByteWriter w;
  w.Raw(SignedBytes(card.identity));
  w.Raw(ByteView(card.signature.data(), card.signature.size()));
  const Bytes& bytes = w.bytes();
  std::string base64(sodium_base64_ENCODED_LEN(bytes.size(), kBase64Variant), '\0');
  sodium_bin2base64(base64.data(), base64.size(), bytes.data(), bytes.size(), kBase64Variant);
  base64.resize(base64.size() - 1);  // the terminating zero
  return std::string(kContactCardPrefix) + base64;
}

Result<ContactCard> ParseContactCard(std::string_view text) {
  if (text.size() > kMaxContactCardChars) return Refused("text too long");
  text = TrimSpaces(text);
  if (text.substr(0, kContactCardPrefix.size()) != kContactCardPrefix) {
    return Refused("not a Carnet contact card");
  }
  text.remove_prefix(kContactCardPrefix.size());

  if (!IsBase64UrlText(text)) return Refused("not valid base64url");
  Bytes bytes(kMaxPayloadBytes);
  std::size_t size = 0;
  const char* end = nullptr;
  if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &size, &end,
                        kBase64Variant) != 0 ||
      end != text.data() + text.size()) {
    return Refused("not valid base64url, or too long");
  }
  bytes.resize(size);

  ByteReader r(bytes);
  std::uint8_t version = 0;
  if (!r.U8(&version)) return Refused("empty");
  if (version != kContactCardVersion) {
    return Status::Error(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                         "contact card refused: unknown version");
  }
  ContactCard card;
  std::uint16_t name_bytes = 0;
  ByteView name;
  ByteView box_key;
  ByteView sign_key;
  ByteView signature;
  if (!r.U16(&name_bytes) || !r.Raw(name_bytes, &name) || !r.Raw(kBoxPublicKeyBytes, &box_key) ||
      !r.Raw(kSignPublicKeyBytes, &sign_key) || !r.Raw(kSignatureBytes, &signature)) {
    return Refused("truncated");
  }
  if (r.remaining() != 0) return Refused("bytes after the signature");

  card.identity.name.assign(reinterpret_cast<const char*>(name.data), name.size);
  if (!CheckName(card.identity.name).ok()) return Refused("name empty, too long or not text");
  std::copy(box_key.data, box_key.data + box_key.size, card.identity.box_key.begin());
  std::copy(sign_key.data, sign_key.data + sign_key.size, card.identity.sign_key.begin());
  std::copy(signature.data, signature.data + signature.size, card.signature.begin());
  if (!IsUsableBoxKey(card.identity.box_key)) return Refused("unusable encryption key");
  if (crypto_core_ed25519_is_valid_point(card.identity.sign_key.data()) != 1) {
    return Refused("unusable signing key");
  }

  const Bytes message = SignatureMessage(ByteView(bytes.data(), bytes.size() - kSignatureBytes));
  if (crypto_sign_verify_detached(card.signature.data(), message.data(), message.size(),
                                  card.identity.sign_key.data()) != 0) {
    return Refused("bad signature: the card was altered");
  }
  return card;
}

std::string Fingerprint(const PublicIdentity& identity) {
  ByteWriter w;
  w.Raw(kFingerprintContext);
  w.Raw(ByteView(identity.box_key.data(), identity.box_key.size()));
  w.Raw(ByteView(identity.sign_key.data(), identity.sign_key.size()));
  std::uint8_t hash[crypto_generichash_BYTES_MAX] = {};
  crypto_generichash(hash, sizeof hash, w.bytes().data(), w.bytes().size(), nullptr, 0);

  ByteReader r(ByteView(hash, sizeof hash));
  std::string out;
  for (int group = 0; group < 6; ++group) {
    std::uint64_t value = 0;
    r.U64(&value);
    char digits[5] = {};
    (void)std::snprintf(digits, sizeof digits, "%04u", static_cast<unsigned>(value % 10000));
    if (group > 0) out += ' ';
    out += digits;
  }
  return out;
}

}  // namespace carnet
