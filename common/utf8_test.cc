#include "common/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(Utf8Test, ValidatesWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Песков «сказал» — “yes”"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x80"));       // truncated
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST(Utf8Test, DecodesUtf16EitherWayRound) {
  std::string out;
  // "Песков 😀": Cyrillic and a surrogate pair.
  const std::string le("\x1F\x04\x35\x04\x41\x04\x3A\x04\x3E\x04\x32\x04\x20\x00\x3D\xD8\x00\xDE", 18);
  EXPECT_EQ(DecodeUtf16(le, /*big_endian=*/false, &out), 0u);
  EXPECT_EQ(out, "Песков 😀");
  std::string be;
  for (size_t i = 0; i < le.size(); i += 2) be += std::string{le[i + 1], le[i]};
  out.clear();
  EXPECT_EQ(DecodeUtf16(be, /*big_endian=*/true, &out), 0u);
  EXPECT_EQ(out, "Песков 😀");
  out.clear();
  EXPECT_EQ(DecodeUtf16(std::string("\x3D\xD8\x41\x00\x42", 5), false, &out), 2u);  // lone surrogate, odd byte
  EXPECT_EQ(out, "\uFFFDA\uFFFD");
}

// Issue 22: control characters in file names were echoed raw to stderr.
TEST(Utf8Test, EscapeForTerminalDisarmsControlsAndKeepsText) {
  EXPECT_EQ(EscapeForTerminal("news/Песков — 2025.txt"), "news/Песков — 2025.txt");
  EXPECT_EQ(EscapeForTerminal("a\nfake.txt:1: rejected"), "a\\nfake.txt:1: rejected");
  EXPECT_EQ(EscapeForTerminal("\x1b[2Jx\x7f"), "\\x1b[2Jx\\x7f");
  EXPECT_EQ(EscapeForTerminal("c1\xC2\x9B" "31m"), "c1\\xc2\\x9b31m");
  EXPECT_EQ(EscapeForTerminal("bad\xff"), "bad\\xff");
  EXPECT_EQ(EscapeForTerminal("back\\slash\t"), "back\\\\slash\\t");
}

TEST(Utf8Test, PrefixLengthNeverSplitsACharacter) {
  EXPECT_EQ(Utf8PrefixLength("abc", 10), 3u);
  EXPECT_EQ(Utf8PrefixLength("abcdef", 4), 4u);
  // "Пе" is four bytes: a cut at 3 would split "е".
  EXPECT_EQ(Utf8PrefixLength("Песков", 3), 2u);
  EXPECT_EQ(Utf8PrefixLength("Песков", 4), 4u);
  EXPECT_EQ(Utf8PrefixLength("\xF0\x9F\x98\x80x", 2), 0u);  // inside an emoji
}

TEST(Utf8Test, RepairReplacesBadBytesAndDropsNul) {
  std::string out;
  EXPECT_EQ(RepairUtf8(std::string("a\xFF" "b\0c", 5), &out), 2u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "bc");
  EXPECT_EQ(RepairUtf8("fine «ok»", &out), 0u);
  EXPECT_EQ(out, "fine «ok»");
}

TEST(Utf8Test, CodePointIndexRoundTrips) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Peskov «Песков» said “x” ";
  CodePointIndex index(text);
  size_t cps = 0;
  for (size_t b = 0; b <= text.size();) {
    EXPECT_EQ(index.ToCodePoint(b), cps) << b;
    EXPECT_EQ(index.ToByte(cps), b) << cps;
    if (b == text.size()) break;
    DecodeUtf8(text, &b);
    ++cps;
  }
}

TEST(Utf8Test, EmptyText) {
  CodePointIndex index("");
  EXPECT_EQ(index.ToCodePoint(0), 0u);
  EXPECT_EQ(index.ToByte(0), 0u);
}

TEST(Utf8Test, TruncateCutsOnCharacters) {
  EXPECT_EQ(TruncateUtf8("short", 10), "short");
  EXPECT_EQ(TruncateUtf8("Песков", 5), "Пе\u2026");  // byte 5 is inside "с"
  EXPECT_EQ(Utf8CharStart("Песков", 5), 4u);
  EXPECT_EQ(Utf8CharStart("abc", 9), 9u);
}

}  // namespace
}  // namespace qtrack
