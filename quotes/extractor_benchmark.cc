// Benchmarks QuoteExtractor throughput.
//   bazel run -c opt //quotes:extractor_benchmark
//   bazel run -c opt //quotes:extractor_benchmark -- --corpus=/work/shared/corpus/bbc-news-articles
// BM_Synthetic runs over generated news-like text of growing sizes. With
// --corpus=DIR, main() first reads every regular file under DIR (plain
// text, one article a file), extracts from each and prints MB/s for the
// whole corpus on one core.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench/bench_support.h"
#include "benchmark/benchmark.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

// A paragraph mix resembling wire copy: direct, split, mixed and reported
// speech, Russian guillemets, and plain narrative.
constexpr const char* kParagraphs[] = {
    "\"We will win,\" Trump said, \"and win big.\"",
    "Russian President Vladimir Putin's talks with U.S. Special Envoy Steve Witkoff were \"extremely useful,\" "
    "Kremlin spokesperson Dmitry Peskov said on April 14, according to the state-owned news agency TASS.",
    "Peskov emphasized that Russia and the United States remain at the very beginning of a path toward "
    "normalizing bilateral relations, which he said are being rebuilt from the ground up.",
    "The talks come as Moscow continues to reject calls for a full ceasefire between Russia and Ukraine, a "
    "proposal Kyiv supported, and as strikes on energy facilities continued through the weekend.",
    "«Переговоры были полезными», — заявил Песков журналистам в понедельник.",
    "According to Reuters, Witkoff told Trump that granting Russia \"ownership\" of four regions would be the "
    "quickest path to a ceasefire.",
    "Officials in Kyiv did not immediately respond to a request for comment on the proposal or its timing.",
};

std::string SyntheticText(size_t bytes) { return bench::RepeatParagraphs(kParagraphs, bytes); }

Article MakeArticle(std::string text) {
  Article a;
  a.id = "bench";
  a.published = "2025-04-14";
  a.text = std::move(text);
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  return a;
}

void BM_Synthetic(benchmark::State& state) {
  Article a = MakeArticle(SyntheticText(state.range(0)));
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  for (auto _ : state) {
    extractor.Extract(a, &quotes);
    benchmark::DoNotOptimize(quotes.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * a.text.size());
  state.counters["quotes"] = quotes.size();
}
BENCHMARK(BM_Synthetic)->RangeMultiplier(8)->Range(1 << 10, 1 << 23);

// Reads all files under `dir`, extracts from each (several passes so the
// timing is stable) and prints the throughput.
void RunCorpus(const std::string& dir) {
  std::vector<Article> articles;
  size_t bytes = 0;
  for (std::string& text : bench::ReadCorpus(dir, &bytes)) articles.push_back(MakeArticle(std::move(text)));
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  size_t found = 0;
  const int kPasses = 5;
  bench::PassTimes t = bench::TimePasses(kPasses, [&] {
    for (const Article& a : articles) {
      extractor.Extract(a, &quotes);
      found += quotes.size();
    }
  });
  const double secs = t.wall_seconds, cpu = t.cpu_seconds;
  std::printf("corpus %s: %zu files, %.1f MB, %zu statements/pass, %.1f MB/s wall, %.1f MB/s CPU (one core)\n",
              dir.c_str(), articles.size(), bytes / 1e6, found / kPasses, kPasses * bytes / 1e6 / secs,
              kPasses * bytes / 1e6 / cpu);
}

}  // namespace
}  // namespace qtrack

int main(int argc, char** argv) { return qtrack::bench::BenchmarkMain(argc, argv, qtrack::RunCorpus); }
