// File: claims/internal/store_impl.h  (private to //claims:store)
//
// Store::Impl, the state the Store's methods share, and the helpers they
// all use: the Xapian exception adapter (FromXapian), reads that survive a
// writer's commits (Retrying), the write queue (Write, Settle), the shards,
// the batch being written and the speaker registry. Store's methods are
// defined by topic in claims/store.cc (opening, adding, committing),
// claims/store_query.cc (said, search, match, dates, stats),
// claims/narratives.cc (recycled narratives, contradictions) and
// claims/store_speakers.cc (the registry and editors' corrections); the
// Impl's own methods in claims/store_impl.cc.
//
// Thread-safety: as Store's (claims/store.h); the preparers share only
// `analysed` and `matcher`, both safe to share.
#ifndef QTRACK_CLAIMS_INTERNAL_STORE_IMPL_H_
#define QTRACK_CLAIMS_INTERNAL_STORE_IMPL_H_

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "claims/internal/store_candidates.h"
#include "claims/linker.h"
#include "claims/speaker_registry.h"
#include "claims/statement.h"
#include "claims/store.h"
#include "claims/write_queue.h"
#include "quotes/quote.h"

namespace qtrack {
namespace store_internal {

inline constexpr char kLockedMessage[] = "database is locked by another ingest";
// Attempts at a read that commits keep overtaking (see Store::Impl::Retrying).
// Almost every overtaken read succeeds at its second attempt; a reader
// starved of CPU while `--batch 1` commits dozens of times a second can
// lose several in a row, so the attempts are many and spread out: after
// the n-th failure the reader pauses n ms (at most kMaxRetryPause), about
// 0.8 s over all attempts.
inline constexpr int kReadAttempts = 40;
inline constexpr absl::Duration kMaxRetryPause = absl::Milliseconds(60);

// Maps Xapian's exceptions to Status (claims/xapian_error.h, in the
// store's words: kLockedMessage, "no qtrack database here"): the only place
// the store catches them.
absl::Status FromXapian(const Xapian::Error& e, const std::string& dir);

}  // namespace store_internal

struct Store::Impl {
  std::string dir;
  StoreOptions options;
  // Writers: one WritableDatabase per shard (one shard unless the database
  // was created with `qtrack init --shards N`). Shard 0 also holds all
  // metadata (registry, article records, counters): Xapian reads metadata
  // of a multi-database from its first sub-database.
  std::vector<std::unique_ptr<Xapian::WritableDatabase>> shards;
  Xapian::WritableDatabase* wdb = nullptr;  // shards[0]
  Xapian::Database db;  // readers: the database; writers: all shards, pending changes included
  // Writers look statements up here, not in `wdb`: a lookup in a writable
  // database merges its pending changes and costs far more than a B-tree
  // lookup in the committed revision plus a hash lookup for this batch.
  Xapian::Database committed;
  absl::flat_hash_map<std::string, Xapian::docid> batch_docids;
  // The database was written before article: keys were made of the
  // ArticleIdentity (it has articles but no kArticleKeysFormat record): its
  // articles are also looked up by their bare id, so re-ingesting its input
  // adds nothing twice.
  bool bare_article_keys = false;
  // Article records of this batch: metadata key → content fingerprint.
  absl::flat_hash_map<std::string, std::string> batch_articles_seen;
  size_t batch_articles = 0;
  bool in_transaction = false;
  uint64_t articles = 0;
  uint64_t speakers = 0;
  // The speaker registry (claims/speaker_registry.h), read through Meta;
  // its changes are written back at commit.
  SpeakerRegistry registry{[this](const std::string& key) { return Meta(key); }};
  Xapian::TermGenerator termgen;
  store_internal::CandidateQuery candidate_query;
  // Every stored statement's candidate postings in memory, committed or
  // not (linking, one shard): the one ranking candidates come from while it
  // is usable (claims/candidate_index.h).
  std::shared_ptr<CandidateIndex> memory_index;
  // The matcher: built on first use (it loads WordNet's antonyms); shared
  // with the preparers.
  std::shared_ptr<const PairMatcher> matcher;
  uint64_t links = 0;
  std::shared_ptr<store_internal::AnalysedCache> analysed =
      std::make_shared<store_internal::AnalysedCache>();
  // Revision of `committed` (none when sharded: prepared candidates are
  // then unused).
  std::optional<Xapian::rev> committed_revision;
  // Per shard, the docid its next add_document gets (Xapian numbers them
  // in order), so the writer knows a statement's docid before Xapian has
  // added it.
  std::vector<Xapian::docid> next_local;
  // Statements added in the batch being written. When `memory_index` is
  // not usable, candidates come from the committed revision (Xapian, fast:
  // no pending changes to merge) plus this index; together they cover
  // every earlier statement, but which of them rank depends on where the
  // batches end.
  store_internal::BatchIndex batch_index;
  // Analyses of the statements this batch added or gave occurrences to, by
  // docid: the committed revision has neither yet, and the cache may drop
  // them.
  absl::flat_hash_map<Xapian::docid, std::shared_ptr<const AnalysedStatement>> batch_analysed;
  // The article being added: StatementKey of each quote → the speaker ids
  // its speaker's name answers to ("" for none known).
  absl::flat_hash_map<std::string, std::vector<std::string>> article_quotes;
  // ArticleSpeakerIds' answers: speaker name → ids.
  absl::flat_hash_map<std::string, std::vector<std::string>> article_speaker_ids;
  std::string ingest_date;  // IngestDate's, once computed
  // Declared last: destroyed first, applying what is queued while the
  // shards it writes to still exist.
  std::unique_ptr<WriteQueue> writes;

