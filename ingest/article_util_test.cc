#include "ingest/article_util.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(ArticleUtilTest, NormalizeDate) {
  const std::pair<const char*, const char*> cases[] = {
      {"2025-04-14", "2025-04-14"},
      {"2025-04-14 15:29:00", "2025-04-14T15:29:00"},
      {"2025-04-14T15:29:00+03:00", "2025-04-14T15:29:00+03:00"},
      {"Mon, 14 Apr 2025 15:29:00 +0300", "2025-04-14T15:29:00+03:00"},
      {"Mon, 14 Apr 2025 15:29:00 GMT", "2025-04-14T15:29:00Z"},
      {"14 Apr 2025", "2025-04-14"},
      {"April 14, 2025", "2025-04-14"},
      {"yesterday", ""},
      {"", ""},
      // Issue 18: no calendar day, no date.
      {"2005-13-45", ""},
      {"2005-02-30", ""},
      {"2004-02-29", "2004-02-29"},
      {"2005-02-29T10:00:00", ""},
      {"31 Apr 2025", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(NormalizeDate(in), out) << in;
}

TEST(ArticleUtilTest, UrlHost) {
  EXPECT_EQ(UrlHost("https://www.Kyivindependent.com/a?b"), "kyivindependent.com");
  EXPECT_EQ(UrlHost("http://user@tass.com:8080/x"), "tass.com");
  EXPECT_EQ(UrlHost("not a url"), "");
}

TEST(ArticleUtilTest, SourceFileUrl) {
  EXPECT_EQ(SourceFileUrl("/news/a b#1.txt", 0), "file:///news/a%20b%231.txt");
  EXPECT_EQ(SourceFileUrl("/feeds/../feeds/wire.jsonl", 12), "file:///feeds/wire.jsonl#line=12");
  EXPECT_TRUE(SourceFileUrl("relative.txt", 0).starts_with("file:///"));
  EXPECT_EQ(SourceFileUrl("<stdin>", 3), "");
  EXPECT_EQ(SourceFileUrl("-", 0), "");
}

TEST(ArticleUtilTest, SourceFileUrlRelativeToTheIngestRoot) {
  const std::vector<std::string> roots = {"/corpus/news/", "/corpus/news/politics", "/feeds"};
  // The longest root that holds the file wins.
  EXPECT_EQ(SourceFileUrl("/corpus/news/sport/a b.txt", 0, roots), "file:sport/a%20b.txt");
  EXPECT_EQ(SourceFileUrl("/corpus/news/politics/vote.txt", 0, roots), "file:vote.txt");
  EXPECT_EQ(SourceFileUrl("/feeds/wire.jsonl", 12, roots), "file:wire.jsonl#line=12");
  // "/feedsx" is not under "/feeds": the absolute form.
  EXPECT_EQ(SourceFileUrl("/feedsx/a.txt", 0, roots), "file:///feedsx/a.txt");
  EXPECT_EQ(SourceFileUrl("/other/a.txt", 0, {}), "file:///other/a.txt");
  EXPECT_EQ(SourceFileUrl("-", 0, roots), "");
}

TEST(ArticleUtilTest, IngestRootsAreDirectoriesOrTheFilesParent) {
  const std::string dir = ::testing::TempDir();
  std::vector<std::string> roots = IngestRoots({dir, dir + "/none.txt", "-"});
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_EQ(SourceFileUrl(dir + "/x/a.txt", 0, roots), "file:x/a.txt");
  // The file's root is the directory that holds it.
  EXPECT_EQ(SourceFileUrl(dir + "/none.txt", 0, {roots[1]}), "file:none.txt");
}

TEST(ArticleUtilTest, SplitParagraphsTrimsAndSkipsBlankLines) {
  std::string text = "  One. \n\n\t\nTwo.\r\nThree.";
  auto spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "One.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Two.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "Three.");
}

TEST(ArticleUtilTest, FinishArticleFillsIdAndOutlet) {
  Article a;
  a.url = "https://www.reuters.com/world/x";
  a.text = "Body.";
  FinishArticle(&a);
  EXPECT_EQ(a.id, a.url);
  EXPECT_EQ(a.outlet, "reuters.com");
  EXPECT_EQ(a.paragraphs.size(), 1u);
}

Article FeedRecord(const std::string& id, const std::string& outlet, const std::string& file,
                   const std::string& text) {
  Article a;
  a.id = id;
  a.outlet = outlet;
  a.source_file = file;
  a.text = text;
  FinishArticle(&a);
  return a;
}

// Issue 22: "id":"1" in two feeds was one article, and the second was
// skipped without a word.
TEST(ArticleUtilTest, OwnIdsAreScopedByOutletElseByFile) {
  EXPECT_NE(ArticleIdentity(FeedRecord("1", "tass.com", "a.jsonl", "x")),
            ArticleIdentity(FeedRecord("1", "reuters.com", "a.jsonl", "x")));
  EXPECT_EQ(ArticleIdentity(FeedRecord("1", "TASS.com", "a.jsonl", "x")),
            ArticleIdentity(FeedRecord("1", "tass.com", "b.jsonl", "y")));
  EXPECT_NE(ArticleIdentity(FeedRecord("1", "", "a.jsonl", "x")),
            ArticleIdentity(FeedRecord("1", "", "b.jsonl", "x")));
}

// Issue 22: a record whose id was another article's content hash made that
// article be skipped.
TEST(ArticleUtilTest, AnOwnIdEqualToAContentHashIsNotThatArticle) {
  Article real = FeedRecord("", "", "real.txt", "\"We will never attack,\" Peskov said.");
  ASSERT_EQ(real.id, ArticleContentHash(real));
  Article poison = FeedRecord(real.id, "", "real.txt", "Something else entirely.");
  EXPECT_NE(ArticleIdentity(poison), ArticleIdentity(real));
  EXPECT_TRUE(ArticleIdentity(real).starts_with("content\t"));
  Article by_url;
  by_url.url = "https://tass.com/1";
  FinishArticle(&by_url);
  EXPECT_EQ(ArticleIdentity(by_url), "url\thttps://tass.com/1");
}

// Statement and article ids are stored: the hash behind them never changes.
TEST(ContentHashIdTest, PinnedValue) {
  EXPECT_EQ(ContentHashId("qtrack"), "h256c76d1a41179b3f168d78d9a070e3e");
}

}  // namespace
}  // namespace qtrack
