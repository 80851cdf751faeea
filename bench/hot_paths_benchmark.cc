// Google Benchmark targets for the hot paths outside quotes/ and the
// matcher (which have their own: //quotes:extractor_benchmark,
// //claims:similarity_benchmark, //claims:own_voice_benchmark):
// the readers (HTML, JSON Lines, plain text) and the store's indexing
// (term generation, statement documents), each from small to large inputs.
//
//   bazel run -c opt //bench:hot_paths_benchmark
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claims/store.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/text_reader.h"

namespace qtrack {
namespace {

// Paragraphs written for the benchmark (no outside text).
std::string Paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    absl::StrAppend(&out, "\"The talks on energy were useful and will continue next week,\" ",
                    "Kremlin spokesperson Dmitry Peskov said on April ", i % 28 + 1,
                    ", according to TASS. Officials added that ", i,
                    " proposals were not discussed.\n\n");
  return out;
}

std::string Page(int paragraphs) {
  std::string html =
      "<html><head><title>Talks</title><script type=\"application/ld+json\">{\"@type\":"
      "\"NewsArticle\",\"headline\":\"Talks\",\"datePublished\":\"2025-04-14\"}</script></head>"
      "<body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav><article>";
  for (int i = 0; i < paragraphs; ++i)
    absl::StrAppend(&html, "<p>\"The talks were useful,\" Peskov said on April ", i % 28 + 1,
                    ", adding that ", i, " proposals were not discussed.</p>");
  absl::StrAppend(&html, "</article><aside class=\"newsletter\">Subscribe</aside></body></html>");
  return html;
}

void BM_HtmlReader(benchmark::State& state) {
  const std::string html = Page(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(ParseHtmlArticle(html, "https://x.example/"));
  state.SetBytesProcessed(state.iterations() * html.size());
}
BENCHMARK(BM_HtmlReader)->Arg(5)->Arg(50)->Arg(500);

void BM_JsonlReader(benchmark::State& state) {
  std::string text = Paragraphs(static_cast<int>(state.range(0)));
  std::string line = "{\"id\":\"a\",\"date\":\"2025-04-14\",\"outlet\":\"tass.com\",\"text\":\"";
  for (char c : text) {
    if (c == '"') line += "\\\"";
    else if (c == '\n') line += "\\n";
    else line += c;
  }
  line += "\"}";
  JsonlReader reader;
  Article article;
  for (auto _ : state) benchmark::DoNotOptimize(reader.Parse(line, &article));
  state.SetBytesProcessed(state.iterations() * line.size());
}
BENCHMARK(BM_JsonlReader)->Arg(5)->Arg(50)->Arg(500);

void BM_TextReader(benchmark::State& state) {
  const std::string text = "date 2025-04-14\ntitle Talks\n\n" + Paragraphs(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(ParseTextArticle(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TextReader)->Arg(5)->Arg(50)->Arg(500);

// Storing statements: registry resolution, dedupe lookup, term generation
// with positions, the JSON document; committed every 1000 articles. Linking
// is off here (the matcher has its own benchmark).
void BM_StoreIndexing(benchmark::State& state) {
  const std::string dir = std::filesystem::temp_directory_path() / "qtrack-bench-store";
  std::filesystem::remove_all(dir);
  StoreOptions options;
  options.link = false;
  auto store = Store::OpenForWriting(dir, options);
  if (!store.ok()) {
    state.SkipWithError("cannot open a store");
    return;
  }
  const int quotes = static_cast<int>(state.range(0));
  int64_t n = 0;
  for (auto _ : state) {
    Article a;
    a.id = absl::StrCat("bench-", n);
    a.outlet = absl::StrCat("outlet", n % 50, ".example");
    a.published = "2025-04-14";
    a.text = "x";
    std::vector<Quote> qs(quotes);
    for (int i = 0; i < quotes; ++i) {
      qs[i].speaker = absl::StrCat("Speaker ", (n * 7 + i) % 300, " Name");
      qs[i].text = absl::StrCat("Statement ", n, " number ", i,
                                " about energy talks that were useful and will continue");
      qs[i].kind = StatementKind::kDirect;
    }
    benchmark::DoNotOptimize((*store)->AddArticle(a, qs));
    ++n;
  }
  (void)(*store)->Commit();
  state.SetItemsProcessed(state.iterations() * quotes);
  store->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_StoreIndexing)->Arg(1)->Arg(10)->Arg(50);

}  // namespace
}  // namespace qtrack

BENCHMARK_MAIN();
