// File: quotes/attribute.cc
//
// All attributions of one sentence: the best cue, the fallbacks when there
// is none, nested statements, and the clauses searched again after one.
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

// Ends the content after `first`'s cue where the attribution `next` begins
// (its speaker, cue or content, whichever comes first after first's cue),
// dropping the commas and conjunctions before it; the rest is left to be
// searched again. False (nothing changed) when `next` does not lie inside
// that content or no words would be left.
bool QuoteExtractor::Impl::CutBefore(const Attribution& next, Attribution* first) {
  if (first->n_content == 0 || first->according) return false;
  Range& last = first->content[first->n_content - 1];
  if (last.b < first->cue.e) return false;
  int start = next.cue.b;
  for (int i = 0; i < next.n_content; ++i) start = std::min(start, next.content[i].b);
  if (!next.speaker.empty() && next.speaker.b >= last.b) start = std::min(start, next.speaker.b);
  if (start <= last.b) return false;
  // Content already cut before `next` (", citing ...") may leave only
  // punctuation and conjunctions between them.
  for (int t = last.e; t < start; ++t)
    if (IsWord(t) && !Is(t, qi::kBoundary) && !LowerIs(t, "then")) return false;  // "and then said"
  // Only where the first holds a quote: weak cues are right less often than
  // the speech cue after them, unless quoted words back them (measured on
  // train: 30% of the statements this added without the condition were
  // right).
  bool quoted = false;
  for (int t = last.b; t < start && t < last.e; ++t)
    quoted |= tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single;
  if (!quoted) return false;
  int e = std::min(start, last.e);
  while (e > last.b && (!IsWord(e - 1) || Is(e - 1, qi::kBoundary)) && tokens_[e - 1].quote < 0) --e;
  Range cut = TrimContent(Range{last.b, e});
  if (CountWords(cut) < 1) return false;
  last = cut;
  first->next_clause = start;
  return true;
}

// Ends the content of `outer` before the nested attribution `inner` found in
// it when only the inner content holds a double quote and a comma (and a
// subordinator: "although", "when", "to which") separates them. Returns
// whether it cut.
bool QuoteExtractor::Impl::CutBeforeQuotedNested(const Attribution& inner, Attribution* outer) {
  if (outer->n_content != 1) return false;
  Range& content = outer->content[0];
  int start = inner.cue.b;
  bool quoted = false;
  for (int i = 0; i < inner.n_content; ++i) {
    start = std::min(start, inner.content[i].b);
    for (int t = inner.content[i].b; t < inner.content[i].e; ++t)
      quoted |= tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single;
  }
  if (!inner.speaker.empty() && inner.speaker.b >= content.b) start = std::min(start, inner.speaker.b);
  if (!quoted || start <= content.b || start >= content.e) return false;
  for (int t = content.b; t < start; ++t)
    if (tokens_[t].quote >= 0) return false;
  int k = start - 1;
  while (k > content.b && IsWord(k) && (Is(k, qi::kBoundary) || LowerIs(k, "to"))) --k;
  if (k <= content.b || tokens_[k].type != kComma) return false;
  Range cut = TrimContent(Range{content.b, k});
  if (CountWords(cut) < 2) return false;
  content = cut;
  return true;
}

// Ends `first`'s content before a clause that starts at `b` after a comma,
// colon, semicolon or dash (`..., she replied: "..."`); the clause is left
// to be searched again. False (nothing changed) when `b` lies outside that
// content, opens a relative clause (", who said") or no words would be left.
bool QuoteExtractor::Impl::CutAtClause(int b, Attribution* first) {
  if (first->n_content == 0 || first->according) return false;
  Range& last = first->content[first->n_content - 1];
  if (last.b < first->cue.e || b <= last.b + 1 || b >= last.e) return false;
  if (tokens_[b].quote >= 0 || Is(b, qi::kBoundary)) return false;
  const Token& before = tokens_[b - 1];
  if (before.quote >= 0 || !(before.type == kComma || before.type == kColon || before.type == kSemicolon ||
                             before.type == kDash))
    return false;
  Range cut = TrimContent(Range{last.b, b - 1});
  if (CountWords(cut) < 2) return false;
  last = cut;
  first->next_clause = b;
  return true;
}

