// File: claims/checks_eval.h
//
// Evaluation of fact-check retrieval (CheckThat! Task 2A: "detecting
// previously fact-checked claims") against a CheckStore.
//
// Gold files are JSON Lines {"id", "text", "relevant": [check ids]} (the
// shape of eval/retrieval/checkthat2022/dev.jsonl). Scores follow the
// organisers' trec_eval conventions: AP@k = (1/|R|) Σ_{i≤k, d_i∈R} P@i
// (denominator |R|, not min(|R|, k)); MAP@k is its mean over all queries;
// Recall@k = |top k ∩ R| / |R|; a query without a ranking scores 0.
//
// Example:
//   ASSIGN_OR_RETURN(auto store, CheckStore::OpenForReading(dir));
//   ASSIGN_OR_RETURN(RetrievalScores s, ScoreRetrievalFile(*store, "dev.jsonl", 5));
//   // s.map5, s.recall5, ...
//
// Thread-safety: as CheckStore (one thread per store).
#ifndef QTRACK_CLAIMS_CHECKS_EVAL_H_
#define QTRACK_CLAIMS_CHECKS_EVAL_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/checks.h"

namespace qtrack {

struct RetrievalScores {
  int64_t queries = 0;
  double map1 = 0, map3 = 0, map5 = 0, map_k = 0;  // map_k: MAP@k for the k asked
  double recall5 = 0, mrr = 0;                       // MRR over the top k
  double median_ms = 0, p95_ms = 0;                  // Rank() latency per query
};

struct GoldQuery {
  std::string id, text;
  std::vector<std::string> relevant;
};

absl::StatusOr<std::vector<GoldQuery>> ReadGoldFile(const std::string& path);

// AP@k of one ranking (ids best first) against the relevant set.
double AveragePrecisionAt(const std::vector<std::string>& ranked,
                          const std::vector<std::string>& relevant, size_t k);

// Ranks every query (top max(k, 5)) and scores it.
absl::StatusOr<RetrievalScores> ScoreRetrievalFile(CheckStore& store, const std::string& gold_path,
                                                   size_t k,
                                                   const CheckRankOptions& options = {});

// One line per query: {"id": …, "ranked": [check ids, best first]}.
absl::Status RankQueriesFile(CheckStore& store, const std::string& path, size_t k, std::ostream& out);

// Tuning support: the re-ranking features of every candidate of every query.
struct QueryCandidates {
  std::vector<std::string> relevant;
  std::vector<std::string> ids;
  std::vector<CheckFeatures> features;
};
absl::StatusOr<std::vector<QueryCandidates>> CollectCandidates(CheckStore& store,
                                                               const std::string& gold_path,
                                                               const CheckRankOptions& options);
// MAP@k of a linear model over collected candidates.
double MapForWeights(const std::vector<QueryCandidates>& data,
                     const std::array<double, CheckFeatures::kCount>& weights, size_t k);
// Coordinate ascent on MAP@5 from `start`; returns the best weights found.
std::array<double, CheckFeatures::kCount> TuneWeights(
    const std::vector<QueryCandidates>& data, std::array<double, CheckFeatures::kCount> start);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_CHECKS_EVAL_H_
