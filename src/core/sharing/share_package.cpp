#include "core/sharing/share_package.h"

#include <sodium.h>

#include <algorithm>
#include <utility>

#include "core/base/byte_io.h"
#include "core/base/text_rules.h"
#include "core/db/sql.h"
#include "core/sharing/contact_card.h"
#include "core/sharing/share_package_internal.h"
#include "core/sharing/share_payload_codec.h"

namespace carnet {

using namespace share_package_internal;

namespace {

constexpr std::string_view kKeyContext = "Carnet share package key 1";
constexpr std::string_view kSignatureContext("Carnet share package 1\0", 23);
constexpr std::uint8_t kInnerVersion = 1;
static_assert(kSharePackageMagic.size() == 16);
static_assert(kKeyContext.size() >= crypto_generichash_KEYBYTES_MIN);
static_assert(kHeaderBytes == 105);

// version | name length | (name) | sender box | sender sign | recipient box | payload length |
// (payload) | signature
constexpr std::size_t kInnerFixedBytes =
    1 + 2 + kBoxPublicKeyBytes + kSignPublicKeyBytes + kBoxPublicKeyBytes + 4 + kSignatureBytes;

Status Refused(StatusCode code, const std::string& why) {
  return Status::Error(code, Problem::kPackageCorrupt, "share package refused: " + why);
}
Status Refused(const std::string& why) { return Refused(StatusCode::kCorrupt, why); }

Status CheckSenderName(const std::string& name) {
  CARNET_TRY(CheckText(name, "sender_name", kMaxContactNameChars, TextKind::kLine, true));
  if (Trim(name).size() != name.size()) {
    return Status::Invalid(Problem::kInvalidText, "sender_name", "spaces around the name");
  }
  return Status::Ok();
}

// The AEAD key of one package; false for a small-order key (a zero shared secret). The shared
// secret is wiped here; the caller wipes the key.
bool DeriveKey(const std::uint8_t* my_secret, const std::uint8_t* their_public,
               const std::uint8_t* ephemeral_public, const BoxPublicKey& recipient, AeadKey* key) {
  std::uint8_t shared[crypto_scalarmult_BYTES] = {};
  if (crypto_scalarmult(shared, my_secret, their_public) != 0) {
    sodium_memzero(shared, sizeof shared);
    return false;
  }
  crypto_generichash_state state;
  crypto_generichash_init(&state, reinterpret_cast<const std::uint8_t*>(kKeyContext.data()),
                          kKeyContext.size(), key->size());
  crypto_generichash_update(&state, shared, sizeof shared);
  crypto_generichash_update(&state, ephemeral_public, kBoxPublicKeyBytes);
  crypto_generichash_update(&state, recipient.data(), recipient.size());
  crypto_generichash_final(&state, key->data(), key->size());
  sodium_memzero(shared, sizeof shared);
  sodium_memzero(&state, sizeof state);
  return true;
}

Bytes SignatureMessage(ByteView signed_bytes) {
  ByteWriter w;
  w.Raw(kSignatureContext);
  w.Raw(signed_bytes);
  return w.Take();
}

// The header's checks, shared by PackageRecipient and OpenEnvelope.
Status CheckHeader(ByteView file) {
  if (file.size > kMaxSharePackageBytes) return Refused("larger than a package may be");
  if (file.size < kSharePackageMagic.size() ||
      !std::equal(kSharePackageMagic.begin(), kSharePackageMagic.end(), file.data)) {
    return Refused("not a Carnet share package");
  }
  if (file.size <= kSharePackageMagic.size() ||
      file.data[kSharePackageMagic.size()] != kSharePackageVersion) {
    return Refused("unknown format version");
  }
  if (file.size < kHeaderBytes + kAeadTagBytes + kInnerFixedBytes) return Refused("truncated");
  return Status::Ok();
}

BoxPublicKey HeaderRecipient(ByteView file) {
  BoxPublicKey key{};
  const std::uint8_t* at = file.data + kSharePackageMagic.size() + 1;
  std::copy(at, at + key.size(), key.begin());
  return key;
}

template <std::size_t N>
void CopyOut(ByteView from, std::array<std::uint8_t, N>* to) {
  std::copy(from.data, from.data + N, to->begin());
}

// Parses and verifies the inner bytes; the payload is decoded last, once the signature holds.
Result<OpenedPackage> OpenInner(ByteView inner, const IdentityKeys& me) {
  ByteReader r(inner);
  std::uint8_t version = 0;
  std::uint16_t name_bytes = 0;
  std::uint32_t payload_bytes = 0;
  ByteView name, sender_box, sender_sign, recipient, payload, signature;
  if (!r.U8(&version) || version != kInnerVersion) return Refused("unknown inner version");
  if (!r.U16(&name_bytes) || !r.Raw(name_bytes, &name) || !r.Raw(kBoxPublicKeyBytes, &sender_box) ||
      !r.Raw(kSignPublicKeyBytes, &sender_sign) || !r.Raw(kBoxPublicKeyBytes, &recipient) ||
      !r.U32(&payload_bytes) || !r.Raw(payload_bytes, &payload) ||
      !r.Raw(kSignatureBytes, &signature)) {
    return Refused("inner bytes truncated");
  }
  if (r.remaining() != 0) return Refused("bytes after the signature");

  OpenedPackage opened;
  opened.sender.name.assign(reinterpret_cast<const char*>(name.data), name.size);
  if (!CheckSenderName(opened.sender.name).ok()) return Refused("sender's name is not a name");
  CopyOut(sender_box, &opened.sender.box_key);
  CopyOut(sender_sign, &opened.sender.sign_key);
  if (!std::equal(recipient.data, recipient.data + recipient.size, me.box_public.begin())) {
    return Refused("signed for another recipient, then sealed again");
  }
  if (crypto_core_ed25519_is_valid_point(opened.sender.sign_key.data()) != 1) {
    return Refused("unusable signing key");
  }
  Bytes message = SignatureMessage(ByteView(inner.data, inner.size - kSignatureBytes));
  const bool signed_by_sender =
      crypto_sign_verify_detached(signature.data, message.data(), message.size(),
                                  opened.sender.sign_key.data()) == 0;
  sodium_memzero(message.data(), message.size());
  if (!signed_by_sender) return Refused(StatusCode::kCryptoFailure, "bad signature");
  Result<SharePayload> decoded = DecodeSharePayload(payload);
  if (!decoded.ok()) return decoded.status();
  opened.payload = std::move(decoded).value();
  opened.payload_bytes.assign(payload.data, payload.data + payload.size);
  return opened;
}

}  // namespace

namespace share_package_internal {

Bytes SignedInner(ByteView payload_bytes, const PublicIdentity& stated_sender,
                  const BoxPublicKey& recipient, const IdentityKeys& signer) {
  ByteWriter w;
  w.U8(kInnerVersion);
  w.U16(static_cast<std::uint16_t>(stated_sender.name.size()));
  w.Raw(std::string_view(stated_sender.name));
  w.Raw(ByteView(stated_sender.box_key.data(), stated_sender.box_key.size()));
  w.Raw(ByteView(stated_sender.sign_key.data(), stated_sender.sign_key.size()));
  w.Raw(ByteView(recipient.data(), recipient.size()));
  w.U32(static_cast<std::uint32_t>(payload_bytes.size));
  w.Raw(payload_bytes);
  Bytes message = SignatureMessage(w.bytes());
  const Signature signature = SignDetached(signer, message.data(), message.size());
  sodium_memzero(message.data(), message.size());
  w.Raw(ByteView(signature.data(), signature.size()));
  return w.Take();
}

Result<Bytes> SealEnvelope(ByteView inner, const BoxPublicKey& recipient,
                           const EphemeralSeed& ephemeral_seed, const Nonce& nonce) {
  std::uint8_t ephemeral_public[crypto_box_PUBLICKEYBYTES] = {};
  std::uint8_t ephemeral_secret[crypto_box_SECRETKEYBYTES] = {};
  (void)crypto_box_seed_keypair(ephemeral_public, ephemeral_secret, ephemeral_seed.data());
  AeadKey key{};
  const bool usable =
      DeriveKey(ephemeral_secret, recipient.data(), ephemeral_public, recipient, &key);
  sodium_memzero(ephemeral_secret, sizeof ephemeral_secret);
  if (!usable) {
    return Status::Error(StatusCode::kCryptoFailure, "share package: unusable recipient key");
  }

  ByteWriter w;
  w.Raw(kSharePackageMagic);
  w.U8(kSharePackageVersion);
  w.Raw(ByteView(recipient.data(), recipient.size()));
  w.Raw(ByteView(ephemeral_public, sizeof ephemeral_public));
  w.Raw(ByteView(nonce.data(), nonce.size()));
  Bytes file = w.Take();
  file.resize(kHeaderBytes + inner.size + kAeadTagBytes);
  unsigned long long written = 0;
  const int sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(
      file.data() + kHeaderBytes, &written, inner.data, inner.size, file.data(), kHeaderBytes,
      nullptr, nonce.data(), key.data());
  WipeKey(key);
  if (sealed != 0) return Status::Error(StatusCode::kCryptoFailure, "encryption failed");
  return file;
}

Result<Bytes> OpenEnvelope(ByteView file, const IdentityKeys& me) {
  CARNET_TRY(CheckHeader(file));
  const BoxPublicKey recipient = HeaderRecipient(file);
  if (recipient != me.box_public) {
    return Status::Error(StatusCode::kCryptoFailure, Problem::kPackageOtherRecipient,
                         "share package refused: addressed to another recipient");
  }
  const std::uint8_t* ephemeral_public =
      file.data + kSharePackageMagic.size() + 1 + kBoxPublicKeyBytes;
  const std::uint8_t* nonce = ephemeral_public + kBoxPublicKeyBytes;
  AeadKey key{};
  if (!DeriveKey(me.box_secret.data(), ephemeral_public, ephemeral_public, recipient, &key)) {
    return Refused("unusable ephemeral key");
  }
  Bytes inner(file.size - kHeaderBytes - kAeadTagBytes);
  unsigned long long written = 0;
  const int opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
      inner.data(), &written, nullptr, file.data + kHeaderBytes, file.size - kHeaderBytes,
      file.data, kHeaderBytes, nonce, key.data());
  WipeKey(key);
  if (opened != 0) {
    sodium_memzero(inner.data(), inner.size());
    return Refused(StatusCode::kCryptoFailure, "authentication failed: altered or damaged");
  }
  return inner;
}

}  // namespace share_package_internal

