// File: quotes/paragraphs.cc
//
// Paragraph-shaped attributions with no verb: "PENCE: ...", a quoted
// paragraph signed "― Name".
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

// Paragraph-shaped attributions with no verb:
//   `PENCE: Well, look, ...` and headlines `Pat Caddell: Democrat voters ...`
//   `“Mr. Trump embodies ...” ― Sonya Herridge`
// Emits the statement and returns true when the paragraph is one of them.
bool QuoteExtractor::Impl::ParagraphForms(Range p, std::vector<Quote>* out) {
  // A block-quote marker (an opening mark never closed) is no content.
  if (p.e - p.b > 1 && tokens_[p.b].type == kDQuote && tokens_[p.b].quote < 0) ++p.b;
  // A transcript printed as one long quote, each paragraph reopening it:
  // `"PENCE: Well, look, ...` — the mark opens a quote left unclosed in this
  // paragraph, so it is a marker too, and the label after it is the speaker.
  else if (p.e - p.b > 3 && tokens_[p.b].type == kDQuote && IsOpenQuote(p.b) &&
           (!quotes_[tokens_[p.b].quote].closed || quotes_[tokens_[p.b].quote].close_tok >= uint32_t(p.e)) &&
           IsWord(p.b + 1) && IsCap(p.b + 1)) {
    int k = p.b + 1;
    while (k < p.e && k - p.b <= 4 && IsWord(k) && IsCap(k)) ++k;
    if (k < p.e && tokens_[k].type == kColon) ++p.b;
  }
  if (p.e - p.b < 4) return false;
  // Colon form.
  static constexpr std::string_view kNotSpeakers[] = {
      "note", "related", "photo", "watch", "read", "update", "updated", "author", "by",
      "source", "sources", "credit", "tags", "posted", "date", "contact", "editor", "more",
      "follow", "share", "see", "also", "subscribe", "advertisement", "warning", "video",
      "listen", "image", "caption", "correction", "disclosure", "q", "a", "question",
      "answer", "translation", "full", "live", "breaking", "exclusive", "analysis", "opinion",
      "editor’s", "editor's", "featured", "sections", "about", "email", "phone", "tel"};
  int k = p.b;
  while (k < p.e && k - p.b < 7 && (IsWord(k) || (tokens_[k].type == kPeriod && (tokens_[k].flags & kAdjacentPrev))) &&
         (!IsWord(k) || IsCap(k) || LowerIs(k, "of") || LowerIs(k, "the")) &&
         !(tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak) && !IsCap(k)))
    ++k;
  // A speaker label is a short name ("PENCE:", "Pat Caddell:"), not a
  // headline ("Stealth Over Health:", "Veto Power Impedes Peace Efforts:").
  bool label = k - p.b <= 4;
  for (int t = p.b; t < k && label; ++t)
    if (IsWord(t) && Is(t, qi::kPreposition) && !LowerIs(t, "of")) label = false;
  if (label && k > p.b && k < p.e && tokens_[k].type == kColon && p.e - (k + 1) >= 3 && IsCap(k - 1)) {
    std::string_view first = LowerTok(p.b);
    bool excluded = false;
    for (std::string_view x : kNotSpeakers) excluded |= first == x;
    if (!excluded) {
      Attribution a;
      a.speaker = Range{p.b, k};
      a.cue = Range{k, k + 1};
      // `Said Ellis: "..."`: an inverted cue opens the label.
      if (k - p.b >= 2 && tokens_[p.b].cue && !(tokens_[p.b].cue->flags & qi::kCueWeak)) {
        a.speaker = Range{p.b + 1, k};
        a.cue = Range{p.b, p.b + 1};
      }
      a.rate = 0.5f;
      a.content[0] = TrimContent(Range{k + 1, p.e});
      a.n_content = a.content[0].empty() ? 0 : 1;
      if (a.n_content && a.content[0].e - a.content[0].b >= 3) {
        Emit(a, out);
        return true;
      }
    }
  }
  // Dash form: content, a dash, then a name closing the paragraph.
  int e = p.e;
  if (tokens_[e - 1].type == kPeriod) --e;
  int n = e;
  while (n > p.b && e - n < 8 && (IsCap(n - 1) || (tokens_[n - 1].type == kPeriod && (tokens_[n - 1].flags & kAdjacentPrev))))
    --n;
  if (n < e && n - 1 > p.b && tokens_[n - 1].type == kDash && IsCap(n)) {
    Range content = TrimContent(Range{p.b, n - 1});
    bool quoted = false;
    for (int t = content.b; t < content.e; ++t) quoted |= tokens_[t].quote >= 0;
    if (quoted) {
      Attribution a;
      a.speaker = Range{n, e};
      a.cue = Range{n - 1, n};
      a.rate = 0.8f;
      a.content[0] = content;
      a.n_content = 1;
      Emit(a, out);
      return true;
    }
  }
  return false;
}

}  // namespace qtrack
