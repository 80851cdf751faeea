// File: common/person_name_key.h
//
// One key for a person's name across scripts and spellings, so that a
// speaker named in Russian, Ukrainian and English is one speaker:
//
//   PersonNameKey("Дмитрий Песков")   // "dmitri peskov"
//   PersonNameKey("Дмитро Пєсков")    // "dmitri peskov"
//   PersonNameKey("Dmitry Peskov")    // "dmitri peskov"
//   PersonNameKey("Dmitriy Peskov")   // "dmitri peskov"
//   PersonNameKey("Peskov, Dmitri")   // "dmitri peskov"
//
// How: Cyrillic is transliterated with ICU — Russian by BGN/PCGN
// (ICU's ru-ru_Latn/BGN), Ukrainian by the national romanisation of 2010
// (ICU rules written here), chosen by the letters only Ukrainian writes (і
// ї є ґ, the apostrophe); other scripts and diacritics by ICU's Any-Latin;
// Latin-ASCII. The Latin spelling is then folded where the romanisations
// and English usage differ (y/i/j → i, "ii" → i, ye/ie → e, kh → h and h →
// g, x → ks, w → v, apostrophes and soft signs dropped), the Ukrainian and
// Russian forms of a given name are made one (Дмитро/Дмитрий, Володимир/
// Владимир, Олександр/Александр …), a patronymic is dropped, and the words
// are sorted ("Peskov, Dmitri" = "Dmitri Peskov").
//
// The key is for finding one person under several spellings; it joins
// names only, not people: "Dmitri Peskov" the father and the son share it,
// as do different people of one name. A one-word name gives a one-word key
// ("Песков" → "peskov"); matching a surname to a full name is the
// registry's business.
//
// Not wired into the store yet (claims/text_keys.h's NameKey is what it
// uses today); it is meant to replace NameKey for persons.
//
// Thread-safety: thread-safe; each thread keeps its own ICU
// transliterators (they are not safe to share), built on first use.
#ifndef QTRACK_COMMON_PERSON_NAME_KEY_H_
#define QTRACK_COMMON_PERSON_NAME_KEY_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace qtrack {

// The cross-script key of a person's name (see above); "" for a name with
// no letters. REQUIRES: `name` is valid UTF-8.
std::string PersonNameKey(std::string_view name);

// Whether this machine's ICU has what PersonNameKey needs (the BGN/PCGN
// data and the rule compiler); when not, PersonNameKey still returns a key,
// with Cyrillic transliterated by ICU's generic Cyrillic-Latin, which folds
// less well. For a startup check.
absl::Status CheckPersonNameKeySupport();

}  // namespace qtrack

#endif  // QTRACK_COMMON_PERSON_NAME_KEY_H_
