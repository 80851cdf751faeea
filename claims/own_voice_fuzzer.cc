// libFuzzer target for own-voice claim detection, after quote detection,
// on any text (as ingest runs them).
//   bazel build --config=fuzz //claims:own_voice_fuzzer
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claims/own_voice.h"
#include "common/utf8.h"
#include "ingest/text_reader.h"
#include "quotes/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static qtrack::QuoteExtractor* extractor = new qtrack::QuoteExtractor();
  std::string text;
  qtrack::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &text);
  qtrack::Article article = qtrack::ParseTextArticle(text);
  article.outlet = "fuzz.example";
  std::vector<qtrack::Quote> quotes, claims;
  extractor->Extract(article, &quotes);
  qtrack::FindClaims(article, quotes, qtrack::ClaimOptions(), &claims, nullptr);
  for (const qtrack::Quote& c : claims)
    for (const qtrack::Span& s : c.fragments)
      if (s.end > article.text.size() || s.begin > s.end) __builtin_trap();
  return 0;
}
