// File: quotes/emit.cc
//
// A candidate attribution becomes a Quote: spans, kind, cue, the resolved
// speaker, conduit, addressee, date and confidence; multi-paragraph chains
// are completed.
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

void QuoteExtractor::Impl::Emit(const Attribution& a, std::vector<Quote>* out) {
  Quote q;
  bool any_quote = false, all_quoted = true;
  for (int i = 0; i < a.n_content; ++i) {
    Range r = a.content[i];
    if (r.empty()) continue;
    q.fragments.push_back(Span{tokens_[r.b].begin, tokens_[r.e - 1].end});
    bool whole = IsOpenQuote(r.b) && tokens_[r.b].quote == tokens_[r.e - 1].quote &&
                 (IsCloseQuote(r.e - 1) || !quotes_[tokens_[r.b].quote].closed);
    for (int t = r.b; t < r.e; ++t)
      if (tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single) any_quote = true;
    if (whole && quotes_[tokens_[r.b].quote].single) whole = false;
    all_quoted &= whole;
  }
  if (q.fragments.empty()) return;
  bool single_quoted = false;
  for (int i = 0; i < a.n_content; ++i)
    for (int t = a.content[i].b; t < a.content[i].e; ++t)
      if (tokens_[t].quote >= 0 && quotes_[tokens_[t].quote].single) single_quoted = true;
  q.kind = all_quoted ? StatementKind::kDirect
                      : (any_quote || single_quoted) ? StatementKind::kMixed : StatementKind::kIndirect;
  // «…, — говорит X, — …»: the quote the attribution interrupts is direct
  // speech, though neither fragment is a whole quote.
  if (a.rule == kRuleQuoteInterrupted) q.kind = StatementKind::kDirect;
  if (q.kind == StatementKind::kIndirect && !options.include_indirect) return;
  // Reported speech cut off after its cue ("promised not to…", a truncated
  // headline) leaves only "to" or "that": nothing was reported.
  if (q.kind == StatementKind::kIndirect) {
    bool has_word = false;
    for (int i = 0; i < a.n_content && !has_word; ++i)
      for (int t = a.content[i].b; t < a.content[i].e && !has_word; ++t)
        has_word = (IsWord(t) && !LowerIs(t, "to") && !LowerIs(t, "that")) || tokens_[t].type == kNumber;
    if (!has_word) return;
  }
  // "назвал свою фамилию": a Russian or Ukrainian label cue with no quote
  // names a thing, it reports no words (cyrillic_rules.cc).
  if (Cyrillic() && CyrillicLabelWithoutQuote(a, q)) return;
  Classify(a, &q);
  if (q.statement_class == StatementClass::kIntent && ProgressiveAim(a)) q.statement_class = StatementClass::kEvent;
  if (!a.cue.empty()) q.cue = Span{tokens_[a.cue.b].begin, tokens_[a.cue.e - 1].end};
  genitive_mention_ = Cyrillic() && CyrillicGenitiveSource(a);  // "по словам Пескова" (cyrillic_rules.cc)
  if (!a.speaker.empty()) {
    // One blamed or praised for words ("Hughes branded Mr Howard wrong
    // for claiming ...") is not who speaks next: a later "he said" is the
    // subject's.
    Resolve(a.speaker, a, &q);
    if (!a.subject.empty()) {
      const int subject = FindPersonBySurname(StripPossessive(Tok(a.subject.e - 1)));
      if (subject >= 0) last_speaker_person_ = subject;
    }
  }
  genitive_mention_ = false;
  if (!a.via.empty()) {
    int r = a.via.e;
    while (r > a.via.b && IsCap(r - 1) && !Is(r - 1, qi::kTitle | qi::kNationality | qi::kDeterminer)) --r;
    q.via = r < a.via.e ? RangeText(Range{r, a.via.e}) : RangeText(a.via);
    // "according to an advance text released", "whether they": a conduit
    // is named ("Reuters", "Mr Peston") or is a document ("reports",
    // "official figures"); anything else is no conduit.
    if (!Cyrillic() && !ConduitNamed(a.via)) q.via.clear();
  }
  if (!a.addressee.empty()) {
    int last = a.addressee.e - 1;
    if (Is(last, qi::kOutlet)) {
      q.via = RangeText(a.addressee);
    } else if (IsCap(last) || IsProgrammeNoun(last)) {
      int p = FindPersonBySurname(StripPossessive(Tok(last)));
      q.addressee = (a.addressee.e - a.addressee.b == 1 && p >= 0) ? persons_[p].name : RangeText(a.addressee);
    }
  }
  if (Cyrillic()) q.via = CyrillicOutletName(q.via);  // "Укрінформу" → "Укрінформ" (cyrillic_rules.cc)
  if (a.has_date) q.said_on = FormatDay(a.said_on);
  else if (has_article_day) q.said_on = FormatDay(article_day);
  float conf = a.rate;
  if (q.kind == StatementKind::kDirect) conf = 0.5f + 0.5f * conf;
  if (q.speaker.empty()) conf *= 0.7f;
  q.confidence = std::clamp<double>(conf, 0.0, 1.0);
  q.rule = Rule(a.rule).name;
  q.in_headline = headline_para_ >= 0 && ParagraphOfToken(a.n_content > 0 ? a.content[0].b : a.cue.b) == headline_para_;
  if (options.desk_view && !ShownToDesk(a, q)) q.hidden_from_desk = true;
  if (options.collect_features) {
    CollectingSink sink(&q.features);
    DecisionFeatures(a, q, &sink);
  }
  // The Russian and Ukrainian sentence forms keep their prior: the model
  // (fitted on English PolNeAR) never saw them, and no Russian or
  // Ukrainian training set exists to refit on.
  if (options.use_decision_model && HaveDecisionWeights() && !CyrillicSentenceRule(a.rule)) {
    ScoringSink sink;
    DecisionFeatures(a, q, &sink);
    q.confidence = sink.Probability();
  }
  if (q.confidence < options.min_confidence) return;
  out->push_back(std::move(q));
}

