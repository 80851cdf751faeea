// File: quotes/lexicon.h  (private to //quotes:extractor)
//
// The word tables quote attribution runs on: reporting cues (mined from
// PolNeAR train, see mine_cues.py, plus hand-added Russian and Ukrainian
// forms), and word classes (titles, role nouns, pronouns, clause
// boundaries, time words, news agencies). All lookups take a lowercased
// word and allocate nothing.
//
// Thread-safety: the tables are built once (function-local statics) and
// read-only afterwards.
#ifndef QTRACK_QUOTES_LEXICON_H_
#define QTRACK_QUOTES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace qtrack::quotes_internal {

// How a cue word introduces its content.
enum CueFlags : uint32_t {
  kCueSpeech = 1 << 0,      // said, says, заявил: content follows or precedes
  kCueTakesObject = 1 << 1, // told X, asked X, urged X: an addressee follows
  kCueAccording = 1 << 2,   // "according" (needs "to"), "по словам"
  kCueParticiple = 1 << 3,  // saying, adding: subject is the clause's subject
  kCueWeak = 1 << 4,        // shows, found, called: attributions, rarely quotes
  kCueParticle = 1 << 5,    // a two-word cue: verb + particle ("called for")
  kCueNoun = 1 << 6,        // "Trump's claim that ...": needs "that" after it
  // What the cue reports (kCueSenses in lexicon.cc); none of the three:
  // speech.
  kCueBelief = 1 << 7,      // thinks, believes, is convinced, считает
  kCueIntent = 1 << 8,      // plans, aims, wants (+ "to": an intent; + a clause: a belief)
  kCueRefusal = 1 << 9,     // declined, refused (+ "to"): no statement at all
  kCueDenial = 1 << 10,     // denied, rejected, dismissed, опроверг, заперечив
  // A verb whose object is words: said, told, wrote, insisted. Other cues
  // (offered, agreed, praised, blasts) report a statement only with a
  // clause or a quote after them; with a bare object they report an act.
  kCueSaysWords = 1 << 11,
  // Making known: announced, unveiled, revealed. With a thing and no clause
  // after it ("announced a review") the cue reports an act.
  kCueMakeKnown = 1 << 12,
};

struct CueEntry {
  uint32_t flags = 0;
  float rate = 0;  // P(word is a gold cue | word), the prior confidence
};

// Returns the cue entry for a lowercased word, or nullptr.
const CueEntry* LookupCue(std::string_view lower_word);

// Word classes; a word may have several.
enum WordClass : uint32_t {
  kTitle = 1 << 0,        // President, Minister, Senator: part of a role
  kRoleNoun = 1 << 1,     // spokesperson, envoy, leader, official
  kPronoun = 1 << 2,      // he, she, they (person-resolvable: kPersonPronoun)
  kPersonPronoun = 1 << 3,
  kBoundary = 1 << 4,     // that, and, but, while, with: a speaker NP ends here
  kAux = 1 << 5,          // has, also, later: skipped between speaker and cue
  kTimeWord = 1 << 6,     // Monday, yesterday, today, week
  kPreposition = 1 << 7,  // on, at, in, during: a tail after the cue
  kDeterminer = 1 << 8,   // the, a, an
  kOrganisation = 1 << 9, // kremlin, ministry, government
  kOutlet = 1 << 10,      // tass, reuters: conduits
  kThat = 1 << 11,        // that, что, що: complementizer before content
  kNationality = 1 << 12, // russian, ukrainian: part of a role
  kMonth = 1 << 13,
  kWeekday = 1 << 14,
  kAbbreviation = 1 << 15,  // text/abbreviations.h: a following "." ends no sentence
  kIntro = 1 << 16,       // but, and, so, however: dropped at a clause start
  kParticleVerb = 1 << 17,  // first word of a verb + particle cue
};

// The cue entry of a verb + particle pair ("pointed", "out"), or nullptr.
// Both words lowercased.
const CueEntry* LookupParticleCue(std::string_view verb, std::string_view particle);

// Returns the WordClass bits of a lowercased word (0 when none).
uint32_t WordClasses(std::string_view lower_word);

// Whether a lowercased English common noun can name a speaker: one of its
// two most frequent WordNet senses is a person, a people or a social group
// ("analysts", "jury", "government", "spokesmen"), not a thing ("film",
// "budget", "mobiles"). Generated table: quotes/tools/gen_speaker_nouns.py.
bool NounCanName(std::string_view lower_word);

// Whether a lowercased noun names a document or a body that publishes
// findings ("report", "survey", "figures", "label"): a source of claims,
// though no person.
bool IsPublisherNoun(std::string_view lower_word);

// Whether a lowercased English singular noun names a person by one of its
// two most frequent WordNet senses ("singer", "farmer", "referee"): before
// a name it is a role, not a first name. Same generator.
bool IsPersonNoun(std::string_view lower_word);

// Everything known about one lowercased word, from one hash lookup: what
// the tokenizer stores per token so later stages never hash again.
struct WordInfo {
  uint32_t classes = 0;
  const CueEntry* cue = nullptr;  // nullptr when the word is no cue
};
const WordInfo* LookupWord(std::string_view lower_word);

// A cheap pre-filter before LookupWord for ASCII words: false when no
// lexicon word has this (lowercased) first, second, second-to-last and last
// byte and this length (for a one-letter word pass its letter four times).
// Most words of running text fail it, which spares the hash.
bool MaybeLexiconWord(unsigned char first_lower, unsigned char second_lower, unsigned char second_last_lower,
                      unsigned char last_lower, size_t len);

// The filter's bit index; exposed so both sides hash alike.
inline uint32_t FilterKey(unsigned char a, unsigned char b, unsigned char y, unsigned char z, size_t len) {
  uint32_t h = uint32_t(a) | uint32_t(b) << 8 | uint32_t(y) << 16 | uint32_t(z) << 24;
  h ^= uint32_t(len) * 0x9E3779B9u;
  h *= 0x85EBCA6Bu;
  h ^= h >> 16;
  return h & 0xFFFF;
}

// Month number 1..12 for a lowercased month name ("april", "apr", "апреля"),
// weekday 0..6 (Monday = 0) for a weekday name, else -1.
int MonthNumber(std::string_view lower_word);
int WeekdayNumber(std::string_view lower_word);

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_LEXICON_H_
