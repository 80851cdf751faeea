// File: claims/text_keys.h
//
// Keys that decide when two strings are "the same" for the store:
//  - StatementKey: the canonical form of a statement's text, as Quotebank
//    uses to merge quotes: NFKC, case-folded, punctuation and quote marks
//    removed, whitespace collapsed.
//  - NameKey: the key of a person's or outlet's name for alias lookup:
//    transliterated to Latin (Песков → peskov), diacritics removed,
//    lower-cased, punctuation removed, whitespace collapsed.
//  - BoundedKey: any key the store builds from input, cut to a length
//    Xapian accepts in a term or a metadata key.
// Both use ICU. Thread-safe: the ICU objects are created once and used
// under their own thread-safety guarantees (Transliterator is cloned per
// thread).
#ifndef QTRACK_CLAIMS_TEXT_KEYS_H_
#define QTRACK_CLAIMS_TEXT_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

namespace qtrack {

std::string StatementKey(std::string_view text);
std::string NameKey(std::string_view name);
// Xapian refuses a term longer than 245 bytes and a metadata key longer
// than 253, and one such key used to stop a whole ingest. Every key built
// from input (speaker ids, conduit and outlet keys, name keys of aliases,
// ids of known fact-checks) therefore passes through BoundedKey, on the
// writing and on the querying side alike:
//   a key of at most kMaxKeyBytes (200) bytes is kept as it is; a longer one
//   becomes its first bytes, cut at a UTF-8 character boundary, then '~',
//   then ContentHashId of the whole key ("h" + 32 hex digits), 200 bytes at
//   most in all.
// The visible prefix keeps the key readable and findable by prefix; the hash
// keeps two long keys that share a start apart. 200 leaves room for the
// term prefixes and metadata key prefixes ("speaker:", "alias:") the store
// adds. Idempotent: BoundedKey(BoundedKey(k)) == BoundedKey(k).
inline constexpr size_t kMaxKeyBytes = 200;
std::string BoundedKey(std::string_view key);
// The part of `key` that BoundedKey keeps visible when it cuts: its first
// kMaxKeyBytes - 34 bytes at most, cut at a character boundary. What a
// prefix search of a long key compares with.
std::string_view VisibleKeyPrefix(std::string_view key);

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

// The short forms a text defines in brackets after a name whose capitalised
// words give the letters: "the Australian Rugby Union (ARU)" → {"ARU",
// "Australian Rugby Union"}; "Securities and Exchange Commission (SEC)"
// (joining words "and", "of", "for", "the", "&" give no letter). A bracket
// whose letters the words before it do not give ("(Nasdaq: IBM)", "(BBC)"
// after "said") defines nothing. In order of appearance; at most one
// definition per short form (the first).
struct DefinedShortForm {
  std::string short_form;
  std::string full_name;
};
std::vector<DefinedShortForm> DefinedShortForms(std::string_view text);

namespace internal {
// NameKey by ICU transliteration alone (NameKey takes an ASCII fast path);
// exposed so tests can check the two agree.
std::string NameKeyIcu(std::string_view name);
}  // namespace internal

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_TEXT_KEYS_H_