  // Queues a write to the shards (see WriteQueue). While writes may be
  // pending, the rest of the writer reads only `committed` and its own
  // state, never the shards or `db`.
  void Write(std::function<void()> op);

  // Waits for the queued writes; afterwards the shards and `db` may be
  // used directly (until the next Write). Readers: nothing to wait for.
  absl::Status Settle();

  LinkPolicy Policy() const {
    return {.min_link_words = options.min_link_words,
            .link_min_similarity = options.link_min_similarity,
            .link_min_coverage = options.link_min_coverage,
            .contradiction_min_similarity = options.contradiction_min_similarity};
  }

  const PairMatcher& Matcher() {
    if (!matcher) matcher = std::make_shared<PairMatcher>(options.thresholds);
    return *matcher;
  }

  // Runs a read of `db` (a function returning absl::Status or StatusOr),
  // surviving the writer's commits: Xapian discards a revision a reader is
  // still on once the writer has committed twice more, and the read fails
  // with DatabaseModifiedError. Xapian's documented remedy is to reopen the
  // database and redo the read; it is redone up to kReadAttempts times.
  // Reads that visit many documents fetch each with a read of its own
  // (ReadStatement), so a long read needs only its short steps to fit
  // between commits, and docids stay valid across the reopen (statements
  // are replaced in place, never deleted). Other Xapian errors become a
  // Status (FromXapian). Writers read their own uncommitted state: nothing
  // they read can be discarded.
  // Xapian 1.4's glass also reports some blocks a commit overwrote mid-read
  // as corrupt ("Expected block 6 to be level 1, not 0", seen by
  // bench/reader_soak.sh): such an error is redone too when a commit has
  // happened since the reader's revision, and is damage otherwise.
  template <typename Read>
  auto Retrying(Read read) -> decltype(read()) {
    for (int attempt = 1;; ++attempt) {
      try {
        // The reopen is part of the attempt: a commit can overtake it too.
        if (attempt > 1) Reopen(attempt - 1);
        return read();
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (attempt >= store_internal::kReadAttempts) return store_internal::FromXapian(e, dir);
      } catch (const Xapian::DatabaseCorruptError& e) {
        if (attempt >= store_internal::kReadAttempts || wdb || !CommittedSinceOpened())
          return store_internal::FromXapian(e, dir);
      } catch (const Xapian::Error& e) {
        return store_internal::FromXapian(e, dir);
      }
    }
  }

