// Trusting a contact card or a package's sender takes more than one click. The worker types
// the last group of its fingerprint as the colleague reads it aloud: she can only get it from
// its owner, so typing it shows that the comparison took place (the whole fingerprint stays on
// screen for her to compare the other groups). A card or a sender whose name, folded
// (FoldForSort: case and accents ignored), is a confirmed contact's but whose keys are new is
// flagged: a new key under a known name is an impersonation, or the colleague changed computer
// or vault. It is never merged with that contact; the worker may add it as a separate contact
// only after the same typed check and an explicit acknowledgment of the warning.
// These checks are the app layer's, whatever a screen sends (SharingController applies them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/sharing/sharing_commands.h"
#include "core/base/status.h"
#include "core/sharing/sharing_store.h"

namespace carnet {

// The last group of a fingerprint "dddd dddd dddd dddd dddd dddd": its last four digits.
std::string_view LastGroup(std::string_view fingerprint);

// Ok when `typed`, spaces around it ignored, is the last group of `fingerprint`. Otherwise
// Status::Invalid with field "last_group": kRequired when nothing was typed, else
// kContactFingerprintDiffers.
Status CheckLastGroup(std::string_view fingerprint, std::string_view typed);

// The confirmed contact whose folded name is `identity`'s but whose keys are not both its
// keys; null when there is none. (A contact with one key in common is refused elsewhere:
// ContactWithKeys in core/sharing_store.h.)
const Contact* NameTwin(const std::vector<Contact>& contacts, const PublicIdentity& identity);

// Both checks, in this order: the last group of `fingerprint`, then, when `twin` is not null,
// the acknowledgment (Status::Invalid, kRequired, field "new_key_acknowledged").
Status CheckTrust(std::string_view fingerprint, const Contact* twin, const FingerprintCheck& check);

}  // namespace carnet
