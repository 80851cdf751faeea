// File: quotes/internal/cyrillic_lexicon.h  (private to //quotes:extractor)
//
// The Russian and Ukrainian word tables quote attribution runs on, kept
// apart from the English ones in quotes/lexicon.cc (which merges them into
// its lookups, so a token still costs one hash): reporting verbs in every
// form a news sentence uses them (past tense by gender and number, present
// tense, gerunds, reflexives), generated from stems; and word classes
// (role nouns, organisations, outlets, prepositions, connectives) with
// their case forms.
//
// Forms both languages write alike but read differently ("заявив" is a
// Russian gerund and the Ukrainian past tense "stated") take the Russian
// reading in the merged table; UkrainianCueOverride gives the Ukrainian one,
// which the tokenizer uses in a Ukrainian article.
//
// All strings are lowercase UTF-8. Thread-safety: the tables are built once
// (function-local statics) and read-only afterwards.
#ifndef QTRACK_QUOTES_INTERNAL_CYRILLIC_LEXICON_H_
#define QTRACK_QUOTES_INTERNAL_CYRILLIC_LEXICON_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "quotes/lexicon.h"

namespace qtrack::quotes_internal {

// Which Cyrillic-script language an article is in, for the rules that
// differ (see quotes/cyrillic_rules.cc).
enum class CyrillicLanguage : uint8_t { kNone, kRussian, kUkrainian };

// One word form and its cue entry (CueFlags bits, prior rate).
struct CyrillicCueForm {
  std::string_view form;
  CueEntry entry;
};

// Every Russian and Ukrainian cue form, Russian reading first where the
// two collide. The views stay valid for the life of the process.
const std::vector<CyrillicCueForm>& CyrillicCueForms();

// The Ukrainian reading of a form whose Russian reading differs, or nullptr.
const CueEntry* UkrainianCueOverride(std::string_view lower_word);

struct CyrillicClassWord {
  std::string_view word;
  uint32_t classes;  // WordClass bits
};

// Russian and Ukrainian class words with their case forms.
const std::vector<CyrillicClassWord>& CyrillicClassWords();

// The nominative of a role noun, organisation or outlet in any case
// ("пресс-секретаря" → "пресс-секретарь", "міністра" → "міністр",
// "кремле" → "кремль", "укрінформу" → "укрінформ"); empty when
// `lower_word` is none of them. The view stays valid for the life of the
// process.
std::string_view CyrillicRoleNominative(std::string_view lower_word);

// Present-tense verbs that pass on another's report at the end of a
// sentence ("…, передает ТАСС", "…, пише ГолосUA"): the conduit verbs.
bool IsCyrillicConduitVerb(std::string_view lower_word);

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_INTERNAL_CYRILLIC_LEXICON_H_
