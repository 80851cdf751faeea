// File: claims/similarity.h
//
// The statement-pair matcher: given an earlier and a later statement, says
// whether the later one repeats the earlier (reworded or not: a duplicate, a
// recycled narrative), contradicts it (same subject, opposite polarity), or
// neither. Candidate retrieval is not done here (the store's Xapian query
// finds candidates); this is the verification of each candidate.
//
// Example:
//   PairMatcher matcher;                                // loads WordNet once
//   StatementFeatures a = matcher.Analyze("The deal was discussed in Riyadh.");
//   StatementFeatures b = matcher.Analyze("The deal was not discussed in Riyadh.");
//   PairJudgement j = matcher.Judge(a, b);
//   // j.label == PairLabel::kContradiction,
//   // j.reason == "negated in later: \"not discussed\" vs \"discussed\";
//   //              shared words: deal, discussed, Riyadh"
//
// How it judges. Analyze() reduces a statement to sorted 64-bit hashes:
// stemmed content words (Xapian's stemmers, chosen per word by script:
// Latin → english, Cyrillic → russian, also used for Ukrainian; stop words
// dropped; an irregular English form is first mapped to its WordNet base,
// "rose" → "rise", "children" → "child"), 1–4-grams of all words, byte trigrams of the lower-cased words,
// adjacent content-word shingles, capitalised names (not in Title Case
// headlines), numbers with their unit ("2 million rounds" → 2e6 "round";
// "4GB" → 4 "gb"), the content words within four words after a negation in
// the same clause ("isn't going to be selling"; "no comment" and the like
// negate nothing), the WordNet synonyms (two commonest senses) and antonyms
// (`!` pointers of adjectives, verbs, adverbs, plus a built-in list) of its
// words, whether it says someone died or lives ("dead", "not dead",
// "survived"), and counts of refuting cues ("denied", "hoax", "no
// evidence", "put to rest", a headline opening "No, ..."; "not a hoax"
// confirms) and hedges ("reportedly"). Judge() merges the sorted vectors,
// turns the overlaps (also word order: the longest common subsequence) into
// PairSignals and combines them with two logistic models fitted on dev
// splits (claims/tools/fit_pair_model.py): similarity on MRPC (paraphrase
// vs not), contradiction on Emergent (against vs for/observing) with
// MRPC's pairs as extra negatives. Between
// statements that otherwise share at least 60% of their words and all their
// names, three differences are contradictions by rule: a number of the same
// unit after the same word that differs by more than 10%, or a built-in
// antonym, when that is the only unmatched word of the longer statement;
// and a shared word negated on one side only when 95% of the words match.
// Scores are in [0, 1].
//
// Figures: the fitted models' in-sample and nested cross-validated scores
// on the dev splits are written by the fitting script at the top of
// claims/pair_model.inc (grouped by claim, so they estimate the sealed,
// claim-disjoint tests); `pair_eval_main FILE` scores the compiled matcher.
// Emergent's duplicate class (entailment ∪ neutral: attributed headlines)
// is matched poorly at the MRPC-tuned link threshold.
//
// Cost (-c opt, one core, shared machine): Analyze ~13 µs for a 20-word
// sentence; Judge ~1.5 µs, allocating only the reason string and only for
// a duplicate, contradiction or suggestion. StatementFeatures of a sentence
// is ~3 KB. Constructing the first PairMatcher loads WordNet (~0.2 s
// optimised).
//
// Thread-safety: PairMatcher is immutable after construction; Analyze and
// Judge are const and may be called from many threads at once (stemmers are
// per thread). StatementFeatures is a plain value.
#ifndef QTRACK_CLAIMS_SIMILARITY_H_
#define QTRACK_CLAIMS_SIMILARITY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qtrack {

#include "claims/pair_thresholds.inc"

// Decision thresholds on PairJudgement's scores. Defaults were tuned on the
// dev splits (see claims/pair_eval.h); all limits are [0, 1].
struct MatchThresholds {
  // similarity >= link → kDuplicate (stored as a near-duplicate link).
  // Default: chosen by claims/tools/fit_pair_model.py on cross-validated
  // scores of MRPC dev (F1-best), generated into claims/pair_thresholds.inc.
  double link = kFittedLinkThreshold;
  // suggest <= similarity < link → suggestion for a person to review.
  // Default 0.30 (MRPC dev: recall 0.96 of paraphrases above it).
  double suggest = 0.30;
  // contradiction >= this → kContradiction (checked before link).
  // Default: the F1-best threshold on cross-validated scores of Emergent
  // dev with a minimum precision (claims/pair_thresholds.inc).
  double contradiction = kFittedContradictionThreshold;
};

enum class PairLabel { kUnrelated, kDuplicate, kContradiction };

// "duplicate", "contradiction", "unrelated".
std::string_view PairLabelName(PairLabel label);

// Function words the matcher ignores ("the", "of", "и", "на"; lower case, as
// written). Candidate queries leave them out: they would add the longest
// posting lists and rank nothing.
bool IsMatcherStopWord(std::string_view lower_word);
// Negations the matcher reads ("not", "never", "isn't", "не"; lower case).
bool IsMatcherNegation(std::string_view lower_word);

// The difference of stance a person can check between two statements on
// one subject, strongest evidence first (computed for every pair).
enum class StanceChange {
  kNone,
  kFigure,      // a different figure for the same quantity, the rest the same
  kAntonym,     // an antonym of a word of the other ("alive" / "died")
  kNegation,    // a shared word negated on one side only
  kRefutation,  // a refuting cue on one side only ("hoax", "denied")
};

