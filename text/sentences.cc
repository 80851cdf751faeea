// File: text/sentences.cc
#include "text/sentences.h"

#include "text/abbreviations.h"
#include "text/chars.h"

namespace qtrack::text {
namespace {

// Plain text: no quotation analysis; quote marks and brackets judged by
// their shape.
struct PlainPolicy {
  std::string_view text;
  const std::vector<Token>& tokens;
  bool (*function_word)(std::string_view);

  std::string_view Str(int i) const { return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); }
  bool Adjacent(int i) const { return (tokens[i].flags & kAdjacentPrev) != 0; }

  bool Quoted(int) const { return false; }
  bool Abbreviation(int i) const {
    std::string_view w = Str(i);
    char buf[8];
    std::string_view lower = Lower(w, buf, sizeof buf);
    if (w.size() > sizeof buf || !IsAbbreviation(lower)) return false;
    // A word in capitals ("the FT.") is an acronym, no abbreviation ("Ft.").
    int upper = 0, lower_case = 0;
    for (char c : w) {
      lower_case += c >= 'a' && c <= 'z';
      upper += c >= 'A' && c <= 'Z';
    }
    if (lower_case == 0 && upper >= 2) return false;
    // "No." abbreviates "number" only before one ("No. 10").
    if (lower == "no") return i + 2 < static_cast<int>(tokens.size()) && tokens[i + 2].type == kNumber;
    return true;
  }
  bool OpensQuote(int i) const {
    const Token& t = tokens[i];
    return (t.type == kDQuote || t.type == kSQuote) &&
           (t.mark == kStraight || t.mark == kLeftCurly || t.mark == kGuilOpen || t.mark == kLow9 ||
            t.mark == kSingleOpen);
  }
  // A quote mark or bracket glued to what is before it.
  bool Closes(int i) const {
    const Token& t = tokens[i];
    if (!Adjacent(i)) return false;
    if (t.type == kDQuote || t.type == kSQuote)
      return t.mark == kStraight || t.mark == kRightCurly || t.mark == kGuilClose || t.mark == kSingleClose;
    return t.type == kOther && (Str(i) == ")" || Str(i) == "]");
  }
  // The last of a run of closing marks after a period: `."`, `?'"`, `.")`.
  bool ClosesAfterPeriod(int i, int b) const {
    int k = i;
    while (k > b && Closes(k)) --k;
    return k < i && tokens[k].type == kPeriod;
  }
  // After `."` or `.)`: white space and anything but a lower-case word or
  // a comma-like mark ("Is it over?" he asked).
  bool ClosingQuoteEnds(int i, int) const {
    const Token& n = tokens[i + 1];
    if (Adjacent(i + 1)) return false;
    return (n.type == kWord && (n.flags & kCap)) || n.type == kNumber || n.type == kDQuote ||
           n.type == kSQuote || n.type == kDash || n.type == kOther;
  }
  bool BreakBefore(int i) const {
    return text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end).find('\n') !=
           std::string_view::npos;
  }
  // "U.S." (the tokenizer keeps the final dot) ends a sentence when a
  // capitalised function word follows: "Aid arrived from the U.S. The talks
  // ended." (not "the U.K. but ...", "i.e. the taxpayer").
  bool DottedWordEnds(int i, int e) const {
    if (function_word == nullptr || i + 1 >= e || Adjacent(i + 1) || tokens[i + 1].type != kWord ||
        !(tokens[i + 1].flags & kCap))
      return false;
    std::string_view w = Str(i);
    if (w.size() < 4 || w.back() != '.' || w.find('.') == w.size() - 1) return false;
    char buf[24];
    std::string_view next = Str(i + 1);
    if (next.size() > sizeof buf) return false;
    return function_word(Lower(next, buf, sizeof buf));
  }
};

struct ByteRange {
  int b, e;
};

}  // namespace

void SplitSentences(std::string_view text, size_t begin, size_t end,
                    std::vector<std::pair<size_t, size_t>>* out,
                    bool (*function_word)(std::string_view lower)) {
  thread_local std::vector<Token> tokens;
  thread_local std::vector<ByteRange> ranges;
  tokens.clear();
  Tokenize(text, begin, end, &tokens);
  PlainPolicy policy{text, tokens, function_word};
  SplitSentenceTokens(text, tokens, 0, static_cast<int>(tokens.size()), policy, &ranges);
  for (const ByteRange& r : ranges) out->emplace_back(tokens[r.b].begin, tokens[r.e - 1].end);
}

}  // namespace qtrack::text
