// File: quotes/internal/cyrillic_names.h  (private to //quotes:extractor)
//
// Russian and Ukrainian personal names as words: which words are given
// names (a closed list, in any case: "Дмитрия", "Олександрові"), the
// nominative of a name in an oblique case ("Пескова" → "Песков",
// "Зеленського" → "Зеленський", "Дмитра" → "Дмитро"), a key under which
// the case forms of one surname meet ("Песков", "Пескова", "Песковым"), and
// the proper case of a name written in capitals ("ПОПОВ" → "Попов").
//
// The nominative comes from ending rules, not a morphology: men's surnames
// in -ов/-ев/-ин, adjectival ones (-ский, -цький, -ний), Ukrainian -енко,
// nouns in -а and consonant stems; tested word by word in
// cyrillic_names_test.cc. Words are UTF-8; functions taking `lower` want
// them lowercased (quotes_internal::Lower).
#ifndef QTRACK_QUOTES_INTERNAL_CYRILLIC_NAMES_H_
#define QTRACK_QUOTES_INTERNAL_CYRILLIC_NAMES_H_

#include <string>
#include <string_view>

#include "quotes/internal/cyrillic_lexicon.h"

namespace qtrack::quotes_internal {

// The nominative of a given name in any case ("дмитрия" → "дмитрий",
// "олександрові" → "олександр", "марії" → "марія"), lowercase; empty when
// `lower` is no given name the list knows. With both readings possible
// ("петра": Russian "петр", Ukrainian "петро") `language` decides. With
// `oblique` (the name is known to be in another case, as after "за
// словами") a form that is also a nominative is read as the other case:
// "олександра" → "олександр", not the woman's name.
std::string GivenNameNominative(std::string_view lower, CyrillicLanguage language, bool oblique = false);

// Whether `lower` is a patronymic ("владимирович", "олександрівна", in any
// case).
bool IsPatronymic(std::string_view lower);

// The nominative of a name written in an oblique case, as after "по
// словам" / "за словами" / "на думку": "Пескова" → "Песков", "Захаровой" →
// "Захарова", "Зеленського" → "Зеленський", "Шевченка" → "Шевченко" (in
// Ukrainian), "Дмитрия" → "Дмитрий", "Кулеби" → "Кулеба". Keeps the
// word's capitalisation; a word no rule fits comes back unchanged.
std::string CyrillicNominative(std::string_view w, CyrillicLanguage language = CyrillicLanguage::kNone);

// The key under which the case forms of one surname meet: lowercase, one
// case ending dropped ("Песков", "Пескова", "Песковым" → "песков";
// "Зеленський", "Зеленського" → "зеленськ"). Forms of different people
// may meet too ("Захаров", "Захарова"): a key finds a candidate, it does
// not prove identity.
std::string CyrillicSurnameKey(std::string_view w);

// A name word written in capitals, in proper case ("ПОПОВ" → "Попов");
// other words unchanged.
std::string CyrillicNameCase(std::string_view w);

// A lowercase word with its first letter (and the first after a hyphen)
// upper case: "дмитрий" → "Дмитрий".
std::string CyrillicCapitalized(std::string_view lower);

// Whether every letter of a Cyrillic word is upper case ("ПОПОВ", "МЗС").
bool IsCyrillicAllCaps(std::string_view w);

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_INTERNAL_CYRILLIC_NAMES_H_
