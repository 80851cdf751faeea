// Benchmarks of the statement-pair matcher: Analyze one statement, Judge
// one pair (the matcher's hot path: tens of candidates per new statement).
//   bazel run -c opt //claims:similarity_benchmark
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "claims/similarity.h"

namespace qtrack {
namespace {

// Invented statements of news length.
const char* const kStatements[] = {
    ("The peace plan was discussed at the meeting in Riyadh on Tuesday, the Kremlin "
     "spokesman told reporters, adding that no date had been set for further talks."),
    "The peace plan was not discussed at the meeting in Riyadh, a senior official said.",
    "The army received 2 million rounds of artillery ammunition last year, the minister said.",
    "Officials denied reports that the army received 1 million rounds of ammunition.",
    "Вопрос о санкциях не обсуждался на встрече в Москве, заявил пресс-секретарь.",
    "The company said it would cut 1,200 jobs at its Detroit plant by the end of the year.",
};

const PairMatcher& Matcher() {
  static const PairMatcher* m = new PairMatcher();
  return *m;
}

void BM_Analyze(benchmark::State& state) {
  const PairMatcher& m = Matcher();
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const char* text = kStatements[i++ % std::size(kStatements)];
    benchmark::DoNotOptimize(m.Analyze(text));
    bytes += std::char_traits<char>::length(text);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Analyze);

// Judge over all ordered pairs of the statements: a mix of unrelated,
// duplicate and contradiction results (the last allocate a reason).
void BM_Judge(benchmark::State& state) {
  const PairMatcher& m = Matcher();
  std::vector<StatementFeatures> features;
  for (const char* s : kStatements) features.push_back(m.Analyze(s));
  size_t n = features.size(), i = 0;
  for (auto _ : state) {
    const StatementFeatures& a = features[i % n];
    const StatementFeatures& b = features[(i / n) % n];
    benchmark::DoNotOptimize(m.Judge(a, b));
    ++i;
  }
}
BENCHMARK(BM_Judge);

// Judge of an unrelated pair: no reason string, no allocation.
void BM_JudgeUnrelated(benchmark::State& state) {
  const PairMatcher& m = Matcher();
  StatementFeatures a = m.Analyze(kStatements[0]);
  StatementFeatures b = m.Analyze(kStatements[5]);
  for (auto _ : state) benchmark::DoNotOptimize(m.Judge(a, b));
}
BENCHMARK(BM_JudgeUnrelated);

}  // namespace
}  // namespace qtrack

BENCHMARK_MAIN();