// Multi-paragraph quotes: a statement holding one piece of a chain gets all
// the pieces no other statement holds.
void QuoteExtractor::Impl::FinishChains(std::vector<Quote>* out) {
  quote_used_.assign(quotes_.size(), 0);
  auto quote_at = [&](uint32_t byte) -> int {
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), byte,
                               [](const QuoteSpan& q, uint32_t b) { return q.end <= b; });
    if (it != quotes_.end() && it->begin <= byte) return it - quotes_.begin();
    return -1;
  };
  // `"...," Moore said. "If indeed ...` + `"I have been ...," added Clyburn.`:
  // a quote opening a multi-paragraph chain was taken as the continuation
  // of the statement before it, but the chain's own attribution comes
  // later; the chain goes to the statement holding the chain's later quote
  // as its first fragment when that statement names another speaker.
  for (size_t i = 0; i < out->size(); ++i) {
    Quote& later = (*out)[i];
    if (later.fragments.empty()) continue;
    int first = quote_at(later.fragments[0].begin);
    if (first < 0 || quotes_[first].chain < 0) continue;
    for (size_t j = 0; j < i; ++j) {
      Quote& earlier = (*out)[j];
      // The same speaker going on keeps the chain (`"...," Sexton said. "...`
      // + `"...," he added.`).
      if (later.speaker.empty() || later.speaker == earlier.speaker) continue;
      for (size_t f = 1; f < earlier.fragments.size(); ++f) {
        int qi = quote_at(earlier.fragments[f].begin);
        if (qi < 0 || qi >= first || quotes_[qi].chain != quotes_[first].chain) continue;
        later.fragments.insert(later.fragments.begin(), earlier.fragments[f]);
        earlier.fragments.erase(earlier.fragments.begin() + f);
        --f;
      }
    }
  }
  for (Quote& q : *out)
    for (const Span& f : q.fragments) {
      int qi = quote_at(f.begin);
      if (qi >= 0) quote_used_[qi] = 1;
    }
  for (Quote& q : *out) {
    int chain = -1;
    for (const Span& f : q.fragments) {
      int qi = quote_at(f.begin);
      if (qi >= 0 && quotes_[qi].chain >= 0) chain = quotes_[qi].chain;
    }
    if (chain < 0) continue;
    for (size_t i = 0; i < quotes_.size(); ++i) {
      if (quotes_[i].chain != chain || quote_used_[i]) continue;
      quote_used_[i] = 1;
      q.fragments.push_back(Span{quotes_[i].begin, quotes_[i].end});
    }
    std::sort(q.fragments.begin(), q.fragments.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
  }
}

// Statement text: the fragments joined by spaces; a fragment that is one
// whole quote loses its marks (and a comma closing it before the
// attribution), and the complementizer opening reported speech goes
// ("said that the talks ..." → "the talks ..."; the span keeps it, as
// PolNeAR marks it); nothing else: "<script>", "$5" and "(D-Wis.)" stay.
void QuoteExtractor::Impl::FillStatementTexts(std::vector<Quote>* out) {
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
    } else if (qi >= 0 && quotes_[qi].closed && quotes_[qi].end == f.end) {
      // The second part of a quote an attribution interrupts.
      const QuoteSpan& qs = quotes_[qi];
      frag.remove_suffix(tokens_[qs.close_tok].end - tokens_[qs.close_tok].begin);
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
}  // namespace qtrack
