// File: quotes/classify.cc
//
// What an attribution reports: speech, a belief or an intent, asserted or
// denied; or an event (a refusal, a passive "told to", an act with no
// words). Reads the cue's sense in the lexicon (kCueSenses in lexicon.cc) and
// the shape of the content: a quote, a clause, or a bare object.
#include <string_view>

#include "quotes/internal/extractor_impl.h"

namespace qtrack {
namespace {

bool SpeakerCanBeSomeone(std::string_view speaker);

}  // namespace

// The lexicon cue of an attribution: the first cue word in its cue span
// ("to say" → "say", "according to" → "according"), else null.
const CueEntry* QuoteExtractor::Impl::CueOf(const Attribution& a) const {
  for (int t = a.cue.b; t < a.cue.e; ++t)
    if (tokens_[t].cue) return tokens_[t].cue;
  return nullptr;
}

// Whether the content states a proposition rather than naming a thing: it
// holds a quote, opens with a complementizer, "whether"/"if" or an
// infinitive, or its first clause (up to a comma or dash, at most twelve
// tokens) holds a finite verb (an auxiliary, an irregular past, a past
// tense in -ed after a subject, a cue word) or a pronoun subject. "has
// offered £1.3bn", "concluded talks in St. Petersburg" and "rejects
// Trump's calls for a ceasefire, a proposal Kyiv supported" state none.
bool QuoteExtractor::Impl::ContentIsProposition(const Attribution& a) {
  for (int i = 0; i < a.n_content; ++i) {
    const Range& r = a.content[i];
    if (r.empty()) continue;
    if (IsWord(r.b) && (Is(r.b, qi::kThat) || LowerIs(r.b, "whether") || LowerIs(r.b, "if") ||
                        LowerIs(r.b, "how") || LowerIs(r.b, "why") || LowerIs(r.b, "what")))
      return true;
    if (LowerIs(r.b, "to") && r.b + 1 < r.e && IsWord(r.b + 1) && !IsCap(r.b + 1)) return true;
    for (int t = r.b; t < r.e; ++t)
      if (tokens_[t].quote >= 0) return true;
    for (int t = r.b; t < r.e && t < r.b + 12; ++t) {
      if (tokens_[t].type == kComma || tokens_[t].type == kDash || tokens_[t].type == kSemicolon) break;
      if (!IsWord(t) || IsCap(t)) continue;
      // A cue word after a possessive or a determiner is a noun ("Trump's
      // calls for", "the claims"); so is one that opens the content, the
      // verb's object ("unveiled plans to build", "backed calls for").
      bool noun = t == r.b || (IsWord(t - 1) && (Is(t - 1, qi::kDeterminer) ||
                                                StripPossessive(Tok(t - 1)) != Tok(t - 1)));
      // "him" and "her" are objects ("wanted her to dance"), no subject.
      const bool subject_pronoun = Is(t, qi::kPersonPronoun) && !LowerIs(t, "him") && !LowerIs(t, "her");
      if (Is(t, qi::kAux) || subject_pronoun || IrregularPast(t) || (tokens_[t].cue && !noun)) return true;
      // "the economy grew", "prices rose": -ed after a word that is no
      // determiner or preposition (not "the revised plan").
      if (t > r.b && EndsWith(Tok(t), "ed") && IsWord(t - 1) && !Is(t - 1, qi::kDeterminer | qi::kPreposition))
        return true;
    }
  }
  return false;
}

// Whether a denial's noun-phrase content names something asserted: "denied
// wrongdoing", "dismissed the reports", "rejected allegations of fraud".
bool QuoteExtractor::Impl::DeniesAssertion(const Attribution& a) {
  static constexpr std::string_view kAssertions[] = {
      "claim",      "claims",      "report",   "reports",    "allegation", "allegations", "accusation",
      "accusations", "suggestion", "suggestions", "charge",  "charges",    "rumour",     "rumours",
      "rumor",      "rumors",      "speculation", "assertion", "assertions", "notion",   "idea",
      "criticism",  "wrongdoing",  "story",    "stories",    "account",    "version",    "statement",
      "statements", "remarks",     "comments", "theory",     "suggestion", "involvement", "responsibility",
      "fake",       "fakes",       "hoax",     "misinformation", "disinformation", "фейк", "фейки", "фейков",
      "дезинформацию", "дезінформацію", "чутки", "идею", "ідею", "версию", "версію",
      "сообщения",  "обвинения",   "информацию", "слухи",    "повідомлення", "звинувачення", "інформацію"};
  for (int i = 0; i < a.n_content; ++i)
    for (int t = a.content[i].b; t < a.content[i].e && t < a.content[i].b + 6; ++t)
      if (IsWord(t) && LowerIsAny(t, kAssertions)) return true;
  return false;
}

bool QuoteExtractor::Impl::ProgressiveAim(const Attribution& a) {
  int v = a.cue.b;
  if (LowerIs(v, "to") && v > 0) --v;  // the cue is the infinitive ("to award"), its verb before it
  if (v < 1 || !IsWord(v) || !EndsWith(LowerTok(v), "ing") || !tokens_[v].cue) return false;
  int c = v - 1;
  if (IsWord(c) && !IsCap(c) && EndsWith(Tok(c), "ly")) --c;  // "is still hoping"
  return c >= 0 && IsWord(c) &&
         (LowerIs(c, "is") || LowerIs(c, "are") || LowerIs(c, "was") || LowerIs(c, "were") || LowerIs(c, "be") ||
          LowerIs(c, "been"));
}

void QuoteExtractor::Impl::Classify(const Attribution& a, Quote* q) {
  q->statement_class = StatementClass::kSpeech;
  q->polarity = Polarity::kAsserts;
  const CueEntry* cue = CueOf(a);
  if (cue == nullptr || (cue->flags & qi::kCueAccording)) return;
  // "Moldova aims to conclude talks", "Ford declined to provide guidance":
  // an infinitive cue reports what the verb governing it says it does.
  if (a.cue.b > 0 && LowerIs(a.cue.b, "to") && tokens_[a.cue.b - 1].cue &&
      (tokens_[a.cue.b - 1].cue->flags & (qi::kCueIntent | qi::kCueRefusal))) {
    q->statement_class =
        (tokens_[a.cue.b - 1].cue->flags & qi::kCueRefusal) ? StatementClass::kEvent : StatementClass::kIntent;
    return;
  }
  // "The government has ruled out amending the law": a decision, not
  // words ("ruled out that possibility" too; "ruled that ..." is a ruling).
  static constexpr std::string_view kRule[] = {"rule", "rules", "ruled", "ruling"};
  if (LowerIsAny(a.cue.b, kRule) && a.cue.b + 1 < int(tokens_.size()) && LowerIs(a.cue.b + 1, "out")) {
    q->statement_class = StatementClass::kEvent;
    return;
  }
  // "did not say why", "didn't say whether", "never said": a speech verb
  // under negation reports that nothing was said. A belief under negation
  // is a belief that the content is not so: "do not think the price is
  // high enough" denies "the price is high enough".
  for (int t = a.cue.b - 1; t >= 0 && t >= a.cue.b - 3; --t) {
    if (!IsWord(t)) break;
    if (LowerIs(t, "not") || LowerIs(t, "never") || LowerIs(t, "n't") || LowerIs(t, "n\xE2\x80\x99t") ||
        EndsWith(LowerTok(t), "n't") || EndsWith(LowerTok(t), "n\xE2\x80\x99t")) {
      if ((cue->flags & qi::kCueBelief) && !(cue->flags & qi::kCueDenial)) {
        q->statement_class = StatementClass::kBelief;
        q->polarity = Polarity::kDenies;
      } else {
        q->statement_class = StatementClass::kEvent;
      }
      return;
    }
    if (!Is(t, qi::kAux) && !(Tok(t).size() > 4 && EndsWith(Tok(t), "ly"))) break;
  }
  static constexpr std::string_view kPastParticiples[] = {"found", "shown", "known", "seen", "heard", "given",
                                                         "written", "spoken", "taken"};
  // "He was found dead", "the film was described as": a passive cue reports
  // what was done to its subject. ("was quoted as saying" and "is said to
  // have" carry words on, through their own cue.)
  if (a.cue.b > 0 && a.cue.e == a.cue.b + 1 && IsWord(a.cue.b - 1) && a.speaker.e <= a.cue.b &&
      (LowerIs(a.cue.b - 1, "was") || LowerIs(a.cue.b - 1, "were") || LowerIs(a.cue.b - 1, "been") ||
       LowerIs(a.cue.b - 1, "being") || LowerIs(a.cue.b - 1, "is") || LowerIs(a.cue.b - 1, "are")) &&
      (EndsWith(Tok(a.cue.b), "ed") || IrregularPast(a.cue.b) || LowerIsAny(a.cue.b, kPastParticiples)) &&
      !(a.cue.e < int(tokens_.size()) && (LowerIs(a.cue.e, "as") || LowerIs(a.cue.e, "to")))) {
    q->statement_class = StatementClass::kEvent;
    return;
  }
  const Range& first = a.content[0];
  // "said nothing more", "said little else", "said so": no words reported.
  if (a.n_content == 1 && first.b >= a.cue.e && first.e - first.b <= 3) {
    static constexpr std::string_view kNoWords[] = {"nothing", "little", "much", "more", "no",  "so", "yes",
                                                    "else",    "anything", "something", "further", "otherwise"};
    bool none = true;
    for (int t = first.b; t < first.e && none; ++t) none = !IsWord(t) || LowerIsAny(t, kNoWords);
    if (none) {
      q->statement_class = StatementClass::kEvent;
      return;
    }
  }
  // "announced a review", "revealed the full scale of the cuts": a cue of
  // making known, with a thing and no clause after it, reports an act.
  // ("announced the show will be hosted by ..." is words.)
  if ((cue->flags & qi::kCueMakeKnown) && a.n_content == 1 && first.b >= a.cue.e &&
      tokens_[first.b].quote < 0 && !ContentIsProposition(a)) {
    q->statement_class = StatementClass::kEvent;
    return;
  }
  // The content right after the cue opens with "to": an infinitive the cue
  // governs ("declined to comment", "plans to visit", "told to resign").
  bool infinitive = false;
  for (int i = 0; i < a.n_content; ++i)
    infinitive |= a.content[i].b == a.cue.e && LowerIs(a.content[i].b, "to");
  if (first.b >= a.cue.e && LowerIs(first.b, "to") && first.b <= a.cue.e + 1) infinitive = true;
  // "wanted her to dance", "wants them to resign": an object, then the
  // infinitive it governs.
  const bool object_infinitive =
      first.b == a.cue.e && first.b + 1 < first.e && IsWord(first.b) && LowerIs(first.b + 1, "to") &&
      (LowerIs(first.b, "him") || LowerIs(first.b, "her") || LowerIs(first.b, "them") || LowerIs(first.b, "us") ||
       LowerIs(first.b, "me"));
  // "declined to provide guidance", "refused to say whether ...": a
  // refusal reports no words.
  if ((cue->flags & qi::kCueRefusal) && (infinitive || a.n_content == 0)) {
    q->statement_class = StatementClass::kEvent;
    return;
  }
  // "Blair told to double overseas aid", "Kovacs asked to resign": with no
  // object between the cue and "to", the subject is the one addressed.
  if ((cue->flags & qi::kCueTakesObject) && infinitive && first.b == a.cue.e && a.speaker.e <= a.cue.b &&
      !a.speaker.empty()) {
    q->statement_class = StatementClass::kEvent;
    return;
  }
  // "said he rejected the idea that ...", "said she denied taking ...": a
  // denial reported as said is a denial.
  if (!(cue->flags & qi::kCueDenial) && first.b >= a.cue.e && first.b + 1 < first.e && IsWord(first.b) &&
      Is(first.b, qi::kPersonPronoun) && tokens_[first.b + 1].cue && tokens_[first.b + 1].quote < 0 &&
      (tokens_[first.b + 1].cue->flags & qi::kCueDenial)) {
    q->polarity = Polarity::kDenies;
    return;
  }
  if (cue->flags & qi::kCueDenial) {
    // "denied wrongdoing", "rejected claims that ...": the thing denied is
    // the content. "rejected the offer", "rejects Trump's calls for a
    // ceasefire": a proposal turned down is an act, not a denial.
    // "denies plying a boy with alcohol", "denied taking bribes": a
    // denied act is denied, as a clause would be.
    const bool denied_act = first.b >= a.cue.e && first.b <= a.cue.e + 1 && IsWord(first.b) && !IsCap(first.b) &&
                            Tok(first.b).size() > 5 && EndsWith(Tok(first.b), "ing");
    if (!denied_act && !ContentIsProposition(a) && !DeniesAssertion(a)) {
      q->statement_class = StatementClass::kEvent;
      return;
    }
    q->polarity = Polarity::kDenies;
    return;
  }
  if (cue->flags & qi::kCueBelief) q->statement_class = StatementClass::kBelief;
  if (cue->flags & qi::kCueIntent) {
    // "Wales seek a first Six Nations victory", "BSkyB is planning HDTV
    // services": a pursuit with a thing for its object is the writer's
    // account of an aim, no statement.
    // ("wants Britain to use its influence", "expect the trend to
    // continue", "hopes governments, too, will act": a clause or an
    // infinitive further on states the aim.)
    bool clause_later = false;
    for (int i = 0; i < a.n_content && !clause_later; ++i)
      for (int t = a.content[i].b; t < a.content[i].e && !clause_later; ++t)
        clause_later = IsWord(t) && (Is(t, qi::kAux | qi::kPersonPronoun) ||
                                     (LowerIs(t, "to") && t + 1 < a.content[i].e && IsWord(t + 1) && !IsCap(t + 1) &&
                                      !Is(t + 1, qi::kDeterminer)));
    // ("The Tories want quotas", "analysts expected a figure closer to
    // ...": a position or a forecast, which is said.)
    static constexpr std::string_view kPursuits[] = {"seek", "seeks", "seeking", "sought", "plan", "plans",
                                                    "planning", "planned", "aim", "aims", "aiming", "aimed"};
    if (LowerIsAny(a.cue.b, kPursuits) && !infinitive && !object_infinitive && !clause_later &&
        !ContentIsProposition(a)) {
      q->statement_class = StatementClass::kEvent;
      return;
    }
    q->statement_class = infinitive || object_infinitive ? StatementClass::kIntent : StatementClass::kBelief;
  }
  // A cue whose object is not words ("offered", "agreed", "praised",
  // "blasts") reports a statement only with a proposition after it; a
  // gerund after it is an act going on ("continued attacking cities").
  if (!(cue->flags & qi::kCueSaysWords) && q->statement_class == StatementClass::kSpeech) {
    // "agreed to buy AT&T", "decided to split the awards", "continued to
    // come second best": an act, not words (intents were handled above).
    if (infinitive) {
      q->statement_class = StatementClass::kEvent;
      return;
    }
    bool gerund = first.b >= a.cue.e && IsWord(first.b) && !IsCap(first.b) && Tok(first.b).size() > 5 &&
                  EndsWith(Tok(first.b), "ing") && !(tokens_[first.b].cue && (tokens_[first.b].cue->flags & qi::kCueSaysWords));
    if (gerund || !ContentIsProposition(a)) q->statement_class = StatementClass::kEvent;
  }
}

namespace {

// Whether a resolved speaker can be someone: a name (capitalised), or a
// common noun for a person, people or an organisation ("analysts", "the
// jury", "ministry officials"); not a thing ("the film tells", "the budget
// seeks"), a function word, an adverb, a participle or a bare quantifier
// left by a broken mention ("released", "his", "always", "some"), nor a
// pronoun with a clitic ("I'm", "We've"). Russian and Ukrainian heads are
// left to the Cyrillic rules.
bool SpeakerCanBeSomeone(std::string_view speaker) {
  const bool one_word = speaker.find(' ') == std::string_view::npos;
  // The head: the last word before a preposition ("critics of the measure",
  // "a leading expert on the economy"), else the last word.
  // "one of Mr Bakrie's deputies", "large numbers of backbench MPs": after
  // a quantity, the head is what is counted.
  static constexpr std::string_view kQuantities[] = {"one", "some", "several", "many", "most", "numbers", "number",
                                                     "two", "three", "four", "few", "each", "any", "none", "all"};
  if (size_t of = speaker.find(" of "); of != std::string_view::npos) {
    size_t space = speaker.rfind(' ', of - 1);
    std::string_view before = speaker.substr(space == std::string_view::npos ? 0 : space + 1,
                                             of - (space == std::string_view::npos ? 0 : space + 1));
    for (std::string_view w : kQuantities)
      if (before == w) { speaker = speaker.substr(of + 4); break; }
  }
  static constexpr std::string_view kHeadEnds[] = {" of ", " on ", " in ", " at ", " for ", " from ", " with ", " named "};
  for (std::string_view end : kHeadEnds)
    if (size_t at = speaker.find(end); at != std::string_view::npos && at > 0) speaker = speaker.substr(0, at);
  size_t space = speaker.rfind(' ');
  std::string_view head = space == std::string_view::npos ? speaker : speaker.substr(space + 1);
  if (head.empty()) return false;
  if (size_t apostrophe = head.find_first_of("'\xE2"); apostrophe != std::string_view::npos) {
    std::string_view clitic = head.substr(apostrophe);
    for (std::string_view c : {"'m", "'ve", "'re", "'ll", "'d", "\u2019m", "\u2019ve", "\u2019re", "\u2019ll", "\u2019d"})
      if (clitic == c) return false;
  }
  if (head[0] >= 'A' && head[0] <= 'Z') {
    // "It", "One", "Russian": a pronoun, number or nationality capitalised
    // by the sentence names no one on its own.
    if (!one_word) return true;
    char buf[32];
    const std::string_view lower = qi::Lower(head, buf, sizeof buf);
    static constexpr std::string_view kNumbers[] = {"one", "two", "three", "four", "five", "six", "both"};
    for (std::string_view n : kNumbers)
      if (lower == n) return false;
    return (qi::WordClasses(lower) & (qi::kPronoun | qi::kDeterminer | qi::kNationality)) == 0;
  }
  if (static_cast<unsigned char>(head[0]) >= 0x80) return true;
  if (head.ends_with("-year-old") || head.ends_with("-year-olds")) return true;  // "the 22-year-old said"
  // "co-chairman", "ex-minister": the last part of a compound.
  if (size_t hyphen = head.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < head.size())
    head = head.substr(hyphen + 1);
  char buf[64];
  std::string_view lower = qi::Lower(head, buf, sizeof buf);
  // Documents and bodies that publish: "a report said", "the survey
  // found", "the label said". Their claims are attributed, though to no
  // person.
  if (qi::IsPublisherNoun(lower)) return true;
  if (qi::WordClasses(lower) & (qi::kRoleNoun | qi::kTitle | qi::kOrganisation | qi::kNationality)) return true;
  return qi::NounCanName(lower);
}

}  // namespace

// See QuoteOptions::desk_view.
bool QuoteExtractor::Impl::NameUsedMidSentence(std::string_view word) {
  for (size_t t = 1; t < tokens_.size(); ++t) {
    if (tokens_[t].type != kWord || Tok(t) != word) continue;
    const Token& before = tokens_[t - 1];
    const bool starts_sentence = before.type == kPeriod || before.type == kColon || before.type == kDQuote ||
                                 before.type == kSQuote || before.type == kDash ||
                                 text.substr(before.end, tokens_[t].begin - before.end).find('\n') !=
                                     std::string_view::npos;
    if (!starts_sentence) return true;
  }
  return false;
}

bool QuoteExtractor::Impl::ShownToDesk(const Attribution& a, const Quote& q) {
  if (q.statement_class == StatementClass::kEvent || q.speaker.empty() || !SpeakerCanBeSomeone(q.speaker))
    return false;
  // "There are fears that ...", "Many believe", "Currently, analysts
  // say", "Fuelled by ...": one word capitalised by the sentence opening,
  // a function word, an adverb or a participle, names no one. It does
  // when the article capitalises it where no sentence starts ("shares in
  // Reading").
  if (q.speaker.find(' ') == std::string::npos && !Cyrillic() && !NameUsedMidSentence(q.speaker)) {
    static constexpr std::string_view kNoOne[] = {
        "there", "other", "others", "neither", "either", "every", "any", "such", "few", "most", "more",
        "many", "some", "all", "another", "nobody", "no-one", "none", "everyone", "everybody", "someone",
        "somebody", "anyone", "anybody", "overall", "within", "first", "local", "special", "digital"};
    char buf[32];
    const std::string_view lower = qi::Lower(q.speaker, buf, sizeof buf);
    for (std::string_view w : kNoOne)
      if (lower == w) return false;
    if (lower.size() > 5 && (lower.ends_with("ly") || lower.ends_with("ing") || lower.ends_with("ed"))) return false;
    // "Support for the plan has grown": a word the article also writes in
    // lower case is a common word, unless it names people or a document
    // ("Analysts", "Reports").
    if (!qi::IsPersonNoun(lower) && !qi::NounCanName(lower) && !qi::IsPublisherNoun(lower) &&
        (qi::WordClasses(lower) & (qi::kRoleNoun | qi::kTitle | qi::kOrganisation)) == 0) {
      for (size_t t = 0; t < tokens_.size(); ++t)
        if (tokens_[t].type == kWord && !IsCap(t) && Tok(t) == lower) return false;
    }
  }
  if (!q.in_headline) return true;
  // A headline speaks for someone only with quote marks of its own, or a
  // verb of saying and a clause: "Lavrov says NATO 'should have ...'",
  // "Abbas 'will not tolerate' attacks", "EU secures rounds, Kallas says".
  bool named = !a.speaker.empty() && IsCap(a.speaker.e - 1) && !Is(a.speaker.e - 1, qi::kPronoun);
  if (!named) return false;
  if (q.kind != StatementKind::kIndirect) return true;
  const CueEntry* cue = CueOf(a);
  return cue && (cue->flags & qi::kCueSaysWords) && ContentIsProposition(a);
}

}  // namespace qtrack
