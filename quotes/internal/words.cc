// File: quotes/internal/words.cc
#include "quotes/internal/words.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "absl/strings/str_format.h"

namespace qtrack::quotes_internal {

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
