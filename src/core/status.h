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
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(StatusCode code, std::string message) {
    return Status(code, std::move(message));
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
class Result {
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

}  // namespace carnet
