// libFuzzer target: bytes as one line of a pairs file, through the line
// parser and, when it parses, the matcher (Analyze and Judge both ways).
//   bazel build --config=fuzz //claims:pairs_fuzzer
//   bazel-bin/claims/pairs_fuzzer testdata/fuzz/pairs
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claims/pair_eval.h"
#include "claims/similarity.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Built-in antonyms only: fuzzing should not depend on the machine.
  static const qtrack::PairMatcher* matcher =
      new qtrack::PairMatcher(qtrack::MatchThresholds{}, "");
  static qtrack::PairLineParser* parser = new qtrack::PairLineParser();
  std::string_view line(reinterpret_cast<const char*>(data), size);
  qtrack::PairRecord record;
  if (!parser->Parse(line, &record).ok()) {
    // Not a pairs line: still exercise the analyser on the raw bytes.
    qtrack::StatementFeatures f = matcher->Analyze(line);
    (void)matcher->Judge(f, f);
    return 0;
  }
  qtrack::StatementFeatures a = matcher->Analyze(record.a), b = matcher->Analyze(record.b);
  qtrack::PairJudgement j = matcher->Judge(a, b);
  if (j.similarity < 0 || j.similarity > 1 || j.contradiction < 0 || j.contradiction > 1)
    __builtin_trap();
  (void)matcher->Judge(b, a);
  return 0;
}
