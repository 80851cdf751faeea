// File: quotes/classify.cc
//
// What an attribution reports: speech, a belief or an intent, asserted or
// denied; or an event (a refusal, a passive "told to", an act with no
// words). Reads the cue's sense in the lexicon (kCueSenses in lexicon.cc) and
// the shape of the content: a quote, a clause, or a bare object.
#include <string_view>

#include "quotes/internal/extractor_impl.h"

namespace qtrack {

// The lexicon cue of an attribution: the first cue word in its cue span
// ("to say" → "say", "according to" → "according"), else null.
const CueEntry* QuoteExtractor::Impl::CueOf(const Attribution& a) const {
  for (int t = a.cue.b; t < a.cue.e; ++t)
    if (tokens_[t].cue) return tokens_[t].cue;
  return nullptr;
}

// Whether the content states a proposition rather than naming a thing: it
// holds a quote, opens with a complementizer, "whether"/"if" or an
// infinitive, or holds a finite verb (an auxiliary, an irregular past, a
// past tense in -ed after a subject, a cue word) or a pronoun subject.
// "has offered £1.3bn", "concluded talks in St. Petersburg" and "blasts
// Arsenal" state none.
bool QuoteExtractor::Impl::ContentIsProposition(const Attribution& a) {
  for (int i = 0; i < a.n_content; ++i) {
    const Range& r = a.content[i];
    if (r.empty()) continue;
    if (IsWord(r.b) && (Is(r.b, qi::kThat) || LowerIs(r.b, "whether") || LowerIs(r.b, "if") ||
                        LowerIs(r.b, "how") || LowerIs(r.b, "why") || LowerIs(r.b, "what")))
      return true;
    if (LowerIs(r.b, "to") && r.b + 1 < r.e && IsWord(r.b + 1) && !IsCap(r.b + 1)) return true;
    for (int t = r.b; t < r.e; ++t) {
      if (tokens_[t].quote >= 0) return true;
      if (!IsWord(t) || IsCap(t)) continue;
      if (Is(t, qi::kAux | qi::kPersonPronoun) || IrregularPast(t) || tokens_[t].cue) return true;
      // "the economy grew", "prices rose": -ed after a word that is no
      // determiner or preposition (not "the revised plan").
      if (t > r.b && EndsWith(Tok(t), "ed") && IsWord(t - 1) && !Is(t - 1, qi::kDeterminer | qi::kPreposition))
        return true;
    }
  }
  return false;
}

void QuoteExtractor::Impl::Classify(const Attribution& a, Quote* q) {
  q->statement_class = StatementClass::kSpeech;
  q->polarity = Polarity::kAsserts;
  const CueEntry* cue = CueOf(a);
  if (cue == nullptr || (cue->flags & qi::kCueAccording)) return;
  const Range& first = a.content[0];
  // The content right after the cue opens with "to": an infinitive the cue
  // governs ("declined to comment", "plans to visit", "told to resign").
  bool infinitive = false;
  for (int i = 0; i < a.n_content; ++i)
    infinitive |= a.content[i].b == a.cue.e && LowerIs(a.content[i].b, "to");
  if (first.b >= a.cue.e && LowerIs(first.b, "to") && first.b <= a.cue.e + 1) infinitive = true;
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
  if (cue->flags & qi::kCueDenial) {
    q->polarity = Polarity::kDenies;
    return;  // "denied wrongdoing": the thing denied is its content
  }
  if (cue->flags & qi::kCueBelief) q->statement_class = StatementClass::kBelief;
  if (cue->flags & qi::kCueIntent)
    q->statement_class = infinitive ? StatementClass::kIntent : StatementClass::kBelief;
  // A cue whose object is not words ("offered", "agreed", "praised",
  // "blasts") reports a statement only with a proposition after it.
  if (!(cue->flags & qi::kCueSaysWords) && q->statement_class == StatementClass::kSpeech &&
      !ContentIsProposition(a))
    q->statement_class = StatementClass::kEvent;
}

}  // namespace qtrack