  // Moves a reader to the newest revision after `failures` failed attempts.
  void Reopen(int failures);

  // Whether the database on disk is at a later revision than the reader's
  // (true when that cannot be told: a sharded database has no one revision).
  bool CommittedSinceOpened();

  // One stored statement by docid, read with Retrying.
  absl::StatusOr<Statement> ReadStatement(Xapian::docid docid);

  // The metadata keys that start with `prefix`, read with Retrying; their
  // values are then read one by one (one read for all of them could need
  // longer than the writer leaves between commits).
  absl::StatusOr<std::vector<std::string>> MetadataKeys(const std::string& prefix);

  // The statements of `docids`, each read with ReadStatement.
  absl::StatusOr<std::vector<Statement>> ReadStatements(const std::vector<Xapian::docid>& docids);

  // The analysis of earlier statement `docid` (committed or of this
  // batch), its provenance counting every occurrence stored so far; null
  // when its data is not a statement.
  std::shared_ptr<const AnalysedStatement> EarlierAnalysis(Xapian::docid docid);

  // Earlier statement `docid` gains `occurrence`: its analysis gains the
  // story and outlet (as its document will), so a later statement sees
  // the same provenance whether the batch holding the occurrence is
  // committed or not.
  void NoteOccurrence(Xapian::docid docid, const Occurrence& occurrence);

  // Sets `article_quotes` for the article being added; the keys a
  // preparer computed (`prepared`, optional) are not computed again.
  void NoteArticleQuotes(const std::vector<Quote>& quotes, const PreparedArticle* prepared);
  // LookupSpeakerIds(name), looked up once per name in the article being
  // added (an article quotes one speaker many times, and a lookup
  // transliterates the name). Valid from NoteArticleQuotes until the
  // article's first statement is resolved: AddArticle clears it then.
  const std::vector<std::string>& ArticleSpeakerIds(const std::string& name);

  // `earlier` is quoted again in the article being added (that occurrence,
  // further on, may not be stored yet): a link to it would run inside one
  // story. The same words of another speaker do not count.
  bool QuotedInThisArticle(const AnalysedStatement& earlier) const;

  // Links a new statement to the earlier ones it repeats, recycles or
  // contradicts (strongest first), within the writer's view (this batch
  // included, so wire copies in one batch link too).
  // Returns the new statement's analysis, for the cache once it is stored.
  // `key` is StatementKey(st->quote), `text_terms` its free-text terms
  // (IndexText). `prepared` (optional) holds work done ahead on another
  // thread; it is used only when computed on the revision this writer
  // reads.
  std::shared_ptr<AnalysedStatement> LinkNewStatement(Statement* st, const std::string& key,
                                                      PreparedStatement* prepared,
                                                      const Xapian::Document& text_terms);

  // Writers read metadata from the committed revision: what the batch in
  // progress changes (registry, article records) is in the caches above.
  std::string Meta(const std::string& key) { return (wdb ? committed : db).get_metadata(key); }

  // Documents are placed by statement id (store_internal::ShardOf), so a
  // statement lives in exactly one shard however many articles carry it.
  // Docids below are those of the combined view: Xapian interleaves
  // sub-databases' docids.
  Xapian::WritableDatabase& ShardFor(Xapian::docid global, Xapian::docid* local) const;
  Xapian::Document GetDocument(Xapian::docid global) const;
  void ReplaceDocument(Xapian::docid global, const Xapian::Document& doc) const;
  // Queues the document's addition; returns the docid it will have.
  Xapian::docid AddDocument(const std::string& statement_id, Xapian::Document doc);
  void BeginTransaction();
  // Writes the registry and commits every shard, shard 0 (the article
  // records) last: after a crash between commits, articles not yet marked
  // stored are re-read, and their statements, found already present, are
  // not added twice. Then the writer's view of what is committed moves on
  // and the per-batch state starts afresh.
  absl::Status CommitBatch();

