// File: quotes/shape_rules.cc
//
// Attributions read from a sentence's shape rather than from a lexicon cue:
// "according to X", a quote after a colon, an opening quote and a verb the
// lexicon lacks, "as X put it", "X insisted that ...", "In a poll, ...".
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
// Attribution.

bool QuoteExtractor::Impl::TryAccording(Range s, int c, int cue_end, Attribution* a) {
  // "Как сказал в интервью РБК экономист X": Russian and Ukrainian put the
  // medium, date or addressee first (cyrillic_rules.cc).
  Range np = Cyrillic() ? RightNP(CyrillicTailBeforeSpeaker(cue_end, s.e, a), s.e, 12) : RightNP(cue_end, s.e, 10);
  if (np.empty()) return false;
  a->rule = kRuleAccording;
  a->speaker = np;
  a->according = true;
  int begin = c;
  // "по словам", "за словами", "как сообщает": the cue starts one word earlier.
  if (c > s.b && (LowerIs(c - 1, "по") || LowerIs(c - 1, "за") || LowerIs(c - 1, "на") || LowerIs(c - 1, "как") ||
                  LowerIs(c - 1, "як")))
    begin = c - 1;
  a->cue = Range{begin, cue_end};
  int first = s.b;
  while (first < begin && (Is(first, qi::kIntro) || tokens_[first].type == kDash)) ++first;
  Range content;
  if (first >= begin) {
    content = Range{np.e, s.e};  // According to X, content.
    // "According to Pat Ferguson, President of AMBO, work will begin": a
    // role in apposition (no verb in it) belongs to the source.
    if (np.e < s.e && tokens_[np.e].type == kComma) {
      int comma = np.e + 1;
      bool apposition = comma < s.e && IsWord(comma) && tokens_[comma].quote < 0;
      while (apposition && comma < s.e && tokens_[comma].type != kComma) {
        if (comma - np.e > 12 || tokens_[comma].quote >= 0 || tokens_[comma].type == kPeriod ||
            (IsWord(comma) && !IsCap(comma) && (Is(comma, qi::kAux) || VerbLike(comma) || tokens_[comma].cue)))
          apposition = false;
        ++comma;
      }
      // Its head names someone: "President of AMBO", "a lawyer for the
      // family"; not "more than 45 million people in the UK".
      if (apposition) {
        int head = comma - 1;
        for (int t = np.e + 1; t < comma; ++t)
          if (LowerIs(t, "of") || LowerIs(t, "at") || LowerIs(t, "for") || LowerIs(t, "in")) {
            head = t - 1;
            break;
          }
        char buf[32];
        apposition = head > np.e && IsWord(head) && !LowerIs(np.e + 1, "more") &&
                     (Is(head, qi::kRoleNoun | qi::kTitle) ||
                      (!IsCap(head) && qi::NounCanName(qi::Lower(StripPossessive(Tok(head)), buf, sizeof buf))));
      }
      if (apposition && comma + 1 < s.e && comma - np.e >= 2) {
        a->speaker = Range{np.b, comma + 1};
        content = Range{comma + 1, s.e};
      }
    }
  } else {
    content = Range{s.b, begin};  // Content, according to X.
  }
  content = TrimContent(content);
  if (content.empty()) return false;
  a->content[0] = content;
  a->n_content = 1;
  // `A, according to X, B`: an attribution interposed in the sentence it
  // reports; the content is both sides, and the source runs to the comma
  // ("members who spoke with reporters afterward").
  if (first < begin && tokens_[begin - 1].type == kComma) {
    int comma = np.e;
    while (comma < s.e && comma - np.e < 12 && tokens_[comma].type != kComma && tokens_[comma].type != kPeriod &&
           tokens_[comma].quote < 0)
      ++comma;
    if (comma < s.e && tokens_[comma].type == kComma) {
      Range rest = TrimContent(Range{comma + 1, s.e});
      int words = 0;
      for (int t = rest.b; t < rest.e; ++t) words += IsWord(t);
      if (words >= 2 && !(IsWord(rest.b) && (LowerIs(rest.b, "said") || LowerIs(rest.b, "says")))) {
        if (comma > np.e) a->speaker = Range{np.b, comma};
        a->content[a->n_content++] = rest;
      }
    }
  }
  return true;
}

