// File: claims/store.h
//
// The statement store: one Xapian database directory holding one document
// per Statement, the speaker registry, and the set of ingested articles.
// It is a plain Xapian (glass) database; the layout below is the contract
// Xapian's own tools rely on (xapian-delve, quest, xapian-check):
//
//   Terms (boolean unless noted; built by claims/statement_document.h)
//     Q<statement id>       unique id term
//     S<speaker id>         speaker:   registry id, e.g. Sdmitry_peskov
//     V<conduit key>        via:       TermKey of the conduit, e.g. Vtass
//     O<outlet key>         outlet:    one per occurrence outlet, e.g. Okyivindependent_com
//     K<kind>               kind:      direct, mixed, indirect, claim
//     P<polarity>           polarity other than "asserts", e.g. Pdenies
//     C<class>              class other than "speech": Cbelief, Cintent
//     L<language>           lang:      en, ru, uk
//     B<speaker id>         made on behalf of that speaker (by a spokesman…):
//                           PrincipalTerm of Statement::on_behalf_of
//     A<article id hash>    one per occurrence (re-ingest detection, merges)
//     H<link type>          has a link of that type: Hrepeat, Hrecycled, Hcontradicts
//     T<statement id>       links to that earlier statement (or known fact-check)
//     free text             the statement, stemmed by language, with positions
//     Z<stem>               stemmed forms (Xapian's TermGenerator default)
//   Values
//     0  said_on      YYYYMMDD   (DateRangeProcessor, sorting)
//     1  first_seen   YYYYMMDD
//     2  last_seen    YYYYMMDD
//     3  occurrences  sortable_serialise(count)
//   Document data: the Statement as JSON (claims/statement.h), in its
//                  stored form (StatementToStoredJson: no null fields, a
//                  passage's "quoted" only when not the quote); documents
//                  written before it, with every field, read the same.
//   Metadata (keys)
//     article:<id hash>     "<published>\t<outlet>\t<fingerprint>" for each
//                           stored article; the key hashes its ArticleIdentity
//                           (ingest/article_util.h: own ids scoped by outlet or
//                           file, URLs, content hashes, in separate
//                           namespaces), the fingerprint is its
//                           ArticleContentHash
//     format:article_keys   "identity" (a database without it, but with
//                           articles, keyed them by their bare id: those keys
//                           are still consulted)
//     speaker:<speaker id>  the speaker's registry record as JSON
//     alias:<name key>      tab-separated speaker ids that answer to the name
//     merge:<speaker id>    the id it was merged into (editor's correction)
//     count:articles, count:speakers   counters
//   Bounded keys: Xapian refuses terms over 245 bytes and metadata keys
//   over 253. Every key built from input (speaker ids, conduit and outlet
//   keys, languages, link targets, the name keys of alias: records) passes
//   through BoundedKey (claims/text_keys.h): kept when at most 200 bytes,
//   else its first bytes (cut at a UTF-8 character boundary, at most 166)
//   + '~' + ContentHashId of the whole key. The query side (speaker:,
//   via:, outlet:, Said's filters) applies the same rule, so a long value
//   is found by its full text, and `outlet:PREFIX*` finds it by the
//   visible prefix. A record whose terms would still be refused is
//   rejected alone (AddArticle: InvalidArgument) before any of it is
//   written.
//
// Shards: see CreateSharded. Every reader opens all shards as one
// Xapian::Database; shards served by xapian-tcpsrv are named in the stub
// file ("remote HOST:PORT") and need no change to qtrack.
//
// Writes: one writer at a time (Xapian's lock; a second writer gets
// FailedPrecondition "database is locked by another ingest"). Articles are
// added in batches; each batch is one Xapian transaction, so a crash loses
// at most the batch in progress and re-running the ingest completes it
// without duplicates (an article is marked stored in the same transaction
// as its statements).
// Reads: a reader sees the last committed batch. A commit can discard the
// revision a reader is on (Xapian's DatabaseModifiedError); every read
// then reopens the database and is redone (up to 40 times, pausing a
// little longer each time), so reads do not fail because an ingest
// committed. A read that visits many statements fetches each on its own
// and may mix revisions: each statement is whole, later ones may be newer.
// Unavailable: commits overtook a read 40 times.
//
// Thread-safety: a Store is used by one thread at a time (with
// StoreOptions::write_thread it hands its Xapian writes to a thread of its
// own; every other call waits for those writes first).
#ifndef QTRACK_CLAIMS_STORE_H_
#define QTRACK_CLAIMS_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claims/similarity.h"
#include "claims/speaker_registry.h"
#include "claims/statement.h"
#include "ingest/article.h"
#include "quotes/quote.h"

