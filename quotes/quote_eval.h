// File: quotes/quote_eval.h
//
// Scores QuoteExtractor against gold quotes in the shape of
// ../shared/eval/FORMAT.md (PolNeAR and friends), and prints extracted
// quotes in the prediction shape of the same file.
//
// Matching (FORMAT.md): each quote is the set of its *content characters* —
// the code point positions inside its fragments (or [start, end) when there
// are none) that are neither white space nor punctuation (Unicode general
// category P*, quote marks and dashes included). Pairs are formed greedily,
// highest Jaccard first, one-to-one; a pair counts when Jaccard >= 0.5.
// Views: `quoted` = gold direct+mixed vs predictions whose content holds a
// double quotation mark; `all` = everything. Speaker accuracy: the share of
// matched `all` pairs whose speaker mention span equals the gold one (gold
// null ⇔ no predicted mention).
//
// Example:
//   auto scores = ScoreQuoteFile("../shared/eval/quotes/polnear/dev.jsonl", nullptr);
//   if (scores.ok()) std::cout << scores->all.f1();
//
// Thread-safety: functions are reentrant; each call uses its own extractor.
#ifndef QTRACK_QUOTES_QUOTE_EVAL_H_
#define QTRACK_QUOTES_QUOTE_EVAL_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/article.h"
#include "quotes/extractor.h"
#include "quotes/quote.h"

namespace qtrack {

struct PRF {
  size_t gold = 0, predicted = 0, matched = 0;
  double precision() const { return predicted ? double(matched) / predicted : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct QuoteScores {
  PRF quoted;  // gold direct+mixed vs predictions with a double quote mark
  PRF all;     // every attribution
  size_t speaker_exact = 0;  // matched `all` pairs with the exact gold mention
  double speaker_mention_exact() const {
    return all.matched ? double(speaker_exact) / all.matched : 0;
  }
  size_t articles = 0;
  size_t bytes = 0;
};

struct QuoteEvalOptions {
  // The extractor's options (the decision threshold among them).
  QuoteOptions extractor;
  // Non-null: every miss and false alarm of the `all` and `quoted` views,
  // with some context.
  std::ostream* errors = nullptr;
  // Non-null: one JSON line per predicted statement with its labels
  // against gold ({"doc", "matched_all", "matched_quoted", "quoted",
  // "speaker_exact", "rule", "kind", "confidence", "features", "text"}),
  // the data quotes/tools/fit_decision_model.py fits on. Set
  // extractor.collect_features to get the features.
  std::ostream* candidates = nullptr;
};

// Reads a gold JSONL file (one article a line: id, text, date, publisher,
// title, quotes[...]), runs QuoteExtractor on each article (text verbatim,
// paragraphs split on newlines, published = date, outlet = publisher,
// title) and scores it.
absl::StatusOr<QuoteScores> ScoreQuoteFile(const std::string& gold_path, const QuoteEvalOptions& options);
absl::StatusOr<QuoteScores> ScoreQuoteFile(const std::string& gold_path, std::ostream* errors);

// Runs QuoteExtractor on every article of a gold-shaped JSONL file and
// writes the predictions (WriteQuoteJsonl) to `out`.
absl::Status PredictQuoteFile(const std::string& gold_path, std::ostream* out);

// Appends one FORMAT.md prediction JSON line per quote (doc_id, start, end,
// fragments, quote, kind, cue, cue_start, cue_end, speaker, speaker_start,
// speaker_end, via, addressee, said_on, confidence) to `out`; offsets are
// Unicode code points into article.text.
void WriteQuoteJsonl(const Article& article, const std::vector<Quote>& quotes, std::string* out);

// Splits `text` into paragraphs on newlines (runs of blank lines are one
// break; white-space-only lines are dropped), as the evaluation does.
std::vector<Span> SplitParagraphsOnNewlines(std::string_view text);

}  // namespace qtrack

#endif  // QTRACK_QUOTES_QUOTE_EVAL_H_