// `a friend commented: "For you, ..."`: any verb before a colon that opens
// a quote is a cue, even one the lexicon lacks.
bool QuoteExtractor::Impl::TryColonQuote(Range s, int from, Attribution* a) {
  for (int c = std::max(from, s.b + 1); c + 2 < s.e; ++c) {
    if (tokens_[c + 1].type != kColon || !IsOpenQuote(c + 2) || tokens_[c].quote >= 0 || !IsWord(c) || IsCap(c))
      continue;
    std::string_view w = Tok(c);
    if (w.size() < 4 || (w.substr(w.size() - 2) != "ed" && w.back() != 's')) continue;
    Range np = LeftNP(s.b, c - 1);
    if (!SpeakerLike(np)) continue;
    const QuoteSpan& q = quotes_[tokens_[c + 2].quote];
    *a = Attribution{};
    a->speaker = np;
    a->cue = Range{c, c + 2};
    a->rule = kRuleColonQuote;
    a->rate = Rule(a->rule).prior;
    a->content[0] = Range{int(q.open_tok), int(q.close_tok) + 1};
    a->n_content = 1;
    return true;
  }
  return false;
}

// `Novak went even further: “If he runs, he loses.”`, `... - Ida Kovacs:
// “Turnout rose ...”`, `From the report: “...”`: a sentence with no cue
// whose last part is a quote right after a colon. The quote is the
// content; the source is the name just before the colon, else the
// sentence's subject, else unstated (train: most such quotes are gold
// statements; the verb before the colon is rarely in the lexicon). So is
// a quote of three words or more after a comma (`As Novak put it, “...”`,
// `he began by saying, “...”` where the cue found no subject): measured
// on train, 20 more matches for 25 more statements; dev 2 more for none.
bool QuoteExtractor::Impl::TryQuoteAfterColon(Range s, int from, Attribution* a) {
  bool quote_before = tokens_[std::max(from, s.b)].quote >= 0;
  for (int k = std::max(from, s.b) + 1; k + 1 < s.e; ++k) {
    // After a comma only with no quote before it: `“A,” she said, “B.”`
    // is a split quote.
    quote_before |= tokens_[k - 1].quote >= 0;
    bool comma = tokens_[k].type == kComma && IsWord(k - 1) && tokens_[k - 1].quote < 0 && !quote_before;
    if ((tokens_[k].type != kColon && !comma) || tokens_[k].quote >= 0 || !IsOpenQuote(k + 1)) continue;
    const QuoteSpan& q = quotes_[tokens_[k + 1].quote];
    if (q.single) return false;
    // The quote ends the sentence: only a period may follow it, or a
    // bracketed source tag (`“...” [Gazette.]`).
    int end = q.closed ? int(q.close_tok) + 1 : s.e;
    int t = end;
    if (t < s.e && tokens_[t].type == kOther && Tok(t) == "[") {
      while (t < s.e && t - end < 8 && Tok(t) != "]") ++t;
      if (t >= s.e || Tok(t) != "]") return false;
      ++t;
    }
    for (; t < s.e; ++t)
      if (tokens_[t].type != kPeriod) return false;
    int words = 0;
    for (int t = k + 2; t < end && words < 3; ++t) words += IsWord(t);
    if (words < (comma ? 3 : 2)) return false;
    *a = Attribution{};
    // The phrase before the colon names the source when nothing but a
    // dash, a comma or "from" stands before it (`More from Kovacs:`);
    // otherwise it is an object (`told Fox News:`) and the subject speaks.
    int b = std::max(from, s.b);
    Range np = LeftNP(b, k - 1);
    int before = np.b - 1;
    bool opens = before < b || tokens_[before].type == kDash || tokens_[before].type == kComma ||
                 LowerIs(before, "from");
    // A name or a determiner phrase, not a participle (`, adding:`).
    bool noun = !np.empty() && (Is(np.b, qi::kDeterminer) || IsCap(np.b));
    if (!comma && SpeakerLike(np) && opens && noun && np.e - np.b <= 6) {
      a->speaker = np;
    } else {
      // `As Novak put it, “...”`, `When the judge returned, Kovacs began
      // by saying, “...”`: a subordinate clause opening the sentence ends
      // at its comma (or is the clause with the source).
      int sb = b;
      if (IsWord(b) && (LowerIs(b, "as") || LowerIs(b, "when") || LowerIs(b, "while") || LowerIs(b, "after"))) {
        sb = b + 1;
        for (int t = b + 1; t + 1 < k; ++t)
          if (tokens_[t].type == kComma) { sb = t + 1; break; }
      }
      Range subj = SubjectNP(Range{sb, s.e}, k);
      // `Said Ida Novak, who ..., “...”`: an inverted cue is no part of it.
      while (!subj.empty() && tokens_[subj.b].cue) ++subj.b;
      if (SpeakerLike(subj)) {
        a->speaker = subj;
      } else {
        // `When he returned he began by saying, “...”`: the subject of the
        // last clause, a pronoun or a name right before a verb.
        for (int t = k - 2; t >= b && a->speaker.empty(); --t) {
          int v = t + 1;
          bool verb = IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
                      (Is(v, qi::kAux) || tokens_[v].cue || VerbLike(v)) && !Is(v, qi::kBoundary);
          if (!verb || !IsWord(t) || tokens_[t].quote >= 0) continue;
          if (Is(t, qi::kPersonPronoun) || LowerIs(t, "it")) {
            a->speaker = Range{t, v};
          } else if (IsCap(t) && !Is(t, qi::kIntro | qi::kPreposition | qi::kDeterminer | qi::kBoundary)) {
            int n = t;
            while (n > b && v - n < 4 && IsCap(n - 1)) --n;
            a->speaker = Range{n, v};
          }
        }
      }
    }
    a->cue = Range{k, k + 1};
    a->rule = kRuleQuoteAfterColon;
    a->rate = Rule(a->rule).prior;
    a->content[0] = Range{k + 1, end};
    a->n_content = 1;
    return true;
  }
  return false;
}

