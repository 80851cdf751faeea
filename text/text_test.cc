// Tests of the shared text tools: character classes, the tokenizer and the
// sentence splitter.
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "text/abbreviations.h"
#include "text/chars.h"
#include "text/sentences.h"
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

std::vector<std::string> Sentences(std::string_view s, bool (*function_word)(std::string_view) = nullptr) {
  std::vector<std::pair<size_t, size_t>> ranges;
  SplitSentences(s, 0, s.size(), &ranges, function_word);
  std::vector<std::string> out;
  for (const auto& [b, e] : ranges) out.emplace_back(s.substr(b, e - b));
  return out;
}

bool TestFunctionWord(std::string_view lower) { return lower == "the" || lower == "we" || lower == "but"; }

TEST(SentencesTest, PeriodsAbbreviationsAndInitials) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Sentences("Dr. J. Smith met Gen. Lee in St. Petersburg. They talked!  Why? Nobody knows…"),
            (V{"Dr. J. Smith met Gen. Lee in St. Petersburg.", "They talked!", "Why?", "Nobody knows…"}));
  // A lower-case word, a glued token or an open parenthesis keeps the
  // sentence going; a number, a quote mark or "(" and a capital start one.
  EXPECT_EQ(Sentences("It grew 3.5 percent. 2025 was worse. see (the rest. Of it) here"),
            (V{"It grew 3.5 percent.", "2025 was worse. see (the rest. Of it) here"}));
  EXPECT_EQ(Sentences("He left. \"Never,\" she said. It was 2025. (Photo Office)"),
            (V{"He left.", "\"Never,\" she said.", "It was 2025.", "(Photo Office)"}));
  // A dash starts a sentence only before what could start one.
  EXPECT_EQ(Sentences("Salaam Bombay! - nominated twice - won. - Next one"),
            (V{"Salaam Bombay! - nominated twice - won.", "- Next one"}));
  // An acronym in capitals ends a sentence; "No." only before a number.
  EXPECT_EQ(Sentences("Sources told the FT. It was no. 2 or No. 3. It was No. Then yes."),
            (V{"Sources told the FT.", "It was no. 2 or No. 3.", "It was No.", "Then yes."}));
  EXPECT_TRUE(Sentences("  \n ").empty());
}

TEST(SentencesTest, ClosingMarksLineBreaksAndDottedAcronyms) {
  using V = std::vector<std::string>;
  // Closing marks after a period belong to its sentence, however many.
  EXPECT_EQ(Sentences("\"Is it over?\" he asked. \"Stop.\" It was. (He said \"never.\") Then 'yes?'\" Done."),
            (V{"\"Is it over?\" he asked.", "\"Stop.\"", "It was.", "(He said \"never.\")", "Then 'yes?'\"",
               "Done."}));
  EXPECT_EQ(Sentences("Headline without a stop\nNext line."), (V{"Headline without a stop", "Next line."}));
  // After "U.S." only a capitalised function word starts a sentence.
  EXPECT_EQ(Sentences("Aid came from the U.S. The talks ended in the U.K. but not i.e. the U.S. Senate.",
                      TestFunctionWord),
            (V{"Aid came from the U.S.", "The talks ended in the U.K. but not i.e. the U.S. Senate."}));
  EXPECT_EQ(Sentences("Aid came from the U.S. The talks ended."), (V{"Aid came from the U.S. The talks ended."}));
  // Offsets are the text's: only [begin, end) is read.
  const std::string s = "skip. One two. Three. skip";
  std::vector<std::pair<size_t, size_t>> ranges;
  SplitSentences(s, 6, 21, &ranges);
  EXPECT_EQ(ranges, (std::vector<std::pair<size_t, size_t>>{{6, 14}, {15, 21}}));
}

// A caller with its own quotation analysis: here every token between a
// pair of straight quotes is quoted, and a closing quote after a period
// ends the sentence only before "Next".
struct TestPolicy {
  std::string_view text;
  const std::vector<Token>& tokens;
  std::vector<bool> quoted;
  bool Quoted(int i) const { return quoted[i]; }
  bool Abbreviation(int i) const { return text.substr(tokens[i].begin, 2) == "Mr"; }
  bool OpensQuote(int i) const { return tokens[i].type == kDQuote && !quoted[i]; }
  bool ClosesAfterPeriod(int i, int) const { return tokens[i].type == kDQuote && tokens[i - 1].type == kPeriod; }
  bool ClosingQuoteEnds(int i, int) const { return text.substr(tokens[i + 1].begin, 4) == "Next"; }
  bool BreakBefore(int) const { return false; }
  bool DottedWordEnds(int, int) const { return false; }
};

TEST(SentencesTest, TokenSplitterAsksThePolicy) {
  const std::string s = "\"Go. Now.\" Mr. Li said. \"Yes.\" Next one. \"Ok.\" He";
  std::vector<Token> tokens;
  Tokenize(s, 0, s.size(), &tokens);
  TestPolicy policy{s, tokens, std::vector<bool>(tokens.size())};
  bool in = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].type == kDQuote) in = !in;
    else policy.quoted[i] = in;
  }
  struct R {
    int b, e;
  };
  std::vector<R> out{{7, 7}};  // cleared first
  SplitSentenceTokens(s, tokens, 0, static_cast<int>(tokens.size()), policy, &out);
  std::vector<std::string> got;
  for (const R& r : out) got.push_back(s.substr(tokens[r.b].begin, tokens[r.e - 1].end - tokens[r.b].begin));
  EXPECT_EQ(got, (std::vector<std::string>{"\"Go. Now.\" Mr. Li said.", "\"Yes.\"", "Next one.", "\"Ok.\" He"}));
}

}  // namespace
}  // namespace qtrack::text
