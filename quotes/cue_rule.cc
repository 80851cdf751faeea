// File: quotes/cue_rule.cc
//
// The attribution around one lexicon cue word, in steps:
//   TryCue                the cue's own gates ("according to", a noun cue,
//                         "having said", an infinitive, a gerund's object)
//   FindCueSpeaker        the speaker: left of the cue, inverted after it
//                         (`..., said Peskov`), or the clause's subject for
//                         a participle or a coordinated verb
//   CheckCueSpeaker       passives ("it was reported"), weak cues' nouns
//   ContentStartAfterCue  the addressee, a date or place tail, "that"
//   CueContent            the content before the attribution, or after it
//                         cut by kContentCuts where the writer's words or
//                         another statement begin
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "quotes/internal/extractor_impl.h"

namespace qtrack {

bool QuoteExtractor::Impl::TryCue(Range s, int c, Attribution* a) {
  const CueEntry& cue = *tokens_[c].cue;
  *a = Attribution{};
  a->rate = cue.rate;
  a->weak = cue.flags & qi::kCueWeak;
  int cue_end = c + 1;
  if (cue.flags & qi::kCueAccording) {
    if (LowerIs(c, "according")) {
      if (c + 1 >= s.e || !LowerIs(c + 1, "to")) return false;
      cue_end = c + 2;
    } else if (Cyrillic() && CyrillicPossessiveSource(s, c, a)) {  // "по его словам" (cyrillic_rules.cc)
      return true;
    } else if (!(c > s.b && (LowerIs(c - 1, "по") || LowerIs(c - 1, "за") ||
                             LowerIs(c - 1, "на")))) {  // "по словам", "за даними", "на думку"
      return false;
    }
    return TryAccording(s, c, cue_end, a);
  }
  if (cue.flags & qi::kCueNoun) return TryNounCue(s, c, a);
  // "Как сообщает ТАСС, ..." / "як повідомляє ...": an according-to form.
  if (c > s.b && (LowerIs(c - 1, "как") || LowerIs(c - 1, "як"))) {
    return TryAccording(s, c, cue_end, a);
  }
  // "Having said that", "what Liz Wahl said": no attribution.
  if (c > s.b && LowerIs(c - 1, "having")) return false;
  // Verbal cue preceded by "to" is an infinitive: `plans to endorse the
  // mayor`, `refused to say whether ...`; PolNeAR attributes it to the
  // clause's subject. After a capitalized word or a quote "to" is no
  // infinitive marker ("Trump to say").
  bool to_inf = false;
  if (c > s.b && LowerIs(c - 1, "to")) {
    if (c - 1 <= s.b || !IsWord(c - 2) || IsCap(c - 2) || tokens_[c - 2].quote >= 0) return false;
    to_inf = true;
  }
  if (c > s.b && Is(c - 1, qi::kDeterminer)) return false;
  // `began taking calls from listeners`, `kept making claims`: after a
  // verb and a gerund a cue word in -s is its object, a plural noun
  // ("Exit polling shows" is a noun subject).
  if (c > s.b && IsWord(c - 1) && !IsCap(c - 1) && tokens_[c - 1].quote < 0 && Classes(c - 1) == 0 &&
      !tokens_[c - 1].cue && Tok(c - 1).size() > 5 && EndsWith(Tok(c - 1), "ing") && EndsWith(Tok(c), "s") &&
      c - 2 >= s.b && (Is(c - 2, qi::kAux) || VerbLike(c - 2) || IrregularPast(c - 2)))
    return false;
  // "Moscow rejects Trump's calls for a ceasefire": after a possessive a
  // cue word is a noun, and only a noun cue ("Trump's claim that") reports.
  if (c > s.b && IsWord(c - 1) && StripPossessive(Tok(c - 1)) != Tok(c - 1)) return false;
  if (cue.flags & qi::kCueParticle) cue_end = c + 2;
  a->cue = Range{c, cue_end};
  CueScan scan;
  scan.s = s;
  scan.c = c;
  scan.cue_end = cue_end;
  scan.cue = &cue;
  scan.to_inf = to_inf;
  for (auto step : {&Impl::FindCueSpeaker, &Impl::CheckCueSpeaker}) {
    switch ((this->*step)(&scan, a)) {
      case SpeakerStep::kNone: return false;
      case SpeakerStep::kAttributed: return true;
      case SpeakerStep::kFound: break;
    }
  }
  if (Cyrillic()) CyrillicSpeakerSurroundings(scan, a);  // "14 апреля Песков в интервью ТАСС заявил"
  return CueContent(scan, ContentStartAfterCue(scan, a), a);
}

// The phrase left of the cue, past auxiliaries, adverbs and time words,
// with an apposition or an aside between dashes; may not look like a
// speaker (FindCueSpeaker decides).
Range QuoteExtractor::Impl::SpeakerLeftOfCue(Range s, int c) {
  int j = c - 1;
  auto adverb = [&](int t) {
    std::string_view w = Tok(t);
    if (w.size() > 3 && (w.substr(w.size() - 3) == "n't" || w.substr(w.size() - 5 < w.size() ? w.size() - 5 : 0) == "n\xE2\x80\x99t"))
      return true;  // "isn't saying"
    return !IsCap(t) && w.size() > 4 && w.substr(w.size() - 2) == "ly";
  };
  // Skip auxiliaries, adverbs and time expressions between speaker and cue:
  // "who in 2010 said", "Peskov on Monday said", "Clinton now says".
  for (;;) {
    if (j < s.b) break;
    // "Theresa May said": a capitalised "May" after a name is the name.
    const bool surname = (LowerIs(j, "may") && IsCap(j) && j - 1 >= s.b && IsWord(j - 1) && IsCap(j - 1)) ||
                         MaySurname(j);
    if (IsWord(j) && (Is(j, qi::kAux) || adverb(j)) && !LowerIs(j, "who") && !surname) { --j; continue; }
    bool time = (IsWord(j) && Is(j, qi::kTimeWord | qi::kWeekday | qi::kMonth)) ||
                (tokens_[j].type == kNumber && Tok(j).size() <= 4);
    if (time && j - 1 > s.b && (LowerIs(j - 1, "in") || LowerIs(j - 1, "on") || LowerIs(j - 1, "last") ||
                                (IsWord(j - 1) && Is(j - 1, qi::kMonth)))) {
      j -= 2;
      if (j >= s.b && IsWord(j) && Is(j, qi::kMonth)) --j;  // "on April 14": "on" left
      if (j >= s.b && LowerIs(j, "on")) --j;
      continue;
    }
    break;
  }
  Range left = LeftNP(s.b, j);
  if (j >= s.b && tokens_[j].type == kComma) {
    Range app = Apposition(s, j);
    if (!app.empty()) left = app;
  }
  // `Jason Novak — a teacher from Dayton — says ...`: an aside between
  // dashes belongs to the mention.
  // (Not before a passive: `Oz — a TV doctor — has been called ...`.)
  bool passive = c - 1 > j && (LowerIs(c - 1, "been") || LowerIs(c - 1, "was") || LowerIs(c - 1, "is") ||
                               LowerIs(c - 1, "were") || LowerIs(c - 1, "are") || LowerIs(c - 1, "be"));
  if (j > s.b && tokens_[j].type == kDash && !passive) {
    int o = j - 1;
    while (o > s.b && j - o < 25 && tokens_[o].type != kDash && tokens_[o].type != kPeriod) --o;
    if (o > s.b && o < j - 1 && tokens_[o].type == kDash && IsWord(o - 1)) {
      Range np = LeftNP(s.b, o - 1);
      int before = np.b - 1;
      if (SpeakerLike(np) && (before < s.b || tokens_[before].type == kComma || IsCloseQuote(before)))
        left = Range{np.b, j + 1};
    }
  }
  // Russian and Ukrainian: a date or a word of the clause before the role
  // and name is no part of the mention (cyrillic_rules.cc).
  if (Cyrillic()) left = CyrillicSpeakerLeftOfCue(s, c, j, left);
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  if (debug) std::fprintf(stderr, "    left NP [%s]\n", RangeText(left).c_str());
  return left;
}

QuoteExtractor::Impl::SpeakerStep QuoteExtractor::Impl::FindCueSpeaker(CueScan* scan, Attribution* a) {
  const Range s = scan->s;
  const int c = scan->c;
  const CueEntry& cue = *scan->cue;
  int& cue_end = scan->cue_end;
  const bool to_inf = scan->to_inf;
  bool& inverted = scan->inverted;
  bool& cue_first = scan->cue_first;
  bool& participle = scan->participle;
  Range& speaker = scan->speaker;
  Range left = SpeakerLeftOfCue(s, c);
  // `In a Bloomberg interview Trump declared "..."`: an introductory phrase
  // without its comma; the name closing it is the speaker.
  if (!left.empty() && !SpeakerLike(left) && IsWord(left.b) && Is(left.b, qi::kPreposition) && IsCap(left.e - 1)) {
    int b = left.e - 1;
    while (b > left.b && left.e - b < 4 && IsCap(b - 1)) --b;
    Range name{b, left.e};
    // `in the Black Sea agreed upon`: a name inside the phrase is no speaker.
    if (b > left.b + 1 && !IsCap(b - 1) && !Is(b - 1, qi::kDeterminer | qi::kPreposition) && SpeakerLike(name))
      left = name;
  }
  if (SpeakerLike(left)) {
    speaker = left;
  } else {
    // `..., said Peskov.` / `«...», — заявил Песков.`
    int prev = c - 1;
    bool after_break = prev >= s.b && (tokens_[prev].type == kComma || tokens_[prev].type == kDash ||
                                       IsCloseQuote(prev));
    // Russian and Ukrainian put the addressee, a date or the outlet before
    // the inverted speaker ("— заявил журналистам Песков"): cyrillic_rules.cc.
    Range right = Cyrillic() ? RightNP(CyrillicTailBeforeSpeaker(cue_end, s.e, a), s.e, 12) : RightNP(cue_end, s.e, 8);
    // `Said Ellis: "..."` opening a sentence: the cue comes first, the name
    // and a colon or comma before the quote.
    if (c == s.b && IsCap(c) && !(cue.flags & (qi::kCueWeak | qi::kCueParticiple)) && !right.empty() &&
        right.e + 1 < s.e && (tokens_[right.e].type == kColon || tokens_[right.e].type == kComma) &&
        IsOpenQuote(right.e + 1))
      after_break = cue_first = true;
    // `"...," said one New Hampshire Democrat.`: after a quote any noun
    // phrase may follow the cue.
    bool after_quote = prev >= s.b && (IsCloseQuote(prev) || (tokens_[prev].type == kComma && prev > s.b &&
                                                              IsCloseQuote(prev - 1)));
    // The speaker after the cue ends the clause: `said the videos show ...`
    // is a complement clause's subject, not an inverted speaker.
    bool right_ends = !right.empty() && (right.e >= s.e || !IsWord(right.e) || tokens_[right.e].quote >= 0 ||
                                         Is(right.e, qi::kPreposition | qi::kTimeWord | qi::kBoundary | qi::kThat));
    // "«…», — сказал Песков журналистам": in Russian and Ukrainian the
    // words after the inverted speaker are a tail (CyrillicTailAfterSpeaker).
    if (Cyrillic() && !right.empty() && after_break) right_ends = true;
    // `..., said one GOP source in the room.`: a quantifier opens the phrase.
    bool quantifier = !right.empty() && IsQuantifier(right.b);
    if (after_break && right_ends && !(cue.flags & qi::kCueParticiple) && SpeakerLike(right) &&
        !Is(right.b, qi::kThat) &&
        (IsCap(right.b) || quantifier || tokens_[right.b].type == kNumber ||
         Is(right.b, qi::kDeterminer | qi::kPronoun | qi::kTitle) ||
         (after_quote && IsWord(right.b) && !Is(right.b, qi::kPreposition | qi::kBoundary | qi::kAux | qi::kTimeWord)) ||
         (Cyrillic() && CyrillicSpeakerAfterCue(c, right)))) {
      // `said Douglas Holtz-Eakin, an economist who ...`: the apposition
      // belongs to the speaker mention.
      auto ing = [&](int t) {
        std::string_view w = Tok(t);
        return IsWord(t) && w.size() > 4 && w.substr(w.size() - 3) == "ing";
      };
      // (Not in Russian and Ukrainian, where a comma after the speaker
      // goes on with the sentence the cue interrupts: CueContent.)
      if (!Cyrillic() && right.e + 1 < s.e && tokens_[right.e].type == kComma && IsWord(right.e + 1) && !ing(right.e + 1) &&
          (Is(right.e + 1, qi::kDeterminer | qi::kRoleNoun | qi::kTitle) || !IsCap(right.e + 1))) {
        int k = right.e + 1;
        while (k < s.e && tokens_[k].quote < 0 &&
               (tokens_[k].type != kPeriod ||
                ((tokens_[k].flags & kAdjacentPrev) && IsWord(k - 1) &&
                 (Is(k - 1, qi::kAbbreviation | qi::kTitle) || (Tok(k - 1).size() == 1 && IsCap(k - 1))))))
          ++k;
        Range ext = TrimContent(Range{right.b, k});
        if (ext.e > right.e) right.e = ext.e;
      }
      speaker = right;
      inverted = true;
      a->rule = kRuleCueInverted;
      cue_end = right.e;
    } else if (int conj = prev >= s.b && (IsAdverb(prev) || LowerIs(prev, "then")) ? prev - 1 : prev;  // "and repeatedly says"
               !inherited_speaker_.empty() &&
               ((cue.flags & qi::kCueParticiple) || (conj >= s.b && (LowerIs(conj, "and") || LowerIs(conj, "but"))))) {
      // `..., saying ...` and `... and said ...` continue the speaker.
      speaker = inherited_speaker_;
      participle = true;
      a->rule = kRuleCueContinued;
    } else if (to_inf) {
      // `The talks come as Moscow continues to reject ...`: the subject of
      // the verb governing "to" when a noun phrase stands right before it,
      // else the sentence's subject.
      int v = c - 2;  // the governing verb, before a particle ("went on to say")
      if (v > s.b && (LowerIs(v, "on") || LowerIs(v, "up") || LowerIs(v, "out") || LowerIs(v, "ahead"))) --v;
      bool verb = v >= s.b && IsWord(v) && !IsCap(v) && (VerbLike(v) || IrregularPast(v) || tokens_[v].cue);
      int j = v - 1;
      while (j >= s.b && IsWord(j) && (Is(j, qi::kAux) || IsAdverb(j)) && !Is(j, qi::kBoundary)) --j;
      Range subj = verb && j >= s.b ? LeftNP(s.b, j) : Range{};
      if (subj.empty() || !SpeakerLike(subj)) subj = SubjectNP(s, c - 1);
      if (!SpeakerLike(subj)) return SpeakerStep::kNone;
      speaker = subj;
      participle = true;
      a->cue = Range{c - 1, cue_end};
      a->rule = kRuleCueInfinitive;
    } else if (Range first = VerbAndCueSubject(s, prev); !first.empty()) {
      // `I laughed and said, "..."`: the subject of the first verb.
      speaker = first;
      participle = true;
      a->rule = kRuleCueCoordinated;
    } else if (int end = (cue.flags & qi::kCueParticiple) ? OpeningParticipleEnd(s, c, cue_end, &speaker) : -1;
               end >= 0) {
      a->speaker = speaker;
      a->rule = kRuleCueOpeningParticiple;
      a->content[0] = TrimContent(Range{cue_end, end});
      a->n_content = 1;
      a->next_clause = speaker.b;
      return a->content[0].empty() ? SpeakerStep::kNone : SpeakerStep::kAttributed;
    } else if ((cue.flags & (qi::kCueParticiple | qi::kCueSpeech)) && prev >= s.b &&
               (tokens_[prev].type == kComma || LowerIs(prev, "and") ||
                // `trashed him on “Morning Joe,” calling it ...`: the comma
                // inside the closing quote.
                ((cue.flags & qi::kCueParticiple) && IsCloseQuote(prev) && prev > s.b &&
                 tokens_[prev - 1].type == kComma) ||
                // `began by saying he would ...`, `aside from saying ...`
                ((cue.flags & qi::kCueParticiple) && IsWord(prev) && tokens_[prev].quote < 0 &&
                 (LowerIs(prev, "by") || LowerIs(prev, "for") || LowerIs(prev, "from") || LowerIs(prev, "after") ||
                  LowerIs(prev, "before") || LowerIs(prev, "while") || LowerIs(prev, "without"))))) {
      Range subj = SubjectNP(s, c);
      if (!SpeakerLike(subj)) return SpeakerStep::kNone;
      // `Hughes branded Mr Howard "arrogant" for claiming ...`, `accused
      // Labour of saying ...`: the one praised or blamed for the words is
      // the verb's object, not its subject.
      if (IsWord(prev) && (LowerIs(prev, "for") || LowerIs(prev, "of")) && subj.e < prev) {
        int v = subj.e;
        while (v < prev && !(IsWord(v) && !IsCap(v) && tokens_[v].quote < 0)) ++v;
        // The object: a name, or a short noun phrase ("the mayor").
        const int o = v + 1;
        int oe = o;
        while (oe < prev && IsWord(oe) && tokens_[oe].quote < 0 && oe - o < 5 && !Is(oe, qi::kPreposition)) ++oe;
        const Range object{o, oe};
        if (v >= prev || object.empty() || !SpeakerLike(object)) return SpeakerStep::kNone;
        a->subject = subj;
        subj = object;
      }
      // `Novak, eager to ..., attacked`, `the ad, titled "..."`: right after
      // the subject's comma, a cue that is no participle and no strong past
      // tense ("said") opens an aside, not a verb phrase.
      if (subj.e == prev && !(cue.flags & qi::kCueParticiple) &&
          ((cue.flags & qi::kCueWeak) || !(IrregularPast(c) || EndsWith(Tok(c), "ed"))))
        return SpeakerStep::kNone;
      // `Ida Kovacs (D), the mayor's rival, called ..., saying ...`: an
      // apposition after the subject belongs to the mention.
      // Only a noun phrase ("the ...", "Novak's ...", a role), not an aside
      // ("meanwhile", "in an interview", "22, of Flint"), and a verb after it.
      if (subj.e + 1 < c && tokens_[subj.e].type == kComma && IsWord(subj.e + 1) &&
          (Is(subj.e + 1, qi::kDeterminer | qi::kRoleNoun | qi::kTitle) ||
           StripPossessive(Tok(subj.e + 1)) != Tok(subj.e + 1))) {
        int k = subj.e + 1;
        while (k < c && k - subj.e < 30 && tokens_[k].type != kComma && tokens_[k].quote < 0) ++k;
        if (k < c && tokens_[k].type == kComma) {
          Range app = Apposition(s, k);
          if (app.b == subj.b && app.e == k + 1 && IsWord(k + 1) && !IsCap(k + 1)) subj = app;
        }
      }
      speaker = subj;
      participle = true;
      a->rule = kRuleCueParticipleSubject;
    } else {
      return SpeakerStep::kNone;
    }
  }
  return SpeakerStep::kFound;
}

QuoteExtractor::Impl::SpeakerStep QuoteExtractor::Impl::CheckCueSpeaker(CueScan* scan, Attribution* a) {
  const Range s = scan->s;
  const int c = scan->c;
  const CueEntry& cue = *scan->cue;
  const int cue_end = scan->cue_end;
  const bool inverted = scan->inverted, participle = scan->participle;
  const Range speaker = scan->speaker;
  // "It was reported that ...": a passive names no source.
  if (speaker.e - speaker.b == 1 && LowerIs(speaker.b, "it") && c - 1 > speaker.b &&
      (LowerIs(c - 1, "was") || LowerIs(c - 1, "is") || LowerIs(c - 1, "been") || LowerIs(c - 1, "being")) &&
      Tok(c).size() > 3 && Tok(c).substr(Tok(c).size() - 2) == "ed") {
    a->cue = Range{c - 1, cue_end};
    a->rule = kRuleCuePassiveIt;
    int k = SkipTail(c + 1, s.e, a);
    while (k < s.e && (tokens_[k].type == kComma || tokens_[k].type == kColon)) ++k;
    Range content = TrimContent(Range{k, s.e});
    if (content.empty()) return SpeakerStep::kNone;
    a->content[0] = content;
    a->n_content = 1;
    return SpeakerStep::kAttributed;
  }
  a->speaker = speaker;
  // Weak cues ("show", "called", "seems") also make nouns: "a stream called
  // Miracle Run", "the TV show". Their speaker must look like one: a name,
  // a pronoun, a role noun or a plural ("polls show").
  if ((cue.flags & qi::kCueWeak) && !participle && !inverted) {
    bool ok = false;
    for (int t = speaker.b; t < speaker.e && !ok; ++t)
      ok = IsCap(t) || Is(t, qi::kPronoun | qi::kRoleNoun);
    std::string_view last = Tok(speaker.e - 1);
    if (!ok && IsWord(speaker.e - 1) && last.size() > 3 && last.back() == 's') ok = true;
    // Poll findings: "Six in 10 say", "64 percent believe", "most think".
    if (!ok && (tokens_[speaker.e - 1].type == kNumber || LowerIs(speaker.e - 1, "percent") ||
                LowerIs(speaker.e - 1, "most") || LowerIs(speaker.e - 1, "half") ||
                LowerIs(speaker.e - 1, "majority") || LowerIs(speaker.e - 1, "many") ||
                LowerIs(speaker.e - 1, "both") || LowerIs(speaker.e - 1, "some") ||
                LowerIs(speaker.e - 1, "others") || LowerIs(speaker.e - 1, "public")))
      ok = true;
    if (LowerIs(c, "show") && IsWord(speaker.e - 1) && last.back() != 's') ok = false;  // "TV show"
    if (!ok) return SpeakerStep::kNone;
  }

  // "endorsed by dozens of papers": a passive participle names its agent
  // after "by"; the words after it are no content.
  // `responded by citing ...`: "by" and a gerund is the manner of an
  // active verb, not a passive's agent.
  if (!inverted && !participle && c + 1 < s.e && LowerIs(c + 1, "by") && Tok(c).size() > 3 &&
      Tok(c).substr(Tok(c).size() - 2) == "ed" &&
      !(c + 2 < s.e && IsWord(c + 2) && !IsCap(c + 2) && EndsWith(Tok(c + 2), "ing")))
    return SpeakerStep::kNone;
  return SpeakerStep::kFound;
}

// Where the content after the cue starts: past an addressee ("told
// reporters"), a date or place tail, up to a near "that", or to the quote
// a colon introduces. Records the addressee and the date in `a`.
int QuoteExtractor::Impl::ContentStartAfterCue(const CueScan& scan, Attribution* a) {
  const Range s = scan.s;
  const int c = scan.c;
  const CueEntry& cue = *scan.cue;
  const int cue_end = scan.cue_end;
  const bool inverted = scan.inverted;
  int k = inverted ? cue_end : (cue.flags & qi::kCueParticle) ? c + 2 : c + 1;
  // "— сказал Песков журналистам в Кремле": the tail after an inverted
  // Russian or Ukrainian speaker, its date and outlet (cyrillic_rules.cc).
  if (inverted && Cyrillic()) k = CyrillicTailAfterSpeaker(k, s.e, a);
  // `told "Morning Joe" that ...`: a quoted show or outlet name as the
  // object (a title: at most five words, followed by "that").
  if (!inverted && (cue.flags & qi::kCueTakesObject) && k + 1 < s.e) {
    // `told MSNBC's "Morning Joe" that`: the outlet's possessive first.
    int o = IsWord(k) && IsCap(k) && StripPossessive(Tok(k)) != Tok(k) ? k + 1 : k;
    int close = ShortQuoteClose(o);
    if (close >= 0 && close + 1 < s.e && Is(close + 1, qi::kThat)) {
      a->addressee = Range{o + 1, close};
      k = close + 1;
    }
  }
  // "told BBC Radio 4's Today programme it was ...": a programme named by
  // capitalised words and numbers ("4's") is the object; RightNP stops at
  // the number.
  if (!inverted && (cue.flags & qi::kCueTakesObject) && k < s.e) {
    int j = k;
    if (j < s.e && LowerIs(j, "the")) ++j;
    const int names = j;
    while (j < s.e && j - names < 7 && tokens_[j].quote < 0 &&
           ((IsWord(j) && IsCap(j)) || tokens_[j].type == kNumber))
      ++j;
    // "told BBC News 24 she had ...": an outlet's name, numbers included,
    // then a clause.
    bool outlet_run = false;
    for (int t = names; t < j; ++t) outlet_run |= Is(t, qi::kOutlet);
    if (outlet_run && j > names + 1 && j < s.e && IsWord(j) && !IsCap(j) && !IsProgrammeNoun(j) &&
        (Is(j, qi::kPersonPronoun | qi::kThat | qi::kDeterminer) || Is(j, qi::kPronoun))) {
      a->addressee = Range{k, j};
      k = j;
    } else if (j > names && j + 1 < s.e && IsProgrammeNoun(j)) {
      // "the BBC programme Go Digital he hoped ...", "US TV show 60
      // Minutes that ...": after an outlet's noun, the title follows it.
      // (After "the BBC's Today programme" a name is the content's.)
      int title = j + 1;
      bool outlet_noun = true, outlet = false;
      for (int t = names; t < j; ++t) {
        outlet |= Is(t, qi::kOutlet) || LowerIs(t, "tv") || LowerIs(t, "radio");
        outlet_noun &= StripPossessive(Tok(t)) == Tok(t);
      }
      if (outlet && outlet_noun) {
        while (title < s.e && title - (j + 1) < 4 && tokens_[title].quote < 0 &&
               ((IsWord(title) && IsCap(title) && !IsHonorific(title) && !Is(title, qi::kPronoun)) ||
                tokens_[title].type == kNumber))
          ++title;
        if (title == j + 1 || title >= s.e || !IsWord(title) || IsCap(title)) title = j + 1;
      }
      a->addressee = Range{k, title};
      k = title;
    }
  }
  if (!inverted && (cue.flags & qi::kCueTakesObject) && a->addressee.empty() && k < s.e && IsWord(k) &&
      !Is(k, qi::kThat) && !Is(k, qi::kPreposition)) {
    Range obj = RightNP(k, s.e, 5);
    if (!obj.empty() && obj.e - obj.b <= 5) {
      int after = obj.e;
      // "told them he would ...", "told reporters the talks ...".
      bool pronoun_object = obj.e - obj.b == 1 && (Is(obj.b, qi::kPronoun) || LowerIs(obj.b, "reporters") ||
                                                   LowerIs(obj.b, "journalists") || LowerIs(obj.b, "us") ||
                                                   LowerIs(obj.b, "me"));
      if (after >= s.e || pronoun_object || Is(after, qi::kThat | qi::kPersonPronoun) || tokens_[after].type == kComma ||
          tokens_[after].type == kColon || tokens_[after].type == kPeriod || tokens_[after].quote >= 0 ||
          Is(after, qi::kPreposition | qi::kTimeWord) || RelativeTime(after)) {
        a->addressee = obj;
        k = obj.e;
      }
    }
  }
  k = SkipTail(k, s.e, a);
  // "Clinton says at a stop in Toledo, Ohio, that ...": jump to a near "that"
  // when what lies between is a prepositional tail. `vowed not to repeat
  // that mistake`: an infinitive is no tail, and its "that" is no
  // complementizer; `complained to the chairman that` is a tail.
  bool infinitive = k + 1 < s.e && LowerIs(k, "to") && !Is(k + 1, qi::kDeterminer | qi::kPronoun) && !IsCap(k + 1);
  // `responded by citing ... to prove that ...`: what was done is the
  // content, from "by" on.
  bool by_gerund = k + 1 < s.e && LowerIs(k, "by") && IsWord(k + 1) && !IsCap(k + 1) && EndsWith(Tok(k + 1), "ing");
  if (k < s.e && Is(k, qi::kPreposition) && !infinitive && !by_gerund) {
    for (int t = k; t < s.e && t < k + 12; ++t) {
      // `said on ABC's "This Week" that ...`: a quoted show name in the tail
      // (a closed quote of at most five words) is skipped.
      if (int close = ShortQuoteClose(t); close >= 0 && t > k) {
        t = close;
        continue;
      }
      if (tokens_[t].quote >= 0 || tokens_[t].type == kPeriod) break;
      // `said in Vienna, adding that ...`: the "that" is the participle's.
      if (tokens_[t].type == kComma && t + 1 < s.e && tokens_[t + 1].cue &&
          (tokens_[t + 1].cue->flags & qi::kCueParticiple))
        break;
      if (Is(t, qi::kThat)) { k = t; break; }
    }
  }
  // `saying during the debate last week, "That makes me smart,"`: a
  // prepositional tail, a comma and a quote; the quote opens the content.
  // So with a participle (`"...," Novak said in Paris, noting ...`: the
  // content is before the cue) or a verb going on with the words before the
  // speaker (`These workers, Novak explained at the hearing, were ...`).
  if (k < s.e && IsWord(k) && Is(k, qi::kPreposition) && !LowerIs(k, "to") && !LowerIs(k, "of")) {
    for (int t = k + 1; t < s.e && t < k + 9; ++t) {
      if (tokens_[t].quote >= 0 || Is(t, qi::kThat)) break;
      if (tokens_[t].type == kComma) {
        int n = t + 1;
        bool participle = n < s.e && IsWord(n) && tokens_[n].cue && tokens_[n].quote < 0 &&
                          (tokens_[n].cue->flags & qi::kCueParticiple) && !LowerIs(n, "according");
        bool verb = n < s.e && IsWord(n) && !IsCap(n) && tokens_[n].quote < 0 && !Is(n, qi::kBoundary) &&
                    (Is(n, qi::kAux) || VerbLike(n));
        if (n < s.e && (IsOpenQuote(n) || participle || verb)) k = n;
        break;
      }
    }
  }
  // `scolded him: "..."`, `told the crowd: "..."`: a short object, a colon
  // and a quote; the quote is the content.
  // So after a prepositional tail: `said after the 4-0 win: "..."`.
  const int colon_window = k < s.e && IsWord(k) && Is(k, qi::kPreposition) && !LowerIs(k, "that") ? 10 : 4;
  for (int t = k; t < s.e && t < k + colon_window; ++t) {
    if (tokens_[t].quote >= 0 ||
        !(IsWord(t) || tokens_[t].type == kColon || (colon_window > 4 && tokens_[t].type == kNumber)))
      break;
    if (tokens_[t].type == kColon && t > k && t + 1 < s.e && IsOpenQuote(t + 1)) {
      k = t + 1;
      break;
    }
  }
  while (k < s.e && (tokens_[k].type == kComma || tokens_[k].type == kColon)) ++k;
  return k;
}

// The content: the words before the attribution (a quote, or a clause
// set off by a comma or dash), else those after the cue, cut by
// kContentCuts; both sides for an attribution interposed in the sentence.
bool QuoteExtractor::Impl::CueContent(const CueScan& scan, int content_after_begin, Attribution* a) {
  // The cuts, in order; each ends the content after the cue where the
  // writer's words or another statement begin (`scan` and `a` give the
  // context; a cut may set a->next_clause, the clause searched again).
  static constexpr ContentCut kContentCuts[] = {
      {"CutAtMainClause", &Impl::CutAtMainClause},
      {"CutClosingAttribution", &Impl::CutClosingAttribution},
      {"CutBeforeParticipleCue", &Impl::CutBeforeParticipleCue},
      {"CutAtSecondVerbPhrase", &Impl::CutAtSecondVerbPhrase},
      {"CutAtWhileClauseWithCue", &Impl::CutAtWhileClauseWithCue},
      {"CutAtParticipleClause", &Impl::CutAtParticipleClause},
      {"CutAtVerbAfterQuote", &Impl::CutAtVerbAfterQuote},
      {"CutAtDashGloss", &Impl::CutAtDashGloss},
      {"CutAtAppositiveGloss", &Impl::CutAtAppositiveGloss},
      {"CutAfterOpeningQuote", &Impl::CutAfterOpeningQuote},
      {"CutParticipleTimeClause", &Impl::CutParticipleTimeClause},
      {"CutAtQuotedLabel", &Impl::CutAtQuotedLabel},
  };
  const Range s = scan.s;
  const int c = scan.c;
  const bool inverted = scan.inverted, cue_first = scan.cue_first, participle = scan.participle;
  const Range speaker = scan.speaker;
  Range after = TrimContent(Range{content_after_begin, s.e});

  // --- content before the attribution ------------------------------------------
  int attr_begin = inverted ? c : speaker.b;
  if (participle) attr_begin = c;
  Range before = TrimContent(Range{s.b, attr_begin});
  if (participle) before = Range{};
  bool before_ok = !before.empty() && attr_begin > s.b &&
                   (tokens_[attr_begin - 1].type == kComma || tokens_[attr_begin - 1].type == kDash ||
                    tokens_[attr_begin - 1].type == kColon || IsCloseQuote(attr_begin - 1) ||
                    (attr_begin - 2 >= s.b && tokens_[attr_begin - 1].type == kDash));
  int cont = ContinuationQuote(content_after_begin, s.e);
  // `"Q1," he said, "Q2."` continues a split quote; `X boasted, "Q."` does not.
  bool before_ends_quoted = before_ok && IsCloseQuote(before.e - 1);
  bool tail_only = after.empty() || (cont >= 0 && before_ends_quoted);
  // `"...," she said, referencing the bank's ...`: a participle after the
  // comma opens an attribution of its own; the content is before the cue.
  if (!tail_only && before_ok && content_after_begin > c + 1 && tokens_[content_after_begin - 1].type == kComma &&
      IsWord(after.b) && tokens_[after.b].cue && (tokens_[after.b].cue->flags & qi::kCueParticiple) &&
      !LowerIs(after.b, "according"))
    tail_only = true;
  // "..., Peskov said, according to TASS." / "citing": a conduit, not content.
  if (!tail_only && (LowerIs(after.b, "according") || LowerIs(after.b, "citing") ||
                     (after.b > s.b && LowerIs(after.b - 1, "по") && LowerIs(after.b, "словам")))) {
    tail_only = true;
  }
  if (!tail_only && Is(after.b, qi::kPreposition | qi::kTimeWord) && !Is(after.b, qi::kThat)) {
    tail_only = true;
    for (int t = after.b; t < after.e; ++t)
      if (tokens_[t].quote >= 0 || Is(t, qi::kThat) || t - after.b > 10) { tail_only = false; break; }
  }
  bool intro = false;
  if (before_ok && tokens_[before.b].quote < 0 && before.e - before.b <= 8) {
    bool has_quote = false;
    for (int t = before.b; t < before.e; ++t) has_quote |= tokens_[t].quote >= 0;
    intro = !has_quote && (Is(before.b, qi::kPreposition | qi::kTimeWord | qi::kIntro) ||
                           (IsWord(before.b) && Tok(before.b).size() > 4 &&
                            Tok(before.b).substr(Tok(before.b).size() - 3) == "ing"));
  }
  bool before_is_quote = before_ok && IsOpenQuote(before.b) &&
                         tokens_[before.b].quote == tokens_[before.e - 1].quote;
  if (before_ok && (inverted || before_is_quote || (tail_only && !intro))) {
    // `McCaskill scolded him: "...," she said.`: the content is the quote
    // the colon introduces, not the clause before it.
    if (!before_is_quote && IsCloseQuote(before.e - 1)) {
      int o = quotes_[tokens_[before.e - 1].quote].open_tok;
      if (o - 1 > before.b && tokens_[o - 1].type == kColon) before.b = o;
    }
    a->content[a->n_content++] = before;
    if (cont >= 0) {
      const QuoteSpan& q = quotes_[cont];
      int end = q.close_tok + 1;
      a->content[a->n_content++] = Range{int(q.open_tok), end};
    } else if (inverted && Cyrillic()) {
      // "Переговоры, утверждает Лавров, зашли в тупик": the sentence goes
      // on after the speaker (cyrillic_rules.cc).
      CyrillicInterposedRest(s, content_after_begin, a);
    }
    // The date may follow the speaker: `"...," Peskov said on April 14.`
    for (int t = content_after_begin; !a->has_date && t < s.e && t < content_after_begin + 4; ++t)
      SkipTail(t, s.e, a);
    return true;
  }
  if (inverted && !cue_first) return false;
  // `appeared on MSNBC on Tuesday and began by saying ...`: a weak cue
  // followed only by a place and time tail reports nothing.
  if (tail_only && !after.empty() && a->weak &&
      (LowerIs(after.b, "on") || LowerIs(after.b, "at") || LowerIs(after.b, "in") || LowerIs(after.b, "during") ||
       LowerIs(after.b, "with") || LowerIs(after.b, "from") || LowerIs(after.b, "after") ||
       LowerIs(after.b, "before") || LowerIs(after.b, "over") || LowerIs(after.b, "upon")))
    return false;
  // `The latest test, North Korea said, was its biggest yet.`: an
  // attribution set off by commas inside the reported sentence; the content
  // is both sides.
  bool interposed = false;
  if (before_ok && !intro && !tail_only && !participle && !after.empty() && tokens_[attr_begin - 1].type == kComma &&
      content_after_begin - 1 > c && tokens_[content_after_begin - 1].type == kComma && !Is(after.b, qi::kThat) &&
      tokens_[after.b].quote < 0 && IsWord(after.b) && !IsCap(after.b)) {
    int words = 0;
    bool quoted = false;
    for (int t = before.b; t < before.e; ++t) {
      words += IsWord(t);
      quoted |= tokens_[t].quote >= 0;
    }
    interposed = words >= 2 && !quoted;
  }
  // `The market is improving, the operator said, but warned that ...`: a
  // coordinated second cue starts a statement of its own; the content is
  // the part before the attribution.
  if (interposed && after.e - after.b > 2 && (LowerIs(after.b, "but") || LowerIs(after.b, "and")) &&
      tokens_[after.b + 1].cue && (tokens_[after.b + 1].cue->flags & qi::kCueSaysWords)) {
    a->content[a->n_content++] = before;
    return true;
  }
  if (!after.empty()) {
    for (const ContentCut& cut : kContentCuts) (this->*cut.apply)(scan, a, &after);
    if (after.empty()) return false;
    // "said the same thing", "said as much", "said yes": too short to be a
    // statement unless quoted.
    int words = 0;
    bool quoted = false;
    for (int t2 = after.b; t2 < after.e; ++t2) {
      words += IsWord(t2) || tokens_[t2].type == kNumber;
      quoted |= tokens_[t2].quote >= 0;
    }
    // A one-word object is content for other cues: `endorsed Clinton`,
    // `who opposed it`.
    bool say = LowerIs(c, "said") || LowerIs(c, "says") || LowerIs(c, "say");
    if (words < 2 && !quoted && say) return false;
    // `what the mayor called "a disgrace"`: PolNeAR's content is the whole
    // clause from "what" to the quoted label; without a quote "what ..." is
    // as often a subject clause running on ("what we expect is ...").
    if (speaker.b > s.b && LowerIs(speaker.b - 1, "what")) {
      int end = after.e;
      int q = after.b;
      if (q < after.e && IsWord(q) && (Is(q, qi::kDeterminer) || StripPossessive(Tok(q)) != Tok(q))) ++q;
      if (q < after.e && IsOpenQuote(q)) {
        const QuoteSpan& qs = quotes_[tokens_[q].quote];
        if (qs.closed && int(qs.close_tok) < after.e) end = qs.close_tok + 1;
      } else {
        return false;
      }
      after = Range{speaker.b - 1, end};
    }
    if (interposed) a->content[a->n_content++] = before;
    a->content[a->n_content++] = after;
    return true;
  }
  return false;
}

void QuoteExtractor::Impl::CutAtMainClause(const CueScan& scan, Attribution* a, Range* content) {
  Range& after = *content;
  const Range s = scan.s;
  // `While he acknowledged ..., Ham also noted ...`: the main clause is
  // not content; it is searched for an attribution of its own.
  if (int cut = ClauseCut(s, after); cut >= 0) {
    a->next_clause = cut + 1;
    after = TrimContent(Range{after.b, cut});
  }
}

void QuoteExtractor::Impl::CutClosingAttribution(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `... because "most people don't know," she said.`: a closing
  // attribution repeating the speaker is not content.
  int t = after.e - 1;
  while (t > after.b && IsWord(t) && Is(t, qi::kTimeWord)) --t;
  if (t > after.b + 2 && tokens_[t].cue && !(tokens_[t].cue->flags & qi::kCueWeak)) {
    int n = t - 1;
    while (n > after.b && t - n <= 4 && IsWord(n) && tokens_[n].quote < 0) --n;
    if (n > after.b && (tokens_[n].type == kComma || IsCloseQuote(n)) && t - n >= 2)
      after = TrimContent(Range{after.b, IsCloseQuote(n) ? n + 1 : n});
  }
}

void QuoteExtractor::Impl::CutBeforeParticipleCue(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `attacked Clinton for ..., saying, "She's trigger-happy."`: the
  // participle opens an attribution of its own (same speaker).
  for (int t2 = after.b + 2; t2 < after.e; ++t2) {
    const Token& tk = tokens_[t2];
    if (tk.quote < 0 && tk.cue && (tk.cue->flags & qi::kCueParticiple) && !(tk.cue->flags & qi::kCueWeak) &&
        tokens_[t2 - 1].type == kComma) {
      after = TrimContent(Range{after.b, t2 - 1});
      break;
    }
  }
}

void QuoteExtractor::Impl::CutAtSecondVerbPhrase(const CueScan&, Attribution* a, Range* content) {
  Range& after = *content;
  // `said it was "opposed" to the test and warned North Korea ...`: a
  // second verb phrase of the subject ends the reported content.
  for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
    if (tokens_[t2].quote >= 0 || !(LowerIs(t2, "and") || LowerIs(t2, "but"))) continue;
    int n = t2 + 1;
    // `... "witness," and then tweeted that ...`.
    if (n + 1 < after.e && LowerIs(n, "then")) ++n;
    std::string_view w = Tok(n);
    bool verb = IsWord(n) && !IsCap(n) && !Is(n, qi::kAux) &&
                (IrregularPast(n) || (w.size() > 4 && w.substr(w.size() - 2) == "ed"));
    // `... come out of the car and repeatedly says, "..."`: an adverb and
    // a speech cue.
    if (!verb && n + 1 < after.e && IsAdverb(n) && tokens_[n + 1].cue && tokens_[n + 1].quote < 0 &&
        !(tokens_[n + 1].cue->flags & (qi::kCueWeak | qi::kCueNoun | qi::kCueParticiple)))
      verb = true;
    // `... "a prayer" for the nominee but did not suggest ...`: after
    // "but", an auxiliary or participle opens the second verb phrase.
    bool clause = LowerIs(t2, "but") &&
                  (Is(n, qi::kPersonPronoun) ||
                   (IsWord(n) && !IsCap(n) && (Is(n, qi::kAux) || EndsWith(w, "ing")) && !Is(n, qi::kBoundary)));
    // `calling him a "stiff" and accusing him of ...`: a second
    // participle cue after "and" reports on its own (same speaker).
    if (LowerIs(t2, "and") && IsWord(n) && !IsCap(n) && tokens_[n].quote < 0 && tokens_[n].cue &&
        (tokens_[n].cue->flags & qi::kCueParticiple) && !LowerIs(n, "according"))
      verb = true;
    // `saying he was "very encouraged" and Trump calling it ...`: a
    // subject of its own and a participle cue open a clause that is
    // searched again. (With a finite verb, `said X and he feels ...`,
    // PolNeAR keeps the clause in the content: measured.)
    if (LowerIs(t2, "and") && !verb && tokens_[n].quote < 0 && IsCap(n)) {
      int m = n + 1;
      while (m < after.e && m - n < 4 && IsCap(m)) ++m;
      bool participle = m < after.e && IsWord(m) && !IsCap(m) && tokens_[m].quote < 0 && tokens_[m].cue &&
                        (tokens_[m].cue->flags & qi::kCueParticiple) && !LowerIs(m, "according");
      if (participle && !Is(n, qi::kIntro | qi::kPreposition | qi::kDeterminer)) {
        after = TrimContent(Range{after.b, t2});
        a->next_clause = n;
        break;
      }
    }
    if (verb || clause) {
      after = TrimContent(Range{after.b, t2});
      break;
    }
  }
}