// `“This is fantastic!” beamed Ida Novak of Dayton, who ...`, `“...,” Kovacs
// shot back with a laugh.`: a sentence opening with a quote that closes on
// a comma, "?" or "!" and goes on with a name and then a lowercase word (a
// verb the lexicon lacks), or a verb and then a name. The quote is the
// content (train: such quotes are gold statements, their verbs a long tail).
bool QuoteExtractor::Impl::TryOpeningQuote(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  if (b >= s.e || !IsOpenQuote(b)) return false;
  const QuoteSpan& q = quotes_[tokens_[b].quote];
  int close = q.close_tok;
  if (!q.closed || q.single || close - 1 <= b || close + 2 >= s.e) return false;
  int k = close + 1;
  std::string_view end_mark = Tok(close - 1);
  bool open_end = tokens_[close - 1].type == kComma || end_mark == "?" || end_mark == "!" ||
                  tokens_[k].type == kComma;
  if (!open_end) return false;
  if (tokens_[k].type == kComma) ++k;
  if (k >= s.e || !IsWord(k) || tokens_[k].quote >= 0) return false;
  auto verb = [&](int v) {
    return v < s.e && IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
           !Is(v, qi::kPreposition | qi::kBoundary | qi::kDeterminer | qi::kThat | qi::kPronoun);
  };
  Range speaker;
  int v = -1;
  if ((IsCap(k) || Is(k, qi::kPersonPronoun | qi::kDeterminer)) && !Is(k, qi::kIntro | qi::kPreposition)) {
    speaker = SubjectNP(Range{k, s.e}, s.e);
    if (speaker.b != k || !SpeakerLike(speaker)) return false;
    v = speaker.e;
    // `Bill Novak, a delegate wearing a “Kovacs” pin, said`: an apposition
    // belongs to the mention.
    if (v < s.e && tokens_[v].type == kComma) {
      int m = v + 1;
      while (m < s.e && m - v < 20 && tokens_[m].type != kComma && tokens_[m].type != kPeriod) ++m;
      if (m >= s.e || tokens_[m].type != kComma) return false;
      speaker.e = m + 1;
      v = m + 1;
    }
    if (!verb(v)) return false;
  } else if (verb(k) && (VerbLike(k) || tokens_[k].cue)) {
    v = k;
    speaker = RightNP(k + 1, s.e, 8);
    if (speaker.empty() || !(IsCap(speaker.b) || Is(speaker.b, qi::kDeterminer)) || !SpeakerLike(speaker))
      return false;
  } else {
    return false;
  }
  *a = Attribution{};
  a->speaker = speaker;
  a->cue = Range{v, v + 1};
  a->rule = kRuleOpeningQuote;
  a->rate = Rule(a->rule).prior;
  a->content[0] = Range{b, close + 1};
  a->n_content = 1;
  // `“The way I see it,” she elaborated, “nobody ...”`: a split quote.
  if (int cont = ContinuationQuote(std::max(v, speaker.e), s.e); cont >= 0)
    a->content[a->n_content++] = Range{int(quotes_[cont].open_tok), int(quotes_[cont].close_tok) + 1};
  return true;
}

