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
  last_org_speaker_.clear();
  last_org_para_ = -100;
  Tokenize();
  ApplyCyrillicLanguage();  // Russian and Ukrainian readings (cyrillic_rules.cc)
  for (size_t p = 0; p < para_tokens_.size(); ++p)
    PairQuotes(para_tokens_[p], p + 1 < para_tokens_.size() ? para_tokens_[p + 1] : Range{});
  std::sort(quotes_.begin(), quotes_.end(),
            [](const QuoteSpan& x, const QuoteSpan& y) { return x.begin < y.begin; });
  ChainQuotes();
  FindPersons();
  headline_para_ = HeadlineParagraph();
  consumed_para_ = -1;
  // A direct statement that later quote-only sentences extend, also into
  // the next paragraph: `"...," he said.` + `"Right now, ..."`.
  int open_statement = -1;
  for (size_t p = 0; p < para_tokens_.size(); ++p) {
    if (int(p) == consumed_para_) continue;
    current_para_ = int(p);
    if (int(p) - last_speaker_para_ > 3) last_speaker_person_ = -1;
    if (SignedQuotedParagraph(p, out)) { open_statement = -1; continue; }
    if (ParagraphForms(para_tokens_[p], out)) { open_statement = -1; continue; }
    AttributeParagraphSentences(p, &open_statement, out);
    ColonIntroducedParagraph(p, out);
  }
  FinishChains(out);
  FillStatementTexts(out);
  DropNestedRepeats(out);
  if (options.desk_view)
    out->erase(std::remove_if(out->begin(), out->end(), [](const Quote& q) { return q.hidden_from_desk; }),
               out->end());
}

// "Peskov emphasized that relations ..., which he said are being rebuilt
// from the ground up": the inner "rebuilt from the ground up" is the same
// speaker repeating part of the outer statement. A statement whose span
// lies inside another's of the same speaker goes. O(n log n): sorted by
// start, a statement is inside an earlier-starting one exactly when the
// largest end among those reaches its end.
void QuoteExtractor::Impl::DropNestedRepeats(std::vector<Quote>* out) {
  if (out->size() < 2) return;
  std::vector<size_t> order(out->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto extent = [&](size_t i) { return (*out)[i].extent(); };
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Quote& a = (*out)[x];
    const Quote& b = (*out)[y];
    if (a.speaker != b.speaker) return a.speaker < b.speaker;
    if (extent(x).begin != extent(y).begin) return extent(x).begin < extent(y).begin;
    return extent(x).end > extent(y).end;  // the longer first
  });
  std::vector<char> drop(out->size());
  size_t group_start = 0;
  size_t max_end = 0;
  for (size_t k = 0; k < order.size(); ++k) {
    const Quote& q = (*out)[order[k]];
    if (k == 0 || q.speaker != (*out)[order[k - 1]].speaker) {
      group_start = k;
      max_end = 0;
    }
    Span x = extent(order[k]);
    if (!q.speaker.empty() && k > group_start && max_end >= x.end) drop[order[k]] = 1;
    max_end = std::max(max_end, x.end);
  }
  size_t w = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (w != i) (*out)[w] = std::move((*out)[i]);
    ++w;
  }
  out->resize(w);
}

// The article's title repeated as its first paragraph ("Abbas 'will not
// tolerate' attacks"): 0, else -1.
int QuoteExtractor::Impl::HeadlineParagraph() const {
  if (article->title.empty() || para_tokens_.empty() || para_tokens_[0].empty()) return -1;
  const Range& p = para_tokens_[0];
  std::string_view first = text.substr(tokens_[p.b].begin, tokens_[p.e - 1].end - tokens_[p.b].begin);
  std::string_view title = article->title;
  while (!title.empty() && (title.back() == ' ' || title.back() == '.')) title.remove_suffix(1);
  while (!first.empty() && first.back() == '.') first.remove_suffix(1);
  return first == title ? 0 : -1;
}

int QuoteExtractor::Impl::ParagraphOfToken(int t) const {
  auto it = std::upper_bound(para_tokens_.begin(), para_tokens_.end(), t,
                             [](int x, const Range& r) { return x < r.e; });
  return it == para_tokens_.end() ? -1 : int(it - para_tokens_.begin());
}

// The statements of paragraph p's sentences. `open_statement` is the index
// in `out` of a statement that a quote-only sentence goes on (`"...," he
// said. "Right now, ..."`), or -1; it is updated.
void QuoteExtractor::Impl::AttributeParagraphSentences(size_t p, int* open_statement_io, std::vector<Quote>* out) {
  int& open_statement = *open_statement_io;
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
        NoteOrganisationSpeaker(out->back());
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
