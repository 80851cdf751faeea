// Benchmarks FindClaims throughput (sentence splitting + scoring).
//   bazel build -c opt //claims:own_voice_benchmark
//   bazel-out/k8-opt/bin/claims/own_voice_benchmark --corpus=/work/shared/corpus/bbc-news-articles
// BM_Synthetic runs over generated news-like text of growing sizes. With
// --corpus=DIR, main() first reads every regular file under DIR (plain
// text, one article a file) and prints MB/s for FindClaims alone (no
// quotes given) and for QuoteExtractor + FindClaims, on one core.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench/bench_support.h"
#include "benchmark/benchmark.h"
#include "claims/own_voice.h"
#include "ingest/article_util.h"
#include "quotes/extractor.h"

namespace qtrack {
namespace {

constexpr const char* kParagraphs[] = {
    "Russian President Vladimir Putin's talks with U.S. Special Envoy Steve Witkoff were \"extremely useful,\" "
    "Kremlin spokesperson Dmitry Peskov said on April 14, according to the state-owned news agency TASS.",
    "The talks come as Moscow continues to reject Trump's calls for a full ceasefire between Russia and "
    "Ukraine, a proposal Kyiv supported. Despite a partial truce agreed upon on March 25, Russia has "
    "continued attacking Ukrainian cities.",
    "Witkoff has drawn criticism for echoing Kremlin narratives regarding Russia's illegal occupation of "
    "Ukrainian territory.",
    "Subscribe",
    "* indicates required",
    "Steve Witkoff shakes hands with Vladimir Putin in St. Petersburg on April 11, 2025. (Russian "
    "Presidential Office)",
    "Prices rose 3.5 percent in January, the highest rate since 2022, because of higher energy costs.",
};

std::string SyntheticText(size_t bytes) { return bench::RepeatParagraphs(kParagraphs, bytes); }

Article MakeArticle(std::string text) {
  Article a;
  a.id = "bench";
  a.outlet = "bench";
  a.published = "2025-04-14";
  a.text = std::move(text);
  a.paragraphs = SplitParagraphs(a.text);
  return a;
}

void BM_Synthetic(benchmark::State& state) {
  Article a = MakeArticle(SyntheticText(state.range(0)));
  std::vector<Quote> quotes, claims;
  for (auto _ : state) {
    FindClaims(a, quotes, ClaimOptions(), &claims, nullptr);
    benchmark::DoNotOptimize(claims.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * a.text.size());
  state.counters["claims"] = claims.size();
}
BENCHMARK(BM_Synthetic)->RangeMultiplier(8)->Range(1 << 10, 1 << 23);

void RunCorpus(const std::string& dir) {
  std::vector<Article> articles;
  size_t bytes = 0;
  for (std::string& text : bench::ReadCorpus(dir, &bytes)) articles.push_back(MakeArticle(std::move(text)));
  const int kPasses = 5;
  std::vector<Quote> no_quotes, claims;
  size_t found = 0;
  bench::PassTimes t = bench::TimePasses(kPasses, [&] {
    for (const Article& a : articles) {
      FindClaims(a, no_quotes, ClaimOptions(), &claims, nullptr);
      found += claims.size();
    }
  });
  std::printf("FindClaims  %s: %zu files, %.1f MB, %zu claims/pass, %.1f MB/s wall, %.1f MB/s CPU\n",
              dir.c_str(), articles.size(), bytes / 1e6, found / kPasses,
              kPasses * bytes / 1e6 / t.wall_seconds, kPasses * bytes / 1e6 / t.cpu_seconds);

  // With the quote extractor in front, as the pipeline runs it.
  std::vector<std::vector<Quote>> quotes(articles.size());
  QuoteExtractor extractor;
  for (size_t i = 0; i < articles.size(); ++i) extractor.Extract(articles[i], &quotes[i]);
  found = 0;
  t = bench::TimePasses(kPasses, [&] {
    for (size_t i = 0; i < articles.size(); ++i) {
      FindClaims(articles[i], quotes[i], ClaimOptions(), &claims, nullptr);
      found += claims.size();
    }
  });
  std::printf("FindClaims after quotes: %zu claims/pass, %.1f MB/s wall, %.1f MB/s CPU\n", found / kPasses,
              kPasses * bytes / 1e6 / t.wall_seconds, kPasses * bytes / 1e6 / t.cpu_seconds);
}

}  // namespace
}  // namespace qtrack

int main(int argc, char** argv) { return qtrack::bench::BenchmarkMain(argc, argv, qtrack::RunCorpus); }
