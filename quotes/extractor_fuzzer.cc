// libFuzzer target for QuoteExtractor: arbitrary bytes as an article (split
// into paragraphs on newlines; the first byte picks the options), checking
// that every span stays inside the text and in order.
//   bazel build --config=fuzz //quotes:extractor_fuzzer
//   bazel-bin/quotes/extractor_fuzzer testdata/fuzz/quotes
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  qtrack::QuoteOptions options;
  options.include_indirect = data[0] & 1;
  options.include_weak_cues = data[0] & 2;
  options.include_nested = data[0] & 4;
  options.max_quote_bytes = (data[0] & 8) ? 64 : 20000;
  static qtrack::QuoteExtractor* extractors[16] = {};
  qtrack::QuoteExtractor*& extractor = extractors[data[0] & 15];
  if (!extractor) extractor = new qtrack::QuoteExtractor(options);  // reused: exercises scratch reuse
  qtrack::Article a;
  a.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  a.published = "2025-04-14";
  a.paragraphs = qtrack::SplitParagraphsOnNewlines(a.text);
  std::vector<qtrack::Quote> quotes;
  extractor->Extract(a, &quotes);
  for (const qtrack::Quote& q : quotes) {
    for (const qtrack::Span& f : q.fragments)
      if (f.begin > f.end || f.end > a.text.size()) std::abort();
    if (q.speaker_mention.end > a.text.size() || q.cue.end > a.text.size()) std::abort();
    if (!(q.confidence >= 0 && q.confidence <= 1)) std::abort();
  }
  std::string out;
  qtrack::WriteQuoteJsonl(a, quotes, &out);
  return 0;
}
