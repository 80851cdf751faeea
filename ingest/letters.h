// File: ingest/letters.h
//
// The language of a text from its letters alone, in one pass over the
// first bytes and without tables: Russian or Ukrainian by the letters only
// one of them writes (Ukrainian і ї є ґ, Russian ы э ъ ё), English by its
// commonest words in text with no letters outside ASCII. It settles most
// news cheaply; ingest/language.h asks CLD2 about the rest.
//
// Thread-safety: pure.
#ifndef QTRACK_INGEST_LETTERS_H_
#define QTRACK_INGEST_LETTERS_H_

#include <cstddef>
#include <string_view>

namespace qtrack {

// "en", "ru" or "uk" when the first `sample_bytes` of `text` settle it,
// else "" (another language, mixed text, too few letters). Never guesses:
// a Cyrillic text needs one language's own letters and none of the
// other's, or twice as many; an English one, almost no letter outside
// ASCII and its function words ("the", "and", "of", "to") at least 3
// times and once every 200 letters.
std::string_view LanguageFromLetters(std::string_view text, size_t sample_bytes = 4096);

}  // namespace qtrack

#endif  // QTRACK_INGEST_LETTERS_H_