  // Queues the addition of `occurrence` (seen on `seen_date`, `dated` and
  // `said_on` as for store_internal::ExtendDates) to stored statement
  // `docid`. Read, extend and rewrite happen on the write queue: the
  // statement may have been added or extended by writes still queued. Its
  // text and links stay, so its terms only gain the occurrence's.
  void AddOccurrence(Xapian::docid docid, Occurrence occurrence, const std::string& seen_date,
                     bool dated, const std::string& said_on);

  // Moves the statements of speaker `from` for which `take` holds to
  // speaker `to` (an editor's merge or split). Returns how many moved.
  absl::StatusOr<uint64_t> Reattribute(const std::string& from, const SpeakerRecord& to,
                                       const std::function<bool(const Statement&)>& take);

  // The docid of a stored statement, or 0. Writers only.
  Xapian::docid FindStatement(const std::string& id);

  // The value of counter count:`name` (0 when missing).
  uint64_t Counter(const std::string& name);

  // Registry access (claims/speaker_registry.h).
  SpeakerRecord* FindSpeaker(const std::string& id) { return registry.Find(id); }
  void AddAlias(const std::string& key, const std::string& id) { registry.AddAlias(key, id); }
  void RemoveAlias(const std::string& key, const std::string& id) { registry.RemoveAlias(key, id); }
  std::vector<std::string> LookupSpeakerIds(std::string_view name) {
    return registry.LookupIds(name);
  }
  // Resolves (and registers) the speaker of a statement. Returns its id,
  // or "" when the statement names no speaker.
  // `context`: the ContextNames of the article (tells namesakes apart).
  std::string ResolveSpeaker(const std::string& name, bool organisation, const std::string& role,
                             const std::string& date, bool* created,
                             const std::vector<std::string>& context = {});

  // The date an undated article is filed under: StoreOptions::ingest_date,
  // else today.
  const std::string& IngestDate();

  // Queues the registry's changes and the counters for writing to shard 0.
  void FlushRegistry();

  // `text_indexed`: `doc` holds exactly the statement's free-text terms
  // already (a preparer's work); otherwise it is rebuilt from scratch.
  absl::Status IndexStatement(const Statement& s, Xapian::Document* doc, bool text_indexed = false);

  // The statements `query` matches, best first or (by_date) newest first.
  absl::StatusOr<std::vector<Statement>> Run(const Xapian::Query& query, size_t limit,
                                             bool by_date);

  // Totals are exact up to this many matches (the contract in store.h):
  // counting further would make every large query pay for a number only
  // shown as "of about N".
  static constexpr Xapian::doccount kExactTotalUpTo = 10000;

  // One page of Run. `spy`, when given, sees every match (the total is
  // then exact).
  absl::StatusOr<StatementPage> RunPage(const Xapian::Query& query, size_t offset, size_t limit,
                                        bool by_date, Xapian::MatchSpy* spy = nullptr);

  static std::vector<Xapian::docid> Docids(const Xapian::MSet& mset) {
    return std::vector<Xapian::docid>(mset.begin(), mset.end());
  }

  // Statements whose date value `slot` lies in [from, to] (YYYY-MM-DD),
  // most occurrences first.
  absl::StatusOr<std::vector<Statement>> InDateRange(Xapian::valueno slot, std::string_view from,
                                                     std::string_view to, size_t limit);
};

namespace store_internal {

// The store's preparer (Store::NewPreparer): `matcher` null: no linking (only
// keys and text terms are prepared); `dir` empty: no candidates from the
// committed revision (sharded).
std::unique_ptr<StatementPreparer> NewStorePreparer(std::string dir,
                                                    std::shared_ptr<const PairMatcher> matcher,
                                                    std::shared_ptr<AnalysedCache> cache,
                                                    std::shared_ptr<const CandidateIndex> memory,
                                                    size_t candidates, size_t min_link_words);

}  // namespace store_internal
}  // namespace qtrack

#endif  // QTRACK_CLAIMS_INTERNAL_STORE_IMPL_H_