// The best attribution whose cue lies in [from, s.e): the first speech cue
// that yields a speaker and content, else the first weak one, else an
// "according to" one. An "according to X" next to a speech cue names the
// conduit instead ("Peskov said ..., according to TASS"). A `nested` search
// (inside another statement's content) skips the fallbacks that read the
// shape of a whole sentence (a quote after a colon or comma, an opening
// quote): inside a content they split the outer statement.
// Whether `np` is a description of someone opening in lower case, with
// "a"/"the" or a possessive ("the party's finance spokeswoman", "a
// prospective parliamentary candidate", "chief of BT's new unit"), whose
// head names a person, not a document ("a Holcim statement").
bool QuoteExtractor::Impl::DescriptionOfSomeone(Range np) {
  const int sb = np.b;
  if (np.empty() || !IsWord(sb)) return false;
  if (IsCap(sb) && !Is(sb, qi::kDeterminer) && StripPossessive(Tok(sb)) == Tok(sb)) return false;
  int head = np.e - 1;
  for (int t = sb + 1; t < np.e; ++t)
    if (LowerIs(t, "of")) { head = t - 1; break; }
  char buf[32];
  return IsWord(head) && (Is(head, qi::kRoleNoun | qi::kTitle) ||
                          qi::IsPersonNoun(qi::Lower(StripPossessive(Tok(head)), buf, sizeof buf)));
}

// The start of a name of two to four capitalised words ending right
// before token `end`, or -1.
int QuoteExtractor::Impl::NameEndingAt(int floor, int end) {
  int name = end;
  while (name > floor && IsWord(name - 1) && IsCap(name - 1) && tokens_[name - 1].quote < 0 &&
         !Is(name - 1, qi::kDeterminer | qi::kTitle | qi::kOrganisation | qi::kPronoun | qi::kPreposition |
                           qi::kIntro | qi::kBoundary | qi::kWeekday | qi::kMonth | qi::kTimeWord))
    --name;
  // "But Alain Terzian, ...": a word opening the sentence is no name's.
  while (name < end && IsWord(name) && Is(name, qi::kIntro | qi::kBoundary)) ++name;
  const int words = end - name;
  return words >= 2 && words <= 4 ? name : -1;
}

// "Taxes will rise, Jo Marsh, the party's finance spokeswoman said": the
// name closing the content is the speaker, in apposition to the
// description the cue found (its missing comma put the name in the
// content). "Katrina Bull, a prospective candidate said ...": the name
// opening the sentence is. Resolve reads "Jo Marsh, the ...
// spokeswoman" as the name and its role.
void QuoteExtractor::Impl::NameInAppositionSpeaks(Range s, Attribution* a) {
  if (a->speaker.empty() || a->n_content != 1) return;
  const int sb = a->speaker.b;
  if (sb - 1 <= s.b || tokens_[sb - 1].type != kComma || !DescriptionOfSomeone(a->speaker)) return;
  Range& content = a->content[0];
  if (content.e == sb - 1) {
    const int name = NameEndingAt(content.b, content.e);
    if (name < 0 || name - 1 <= content.b || tokens_[name - 1].type != kComma) return;
    a->speaker.b = name;
    content.e = name - 1;
    return;
  }
  if (content.b >= a->speaker.e) {
    const int name = NameEndingAt(s.b, sb - 1);
    if (name != s.b && !(name > s.b && tokens_[name - 1].type == kComma)) return;
    if (name >= 0) a->speaker.b = name;
  }
}

