// File: text/tokenizer.cc
#include "text/tokenizer.h"

#include "common/utf8.h"
#include "text/chars.h"

namespace qtrack::text {

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  const std::string_view upto = text.substr(0, end);
  size_t i = begin;
  bool space_before = true;
  auto push = [&](size_t b, size_t e, TokType t, Mark m = kNoMark) {
    Token tok;
    tok.begin = b;
    tok.end = e;
    tok.type = t;
    tok.mark = m;
    if (!space_before) tok.flags |= kAdjacentPrev;
    out->push_back(tok);
    space_before = false;
  };
  auto letter_at = [&](size_t pos) -> bool {
    if (pos >= end) return false;
    unsigned char c = text[pos];
    if (c < 0x80) return IsAsciiAlpha(c) || IsDigit(c);
    size_t q = pos;
    return IsLetterOrDigit(DecodeUtf8(upto, &q));
  };
  while (i < end) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      space_before = true;
      continue;
    }
    size_t start = i;
    char32_t cp = c;
    size_t next = i + 1;
    if (c >= 0x80) {
      next = i;
      cp = DecodeUtf8(upto, &next);
    }
    bool letter = IsLetterOrDigit(cp);
    if (letter) {
      bool number = IsDigit(c);
      size_t j = next;
      while (j < end) {
        unsigned char d = text[j];
        if (d < 0x80) {
          if (IsAsciiAlpha(d) || IsDigit(d)) { ++j; continue; }
          // Internal apostrophe, hyphen, or decimal/thousands separator.
          if ((d == '\'' || d == '-') && letter_at(j + 1)) { j += 1; continue; }
          if ((d == '.' || d == ',' || d == '/') && number && j + 1 < end && IsDigit(text[j + 1])) { ++j; continue; }
          // "U.S." style abbreviations: single letters separated by periods.
          if (d == '.' && j + 1 < end && IsAsciiAlpha(text[j + 1]) &&
              (j + 2 >= end || text[j + 2] == '.') && (j - start == 1 || text[j - 2] == '.')) {
            j += 2;
            if (j < end && text[j] == '.' ) ++j;
            break;
          }
          break;
        }
        size_t q = j;
        char32_t e = DecodeUtf8(upto, &q);
        if (e == 0x2019 || e == 0x2BC) {  // ’ ʼ inside a word is an apostrophe
          if (letter_at(q)) { j = q; continue; }
          break;
        }
        if (IsNonLetter(e)) break;
        j = q;
      }
      push(start, j, number ? kNumber : kWord);
      if (!number && IsUpperCp(cp)) out->back().flags |= kCap;
      i = j;
      continue;
    }
    TokType type = kOther;
    Mark mark = kNoMark;
    switch (cp) {
      case '"': type = kDQuote; mark = kStraight; break;
      case 0x201C: type = kDQuote; mark = kLeftCurly; break;
      case 0x201D: type = kDQuote; mark = kRightCurly; break;
      case 0xAB: type = kDQuote; mark = kGuilOpen; break;
      case 0xBB: type = kDQuote; mark = kGuilClose; break;
      case 0x201E: type = kDQuote; mark = kLow9; break;
      case 0x2018: type = kSQuote; mark = kSingleOpen; break;
      case '\'':
        if (next < end && text[next] == '\'') {  // '' used as a double quote (NYT)
          type = kDQuote; mark = kStraight; ++next;
          break;
        }
        [[fallthrough]];
      case 0x2019:
        type = kSQuote;
        mark = (space_before && letter_at(next)) ? kSingleOpen : kSingleClose;
        break;
      case ',': type = kComma; break;
      case '.': case '!': case '?': case 0x2026: type = kPeriod; break;
      case ':': type = kColon; break;
      case ';': type = kSemicolon; break;
      case 0x2014: case 0x2013: case 0x2015: type = kDash; break;
      case '-':
        if (next < end && text[next] == '-') { type = kDash; ++next; }
        else if (space_before) type = kDash;
        // `"…,"- говорит X`: a hyphen set after a closing quote or comma and
        // before a space is a dash too.
        else if (next < end && text[next] == ' ' && i > begin &&
                 (text[i - 1] == '"' || text[i - 1] == ',' || (unsigned char)text[i - 1] == 0xBB ||
                  (unsigned char)text[i - 1] == 0x9D))
          type = kDash;
        break;
      default: break;
    }
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0xFEFF) {
      i = next;
      space_before = true;
      continue;
    }
    // Runs of periods ("...") are one token.
    if (type == kPeriod && c == '.')
      while (next < end && text[next] == '.') ++next;
    push(start, next, type, mark);
    i = next;
  }
}

}  // namespace qtrack::text