namespace qtrack {

struct StoreOptions {
  // Articles per transaction. Default 1000. Larger batches ingest faster
  // and hold more in memory; a crash loses at most one batch.
  size_t batch_articles = 1000;
  // Apply the Xapian writes (adding documents, commits) on a thread of
  // their own, while the caller goes on resolving and linking the next
  // statements (claims/write_queue.h). The database written is the same
  // either way. Default false; ingest sets it with --jobs 2 or more.
  bool write_thread = false;
  // Link each new statement to earlier ones at ingest (repeat, recycled,
  // contradicts). Default true.
  bool link = true;
  // The matcher's thresholds (see claims/similarity.h for the defaults).
  MatchThresholds thresholds;
  // Candidates fetched from the index (and as many from the batch being
  // written) and verified per statement. Default 6: identical and
  // near-identical statements rank first; more candidates cost time and
  // add mostly topical neighbours.
  size_t candidates = 6;
  // Stored repeat/recycled links need at least this similarity; weaker
  // matches the matcher accepts are kept as suggestions for review. The
  // matcher's own link threshold is fitted on MRPC pairs, which come
  // pre-selected as being about one story; among open-world candidates it
  // admits topical neighbours. Default 0.6.
  double link_min_similarity = 0.6;
  // ... and the shared content words must be at least this share of the
  // longer statement's, so two claims that only share a topic stay apart.
  // Default 0.6 (0.5 let "Crimea returned to the embrace of Russia" link
  // "The return of Crimea caused Western hostility against Russia").
  double link_min_coverage = 0.6;
  // A stored contradiction link needs at least this similarity between the
  // two statements (the same subject). Default 0.6.
  double contradiction_min_similarity = 0.6;
  // A pair in which either statement has fewer content words is linked
  // only when the wording is identical and both are own-voice claims (short
  // statements make false matches; a short quoted fragment is a topic, not
  // a claim). Default 4.
  size_t min_link_words = 4;
  // The date (YYYY-MM-DD) an article without one is filed under: its
  // statements' first_seen, marked date_source "ingest". Default "": the
  // day of the ingest (UTC).
  std::string ingest_date;
  // Optional: more links for a new statement, e.g. "checked" links to known
  // fact-checks (claims/checks.h). Called once per new statement, on the
  // writer's thread. Default: none.
  std::function<std::vector<Link>(const Statement&)> extra_links;
};

// One earlier statement found by Match, with the matcher's verdict.
struct MatchResult {
  Statement statement;
  // The link ingest would give a new statement of these words, of no known
  // speaker or story (claims/linker.h): recycled, contradicts, "recycled?"
  // for a suggestion, or "" (unrelated).
  std::string link_type;
  PairJudgement judgement;
};

// A recycled narrative: statements linked as repeats or recycled.
struct Narrative {
  std::vector<Statement> statements;  // oldest first
  std::string first_seen;             // of the oldest statement
  std::vector<std::string> speakers;  // in order of first appearance
  std::vector<std::string> outlets;
};

struct AddResult {
  bool article_was_new = false;
  size_t new_statements = 0;
  size_t new_occurrences = 0;  // existing statements carried again
  size_t new_speakers = 0;
  // The statements this article added, with their links (for alerts).
  std::vector<Statement> added;
  // This call committed the batch, this article included: everything added
  // since the previous commit is now durable (what an honest summary counts).
  bool committed_batch = false;
};

struct SaidQuery {
  // Any alias; case- and diacritics-insensitive. A surname or "Mr X" that
  // several speakers answer to means the one that fits (LookupSpeaker),
  // else all of them.
  std::string speaker;
  // Also the statements of those who speak on the speaker's behalf
  // ("Tony Blair's spokesman": Statement::on_behalf_of). Default false:
  // the speaker's own statements only.
  bool with_representatives = false;
  std::string since, until;  // YYYY-MM-DD, inclusive; "" = open
  std::string via, outlet, kind;
  // "asserts" (also every statement whose polarity is unknown), "denies", …
  std::string polarity;
  // "" (the default): speech and belief, what a desk reads; "all": intents
  // too ("plans to", "aims to"); or one of "speech", "belief", "intent".
  std::string statement_class;
  size_t offset = 0;  // matches skipped before the first returned (paging)
  size_t limit = 100;
  // Fill StatementPage::per_day (counts every match: costs a full pass).
  bool count_days = false;
};

// Whether [since, until] (YYYY-MM-DD, "" = open) is a range of calendar
// dates: InvalidArgument naming the date that is none ("2005-13-45") or
// the range that ends before it starts. What Said checks first.
absl::Status CheckDateRange(std::string_view since, std::string_view until);

// One page of a query's matches, and how many there are in all.
struct StatementPage {
  std::vector<Statement> statements;
  // Matches in all, not only this page. Counted exactly up to 10,000
  // matches (Xapian's check_at_least); beyond that it is Xapian's estimate
  // and total_is_exact is false.
  uint64_t total = 0;
  bool total_is_exact = true;
  // With SaidQuery::count_days: (said_on YYYY-MM-DD, matches) for every
  // day that has any, oldest first; matches without a date are left out.
  std::vector<std::pair<std::string, uint64_t>> per_day;
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t statements = 0;
  uint64_t speakers = 0;
  uint64_t links = 0;
  uint64_t bytes_on_disk = 0;
};

// The part of storing an article's statements that needs only their text
// and the last committed revision, not the writer's state: each statement's
// analysis for the matcher, its candidate query and the matcher's verdicts
// on those candidates. Ingest computes it on its worker threads, so the one
// writer does only what must be sequential (speakers, batch candidates,
// Xapian writes). Opaque; made by a StatementPreparer, consumed by
// Store::AddArticle.
struct PreparedStatement;
struct PreparedArticle {
  // Parallel to the article's quotes; null where nothing was prepared.
  std::vector<std::shared_ptr<PreparedStatement>> statements;
};

// Thread-compatible: one preparer per thread. Results are used only when
// the revision they were computed on is still the writer's committed one
// (else the writer recomputes), so what is stored never depends on how
// many threads prepared it.
class StatementPreparer {
 public:
  virtual ~StatementPreparer() = default;
  virtual PreparedArticle Prepare(const Article& article, const std::vector<Quote>& quotes) = 0;
};

class Store {
 public:
  // Creates the database when missing. Fails with FailedPrecondition
  // ("database is locked by another ingest") when another writer holds it.
  static absl::StatusOr<std::unique_ptr<Store>> OpenForWriting(const std::string& dir,
                                                               StoreOptions options = {});
  // Fails with NotFound when there is no database at `dir`.
  static absl::StatusOr<std::unique_ptr<Store>> OpenForReading(const std::string& dir);
  // Creates an empty database of `shards` local shards at `dir` (a Xapian
  // stub directory: dir/XAPIANDB lists dir/shard00 …). Statements are
  // placed by a hash of their id; metadata lives in shard 0. Fails with
  // AlreadyExists when `dir` already holds a database.
  static absl::Status CreateSharded(const std::string& dir, int shards);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores an article's statements. An article already stored (same
  // ArticleIdentity, same content) is skipped: re-ingest changes nothing.
  // Commits when the batch is full.
  // InvalidArgument: this article is not stored, and nothing of it was
  // written; the store goes on. Either its identity is already stored with
  // different content (ArticleContentHash), or it would need a term Xapian
  // refuses. Any other error is the database's: stop.
  // REQUIRES: opened for writing.
  // `prepared`, when given, is the output of a preparer of this store for
  // the same article and quotes; AddArticle consumes it.
  absl::StatusOr<AddResult> AddArticle(const Article& article, const std::vector<Quote>& quotes,
                                       PreparedArticle* prepared = nullptr);
  // A preparer to run on another thread while this store writes: keys and
  // text terms always; the matcher's analysis when linking; candidates and
  // verdicts too unless the database is sharded (its revision is not one
  // number). Null for a store opened for reading. The store must outlive
  // it. Called on the writer's thread.
  std::unique_ptr<StatementPreparer> NewPreparer();
  // Commits the batch in progress. REQUIRES: opened for writing.
  absl::Status Commit();

