// File: claims/checks.h
//
// Known fact-checks: "this was checked before". A CheckStore is a Xapian
// database of fact-checks (Snopes, StopFake, EUvsDisinfo, ... — one document
// per checked claim) in its own directory, conventionally "<qtrack db>/checks".
// Rank() takes a new statement or a tweet and returns the checks it repeats,
// best first, with a score and a reason a person can verify.
//
// Example:
//   ASSIGN_OR_RETURN(auto store, CheckStore::OpenForWriting(db + "/checks"));
//   ASSIGN_OR_RETURN(ImportCounts n, store->Import("snopes.jsonl",
//       [](const std::string& file, int64_t line, const std::string& why) {
//         std::cerr << file << ":" << line << ": " << why << "\n"; }));
//   ASSIGN_OR_RETURN(auto ranked, store->Rank("5G towers spread the virus", 5));
//   if (!ranked.empty() && ranked[0].score >= CheckThresholds().link) ...
//
// Input formats (detected from the content, not the file name):
//   - JSON Lines, one check a line: {"id", "text" (the checked claim),
//     "title" (the fact-check's headline), "subtitle", "url", "date",
//     "rating", "publisher", "claimant"}; only "id" and one of text/title are
//     required. The shape of CheckThat!'s claims (eval/retrieval/checkthat2022).
//   - schema.org ClaimReview JSON-LD: one object, an array, an "@graph", or
//     an HTML page's <script type="application/ld+json"> blocks. Fields:
//     claimReviewed → text, reviewRating.alternateName → rating, url (also
//     the id when there is no "@id"/"identifier"), datePublished → date,
//     author.name → publisher, itemReviewed.author.name → claimant, the
//     page's name/headline → title.
// Re-importing a check with the same id replaces it (unique "Q" term), so
// imports are idempotent. Bad records are reported and skipped.
//
// Retrieval. Candidates come from Xapian's BM25 (CheckRankOptions: k1, b,
// how many) over the stemmed English words of the claim text, headline and
// subtitle (one term space; the claim text and headline count double, see
// kTextWdf in checks.cc). The query is NormalizeTweet()ed first (URLs,
// handles, hashtags, emoji, the embed's "— Name (@handle) Date" line). The
// candidates are re-ranked by a small linear model over features in [0, 1]
// (CheckFeatures): BM25 relative to the best candidate, PairMatcher's
// rewording-tolerant similarity to the claim text and to the headline,
// idf-weighted word coverage both ways, number and name agreement, and —
// when the query is a tweet with its embed date — how close the check's
// date is to the tweet's. Weights were fitted on CheckThat! 2022 2A dev.
// The score shown to people is separate: a logistic model over the absolute
// features only (see RankedCheck::score and CheckThresholds).
//
// Quality (checks_eval_main, defaults): CheckThat! 2022 2A MAP@5 0.930 on
// dev.jsonl (1,196 tweets, the weights' training set), 0.958 on
// devtest.jsonl (202, held out); plain BM25 here: 0.871 / 0.899.
// Cost: about 4 ms a query over 14,231 checks (40 candidates, -c opt),
// mostly PairMatcher::Analyze of the candidates.
//
// Database layout (for xapian-delve/quest): Q<id> unique id; unprefixed
// terms are english stems (text, title, subtitle); value 0 = date YYYYMMDD;
// document data = the check as one JSON object.
//
// Thread-safety: a CheckStore is not thread-safe (Xapian handles are not);
// use one per thread. Rank() reuses scratch buffers. The store is movable
// only through its unique_ptr.
#ifndef QTRACK_CLAIMS_CHECKS_H_
#define QTRACK_CLAIMS_CHECKS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace qtrack {

struct FactCheck {
  std::string id;
  std::string text;  // the checked claim, as the fact-checker states it
  std::string title;  // the fact-check's headline
  std::string subtitle;  // standfirst; may be empty
  std::string url;
  std::string date;  // ISO YYYY-MM-DD or ""
  std::string rating;  // "False", "Mostly False", "Disinformation", ...
  std::string publisher;  // "Snopes", "StopFake", "EUvsDisinfo"
  std::string claimant;  // who made the claim, when the check says
};

// The re-ranking features of one (query, check) pair; all in [0, 1].
struct CheckFeatures {
  enum Index {
    kBm25,         // BM25 / best BM25 among the candidates
    kBm25Abs,      // BM25 / (BM25 + 10): absolute match strength
    kSimText,      // PairMatcher similarity, query vs claim text
    kSimTitle,     // PairMatcher similarity, query vs headline
    kCoverQuery,   // idf-weighted share of the query's stems in the check
    kCoverCheck,   // idf-weighted share of the claim text's stems in the query
    kNumbers,      // numbers in the check that the query also has (0.5 = none)
    kNames,        // capitalised names in the check found in the query
    kDateNear,     // exp(-days/30) for a check dated -3..60 days after the tweet (0.5 = unknown)
    kDateFar,      // check dated more than a year before the tweet
    kCount
  };
  std::array<double, kCount> v{};
  static const char* const kFeatureNames[kCount];  // "bm25", ...
};

