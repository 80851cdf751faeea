// File: text/chars.h
//
// The character classes every text stage of qtrack uses (the quote
// extractor, own-voice claims): which code points are letters, which
// letters are capitals, and lower-casing into a caller's buffer. Code
// points come from common/utf8.h's DecodeUtf8, the one UTF-8 decoder: an
// ill-formed byte decodes as U+FFFD, which is no letter.
//
// Thread-safety: pure functions. Cost: a few comparisons per call; Lower
// allocates nothing.
#ifndef QTRACK_TEXT_CHARS_H_
#define QTRACK_TEXT_CHARS_H_

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace qtrack::text {

inline bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether a code point above ASCII is punctuation, a symbol or space rather
// than part of a word: the no-break space, « » · © ® °, the currency
// signs £ ¤ ¥ and U+20A0..U+20CF (€), general punctuation
// (U+2000..U+206F), CJK punctuation (U+3000..U+303F), arrows and other
// symbols (U+2190..U+2BFF), the byte order mark and U+FFFD. Every other
// code point above ASCII counts as a letter. REQUIRES: cp >= 0x80.
bool IsNonLetter(char32_t cp);

// Whether `cp` is part of a word: an ASCII letter or digit, or a code point
// above ASCII that is no IsNonLetter.
inline bool IsLetterOrDigit(char32_t cp) {
  return cp < 0x80 ? IsAsciiAlpha(cp) || IsDigit(cp) : !IsNonLetter(cp);
}

// Whether `cp` is an upper-case letter: A-Z, Latin-1 capitals (not ×),
// Latin Extended-A capitals (Ł, Š, Ž, ...), Greek Α-Ω, Cyrillic А-Я, Ѐ-Џ
// and Ґ.
bool IsUpperCp(char32_t cp);

// Lower-cases ASCII and Cyrillic letters of `w` into `buf` (cap bytes) and
// returns the view into `buf`. A word longer than `cap` is cut to `cap`
// bytes (which only makes it miss a word list).
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

}  // namespace qtrack::text

#endif  // QTRACK_TEXT_CHARS_H_
