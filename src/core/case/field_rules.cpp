#include "core/case/field_rules.h"

namespace carnet::field_rules {

Status CheckCode(std::string_view code, const char* field) {
  if (code.empty()) return Status::Invalid(Problem::kRequired, field, "a code is required");
  if (code.size() > 32) return Status::Invalid(Problem::kTooLong, field, "at most 32 characters");
  for (const char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) {
      return Status::Invalid(Problem::kInvalidText, field,
                             "a code holds only letters, digits, '.', '_' and '-'");
    }
  }
  return Status::Ok();
}

}  // namespace carnet::field_rules
