#include "cli/ingest_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace qtrack::cli {
namespace {

// An article longer than 2 MiB is read in parts: every statement's spans
// still point at its words in the whole text, and at most
// kMaxStatementsPerArticle statements are kept, the rest counted.
TEST(DetectStatements, LongArticleInPartsKeepsOffsetsAndCapsStatements) {
  Article article;
  article.id = "long";
  for (int n = 0; article.text.size() < (size_t{5} << 20); ++n) {
    size_t begin = article.text.size();
    article.text += "Harbour master Ida Novak said the new quay would open in May " + std::to_string(n) + ".";
    article.paragraphs.push_back(Span{begin, article.text.size()});
    article.text += "\n";
  }
  DetectOptions options;
  options.claims = false;
  QuoteExtractor extractor(options.quote_options);
  std::vector<Quote> quotes;
  size_t dropped = DetectStatements(article, options, extractor, &quotes);
  ASSERT_EQ(quotes.size(), kMaxStatementsPerArticle);
  EXPECT_GT(dropped, 0u);
  for (size_t i : {size_t{0}, quotes.size() / 2, quotes.size() - 1}) {
    ASSERT_FALSE(quotes[i].fragments.empty());
    const Span f = quotes[i].fragments.front();
    EXPECT_TRUE(article.text.substr(f.begin, f.size()).starts_with("the new quay would open in May "))
        << article.text.substr(f.begin, f.size());
  }
}

TEST(DetectStatements, ShortArticleIsReadWhole) {
  Article article;
  article.id = "short";
  article.text = "Harbour master Ida Novak said the new quay would open in May.";
  article.paragraphs = {Span{0, article.text.size()}};
  DetectOptions options;
  options.claims = false;
  QuoteExtractor extractor(options.quote_options);
  std::vector<Quote> quotes;
  EXPECT_EQ(DetectStatements(article, options, extractor, &quotes), 0u);
  ASSERT_EQ(quotes.size(), 1u);
}

// Issue 22: records in flight were bounded by count only (8 per job), so
// two 60 MB records with more jobs took twice the memory. Now their bytes
// are bounded too, whatever `jobs`; a record larger than the bound still
// goes through, alone. The store here is slow, so without the bound the
// reader would run far ahead of it.
TEST(RunIngestPipeline, BytesInFlightAreBoundedWhateverTheJobs) {
  const std::string path = std::string(std::getenv("TEST_TMPDIR")) + "/records.jsonl";
  {
    std::ofstream out(path);
    for (int r = 0; r < 12; ++r) {
      std::string text;
      while (text.size() < 200000)
        text += "\\\"The quay opens in May,\\\" harbour master Ida Novak said on day " + std::to_string(r) + ". ";
      out << "{\"id\":\"r" << r << "\",\"text\":\"" << text << "\"}\n";
    }
  }
  for (size_t budget : {size_t{450000}, size_t{1000}}) {
    SCOPED_TRACE(budget);
    PipelineOptions options;
    options.jobs = 4;
    options.max_bytes_in_flight = budget;
    options.detect.claims = false;
    int read = 0, stored = 0, most_ahead = 0;  // reading thread / writer thread
    std::atomic<int> stored_seen{0};
    options.on_read = [&](size_t, uint64_t) {
      ++read;
      most_ahead = std::max(most_ahead, read - stored_seen.load());
    };
    std::vector<std::string> ids;
    StoreFn store = [&](const Article& a, const std::vector<Quote>& quotes, PreparedArticle*) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      EXPECT_FALSE(quotes.empty());
      ids.push_back(a.id);
      stored_seen = ++stored;
      return true;
    };
    std::vector<std::string> problems;
    ASSERT_TRUE(RunIngestPipeline({path}, options, store,
                                  [&](const InputProblem& p) { problems.push_back(p.reason); }));
    EXPECT_TRUE(problems.empty()) << problems[0];
    ASSERT_EQ(ids.size(), 12u);
    for (int r = 0; r < 12; ++r) EXPECT_EQ(ids[r], "r" + std::to_string(r));
    // Two records fit in the first bound, one in the second; the reader
    // holds one more, read, while it waits for room.
    EXPECT_LE(most_ahead, budget > 400000 ? 3 : 2);
  }
}

}  // namespace
}  // namespace qtrack::cli
