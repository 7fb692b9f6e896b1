// The contact card: a vault's public identity as a short text a person can paste into an
// email or a message, and its fingerprint, to be compared aloud before a card is trusted.
//
// Text:   "CARNET-CONTACT-1:" + base64url without padding of the bytes below. Spaces, tabs and
//         line breaks around the text are ignored; nothing else is (no whitespace inside).
// Bytes:  version (u8, 1) | name length in bytes (u16 LE) | name (UTF-8, 1..100 characters,
//         no control characters, no leading or trailing space) | box public key (32, X25519) |
//         sign public key (32, Ed25519) | signature (64).
// The signature is Ed25519, made with the card's own signing key, over a context string
// ("Carnet contact card 1" and a zero byte) followed by every byte before the signature. It
// proves the card was not altered in transit after it was made with that key; it does not
// prove whose key it is: only comparing the fingerprint with its owner does that.
//
// Parsing is strict: every card that parses is exactly the card its owner made, and writing it
// back gives the same text. Refusals are kCorrupt (kUnsupportedFormat for an unknown version)
// with an English message for logs.
//
// Fingerprint: BLAKE2b-512 over a context string and both public keys (the name is not part of
// it: the name is a label the importer may change). Its first 48 bytes, read as six
// little-endian 64-bit numbers, each reduced modulo 10000, give six groups of four decimal
// digits, "0421 7789 3306 1254 9980 0017": easy to read aloud and to compare by phone. The
// reduction's bias is below 2^-50 per group. That is 10^24 values, about 79.7 bits.
// Why enough: to pass a card of his own as someone else's, an attacker must find keys whose
// fingerprint equals that person's (a second preimage), about 2^79 tries on average; at 10^12
// tries a second that is more than 30,000 years. It does not resist a collision search
// (2^40 tries): the card's owner could make two cards with the same fingerprint, which gains him
// nothing, since both are his.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/status.h"
#include "core/crypto/identity.h"

namespace carnet {

inline constexpr std::string_view kContactCardPrefix = "CARNET-CONTACT-1:";
inline constexpr std::uint8_t kContactCardVersion = 1;
inline constexpr std::size_t kMaxContactNameChars = 100;
inline constexpr std::size_t kMaxContactNameBytes = 4 * kMaxContactNameChars;
// Longer pasted text is refused before anything is decoded.
inline constexpr std::size_t kMaxContactCardChars = 1024;

// A card as made by its owner: the identity it presents and the signature over it.
struct ContactCard {
  PublicIdentity identity;
  Signature signature{};
};

// Signs a card for `keys` under `name` (spaces around it are removed). Status::Invalid with
// field "name" when the name is blank (kRequired), longer than kMaxContactNameChars
// (kTooLong), or holds control characters or invalid UTF-8 (kInvalidText).
Result<ContactCard> MakeContactCard(const IdentityKeys& keys, std::string_view name);

// The card's text, "CARNET-CONTACT-1:..." on one line.
std::string ContactCardText(const ContactCard& card);

// The card in `text`, after checking everything listed above; kCorrupt otherwise.
Result<ContactCard> ParseContactCard(std::string_view text);

// "dddd dddd dddd dddd dddd dddd", from both public keys (see above).
std::string Fingerprint(const PublicIdentity& identity);

}  // namespace carnet