struct RankedCheck {
  FactCheck check;
  // [0,1]: how likely this check is the claim the text repeats — a
  // logistic model over the absolute features, fitted on dev candidates.
  // Compare with CheckThresholds. Not necessarily monotone down the list:
  // the order comes from rank_score.
  double score = 0;
  double rank_score = 0;  // the re-ranker's weights·features; the list's order
  // "shared: 5g, tower, virus; similarity 0.82; checked soon after the tweet"
  std::string reason;
  CheckFeatures features;  // for tuning and debugging
};

// Decision thresholds on RankedCheck::score, for the top candidate.
// Measured with checks_eval_main --calibrate (top-1 only):
//   score >= 0.60: CheckThat! 2022 dev 56% of tweets flagged, 98.8% of them
//     with the right check; devtest 54%, 100%; 1 of 23 unrelated news
//     sentences (testdata/kyiv_independent_2025-04-14.txt) flagged.
//   score >= 0.20: dev 74%, 97.3%; devtest 74%, 97.3%; 3 of 23 unrelated.
// Every CheckThat! tweet has a checked claim, so these are precisions given
// that a repeat exists; on a feed of mostly new claims expect more false
// links than the unrelated sample's 4%.
struct CheckThresholds {
  // score >= link → show as "checked before" with the link. Default 0.60.
  double link = 0.60;
  // suggest <= score < link → offer for a person to review. Default 0.20.
  double suggest = 0.20;
};

struct CheckRankOptions {
  // BM25 candidates re-ranked. Default 40; 1..1000. Cost is linear in it
  // (about 0.08 ms a candidate, mostly PairMatcher::Analyze); on CheckThat!
  // dev, recall@40 bounds MAP@5 and 60 adds only +0.002.
  size_t candidates = 40;
  // Use the tweet embed's date ("— Name (@handle) May 1, 2020") against the
  // checks' dates. Default true. On CheckThat! it is worth +0.06 MAP@5:
  // those tweets are the ones the checks were written about, so the check
  // follows the tweet within weeks. A fresh tweet matched against older
  // checks gets only a mild preference for checks of the last year. Texts
  // without the embed line are unaffected. False = date features neutral.
  bool use_date = true;
  double k1 = 1.0;         // BM25 term-frequency saturation. Default 1.0.
  double b = 0.5;          // BM25 length normalisation. Default 0.5.
  // The linear model over CheckFeatures (tuned on dev; see checks.cc).
  std::array<double, CheckFeatures::kCount> weights = DefaultWeights();
  static std::array<double, CheckFeatures::kCount> DefaultWeights();
};

struct ImportCounts {
  int64_t added = 0;     // new ids
  int64_t replaced = 0;  // ids already in the store, updated
  int64_t skipped = 0;   // bad records (each reported through on_problem)
};

using ProblemFn =
    std::function<void(const std::string& file, int64_t line, const std::string& reason)>;

// Parses fact-checks out of one file's content (JSON Lines, ClaimReview
// JSON/JSON-LD, or HTML with JSON-LD blocks; see the top of this file).
// Calls on_check for each good record and on_problem(line, reason) for each
// bad one (line is 1-based; for HTML and single JSON documents the line
// where the object starts, or 1). Never throws; any bytes are accepted.
void ParseFactChecks(std::string_view content, const std::function<void(FactCheck&&)>& on_check,
                     const std::function<void(int64_t line, const std::string& reason)>& on_problem);

class CheckStore {
 public:
  // Creates the directory's database if needed. Holds Xapian's write lock
  // until destroyed (a second writer gets FailedPrecondition).
  static absl::StatusOr<std::unique_ptr<CheckStore>> OpenForWriting(const std::string& dir);
  // NotFound when there is no database in `dir`.
  static absl::StatusOr<std::unique_ptr<CheckStore>> OpenForReading(const std::string& dir);
  ~CheckStore();
  CheckStore(const CheckStore&) = delete;
  CheckStore& operator=(const CheckStore&) = delete;

  // Imports one file (see ParseFactChecks) and commits, in one transaction:
  // on failure nothing of the file is stored. REQUIRES: opened for
  // writing. Memory: the file is read whole (ResourceExhausted above 1 GiB).
  absl::StatusOr<ImportCounts> Import(const std::string& path, const ProblemFn& on_problem);
  // Adds or replaces one check (committed by the next Import or Commit).
  absl::Status Put(const FactCheck& check);
  absl::Status Commit();

  // Ranks checks for one statement or tweet, best first; at most top_k.
  // Empty when no check shares a word with the text. The first call loads
  // PairMatcher's WordNet tables (about a second); later calls take ~4 ms.
  absl::StatusOr<std::vector<RankedCheck>> Rank(std::string_view text, size_t top_k);
  absl::StatusOr<std::vector<RankedCheck>> Rank(std::string_view text, size_t top_k,
                                                const CheckRankOptions& options);
  // The check with this id; NotFound otherwise.
  absl::StatusOr<FactCheck> Get(const std::string& id);

  size_t size() const;

 private:
  struct Impl;
  explicit CheckStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_CHECKS_H_
