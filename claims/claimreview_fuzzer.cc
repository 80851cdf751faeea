// File: claims/claimreview_fuzzer.cc
//
// libFuzzer target for the fact-check parsers (JSON Lines, ClaimReview
// JSON/JSON-LD, HTML with JSON-LD blocks) and the tweet normaliser.
// Build: bazel build --config=fuzz //claims:claimreview_fuzzer
// Run:   bazel-bin/claims/claimreview_fuzzer testdata/fuzz/claimreview
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claims/checks.h"
#include "claims/tweet_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  qtrack::ParseFactChecks(
      input,
      [](qtrack::FactCheck&& c) {
        // Every record handed out has an id and some text to index.
        if (c.id.empty() || (c.text.empty() && c.title.empty())) __builtin_trap();
      },
      [](int64_t line, const std::string&) {
        if (line < 1) __builtin_trap();
      });
  (void)qtrack::NormalizeTweet(input);
  (void)qtrack::TweetDate(input);
  return 0;
}
