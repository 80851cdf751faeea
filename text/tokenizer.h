// File: text/tokenizer.h
//
// The one tokenizer of qtrack's text stages (the quote extractor and
// own-voice claims). One pass over a byte range of a text; each token is a
// byte span into that text with a type:
//   kWord    a run of letters and digits that starts with a letter; it
//            keeps inner apostrophes (' ’ ʼ) and hyphens followed by a
//            letter ("Russia's", "pro-Kremlin"), and dotted single letters
//            ("U.S.", with the final dot)
//   kNumber  the same starting with a digit, with . , / between digits
//            ("3.5", "2,000", "24/7")
//   kDQuote  a double quote mark (" “ ” « » „, and '' written as one)
//   kSQuote  a single quote mark that is no apostrophe inside a word
//   kComma, kColon, kSemicolon
//   kPeriod  . ! ? … (a run of dots is one token)
//   kDash    — – ―, "--", and a hyphen after a space, or between a
//            closing quote or comma and a space
//   kOther   anything else (one code point)
// White space (ASCII, no-break, U+2000..U+200B, U+202F, U+FEFF) separates
// tokens and is no token. Letters are what text/chars.h says.
//
// Thread-safety: pure. Cost: linear in the bytes; no allocation beyond the
// output vector.
#ifndef QTRACK_TEXT_TOKENIZER_H_
#define QTRACK_TEXT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace qtrack::text {

enum TokType : uint8_t {
  kWord,
  kNumber,
  kDQuote,   // a double quote mark; `mark` says which
  kSQuote,   // a single quote mark that is not an apostrophe
  kComma,
  kPeriod,   // . ! ? …
  kColon,
  kSemicolon,
  kDash,     // — – ― and spaced hyphens
  kOther,
};

// Which quote mark a kDQuote/kSQuote token is.
enum Mark : uint8_t {
  kNoMark,
  kStraight,    // "
  kLeftCurly,   // “ (opens in English, closes „ in Russian/Ukrainian)
  kRightCurly,  // ”
  kGuilOpen,    // «
  kGuilClose,   // »
  kLow9,        // „
  kSingleOpen,  // ‘, or ' / ’ after a space and before a letter
  kSingleClose, // ’ or ' otherwise
};

enum TokFlags : uint8_t {
  kCap = 1,           // a word whose first letter is upper case
  kAdjacentPrev = 2,  // no white space between this token and the previous one
};

struct Token {
  uint32_t begin = 0, end = 0;  // bytes of the text
  TokType type = kOther;
  Mark mark = kNoMark;
  uint8_t flags = 0;  // TokFlags
};

// Appends the tokens of text[begin, end) to `out`. The first token never
// has kAdjacentPrev. REQUIRES: begin <= end <= text.size() < 2^32.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace qtrack::text

#endif  // QTRACK_TEXT_TOKENIZER_H_
