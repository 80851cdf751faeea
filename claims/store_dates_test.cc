// Dates a desk can rely on: an undated article is filed under the day it
// was ingested (date_source "ingest"), date filters use said_on, else
// first_seen, and a dated copy replaces dates that only an ingest gave.
#include <string>

#include "claims/store.h"
#include "claims/store_testing.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

using ::qtrack::testing::FreshDir;

Article MakeArticle(const std::string& id, const std::string& date) {
  Article a;
  a.id = id;
  a.url = "file:" + id + ".txt";
  a.title = "Harbour plan";
  a.published = date;
  a.language = "en";
  a.text = "body";
  return a;
}

Quote MakeQuote(const std::string& speaker, const std::string& text) {
  Quote q;
  q.kind = StatementKind::kDirect;
  q.speaker = speaker;
  q.text = text;
  q.confidence = 0.9;
  return q;
}

TEST(StoreDatesTest, UndatedArticleIsFiledUnderTheIngestDate) {
  StoreOptions options;
  options.ingest_date = "2026-03-02";
  auto store = Store::OpenForWriting(FreshDir("dates1"), options);
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE((*store)
                  ->AddArticle(MakeArticle("a1", ""),
                               {MakeQuote("Petra Lindqvist", "The harbour will reopen in May.")})
                  .ok());
  ASSERT_TRUE((*store)->Commit().ok());
  SaidQuery q;
  q.speaker = "Petra Lindqvist";
  q.since = "2000-01-01";
  auto said = (*store)->Said(q);
  ASSERT_TRUE(said.ok()) << said.status();
  ASSERT_EQ(said->size(), 1u);
  const Statement& s = (*said)[0];
  EXPECT_EQ(s.said_on, "");
  EXPECT_EQ(s.first_seen, "2026-03-02");
  EXPECT_EQ(s.date_source, "ingest");
  EXPECT_NE(StatementToJson(s).find("\"date_source\":\"ingest\""), std::string::npos);
  q.since = "2026-03-03";
  said = (*store)->Said(q);
  ASSERT_TRUE(said.ok());
  EXPECT_TRUE(said->empty());
  // The article counts in the week it was ingested.
  auto articles = (*store)->ArticlesBetween("2026-03-02", "2026-03-02");
  ASSERT_TRUE(articles.ok());
  EXPECT_EQ(articles->size(), 1u);
  auto dated = (*store)->DatedBetween("2026-03-01", "2026-03-07", 10);
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->size(), 1u);
}

TEST(StoreDatesTest, DatedCopyReplacesIngestDates) {
  StoreOptions options;
  options.ingest_date = "2026-03-02";
  auto store = Store::OpenForWriting(FreshDir("dates2"), options);
  ASSERT_TRUE(store.ok()) << store.status();
  const Quote quote = MakeQuote("Petra Lindqvist", "The harbour will reopen in May.");
  ASSERT_TRUE((*store)->AddArticle(MakeArticle("a1", ""), {quote}).ok());
  ASSERT_TRUE((*store)->AddArticle(MakeArticle("a2", "2025-11-20"), {quote}).ok());
  // Another undated copy adds nothing to real dates.
  ASSERT_TRUE((*store)->AddArticle(MakeArticle("a3", ""), {quote}).ok());
  ASSERT_TRUE((*store)->Commit().ok());
  SaidQuery q;
  q.speaker = "Lindqvist";
  auto said = (*store)->Said(q);
  ASSERT_TRUE(said.ok()) << said.status();
  ASSERT_EQ(said->size(), 1u);
  const Statement& s = (*said)[0];
  EXPECT_EQ(s.occurrences.size(), 3u);
  EXPECT_EQ(s.said_on, "2025-11-20");
  EXPECT_EQ(s.first_seen, "2025-11-20");
  EXPECT_EQ(s.last_seen, "2025-11-20");
  EXPECT_EQ(s.date_source, "");
}

TEST(StoreDatesTest, InvalidDateIsRefused) {
  auto store = Store::OpenForWriting(FreshDir("dates3"));
  ASSERT_TRUE(store.ok()) << store.status();
  SaidQuery q;
  q.speaker = "Petra Lindqvist";
  q.since = "2005-13-45";
  EXPECT_EQ((*store)->Said(q).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(StoreSourcesTest, OneUrlIsListedOnce) {
  auto store = Store::OpenForWriting(FreshDir("sources1"));
  ASSERT_TRUE(store.ok()) << store.status();
  const Quote quote = MakeQuote("Petra Lindqvist", "The harbour will reopen in May.");
  Article first = MakeArticle("r1", "2025-11-20");
  Article again = MakeArticle("r2", "2025-11-21");  // another record, the same page
  again.url = first.url;
  ASSERT_TRUE((*store)->AddArticle(first, {quote}).ok());
  ASSERT_TRUE((*store)->AddArticle(again, {quote}).ok());
  ASSERT_TRUE((*store)->Commit().ok());
  SaidQuery q;
  q.speaker = "Petra Lindqvist";
  auto said = (*store)->Said(q);
  ASSERT_TRUE(said.ok()) << said.status();
  ASSERT_EQ(said->size(), 1u);
  EXPECT_EQ((*said)[0].occurrences.size(), 1u);
  EXPECT_EQ((*said)[0].last_seen, "2025-11-21");
}

}  // namespace
}  // namespace qtrack
