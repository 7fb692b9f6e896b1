#include "platform/native/cli_common.h"
#include "core/base/secret_text.h"

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace carnet::cli {
namespace {

const char* CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "Ok";
    case StatusCode::kInvalidArgument: return "InvalidArgument";
    case StatusCode::kNotFound: return "NotFound";
    case StatusCode::kCorrupt: return "Corrupt";
    case StatusCode::kCryptoFailure: return "CryptoFailure";
    case StatusCode::kIoError: return "IoError";
    case StatusCode::kInternal: return "Internal";
  }
  return "Unknown";
}

const char* Name(Problem problem) {
  switch (problem) {
    case Problem::kNone: return nullptr;
    case Problem::kRequired: return "Required";
    case Problem::kTooLong: return "TooLong";
    case Problem::kInvalidText: return "InvalidText";
    case Problem::kInvalidDate: return "InvalidDate";
    case Problem::kOutOfRange: return "OutOfRange";
    case Problem::kBeforeOpening: return "BeforeOpening";
    case Problem::kClosingBeforeOpening: return "ClosingBeforeOpening";
    case Problem::kBeforeLastContact: return "BeforeLastContact";
    case Problem::kUnknownCategory: return "UnknownCategory";
    case Problem::kInactiveCategory: return "InactiveCategory";
    case Problem::kUnknownReference: return "UnknownReference";
    case Problem::kDossierClosed: return "DossierClosed";
    case Problem::kAlreadyExists: return "AlreadyExists";
    case Problem::kWrongState: return "WrongState";
    case Problem::kTooShort: return "TooShort";
    case Problem::kWeakDictionaryWord: return "WeakDictionaryWord";
    case Problem::kWeakKeyboardPattern: return "WeakKeyboardPattern";
    case Problem::kWeakRepeat: return "WeakRepeat";
    case Problem::kWeakSequence: return "WeakSequence";
    case Problem::kWeakDate: return "WeakDate";
    case Problem::kNotAVault: return "NotAVault";
    case Problem::kUnsupportedFormat: return "UnsupportedFormat";
    case Problem::kHeaderCorrupt: return "HeaderCorrupt";
    case Problem::kKdfBelowFloor: return "KdfBelowFloor";
    case Problem::kKdfAboveCeiling: return "KdfAboveCeiling";
    case Problem::kWrongPassphrase: return "WrongPassphrase";
    case Problem::kOtherVault: return "OtherVault";
    case Problem::kManifestCorrupt: return "ManifestCorrupt";
    case Problem::kManifestStale: return "ManifestStale";
    case Problem::kGenerationMismatch: return "GenerationMismatch";
    case Problem::kChunkMissing: return "ChunkMissing";
    case Problem::kChunkCorrupt: return "ChunkCorrupt";
    case Problem::kChunkMisplaced: return "ChunkMisplaced";
    case Problem::kChunkStale: return "ChunkStale";
    case Problem::kSaveConflict: return "SaveConflict";
    case Problem::kBackupCorrupt: return "BackupCorrupt";
    case Problem::kPackageCorrupt: return "PackageCorrupt";
    case Problem::kPackageOtherRecipient: return "PackageOtherRecipient";
    case Problem::kPackageUnknownSender: return "PackageUnknownSender";
    case Problem::kPackageDuplicate: return "PackageDuplicate";
    case Problem::kContactFingerprintDiffers: return "ContactFingerprintDiffers";
  }
  return nullptr;
}

// Turns terminal echo off while alive (when stdin is a terminal).
class NoEcho {
 public:
  NoEcho() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  NoEcho(const NoEcho&) = delete;
  NoEcho& operator=(const NoEcho&) = delete;
  ~NoEcho() {
    if (active_) (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }

 private:
  termios saved_{};
  bool active_ = false;
};

}  // namespace

int Fail(const std::string& message) {
  (void)std::fprintf(stderr, "carnet: %s\n", message.c_str());
  return kExitFailure;
}

int Usage(const std::string& message) {
  (void)std::fprintf(stderr, "carnet: %s (see carnet --help)\n", message.c_str());
  return kExitUsage;
}

int FailWith(const std::string& context, const Status& status) {
  return Fail(context + ": " + ProblemName(status) + ": " + status.message());
}

std::string ProblemName(const Status& status) {
  const char* name = Name(status.problem());
  return name != nullptr ? name : CodeName(status.code());
}

ArgError ParseArgs(const std::vector<std::string_view>& args,
                   const std::set<std::string>& with_value, const std::set<std::string>& flags,
                   Args* out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string name(args[i]);
    if (name.rfind("--", 0) != 0) {
      out->positional.push_back(name);
      continue;
    }
    std::optional<std::string> value;
    if (const std::size_t equals = name.find('='); equals != std::string::npos) {
      value = name.substr(equals + 1);
      name.resize(equals);
    }
    if (flags.count(name) > 0) {
      if (value) return name + " takes no value";
      out->flags.insert(name);
      continue;
    }
    if (with_value.count(name) == 0) return "unknown option '" + std::string(args[i]) + "'";
    if (!value) {
      if (i + 1 >= args.size() || args[i + 1].substr(0, 2) == "--") return name + " needs a value";
      value = std::string(args[++i]);
    }
    out->values[name] = *value;
  }
  return std::nullopt;
}

std::optional<std::string> ReadSecret(const char* prompt) {
  const bool terminal = isatty(STDIN_FILENO) == 1;
  std::optional<NoEcho> no_echo;
  if (terminal) {
    (void)std::fprintf(stderr, "%s", prompt);
    (void)std::fflush(stderr);
    no_echo.emplace();
  }
  std::string line;
  bool any = false;
  for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
    any = true;
    line.push_back(static_cast<char>(c));
  }
  if (terminal) (void)std::fputc('\n', stderr);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (!any) return std::nullopt;
  return line;
}

void Wipe(std::string& secret) { WipeText(&secret); }

}  // namespace carnet::cli
