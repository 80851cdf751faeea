// File: quotes/internal/words.cc
#include "quotes/internal/words.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "absl/strings/str_format.h"

namespace qtrack::quotes_internal {

// Code points above ASCII that are punctuation or space rather than letters.
bool IsNonLetter(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD || cp == 0xB7 || cp == 0xA9 ||
         cp == 0xAE || cp == 0xB0 || (cp >= 0x2190 && cp <= 0x2BFF);
}

bool IsUpperCp(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x400 && cp <= 0x42F) || cp == 0x490;
}

bool IsCyrillicWord(std::string_view w) {
  return w.size() >= 2 && ((unsigned char)w[0] == 0xD0 || (unsigned char)w[0] == 0xD1 ||
                           (unsigned char)w[0] == 0xD2);
}

bool ParseIsoDay(std::string_view s, absl::CivilDay* day) {
  int y, m, d;
  if (s.size() < 10) return false;
  std::string head(s.substr(0, 10));
  if (std::sscanf(head.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
  *day = absl::CivilDay(y, m, d);
  return true;
}

std::string FormatDay(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

int WeekdayIndex(absl::CivilDay d) {  // Monday = 0
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday: return 0;
    case absl::Weekday::tuesday: return 1;
    case absl::Weekday::wednesday: return 2;
    case absl::Weekday::thursday: return 3;
    case absl::Weekday::friday: return 4;
    case absl::Weekday::saturday: return 5;
    case absl::Weekday::sunday: return 6;
  }
  return 0;
}

}  // namespace qtrack::quotes_internal
