// File: ingest/letters.cc
#include "ingest/letters.h"

#include <algorithm>

namespace qtrack {
namespace {

bool AsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Whether an English function word starts at text[i] (lowercase, between
// non-letters). Cheap for most letters: only t, a and o start one.
bool EnglishFunctionWordAt(std::string_view text, size_t i) {
  char c = text[i];
  if ((c != 't' && c != 'a' && c != 'o') || (i > 0 && AsciiLetter(text[i - 1]))) return false;
  for (std::string_view w : {"the", "and", "of", "to"}) {
    if (text.compare(i, w.size(), w) != 0) continue;
    size_t e = i + w.size();
    if (e < text.size() && AsciiLetter(text[e])) continue;
    return true;
  }
  return false;
}

}  // namespace

std::string_view LanguageFromLetters(std::string_view text, size_t sample_bytes) {
  std::string_view s = text.substr(0, std::min(text.size(), sample_bytes));
  int cyrillic = 0, ukrainian = 0, russian = 0, ascii = 0, other = 0, english = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (AsciiLetter(c)) {
        ++ascii;
        if (EnglishFunctionWordAt(s, i)) ++english;
      }
      continue;
    }
    if (i + 1 >= s.size()) break;
    unsigned char d = s[i + 1];
    if (c >= 0xD0 && c <= 0xD2) {
      ++cyrillic;
      if (c == 0xD1) {
        if (d == 0x96 || d == 0x97 || d == 0x94) ++ukrainian;            // і ї є
        if (d == 0x8B || d == 0x8D || d == 0x8A || d == 0x91) ++russian;  // ы э ъ ё
      } else if (c == 0xD0) {
        if (d == 0x86 || d == 0x87 || d == 0x84) ++ukrainian;            // І Ї Є
        if (d == 0xAB || d == 0xAD || d == 0xAA || d == 0x81) ++russian;  // Ы Э Ъ Ё
      } else if (d == 0x90 || d == 0x91) {
        ++ukrainian;  // Ґ ґ
      }
      ++i;
    } else if (c >= 0xC3 && c < 0xE0) {
      ++other;  // accented Latin, Greek, Armenian, Hebrew, Arabic
      ++i;
    } else if (c >= 0xE0 && !(c == 0xE2 && (d == 0x80 || d == 0x81 || d == 0x84 || d == 0x82))) {
      ++other;  // other scripts (not the punctuation, currency and letterlike blocks)
    }
  }
  int letters = cyrillic + ascii + other;
  if (letters < 40) return "";
  if (cyrillic * 2 > letters) {
    // The letters are exclusive: one is enough when the other language's
    // are absent; both present (a quote in the other language) need 2:1.
    if (ukrainian >= 1 && (russian == 0 || (ukrainian >= 2 && ukrainian >= 2 * russian))) return "uk";
    if (russian >= 1 && (ukrainian == 0 || (russian >= 2 && russian >= 2 * ukrainian))) return "ru";
    return "";
  }
  // English: its function words often (a news text has one every 20-30
  // letters; other Latin-script languages next to none), and hardly a
  // letter outside ASCII ("café", "Zürich" in an English report).
  if (cyrillic == 0 && other * 50 <= ascii && english >= 3 && english * 200 >= ascii) return "en";
  return "";
}

}  // namespace qtrack
