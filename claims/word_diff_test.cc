#include "claims/word_diff.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

using Kind = WordDiffPart::Kind;

TEST(WordDiffTest, AReplacedQualifierIsOneRemovalAndOneAddition) {
  std::vector<WordDiffPart> d =
      WordDiff("The envoy's visit was extremely useful, he said", "The envoy's visit was useless, he said");
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].kind, Kind::kSame);
  EXPECT_EQ(d[0].words, 4u);
  EXPECT_EQ(d[1].kind, Kind::kRemoved);
  EXPECT_EQ(d[1].text, "extremely useful,");
  EXPECT_EQ(d[2].kind, Kind::kAdded);
  EXPECT_EQ(d[2].text, "useless,");
  EXPECT_EQ(d[3].text, "he said");
  EXPECT_EQ(FormatWordDiff(d, 2), "\u2026 visit was [-extremely useful,-]{+useless,+} he said");
}

TEST(WordDiffTest, CaseAndSurroundingPunctuationAreNotChanges) {
  std::vector<WordDiffPart> d = WordDiff("\"We will rebuild the bridge.\"", "we will rebuild the Bridge");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, Kind::kSame);
  EXPECT_EQ(FormatWordDiff(d, 0), "we will rebuild the Bridge");
}

TEST(WordDiffTest, ADroppedWordIsARemovalOnly) {
  std::vector<WordDiffPart> d =
      WordDiff("up to 2 million homes lost power", "2 million homes lost power");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].kind, Kind::kRemoved);
  EXPECT_EQ(d[0].text, "up to");
  EXPECT_EQ(FormatWordDiff(d, 3), "[-up to-] 2 million homes \u2026");
}

TEST(WordDiffTest, VeryLongTextsAreNotAligned) {
  std::string long_text;
  for (size_t i = 0; i <= kMaxDiffWords; ++i) long_text += "word ";
  std::vector<WordDiffPart> d = WordDiff(long_text, "word");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].kind, Kind::kRemoved);
  EXPECT_EQ(d[1].kind, Kind::kAdded);
}

}  // namespace
}  // namespace qtrack