bool QuoteExtractor::Impl::FindAttribution(Range s, int from, Attribution* best, bool nested) {
  // The sentence-shape rules (quotes/internal/rules.h), tried in this order
  // when no cue attributed; the first that fires wins.
  static constexpr ShapeRule kShapeRules[] = {
      // gates: needs a quote, reads the whole sentence (not inside another
      // statement's content, where it would split it), weak.
      {kRuleColonQuote, true, false, false, &Impl::TryColonQuote},
      {kRuleClosingVerb, true, false, false, &Impl::TryClosingVerb},
      {kRuleAsPutIt, false, false, false, &Impl::TryAsPutIt},
      {kRuleQuoteAfterColon, true, true, false, &Impl::TryQuoteAfterColon},
      {kRuleOpeningQuote, true, true, false, &Impl::TryOpeningQuote},
      {kRuleVerbThat, false, false, true, &Impl::TryVerbThat},
      {kRuleSubjectVerbQuote, false, false, true, &Impl::TrySubjectVerbQuote},
      {kRuleInSource, false, false, true, &Impl::TryInSource},
  };
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  Attribution a, via;
  bool found = false, have_via = false, strong = false;
  for (int c = from; c < s.e; ++c) {
    const Token& t = tokens_[c];
    if (!t.cue || t.quote >= 0) continue;
    bool weak = t.cue->flags & qi::kCueWeak;
    if (weak && !options.include_weak_cues) continue;
    if (strong && !(t.cue->flags & qi::kCueAccording)) {
      // `Rubio said it was great to be home, a man yelled "Stay there!"`: a
      // later clause with a subject of its own and a speech cue ends the
      // first content there; the rest of the sentence is searched again.
      if (!weak && !(t.cue->flags & qi::kCueParticiple) && c > best->cue.e && TryCue(s, c, &a) && !a.according &&
          !a.speaker.empty() && a.speaker.b > best->cue.e && a.speaker.e <= c && CutAtClause(a.speaker.b, best))
        break;
      continue;
    }
    if (found && weak) continue;
    if (!TryCue(s, c, &a)) {
      if (debug) std::fprintf(stderr, "  cue %s: rejected\n", std::string(Tok(c)).c_str());
      continue;
    }
    if (a.according) {
      if (!have_via) { via = a; have_via = true; }
      continue;
    }
    if (debug) std::fprintf(stderr, "  cue %s: accepted\n", std::string(Tok(c)).c_str());
    // `Trump seems to enjoy ...`, `the bill is expected to pass`: raising
    // verbs and passives state no source; PolNeAR leaves the speaker empty
    // (train: 128 of 136 seem/appear cues, 69 of 69 "be expected").
    if (!a.speaker.empty()) {
      bool raising = LowerIs(c, "seem") || LowerIs(c, "seems") || LowerIs(c, "seemed") || LowerIs(c, "appear") ||
                     LowerIs(c, "appears") || LowerIs(c, "appeared");
      auto copula = [&](int t) {
        return t >= s.b && (LowerIs(t, "is") || LowerIs(t, "was") || LowerIs(t, "are") || LowerIs(t, "were") ||
                            LowerIs(t, "be") || LowerIs(t, "been") || LowerIs(t, "being"));
      };
      // "Souness is said to have been impressed", "Sony is thought to be
      // preparing", "he is expected to seek": hearsay about the subject,
      // whose source the sentence does not name.
      auto hearsay = [&](int t) {
        return t > s.b && (LowerIs(t, "said") || LowerIs(t, "thought") || LowerIs(t, "understood") ||
                           LowerIs(t, "believed") || LowerIs(t, "reported") || LowerIs(t, "rumoured") ||
                           LowerIs(t, "rumored") || LowerIs(t, "expected") || LowerIs(t, "alleged")) &&
               copula(t - 1);
      };
      // "who is usually noted for": an adverb may stand between.
      const bool copula_before = c > s.b && (copula(c - 1) || (c - 1 > s.b && IsWord(c - 1) && !IsCap(c - 1) &&
                                                                EndsWith(Tok(c - 1), "ly") && copula(c - 2)));
      bool passive = a.cue.b == c && (EndsWith(Tok(c), "ed") || LowerIs(c, "known") || LowerIs(c, "seen")) &&
                     copula_before;
      if (a.cue.b == c && c + 1 < s.e && LowerIs(c + 1, "to") && hearsay(c)) passive = true;
      if (a.cue.b > s.b + 1 && LowerIs(a.cue.b, "to") && hearsay(a.cue.b - 1)) passive = true;
      if (raising || passive) a.speaker = Range{};
    }
    NameInAppositionSpeaks(s, &a);
    // `the union called Clinton a "champion", citing her work`, `52 percent
    // agreed that ..., while 73 percent said ...`: a speech cue after the
    // weak one, inside its content, is an attribution of its own; the weak
    // one keeps the content before it and the rest is searched again.
    if (found && !strong && !weak && CutBefore(a, best)) break;
    *best = a;
    found = true;
    strong = !weak;
  }
  if (!found && !have_via) {
    // Most sentences without a cue hold no quote: the forms built on one
    // are not tried there.
    bool any_quote = false;
    for (int t = from; t < s.e && !any_quote; ++t) any_quote = tokens_[t].quote >= 0;
    for (const ShapeRule& rule : kShapeRules) {
      if ((rule.needs_quote && !any_quote) || (rule.whole_sentence && nested) ||
          (rule.weak && !options.include_weak_cues))
        continue;
      if ((this->*rule.try_rule)(s, from, best)) {
        found = true;
        break;
      }
    }
  }
  if (found && have_via) {
    best->via = via.speaker;
    // The according-to phrase is not part of the content.
    for (int i = 0; i < best->n_content; ++i) {
      Range& r = best->content[i];
      if (r.b < via.cue.b && r.e > via.cue.b) r.e = via.cue.b;
      if (r.b >= via.cue.b && r.b < via.speaker.e) r.b = via.speaker.e;
      r = TrimContent(r);
    }
  } else if (!found && have_via) {
    *best = via;
    found = true;
  }
  return found;
}

