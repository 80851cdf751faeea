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
      a.rule = kRuleSpeakerLabel;
      a.rate = Rule(a.rule).prior;
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
      a.rule = kRuleDashSigned;
      a.rate = Rule(a.rule).prior;
      a.content[0] = content;
      a.n_content = 1;
      Emit(a, out);
      return true;
    }
  }
  return false;
}

// `"..."` and then a paragraph `- Ida Novak.` / `-Mayor Kovacs, writing
// after ...`: a quoted paragraph signed by a dash and a name.
// Emits it and returns true (the next paragraph is consumed); else false.
bool QuoteExtractor::Impl::SignedQuotedParagraph(size_t p, std::vector<Quote>* out) {
  if (p + 1 >= para_tokens_.size()) return false;
Range whole = TrimContent(para_tokens_[p]);
const Range& nx = para_tokens_[p + 1];
if (!whole.empty() && IsOpenQuote(whole.b) && IsCloseQuote(whole.e - 1) &&
    tokens_[whole.b].quote == tokens_[whole.e - 1].quote && nx.e - nx.b >= 2 && tokens_[nx.b].type == kDash &&
    IsCap(nx.b + 1)) {
  int k = nx.b + 1;
  while (k < nx.e && k - nx.b <= 5 &&
         (IsCap(k) || (tokens_[k].type == kPeriod && (tokens_[k].flags & kAdjacentPrev) && k + 1 < nx.e &&
                       IsCap(k + 1))))
    ++k;
  if (k >= nx.e || tokens_[k].type == kPeriod || tokens_[k].type == kComma) {
    Attribution att;
    att.speaker = Range{nx.b + 1, k};
    att.cue = Range{nx.b, nx.b + 1};
    att.rule = kRuleSignedParagraph;
    att.rate = Rule(att.rule).prior;
    att.content[0] = whole;
    att.n_content = 1;
    Emit(att, out);
    consumed_para_ = p + 1;
    return true;
  }
}
  return false;
}

// "X said:" closing a paragraph introduces the next one.
void QuoteExtractor::Impl::ColonIntroducedParagraph(size_t p, std::vector<Quote>* out) {
  const Range& pr = para_tokens_[p];
  if (!pr.empty() && tokens_[pr.e - 1].type == kColon && p + 1 < para_tokens_.size()) {
    Range s = sentences_.empty() ? pr : sentences_.back();
    for (int c = s.b; c < s.e; ++c) {
      if (!tokens_[c].cue || tokens_[c].quote >= 0) continue;
      Attribution att;
      // Speaker: the phrase before the cue.
      int j = c - 1;
      while (j >= s.b && Is(j, qi::kAux)) --j;
      Range np = LeftNP(s.b, j);
      if (!SpeakerLike(np)) continue;
      att.speaker = np;
      att.cue = Range{c, c + 1};
      SkipTail(c + 1, s.e, &att);  // "said on Sunday:"

      att.rule = kRuleColonParagraph;
    att.rate = tokens_[c].cue->rate;
      const Range& next = para_tokens_[p + 1];
      att.content[0] = TrimContent(next);
      att.n_content = att.content[0].empty() ? 0 : 1;
      if (att.n_content) {
        Emit(att, out);
        consumed_para_ = p + 1;
      }
      break;
    }
    // `On May 3, 2014, Novak made the following comment:` and a quoted
    // paragraph after it: with no cue, the sentence's subject and a verb
    // after it introduce the quote.
    const Range& next = para_tokens_[p + 1];
    if (consumed_para_ != int(p) + 1 && IsOpenQuote(next.b) && !quotes_[tokens_[next.b].quote].single) {
      int b = s.b;
      if (Is(b, qi::kPreposition | qi::kTimeWord | qi::kIntro))
        for (int k = b; k < s.e && k < s.b + 10; ++k)
          if (tokens_[k].type == kComma && k + 1 < s.e && IsWord(k + 1)) { b = k + 1; break; }
      Range np = SubjectNP(Range{b, s.e}, s.e - 1);
      int v = np.e;
      while (v < s.e && IsWord(v) && Is(v, qi::kAux) && !Is(v, qi::kBoundary)) ++v;
      if (np.b == b && SpeakerLike(np) && v < s.e && (VerbLike(v) || IrregularPast(v))) {
        Attribution att;
        att.speaker = np;
        att.cue = Range{v, s.e};
        att.rule = kRuleColonParagraphSubject;
        att.rate = Rule(att.rule).prior;
        att.weak = true;
        att.content[0] = TrimContent(next);
        att.n_content = att.content[0].empty() ? 0 : 1;
        if (att.n_content) {
          Emit(att, out);
          consumed_para_ = p + 1;
        }
      }
    }
  }
}
}  // namespace qtrack
