#include "claims/statement.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(StatementTest, PolarityRoundTripsAndDefaultsToAsserts) {
  Statement s;
  s.id = "h1";
  s.quote = "The meeting was not discussed.";
  s.kind = "indirect";
  auto read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->polarity, "");
  EXPECT_EQ(PolarityLabel(*read), "asserts");  // statements stored before polarity existed
  s.polarity = "denies";
  read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(PolarityLabel(*read), "denies");
}

TEST(StatementTest, OnBehalfOfRoundTripsAndIsAbsentForOwnWords) {
  Statement s;
  s.id = "h2";
  s.quote = "The toll will be cut.";
  s.kind = "indirect";
  EXPECT_EQ(StatementToJson(s).find("on_behalf_of"), std::string::npos);
  s.speaker = "Ida Novak's spokeswoman";
  s.on_behalf_of = "Ida Novak";
  auto read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->on_behalf_of, "Ida Novak");
}

Statement TwoOccurrences() {
  const std::string quote = "the toll will be cut by half";
  Occurrence first{"a1", "https://example.org/1", "", "Toll to be halved", "2025-03-01"};
  first.context = {"Ida Novak said ", quote, " from May."};
  Occurrence second{"a2", "", "Example Times", "", ""};
  second.story = "hstory";
  second.context = {"", "the toll will be cut by half,", ""};
  return Statement{.id = "h3", .speaker = "Ida Novak", .speaker_id = "ida_novak", .quote = quote,
                   .kind = "indirect", .language = "en", .first_seen = "2025-03-01",
                   .last_seen = "2025-03-01", .confidence = 0.8125,
                   .occurrences = {first, second},
                   .links = {{"repeat", "h0", 0.9, "same words", false}}};
}

TEST(StatementTest, StoredFormLeavesOutNullsAndTheQuoteRepeatedAndReadsBackTheSame) {
  const Statement s = TwoOccurrences();
  const std::string stored = StatementToStoredJson(s);
  EXPECT_EQ(stored.find("null"), std::string::npos) << stored;
  EXPECT_LT(stored.size(), StatementToJson(s).size());
  // Only the second passage, which quotes other words, says what it quotes.
  EXPECT_EQ(stored.find("\"quoted\""), stored.rfind("\"quoted\""));
  EXPECT_NE(stored.find("\"quoted\":\"the toll will be cut by half,\""), std::string::npos);
  auto read = StatementFromJson(stored);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(StatementToJson(*read), StatementToJson(s));
  EXPECT_EQ(read->occurrences[0].context.quoted, s.quote);
}

TEST(StatementTest, FullFormAsOlderStoresWroteItReadsBackTheSame) {
  Statement s = TwoOccurrences();
  s.occurrences[1].context.quoted = "";  // a passage with no quoted words stays so
  auto read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(StatementToJson(*read), StatementToJson(s));
  EXPECT_EQ(read->occurrences[1].context.quoted, "");
  read = StatementFromJson(StatementToStoredJson(s));
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->occurrences[1].context.quoted, "");
}

Article TwoParagraphs(const std::string& first, const std::string& second) {
  Article a;
  a.text = first + "\n\n" + second;
  a.paragraphs = {{0, first.size()}, {first.size() + 2, a.text.size()}};
  return a;
}

Span SpanOf(const Article& a, const std::string& words) {
  const size_t at = a.text.find(words);
  return {at, at + words.size()};
}

TEST(StatementTest, ContextIsTheStatementInItsParagraph) {
  Article a = TwoParagraphs("Talks ended on Monday.",
                            "Peskov said the talks were \"useful\" and would go on. Kyiv disagreed.");
  SourceContext c = ContextOf(a, SpanOf(a, "the talks were \"useful\""));
  EXPECT_EQ(c.before, "Peskov said ");
  EXPECT_EQ(c.quoted, "the talks were \"useful\"");
  EXPECT_EQ(c.after, " and would go on. Kyiv disagreed.");  // not the other paragraph
  EXPECT_TRUE(ContextOf(a, Span{}).empty());
  EXPECT_TRUE(ContextOf(a, Span{5, a.text.size() + 1}).empty());
}