Result<Bytes> SealSharePackage(const SharePayload& payload, const IdentityKeys& sender,
                               const std::string& sender_name, const PublicIdentity& recipient) {
  CARNET_TRY(CheckSharePayload(payload));
  CARNET_TRY(CheckSenderName(sender_name));
  Bytes payload_bytes = EncodeSharePayload(payload);
  if (kHeaderBytes + kAeadTagBytes + kInnerFixedBytes + sender_name.size() + payload_bytes.size() >
      kMaxSharePackageBytes) {
    sodium_memzero(payload_bytes.data(), payload_bytes.size());
    return Status::Invalid(Problem::kTooLong, "payload", "too large for one package");
  }
  Bytes inner =
      SignedInner(payload_bytes, PublicPart(sender, sender_name), recipient.box_key, sender);
  sodium_memzero(payload_bytes.data(), payload_bytes.size());
  EphemeralSeed seed{};
  Nonce nonce{};
  randombytes_buf(seed.data(), seed.size());
  randombytes_buf(nonce.data(), nonce.size());
  Result<Bytes> file = SealEnvelope(inner, recipient.box_key, seed, nonce);
  sodium_memzero(seed.data(), seed.size());
  sodium_memzero(inner.data(), inner.size());
  return file;
}

Result<OpenedPackage> OpenSharePackage(ByteView file, const IdentityKeys& me) {
  Result<Bytes> inner = OpenEnvelope(file, me);
  if (!inner.ok()) return inner.status();
  Result<OpenedPackage> opened = OpenInner(inner.value(), me);
  sodium_memzero(inner.value().data(), inner.value().size());
  return opened;
}

Result<BoxPublicKey> PackageRecipient(ByteView file) {
  CARNET_TRY(CheckHeader(file));
  return HeaderRecipient(file);
}

}  // namespace carnet