void QuoteExtractor::Impl::CutAtWhileClauseWithCue(const CueScan&, Attribution* a, Range* content) {
  Range& after = *content;
  // `said the deal would close in March, while BP, a big investor,
  // declined to comment` (comma or none): a contrasting clause whose own subject has a
  // cue is another statement, searched again.
  for (int t = after.b + 2; t + 2 < after.e; ++t) {
    if (tokens_[t].quote >= 0 || !(LowerIs(t, "while") || LowerIs(t, "whereas"))) continue;
    const int subject = t + 1;
    if (!IsWord(subject) || tokens_[subject].cue || !(IsCap(subject) || Is(subject, qi::kDeterminer))) continue;
    for (int k = subject + 1; k < after.e && k < subject + 10; ++k) {
      if (tokens_[k].quote >= 0 || tokens_[k].type == kPeriod) break;
      const CueEntry* cue = tokens_[k].cue;
      if (cue == nullptr || (cue->flags & (qi::kCueWeak | qi::kCueNoun | qi::kCueParticiple))) continue;
      after = TrimContent(Range{after.b, tokens_[t - 1].type == kComma ? t - 1 : t});
      a->next_clause = subject;
      return;
    }
  }
}

void QuoteExtractor::Impl::CutAtParticipleClause(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `... voting system, encouraging his supporters to ...`: a participle
  // clause after a comma is the writer's, not the content. (Relative
  // ", which" / ", who" clauses are as often content: measured, kept;
  // right after a quote they are the writer's gloss, cut below.)
  // A quote closing on a comma (`only “partial,” meaning it ...`) is a
  // comma too. An adverb may stand before the participle (`, implicitly
  // putting`): even on train, +1 on dev once "this weekend" is a tail.
  for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
    bool comma = tokens_[t2].quote < 0 && tokens_[t2].type == kComma;
    bool quote_comma = IsCloseQuote(t2) && tokens_[t2 - 1].type == kComma;
    if (!comma && !quote_comma) continue;
    int n = t2 + 1;
    if (n < after.e && IsWord(n) && !IsCap(n) && (Is(n, qi::kAux) || IsAdverb(n)) && !Is(n, qi::kBoundary)) ++n;
    if (n >= after.e || !IsWord(n) || IsCap(n) || tokens_[n].quote >= 0) continue;
    std::string_view w = Tok(n);
    if (w.size() > 5 && w.substr(w.size() - 3) == "ing" && !LowerIs(n, "including") &&
        !LowerIs(n, "according") && !LowerIs(n, "during")) {
      after = quote_comma ? Range{after.b, t2 + 1} : TrimContent(Range{after.b, t2});
      break;
    }
  }
}

