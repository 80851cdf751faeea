// File: claims/statement.h
//
// The stored unit: one Statement per (speaker, canonical text), however many
// articles carried it, with each carrying article kept as an Occurrence
// (Quotebank's model). Serialised as JSON in the Xapian document's data, so
// `xapian-delve -d` shows it and other tools can read it.
#ifndef QTRACK_CLAIMS_STATEMENT_H_
#define QTRACK_CLAIMS_STATEMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/article.h"

namespace qtrack {

// The passage that carried a statement, so that a reader can check the
// words in their place: the statement's extent in the article (`quoted`,
// attribution included when it interrupts the quote) and the text of its
// paragraph around it, each side cut at a word to a few hundred bytes
// ("…" marks a cut). Empty when the article's text was not at hand.
struct SourceContext {
  std::string before, quoted, after;
  bool empty() const { return quoted.empty(); }
};

// The context of `extent` (a quote's span, Quote::extent()) in `article`:
// the paragraph(s) it lies in, with at most 240 bytes on either side and
// 480 of the statement itself, cut on UTF-8 character (and, for the
// sides, word) boundaries. Empty when the extent is empty or outside the
// text.
SourceContext ContextOf(const Article& article, Span extent);

struct Occurrence {
  std::string article_id;
  std::string url;
  std::string outlet;
  std::string title;
  std::string published;  // ISO 8601 as the article gave it
  SourceContext context;  // this occurrence's passage; empty in older databases
  // The article's body fingerprint (claims/linker.h StoryFingerprint): the
  // same for copies of one story; "" when unknown or too short.
  std::string story;
};

// A link from this statement to an earlier one (written by the matcher).
struct Link {
  std::string type;     // "repeat", "recycled", "contradicts", "checked"
  std::string to_id;    // the earlier statement's id (or check id)
  double score = 0;
  std::string reason;   // what a person can check: shared words, numbers
  bool suggestion = false;  // between the thresholds: for review
};

struct Statement {
  std::string id;            // stable: hash of speaker id and StatementKey
  std::string speaker;       // display name: "Dmitry Peskov"
  std::string speaker_id;    // registry id: "dmitry_peskov"
  std::string speaker_role;  // "Kremlin spokesperson"
  // The name as the extractor gave it ("Dmitri Peskov"), before the
  // registry resolved it: what an editor's split of an alias acts on.
  std::string speaker_given;
  std::string quote;
  std::string kind;          // direct, mixed, indirect, claim
  // What the speaker does with the content: "asserts", "denies", … as the
  // extractor tells; "" when it did not (read as "asserts": PolarityLabel).
  std::string polarity;
  // What the cue reports: "speech", "belief" or "intent" (quotes/quote.h);
  // "" when the extractor did not tell (read as "speech": ClassLabel).
  // Ingest stores no event.
  std::string statement_class;
  std::string via;           // conduit, "" when none
  // Whom a representative speaks for ("Tony Blair" for "Tony Blair's
  // spokesman"); "" when the speaker speaks for themself.
  std::string on_behalf_of;
  std::string addressee;
  // YYYY-MM-DD: when the quote says it was said, else its article's date;
  // "" when neither gave one.
  std::string said_on;
  std::string language;
  std::string first_seen;    // YYYY-MM-DD of the earliest occurrence
  std::string last_seen;
  // Where the dates came from: "" from the articles (or the quote);
  // "ingest" when no article carrying it had a date, so first_seen and
  // last_seen are the days it was ingested (and said_on is empty).
  std::string date_source;
  double confidence = 0;
  std::vector<Occurrence> occurrences;
  std::vector<Link> links;
};

// Who said it, for people to read: the registry name, else the mention as
// written when it named no one the registry holds ("(unattributed: it)"),
// else "(unattributed)".
std::string SpeakerLabel(const Statement& statement);

// The date a desk files the statement under (--since/--until, the weekly
// report, "newest first"): said_on, else first_seen (for an undated
// article, the day it was ingested: date_source "ingest").
std::string_view DeskDate(const Statement& statement);

// The statement's polarity for people and filters: "asserts" when unknown.
std::string_view PolarityLabel(const Statement& statement);

// The statement's class for people and filters: "speech" when unknown.
std::string_view ClassLabel(const Statement& statement);

// Copies of one story (a text and an HTML copy of one page, a page saved
// twice) are one place where a statement was read. An occurrence's story is
// its body fingerprint (Occurrence::story); without one (a text too short
// to fingerprint), its outlet, title and publication day; an untitled
// occurrence without a fingerprint is a story of its own. Linear time.
// The occurrences grouped by story: indices into statement.occurrences,
// groups in first-seen order, each group in stored order.
std::vector<std::vector<size_t>> OccurrencesByStory(const Statement& statement);

// JSON with the fields of `qtrack said --format jsonl`.
std::string StatementToJson(const Statement& statement);
// The same, as a store document's data: 16% smaller on BBC (Xapian
// compresses every document's data as it is added), and read back the same
// by StatementFromJson: null fields are left out, and so is a passage's
// "quoted" when it is the statement's quote.
std::string StatementToStoredJson(const Statement& statement);
// Reads either form.
absl::StatusOr<Statement> StatementFromJson(std::string_view json);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_STATEMENT_H_
