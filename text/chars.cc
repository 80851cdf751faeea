// File: text/chars.cc
#include "text/chars.h"

namespace qtrack::text {

bool IsNonLetter(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD || cp == 0xB7 || cp == 0xA9 ||
         cp == 0xAE || cp == 0xB0 || (cp >= 0x2190 && cp <= 0x2BFF);
}

bool IsUpperCp(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x400 && cp <= 0x42F) || cp == 0x490;
}

}  // namespace qtrack::text
