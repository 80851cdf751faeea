// File: quotes/extractor.h
//
// QuoteExtractor finds the statements in an Article — direct quotes, partial
// (mixed) quotes and reported speech — and attributes each: the speaker
// mention as written and the speaker it resolves to inside the article
// (surnames, pronouns and role nouns → the full name introduced earlier),
// the conduit that carried it (TASS, Reuters), the addressee, the cue, and
// the day it was said. English, Russian and Ukrainian; straight, curly,
// «guillemet» and „low-9“ double quotes, and single-quoted headline quotes.
//
// Example:
//   Article a;  // text: "\"We will win,\" Trump said, \"and win big.\""
//   QuoteExtractor extractor;
//   std::vector<Quote> quotes;
//   extractor.Extract(a, &quotes);
//   // quotes[0]: kind kDirect, two fragments, speaker "Trump", cue "said".
//
// The method is rule-based and linear in the text: one tokenizer pass with
// string_views into the text (no allocation per token; token, quote and
// sentence scratch vectors are reused between calls), quote-mark pairing per
// paragraph, then attribution per sentence around a cue word from a lexicon
// mined from PolNeAR train (quotes/mine_cues.py).
//
// Debugging: with the environment variable QTRACK_QUOTES_DEBUG set, each
// sentence, its tokens and the cue decisions are written to stderr.
//
// Thread-safety: a QuoteExtractor keeps scratch between calls, so it is not
// thread-safe; use one per thread. Not copyable (the scratch is large and
// copying it is never what a caller wants); movable.
#ifndef QTRACK_QUOTES_EXTRACTOR_H_
#define QTRACK_QUOTES_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "ingest/article.h"
#include "quotes/quote.h"

namespace qtrack {

struct QuoteOptions {
  // Report reported speech without quote marks ("Peskov said that ...").
  // Default: true.
  bool include_indirect = true;
  // Also report attributions through weak cues (shows, found, called,
  // believes): PolNeAR counts them, a quote desk usually does not.
  // Default: true.
  bool include_weak_cues = true;
  // Also report an attribution nested in another's content ("He said the
  // talks failed because Obama hopes that ..." → two statements); not when
  // the nested content is half the outer one or more, which would repeat
  // it. Default: true.
  bool include_nested = true;
  // A quote mark left open longer than this (bytes) is treated as a stray
  // mark and the quote is cut at the paragraph end. Default: 20000.
  size_t max_quote_bytes = 20000;
  // Statements with a lower confidence are dropped. Default 0.4: on
  // PolNeAR train (5-fold cross-validation, docs/DECISION_MODEL.md) it
  // leaves F1 where keeping all does and raises precision by two points.
  // Callers that show statements to a desk raise it.
  double min_confidence = 0.4;
  // Decide statements with the learned model (quotes/internal/
  // decision_model.h): its probability becomes the confidence. With
  // false, every candidate the rules make keeps its rule's prior as its
  // confidence (what the model is fitted on). Default: true.
  bool use_decision_model = true;
  // Fill Quote::features with the model's features ("name=value"), for
  // fitting. Default: false.
  bool collect_features = false;
  // Article longer than this (bytes) are processed only up to this size: a
  // hard bound on scratch memory (about 40 bytes of scratch per input
  // word). Default: 64 MiB.
  size_t max_article_bytes = size_t{64} << 20;
};

class QuoteExtractor {
 public:
  explicit QuoteExtractor(QuoteOptions options = {});
  ~QuoteExtractor();
  QuoteExtractor(const QuoteExtractor&) = delete;
  QuoteExtractor& operator=(const QuoteExtractor&) = delete;
  QuoteExtractor(QuoteExtractor&&) noexcept;
  QuoteExtractor& operator=(QuoteExtractor&&) noexcept;

  // Appends the statements found in `article` to `out` (cleared first), in
  // text order. Spans are byte offsets into article.text; `said_on` falls
  // back to the article's `published` date (YYYY-MM-DD) when none is stated.
  // REQUIRES: article.paragraphs are in order and inside article.text.
  void Extract(const Article& article, std::vector<Quote>* out);

  const QuoteOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qtrack

#endif  // QTRACK_QUOTES_EXTRACTOR_H_