// `Trump openly admires Putin as a “strong leader,”`, `Japan branded North
// Korea an "outlaw nation."`: a sentence with no cue, whose subject is
// followed by a verb the lexicon lacks and then by words holding a quote.
// The subject is the speaker, the rest the content. Quotes that look like
// titles (“Fox News Sunday”) attribute nothing.
bool QuoteExtractor::Impl::TrySubjectVerbQuote(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  // Most sentences without a cue hold no quote: check that first.
  bool any_quote = false;
  for (int t = b; t < s.e && !any_quote; ++t) any_quote = tokens_[t].quote >= 0;
  if (!any_quote) return false;
  Range subj = SubjectNP(Range{b, s.e}, s.e);
  // The subject opens the sentence, or follows an introductory phrase and
  // its comma ("In recent weeks, Reid has gone after ...").
  bool opens = subj.b == b || (subj.b > b && tokens_[subj.b - 1].type == kComma &&
                               Is(b, qi::kPreposition | qi::kTimeWord | qi::kIntro));
  if (subj.empty() || !opens || !SpeakerLike(subj)) return false;
  bool named = false;
  // A name, not a sentence-initial "A few" or "The".
  for (int t = subj.b; t < subj.e; ++t)
    named |= (IsCap(t) && !Is(t, qi::kDeterminer | qi::kIntro)) ||
             Is(t, qi::kPersonPronoun | qi::kRoleNoun | qi::kOrganisation);
  if (!named) return false;
  int v = subj.e;
  // `Reid, in particular, has been ...`: a short aside set off by commas.
  if (v + 2 < s.e && tokens_[v].type == kComma) {
    int k = v + 1;
    while (k < s.e && k - v <= 4 && IsWord(k) && !IsCap(k) && tokens_[k].quote < 0) ++k;
    if (k > v + 1 && k < s.e && tokens_[k].type == kComma) v = k + 1;
  }
  const int verb_from = v;
  bool aux = false, be = false;
  while (v < s.e && v - verb_from < 4 && IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
         (Is(v, qi::kAux) || (Tok(v).size() > 4 && Tok(v).substr(Tok(v).size() - 2) == "ly"))) {
    aux |= Is(v, qi::kAux);
    be = LowerIs(v, "is") || LowerIs(v, "was") || LowerIs(v, "were") || LowerIs(v, "are") || LowerIs(v, "been") ||
         LowerIs(v, "being") || LowerIs(v, "be");
    ++v;
  }
  if (v >= s.e) return false;
  std::string_view w = Tok(v);
  bool ing = w.size() > 5 && w.substr(w.size() - 3) == "ing";
  bool verb = (VerbLike(v) && !(be && w.substr(w.size() - 2) == "ed")) ||  // "was investigated by": passive
              (aux && IsWord(v) && !IsCap(v) && Classes(v) == 0 && ing) ||
              // "has gone after Trump as a ...": an irregular participle.
              (aux && !be && (LowerIs(v, "gone") || IrregularPast(v)));
  if (!verb) return false;
  Range content = TrimContent(Range{v + 1, s.e});
  int quote = -1;
  for (int t = content.b; t < content.e && quote < 0; ++t)
    if (IsOpenQuote(t) && !quotes_[tokens_[t].quote].single) quote = t;
  if (quote < 0 || content.e - content.b < 2) return false;
  // `used one of her quotes as its headline: “...”`: the quote after a
  // colon is the content.
  if (tokens_[quote - 1].type == kColon) content.b = quote;
  // A title: every word of the quote capitalized.
  const QuoteSpan& q = quotes_[tokens_[quote].quote];
  bool title = true;
  for (uint32_t t = q.open_tok + 1; t < q.close_tok && title; ++t)
    title = !IsWord(t) || IsCap(t) || Tok(t).size() <= 3;
  if (title) return false;
  // `... as a "con artist" ― just as he did ...`: a dash after the quote
  // opens the writer's aside.
  if (q.closed)
    for (int t = q.close_tok + 1; t < content.e; ++t)
      if (tokens_[t].type == kDash && tokens_[t].quote < 0) {
        content = TrimContent(Range{content.b, t});
        break;
      }
  *a = WeakAttribution(kRuleSubjectVerbQuote, subj, Range{v, v + 1}, content);
  return true;
}

