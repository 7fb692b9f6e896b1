// The share package: the file a worker sends to one named recipient, holding the parts of a
// dossier she chose (share_payload.h), sealed so that only the recipient's vault can open it and
// signed so that the recipient knows which vault sent it.
//
// File (all integers little-endian):
//   magic "CARNET-PAQUET-1\n" (16 ASCII bytes) | format version (u8, 1) |
//   recipient box public key (32, X25519) | ephemeral public key (32, X25519) | nonce (24) |
//   ciphertext: XChaCha20-Poly1305 (IETF) of the signed inner bytes, with the 16-byte tag.
// The associated data is the 105 header bytes before the ciphertext. The key is
//   BLAKE2b-256 keyed with "Carnet share package key 1" over
//   X25519(ephemeral secret, recipient box key) || ephemeral public key || recipient box key;
// a shared secret of zero (a small-order key) is refused. The ephemeral key pair and the nonce
// are fresh random bytes for every package; the ephemeral secret is wiped once used.
//
// Signed inner bytes:
//   version (u8, 1) | sender name length in bytes (u16) | sender name (UTF-8, as on a contact
//   card: 1..100 characters, no control characters, no spaces around it) |
//   sender box public key (32) | sender sign public key (32) | recipient box public key (32) |
//   payload length (u32) | payload (share_payload_codec.h) | signature (64).
// The signature is Ed25519, by the sender's signing key, over "Carnet share package 1" and a zero
// byte followed by every inner byte before the signature. It covers the recipient's key, so a
// recipient cannot re-seal a package she received to a third vault as if it had been addressed
// to that vault: the inner recipient must equal the header's, which must be the opener's key.
//
// Opening checks, in order: size (at most kMaxSharePackageBytes), magic, version and length, the
// recipient (kPackageOtherRecipient, before anything is decrypted), decryption, the inner bytes'
// structure and recipient, the signature, then the payload. Every other refusal is kPackageCorrupt
// (status code kCorrupt, or kCryptoFailure when decryption or the signature fails); never partial
// data. Whether the sender is trusted is not decided here: the caller compares the sender's
// signing key with its confirmed contacts (kPackageUnknownSender is the caller's to give).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/crypto/identity.h"
#include "core/sharing/share_payload.h"

namespace carnet {

inline constexpr std::string_view kSharePackageMagic = "CARNET-PAQUET-1\n";
inline constexpr std::uint8_t kSharePackageVersion = 1;
inline constexpr std::size_t kMaxSharePackageBytes = std::size_t{32} << 20;  // 32 MiB

// Seals `payload` from `sender` (presented as `sender_name`) to `recipient`. Refuses, writing
// nothing: a payload CheckSharePayload refuses (its Status::Invalid, e.g. field "purpose"), a
// sender name a contact card would refuse (field "sender_name"), a package over
// kMaxSharePackageBytes (kTooLong, field "payload"); kCryptoFailure for an unusable recipient key.
Result<Bytes> SealSharePackage(const SharePayload& payload, const IdentityKeys& sender,
                               const std::string& sender_name, const PublicIdentity& recipient);

struct OpenedPackage {
  PublicIdentity sender;  // as the package states it, proved by its signature
  SharePayload payload;
  Bytes payload_bytes;  // the payload's bytes exactly as signed (what the recipient keeps)
};

// Opens a package addressed to `me`, after every check listed above.
Result<OpenedPackage> OpenSharePackage(ByteView file, const IdentityKeys& me);

// The recipient key a package's header names, to say to whom it was addressed when it is not
// for this vault. kPackageCorrupt when the file is not a package (checks up to the header only:
// the key is not authenticated until the package is opened by its recipient).
Result<BoxPublicKey> PackageRecipient(ByteView file);

}  // namespace carnet
