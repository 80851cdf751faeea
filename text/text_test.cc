// Tests of the shared text tools: character classes and the tokenizer.
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "text/abbreviations.h"
#include "text/chars.h"
#include "text/tokenizer.h"

namespace qtrack::text {
namespace {

struct Tok {
  std::string text;
  TokType type;
  uint8_t flags;
  bool operator==(const Tok&) const = default;
};

std::vector<Tok> Toks(std::string_view s) {
  std::vector<Token> tokens;
  Tokenize(s, 0, s.size(), &tokens);
  std::vector<Tok> out;
  for (const Token& t : tokens)
    out.push_back(Tok{std::string(s.substr(t.begin, t.end - t.begin)), t.type, t.flags});
  return out;
}

std::vector<std::string> Texts(std::string_view s) {
  std::vector<std::string> out;
  for (const Tok& t : Toks(s)) out.push_back(t.text);
  return out;
}

TEST(CharsTest, LettersCapitalsAndLowercasing) {
  EXPECT_TRUE(IsNonLetter(0xA0));    // no-break space
  EXPECT_TRUE(IsNonLetter(0x201C));  // “
  EXPECT_TRUE(IsNonLetter(0xFFFD));  // what an ill-formed byte decodes as
  EXPECT_FALSE(IsNonLetter(0xE9));   // é
  EXPECT_FALSE(IsNonLetter(0x416));  // Ж
  EXPECT_TRUE(IsUpperCp('Q'));
  EXPECT_TRUE(IsUpperCp(0xC9));   // É
  EXPECT_FALSE(IsUpperCp(0xD7));  // ×
  EXPECT_TRUE(IsUpperCp(0x416));  // Ж
  EXPECT_FALSE(IsUpperCp(0x436)); // ж
  EXPECT_TRUE(IsUpperCp(0x141));   // Ł
  EXPECT_FALSE(IsUpperCp(0x142));  // ł
  EXPECT_TRUE(IsUpperCp(0x160));   // Š
  EXPECT_FALSE(IsUpperCp(0x161));  // š
  EXPECT_TRUE(IsUpperCp(0x17D));   // Ž
  EXPECT_FALSE(IsUpperCp(0x17E));  // ž
  EXPECT_TRUE(IsUpperCp(0x394));   // Δ
  EXPECT_FALSE(IsUpperCp(0x3B4));  // δ
  EXPECT_TRUE(IsNonLetter(0xA3));   // £
  EXPECT_TRUE(IsNonLetter(0x20AC)); // €
  EXPECT_FALSE(IsNonLetter(0xB1));  // ± spells ñ in mis-decoded text ("PeÃ±a")
  char buf[16];
  EXPECT_EQ(Lower("Kyiv", buf, sizeof buf), "kyiv");
  EXPECT_EQ(Lower("\xD0\x9F\xD0\xB5\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB2", buf, sizeof buf),
            "\xD0\xBF\xD0\xB5\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB2");  // Песков → песков
  EXPECT_EQ(Lower("Intergovernmental", buf, 5), "inter");
}

TEST(AbbreviationsTest, OneLowercasedList) {
  for (std::string_view w : {"mr", "dr", "gen", "sept", "ltd", "no", "vs", "st"}) EXPECT_TRUE(IsAbbreviation(w)) << w;
  for (std::string_view w : {"Mr", "us", "pres", "said", "", "mr dr"}) EXPECT_FALSE(IsAbbreviation(w)) << w;
}

TEST(TokenizerTest, WordsNumbersAndPunctuation) {
  EXPECT_EQ(Texts("The U.S. envoy's pro-Kremlin remarks cost $2,000.50 (24/7)."),
            (std::vector<std::string>{"The", "U.S.", "envoy's", "pro-Kremlin", "remarks", "cost", "$",
                                      "2,000.50", "(", "24/7", ")", "."}));
  EXPECT_EQ(Texts("Wait... what?! No -- never \xE2\x80\x94 ever"),
            (std::vector<std::string>{"Wait", "...", "what", "?", "!", "No", "--", "never",
                                      "\xE2\x80\x94", "ever"}));
  std::vector<Tok> t = Toks("Hi, Ann: yes; 3 -x");
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[0], (Tok{"Hi", kWord, kCap}));
  EXPECT_EQ(t[1], (Tok{",", kComma, kAdjacentPrev}));
  EXPECT_EQ(t[2], (Tok{"Ann", kWord, kCap}));
  EXPECT_EQ(t[3].type, kColon);
  EXPECT_EQ(t[4], (Tok{"yes", kWord, 0}));
  EXPECT_EQ(t[5].type, kSemicolon);
  EXPECT_EQ(t[6], (Tok{"3", kNumber, 0}));
  EXPECT_EQ(t[7], (Tok{"-", kDash, 0}));  // a hyphen after a space
  EXPECT_EQ(t[8], (Tok{"x", kWord, kAdjacentPrev}));
}

TEST(TokenizerTest, QuoteMarksAndApostrophes) {
  std::vector<Token> tokens;
  const std::string s = "\xE2\x80\x9CWe\xE2\x80\x99re here,\xE2\x80\x9D she said of \xC2\xABit\xC2\xBB and 'the plan' ''too''";
  Tokenize(s, 0, s.size(), &tokens);
  std::vector<Mark> marks;
  std::vector<std::string> quoted_words;
  for (const Token& t : tokens) {
    if (t.type == kDQuote || t.type == kSQuote) marks.push_back(t.mark);
    if (t.type == kWord && t.end - t.begin > 3 && s[t.begin] == 'W')
      quoted_words.push_back(s.substr(t.begin, t.end - t.begin));
  }
  EXPECT_EQ(marks, (std::vector<Mark>{kLeftCurly, kRightCurly, kGuilOpen, kGuilClose, kSingleOpen,
                                      kSingleClose, kStraight, kStraight}));
  EXPECT_EQ(quoted_words, (std::vector<std::string>{"We\xE2\x80\x99re"}));  // ’ inside a word
}

TEST(TokenizerTest, WhiteSpaceAndRanges) {
  // No-break and thin spaces separate tokens; only [begin, end) is read.
  const std::string s = "skip A\xC2\xA0" "B\xE2\x80\x89" "C skip";
  std::vector<Token> tokens;
  Tokenize(s, 5, s.size() - 5, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(s.substr(tokens[0].begin, 1), "A");
  EXPECT_EQ(tokens[0].flags & kAdjacentPrev, 0);
  EXPECT_EQ(s.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "C");
  EXPECT_EQ(tokens[2].flags & kAdjacentPrev, 0);
}

}  // namespace
}  // namespace qtrack::text
