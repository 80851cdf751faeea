// File: claims/text_keys.h
//
// Keys that decide when two strings are "the same" for the store:
//  - StatementKey: the canonical form of a statement's text, as Quotebank
//    uses to merge quotes: NFKC, case-folded, punctuation and quote marks
//    removed, whitespace collapsed.
//  - NameKey: the key of a person's or outlet's name for alias lookup:
//    transliterated to Latin (Песков → peskov), diacritics removed,
//    lower-cased, punctuation removed, whitespace collapsed.
// Both use ICU. Thread-safe: the ICU objects are created once and used
// under their own thread-safety guarantees (Transliterator is cloned per
// thread).
#ifndef QTRACK_CLAIMS_TEXT_KEYS_H_
#define QTRACK_CLAIMS_TEXT_KEYS_H_

#include <string>
#include <string_view>

namespace qtrack {

std::string StatementKey(std::string_view text);
std::string NameKey(std::string_view name);
// The last word of a NameKey ("dmitry peskov" → "peskov").
std::string_view Surname(std::string_view name_key);

// Whether a speaker mention names someone the registry can hold: a proper
// name ("Dmitry Peskov", "Песков", "the Kremlin", "BBC") or, for an
// organisation, an outlet's domain ("tass.com"). Not: pronouns left
// unresolved ("it", "They", "who"), quantified groups ("Some analysts",
// "Many MPs") and common nouns ("the spokesman", "government", "report"):
// one article's "spokesman" is not another's, so they must not become one
// registry speaker across articles.
bool IsNamedSpeaker(std::string_view mention, bool organisation);

namespace internal {
// NameKey by ICU transliteration alone (NameKey takes an ASCII fast path);
// exposed so tests can check the two agree.
std::string NameKeyIcu(std::string_view name);
}  // namespace internal

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_TEXT_KEYS_H_
