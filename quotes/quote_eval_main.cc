// quote_eval_main: scores QuoteExtractor on a gold quotes JSONL file.
//   bazel run -c opt //quotes:quote_eval_main -- GOLD.jsonl [--errors]
//       [--candidates OUT.jsonl] [--rules-only] [--min-confidence X]
//   bazel run -c opt //quotes:quote_eval_main -- --text "SENTENCE" [DATE]
//   bazel run -c opt //quotes:quote_eval_main -- GOLD.jsonl --predict
// Prints the `quoted` and `all` P/R/F1 and speaker-mention exactness.
//   --errors          every miss and false alarm on stderr
//   --candidates OUT  each predicted statement with its labels and the
//                     decision model's features (what
//                     quotes/tools/fit_decision_model.py fits on)
//   --rules-only      keep every candidate the rules make (no model)
//   --min-confidence  the decision threshold (default: the extractor's)
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace {

int ExtractOne(const char* text, const char* date) {
  qtrack::Article a;
  a.id = "arg";
  a.text = text;
  a.published = date;
  a.paragraphs = qtrack::SplitParagraphsOnNewlines(a.text);
  qtrack::QuoteExtractor extractor;
  std::vector<qtrack::Quote> quotes;
  extractor.Extract(a, &quotes);
  std::string out;
  qtrack::WriteQuoteJsonl(a, quotes, &out);
  std::cout << out;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: quote_eval_main GOLD.jsonl [--errors] [--candidates OUT] [--rules-only] "
                 "[--min-confidence X] | --text SENTENCE [DATE] | GOLD.jsonl --predict\n";
    return 2;
  }
  if (std::strcmp(argv[1], "--text") == 0 && argc > 2) return ExtractOne(argv[2], argc > 3 ? argv[3] : "2025-04-14");
  qtrack::QuoteEvalOptions options;
  std::ofstream candidates;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--predict") {
      auto status = qtrack::PredictQuoteFile(argv[1], &std::cout);
      if (!status.ok()) { std::cerr << status << "\n"; return 1; }
      return 0;
    } else if (arg == "--errors") {
      options.errors = &std::cerr;
    } else if (arg == "--rules-only") {
      options.extractor.use_decision_model = false;
    } else if (arg == "--candidates" && i + 1 < argc) {
      candidates.open(argv[++i]);
      if (!candidates) { std::cerr << "cannot write " << argv[i] << "\n"; return 1; }
      options.candidates = &candidates;
      options.extractor.collect_features = true;
    } else if (arg == "--min-confidence" && i + 1 < argc) {
      options.extractor.min_confidence = std::atof(argv[++i]);
    } else {
      std::cerr << "unknown argument: " << arg << "\n";
      return 2;
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  auto scores = qtrack::ScoreQuoteFile(argv[1], options);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!scores.ok()) {
    std::cerr << scores.status() << "\n";
    return 1;
  }
  auto print = [](const char* name, const qtrack::PRF& p) {
    std::printf("%-7s P %.3f  R %.3f  F1 %.3f   (gold %zu, predicted %zu, matched %zu)\n", name,
                p.precision(), p.recall(), p.f1(), p.gold, p.predicted, p.matched);
  };
  print("quoted", scores->quoted);
  print("all", scores->all);
  std::printf("speaker mention exact %.3f (%zu of %zu matched)\n", scores->speaker_mention_exact(),
              scores->speaker_exact, scores->all.matched);
  std::printf("%zu articles, %.1f MB in %.2f s (scoring included)\n", scores->articles,
              scores->bytes / 1e6, secs);
  return 0;
}