TEST(StatementTest, LongContextIsCutAtWordsAndNeverInsideACharacter) {
  std::string words;
  for (int i = 0; i < 80; ++i) words += "слово ";  // 12 bytes a word: Cyrillic
  Article a = TwoParagraphs("Intro.", words + "\"We stay,\" she said. " + words);
  SourceContext c = ContextOf(a, SpanOf(a, "\"We stay,\""));
  EXPECT_EQ(c.quoted, "\"We stay,\"");
  EXPECT_TRUE(c.before.starts_with("\u2026слово ")) << c.before;
  EXPECT_TRUE(c.after.ends_with("слово\u2026")) << c.after;
  EXPECT_LE(c.before.size(), 240u + 3);
  EXPECT_LE(c.after.size(), 240u + 3);
  // A statement longer than the passage is cut itself, and stands alone.
  SourceContext whole = ContextOf(a, Span{a.paragraphs[1].begin, a.paragraphs[1].end});
  EXPECT_TRUE(whole.quoted.ends_with("\u2026"));
  EXPECT_LE(whole.quoted.size(), 480u + 3);
  EXPECT_TRUE(whole.before.empty() && whole.after.empty());
}

// Paragraphs are found by binary search (issue 22: 200k paragraphs times
// 10,000 statements was quadratic): each statement gets its own
// paragraph's words, from the first paragraph to the last, and an extent
// across two paragraphs gets the start of the first and the end of the last.
TEST(StatementTest, ContextFindsItsParagraphAmongMany) {
  Article a;
  for (int i = 0; i < 1000; ++i) {
    if (i > 0) a.text += "\n\n";
    const size_t begin = a.text.size();
    a.text += "Lead " + std::to_string(i) + ": \"Talks went well,\" Peskov said.";
    a.paragraphs.push_back({begin, a.text.size()});
  }
  for (int i : {0, 1, 499, 998, 999}) {
    const Span& p = a.paragraphs[i];
    const size_t quote = a.text.find('"', p.begin);
    SourceContext c = ContextOf(a, Span{quote, a.text.find(',', quote) + 2});
    EXPECT_EQ(c.before, "Lead " + std::to_string(i) + ": ");
    EXPECT_EQ(c.quoted, "\"Talks went well,\"");
    EXPECT_EQ(c.after, " Peskov said.");
  }
  const Span across{a.paragraphs[5].end - 5, a.paragraphs[6].begin + 4};
  SourceContext c = ContextOf(a, across);
  EXPECT_EQ(c.before, "Lead 5: \"Talks went well,\" Peskov ");
  EXPECT_EQ(c.after, " 6: \"Talks went well,\" Peskov said.");
}

TEST(StatementTest, ContextRoundTripsThroughJson) {
  Statement s;
  s.id = "h1";
  s.occurrences.push_back({"a1", "https://x.example/a", "X", "Title", "2025-04-14",
                           {"He said ", "<b>it</b>", "."}});
  s.occurrences.push_back({"a2", "", "", "", "", {}});
  auto read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->occurrences.size(), 2u);
  EXPECT_EQ(read->occurrences[0].context.before, "He said ");
  EXPECT_EQ(read->occurrences[0].context.quoted, "<b>it</b>");
  EXPECT_EQ(read->occurrences[0].context.after, ".");
  EXPECT_TRUE(read->occurrences[1].context.empty());
}

// A text and an HTML copy of one story are one place where it was read:
// the same body fingerprint, or (too short to fingerprint) the same
// outlet, title and day; an untitled occurrence stands alone.
TEST(StatementTest, CopiesOfOneStoryGroupTogether) {
  Statement s;
  auto add = [&](std::string url, std::string outlet, std::string title, std::string published,
                 std::string story) {
    Occurrence o;
    o.url = std::move(url);
    o.outlet = std::move(outlet);
    o.title = std::move(title);
    o.published = std::move(published);
    o.story = std::move(story);
    s.occurrences.push_back(std::move(o));
  };
  add("file:bridge.txt", "Gazette", "Bridge to reopen", "", "f1");
  add("https://gazette.example/bridge", "Gazette", "Bridge to reopen in May", "2025-04-14T09:00", "f1");
  add("file:other.txt", "Gazette", "Ferry strike", "", "");
  add("file:other.html", "Gazette", "Ferry strike", "", "");
  add("file:untitled-1.txt", "", "", "", "");
  add("file:untitled-2.txt", "", "", "", "");
  add("https://herald.example/ferry", "Herald", "Ferry strike", "", "");
  EXPECT_EQ(OccurrencesByStory(s),
            (std::vector<std::vector<size_t>>{{0, 1}, {2, 3}, {4}, {5}, {6}}));
}

}  // namespace
}  // namespace qtrack
