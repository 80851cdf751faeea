// File: text/chars.cc
#include "text/chars.h"

namespace qtrack::text {

bool IsNonLetter(char32_t cp) {
  // Not all of Latin-1's U+00A1..U+00BF: mis-decoded text spells letters
  // with them ("PeÃ±a", "news\u00ADpaper"), and a name must stay one word.
  return cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA9 || cp == 0xAE ||
         cp == 0xB0 || (cp >= 0xA3 && cp <= 0xA5) || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF ||
         cp == 0xFFFD || (cp >= 0x2190 && cp <= 0x2BFF);
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x100)
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
  if (cp <= 0x17F) {
    // Latin Extended-A pairs capital and small letters, the capital first;
    // the pairs start on an odd code point in U+0139..U+0148 and
    // U+0179..U+017E, and U+0178 (Ÿ) stands alone. U+0138 (ĸ) and U+0149
    // (ŉ) have no capital.
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    if (cp == 0x178) return true;
    bool odd_pairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return (cp & 1) == (odd_pairs ? 1u : 0u);
  }
  return (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) ||  // Greek
         (cp >= 0x400 && cp <= 0x42F) || cp == 0x490;   // Cyrillic, Ґ
}

}  // namespace qtrack::text