void QuoteExtractor::Impl::CutAtVerbAfterQuote(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `... the military is "depleted" and says he will ...`: a second verb
  // phrase after a closing quote mark is no longer content.
  for (int t2 = after.b + 1; t2 + 1 < after.e; ++t2) {
    if (!IsCloseQuote(t2)) continue;
    int n = t2 + 1;
    if (n < after.e && tokens_[n].type == kComma) ++n;
    bool cut = false;
    // `... "passion and commitment" but argues ...`, `... "a prayer" for
    // the nominee but did not suggest ...`: "but" too, and an auxiliary
    // or a participle as the second verb.
    if ((LowerIs(n, "and") || LowerIs(n, "but")) && n + 1 < after.e && IsWord(n + 1) && !IsCap(n + 1) &&
        ((tokens_[n + 1].cue && !(tokens_[n + 1].cue->flags & qi::kCueWeak)) || VerbLike(n + 1) ||
         (LowerIs(n, "but") && (Is(n + 1, qi::kAux) || EndsWith(Tok(n + 1), "ing")))))
      cut = true;
    // `called the system "rigged" in a tweet Tuesday`, `... "a fraud" on
    // Twitter`: where it was said, not what.
    if (!cut && n + 2 < after.e && (LowerIs(n, "in") || LowerIs(n, "on"))) {
      int m = n + 1;
      if (Is(m, qi::kDeterminer)) ++m;
      cut = m < after.e && (LowerIs(m, "tweet") || LowerIs(m, "statement") || LowerIs(m, "interview") ||
                            LowerIs(m, "twitter") || LowerIs(m, "facebook") || LowerIs(m, "speech"));
    }
    // `... "Spanish," which is what some ...`: a relative clause on the
    // quoted words is the writer's gloss.
    if (!cut && n < after.e && (LowerIs(n, "which") || (LowerIs(n, "in") && n + 1 < after.e && LowerIs(n + 1, "which"))) &&
        (tokens_[t2 - 1].type == kComma || tokens_[n - 1].type == kComma))
      cut = true;
    if (cut) {
      after = Range{after.b, t2 + 1};
      break;
    }
  }
}

