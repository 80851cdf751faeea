// File: quotes/internal/words.h  (private to //quotes:extractor)
//
// Character and word helpers the extractor's stages share: letter classes
// of code points, ASCII + Cyrillic lowercasing into a caller's buffer (no
// allocation), possessives, and ISO days. (Russian and Ukrainian names:
// cyrillic_names.h.)
#ifndef QTRACK_QUOTES_INTERNAL_WORDS_H_
#define QTRACK_QUOTES_INTERNAL_WORDS_H_

#include <cstddef>
#include <string>
#include <algorithm>
#include <string_view>

#include "absl/time/civil_time.h"

namespace qtrack::quotes_internal {

inline bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Code points above ASCII that are punctuation or space rather than letters.
bool IsNonLetter(char32_t cp);
// Upper-case Latin-1, Latin and Cyrillic letters.
bool IsUpperCp(char32_t cp);

// Lower, StripPossessive and EndsWith run in every rule's inner loops:
// defined here so they inline.

// Lowercases ASCII and Cyrillic into `buf` (cap bytes); longer words are
// truncated, which only makes them miss the lexicon. The view points into
// `buf`.
inline std::string_view Lower(std::string_view w, char* buf, size_t cap) {
  size_t n = std::min(w.size(), cap);
  // Fast path: ASCII words (most of English text).
  size_t i = 0;
  for (; i < n; ++i) {
    unsigned char c = w[i];
    if (c >= 0x80) break;
    buf[i] = (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
  }
  for (; i < n; ++i) {
    unsigned char c = w[i];
    if (c >= 'A' && c <= 'Z') {
      buf[i] = c | 0x20;
    } else if (c == 0xD0 && i + 1 < n) {
      unsigned char d = w[i + 1];
      if (d >= 0x90 && d <= 0x9F) {  // А-П
        buf[i] = 0xD0; buf[i + 1] = d + 0x20;
      } else if (d >= 0xA0 && d <= 0xAF) {  // Р-Я
        buf[i] = 0xD1; buf[i + 1] = d - 0x20;
      } else if (d >= 0x80 && d <= 0x8F) {  // Ѐ-Џ (Ё Є І Ї)
        buf[i] = 0xD1; buf[i + 1] = d + 0x10;
      } else {
        buf[i] = c; buf[i + 1] = d;
      }
      ++i;
    } else if (c == 0xD2 && i + 1 < n && w[i + 1] == char(0x90)) {  // Ґ
      buf[i] = 0xD2; buf[i + 1] = 0x91; ++i;
    } else {
      buf[i] = c;
    }
  }
  return std::string_view(buf, n);
}

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
