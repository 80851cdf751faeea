// File: common/strings.h
//
// Debian's Abseil is built with ABSL_OPTION_USE_STD_STRING_VIEW=0, so
// absl::string_view is its own class and does not convert from
// std::string_view. qtrack's APIs use std::string_view; these adapters are
// the one place where the two meet.
#ifndef QTRACK_COMMON_STRINGS_H_
#define QTRACK_COMMON_STRINGS_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace qtrack {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string_view StripLeadingWhitespace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

inline std::string_view StripTrailingWhitespace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// ASCII whitespace only, like absl::StripAsciiWhitespace.
inline std::string_view StripWhitespace(std::string_view s) {
  return StripTrailingWhitespace(StripLeadingWhitespace(s));
}

// Removes `prefix` from `*s` and returns true when `*s` starts with it.
inline bool ConsumePrefix(std::string_view* s, std::string_view prefix) {
  if (!s->starts_with(prefix)) return false;
  s->remove_prefix(prefix.size());
  return true;
}

inline absl::string_view ToAbsl(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view ToStd(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace qtrack

#endif  // QTRACK_COMMON_STRINGS_H_