  // Everything a speaker said, newest first (by said_on). InvalidArgument
  // when since or until is not a calendar date, or since > until.
  absl::StatusOr<std::vector<Statement>> Said(const SaidQuery& query);
  // The same, as one page (query.offset, query.limit) with the total.
  absl::StatusOr<StatementPage> SaidPage(const SaidQuery& query);
  // Xapian query syntax: free text (stemmed), "phrases", AND/OR/NOT,
  // speaker:, via:, outlet:, kind:, lang:, and YYYY-MM-DD..YYYY-MM-DD on
  // said_on. Best first. A query longer than 4 KiB or of more than 100
  // terms is refused (InvalidArgument): its cost grows with its terms.
  absl::StatusOr<std::vector<Statement>> Search(std::string_view query, size_t limit);
  // The same, as one page: `limit` matches after the first `offset`.
  absl::StatusOr<StatementPage> SearchPage(std::string_view query, size_t offset, size_t limit);
  absl::StatusOr<Statement> GetStatement(std::string_view id);

  // The stored statements nearest to `text`, best first, each judged by the
  // matcher; `speaker` (any alias) restricts to one speaker when not empty.
  // Each gets the link ingest would store (claims/linker.h) for `text` read
  // as an own-voice claim, or, when `speaker` names exactly one speaker, as
  // a direct quote of theirs: a repeat of their words, or altered.
  absl::StatusOr<std::vector<MatchResult>> Match(std::string_view text, std::string_view speaker,
                                                 size_t limit);
  // Narratives (clusters of repeat/recycled links) active in [since, until]
  // (YYYY-MM-DD, "" = open), largest first; of equal size, the earliest
  // first_seen first, then the lower id of the oldest statement, so the
  // order is the same on every run. InvalidArgument as for Said.
  absl::StatusOr<std::vector<Narrative>> Recycled(std::string_view since, std::string_view until,
                                                  size_t limit);
  // Contradicting pairs: (later, earlier), newest first; `speaker` filters
  // either side when not empty.
  absl::StatusOr<std::vector<std::pair<Statement, Statement>>> Contradictions(
      std::string_view speaker, size_t limit);
  absl::StatusOr<StoreStats> Stats();

