// File: claims/linker.h
//
// The linking policy: which link, if any, a new statement gets to an
// earlier one that the store's candidate query found. Ingest (Store::
// AddArticle) and `qtrack match` (Store::Match) decide with the same
// function, so what `match` labels is what ingest would store.
//
//   repeat       the same speaker says it again, in another story;
//   recycled     another speaker says it, in another story, or an own-voice
//                claim comes back in another outlet (a known one: two
//                statements of unknown outlets are not two outlets);
//   contradicts  the same proposition with the opposite stance: the names
//                agree, the contents are highly similar once the negation is
//                set aside, and the stances differ by a negated or antonym
//                predicate, by opposite polarity ("X denied Y" / "Z said
//                Y"), or by a different figure for the same quantity;
//   altered      a direct quote of the same speaker as an earlier direct
//                quote, nearly identical but with words changed (a number, a
//                negation, a name, a qualifier): the reason shows the
//                word-level difference.
// A denial is never read as an assertion: a denial and an assertion of the
// same words are never a repeat or recycled.
//
// A story is an article and its copies: two occurrences are one story when
// they share the article id, the headline and date (both dates may be
// unknown), or the body fingerprint (StoryFingerprint). No link runs
// inside one story: two statements that one story (or a copy of it)
// carries are never linked, even when one of them was also read elsewhere.
// (The store also skips earlier statements quoted again further on in the
// article being added.)
//
// Example:
//   AnalysedStatement earlier = ..., later = ...;   // AnalyseStatement
//   std::optional<Link> link = DecideLink(policy, matcher, earlier, later, std::nullopt);
//
// Thread-safety: pure functions over immutable inputs.
#ifndef QTRACK_CLAIMS_LINKER_H_
#define QTRACK_CLAIMS_LINKER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/similarity.h"
#include "claims/statement.h"
#include "ingest/article.h"

namespace qtrack {

#include "claims/link_calibration.inc"

// Where one occurrence was read; 0 = unknown (never equal to anything).
struct StoryKeys {
  uint64_t article = 0;   // article id
  uint64_t headline = 0;  // headline and date
  uint64_t body = 0;      // Occurrence::story
};

// What the linker knows of a statement: the matcher's analysis of its
// words and where it was read.
struct AnalysedStatement {
  std::string id, speaker_id;
  std::string kind;      // direct, mixed, indirect, claim; "query" for `match` text of no known voice
  bool denies = false;   // polarity "denies"
  std::string key;       // StatementKey: identical wording, however punctuated
  StatementFeatures features;
  std::vector<StoryKeys> stories;    // one per occurrence
  std::vector<std::string> outlets;  // lower case, distinct, non-empty
};

// The body fingerprint stored as Occurrence::story: a hash of the body's
// letters and digits, lower-cased, so a text copy and a copy of the page
// agree whatever their whitespace and punctuation; "" when the body has
// fewer than 200 of them (too little to tell one story from another).
std::string StoryFingerprint(const Article& article);

// Sets the id, speaker, kind, polarity, stories and outlets of `out` from
// `statement` (not the key or features).
void SetProvenance(const Statement& statement, AnalysedStatement* out);

// Thresholds of the policy; the store fills them from StoreOptions.
struct LinkPolicy {
  // Fewer content words than this on either side: only identical wording
  // links, and only own-voice claims. Default 4.
  size_t min_link_words = 4;
  // Stored repeat/recycled links: the matcher's duplicate verdict and at
  // least this similarity. Default 0.6.
  double link_min_similarity = 0.6;
  // ... and shared content words at least this share of the longer
  // statement's. Default 0.6.
  double link_min_coverage = 0.6;
  // Suggestions ("recycled?") need at least this similarity. Default: the
  // lowest at which the suggestions just above it are right at least half
  // the time on MRPC dev (claims/tools/calibrate_links.py writes it to
  // claims/link_calibration.inc).
  double suggest_min_similarity = kCalibratedSuggestSimilarity;
  // A contradiction needs at least this similarity. Default 0.6.
  double contradiction_min_similarity = 0.6;
};

// The link from `later` to `earlier`, or none. `judgement`, when given, is
// the matcher's verdict on the pair (computed ahead); else it is computed.
std::optional<Link> DecideLink(const LinkPolicy& policy, const PairMatcher& matcher,
                               const AnalysedStatement& earlier, const AnalysedStatement& later,
                               const std::optional<PairJudgement>& judgement);

// Whether the matcher's verdict is worth computing ahead for this pair
// (identical wording and short statements are decided without it).
bool WantsJudgement(const AnalysedStatement& later, const AnalysedStatement& earlier,
                    size_t min_link_words);

// A short statement links only to identical wording, and only when both
// are own-voice claims: a short quote needs no candidates at all.
bool CannotLink(const StatementFeatures& self, bool is_claim, size_t min_link_words);

// The word-level change of an altered quote ("[-extremely useful-]{+useless+}"),
// or "" when `later` is not `earlier` with a few words changed: most words
// kept, at least one word that carries meaning (a number, a negation, a
// name, a content word) removed or replaced, and not merely cut or
// extended at either end (partial quoting).
std::string AlteredWords(std::string_view earlier, std::string_view later);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_LINKER_H_
