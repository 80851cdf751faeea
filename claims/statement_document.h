// File: claims/statement_document.h
//
// The store's document builder: the Xapian terms, value slots and data of
// one Statement, in the layout claims/store.h documents (the free text is
// indexed by the store's TermGenerator). The query side builds its filter
// terms with the same functions, so what `speaker:`, `via:` and `outlet:`
// look up is exactly what was written.
//
// Every term built from input goes through BoundedKey (claims/text_keys.h),
// so no input can make a term Xapian refuses. The builder still checks each
// term against Xapian's limits, so that a statement it cannot store is
// reported as such (and its record rejected) instead of failing the batch.
//
// Thread-safety: pure functions.
#ifndef QTRACK_CLAIMS_STATEMENT_DOCUMENT_H_
#define QTRACK_CLAIMS_STATEMENT_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

#include "absl/status/status.h"
#include "claims/statement.h"

namespace qtrack {

enum StatementSlot : Xapian::valueno {
  // YYYYMMDD: DeskDate (said_on, else first_seen), what date filters,
  // date ranges and "newest first" use.
  kSaidOn = 0,
  kFirstSeen = 1,    // YYYYMMDD
  kLastSeen = 2,     // YYYYMMDD
  kOccurrences = 3,  // sortable_serialise(count)
};

// Xapian's limit on the length of a term, in bytes.
inline constexpr size_t kMaxTermBytes = 245;

// "kyivindependent.com" → "kyivindependent_com": the NameKey with '_' for
// spaces, bounded (BoundedKey). The form of speaker ids and V/O terms.
std::string TermKey(std::string_view name);

// The terms of the layout, each from the value as the statement holds it.
std::string StatementTerm(std::string_view statement_id);  // Q
std::string SpeakerTerm(std::string_view speaker_id);      // S
std::string ConduitTerm(std::string_view conduit);         // V + TermKey
std::string OutletTerm(std::string_view outlet);           // O + TermKey
std::string ArticleTerm(std::string_view article_id);      // A + its ContentHashId
std::string LinkTargetTerm(std::string_view to_id);        // T

// What `via:TEXT` (prefix 'V') or `outlet:TEXT` (prefix 'O') looks up: the
// term of TEXT, or, when TEXT ends in '*', every term that starts with its
// key (at most 1000 terms, the most frequent), which finds a long value by
// the visible prefix BoundedKey kept.
Xapian::Query KeyFieldQuery(char prefix, std::string_view text);

// "2025-04-14T15:29:00+03:00" → "20250414"; "" when not a date.
std::string CompactDate(std::string_view iso);

// Adds the statement's boolean terms (Q S V K L O A H T; suggestions have
// no H/T terms) to `doc`. InvalidArgument, naming the term, when one would
// be empty or longer than kMaxTermBytes; `doc` may then hold some of them.
absl::Status AddStatementTerms(const Statement& statement, Xapian::Document* doc);

// Replaces the document's values and data with the statement's.
void SetStatementValuesAndData(const Statement& statement, Xapian::Document* doc);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_STATEMENT_DOCUMENT_H_
