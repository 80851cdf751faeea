// End-to-end check on a real page: testdata/kyiv_independent_2025-04-14.txt
// (a Kyiv Independent article with its menus, newsletter boxes and "Most
// popular" teasers). The eleven statements a fact-checker expects must be
// found with speaker, conduit, date and content; no menu line is a statement.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

// The plain-text fixture: the first line carries the "date YYYY-MM-DD"
// header; the article is the text after it, paragraphs split on newlines.
Article LoadFixture() {
  std::ifstream in("testdata/kyiv_independent_2025-04-14.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  Article a;
  a.id = "kyiv_independent_2025-04-14";
  a.outlet = "The Kyiv Independent";
  a.published = "2025-04-14";
  size_t nl = all.find('\n');
  a.text = nl == std::string::npos ? "" : all.substr(nl + 1);
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  return a;
}

struct Expected {
  const char* speaker;
  const char* via;      // "" = none
  const char* said_on;
  const char* content;  // a substring of the statement text
};

constexpr Expected kExpected[] = {
    {"Dmitry Peskov", "TASS", "2025-04-14", "extremely useful"},
    {"Kremlin", "", "2025-04-14", "aspects of the Ukrainian settlement"},
    {"Dmitry Peskov", "", "2025-04-14", "the matter was not discussed"},
    {"Dmitry Peskov", "", "2025-04-14", "normalizing bilateral relations"},
    {"Steve Witkoff", "Reuters", "2025-04-14", "quickest path to achieving a ceasefire"},
    {"Volodymyr Zelensky", "", "2025-04-14", "revive the Russian Empire"},
    {"Volodymyr Zelensky", "", "2025-04-14", "Russian narratives are prevailing in US"},
    {"Sergey Lavrov", "", "2025-04-14", "should have been dissolved"},
    {"Sergey Lavrov", "", "2025-04-14", "the end of the Eastern Bloc"},
    {"Kaja Kallas", "", "2025-04-14", "my ammunition initiative"},
    {"Maia Sandu", "", "2025-04-13", "EU accession talks by the end of 2027"},
};

class SeedArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    article_ = LoadFixture();
    ASSERT_FALSE(article_.text.empty()) << "fixture not found";
    QuoteExtractor extractor;
    extractor.Extract(article_, &quotes_);
  }
  const Quote* Find(const Expected& e) const {
    for (const Quote& q : quotes_)
      if (q.text.find(e.content) != std::string::npos && q.speaker == e.speaker) return &q;
    return nullptr;
  }
  Article article_;
  std::vector<Quote> quotes_;
};

TEST_F(SeedArticleTest, FindsTheElevenStatements) {
  for (const Expected& e : kExpected) {
    SCOPED_TRACE(e.content);
    const Quote* q = Find(e);
    ASSERT_NE(q, nullptr) << "missing: " << e.speaker << " on \"" << e.content << "\"";
    EXPECT_EQ(q->via, e.via);
    EXPECT_EQ(q->said_on, e.said_on);
  }
}

TEST_F(SeedArticleTest, RolesAndAddressee) {
  const Quote* peskov = Find(kExpected[0]);
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->speaker_role, "Kremlin spokesperson");
  const Quote* kremlin = Find(kExpected[1]);
  ASSERT_NE(kremlin, nullptr);
  EXPECT_TRUE(kremlin->speaker_is_organisation);
  const Quote* witkoff = Find(kExpected[4]);
  ASSERT_NE(witkoff, nullptr);
  EXPECT_EQ(witkoff->addressee, "Donald Trump");
  const Quote* lavrov = Find(kExpected[8]);
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->speaker_role, "Russian Foreign Minister");
}

TEST_F(SeedArticleTest, NoStatementFromMenusOrNewsletterBoxes) {
  // Everything after "MORE NEWS" and before "Russian President Vladimir
  // Putin’s recent talks" is page furniture.
  size_t body = article_.text.find("Russian President Vladimir Putin");
  size_t footer = article_.text.find("MORE NEWS");
  ASSERT_NE(body, std::string::npos);
  ASSERT_NE(footer, std::string::npos);
  for (const Quote& q : quotes_) {
    SCOPED_TRACE(q.text);
    Span x = q.extent();
    // The headline line of the page sits before the body and is allowed.
    bool in_headline = x.begin >= article_.text.find("'Extremely useful'") && x.end < body;
    EXPECT_TRUE(in_headline || (x.begin >= body && x.end <= footer));
    EXPECT_EQ(q.text.find("ubscribe"), std::string::npos);
    EXPECT_GE(q.confidence, 0.0);
    EXPECT_LE(q.confidence, 1.0);
  }
}

}  // namespace
}  // namespace qtrack
