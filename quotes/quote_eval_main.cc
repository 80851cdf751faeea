// quote_eval_main: scores QuoteExtractor on a gold quotes JSONL file.
//   bazel run //quotes:quote_eval_main -- /path/dev.jsonl [--errors]
// Prints the `quoted` and `all` P/R/F1 and speaker-mention exactness; with
// --errors, every miss and false alarm on stderr.
#include <chrono>
#include <cstring>
#include <iostream>

#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: quote_eval_main GOLD.jsonl [--errors]\n";
    return 2;
  }
  if (std::strcmp(argv[1], "--text") == 0 && argc > 2) {
    // Debugging aid: extract from one text given on the command line.
    qtrack::Article a;
    a.id = "arg";
    a.text = argv[2];
    a.published = argc > 3 ? argv[3] : "2025-04-14";
    a.paragraphs = qtrack::SplitParagraphsOnNewlines(a.text);
    qtrack::QuoteExtractor extractor;
    std::vector<qtrack::Quote> quotes;
    extractor.Extract(a, &quotes);
    std::string out;
    qtrack::WriteQuoteJsonl(a, quotes, &out);
    std::cout << out;
    return 0;
  }
  if (argc > 2 && std::strcmp(argv[2], "--predict") == 0) {
    // Prints predictions for every article of the gold file as JSONL.
    auto status = qtrack::PredictQuoteFile(argv[1], &std::cout);
    if (!status.ok()) { std::cerr << status << "\n"; return 1; }
    return 0;
  }
  bool errors = argc > 2 && std::strcmp(argv[2], "--errors") == 0;
  auto t0 = std::chrono::steady_clock::now();
  auto scores = qtrack::ScoreQuoteFile(argv[1], errors ? &std::cerr : nullptr);
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
