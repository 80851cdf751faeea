// File: ingest/extraction_eval.h
//
// Scores main-content extraction (ParseHtmlArticle) against a gold JSON
// Lines file of {"id", "url", "html", "body"} records: the Zyte (ScrapingHub)
// article-extraction-benchmark metric, as described in
// ../shared/eval/extraction/scrapinghub/README.md:
//   - tokens: maximal runs of Unicode letters (L*), numbers (N*) and '_';
//   - shingles: windows of 4 consecutive tokens (1-3 tokens: one shingle);
//   - per page: multiset overlap -> precision, recall;
//   - corpus: precision = mean over pages with a non-empty prediction,
//     recall = mean over pages with a non-empty gold, F1 = harmonic mean of
//     those two means (not the mean of per-page F1s).
//
// Example:
//   absl::StatusOr<ExtractionScore> s = ScoreExtractionFile("dev.jsonl", &std::cerr);
//   if (s.ok()) printf("F1 %.3f\n", s->f1);
//
// Memory: one record at a time (a line may be several MB).
// Thread-safety: reentrant.
#ifndef QTRACK_INGEST_EXTRACTION_EVAL_H_
#define QTRACK_INGEST_EXTRACTION_EVAL_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace qtrack {

struct ExtractionScore {
  size_t pages = 0;
  double precision = 0, recall = 0, f1 = 0;  // macro averages over pages
  double accuracy = 0;       // share of pages whose token sequences match exactly
  size_t html_bytes = 0;     // total HTML scored
  double extract_seconds = 0;  // time spent in ParseHtmlArticle only
};

// Per-page precision and recall of `predicted` against `gold` (both 1 when
// both are empty). Exposed for tests.
struct PageScore {
  double precision = 1, recall = 1;
  bool predicted_empty = false, gold_empty = false, exact = false;
};
PageScore ScoreExtraction(std::string_view predicted, std::string_view gold);

// Reads `path`, extracts each page's body and scores it. When `per_page` is
// non-null writes one line per page: "id\tP\tR\tF1\n". Errors: file not
// readable; a line that is not a JSON object with string "html" and "body"
// fields (kInvalidArgument naming the line number).
absl::StatusOr<ExtractionScore> ScoreExtractionFile(const std::string& path,
                                                    std::ostream* per_page);

}  // namespace qtrack

#endif  // QTRACK_INGEST_EXTRACTION_EVAL_H_
