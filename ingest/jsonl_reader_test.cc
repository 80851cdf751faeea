#include "ingest/jsonl_reader.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct Case {
  const char* name;
  const char* line;
  const char* id;
  const char* title;
  const char* published;
  const char* outlet;
  const char* byline;
  const char* first_paragraph;
};

TEST(JsonlReaderTest, ScraperShapes) {
  const Case cases[] = {
      {"qtrack", R"({"id":"a1","text":"One.\nTwo.","title":"T","date":"2025-04-14","url":"https://x.org/a","outlet":"X"})",
       "a1", "T", "2025-04-14", "X", "", "One."},
      {"eval", R"({"id":"polnear/dev/x","text":"Body text.","date":"2016-09-12","publisher":"breitbart"})",
       "polnear/dev/x", "", "2016-09-12", "breitbart", "", "Body text."},
      {"news_please", R"({"maintext":"Main.","title":"NP","date_publish":"2025-04-14 10:00:00","source_domain":"tass.com","url":"https://tass.com/1","authors":["A B","C D"],"language":"en"})",
       "https://tass.com/1", "NP", "2025-04-14T10:00:00", "tass.com", "A B, C D", "Main."},
      {"trafilatura", R"({"raw_text":"Raw.","title":"TF","author":"E F","hostname":"reuters.com","date":"2025-04-15","id":"tf1"})",
       "tf1", "TF", "2025-04-15", "reuters.com", "E F", "Raw."},
      {"newspaper", R"({"text":"Paper.","title":"NW","authors":[{"name":"G H"}],"publish_date":"April 14, 2025","url":"https://www.kyivindependent.com/x"})",
       "https://www.kyivindependent.com/x", "NW", "2025-04-14", "kyivindependent.com", "G H", "Paper."},
      {"euvsdisinfo", R"({"id":"e1","claim":"There is a civil war in Ukraine","date":"2015-03-01","outlets":["rt.com","sputnik.example"]})",
       "e1", "", "2015-03-01", "rt.com", "", "There is a civil war in Ukraine"},
      // Regression: an "authors" array read through a dead temporary (fuzzer).
      {"regression_authors_array", R"({"maintext":"Body.","date_publish":"2025-04-14 10:00:00","source_domain":"tass.com","authors":["A","B"]})",
       "", "", "2025-04-14T10:00:00", "tass.com", "A, B", "Body."},
  };
  JsonlReader reader;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Article a;
    ASSERT_TRUE(reader.Parse(c.line, &a).ok());
    if (*c.id) {
      EXPECT_EQ(a.id, c.id);
    }
    EXPECT_FALSE(a.id.empty());
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.published, c.published);
    EXPECT_EQ(a.outlet, c.outlet);
    EXPECT_EQ(a.byline, c.byline);
    ASSERT_FALSE(a.paragraphs.empty());
    EXPECT_EQ(a.paragraph_text(0), c.first_paragraph);
  }
}

TEST(JsonlReaderTest, BadRecordsSayWhy) {
  JsonlReader reader;
  Article a;
  EXPECT_NE(reader.Parse("not json", &a).message().find("not valid JSON"), std::string::npos);
  EXPECT_NE(reader.Parse("[1,2]", &a).message().find("must be an object"), std::string::npos);
  EXPECT_NE(reader.Parse(R"({"id":"x"})", &a).message().find("no article text"), std::string::npos);
}

TEST(JsonlReaderTest, TextIsKeptVerbatimForOffsets) {
  JsonlReader reader;
  Article a;
  ASSERT_TRUE(reader.Parse(R"({"id":"x","text":"  Lead.\n\n“Quote,” he said.  "})", &a).ok());
  EXPECT_EQ(a.text, "  Lead.\n\n“Quote,” he said.  ");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraph_text(1), "“Quote,” he said.");
}

// Issue 22: a JSON \u0000 was stored and printed raw.
TEST(JsonlReaderTest, NulCharactersAreDroppedAndCounted) {
  JsonlReader reader;
  Article a;
  ASSERT_TRUE(reader.Parse(R"({"id":"n\u0000","title":"T\u0000","text":"\"No\u0000 plans,\" he said."})", &a).ok());
  EXPECT_EQ(a.text, "\"No plans,\" he said.");
  EXPECT_EQ(a.id, "n");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(reader.notes(),
            std::vector<std::string>{"NUL characters (U+0000) in JSON strings: 3 dropped"});
  ASSERT_TRUE(reader.Parse(R"({"id":"clean","text":"Clean."})", &a).ok());
  EXPECT_TRUE(reader.notes().empty());
}

// Issue 18: "2005-13-45" was stored as the article's date. A date no one
// can read leaves the article undated, with a note for the warning line.
TEST(JsonlReaderTest, UnreadableDateIsDroppedWithANote) {
  JsonlReader reader;
  Article a;
  ASSERT_TRUE(reader.Parse(R"({"id":"d","date":"2005-13-45","text":"Ida Kovacs said the pier was safe."})", &a).ok());
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(reader.notes(),
            std::vector<std::string>{"unreadable date \"2005-13-45\": the article is read as undated"});
  ASSERT_TRUE(reader.Parse(R"({"id":"e","date":"2005-12-14","text":"Ida Kovacs said the pier was safe."})", &a).ok());
  EXPECT_EQ(a.published, "2005-12-14");
  EXPECT_TRUE(reader.notes().empty());
}

}  // namespace
}  // namespace qtrack