void QuoteExtractor::Impl::CutAtDashGloss(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `... "suburbs of St. Petersburg" — a metaphor for ...`: the writer's
  // gloss, not the content.
  // Only after a quote, and not the first of a parenthetical dash pair.
  // (`"encouraged" by the plan — a modest boost ...`: a quote earlier in
  // the content counts too.)
  bool quote_before = after.b + 1 < after.e && (IsCloseQuote(after.b) || IsCloseQuote(after.b + 1));
  for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
    if (tokens_[t2].quote >= 0) {
      quote_before |= IsCloseQuote(t2);
      continue;
    }
    // `... his "D-minus" rating — while his critics ...`: a clause of the
    // writer's after the dash too.
    bool gloss = tokens_[t2].type == kDash && quote_before &&
                 (Is(t2 + 1, qi::kDeterminer) || LowerIs(t2 + 1, "while") || LowerIs(t2 + 1, "whereas"));
    for (int t3 = t2 + 1; gloss && t3 < after.e; ++t3) gloss = tokens_[t3].type != kDash;
    if (gloss) {
      after = TrimContent(Range{after.b, t2});
      break;
    }
  }
}

void QuoteExtractor::Impl::CutAtAppositiveGloss(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `... been "rigged" against him, a charge that ...`, `the "Charleston
  // loophole," a flaw in ...`: an appositive after the quote glosses it.
  {
    bool quote_before = false;
    for (int t2 = after.b + 1; t2 + 2 < after.e; ++t2) {
      if (tokens_[t2 - 1].quote >= 0) quote_before |= IsCloseQuote(t2 - 1);
      // A comma outside the quote, or one closing it (`"...," a`).
      bool close = tokens_[t2].quote >= 0 && IsCloseQuote(t2);
      bool comma = (tokens_[t2].quote < 0 && tokens_[t2].type == kComma) || (close && tokens_[t2 - 1].type == kComma);
      if (!comma || !(quote_before || close)) continue;
      int n = t2 + 1;
      if (IsWord(n) && tokens_[n].quote < 0 && (LowerIs(n, "a") || LowerIs(n, "an")) && !IsOpenQuote(n + 1)) {
        after = close ? Range{after.b, t2 + 1} : TrimContent(Range{after.b, t2});
        break;
      }
    }
  }
}

