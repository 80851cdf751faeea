// File: claims/lexicon/lexicon.h
//
// The word lists behind the statement-pair matcher (claims/similarity.h):
// stop words, negations, refuting cues, hedges and antonym pairs, for English,
// Russian and Ukrainian. Private to //claims:similarity.
//
// Antonyms come from WordNet when its data files are present (Debian package
// wordnet-base, /usr/share/wordnet/data.{adj,verb,adv}: the `!` pointers), and
// always from a small built-in list of the pairs news contradictions use most
// (alive/dead, confirm/deny, true/false, rise/fall, win/lose, ...), so the
// matcher works, less well, without WordNet.
//
// Thread-safety: all functions are pure; Lexicon is immutable after
// construction and safe to share.
#ifndef QTRACK_CLAIMS_LEXICON_LEXICON_H_
#define QTRACK_CLAIMS_LEXICON_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qtrack::lexicon {

// Lower-cased word classes. Words are matched as written (lower case), before
// stemming, except where noted.
bool IsStopWord(std::string_view lower_word);
// "not", "no", "never", "n't" forms, "не", "ні", "нет", ...
bool IsNegation(std::string_view lower_word);

// How strongly a word (lower case, as written) says "this claim is false".
// 0 = not a cue. Stems and prefixes are matched inside ("denies", "denied",
// "опровергли"). Multi-word cues ("no evidence", "not true") are matched by
// the caller with IsRefutingPhrase on two consecutive words.
int RefutingCueStrength(std::string_view lower_word);
bool IsRefutingPhrase(std::string_view first, std::string_view second);

// Three consecutive words that call the claim false: "put to rest",
// "not a thing", "raises doubts about".
bool IsRefutingTriple(std::string_view first, std::string_view second, std::string_view third);
// A headline's first word, followed by a comma, that answers a claim:
// "No, ...", "Sorry, ...", "Nope, ...".
bool IsRefutingOpener(std::string_view lower_word);
// Words a negation in news copy leaves no claim about: "no comment",
// "could not immediately be reached", "was not available for comment".
bool IsNewsroomFormula(std::string_view lower_word);
// 1: a word saying someone died ("dead", "died", "killed"); 2: that someone
// lives ("alive", "survived", "safe"); 0: neither.
int LifeClass(std::string_view lower_word);

// True when the two words before a cue take its force away ("confirm or
// deny").
bool CancelsCue(std::string_view before_previous, std::string_view previous);

// Words that report without endorsing ("reportedly", "claims", "rumor").
bool IsHedge(std::string_view lower_word);

// Scale words after a number: "million" → 1e6. Returns 0 when not a scale.
double ScaleWord(std::string_view lower_word);
// "one".."twelve", "dozen", "hundred": returns -1 when not a number word.
double NumberWord(std::string_view lower_word);

// Antonym pairs as lower-case lemmas: the built-in list plus WordNet's
// adjective, verb and adverb antonyms of single-word lemmas, compiled in
// (claims/lexicon/wordnet_antonyms.inc, generated from Debian's
// wordnet-base). `wordnet_dir` "" gives the built-ins only; any other
// value both (it is no longer read: WordNet need not be installed).
std::vector<std::pair<std::string, std::string>> LoadAntonyms(
    std::string_view wordnet_dir);

// Synonyms from WordNet: for each single-word lemma, the other single-word
// lemmas of its `senses` most frequent synsets (index.* order), so "buy"
// meets "purchase" but not every rare sense of "get". Empty without WordNet.
std::vector<std::pair<std::string, std::vector<std::string>>> LoadSynonyms(
    std::string_view wordnet_dir, int senses);

// How often each single-word lemma was sense-tagged in WordNet's corpus
// (tagsense_cnt of index.*, summed over parts of speech): a frequency to
// weight common words down, names and rare words up. Empty without WordNet.
std::vector<std::pair<std::string, int>> LoadLemmaCounts(std::string_view wordnet_dir);

// The built-in pairs only.
std::vector<std::pair<std::string, std::string>> BuiltinAntonyms();

}  // namespace qtrack::lexicon

#endif  // QTRACK_CLAIMS_LEXICON_LEXICON_H_
