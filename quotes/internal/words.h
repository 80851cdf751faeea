// File: quotes/internal/words.h  (private to //quotes:extractor)
//
// Word helpers the extractor's stages share (character classes and
// lowercasing: text/chars.h): possessives, and ISO days. (Russian and Ukrainian names:
// cyrillic_names.h.)
#ifndef QTRACK_QUOTES_INTERNAL_WORDS_H_
#define QTRACK_QUOTES_INTERNAL_WORDS_H_

#include <cstddef>
#include <string>
#include <algorithm>
#include <string_view>

#include "absl/time/civil_time.h"
#include "text/chars.h"

namespace qtrack::quotes_internal {

// The character classes and Lower are text/chars.h's.
using text::IsAsciiAlpha;
using text::IsDigit;
using text::IsNonLetter;
using text::IsUpperCp;
using text::Lower;

// Strips a possessive "'s" / "’s" from a name ("Trump's" → "Trump").
inline std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

// Whether `w` ends with `suffix` and is longer than it.
inline bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// Calls fn(word) for each word of a space-separated list (the lexicon's
// tables are written that way).
template <typename Fn>
void ForEachWord(std::string_view list, Fn fn) {
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find(' ', pos);
    if (end == std::string_view::npos) end = list.size();
    if (end > pos) fn(list.substr(pos, end - pos));
    pos = end + 1;
  }
}

// Whether `w` starts with a Cyrillic letter (two bytes or more).
bool IsCyrillicWord(std::string_view w);

// "2025-04-14…" → the day; false when the first ten bytes are no date.
bool ParseIsoDay(std::string_view s, absl::CivilDay* day);
// The day as "YYYY-MM-DD".
std::string FormatDay(absl::CivilDay d);
// Monday = 0 … Sunday = 6.
int WeekdayIndex(absl::CivilDay d);

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_INTERNAL_WORDS_H_
