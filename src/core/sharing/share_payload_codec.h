// The share payload's bytes: what a share package carries inside its signature
// (share_package.h), and what the recipient keeps, read-only, once it is imported.
//
// Little-endian, version 1. Types: u8/u16/u32/i32/i64 (signed values in two's complement);
// str = u32 length in bytes, then that many bytes of UTF-8; opt<T> = u8 0 (absent) or 1 (present)
// followed by T; answer<T> = u8 AnswerState, followed by T only when the state is kValue (0);
// list<T> = u32 count (at most kSharePayloadMaxItems) followed by the items.
//   version u8 (1) | package_id (16 bytes) | kind u8 (ShareKind) | sent_at i64 (Minute) |
//   purpose str | basis u8 (ShareBasis) | basis_reference str |
//   display_name str | opened_on i32 (Day) | status_label str |
//   has_person u8 (0 or 1), then when 1:
//     first_name str | last_name str | alias str |
//     birth answer<year u16, month u8 (0 unknown), day u8 (0 unknown)> |
//     address answer<str> | phone answer<str> | household_size answer<u8>
//   household list<name str | relation str | birth_year answer<u16>>
//   requests list<opened_on i32 | status u8 | outcome_on opt<i32> | subject str |
//                 categories list<code str | label str>>
//   contacts list<kind u8 | at i64 | duration_minutes opt<u16> | summary str>
//   notes list<at i64 | text str>
//   tasks list<kind u8 | title str | due_on i32 | due_minute_of_day opt<u16>>
//
// Every value keeps the store's own rules: text is valid UTF-8 without control characters (line
// breaks only where the store allows them) and within the store's limits, enumerations are in
// range, days and times fall within the years Carnet accepts, and a share (not a transfer)
// carries no task. Decoding is strict: a flag other than 0 or 1, a length past the end, a byte
// after the tasks, or any value the rules refuse gives kCorrupt with kPackageCorrupt. Every
// payload that decodes encodes back to exactly the same bytes.
#pragma once

#include <cstddef>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/sharing/share_payload.h"

namespace carnet {

inline constexpr std::uint8_t kSharePayloadVersion = 1;
inline constexpr std::size_t kSharePayloadMaxItems = 10000;  // per list
// "NOM Prénom (alias)": two names and an alias of the store's length, and the punctuation.
inline constexpr std::size_t kShareDisplayNameMax = 3 * 100 + 4;

// Ok, or Status::Invalid naming the field at fault. The fields the worker fills in come first:
// "purpose" (kRequired, kTooLong, kInvalidText), "basis" (kOutOfRange), "basis_reference"
// (required unless the person consented). Then the parts copied out of the case file, under
// their own names ("kind", "display_name", "contacts", "tasks"...). SealSharePackage calls it.
Status CheckSharePayload(const SharePayload& payload);

// The payload's bytes (format above). `payload` must pass CheckSharePayload; otherwise the bytes
// are still written but DecodeSharePayload refuses them.
Bytes EncodeSharePayload(const SharePayload& payload);

// The payload in `bytes`, after every check listed above; kCorrupt + kPackageCorrupt otherwise,
// with an English message for logs.
Result<SharePayload> DecodeSharePayload(ByteView bytes);

}  // namespace carnet
