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
      {"date_then_text", " date 2025-04-14 The Power Within: magazine.\n\npre-order now\n", "",
       "2025-04-14", "", "The Power Within: magazine.", 2},
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

TEST(TextReaderTest, IdIsStableAndContentBased) {
  EXPECT_EQ(ParseTextArticle("Same text.").id, ParseTextArticle("Same text.").id);
  EXPECT_NE(ParseTextArticle("Same text.").id, ParseTextArticle("Other text.").id);
  EXPECT_EQ(ParseTextArticle("url https://a.b/c\n\nX").id, "https://a.b/c");
}

}  // namespace
}  // namespace qtrack
