// File: ingest/language.h
//
// The language of an article whose source does not state it (a plain-text
// file, a scraper record without `language`, a page without `lang`): CLD2,
// Google's Compact Language Detector 2 (Debian's libcld2), on the start of
// the text. It tells Russian from Ukrainian, which is what the quote rules
// need (quotes/cyrillic_rules.cc). To cost little, only the first
// kLanguageSampleBytes are read, and CLD2 is asked only when the letters
// do not settle it (ingest/letters.h: English, Russian and Ukrainian news
// mostly are settled so).
//
// Example:
//   DetectLanguage("Президент заявив, що армія тримає оборону.")  // "uk"
//
// Thread-safety: CLD2's tables are read-only; safe from any thread.
#ifndef QTRACK_INGEST_LANGUAGE_H_
#define QTRACK_INGEST_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/article.h"

namespace qtrack {

// How much of the text the detector reads: a few paragraphs are enough,
// and the cost stays flat for long articles.
inline constexpr size_t kLanguageSampleBytes = 4096;

// The ISO 639-1 code of the text's language ("en", "ru", "uk"), or "" when
// CLD2 is not confident (too little text, mixed languages).
// REQUIRES: `text` is valid UTF-8.
std::string DetectLanguage(std::string_view text);

// Sets article->language from the text when the source left it empty; a
// stated language is kept.
void FillLanguage(Article* article);

}  // namespace qtrack

#endif  // QTRACK_INGEST_LANGUAGE_H_
