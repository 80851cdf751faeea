// File: claims/pair_eval.h
//
// Runs the statement-pair matcher (claims/similarity.h) over a pairs file
// and prints or scores its decisions. Behind `qtrack compare FILE` and
// `qtrack eval --pairs FILE`.
//
// Input: JSON Lines, one pair a line, `{"id": "...", "a": "<earlier>",
// "b": "<later>", "label": "..."}` (see ../shared/eval/FORMAT.md); `label`
// is only needed for scoring, extra fields are ignored, blank lines skipped.
// A bad line (not JSON, `a` or `b` missing or not a string) is reported as
// "FILE:LINE: reason" on the error stream and skipped; the rest is processed.
//
// Example:
//   PairMatcher matcher;
//   absl::StatusOr<PairScores> s = ScorePairsFile("dev.jsonl", matcher, &std::cerr);
//   // s->duplicate.f1(), s->contradiction.f1()
//
// Thread-safety: the functions share nothing; one simdjson parser is reused
// per call.
#ifndef QTRACK_CLAIMS_PAIR_EVAL_H_
#define QTRACK_CLAIMS_PAIR_EVAL_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claims/similarity.h"

namespace qtrack {

// One line of a pairs file. Views point into the parser's buffers: valid
// until the next Parse() (for ForEachPair: during the callback).
struct PairRecord {
  std::string_view id, a, b, label;  // label may be empty
  size_t line = 0;                   // 1-based
};

// Parses one line (without its newline). Returns InvalidArgument with the
// reason ("not a JSON object", "missing field \"a\"") for a bad line.
// `scratch` is reused between calls (simdjson needs padding).
class PairLineParser {
 public:
  PairLineParser();
  ~PairLineParser();
  PairLineParser(const PairLineParser&) = delete;
  PairLineParser& operator=(const PairLineParser&) = delete;
  absl::Status Parse(std::string_view line, PairRecord* record);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads `path` line by line and calls `fn` for every good pair; bad lines go
// to `errors` (may be null) as "path:LINE: reason". Fails only when the
// file cannot be read.
absl::Status ForEachPair(std::string_view path, std::ostream* errors,
                         const std::function<void(const PairRecord&)>& fn);

// Gold label → is it a near-duplicate / a contradiction? Duplicate
// positives: duplicate, paraphrase, entailment, neutral.
bool IsGoldDuplicate(std::string_view label);
bool IsGoldContradiction(std::string_view label);

struct PrecisionRecall {
  size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct PairScores {
  size_t pairs = 0;       // good lines scored
  size_t bad_lines = 0;
  bool has_duplicate = false;      // the file has duplicate-class gold labels
  bool has_contradiction = false;  // the file has contradiction gold labels
  PrecisionRecall duplicate;       // meaningful only when has_duplicate
  PrecisionRecall contradiction;   // meaningful only when has_contradiction
};

// Prints one JSON line per good pair: {"id":…,"label":"duplicate"|
// "contradiction"|"unrelated","score":…,"similarity":…,"contradiction":…,
// "reason":…}. `score` is the contradiction score for a contradiction and
// the similarity otherwise. Bad lines go to `errors`.
absl::Status ComparePairs(std::string_view path, std::ostream& out,
                          std::ostream* errors = nullptr);
absl::Status ComparePairs(std::string_view path, const PairMatcher& matcher,
                          std::ostream& out, std::ostream* errors);

// Precision/recall/F1 of the matcher's labels against the gold labels.
absl::StatusOr<PairScores> ScorePairsFile(std::string_view path, std::ostream* errors);
absl::StatusOr<PairScores> ScorePairsFile(std::string_view path, const PairMatcher& matcher,
                                          std::ostream* errors);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_PAIR_EVAL_H_
