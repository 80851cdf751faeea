// File: ingest/language.cc
#include "ingest/language.h"

#include <algorithm>

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>

#include "ingest/letters.h"

namespace qtrack {

std::string DetectLanguage(std::string_view text) {
  // Most news is settled by its letters; CLD2 costs some 300 µs a call on
  // real text (its tables miss the cache), too much for every article.
  if (std::string_view quick = LanguageFromLetters(text, kLanguageSampleBytes); !quick.empty()) return std::string(quick);
  size_t n = std::min(text.size(), kLanguageSampleBytes);
  // Cut at a character boundary: never inside a UTF-8 sequence.
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  if (n == 0) return "";
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language lang =
      CLD2::DetectLanguageCheckUTF8(text.data(), static_cast<int>(n), /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "";
  return CLD2::LanguageCode(lang);
}

void FillLanguage(Article* article) {
  if (article->language.empty()) article->language = DetectLanguage(article->text);
}

}  // namespace qtrack
