// Errors are values across the core: every fallible function returns a Status or a Result<T>.
// Nothing in src/core throws; Emscripten builds without exception catching.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace carnet {

enum class StatusCode {
  kOk,
  kInvalidArgument,  // the caller's input was rejected; nothing was changed
  kNotFound,
  kCorrupt,        // stored or imported bytes failed a check
  kCryptoFailure,  // authentication failed or the crypto library refused
  kIoError,
  kInternal,
};

// Why an input was rejected, precisely enough for the UI to say it beside the field.
enum class Problem {
  kNone,
  kRequired,              // a mandatory field is empty
  kTooLong,               // text over its length limit
  kInvalidText,           // not valid UTF-8, or control characters
  kInvalidDate,           // not a real date or time, or outside the years Carnet accepts
  kOutOfRange,            // a number outside its range, or an unknown enumerated value
  kBeforeOpening,         // a date before the dossier was opened
  kClosingBeforeOpening,  // a closing date before the opening date
  kBeforeLastContact,     // a closing date before the dossier's last contact
  kUnknownCategory,       // no such category code
  kInactiveCategory,      // the category was deactivated
  kUnknownReference,      // no such dossier, request, task or status
  kDossierClosed,         // the dossier is closed: reopen it first
  kAlreadyExists,         // the code is taken
  kWrongState,            // not possible in the item's current state (e.g. a task already done)
  kTooShort,              // text under its minimum length (a passphrase)
  // A passphrase too easy to guess, by its main weakness (passphrase_strength.h).
  kWeakDictionaryWord,   // a dictionary word or a common password
  kWeakKeyboardPattern,  // a row or a path on the keyboard
  kWeakRepeat,           // a repeated character or word
  kWeakSequence,         // a run of letters or digits
  kWeakDate,             // a year or a date

  // The vault: why stored or imported bytes were refused. Never wrong data instead.
  kNotAVault,           // not a Carnet vault or backup at all
  kUnsupportedFormat,   // written by a newer Carnet
  kHeaderCorrupt,       // the header's bytes were damaged or altered
  kKdfBelowFloor,       // key-derivation parameters weaker than Carnet accepts
  kKdfAboveCeiling,     // key-derivation parameters too costly to try (a denial of service)
  kWrongPassphrase,     // or wrong recovery key
  kOtherVault,          // a record of another vault
  kManifestCorrupt,     // the manifest is missing, damaged or altered
  kManifestStale,       // the manifest is older than the header or the chunks
  kGenerationMismatch,  // the header is older than the manifest
  kChunkMissing,        // a chunk the manifest lists is not stored
  kChunkCorrupt,        // damaged, truncated or extended
  kChunkMisplaced,      // a chunk stored under another chunk's place
  kChunkStale,          // a chunk replayed from an older generation
  kSaveConflict,        // another tab or program saved this vault meanwhile
  kBackupCorrupt,       // a backup file is damaged, truncated or not consistent in itself

  // Sharing: why a share package or a contact card was refused (share_package.h).
  kPackageCorrupt,             // not a package, truncated, altered, or its signature is wrong
  kPackageOtherRecipient,      // sealed to another vault's key
  kPackageUnknownSender,       // signed by a key no confirmed contact holds
  kPackageDuplicate,           // already imported
  kContactFingerprintDiffers,  // a card under a known name, with other keys
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(StatusCode code, std::string message) {
    return Status(code, std::move(message));
  }
  // A failure with a precise problem, e.g. kCorrupt + kChunkStale.
  static Status Error(StatusCode code, Problem problem, std::string message) {
    Status status(code, std::move(message));
    status.problem_ = problem;
    return status;
  }
  // A rejected input: kInvalidArgument with the problem and the field it concerns.
  static Status Invalid(Problem problem, std::string field, std::string message) {
    Status status(StatusCode::kInvalidArgument, std::move(message));
    status.problem_ = problem;
    status.field_ = std::move(field);
    return status;
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }  // English, for logs and tests
  Problem problem() const { return problem_; }
  const std::string& field() const { return field_; }  // e.g. "closed_on"; may be empty

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  Problem problem_ = Problem::kNone;
  std::string message_;
  std::string field_;
};

// Holds either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : state_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(state_);
  }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }

 private:
  std::variant<T, Status> state_;
};

// Returns the Status of `expr` from the enclosing function when it is an error.
#define CARNET_TRY(expr)                             \
  do {                                               \
    ::carnet::Status carnet_status_ = (expr);        \
    if (!carnet_status_.ok()) return carnet_status_; \
  } while (0)

}  // namespace carnet
