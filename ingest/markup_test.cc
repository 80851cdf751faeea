#include "ingest/markup.h"

#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

std::string_view TagText(std::string_view text, size_t from = 0) {
  Span s = NextMarkupTag(text, from, text.size());
  return s.empty() ? std::string_view() : text.substr(s.begin, s.size());
}

TEST(NextMarkupTag, FindsTagsWithAttributes) {
  std::string_view text = R"(Ahead <post author="@kovacs" date="2026-01-02">Vote today!</post> and <img src="a.png"/> end.)";
  EXPECT_EQ(TagText(text), R"(<post author="@kovacs" date="2026-01-02">)");
  Span first = NextMarkupTag(text, 0, text.size());
  EXPECT_EQ(TagText(text, first.end), R"(<img src="a.png"/>)");
}

TEST(NextMarkupTag, BareTagsAndProseAreLeftAsText) {
  EXPECT_TRUE(NextMarkupTag("<script>alert(1)</script> and <b>bold</b>", 0, 41).empty());
  EXPECT_TRUE(NextMarkupTag("inflation < 3% and growth > 2%", 0, 30).empty());
  EXPECT_TRUE(NextMarkupTag("I <3 this and > that", 0, 20).empty());
  // No closing '>' on the same line, or a '<' inside.
  EXPECT_TRUE(NextMarkupTag("a <b c=\"1\"\n> d", 0, 15).empty());
  EXPECT_EQ(TagText("<a <b c=\"1\">"), "<b c=\"1\">");
}

TEST(NextMarkupTag, TagsInsideAQuotationAreText) {
  // A hostile quote stays the speaker's words (escaped when shown).
  std::string_view text = "“<img src=x onerror=\"alert(1)\"> was useful,” he said. <b c=\"1\">";
  Span tag = NextMarkupTag(text, 0, text.size());
  ASSERT_FALSE(tag.empty());
  EXPECT_EQ(text.substr(tag.begin, tag.size()), "<b c=\"1\">");
  EXPECT_TRUE(NextMarkupTag("«<a href=\"x\">»", 0, 17).empty());
}

TEST(NextMarkupTag, StaysInsideTheRange) {
  std::string_view text = R"(one <b c="1">two)";
  EXPECT_TRUE(NextMarkupTag(text, 0, 8).empty());            // the tag ends past 8
  EXPECT_EQ(NextMarkupTag(text, 0, 100).begin, 4u);          // end clamped to the text
  // A tag's '>' is at most 400 bytes after its '<' (its search stops there).
  std::string at_limit = "<b c=\"" + std::string(393, 'x') + "\">";
  EXPECT_EQ(NextMarkupTag(at_limit, 0, at_limit.size()).size(), 401u);
  std::string over = "<b c=\"" + std::string(394, 'x') + "\">";
  EXPECT_TRUE(NextMarkupTag(over, 0, over.size()).empty());
}

TEST(ForEachProseRun, YieldsTheStretchesBetweenTags) {
  std::string_view text = R"(one <b c="1">two<i d="2"> three)";
  std::vector<std::string_view> runs;
  std::vector<bool> last;
  ForEachProseRun(text, Span{0, text.size()}, [&](Span s, bool l) {
    runs.push_back(text.substr(s.begin, s.size()));
    last.push_back(l);
  });
  EXPECT_EQ(runs, (std::vector<std::string_view>{"one ", "two", " three"}));
  EXPECT_EQ(last, (std::vector<bool>{false, false, true}));
  // No tag, an empty paragraph: one (possibly empty) stretch.
  int calls = 0;
  ForEachProseRun(text, Span{3, 3}, [&](Span s, bool l) { calls += s.empty() && l; });
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace qtrack