  // Statements first seen in [from, to] (YYYY-MM-DD, inclusive), most
  // occurrences first.
  absl::StatusOr<std::vector<Statement>> FirstSeenBetween(std::string_view from,
                                                          std::string_view to, size_t limit);
  // Statements whose DeskDate (said_on, else first_seen: claims/statement.h)
  // lies in [from, to] (YYYY-MM-DD, inclusive), most occurrences first:
  // what the weekly report files under a week.
  absl::StatusOr<std::vector<Statement>> DatedBetween(std::string_view from, std::string_view to,
                                                      size_t limit);
  // Stored articles published in [from, to] (an undated one: ingested then): (published, outlet) pairs.
  // Scans the article records: O(articles stored).
  absl::StatusOr<std::vector<std::pair<std::string, std::string>>> ArticlesBetween(
      std::string_view from, std::string_view to);

  absl::StatusOr<std::vector<SpeakerRecord>> Speakers();
  // What a desk means by `name` (claims/speaker_registry.h, Lookup): every
  // speaker it could mean, most statements first, and whether the first
  // is the one meant (a full name with one speaker, or a surname / "Mr X"
  // that one speaker dominates). Unresolved with several: show them.
  struct SpeakerChoice {
    std::vector<SpeakerRecord> candidates;
    bool resolved = false;
  };
  absl::StatusOr<SpeakerChoice> LookupSpeaker(std::string_view name);
  // The registry records `name` (any alias) answers to.
  absl::StatusOr<std::vector<SpeakerRecord>> FindSpeakers(std::string_view name);
  // Later statements that link to statement `id` (recycled, repeats,
  // contradictions of it).
  absl::StatusOr<std::vector<Statement>> LinkedFrom(std::string_view id, size_t limit);
  // Editor's corrections; they survive re-ingest (stored as merge:/alias:
  // records that ingest consults). REQUIRES: opened for writing.
  // Merges speaker `from` into `into` (any alias of each names them).
  absl::Status MergeSpeakers(std::string_view from, std::string_view into);
  // Detaches `alias` from the speaker it resolves to, making it a speaker
  // of its own; statements whose mention was that alias move with it.
  absl::Status SplitSpeaker(std::string_view alias);
  // Moves the statements `statement_ids` of speaker `speaker` (any alias,
  // or an id) to a new speaker, a namesake "Name (2)" that answers to the
  // same name (claims/speaker_registry.h), and returns its id. Nothing
  // moves when an id is not one of that speaker's statements
  // (InvalidArgument naming it). Survives re-ingest: the articles are
  // stored already, and later mentions go to whichever namesake's
  // context agrees. REQUIRES: opened for writing.
  absl::StatusOr<std::string> SplitStatements(std::string_view speaker,
                                              const std::vector<std::string>& statement_ids);
  // Adds registry lines: "Name | alias | alias | role: Role" (one speaker a
  // line, '#' comments). REQUIRES: opened for writing.
  absl::Status ImportSpeakers(std::string_view lines);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_STORE_H_
