// File: claims/internal/store_schema.h  (private to //claims:store)
//
// What the store writes besides the documents claims/statement_document.h
// builds: the article: metadata record, the Statement a quote of an article
// becomes, how a stored statement's dates grow with a new occurrence, and
// the free-text terms (stemmed by language) of a statement. The layout these
// produce is the on-disk contract of claims/store.h; changing any of them
// changes what an ingest writes.
//
// Thread-safety: pure functions; StemmerFor keeps per-thread stemmers.
#ifndef QTRACK_CLAIMS_INTERNAL_STORE_SCHEMA_H_
#define QTRACK_CLAIMS_INTERNAL_STORE_SCHEMA_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "claims/statement.h"
#include "ingest/article.h"
#include "quotes/quote.h"

namespace qtrack::store_internal {

// Present once article: keys are hashes of ArticleIdentity (see
// Store::AddArticle); a database without it, but with articles, keyed them
// by their bare id.
inline constexpr char kArticleKeysFormat[] = "format:article_keys";

// The value of an article: record. Tabs in the outlet become spaces, so the
// fields split unambiguously.
struct ArticleRecord {
  std::string published, outlet;
  std::string fingerprint;  // ArticleContentHash; "" in records of older stores
  // YYYY-MM-DD it was ingested, kept when it had no date of its own (""
  // otherwise, and in records of older stores).
  std::string ingested;
};

// "<published>\t<outlet>\t<fingerprint>[\t<ingested>]": the ingested date
// is written only when not empty.
std::string EncodeArticleRecord(ArticleRecord record);
// The inverse; missing trailing fields (older stores) are left empty.
ArticleRecord DecodeArticleRecord(std::string_view value);

// Today, YYYY-MM-DD (UTC): the date of what is ingested undated.
std::string Today();

// A calendar date, YYYY-MM-DD: "2025-13-45" and "2025-02-30" are not.
bool IsCalendarDate(std::string_view s);

// A new statement's fields that its article and quote give; the writer adds
// the speaker, the id and the links.
// `published_date` is the article's date ("" when undated), `seen_date`
// the date it was seen: its date, else the ingest date.
Statement StatementFromQuote(const Article& article, const Quote& quote,
                             const std::string& published_date, const std::string& seen_date);

// Dates `old` (a stored statement) as also seen on `seen_date`; `dated`:
// that date is an article's (else the ingest's), with `said_on` the new
// occurrence's. A dated occurrence replaces dates that only an ingest gave.
void ExtendDates(Statement* old, const std::string& seen_date, bool dated,
                 const std::string& said_on);

// Whether every term the article's statements would carry is one Xapian
// accepts. Checked before anything of the article is written or counted,
// so a record that cannot be stored is rejected alone (InvalidArgument)
// instead of failing the batch it would have joined.
absl::Status CheckStorable(const Article& article, const std::vector<Quote>& quotes,
                           const std::string& published_date);

// The stemmer of a statement's language: Russian for "ru" and "uk" (Xapian
// has no Ukrainian one), English for "en" and "", Xapian's stemmer of that
// name when it has one, else none.
Xapian::Stem StemmerFor(std::string_view language);

// Adds a statement's free-text terms (stemmed, with positions) to `doc`:
// the same on the writer and on a preparer's thread. Leaves `termgen`
// holding no reference to `doc` (Document handles are not thread-safe to
// share, and a prepared document moves to the writer).
void IndexText(Xapian::TermGenerator& termgen, const std::string& text, std::string_view language,
               Xapian::Document* doc);

}  // namespace qtrack::store_internal

#endif  // QTRACK_CLAIMS_INTERNAL_STORE_SCHEMA_H_