// Content after the cue may hold a nested attribution ("He said Obama
// hopes that ..."); PolNeAR annotates both.
void QuoteExtractor::Impl::AddNested(const Attribution& a, std::vector<Attribution>* found) {
  if (options.include_nested && !a.according && a.n_content == 1) {
    Range inner = a.content[0];
    Attribution n;
    if (inner.e - inner.b > 3 && FindAttribution(inner, inner.b, &n, /*nested=*/true) && n.n_content > 0 &&
        // A weak nested cue only with a prior of 0.35 or more and a
        // source: nested stance verbs (prior 0.3) were right less
        // often than not (measured on train).
        !n.according && (!n.weak || (n.rate >= 0.35f && !n.speaker.empty()))) {
      // PolNeAR marks one statement where the inner content is half
      // the outer or more (`Trump said that Clinton once described
      // the pact as "the gold standard"`): a second one only repeats
      // it. Measured on train: thresholds 0.4-0.8 of the outer's
      // tokens all beat keeping every nested statement; 0.5 is best.
      int inner_len = 0;
      for (int i = 0; i < n.n_content; ++i) inner_len += n.content[i].e - n.content[i].b;
      // `X said that ..., although he tweeted that he "rejects ..."`: a
      // nested statement after a comma holding the only quote ends the
      // outer content (found->back(), the copy of `a`); the two no longer
      // overlap.
      bool cut = CutBeforeQuotedNested(n, &found->back());
      if (cut || inner_len * 2 < inner.e - inner.b) {
        n.rate *= 0.8f;
        n.nested = true;
        found->push_back(n);
      }
    }
  }
}

