// File: quotes/cyrillic_rules.cc
//
// What Russian and Ukrainian news need beyond the shared rules, reached
// through hooks in the shared stages (each hook is a no-op unless the
// article is in one of the two languages):
//   ApplyCyrillicLanguage  which language: Article::language, else the
//                          letters only one of them writes (і ї є ґ / ы э ъ ё);
//                          Ukrainian readings of forms the two share
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "quotes/internal/extractor_impl.h"

namespace qtrack {
namespace {

// Counts the letters only Ukrainian writes (і ї є ґ) and those only
// Russian writes (ы э ъ ё), upper or lower case, in the first `limit`
// bytes: enough to tell the two apart, and cheap on English text, which
// has no 0xD0-0xD2 lead bytes.
void CountDistinctiveLetters(std::string_view text, size_t limit, int* ukrainian, int* russian, int* cyrillic) {
  size_t n = std::min(text.size(), limit);
  for (size_t i = 0; i + 1 < n; ++i) {
    unsigned char c = text[i];
    if (c < 0xD0 || c > 0xD2) continue;
    unsigned char d = text[i + 1];
    ++*cyrillic;
    if (c == 0xD1) {
      if (d == 0x96 || d == 0x97 || d == 0x94) ++*ukrainian;            // і ї є
      if (d == 0x8B || d == 0x8D || d == 0x8A || d == 0x91) ++*russian;  // ы э ъ ё
    } else if (c == 0xD0) {
      if (d == 0x86 || d == 0x87 || d == 0x84) ++*ukrainian;            // І Ї Є
      if (d == 0xAB || d == 0xAD || d == 0xAA || d == 0x81) ++*russian;  // Ы Э Ъ Ё
    } else if (d == 0x90 || d == 0x91) {
      ++*ukrainian;  // Ґ ґ
    }
    ++i;
  }
}

}  // namespace

void QuoteExtractor::Impl::ApplyCyrillicLanguage() {
  std::string_view lang = article->language;
  if (lang.size() > 2 && lang[2] == '-') lang = lang.substr(0, 2);  // "uk-UA"
  if (lang == "ru") {
    cyrillic_ = qi::CyrillicLanguage::kRussian;
  } else if (lang == "uk") {
    cyrillic_ = qi::CyrillicLanguage::kUkrainian;
  } else if (!lang.empty()) {
    cyrillic_ = qi::CyrillicLanguage::kNone;  // declared, and neither
  } else {
    int ukrainian = 0, russian = 0, cyrillic = 0;
    CountDistinctiveLetters(text, 1 << 16, &ukrainian, &russian, &cyrillic);
    // A Cyrillic article has dozens of Cyrillic letters; a quoted name in an
    // English one only a few.
    if (cyrillic < 20) {
      cyrillic_ = qi::CyrillicLanguage::kNone;
    } else {
      cyrillic_ = ukrainian > russian ? qi::CyrillicLanguage::kUkrainian : qi::CyrillicLanguage::kRussian;
    }
  }
  if (cyrillic_ != qi::CyrillicLanguage::kUkrainian) return;
  // "заявив", "сказав": a Russian gerund (the lexicon's reading), the
  // Ukrainian past tense.
  for (size_t i = 0; i < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    if (!t.cue || !IsCyrillicWord(Tok(i))) continue;
    if (const CueEntry* uk = qi::UkrainianCueOverride(LowerTok(i))) t.cue = uk;
  }
}

}  // namespace qtrack
