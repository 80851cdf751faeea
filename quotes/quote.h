// File: quotes/quote.h
//
// A Quote is one statement found in an Article: what was said (its content
// spans), how (kind and cue), by whom (speaker mention and resolved speaker),
// through whom (conduit), to whom (addressee) and when (said_on).
//
// All spans are byte offsets into Article::text; the CLI converts them to
// Unicode code points for output (see common/utf8.h).
#ifndef QTRACK_QUOTES_QUOTE_H_
#define QTRACK_QUOTES_QUOTE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"

namespace qtrack {

enum class StatementKind {
  kDirect,    // the whole statement is inside quote marks
  kMixed,     // partial quote: quoted words inside reported speech
  kIndirect,  // reported speech with a cue, no quote marks
  kClaim,     // the outlet's own checkable assertion (no speaker quoted)
};

std::string_view StatementKindName(StatementKind kind);  // "direct", ...

// What the cue reports. A desk's views (said, reports, alerts, links) show
// speech and belief unless asked for all; ingest stores no event: an act
// reported with no words is no statement. Extraction lists all four, as
// PolNeAR annotates them all as attributions.
enum class StatementClass : uint8_t {
  kSpeech,  // said, told, claimed, denied, "according to"
  kBelief,  // a stated position: believes, thinks, is convinced
  kIntent,  // plans to, aims to, wants to
  kEvent,   // "declined to comment", "has offered £1.3bn", "blasts Arsenal", "told to resign"
};
std::string_view StatementClassName(StatementClass c);  // "speech", "belief", "intent", "event"

// Whether the speaker asserts the content or denies it ("X denied that
// ...": the content is the proposition denied, never X's assertion).
enum class Polarity : uint8_t { kAsserts, kDenies };
std::string_view PolarityName(Polarity p);  // "asserts", "denies"

struct Quote {
  StatementKind kind = StatementKind::kDirect;
  // Content spans, in order. One for most quotes; two or more when the
  // attribution interrupts the quote ("We will win," Trump said, "and win
  // big.") or a quote runs over several paragraphs.
  std::vector<Span> fragments;
  // The statement text as a person reads it: the fragments joined with a
  // space; a fragment that is one whole quote loses its quote marks (and a
  // comma closing it before the attribution), a leading complementizer
  // ("that", "что", "що") goes; nothing else is stripped ("<script>", "$5",
  // brackets stay). The fragments keep the complementizer.
  std::string text;

  Span cue;                // "said", "according to", "told reporters"; may be empty
  StatementClass statement_class = StatementClass::kSpeech;
  Polarity polarity = Polarity::kAsserts;
  Span speaker_mention;    // the mention at this quote ("he", "Peskov"); may be empty
  std::string speaker;     // resolved: "Dmitry Peskov"; empty when unknown
  std::string speaker_role;  // "Kremlin spokesperson"; empty when unknown
  bool speaker_is_organisation = false;  // "the Kremlin", "the ministry"
  // For a representative ("a spokesman for Mr Blair"): whom they speak for,
  // resolved ("Tony Blair"); `speaker` is then the representative as
  // described ("Tony Blair's spokesman"). Empty otherwise.
  std::string on_behalf_of;
  std::string via;         // conduit: "TASS", "Reuters"; empty when none
  std::string addressee;   // "Trump" in "Witkoff told Trump"; may be empty
  std::string said_on;     // YYYY-MM-DD; the article's date when not stated
  double confidence = 0;   // in [0, 1]
  // Found in the headline (the article's title repeated as its first
  // paragraph).
  bool in_headline = false;
  // The extractor rule that produced it ("cue", "cue-inverted",
  // "according-to", ...; quotes/internal/rules.h): why it was attributed.
  // Points to static storage.
  std::string_view rule;
  // The decision model's features, only with QuoteOptions::collect_features.
  std::vector<std::string> features;
  // Extraction scratch: with QuoteOptions::desk_view, a statement the desk
  // is not shown. Such statements take part in extraction like any other
  // (they set who "he" is, they end chains) and are removed before Extract
  // returns, so the desk view is the full view filtered. Always false in
  // Extract's output.
  bool hidden_from_desk = false;

  Span extent() const {
    return fragments.empty() ? Span{}
                             : Span{fragments.front().begin, fragments.back().end};
  }
};

}  // namespace qtrack

#endif  // QTRACK_QUOTES_QUOTE_H_
