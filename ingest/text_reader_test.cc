#include "ingest/text_reader.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct Case {
  const char* name;
  const char* input;
  const char* title;
  const char* published;
  const char* url;
  const char* first_paragraph;
  size_t paragraphs;
};

TEST(TextReaderTest, HeadersThenParagraphs) {
  const Case cases[] = {
      {"no_headers", "One.\nTwo.\n", "", "", "", "One.", 2},
      {"headers", "date 2025-04-14\ntitle Talks\nurl https://x.org/a\n\nBody one.\n\nBody two.",
       "Talks", "2025-04-14", "https://x.org/a", "Body one.", 2},
      // The seed article: the date header shares its line with body text.
      // "pre-order now" is page furniture: no paragraph.
      {"date_then_text", " date 2025-04-14 The Power Within: magazine.\n\npre-order now\n",
       "", "2025-04-14", "", "The Power Within: magazine.", 1},
      {"capitalised_prose_is_not_a_header", "Title IX rules changed.\n", "", "", "",
       "Title IX rules changed.", 1},
      {"date_word_without_date", "date night is back\n", "", "", "", "date night is back", 1},
      // The BBC corpus: headline, blank line, body; the text keeps the headline.
      {"opening_headline", "Blair rejects Iraq advice calls\n\nTony Blair has rejected calls.\n",
       "Blair rejects Iraq advice calls", "", "", "Blair rejects Iraq advice calls", 2},
      {"first_sentence_is_no_headline", "It rained all day.\n\nThe match was off.\n", "", "", "",
       "It rained all day.", 2},
      {"salutation_is_no_headline", "Dear editor,\n\nYour paper erred.\n", "", "", "",
       "Dear editor,", 2},
      {"title_header_wins", "title Talks\n\nPeace talks resume\n\nThey met.\n", "Talks", "", "",
       "Peace talks resume", 2},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Article a = ParseTextArticle(c.input);
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.published, c.published);
    EXPECT_EQ(a.url, c.url);
    ASSERT_EQ(a.paragraphs.size(), c.paragraphs);
    EXPECT_EQ(a.paragraph_text(0), c.first_paragraph);
    EXPECT_FALSE(a.id.empty());
  }
}

TEST(TextReaderTest, HeadlineIsTitleAndFurnitureIsNoParagraph) {
  Article a = ParseTextArticle(
      "Mayor 'will not close' the old bridge\n\nSkip to content\nNewsletters\n"
      "News Feed, Dayton, Bridges, Ida Kovacs\n\n"
      "Ida Kovacs said on Monday the bridge would stay open.\n\nMore on this story\n");
  EXPECT_EQ(a.title, "Mayor 'will not close' the old bridge");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraph_text(0), "Mayor 'will not close' the old bridge");
  EXPECT_EQ(a.paragraph_text(1), "Ida Kovacs said on Monday the bridge would stay open.");
}

TEST(TextReaderTest, BoilerplateLines) {
  for (const char* furniture : {"Skip to content", "pre-order now", "Subs Not Used", "Newsletters",
                                "War Analysis Russia's War National Human Story Field Report Company News",
                                "Новости Политика Экономика Общество Культура Спорт"})
    EXPECT_TRUE(IsBoilerplateLine(furniture)) << furniture;
  for (const char* prose : {"The bridge will reopen in May.", "\"We will rebuild it,\" Kovacs said",
                            "Zelensky invites Trump to Kyiv, says 'peace is close'",
                            "the council met on Monday to discuss the budget for the next two years and more"})
    EXPECT_FALSE(IsBoilerplateLine(prose)) << prose;
}

TEST(TextReaderTest, IdIsStableAndContentBased) {
  EXPECT_EQ(ParseTextArticle("Same text.").id, ParseTextArticle("Same text.").id);
  EXPECT_NE(ParseTextArticle("Same text.").id, ParseTextArticle("Other text.").id);
  EXPECT_EQ(ParseTextArticle("url https://a.b/c\n\nX").id, "https://a.b/c");
}

}  // namespace
}  // namespace qtrack