void QuoteExtractor::Impl::CutAfterOpeningQuote(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `saying, "That makes me smart," when Clinton blasted him`: a quote
  // that opens the content and closes on a comma is the content; the
  // clause after it is the writer's.
  if (IsOpenQuote(after.b)) {
    const QuoteSpan& q = quotes_[tokens_[after.b].quote];
    int close = int(q.close_tok);
    if (q.closed && close + 1 < after.e && close - 1 > after.b && tokens_[close - 1].type == kComma &&
        IsWord(close + 1) && !IsCap(close + 1) && !tokens_[close + 1].cue && !Is(close + 1, qi::kPersonPronoun))
      after = Range{after.b, close + 1};
  }
}

void QuoteExtractor::Impl::CutParticipleTimeClause(const CueScan& scan, Attribution*, Range* content) {
  Range& after = *content;
  const CueEntry& cue = *scan.cue;
  // `chiding him, “What difference does it make?” when questioned ...`,
  // `chanting "no contract, no peace" after the union failed ...`: in a
  // participle's content, a time clause after the quote is the writer's.
  if (cue.flags & qi::kCueParticiple) {
    for (int t2 = after.b + 1; t2 + 2 < after.e; ++t2) {
      if (!IsCloseQuote(t2)) continue;
      int n = t2 + 1;
      if (tokens_[n].type == kComma) ++n;
      if (n + 1 < after.e && tokens_[n].quote < 0 &&
          (LowerIs(n, "when") || LowerIs(n, "as") || LowerIs(n, "after") || LowerIs(n, "before") ||
           LowerIs(n, "while")) &&
          (Is(n + 1, qi::kPersonPronoun | qi::kDeterminer) || EndsWith(Tok(n + 1), "ed"))) {
        // Not when the clause quotes again: the speaker's words go on.
        bool quoted = false;
        for (int t3 = n + 1; t3 < after.e && !quoted; ++t3) quoted = tokens_[t3].quote >= 0;
        if (!quoted) after = Range{after.b, t2 + 1};
        break;
      }
    }
  }
}

