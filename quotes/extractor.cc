// File: quotes/extractor.cc.new
//
// The per-article pipeline (see quotes/internal/extractor_impl.h for the
// stages) and the public QuoteExtractor API.
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

void QuoteExtractor::Impl::Extract(const Article& a, std::vector<Quote>* out) {
  out->clear();
  article = &a;
  text = std::string_view(a.text).substr(0, std::min(a.text.size(), options.max_article_bytes));
  quotes_.clear();
  has_article_day = ParseIsoDay(a.published, &article_day);
  last_speaker_person_ = -1;
  last_speaker_para_ = -100;
  Tokenize();
  for (size_t p = 0; p < para_tokens_.size(); ++p)
    PairQuotes(para_tokens_[p], p + 1 < para_tokens_.size() ? para_tokens_[p + 1] : Range{});
  std::sort(quotes_.begin(), quotes_.end(),
            [](const QuoteSpan& x, const QuoteSpan& y) { return x.begin < y.begin; });
  ChainQuotes();
  FindPersons();
  consumed_para_ = -1;
  // A direct statement that later quote-only sentences extend, also into
  // the next paragraph: `"...," he said.` + `"Right now, ..."`.
  int open_statement = -1;
  for (size_t p = 0; p < para_tokens_.size(); ++p) {
    if (int(p) == consumed_para_) continue;
    if (int(p) - last_speaker_para_ > 3) last_speaker_person_ = -1;
    // `"..."` and then a paragraph `- Ida Novak.` / `-Mayor Kovacs, writing
    // after ...`: a quoted paragraph signed by a dash and a name.
    if (p + 1 < para_tokens_.size()) {
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
          att.rate = 0.8f;
          att.content[0] = whole;
          att.n_content = 1;
          Emit(att, out);
          consumed_para_ = p + 1;
          open_statement = -1;
          continue;
        }
      }
    }
    if (ParagraphForms(para_tokens_[p], out)) { open_statement = -1; continue; }
    SplitSentences(para_tokens_[p]);
    for (size_t si = 0; si < sentences_.size(); ++si) {
      Range s = sentences_[si];
      Range whole = TrimContent(s);
      bool quote_only = !whole.empty() && IsOpenQuote(whole.b) &&
                        tokens_[whole.b].quote == tokens_[whole.e - 1].quote;
      // `"Here he is," she said. "Donald's here."`: the second sentence has
      // no cue of its own and continues the statement.
      if (quote_only && open_statement >= 0) {
        Quote& open = (*out)[open_statement];
        open.fragments.push_back(Span{tokens_[whole.b].begin, tokens_[whole.e - 1].end});
        if (open.kind == StatementKind::kIndirect) open.kind = StatementKind::kMixed;
        continue;
      }
      open_statement = -1;
      AttributeSentence(s, &attributions_);
      for (const Attribution& att : attributions_) {
        size_t before = out->size();
        Emit(att, out);
        if (out->size() > before) {
          last_speaker_para_ = p;
          // A statement whose quoted content ends before its cue may go on
          // in the next quote-only sentence.
          const Quote& q = out->back();
          bool ends_quoted = att.content[att.n_content - 1].e <= att.cue.b &&
                             IsCloseQuote(att.content[att.n_content - 1].e - 1);
          // So may one whose content precedes its attribution: `The
          // administration may be reluctant ..., Schiff said. "The other
          // factor ..."`.
          bool ends_sentence = att.content[att.n_content - 1].e <= att.cue.b;
          if (q.kind == StatementKind::kDirect || ends_quoted || (ends_sentence && !att.according))
            open_statement = out->size() - 1;
        }
      }
    }
    // "X said:" closing a paragraph introduces the next one.
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
          att.rate = 0.5f;
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
  FinishChains(out);
  // Statement text: the fragments joined by spaces; a fragment that is one
  // whole quote loses its marks (and a comma closing it before the
  // attribution), and the complementizer opening reported speech goes
  // ("said that the talks ..." → "the talks ..."; the span keeps it, as
  // PolNeAR marks it); nothing else: "<script>", "$5" and "(D-Wis.)" stay.
  auto quote_at = [&](uint32_t byte) -> int {
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), byte,
                               [](const QuoteSpan& q, uint32_t b) { return q.end <= b; });
    if (it != quotes_.end() && it->begin <= byte) return it - quotes_.begin();
    return -1;
  };
  for (Quote& q : *out) {
    q.text.clear();
    for (const Span& f : q.fragments) {
      std::string_view frag = text.substr(f.begin, f.end - f.begin);
      int qi = quote_at(f.begin);
      if (qi >= 0 && quotes_[qi].begin == f.begin && quotes_[qi].end >= f.end) {
        const QuoteSpan& qs = quotes_[qi];
        frag.remove_prefix(tokens_[qs.open_tok].end - tokens_[qs.open_tok].begin);
        if (qs.closed && qs.end == f.end) {
          frag.remove_suffix(tokens_[qs.close_tok].end - tokens_[qs.close_tok].begin);
          if (!frag.empty() && frag.back() == ',') frag.remove_suffix(1);
        }
      }
      while (!frag.empty() && (frag.front() == ' ' || frag.front() == '\n')) frag.remove_prefix(1);
      while (!frag.empty() && (frag.back() == ' ' || frag.back() == '\n')) frag.remove_suffix(1);
      if (q.text.empty()) {
        for (std::string_view that : {"that ", "что ", "що "})
          if (frag.size() > that.size() && frag.substr(0, that.size()) == that) frag.remove_prefix(that.size());
      }
      if (frag.empty()) continue;
      if (!q.text.empty()) q.text += ' ';
      q.text.append(frag);
    }
  }
}

// ---------------------------------------------------------------------------

QuoteExtractor::QuoteExtractor(QuoteOptions options)
    : impl_(std::make_unique<Impl>(options)) {}
QuoteExtractor::~QuoteExtractor() = default;
QuoteExtractor::QuoteExtractor(QuoteExtractor&&) noexcept = default;
QuoteExtractor& QuoteExtractor::operator=(QuoteExtractor&&) noexcept = default;

void QuoteExtractor::Extract(const Article& article, std::vector<Quote>* out) {
  impl_->Extract(article, out);
}

const QuoteOptions& QuoteExtractor::options() const { return impl_->options; }

}  // namespace qtrack