// `is questioning the voting system, encouraging his supporters to make
// sure it is "on the up and up."`: a participle the lexicon lacks at `p`,
// after the comma ending `a`, whose clause up to `e` holds a quote and no
// cue, reports for the same speaker too. Adds it to `found` as a weak
// statement (after `a`'s nested ones with `nested`) and returns true; else
// false.
bool QuoteExtractor::Impl::UnknownParticiple(const Attribution& a, int p, int e, bool nested,
                                              std::vector<Attribution>* found) {
  if (p + 2 >= e || a.speaker.empty() || !options.include_weak_cues || !IsWord(p) || IsCap(p) || tokens_[p].cue ||
      tokens_[p].quote >= 0 || Tok(p).size() <= 4 || !EndsWith(Tok(p), "ing") || LowerIs(p, "including") ||
      LowerIs(p, "during"))
    return false;
  // `going on to say that ...`, `going on to list ...`: the verb after
  // "(on) to" belongs to the cue.
  int cue_end = p + 1;
  if (cue_end + 1 < e && LowerIs(cue_end, "on")) ++cue_end;
  if (cue_end + 1 < e && LowerIs(cue_end, "to") && IsWord(cue_end + 1) && !IsCap(cue_end + 1) &&
      tokens_[cue_end + 1].quote < 0)
    cue_end += 2;
  else
    cue_end = p + 1;
  bool quoted = false;
  for (int t = cue_end; t < e; ++t) {
    quoted |= IsOpenQuote(t) && !quotes_[tokens_[t].quote].single;
    if (tokens_[t].cue && tokens_[t].quote < 0) return false;
  }
  Range content = TrimContent(Range{cue_end, e});
  if (!quoted || content.empty()) return false;
  if (nested) AddNested(a, found);
  found->push_back(WeakAttribution(kRuleUnknownParticiple, a.speaker, Range{p, cue_end}, content));
  return true;
}

// All attributions of a sentence. A sentence may hold several:
//   `"We can't afford it," Trump said, adding, "NATO is costing us."`
//   `When Clinton noted that ... ― Trump boasted, "That makes me smart."`
// so after an attribution whose content precedes its cue the rest of the
// sentence is searched again, and a dash or semicolon followed by another
// speech cue ends a segment.
void QuoteExtractor::Impl::AttributeSentence(Range s, std::vector<Attribution>* found) {
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "sentence: [%s]\n ", RangeText(s).c_str());
    for (int i = s.b; i < s.e; ++i)
      std::fprintf(stderr, " %s/%d%s%s", std::string(Tok(i)).c_str(), int(tokens_[i].type),
                   tokens_[i].quote >= 0 ? "q" : "", tokens_[i].cue ? "C" : "");
    std::fprintf(stderr, "\n");
  }
  found->clear();
  // Russian and Ukrainian forms the rules below do not read, and a closing
  // conduit they should not (cyrillic_rules.cc).
  const Range whole = s;
  CyrillicSentence cyrillic;
  if (Cyrillic()) s = OpenCyrillicSentence(s, &cyrillic, found);
  int seg_b = AskedQuestionOpening(s, found);
  while (seg_b < s.e) {
    int seg_e = SegmentEnd(s, seg_b);
    AttributeSegment(Range{seg_b, seg_e}, found);
    seg_b = seg_e + 1;
  }
  if (options.include_weak_cues) WhenAskedQuestion(s, found);
  if (Cyrillic()) CloseCyrillicSentence(whole, s, cyrillic, found);
  EndContentsAtCoordinatedAttributions(found);
}

// "Critics say the treaty goes too far, but supporters say it works": the
// critics' content ends at the comma before "but supporters say"; the
// second attribution is a statement of its own. Reported speech inside
// reported speech ("X said that Y had said Z") has no such boundary and
// stays whole.
void QuoteExtractor::Impl::EndContentsAtCoordinatedAttributions(std::vector<Attribution>* found) {
  static constexpr std::string_view kCoordinators[] = {"but", "and", "while", "whereas", "although", "though"};
  for (Attribution& a : *found) {
    if (a.n_content == 0) continue;
    Range& last = a.content[a.n_content - 1];
    for (const Attribution& b : *found) {
      if (&a == &b || b.speaker.empty() || b.cue.empty()) continue;
      if (b.speaker.b <= last.b + 2 || b.cue.e > last.e || b.speaker.b > b.cue.b) continue;
      int boundary = -1;
      const int before = b.speaker.b - 1;
      if (tokens_[before].type == kSemicolon) boundary = before;
      else if (IsWord(before) && LowerIsAny(before, kCoordinators) && tokens_[before - 1].type == kComma)
        boundary = before - 1;
      if (boundary < 0 || tokens_[boundary].quote >= 0 || boundary - last.b < 3) continue;
      last.e = boundary;
    }
  }
}