struct PairJudgement {
  PairLabel label = PairLabel::kUnrelated;
  StanceChange stance = StanceChange::kNone;
  // Share of the longer statement's content words the other has (WordNet
  // synonyms count), negations set aside: how much the two say the same.
  double overlap = 0;
  double similarity = 0;     // [0,1], rewording-tolerant
  double contradiction = 0;  // [0,1]
  bool suggestion = false;   // suggest <= similarity < link, not a contradiction
  // What a person can check: the shared words, the negated verb, the
  // numbers that differ, the refuting cue. Empty for plain unrelated pairs.
  std::string reason;
};

// Precomputed features of one statement: analyse once, compare many times.
// Hash vectors are sorted and unique. Spans are byte offsets into `text`.
struct StatementFeatures {
  struct Span {
    uint32_t begin = 0, end = 0;
  };
  struct Word {  // a content word, in text order
    uint64_t stem = 0;
    Span span;
  };
  struct Number {  // "2 million rounds" → {2e6, hash("round"), span}
    double value = 0;
    uint64_t unit = 0;  // stem of the noun after the number; 0 when none
    Span span;          // the number and its unit as written
  };
  struct Negated {  // a content word within four words after a negation, same clause
    uint64_t stem = 0;
    Span span;  // from the negation to the word: "not discussed"
    uint64_t prefix = 0;  // hash of the word's first five letters
  };

  std::string text;
  std::vector<uint64_t> terms;     // stemmed content words and numbers
  std::vector<float> term_weights;  // parallel to terms: rarer words weigh more
  std::vector<uint64_t> shingles;  // consecutive content-stem pairs
  std::vector<uint64_t> entities;  // capitalised names; empty in Title Case text
  std::vector<uint64_t> antonyms;  // antonyms of `terms`
  std::vector<uint64_t> core_antonyms;  // the built-in (curated) ones only
  std::vector<uint64_t> synonyms;  // WordNet synonyms of `terms` (top senses)
  std::vector<uint64_t> prefixes;  // first five letters of content words
  // 1- to 4-grams of all stemmed words, stop words included (the n-gram
  // overlap MT metrics measure); the low two bits of each hash are n-1.
  std::vector<uint64_t> ngrams;
  uint32_t ngram_counts[4] = {};  // unique n-grams per n
  uint32_t token_count = 0;
  std::vector<uint64_t> token_stems;  // every word's stem, in text order
  std::vector<uint64_t> char_grams;   // byte trigrams of the lower-cased words
  std::vector<Word> words;
  std::vector<Number> numbers;
  std::vector<Negated> negated;
  int negations = 0;    // "not", "n't", "never", "не", ...
  int strong_cues = 0;  // "denied", "hoax", "fake", "no evidence", "фейк"
  int weak_cues = 0;    // "dismissed", "wrong" (a rumour reports, it does not refute)
  int hedges = 0;       // "reportedly", "claims", "says"
  int negated_cues = 0;  // "not a hoax", "no fake": confirmations
  // Life and death: 1 = says someone died ("dead", "killed", "not alive"),
  // 2 = says someone lives ("alive", "safe", "not dead"), 3 = both.
  int life = 0;
  bool question = false;
  bool title_case = false;  // a headline: capitals carry no name information
  Span first_cue;           // the first refuting cue, for the reason
};

// The signals Judge combines, exposed for tuning and debugging
// (`pair_eval_main --features`). Every value is in [0, 1].
struct PairSignals {
  static constexpr int kCount = 62;
  double v[kCount] = {};
  static const char* const kNames[kCount];
};

class PairMatcher {
 public:
  // Loads WordNet antonyms, synonyms and lemma counts from `wordnet_dir` when
  // present (default: Debian's /usr/share/wordnet; "" or a missing directory
  // = built-in antonyms only, no synonyms). Loading takes about a second; it
  // is done once per process and directory, later matchers share the tables.
  explicit PairMatcher(MatchThresholds thresholds = {},
                       std::string_view wordnet_dir = "/usr/share/wordnet");
  ~PairMatcher();
  // Immutable and possibly large (the antonym table): share it, don't copy.
  PairMatcher(const PairMatcher&) = delete;
  PairMatcher& operator=(const PairMatcher&) = delete;

  // `language` is a hint ("en", "ru", "uk"), unused for now: each word is
  // stemmed by its script (Latin: english, Cyrillic: russian). Any bytes
  // are accepted (ill-formed UTF-8 is read as U+FFFD).
  StatementFeatures Analyze(std::string_view text, std::string_view language = "en") const;

  PairJudgement Judge(const StatementFeatures& earlier, const StatementFeatures& later) const;

  // The raw signals and the two scores, without a decision or reason.
  PairSignals Signals(const StatementFeatures& earlier, const StatementFeatures& later) const;
  double SimilarityScore(const PairSignals& s) const;
  double ContradictionScore(const PairSignals& s) const;
  // The rules ContradictionScore lays over its logistic model: -1 when the
  // pair shares no content word (the score is then 0), else a floor under
  // the score (0.5 + 0.45 * soft_cov_min for a figure, antonym or negation
  // that is the only difference; 0 when no rule applies). The score is
  // max(logistic, floor). `pair_eval_main --features` prints it, so the
  // fitting script needs no copy of the rules.
  double ContradictionRule(const PairSignals& s) const;

  const MatchThresholds& thresholds() const { return thresholds_; }
  size_t antonym_count() const;  // number of antonym stem pairs loaded

 private:
  struct Tables;
  static std::shared_ptr<const Tables> LoadTables(std::string_view wordnet_dir);
  std::string Reason(const StatementFeatures& earlier, const StatementFeatures& later,
                     const PairSignals& s, bool contradiction) const;

  MatchThresholds thresholds_;
  std::shared_ptr<const Tables> tables_;  // shared by matchers of one directory
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_SIMILARITY_H_
