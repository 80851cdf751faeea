// File: text/abbreviations.h
//
// The one list of abbreviations after which a "." ends no sentence, for
// every sentence splitter and name reader in qtrack: titles and ranks
// ("Mr.", "Dr.", "Gen.", "Sen."), months ("Jan.", "Sept."), company forms
// ("Inc.", "Ltd."), places ("St.", "Mt.", "Ave."), and "No." and "vs.".
// Initials ("J.") and dotted acronyms ("U.S.") are no part of it: callers
// judge those by their shape. "Pres." is left out too: the extractor would
// take it into a speaker's mention ("Pres. Obama"), where PolNeAR's gold
// has the name alone.
//
// Thread-safety: pure, no allocation.
#ifndef QTRACK_TEXT_ABBREVIATIONS_H_
#define QTRACK_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace qtrack::text {

// The abbreviations, lowercased, space-separated.
inline constexpr std::string_view kAbbreviations =
    "mr mrs ms messrs dr prof rev sen rep gov gen lt col maj capt sgt adm cmdr "
    "st mt ft ave jr sr no vs inc co corp ltd dept fig approx del "
    "jan feb mar apr aug sep sept oct nov dec";

// Whether `lower_word` (lowercased, without its dot) is one of
// kAbbreviations.
bool IsAbbreviation(std::string_view lower_word);

}  // namespace qtrack::text

#endif  // QTRACK_TEXT_ABBREVIATIONS_H_