// `Asked whether Clinton "has the integrity ...," 75 percent said ...`:
// the question is an attribution with no stated source; the main clause
// after the comma is searched as usual.
// Adds that attribution to `found` (with weak cues on) and returns where the
// rest of the sentence starts, else s.b.
int QuoteExtractor::Impl::AskedQuestionOpening(Range s, std::vector<Attribution>* found) {
  int seg_b = s.b;
  int k = s.b;
  while (k < s.e && IsWord(k) && (Is(k, qi::kIntro) || LowerIs(k, "when"))) ++k;
  auto question = [&](int t) {
    return LowerIs(t, "whether") || LowerIs(t, "if") || LowerIs(t, "what") || LowerIs(t, "who") ||
           LowerIs(t, "how") || LowerIs(t, "why") || LowerIs(t, "about");
  };
  if (k + 2 < s.e && LowerIs(k, "asked") && tokens_[k].quote < 0) {
    // "Asked on Fox News who ...", "Asked specifically what ...".
    int w = k + 1;
    while (w < s.e && w < k + 6 && IsWord(w) && tokens_[w].quote < 0 && !question(w)) ++w;
    if (w < s.e && question(w)) {
      int c = w + 1;
      while (c < s.e && !(tokens_[c].quote < 0 && tokens_[c].type == kComma)) {
        // `... president,"`: a comma inside the quote closing it counts.
        if (IsCloseQuote(c) && c > w && tokens_[c - 1].type == kComma) break;
        ++c;
      }
      if (c < s.e && c - w >= 3) {
        Attribution a;
        a.cue = Range{k, k + 1};
        a.rule = kRuleAskedQuestion;
        a.rate = Rule(a.rule).prior;
        a.weak = true;
        a.content[0] = Range{w, IsCloseQuote(c) ? c + 1 : c};
        a.n_content = 1;
        if (options.include_weak_cues) found->push_back(a);
        seg_b = c + 1;
      }
    }
  }
  return seg_b;
}

// Where the segment starting at seg_b ends: before "with"/"as" and a
// participle (`..., with the Kremlin saying ...`), or at a dash or
// semicolon after a speech cue when another speech cue follows; else s.e.
int QuoteExtractor::Impl::SegmentEnd(Range s, int seg_b) {
  int seg_e = s.e;
  bool cue_seen = false;
  for (int i = seg_b; i < s.e; ++i) {
    const Token& t = tokens_[i];
    if (t.quote >= 0) continue;
    if (t.cue && !(t.cue->flags & qi::kCueWeak)) cue_seen = true;
    // "..., with the Kremlin saying ...": a new attribution starts.
    // `called for ..., as well, saying ...`: "as well" is an adverb, no
    // clause of its own.
    if (i > seg_b && IsWord(i) && (LowerIs(i, "with") || LowerIs(i, "as")) &&
        !(i + 1 < s.e && LowerIs(i + 1, "well"))) {
      // `celebrated with supporters, declaring ...`: a comma before the
      // participle makes it the clause's own.
      bool participle = false;
      // Nor an "and" (`addressing her as “...” and telling her`).
      for (int k = i + 1; k < s.e && k < i + 6 && !participle && tokens_[k].type != kComma && !LowerIs(k, "and"); ++k)
        participle = tokens_[k].quote < 0 && tokens_[k].cue && (tokens_[k].cue->flags & qi::kCueParticiple);
      if (participle) { seg_e = i; break; }
    }
    // `saying that ... - and arguing that ...`: a participle after the
    // dash and "and" goes on with the same speaker.
    if ((t.type == kDash || t.type == kSemicolon) && cue_seen &&
        !(i + 2 < s.e && LowerIs(i + 1, "and") && tokens_[i + 2].cue &&
          (tokens_[i + 2].cue->flags & qi::kCueParticiple))) {
      bool later = false;
      for (int k = i + 1; k < s.e && !later; ++k)
        later = tokens_[k].quote < 0 && tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak);
      // A parenthetical dash pair ("― as was true ... ―") is skipped whole.
      if (later) { seg_e = i; break; }
    }
  }
  return seg_e;
}

