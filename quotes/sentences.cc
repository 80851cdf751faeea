// File: quotes/sentences.cc
//
// Sentence splitting: text/sentences.h's splitter over the extractor's
// tokens, with its quotations and the cases where a closing quote ends a
// sentence or runs into its attribution.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/internal/extractor_impl.h"
#include "text/sentences.h"

namespace qtrack {

// ---------------------------------------------------------------------------
// Sentences: text/sentences.h's splitter, told where the quotations are and
// when a closing quote runs into its attribution.

void QuoteExtractor::Impl::SplitSentences(Range p, std::vector<Range>* out) {
  struct QuotePolicy {
    Impl& x;
    bool Quoted(int i) const { return x.tokens_[i].quote >= 0; }
    bool Abbreviation(int i) { return x.Is(i, qi::kAbbreviation); }
    bool OpensQuote(int i) const { return x.IsOpenQuote(i); }
    bool ClosesAfterPeriod(int i, int) const { return x.tokens_[i - 1].type == kPeriod && x.IsCloseQuote(i); }
    bool BreakBefore(int) const { return false; }
    bool DottedWordEnds(int, int) const { return false; }
    bool ClosingQuoteEnds(int i, int e) { return x.ClosingQuoteEndsSentence(i, e); }
  } policy{*this};
  text::SplitSentenceTokens(text, tokens_, p.b, p.e, policy, out);
}

// A closing quote right after a period (`."`), with a token after it: the
// sentence ends unless an attribution follows (`"Why?" Clinton said.`).
bool QuoteExtractor::Impl::ClosingQuoteEndsSentence(int i, int e) {
  const Token& n = tokens_[i + 1];
  bool end = (n.type == kWord && (n.flags & kCap) && !n.cue) || n.type == kDQuote;
  if (end && ClosingVerbEnd(i + 1, e) >= 0) end = false;
  bool name_run = true;  // only a name between the quote and the cue
  for (int k = i + 1; end && k < e && k < i + 6; ++k) {
    if (tokens_[k].type == kPeriod && !((tokens_[k].flags & kAdjacentPrev) && IsWord(k - 1) &&
                                        Is(k - 1, qi::kAbbreviation)))
      break;
    if (tokens_[k].quote >= 0) break;
    if (tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak)) {
      // Only a closing attribution: the cue ends the sentence or is
      // followed by the speaker ("said Clinton."), or a name stands
      // before it ("Jeff Sessions said as he ...").
      int m = k + 1;
      while (m < e && m < k + 5 && IsCap(m)) ++m;
      // `.” She adds, “...”`: a cue, a comma and a quote opens the next
      // statement instead.
      bool opens_next = m + 1 < e && tokens_[m].type == kComma && IsOpenQuote(m + 1);
      if ((m >= e || tokens_[m].type == kPeriod || tokens_[m].type == kComma) && !opens_next) end = false;
      // A name and a cue followed by a clause of its own start the next
      // sentence: `."  Reid said both Rubio and Cruz are "..."`. A tail
      // ("as he launched", "on Tuesday", ".") closes the quote's.
      // (A comma and a quote open the next statement: `." Cruz says, "...`.)
      bool tail = k + 1 >= e || tokens_[k + 1].type == kPeriod ||
                  (tokens_[k + 1].type == kComma && !(k + 2 < e && IsOpenQuote(k + 2))) ||
                  (IsWord(k + 1) && !Is(k + 1, qi::kThat) &&
                   Is(k + 1, qi::kPreposition | qi::kTimeWord | qi::kWeekday | qi::kBoundary | qi::kAux));
      if (k > i + 1 && name_run && tail) end = false;
      break;
    }
    name_run &= (IsCap(k) && !Is(k, qi::kPronoun)) || tokens_[k].type == kPeriod;
  }
  return end;
}

}  // namespace qtrack