// `As a Homeland Security memo put it, the requirement is ...` and `...,
// as the memo put it.`: "as <source> put it" introduces or closes the
// source's words (a speech verb the lexicon cannot list: "put" alone is no
// cue). Opening the sentence, the content is the rest after the comma or
// colon; closing it, the clause before the comma.
bool QuoteExtractor::Impl::TryAsPutIt(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  for (int k = b + 2; k + 1 < s.e; ++k) {
    if (!LowerIs(k, "put") || !LowerIs(k + 1, "it") || tokens_[k].quote >= 0) continue;
    int as = k - 1;
    while (as > b && k - as < 9 && !LowerIs(as, "as")) --as;
    if (!LowerIs(as, "as") || tokens_[as].quote >= 0) return false;
    Range np = LeftNP(as + 1, k - 1);
    if (np.empty() || np.b != as + 1 || !SpeakerLike(np)) return false;
    Range content;
    int c = k + 2;
    int first = b;
    while (first < as && IsWord(first) && Is(first, qi::kIntro)) ++first;
    if (as == first && c < s.e && (tokens_[c].type == kComma || tokens_[c].type == kColon)) {
      content = TrimContent(Range{c + 1, s.e});
    } else if (as > b + 2 && (c >= s.e || tokens_[c].type == kPeriod) &&
               (tokens_[as - 1].type == kComma || IsCloseQuote(as - 1))) {
      int e = as - 1;
      int cb = b;
      for (int t = e - 1; t > b; --t)
        if (tokens_[t].type == kComma && tokens_[t].quote < 0) { cb = t + 1; break; }
      content = TrimContent(Range{cb, IsCloseQuote(e) ? e + 1 : e});
    } else {
      return false;
    }
    if (CountWords(content) < 2) return false;
    *a = WeakAttribution(kRuleAsPutIt, np, Range{k, k + 2}, content);
    a->weak = false;
    return true;
  }
  return false;
}

// `Officials insisted that the vote would go ahead`: a sentence with no
// cue, a subject that looks like a source (a name, a pronoun, a role
// noun), a verb-like word the lexicon lacks and "that". A weak
// attribution: the content is the rest of the sentence, "that" included.
bool QuoteExtractor::Impl::TryVerbThat(Range s, int from, Attribution* a) {
  for (int c = std::max(from, s.b + 1); c + 4 < s.e; ++c) {
    // The class test first: most tokens are not "that".
    if (!(Classes(c + 1) & qi::kThat) || !LowerIs(c + 1, "that") || tokens_[c + 1].quote >= 0 || !VerbLike(c) ||
        tokens_[c].cue)
      continue;
    int j = c - 1;
    while (j >= s.b && IsWord(j) && Is(j, qi::kAux) && !LowerIs(j, "who")) --j;
    Range np = LeftNP(s.b, j);
    if (!SpeakerLike(np)) continue;
    bool ok = false;
    for (int t = np.b; t < np.e && !ok; ++t) ok = IsCap(t) || Is(t, qi::kPronoun | qi::kRoleNoun);
    if (!ok) continue;
    Range content = TrimContent(Range{c + 1, s.e});
    int words = 0;
    for (int t = content.b; t < content.e; ++t) words += IsWord(t);
    if (words < 4) continue;
    *a = WeakAttribution(kRuleVerbThat, np, Range{c, c + 1}, content);
    return true;
  }
  return false;
}