// The attributions of one segment, searched again after each one found
// (at most four) where NextSearchAfter says.
void QuoteExtractor::Impl::AttributeSegment(Range seg, std::vector<Attribution>* found) {
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  int from = seg.b;
  inherited_speaker_ = Range{};
  for (int guard = 0; guard < 4 && from < seg.e; ++guard) {
    Attribution a;
    if (!FindAttribution(seg, from, &a) || a.n_content == 0) break;
    if (debug)
      std::fprintf(stderr, "  attribution: speaker [%s] cue [%s] content [%s]\n", RangeText(a.speaker).c_str(),
                   RangeText(a.cue).c_str(), RangeText(a.content[0]).c_str());
    // `Cruz urged voters to "vote your conscience" and said ...`: the
    // verb phrase before "and" may hold a statement of its own.
    if (options.include_weak_cues && a.cue.b - 1 > from && LowerIs(a.cue.b - 1, "and") && a.content[0].b >= a.cue.b &&
        (a.speaker.empty() || a.speaker.b < a.cue.b)) {
      Attribution first;
      if (TrySubjectVerbQuote(Range{from, a.cue.b - 1}, from, &first)) found->push_back(first);
    }
    found->push_back(a);
    if (!NextSearchAfter(a, &seg, &from, found)) break;
  }
}

// After `a`, found in `*seg` from `*from`: where the search goes on. Returns
// false when the segment is done; else true with *seg and *from moved on
// and inherited_speaker_ set for a participle or coordinated verb that
// continues the speaker. May add `a`'s nested and participle statements.
bool QuoteExtractor::Impl::NextSearchAfter(const Attribution& a, Range* seg_io, int* from_io,
                                           std::vector<Attribution>* found) {
  Range& seg = *seg_io;
  int& from = *from_io;
  // Content after the cue that stops before a participle (", saying",
  // or `“...,” adding` with the comma inside the quote): the participle
  // is attributed next, to the same speaker.
  if (!a.according && a.content[0].b >= a.cue.b && a.n_content == 1 && a.content[0].e + 1 < seg.e) {
    int e = a.content[0].e;
    int p = tokens_[e].type == kComma ? e + 1
            : (IsCloseQuote(e - 1) && tokens_[e - 2].type == kComma) ? e : -1;
    if (p >= 0 && tokens_[p].cue && (tokens_[p].cue->flags & qi::kCueParticiple)) {
      AddNested(a, found);
      inherited_speaker_ = a.speaker;
      from = p;
      seg = Range{from, seg.e};
      return true;
    }
    if (p >= 0 && UnknownParticiple(a, p, seg.e, /*nested=*/true, found)) return false;
  }
  // `Merrill says Machado promised ... and said she would ...`: the
  // content stopped before a second reporting verb of the same subject
  // (also after a comma: `..., but said, “...”`).
  {
    int e = a.content[a.n_content - 1].e;
    if (e + 2 < seg.e && tokens_[e].type == kComma && tokens_[e].quote < 0) ++e;
    int v = e + 1;
    if (v + 1 < seg.e && (IsAdverb(v) || LowerIs(v, "then"))) ++v;  // "and repeatedly says", "and then said"
    // A weak cue too when a quote follows it closely: `said ... and
    // called him a "moderate"` (not a verb and particle: `referred to
    // her "..."` is as often the writer's).
    auto quoted_after = [&](int v) {
      for (int t = v + 1; t < seg.e && t <= v + 5; ++t)
        if (IsOpenQuote(t)) return true;
      return false;
    };
    if (!a.according && a.content[0].b >= a.cue.b && v < seg.e &&
        (LowerIs(e, "and") || LowerIs(e, "but")) && tokens_[v].cue &&
        (!(tokens_[v].cue->flags & qi::kCueWeak) ||
         (!(tokens_[v].cue->flags & qi::kCueParticle) && quoted_after(v))) &&
        tokens_[v].quote < 0) {
      inherited_speaker_ = a.speaker;
      from = e + 1;
      seg = Range{e, seg.e};
      return true;
    }
  }
  // Content before the cue: what follows may be another attribution.
  if (a.according || a.content[0].b >= a.cue.b) {
    AddNested(a, found);
    // The content gave way to a clause of another subject: search it.
    if (a.next_clause >= 0 && a.next_clause < seg.e) {
      from = a.next_clause;
      seg = Range{from, seg.e};
      // `..., citing her work`: a participle there reports for the
      // same speaker.
      inherited_speaker_ = a.speaker;
      return true;
    }
    // `saying, "That makes me smart," when Clinton blasted him ...`: the
    // content ended at a quote; the clause after it is searched again.
    if (!a.according && a.n_content == 1 && IsCloseQuote(a.content[0].e - 1) && a.content[0].e + 2 < seg.e &&
        tokens_[a.content[0].e].type == kWord) {
      from = a.content[0].e;
      seg = Range{from, seg.e};
      inherited_speaker_ = Range{};
      return true;
    }
    // `emailed her condolences, addressing her as “...” and telling
    // her, “...”`, `saying that ... - and arguing that ...`: a later
    // participle after a comma or "and", with no other reporting verb
    // before it, reports for the same speaker.
    if (!a.according && !a.speaker.empty()) {
      int next = -1;
      int last = a.content[a.n_content - 1].e;
      for (int t = last + 1; t < seg.e && t < last + 25 && next < 0; ++t) {
        const Token& tk = tokens_[t];
        if (tk.quote >= 0) continue;
        if (tk.type == kPeriod || tk.type == kSemicolon) break;
        if (!tk.cue || (tk.cue->flags & qi::kCueWeak) || LowerIs(t, "according")) continue;
        if (!(tk.cue->flags & qi::kCueParticiple)) break;
        if (tokens_[t - 1].type == kComma || LowerIs(t - 1, "and")) next = t;
      }
      if (next >= 0) {
        from = next;
        seg = Range{from, seg.e};
        inherited_speaker_ = a.speaker;
        return true;
      }
    }
    return false;
  }
  int end = std::max({a.cue.e, a.speaker.e, a.via.e});
  for (int i = 0; i < a.n_content; ++i) end = std::max(end, a.content[i].e);
  // `"...," the board said, reasoning that he "did not ..."`.
  if (!a.according && end + 1 < seg.e && tokens_[end].type == kComma && tokens_[end].quote < 0 &&
      UnknownParticiple(a, end + 1, seg.e, /*nested=*/false, found))
    return false;
  inherited_speaker_ = a.speaker;
  from = end;
  seg = Range{end, seg.e};
  return true;
}

  // `..., Christie said when asked whether he would ...`: the question is
  // an attribution with no stated source.
