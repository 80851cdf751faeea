#include "cli/ingest_pipeline.h"

#include <string>
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

}  // namespace
}  // namespace qtrack::cli
