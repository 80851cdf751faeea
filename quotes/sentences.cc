// File: quotes/sentences.cc
//
// Sentence splitting outside quotes, abbreviation-aware, with the cases
// where a closing quote ends a sentence or runs into its attribution.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/internal/extractor_impl.h"

namespace qtrack {

// ---------------------------------------------------------------------------
// Sentences.

void QuoteExtractor::Impl::SplitSentences(Range p) {
  sentences_.clear();
  int start = p.b;
  int paren_depth = 0;
  for (int i = p.b; i < p.e; ++i) {
    const Token& t = tokens_[i];
    bool end = false;
    if (t.type == kOther && t.quote < 0) {
      if (Tok(i) == "(") ++paren_depth;
      else if (Tok(i) == ")" && paren_depth > 0) --paren_depth;
    }
    if (t.type == kPeriod && t.quote < 0) {
      end = true;
      if (i > p.b && (t.flags & kAdjacentPrev) && IsWord(i - 1) && Tok(i - 1).size() <= 4 &&
          (Is(i - 1, qi::kAbbreviation) || (Tok(i - 1).size() == 1 && IsCap(i - 1))))
        end = false;
      // "(D-N.C.)", "will.i.am": no space after the period, or inside
      // parentheses, is no sentence end.
      if (end && i + 1 < p.e && (tokens_[i + 1].flags & kAdjacentPrev)) end = false;
      if (end && paren_depth > 0) end = false;
      if (end && i + 1 < p.e) {
        const Token& n = tokens_[i + 1];
        // `... as the crowd booed. ("I don't want ...," one said.)`: a
        // parenthesis opening a sentence of its own.
        end = (n.type == kWord && (n.flags & kCap)) || n.type == kDQuote || n.type == kNumber ||
              n.type == kSQuote || n.type == kDash ||
              (n.type == kOther && Tok(i + 1) == "(" && i + 2 < p.e &&
               (IsOpenQuote(i + 2) || (tokens_[i + 2].type == kWord && (tokens_[i + 2].flags & kCap))));
      }
    } else if (IsCloseQuote(i) && i > p.b && tokens_[i - 1].type == kPeriod && i + 1 < p.e) {
      const Token& n = tokens_[i + 1];
      end = (n.type == kWord && (n.flags & kCap) && !n.cue) || n.type == kDQuote;
      // `"Why?" Clinton said.`: an attribution follows, the sentence goes on.
      if (end && ClosingVerbEnd(i + 1, p.e) >= 0) end = false;
      bool name_run = true;  // only a name between the quote and the cue
      for (int k = i + 1; end && k < p.e && k < i + 6; ++k) {
        if (tokens_[k].type == kPeriod && !((tokens_[k].flags & kAdjacentPrev) && IsWord(k - 1) &&
                                            Is(k - 1, qi::kAbbreviation)))
          break;
        if (tokens_[k].quote >= 0) break;
        if (tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak)) {
          // Only a closing attribution: the cue ends the sentence or is
          // followed by the speaker ("said Clinton."), or a name stands
          // before it ("Jeff Sessions said as he ...").
          int m = k + 1;
          while (m < p.e && m < k + 5 && IsCap(m)) ++m;
          // `.” She adds, “...”`: a cue, a comma and a quote opens the next
          // statement instead.
          bool opens_next = m + 1 < p.e && tokens_[m].type == kComma && IsOpenQuote(m + 1);
          if ((m >= p.e || tokens_[m].type == kPeriod || tokens_[m].type == kComma) && !opens_next) end = false;
          // A name and a cue followed by a clause of its own start the next
          // sentence: `."  Reid said both Rubio and Cruz are "..."`. A tail
          // ("as he launched", "on Tuesday", ".") closes the quote's.
          // (A comma and a quote open the next statement: `." Cruz says, "...`.)
          bool tail = k + 1 >= p.e || tokens_[k + 1].type == kPeriod ||
                      (tokens_[k + 1].type == kComma && !(k + 2 < p.e && IsOpenQuote(k + 2))) ||
                      (IsWord(k + 1) && !Is(k + 1, qi::kThat) &&
                       Is(k + 1, qi::kPreposition | qi::kTimeWord | qi::kWeekday | qi::kBoundary | qi::kAux));
          if (k > i + 1 && name_run && tail) end = false;
          break;
        }
        name_run &= (IsCap(k) && !Is(k, qi::kPronoun)) || tokens_[k].type == kPeriod;
      }
    }
    if (end) {
      sentences_.push_back(Range{start, i + 1});
      start = i + 1;
    }
  }
  if (start < p.e) sentences_.push_back(Range{start, p.e});
}

}  // namespace qtrack