void QuoteExtractor::Impl::WhenAskedQuestion(Range s, std::vector<Attribution>* found) {
  for (int k = s.b + 2; k + 3 < s.e; ++k) {
    if (!tokens_[k].cue || !LowerIs(k, "asked") || tokens_[k].quote >= 0 || !LowerIs(k - 1, "when")) continue;
    int w = k + 1;
    while (w < s.e && w < k + 6 && IsWord(w) && tokens_[w].quote < 0 &&
           !(LowerIs(w, "whether") || LowerIs(w, "if") || LowerIs(w, "what") || LowerIs(w, "who") ||
             LowerIs(w, "how") || LowerIs(w, "why") || LowerIs(w, "about")))
      ++w;
    if (w >= s.e || !IsWord(w) || w >= k + 6) continue;
    int c = w + 1;
    while (c < s.e && !(tokens_[c].quote < 0 && (tokens_[c].type == kComma || tokens_[c].type == kPeriod))) ++c;
    if (c - w < 3) continue;
    bool overlap = false;
    for (const Attribution& f : *found)
      for (int i = 0; i < f.n_content; ++i) overlap |= f.content[i].b < c && w < f.content[i].e;
    if (overlap) continue;
    Attribution a;
    a.cue = Range{k, k + 1};
    a.rule = kRuleWhenAsked;
    a.rate = Rule(a.rule).prior;
    a.weak = true;
    a.content[0] = Range{w, c};
    a.n_content = 1;
    found->push_back(a);
    break;
  }
}


}  // namespace qtrack