// `In the latest poll, the senator leads by six points`: a sentence with no
// cue that opens with "In" and a poll, survey, study or report before its
// first comma. PolNeAR attributes the rest of the sentence to that source
// (cue "In"). A weak attribution.
bool QuoteExtractor::Impl::TryInSource(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  while (b < s.e && IsWord(b) && Is(b, qi::kIntro)) ++b;
  if (b + 4 >= s.e || !LowerIs(b, "in") || tokens_[b].quote >= 0) return false;
  int comma = b + 1;
  bool doc = false;
  while (comma < s.e && comma - b < 25 && tokens_[comma].type != kComma && tokens_[comma].quote < 0 &&
         tokens_[comma].type != kPeriod) {
    if (IsWord(comma) && (LowerIs(comma, "poll") || LowerIs(comma, "polls") || LowerIs(comma, "survey") ||
                          LowerIs(comma, "surveys") || LowerIs(comma, "study") || LowerIs(comma, "report") ||
                          LowerIs(comma, "analysis") || LowerIs(comma, "studies") || LowerIs(comma, "data") ||
                          LowerIs(comma, "count") || LowerIs(comma, "reports")))
      doc = true;
    ++comma;
  }
  if (!doc || comma >= s.e || tokens_[comma].type != kComma) return false;
  int speaker_end = comma;
  // "In the poll, conducted in early September, ...": a participle phrase
  // belongs to the source.
  if (comma + 1 < s.e && IsWord(comma + 1) && !IsCap(comma + 1) &&
      (EndsWith(Tok(comma + 1), "ed") || EndsWith(Tok(comma + 1), "ing"))) {
    int c2 = comma + 1;
    while (c2 < s.e && c2 - comma < 15 && tokens_[c2].type != kComma && tokens_[c2].quote < 0) ++c2;
    if (c2 < s.e && tokens_[c2].type == kComma) { speaker_end = c2 + 1; comma = c2; }
  }
  Range content = TrimContent(Range{comma + 1, s.e});
  int words = 0;
  for (int t = content.b; t < content.e; ++t) words += IsWord(t);
  if (words < 3) return false;
  *a = WeakAttribution(kRuleInSource, Range{b + 1, speaker_end}, Range{b, b + 1}, content);
  return true;
}

bool QuoteExtractor::Impl::TryClosingVerb(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  if (b >= s.e || !IsOpenQuote(b)) return false;
  const QuoteSpan& q = quotes_[tokens_[b].quote];
  if (!q.closed || q.single) return false;
  int k = q.close_tok + 1;
  if (k < s.e && tokens_[k].type == kComma) ++k;
  int end = ClosingVerbEnd(k, s.e);
  if (end < 0) return false;
  *a = Attribution{};
  int v;
  if (IsCap(k) || Is(k, qi::kPersonPronoun)) {
    v = k;
    while (!VerbLike(v)) ++v;
    a->speaker = Range{k, v};
  } else {
    v = k;
    a->speaker = Range{k + 1, end};
  }
  if (!SpeakerLike(a->speaker)) return false;
  a->cue = Range{v, v + 1};
  a->rule = kRuleClosingVerb;
  a->rate = Rule(a->rule).prior;
  a->content[0] = Range{int(q.open_tok), int(q.close_tok) + 1};
  a->n_content = 1;
  return true;
}

// "Trump's claim that there have been thousands of shootings": a noun cue,
// "that", the content to the sentence's end; the speaker is the possessive
// before the noun (kept with its "'s", as PolNeAR marks it), if any.
bool QuoteExtractor::Impl::TryNounCue(Range s, int c, Attribution* a) {
  if (c + 1 >= s.e || !Is(c + 1, qi::kThat)) return false;
  a->rule = kRuleNounCue;
  a->cue = Range{c, c + 1};
  int j = c - 1;
  if (j >= s.b && IsWord(j) && StripPossessive(Tok(j)) != Tok(j)) {
    Range np = LeftNP(s.b, j);
    if (!np.empty()) a->speaker = np;
  }
  Range content = TrimContent(Range{c + 2, s.e});
  int words = 0;
  for (int t = content.b; t < content.e; ++t) words += IsWord(t);
  if (words < 3) return false;
  a->content[0] = content;
  a->n_content = 1;
  return true;
}

}  // namespace qtrack