void QuoteExtractor::Impl::CutAtQuotedLabel(const CueScan&, Attribution*, Range* content) {
  Range& after = *content;
  // `blasted Clinton as a "disgrace" Wednesday on ...`, `criticized the
  // law as a "crazy system" during a stop in Flint`: an object labelled
  // with a quoted phrase; the content ends with the phrase (and any
  // coordinated one: `as a "leech" and a "spoiled brat."`).
  {
    int t = LowerIs(after.b, "as") ? after.b : after.b + 1;
    while (t < after.e && t - after.b <= 8 && IsWord(t) && tokens_[t].quote < 0 && !Is(t, qi::kThat) &&
           !LowerIs(t, "as"))
      ++t;
    if (t < after.e && LowerIs(t, "as") && tokens_[t].quote < 0 && !Is(after.b, qi::kThat)) {
      auto phrase_end = [&](int q) {  // one past the close of a quote opening at q or q+1
        if (q < after.e && IsWord(q) && Is(q, qi::kDeterminer)) ++q;
        if (q >= after.e || !IsOpenQuote(q)) return -1;
        const QuoteSpan& qs = quotes_[tokens_[q].quote];
        return qs.closed && int(qs.close_tok) < after.e ? int(qs.close_tok) + 1 : -1;
      };
      int end = phrase_end(t + 1);
      while (end > 0) {
        int n = end;
        if (n < after.e && (LowerIs(n, "and") || LowerIs(n, "or"))) {
          int e2 = phrase_end(n + 1);
          if (e2 > 0) { end = e2; continue; }
        }
        break;
      }
      // Only a tail of time and place ends it there; `as "a politician"
      // who "has never ..."` and `as "the Comeback Kid" for ...` go on.
      // A dash there opens the writer's aside (`as a "con artist" ― just
      // as he did ...`).
      bool tail = end > 0 && end < after.e && (tokens_[end].type == kDash || IsWord(end)) &&
                  (tokens_[end].type == kDash || Is(end, qi::kTimeWord) || LowerIs(end, "during") || LowerIs(end, "in") ||
                   LowerIs(end, "at") || LowerIs(end, "on") || LowerIs(end, "when") || LowerIs(end, "while") ||
                   LowerIs(end, "after") || LowerIs(end, "before") || LowerIs(end, "since"));
      // `describing as "unhinged" a Trump tweet ...`: with the label first
      // the object after it is the writer's pointer, not the words.
      if (end > 0 && t == after.b && end < after.e && Is(end, qi::kDeterminer)) tail = true;
      if (tail) after = Range{after.b, end};
    }
  }
}

}  // namespace qtrack
