// File: text/abbreviations.cc
#include "text/abbreviations.h"

namespace qtrack::text {

bool IsAbbreviation(std::string_view lower_word) {
  if (lower_word.empty() || lower_word.find(' ') != std::string_view::npos) return false;
  for (size_t pos = 0; pos < kAbbreviations.size();) {
    size_t end = kAbbreviations.find(' ', pos);
    if (end == std::string_view::npos) end = kAbbreviations.size();
    if (kAbbreviations.substr(pos, end - pos) == lower_word) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace qtrack::text
