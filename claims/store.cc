#include "claims/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <utility>

#include <xapian.h>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "claims/linker.h"
#include "claims/speaker_registry.h"
#include "claims/statement_document.h"
#include "claims/text_keys.h"
#include "claims/xapian_error.h"
#include "claims/write_queue.h"
#include "common/file_util.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/article_util.h"
#include "simdjson.h"

namespace qtrack {
namespace {

constexpr char kLockedMessage[] = "database is locked by another ingest";
// Attempts at a read that commits keep overtaking (see Store::Impl::Retrying).
// Almost every overtaken read succeeds at its second attempt; a reader
// starved of CPU while `--batch 1` commits dozens of times a second can
// lose several in a row, so the attempts are many and spread out: after
// the n-th failure the reader pauses n ms (at most kMaxRetryPause), about
// 0.8 s over all attempts.
constexpr int kReadAttempts = 40;
constexpr absl::Duration kMaxRetryPause = absl::Milliseconds(60);
// Present once article: keys are hashes of ArticleIdentity (see AddArticle).
constexpr char kArticleKeysFormat[] = "format:article_keys";

// The opening of an article whose proper names tell namesakes apart.
constexpr size_t kContextBytes = 3000;

// Search refuses longer queries (the contract in store.h).
constexpr size_t kMaxQueryBytes = 4096;
constexpr Xapian::termcount kMaxQueryTerms = 100;

// Maps Xapian's exceptions to Status: the only place they are caught.
absl::Status FromXapian(const Xapian::Error& e, const std::string& dir) {
  // Xapian::Error is not polymorphic; its class name is get_type().
  const std::string_view type = e.get_type();
  if (type == "DatabaseLockError")
    return absl::FailedPreconditionError(absl::StrCat(dir, ": ", kLockedMessage));
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError")
    return absl::NotFoundError(
        absl::StrCat(dir, ": no qtrack database here (run qtrack ingest first)"));
  if (type == "QueryParserError") return absl::InvalidArgumentError(absl::StrCat("query: ", e.get_msg()));
  const std::string what = DescribeXapianError(e, dir);
  if (type == "DatabaseCorruptError") return absl::DataLossError(what);
  // Only after Retrying gave up: the reader is not at fault, and may try again.
  if (type == "DatabaseModifiedError") return absl::UnavailableError(what);
  return absl::InternalError(what);
}

// The value of an article: record. Tabs in the outlet become spaces, so the
// fields split unambiguously.
struct ArticleRecord {
  std::string published, outlet;
  std::string fingerprint;  // ArticleContentHash; "" in records of older stores
  // YYYY-MM-DD it was ingested, kept when it had no date of its own (""
  // otherwise, and in records of older stores).
  std::string ingested;
};

std::string EncodeArticleRecord(ArticleRecord record) {
  std::replace(record.outlet.begin(), record.outlet.end(), '\t', ' ');
  std::string value =
      absl::StrCat(record.published, "\t", record.outlet, "\t", record.fingerprint);
  if (!record.ingested.empty()) absl::StrAppend(&value, "\t", record.ingested);
  return value;
}

ArticleRecord DecodeArticleRecord(std::string_view value) {
  std::vector<std::string> fields = absl::StrSplit(ToAbsl(value), absl::MaxSplits('\t', 3));
  ArticleRecord record;
  record.published = std::move(fields[0]);
  if (fields.size() > 1) record.outlet = std::move(fields[1]);
  if (fields.size() > 2) record.fingerprint = std::move(fields[2]);
  if (fields.size() > 3) record.ingested = std::move(fields[3]);
  return record;
}

// Today, YYYY-MM-DD (UTC): the date of what is ingested undated.
std::string Today() {
  return absl::FormatTime("%Y-%m-%d", absl::Now(), absl::UTCTimeZone());
}

// A calendar date, YYYY-MM-DD: "2025-13-45" and "2025-02-30" are not.
bool IsCalendarDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap);
}

}  // namespace

// A reversed range is the caller's mistake, not an empty answer ("nothing
// stored" for one misled).
absl::Status CheckDateRange(std::string_view since, std::string_view until) {
  for (std::string_view date : {since, until})
    if (!date.empty() && !IsCalendarDate(date))
      return absl::InvalidArgumentError(
          absl::StrCat("not a date: '", ToAbsl(date), "' (expected YYYY-MM-DD)"));
  if (!since.empty() && !until.empty() && since > until)
    return absl::InvalidArgumentError(absl::StrCat("reversed date range: ", ToAbsl(since),
                                                   " is after ", ToAbsl(until)));
  return absl::OkStatus();
}

namespace {

// A sharded database is a Xapian stub directory: DIR/XAPIANDB lists its
// shards ("auto shard00" …, or "remote HOST:PORT" for shards served by
// xapian-tcpsrv), and Xapian::Database(DIR) opens them all as one.
constexpr char kStubFile[] = "XAPIANDB";

// The local shard directories a writer opens: DIR itself for a plain
// database, else the "auto" lines of the stub.
std::vector<std::string> ShardDirs(const std::string& dir) {
  std::ifstream stub(dir + "/" + kStubFile);
  if (!stub) return {dir};
  std::vector<std::string> out;
  std::string line;
  while (std::getline(stub, line)) {
    if (line.rfind("auto ", 0) != 0) continue;
    std::string path = line.substr(5);
    out.push_back(path.front() == '/' ? path : dir + "/" + path);
  }
  if (out.empty()) out.push_back(dir);
  return out;
}

uint64_t DirectoryBytes(const std::string& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

// Analysed stored statements by docid (Xapian keeps a statement's docid
// when it gains occurrences, and its text never changes). Shared by the
// writer and the preparers; bounded.
class AnalysedCache {
 public:
  std::shared_ptr<const AnalysedStatement> Find(Xapian::docid docid) {
    absl::MutexLock lock(&mu_);
    auto it = map_.find(docid);
    return it == map_.end() ? nullptr : it->second;
  }
  void Remember(Xapian::docid docid, std::shared_ptr<const AnalysedStatement> a) {
    absl::MutexLock lock(&mu_);
    if (map_.size() >= kMax) map_.clear();
    map_[docid] = std::move(a);
  }
  // The cached analysis of stored statement `docid`, or a new one from `doc`.
  std::shared_ptr<const AnalysedStatement> Analyse(Xapian::docid docid,
                                                   const std::function<Xapian::Document()>& doc,
                                                   const PairMatcher& matcher) {
    if (auto a = Find(docid)) return a;
    auto earlier = StatementFromJson(doc().get_data());
    if (!earlier.ok()) return nullptr;
    auto a = std::make_shared<AnalysedStatement>();
    SetProvenance(*earlier, a.get());
    a->key = StatementKey(earlier->quote);
    a->features = matcher.Analyze(earlier->quote, earlier->language);
    Remember(docid, a);
    return a;
  }

 private:
  static constexpr size_t kMax = 50000;
  absl::Mutex mu_;
  absl::flat_hash_map<Xapian::docid, std::shared_ptr<const AnalysedStatement>> map_
      ABSL_GUARDED_BY(mu_);
};

Xapian::Stem StemmerFor(std::string_view language) {
  // Called for every statement: the common stemmers are built once per
  // thread (a Stem handle is not safe to share across threads).
  thread_local const Xapian::Stem english("english"), russian("russian");
  // Xapian has no Ukrainian stemmer; Russian is the closest it offers
  // and shares most inflection patterns of the quoted officials' speech.
  if (language == "ru" || language == "uk") return russian;
  if (language == "en" || language.empty()) return english;
  try {
    return Xapian::Stem(std::string(language));
  } catch (const Xapian::Error&) {
    return Xapian::Stem("none");
  }
}

// Adds a statement's free-text terms (stemmed, with positions) to `doc`:
// the same on the writer and on a preparer's thread. Leaves `termgen`
// holding no reference to `doc` (Document handles are not thread-safe to
// share, and a prepared document moves to the writer).
void IndexText(Xapian::TermGenerator& termgen, const std::string& text, std::string_view language,
               Xapian::Document* doc) {
  termgen.set_document(*doc);
  termgen.set_stemmer(StemmerFor(language));
  termgen.index_text(text);
  termgen.set_document(Xapian::Document());
}

// Candidate statements for a text: the best-weighted documents for its
// stemmed content words (Xapian's elite set keeps the query small, so the
// cost grows with the postings of a few rare terms, not with the
// database). Function words are left out: they have the longest posting
// lists and rank nothing. One per thread.
class CandidateQuery {
 public:
  CandidateQuery() { termgen_.set_stopper(&stopper_); }
  CandidateQuery(const CandidateQuery&) = delete;
  CandidateQuery& operator=(const CandidateQuery&) = delete;

  std::vector<Xapian::docid> Run(const Xapian::Database& index, std::string_view text,
                                 std::string_view language, const Xapian::Query& filter,
                                 size_t count) {
    Xapian::Document scratch;
    termgen_.set_document(scratch);
    termgen_.set_stemmer(StemmerFor(language));
    termgen_.index_text(std::string(text));
    std::vector<Xapian::Query> terms;
    for (auto it = scratch.termlist_begin(); it != scratch.termlist_end(); ++it) {
      const std::string& term = *it;
      // Xapian's default strategy (STOP_STEMMED) gives stop words no 'Z' term.
      if (!term.empty() && term[0] == 'Z') terms.emplace_back(term);
    }
    std::vector<Xapian::docid> out;
    if (terms.empty()) return out;
    Xapian::Query query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(), 12);
    if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
    Xapian::Enquire enquire(index);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    Xapian::MSet mset = enquire.get_mset(0, count);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
    return out;
  }

 private:
  struct MatcherStopper : Xapian::Stopper {
    bool operator()(const std::string& word) const override { return IsMatcherStopWord(word); }
  };
  MatcherStopper stopper_;
  Xapian::TermGenerator termgen_;
};

// A stored statement found as a candidate, with the matcher's verdict when
// it was computed ahead (by a preparer).
struct Candidate {
  std::shared_ptr<const AnalysedStatement> earlier;
  std::optional<PairJudgement> judgement;
};

// The revision of a single database (0 before its first commit); none for
// a sharded one.
std::optional<Xapian::rev> RevisionOf(const Xapian::Database& db) {
  try {
    return db.get_revision();
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

}  // namespace

struct PreparedStatement {
  std::string key;  // StatementKey of the text
  // The matcher's analysis (null when not linking); id, speaker_id and
  // kind are set by the writer.
  std::shared_ptr<AnalysedStatement> self;
  std::optional<Xapian::rev> revision;  // of the committed candidates; none = not prepared
  std::vector<Candidate> committed_candidates;
  // The statement's free-text terms, indexed (IndexText) when `text_indexed`.
  Xapian::Document text_terms;
  bool text_indexed = false;
};

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
  CandidateQuery candidate_query;
  // The matcher: built on first use (it loads WordNet's antonyms); shared
  // with the preparers.
  std::shared_ptr<const PairMatcher> matcher;
  uint64_t links = 0;
  std::shared_ptr<AnalysedCache> analysed = std::make_shared<AnalysedCache>();
  // Revision of `committed` (none when sharded: prepared candidates are
  // then unused).
  std::optional<Xapian::rev> committed_revision;
  // Per shard, the docid its next add_document gets (Xapian numbers them
  // in order), so the writer knows a statement's docid before Xapian has
  // added it.
  std::vector<Xapian::docid> next_local;
  // Declared last: destroyed first, applying what is queued while the
  // shards it writes to still exist.
  std::unique_ptr<WriteQueue> writes;

  // Queues a write to the shards (see WriteQueue). While writes may be
  // pending, the rest of the writer reads only `committed` and its own
  // state, never the shards or `db`.
  void Write(std::function<void()> op) {
    writes->Push([this, op = std::move(op)]() -> absl::Status {
      try {
        op();
      } catch (const Xapian::Error& e) {
        return FromXapian(e, dir);
      }
      return absl::OkStatus();
    });
  }

  // Waits for the queued writes; afterwards the shards and `db` may be
  // used directly (until the next Write). Readers: nothing to wait for.
  absl::Status Settle() {
    if (!writes) return absl::OkStatus();
    absl::Status status = writes->Drain();
    if (!status.ok()) return status;
    next_local.resize(shards.size());
    try {
      for (size_t i = 0; i < shards.size(); ++i) next_local[i] = shards[i]->get_lastdocid() + 1;
    } catch (const Xapian::Error& e) {
      return FromXapian(e, dir);
    }
    return absl::OkStatus();
  }

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
        if (attempt >= kReadAttempts) return FromXapian(e, dir);
      } catch (const Xapian::DatabaseCorruptError& e) {
        if (attempt >= kReadAttempts || wdb || !CommittedSinceOpened()) return FromXapian(e, dir);
      } catch (const Xapian::Error& e) {
        return FromXapian(e, dir);
      }
    }
  }

  // Moves a reader to the newest revision after `failures` failed attempts.
  void Reopen(int failures) {
    absl::SleepFor(std::min(absl::Milliseconds(failures), kMaxRetryPause));
    db.reopen();
    // What a reader cached came from the revision it left. (A writer's
    // caches hold its unflushed registry: never dropped.)
    if (!wdb) registry.ClearCache();
  }

  // Whether the database on disk is at a later revision than the reader's
  // (true when that cannot be told: a sharded database has no one revision).
  bool CommittedSinceOpened() {
    const std::optional<Xapian::rev> mine = RevisionOf(db);
    std::optional<Xapian::rev> latest;
    try {
      latest = RevisionOf(Xapian::Database(dir));
    } catch (const Xapian::Error&) {
      return true;  // cannot open it now: let the retry find out
    }
    return !mine || !latest || *latest != *mine;
  }

  // One stored statement by docid, read with Retrying.
  absl::StatusOr<Statement> ReadStatement(Xapian::docid docid) {
    auto data = Retrying([&]() -> absl::StatusOr<std::string> { return db.get_document(docid).get_data(); });
    if (!data.ok()) return data.status();
    return StatementFromJson(*data);
  }

  // The metadata keys that start with `prefix`, read with Retrying; their
  // values are then read one by one (one read for all of them could need
  // longer than the writer leaves between commits).
  absl::StatusOr<std::vector<std::string>> MetadataKeys(const std::string& prefix) {
    return Retrying([&]() -> absl::StatusOr<std::vector<std::string>> {
      std::vector<std::string> keys;
      for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
        keys.push_back(*it);
      return keys;
    });
  }

  absl::StatusOr<std::vector<Statement>> ReadStatements(const std::vector<Xapian::docid>& docids) {
    std::vector<Statement> out;
    out.reserve(docids.size());
    for (Xapian::docid docid : docids) {
      auto st = ReadStatement(docid);
      if (!st.ok()) return st.status();
      out.push_back(std::move(*st));
    }
    return out;
  }

  // `docid` is from `committed` (a candidate query's result).
  std::shared_ptr<const AnalysedStatement> Analyse(Xapian::docid docid) {
    return analysed->Analyse(docid, [&] { return committed.get_document(docid); }, Matcher());
  }

  // Links a new statement to the earlier ones it repeats, recycles or
  // contradicts (strongest first), within the writer's view (this batch
  // included, so wire copies in one batch link too).
  // Statements added in the batch being written, indexed in memory by
  // their analysed terms. Candidates come from the committed revision
  // (Xapian, fast: no pending changes to merge) plus this index; together
  // they cover every earlier statement. Batches start at the same article
  // whether or not a run was resumed after a crash (only new articles
  // count), so the links are the same either way.
  std::vector<std::pair<Xapian::docid, std::shared_ptr<const AnalysedStatement>>> batch_statements;
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> batch_postings;
  std::vector<double> batch_scores;  // BatchCandidates' scratch, all zero between calls

  void AddToBatchIndex(Xapian::docid docid, std::shared_ptr<const AnalysedStatement> a) {
    const uint32_t index = static_cast<uint32_t>(batch_statements.size());
    for (uint64_t term : a->features.terms) {
      auto& list = batch_postings[term];
      if (list.empty() || list.back() != index) list.push_back(index);
    }
    batch_statements.emplace_back(docid, std::move(a));
  }

  void ClearBatchIndex() {
    batch_statements.clear();
    batch_postings.clear();
    batch_scores.clear();
  }

  // The batch statements sharing the most (rarest-weighted) terms. Like
  // Xapian's elite set, only the statement's 12 rarest terms are looked
  // up, so common words do not make this quadratic in the batch size.
  std::vector<uint32_t> BatchCandidates(const StatementFeatures& f, size_t count) {
    std::vector<const std::vector<uint32_t>*> lists;
    for (uint64_t term : f.terms) {
      auto it = batch_postings.find(term);
      if (it != batch_postings.end()) lists.push_back(&it->second);
    }
    std::sort(lists.begin(), lists.end(),
              [](const auto* a, const auto* b) { return a->size() < b->size(); });
    if (lists.size() > 12) lists.resize(12);
    // Scores by batch index in a reused array (a hash map here cost more
    // than the lists it sums); `touched` remembers what to reset.
    batch_scores.resize(batch_statements.size(), 0.0);
    std::vector<uint32_t> touched;
    for (const std::vector<uint32_t>* list : lists) {
      const double weight = 1.0 / (1.0 + std::log1p(static_cast<double>(list->size())));
      for (uint32_t index : *list) {
        if (batch_scores[index] == 0) touched.push_back(index);
        batch_scores[index] += weight;
      }
    }
    std::vector<std::pair<double, uint32_t>> ranked;
    ranked.reserve(touched.size());
    for (uint32_t index : touched) {
      ranked.emplace_back(-batch_scores[index], index);
      batch_scores[index] = 0;
    }
    const size_t n = std::min(count, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end());
    std::vector<uint32_t> out;
    for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
    return out;
  }

  // The article being added: StatementKey of each quote → the speaker ids
  // its speaker's name answers to ("" for none known).
  absl::flat_hash_map<std::string, std::vector<std::string>> article_quotes;

  void NoteArticleQuotes(const std::vector<Quote>& quotes) {
    article_quotes.clear();
    for (const Quote& quote : quotes) {
      if (quote.text.empty()) continue;
      std::vector<std::string> ids = LookupSpeakerIds(quote.speaker);
      if (ids.empty()) ids.push_back("");
      auto& known = article_quotes[StatementKey(quote.text)];
      known.insert(known.end(), ids.begin(), ids.end());
    }
  }

  // `earlier` is quoted again in the article being added (that occurrence,
  // further on, may not be stored yet): a link to it would run inside one
  // story. The same words of another speaker do not count.
  bool QuotedInThisArticle(const AnalysedStatement& earlier) const {
    auto it = article_quotes.find(earlier.key);
    if (earlier.key.empty() || it == article_quotes.end()) return false;
    return std::find(it->second.begin(), it->second.end(), earlier.speaker_id) != it->second.end();
  }

  // Returns the new statement's analysis, for the cache once it is stored.
  // `key` is StatementKey(st->quote). `prepared` (optional) holds work done
  // ahead on another thread; it is used only when computed on the revision
  // this writer reads.
  std::shared_ptr<AnalysedStatement> LinkNewStatement(Statement* st, const std::string& key,
                                                      PreparedStatement* prepared) {
    const PairMatcher& m = Matcher();
    std::shared_ptr<AnalysedStatement> self;
    if (prepared && prepared->self) {
      self = std::move(prepared->self);
    } else {
      self = std::make_shared<AnalysedStatement>();
      self->key = key;
      self->features = m.Analyze(st->quote, st->language);
    }
    SetProvenance(*st, self.get());
    if (CannotLink(self->features, self->kind == "claim", options.min_link_words)) return self;
    std::vector<Candidate> candidates;
    if (prepared && prepared->revision && prepared->revision == committed_revision) {
      candidates = std::move(prepared->committed_candidates);
    } else {
      for (Xapian::docid docid : candidate_query.Run(committed, st->quote, st->language,
                                                     Xapian::Query(), options.candidates)) {
        if (auto a = Analyse(docid)) candidates.push_back({std::move(a), std::nullopt});
      }
    }
    for (uint32_t index : BatchCandidates(self->features, options.candidates))
      candidates.push_back({batch_statements[index].second, std::nullopt});
    const LinkPolicy policy = Policy();
    for (const Candidate& candidate : candidates) {
      if (QuotedInThisArticle(*candidate.earlier)) continue;
      std::optional<Link> link = DecideLink(policy, m, *candidate.earlier, *self, candidate.judgement);
      if (!link) continue;
      if (!link->suggestion) ++links;
      st->links.push_back(std::move(*link));
    }
    std::stable_sort(st->links.begin(), st->links.end(),
                     [](const Link& a, const Link& b) { return a.score > b.score; });
    return self;
  }

  // Writers read metadata from the committed revision: what the batch in
  // progress changes (registry, article records) is in the caches above.
  std::string Meta(const std::string& key) {
    return (wdb ? committed : db).get_metadata(key);
  }

  // Documents are placed by statement id, so a statement lives in exactly
  // one shard however many articles carry it. Docids below are those of
  // the combined view: Xapian interleaves sub-databases' docids.
  size_t ShardOf(const std::string& statement_id) const {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : statement_id) h = (h ^ c) * 1099511628211ULL;
    return h % shards.size();
  }
  Xapian::docid Global(size_t shard, Xapian::docid local) const {
    return (local - 1) * shards.size() + shard + 1;
  }
  Xapian::WritableDatabase& ShardFor(Xapian::docid global, Xapian::docid* local) const {
    *local = (global - 1) / shards.size() + 1;
    return *shards[(global - 1) % shards.size()];
  }
  Xapian::Document GetDocument(Xapian::docid global) const {
    Xapian::docid local;
    Xapian::WritableDatabase& shard = ShardFor(global, &local);
    return shard.get_document(local);
  }
  void ReplaceDocument(Xapian::docid global, const Xapian::Document& doc) const {
    Xapian::docid local;
    ShardFor(global, &local).replace_document(local, doc);
  }
  // Queues the document's addition; returns the docid it will have.
  Xapian::docid AddDocument(const std::string& statement_id, Xapian::Document doc) {
    const size_t shard = ShardOf(statement_id);
    const Xapian::docid local = next_local[shard]++;
    Write([this, shard, local, doc = std::move(doc)] {
      const Xapian::docid added = shards[shard]->add_document(doc);
      if (added != local)
        throw Xapian::DatabaseCorruptError(absl::StrCat("shard ", shard, ": expected docid ", local,
                                                        ", Xapian gave ", added));
    });
    return Global(shard, local);
  }
  void BeginTransaction() {
    Write([this] {
      for (auto& shard : shards) shard->begin_transaction(true);
    });
    in_transaction = true;
  }
  // Writes the registry and commits every shard, shard 0 (the article
  // records) last: after a crash between commits, articles not yet marked
  // stored are re-read, and their statements, found already present, are
  // not added twice. Then the writer's view of what is committed moves on
  // and the per-batch state starts afresh.
  absl::Status CommitBatch() {
    FlushRegistry();
    Write([this] {
      for (size_t i = shards.size(); i-- > 0;) shards[i]->commit_transaction();
    });
    in_transaction = false;
    batch_articles = 0;
    // The next batch's candidates come from this revision.
    if (absl::Status status = Settle(); !status.ok()) return status;
    committed.reopen();
    committed_revision = RevisionOf(committed);
    batch_docids.clear();
    batch_articles_seen.clear();
    ClearBatchIndex();
    return absl::OkStatus();
  }

  // Moves the statements of speaker `from` for which `take` holds to
  // speaker `to` (an editor's merge or split). Returns how many moved.
  absl::StatusOr<uint64_t> Reattribute(const std::string& from, const SpeakerRecord& to,
                                       const std::function<bool(const Statement&)>& take) {
    if (absl::Status status = Settle(); !status.ok()) return status;
    const std::string term = SpeakerTerm(from);
    std::vector<Xapian::docid> docids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
      docids.push_back(*it);
    uint64_t moved = 0;
    for (Xapian::docid docid : docids) {
      Xapian::Document doc = GetDocument(docid);
      auto st = StatementFromJson(doc.get_data());
      if (!st.ok()) return st.status();
      if (!take(*st)) continue;
      st->speaker_id = to.id;
      st->speaker = to.name;
      if (absl::Status indexed = IndexStatement(*st, &doc); !indexed.ok()) return indexed;
      ReplaceDocument(docid, doc);
      ++moved;
    }
    return moved;
  }

  // The docid of a stored statement, or 0. Writers only.
  Xapian::docid FindStatement(const std::string& id) {
    if (auto it = batch_docids.find(id); it != batch_docids.end()) return it->second;
    const std::string term = StatementTerm(id);
    Xapian::PostingIterator it = committed.postlist_begin(term);
    if (it == committed.postlist_end(term)) return 0;
    batch_docids[id] = *it;
    return *it;
  }

  uint64_t Counter(const std::string& name) {
    std::string v = Meta("count:" + name);
    return v.empty() ? 0 : std::stoull(v);
  }

  // Registry access (claims/speaker_registry.h).
  SpeakerRecord* FindSpeaker(const std::string& id) { return registry.Find(id); }
  void AddAlias(const std::string& key, const std::string& id) { registry.AddAlias(key, id); }
  void RemoveAlias(const std::string& key, const std::string& id) {
    registry.RemoveAlias(key, id);
  }
  std::vector<std::string> LookupSpeakerIds(std::string_view name) {
    return registry.LookupIds(name);
  }
  // Resolves (and registers) the speaker of a statement. Returns its id,
  // or "" when the statement names no speaker.
  // `context`: the ContextNames of the article (tells namesakes apart).
  std::string ResolveSpeaker(const std::string& name, bool organisation, const std::string& role,
                             const std::string& date, bool* created,
                             const std::vector<std::string>& context = {}) {
    std::string id = registry.Resolve(name, organisation, role, date, created, context);
    if (*created) ++speakers;
    return id;
  }

  // The date an undated article is filed under: StoreOptions::ingest_date,
  // else today.
  const std::string& IngestDate() {
    if (ingest_date.empty())
      ingest_date = options.ingest_date.empty() ? Today() : options.ingest_date;
    return ingest_date;
  }
  std::string ingest_date;

  void FlushRegistry() {
    std::vector<std::pair<std::string, std::string>> meta;
    registry.Flush(&meta);
    meta.emplace_back("count:articles", std::to_string(articles));
    meta.emplace_back("count:speakers", std::to_string(speakers));
    meta.emplace_back("count:links", std::to_string(links));
    if (!bare_article_keys) meta.emplace_back(kArticleKeysFormat, "identity");
    Write([this, meta = std::move(meta)] {
      for (const auto& [key, value] : meta) wdb->set_metadata(key, value);
    });
  }

  // `text_indexed`: `doc` holds exactly the statement's free-text terms
  // already (a preparer's work); otherwise it is rebuilt from scratch.
  absl::Status IndexStatement(const Statement& s, Xapian::Document* doc, bool text_indexed = false) {
    if (!text_indexed) doc->clear_terms();
    if (absl::Status added = AddStatementTerms(s, doc); !added.ok()) return added;
    if (!s.on_behalf_of.empty()) doc->add_boolean_term(PrincipalTerm(s.on_behalf_of));
    if (!text_indexed) IndexText(termgen, s.quote, s.language, doc);
    SetStatementValuesAndData(s, doc);
    return absl::OkStatus();
  }

  absl::StatusOr<std::vector<Statement>> Run(const Xapian::Query& query, size_t limit,
                                             bool by_date) {
    auto page = RunPage(query, 0, limit, by_date);
    if (!page.ok()) return page.status();
    return std::move(page->statements);
  }

  // Totals are exact up to this many matches (the contract in store.h):
  // counting further would make every large query pay for a number only
  // shown as "of about N".
  static constexpr Xapian::doccount kExactTotalUpTo = 10000;

  // `spy`, when given, sees every match (the total is then exact).
  absl::StatusOr<StatementPage> RunPage(const Xapian::Query& query, size_t offset, size_t limit,
                                        bool by_date, Xapian::MatchSpy* spy = nullptr) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (by_date) enquire.set_sort_by_value_then_relevance(kSaidOn, true);
    if (spy != nullptr) enquire.add_matchspy(spy);
    Xapian::MSet mset =
        enquire.get_mset(offset, limit, spy != nullptr ? db.get_doccount() : kExactTotalUpTo);
    StatementPage page;
    page.total = mset.get_matches_estimated();
    page.total_is_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    auto statements = ReadStatements(Docids(mset));
    if (!statements.ok()) return statements.status();
    page.statements = std::move(*statements);
    return page;
  }

  static std::vector<Xapian::docid> Docids(const Xapian::MSet& mset) {
    return std::vector<Xapian::docid>(mset.begin(), mset.end());
  }

  // Statements whose date value `slot` lies in [from, to] (YYYY-MM-DD),
  // most occurrences first.
  absl::StatusOr<std::vector<Statement>> InDateRange(Xapian::valueno slot, std::string_view from,
                                                     std::string_view to, size_t limit) {
    if (absl::Status status = Settle(); !status.ok()) return status;
    auto docids = Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
      Xapian::Enquire enquire(db);
      enquire.set_query(
          Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, CompactDate(from), CompactDate(to)));
      enquire.set_sort_by_value_then_relevance(kOccurrences, true);
      return Docids(enquire.get_mset(0, limit));
    });
    if (!docids.ok()) return docids.status();
    return ReadStatements(*docids);
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  if (impl_->wdb) {
    // Commit what was added; an explicit Commit() reports errors, this
    // best-effort one cannot.
    (void)Commit();
  }
}

absl::StatusOr<std::unique_ptr<Store>> Store::OpenForWriting(const std::string& dir,
                                                             StoreOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->options = options;
  try {
    for (const std::string& shard_dir : ShardDirs(dir)) {
      impl->shards.push_back(
          std::make_unique<Xapian::WritableDatabase>(shard_dir, Xapian::DB_CREATE_OR_OPEN));
      impl->db.add_database(*impl->shards.back());
    }
    impl->wdb = impl->shards[0].get();
    impl->committed = Xapian::Database(dir);
    impl->committed_revision = RevisionOf(impl->committed);
    impl->writes = std::make_unique<WriteQueue>(options.write_thread, dir);
    if (absl::Status status = impl->Settle(); !status.ok()) return status;
    impl->articles = impl->Counter("articles");
    impl->links = impl->Counter("links");
    impl->speakers = impl->Counter("speakers");
    impl->bare_article_keys = impl->articles > 0 && impl->Meta(kArticleKeysFormat).empty();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, dir);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

absl::StatusOr<std::unique_ptr<Store>> Store::OpenForReading(const std::string& dir) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  // A commit can discard the revision being opened, too.
  absl::Status opened = impl->Retrying([&]() -> absl::Status {
    impl->db = Xapian::Database(dir);
    return absl::OkStatus();
  });
  if (!opened.ok()) return opened;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

absl::Status Store::CreateSharded(const std::string& dir, int shards) {
  if (shards < 1 || shards > 256) return absl::InvalidArgumentError("shards must be 1 to 256");
  std::error_code ec;
  if (std::filesystem::exists(dir + "/" + kStubFile, ec) ||
      std::filesystem::exists(dir + "/iamglass", ec))
    return absl::AlreadyExistsError(absl::StrCat(dir, ": a database already exists here"));
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::InternalError(absl::StrCat(dir, ": ", ec.message()));
  std::string stub;
  try {
    for (int i = 0; i < shards; ++i) {
      const std::string name = absl::StrFormat("shard%02d", i);
      Xapian::WritableDatabase(dir + "/" + name, Xapian::DB_CREATE_OR_OPEN).commit();
      absl::StrAppend(&stub, "auto ", name, "\n");
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, dir);
  }
  return WriteFileAtomically(dir + "/" + kStubFile, stub);
}

namespace {

// A new statement's fields that its article and quote give; the writer adds
// the speaker, the id and the links.
// `published_date` is the article's date ("" when undated), `seen_date`
// the date it was seen: its date, else the ingest date.
Statement StatementFromQuote(const Article& article, const Quote& quote,
                             const std::string& published_date, const std::string& seen_date) {
  Statement st;
  st.speaker_role = quote.speaker_role;
  st.speaker_given = quote.speaker;
  st.quote = quote.text;
  st.kind = std::string(StatementKindName(quote.kind));
  st.polarity = std::string(PolarityName(quote.polarity));
  st.statement_class = std::string(StatementClassName(quote.statement_class));
  st.via = quote.via;
  st.on_behalf_of = quote.on_behalf_of;
  st.addressee = quote.addressee;
  st.said_on = quote.said_on.empty() ? published_date : quote.said_on;
  st.language = article.language.empty() ? "en" : article.language;
  st.first_seen = st.last_seen = seen_date;
  if (published_date.empty()) st.date_source = "ingest";
  st.confidence = quote.confidence;
  st.occurrences.push_back(
      {article.id, article.url, article.outlet, article.title, article.published});
  return st;
}

// Whether every term the article's statements would carry is one Xapian
// accepts. Checked before anything of the article is written or counted,
// so a record that cannot be stored is rejected alone (InvalidArgument)
// instead of failing the batch it would have joined.
// Dates `old` (a stored statement) as also seen on `seen_date`; `dated`:
// that date is an article's (else the ingest's), with `said_on` the new
// occurrence's. A dated occurrence replaces dates that only an ingest gave.
void ExtendDates(Statement* old, const std::string& seen_date, bool dated,
                 const std::string& said_on) {
  if (dated && old->date_source == "ingest") {
    old->first_seen = old->last_seen = seen_date;
    if (old->said_on.empty()) old->said_on = said_on;
    old->date_source.clear();
    return;
  }
  if (seen_date.empty()) return;
  if (!dated && old->first_seen.empty()) {  // stored undated by an older qtrack
    old->first_seen = old->last_seen = seen_date;
    old->date_source = "ingest";
    return;
  }
  if (!dated && old->date_source.empty()) return;  // an ingest date adds nothing to real ones
  if (old->first_seen.empty() || seen_date < old->first_seen) old->first_seen = seen_date;
  if (seen_date > old->last_seen) old->last_seen = seen_date;
}

absl::Status CheckStorable(const Article& article, const std::vector<Quote>& quotes,
                           const std::string& published_date) {
  for (const Quote& quote : quotes) {
    if (quote.text.empty()) continue;
    Statement probe = StatementFromQuote(article, quote, published_date, published_date);
    probe.speaker_id = TermKey(quote.speaker);
    Xapian::Document scratch;
    if (absl::Status terms = AddStatementTerms(probe, &scratch); !terms.ok())
      return absl::InvalidArgumentError(absl::StrCat("cannot be stored: ", terms.message()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<AddResult> Store::AddArticle(const Article& article,
                                            const std::vector<Quote>& quotes,
                                            PreparedArticle* prepared) {
  AddResult result;
  Impl& s = *impl_;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  // A write queued for an earlier article failed: stop here.
  if (absl::Status status = s.writes->status(); !status.ok()) return status;
  try {
    const std::string article_key = "article:" + ContentHashId(ArticleIdentity(article));
    const std::string fingerprint = ArticleContentHash(article);
    std::optional<std::string> stored_fingerprint;
    if (auto it = s.batch_articles_seen.find(article_key); it != s.batch_articles_seen.end()) {
      stored_fingerprint = it->second;
    } else if (std::string record = s.committed.get_metadata(article_key); !record.empty()) {
      stored_fingerprint = DecodeArticleRecord(record).fingerprint;
    } else if (s.bare_article_keys &&
               !s.committed.get_metadata("article:" + ContentHashId(article.id)).empty()) {
      stored_fingerprint = "";  // stored by an older qtrack, with no fingerprint to compare
    }
    if (stored_fingerprint) {
      // The same content again (a re-run, a resumed crash): nothing to do.
      if (stored_fingerprint->empty() || *stored_fingerprint == fingerprint) return result;
      return absl::InvalidArgumentError(absl::StrCat(
          "article id \"", ToAbsl(std::string_view(article.id).substr(0, Utf8PrefixLength(article.id, 80))),
          "\" is already stored with different content; not stored (an updated article needs an id "
          "of its own)"));
    }
    const std::string published_date(DatePart(article.published));
    // An undated article is dated by its ingest (Statement::date_source).
    const std::string seen_date = published_date.empty() ? s.IngestDate() : published_date;
    if (absl::Status storable = CheckStorable(article, quotes, published_date); !storable.ok())
      return storable;
    s.batch_articles_seen.emplace(article_key, fingerprint);
    if (!s.in_transaction) s.BeginTransaction();
    result.article_was_new = true;
    ++s.articles;
    s.Write([&s, article_key,
             record = EncodeArticleRecord({article.published, article.outlet, fingerprint,
                                           published_date.empty() ? seen_date : ""})] {
      s.wdb->set_metadata(article_key, record);
    });
    Occurrence article_occurrence{article.id, article.url, article.outlet, article.title,
                                  article.published};
    article_occurrence.story = StoryFingerprint(article);
    // The names around its speakers, telling namesakes apart.
    std::vector<std::string> context_names =
        ContextNames(std::string_view(article.text).substr(0, kContextBytes));
    if (std::string section = SourceSection(article.url); !section.empty())
      context_names.push_back(std::move(section));
    // Statements this article added or carried again: a second quote of
    // the same statement is not a second occurrence.
    absl::flat_hash_set<std::string> in_this_article;
    s.NoteArticleQuotes(quotes);
    for (size_t qi = 0; qi < quotes.size(); ++qi) {
      const Quote& quote = quotes[qi];
      if (quote.text.empty()) continue;
      Occurrence occurrence = article_occurrence;
      occurrence.context = ContextOf(article, quote.extent());
      PreparedStatement* prepared_statement =
          prepared && qi < prepared->statements.size() ? prepared->statements[qi].get() : nullptr;
      bool created = false;
      Statement st = StatementFromQuote(article, quote, published_date, seen_date);
      st.occurrences.front() = occurrence;  // with its passage
      st.speaker_id = s.ResolveSpeaker(quote.speaker, quote.speaker_is_organisation,
                                       quote.speaker_role,
                                       quote.said_on.empty() ? seen_date : quote.said_on,
                                       &created, context_names);
      if (created) ++result.new_speakers;
      if (SpeakerRecord* r = st.speaker_id.empty() ? nullptr : s.FindSpeaker(st.speaker_id)) {
        st.speaker = r->name;
      }
      const std::string key =
          prepared_statement ? prepared_statement->key : StatementKey(quote.text);
      st.id = ContentHashId(absl::StrCat(st.speaker_id, "\n", key));
      const Xapian::docid existing = s.FindStatement(st.id);
      if (!in_this_article.insert(st.id).second) continue;
      if (existing != 0) {
        // Read, extend and rewrite the stored statement on the write
        // queue: it may have been added or extended by writes still queued.
        // Its text and links stay, so its terms only gain the occurrence's.
        s.Write([&s, docid = existing, occurrence = st.occurrences.front(), seen_date,
                 dated = st.date_source.empty(), said_on = st.said_on] {
          Xapian::Document doc = s.GetDocument(docid);
          auto stored = StatementFromJson(doc.get_data());
          if (!stored.ok())
            throw Xapian::DatabaseCorruptError(absl::StrCat(
                "statement document ", docid, ": ", stored.status().message()));
          Statement& old = *stored;
          // One source is listed once, however many records carried it.
          if (occurrence.url.empty() ||
              std::none_of(old.occurrences.begin(), old.occurrences.end(),
                           [&](const Occurrence& o) { return o.url == occurrence.url; }))
            old.occurrences.push_back(occurrence);
          ExtendDates(&old, seen_date, dated, said_on);
          // Its terms passed CheckStorable with this article's.
          if (absl::Status indexed = s.IndexStatement(old, &doc, /*text_indexed=*/true); !indexed.ok())
            throw Xapian::InvalidArgumentError(std::string(indexed.message()));
          s.ReplaceDocument(docid, doc);
        });
        ++result.new_occurrences;
        continue;
      }
      if (!st.speaker_id.empty()) s.FindSpeaker(st.speaker_id)->statements++;
      std::shared_ptr<AnalysedStatement> analysed;
      if (s.options.link) analysed = s.LinkNewStatement(&st, key, prepared_statement);
      if (s.options.extra_links) {
        for (Link& link : s.options.extra_links(st)) {
          if (!link.suggestion) ++s.links;
          st.links.push_back(std::move(link));
        }
      }
      Xapian::Document doc;
      const bool text_indexed = prepared_statement && prepared_statement->text_indexed;
      if (text_indexed) doc = std::move(prepared_statement->text_terms);
      if (absl::Status indexed = s.IndexStatement(st, &doc, text_indexed); !indexed.ok())
        return absl::InternalError(absl::StrCat("statement ", st.id, ": ", indexed.message()));
      const Xapian::docid docid = s.AddDocument(st.id, std::move(doc));
      s.batch_docids[st.id] = docid;
      if (analysed) {
        s.analysed->Remember(docid, analysed);
        s.AddToBatchIndex(docid, std::move(analysed));
      }
      ++result.new_statements;
      result.added.push_back(std::move(st));
    }
    if (++s.batch_articles >= s.options.batch_articles) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
      result.committed_batch = true;
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  if (absl::Status status = s.writes->status(); !status.ok()) return status;
  return result;
}

namespace {

class StorePreparer : public StatementPreparer {
 public:
  // `matcher` null: no linking (only keys and text terms are prepared).
  // `dir` empty: no candidates from the committed revision (sharded).
  StorePreparer(std::string dir, std::shared_ptr<const PairMatcher> matcher,
                std::shared_ptr<AnalysedCache> cache, size_t candidates, size_t min_link_words)
      : dir_(std::move(dir)),
        matcher_(std::move(matcher)),
        cache_(std::move(cache)),
        candidates_(candidates),
        min_link_words_(min_link_words) {}

  PreparedArticle Prepare(const Article& article, const std::vector<Quote>& quotes) override {
    PreparedArticle out;
    const std::string language = article.language.empty() ? "en" : article.language;
    // The revision read here; the writer uses the candidates only if it
    // still reads the same one.
    const std::optional<Xapian::rev> revision =
        matcher_ && !dir_.empty() ? OpenCommitted() : std::nullopt;
    for (const Quote& quote : quotes) {
      if (quote.text.empty()) {
        out.statements.push_back(nullptr);
        continue;
      }
      auto p = std::make_shared<PreparedStatement>();
      p->key = StatementKey(quote.text);
      IndexText(termgen_, quote.text, language, &p->text_terms);
      p->text_indexed = true;
      if (matcher_) {
        p->self = std::make_shared<AnalysedStatement>();
        p->self->key = p->key;
        p->self->features = matcher_->Analyze(quote.text, language);
      }
      if (revision && CannotLink(p->self->features, quote.kind == StatementKind::kClaim,
                                 min_link_words_)) {
        p->revision = revision;  // nothing to prepare: no candidate could link
      } else if (revision) {
        try {
          for (Xapian::docid docid :
               query_.Run(db_, quote.text, language, Xapian::Query(), candidates_)) {
            auto earlier = cache_->Analyse(docid, [&] { return db_.get_document(docid); }, *matcher_);
            if (!earlier) continue;
            Candidate c{std::move(earlier), std::nullopt};
            if (WantsJudgement(*p->self, *c.earlier, min_link_words_))
              c.judgement = matcher_->Judge(c.earlier->features, p->self->features);
            p->committed_candidates.push_back(std::move(c));
          }
          p->revision = revision;
        } catch (const Xapian::Error&) {
          // A revision overwritten while read (DatabaseModifiedError), or
          // any other read failure: the writer does this part itself.
          p->committed_candidates.clear();
          p->revision.reset();
        }
      }
      out.statements.push_back(std::move(p));
    }
    return out;
  }

 private:
  // Opens or refreshes the reader; returns its revision, none on failure.
  std::optional<Xapian::rev> OpenCommitted() {
    try {
      if (!open_) {
        db_ = Xapian::Database(dir_);
        open_ = true;
      } else {
        db_.reopen();
      }
      return RevisionOf(db_);
    } catch (const Xapian::Error&) {
      open_ = false;
      return std::nullopt;
    }
  }

  const std::string dir_;
  const std::shared_ptr<const PairMatcher> matcher_;
  const std::shared_ptr<AnalysedCache> cache_;
  const size_t candidates_, min_link_words_;
  CandidateQuery query_;
  Xapian::TermGenerator termgen_;
  Xapian::Database db_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<StatementPreparer> Store::NewPreparer() {
  Impl& s = *impl_;
  if (!s.wdb) return nullptr;
  if (s.options.link) s.Matcher();
  // A sharded database has no single revision to check candidates against.
  return std::make_unique<StorePreparer>(s.shards.size() == 1 ? s.dir : "",
                                         s.options.link ? s.matcher : nullptr, s.analysed,
                                         s.options.candidates, s.options.min_link_words);
}

absl::Status Store::Commit() {
  Impl& s = *impl_;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    if (!s.in_transaction) {
      if (!s.registry.dirty()) return s.Settle();
      s.BeginTransaction();
    }
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
}

absl::StatusOr<std::vector<Statement>> Store::Said(const SaidQuery& q) {
  auto page = SaidPage(q);
  if (!page.ok()) return page.status();
  return std::move(page->statements);
}

absl::StatusOr<StatementPage> Store::SaidPage(const SaidQuery& q) {
  if (absl::Status range = CheckDateRange(q.since, q.until); !range.ok()) return range;
  Impl& s = *impl_;
  // A writer: reads see its queued writes.
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StatementPage> {
    SpeakerLookup lookup = s.registry.Lookup(q.speaker);
    if (lookup.ids.empty()) return StatementPage();
    if (lookup.resolved) lookup.ids.resize(1 + lookup.bare.size());
    std::vector<Xapian::Query> speakers;
    for (const auto& id : lookup.ids) {
      speakers.emplace_back(SpeakerTerm(id));
      if (!q.with_representatives) continue;
      // Their representatives, named by any of the speaker's names.
      const SpeakerRecord* r = s.FindSpeaker(id);
      speakers.emplace_back(PrincipalTerm(r->name));
      for (const std::string& alias : r->aliases) speakers.emplace_back(PrincipalTerm(alias));
    }
    Xapian::Query query(Xapian::Query::OP_OR, speakers.begin(), speakers.end());
    auto filter = [&](const std::string& term) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(term));
    };
    if (!q.via.empty()) filter(ConduitTerm(q.via));
    if (!q.outlet.empty()) filter(OutletTerm(q.outlet));
    if (!q.kind.empty()) filter("K" + q.kind);
    if (q.statement_class.empty()) {  // a desk's default: no intents
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query("Cintent"));
    } else if (q.statement_class == "speech") {  // no C term (see AddStatementTerms)
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(Xapian::Query::OP_WILDCARD, "C"));
    } else if (q.statement_class != "all") {
      filter("C" + q.statement_class);
    }
    if (q.polarity == "asserts") {  // no P term (see IndexStatement)
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                            Xapian::Query(Xapian::Query::OP_WILDCARD, "P"));
    } else if (!q.polarity.empty()) {
      filter("P" + q.polarity);
    }
    if (!q.since.empty() || !q.until.empty()) {
      std::string lo = q.since.empty() ? "00000000" : CompactDate(q.since);
      std::string hi = q.until.empty() ? "99999999" : CompactDate(q.until);
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSaidOn, lo, hi));
    }
    if (!q.count_days) return s.RunPage(query, q.offset, q.limit, /*by_date=*/true);
    Xapian::ValueCountMatchSpy days(kSaidOn);
    auto page = s.RunPage(query, q.offset, q.limit, /*by_date=*/true, &days);
    if (!page.ok()) return page.status();
    for (auto it = days.values_begin(); it != days.values_end(); ++it) {
      const std::string& day = *it;  // YYYYMMDD
      if (day.size() != 8) continue;
      page->per_day.emplace_back(
          absl::StrCat(day.substr(0, 4), "-", day.substr(4, 2), "-", day.substr(6, 2)),
          it.get_termfreq());
    }
    std::sort(page->per_day.begin(), page->per_day.end());
    return page;
  });
}

namespace {

// speaker:NAME → any of the speaker ids NAME answers to.
class SpeakerFieldProcessor : public Xapian::FieldProcessor {
 public:
  using Lookup = std::function<std::vector<std::string>(std::string_view)>;
  explicit SpeakerFieldProcessor(Lookup lookup) : lookup_(std::move(lookup)) {}
  Xapian::Query operator()(const std::string& text) override {
    std::vector<Xapian::Query> terms;
    for (const std::string& id : lookup_(text)) terms.emplace_back(SpeakerTerm(id));
    if (terms.empty()) return Xapian::Query(SpeakerTerm(TermKey(text)));  // matches nothing known
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  Lookup lookup_;
};

// via:, outlet: → the terms as the document builder wrote them.
class KeyFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit KeyFieldProcessor(char prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& text) override {
    return KeyFieldQuery(prefix_, text);
  }

 private:
  char prefix_;
};

}  // namespace

absl::StatusOr<std::vector<Statement>> Store::Search(std::string_view query_text, size_t limit) {
  auto page = SearchPage(query_text, 0, limit);
  if (!page.ok()) return page.status();
  return std::move(page->statements);
}

absl::StatusOr<StatementPage> Store::SearchPage(std::string_view query_text, size_t offset,
                                                size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StatementPage> {
    Xapian::QueryParser parser;
    parser.set_database(s.db);
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.add_boolean_prefix("speaker", (new SpeakerFieldProcessor(
                                         [&s](std::string_view name) {
                                           return s.LookupSpeakerIds(name);
                                         }))->release());
    parser.add_boolean_prefix("via", (new KeyFieldProcessor('V'))->release());
    parser.add_boolean_prefix("outlet", (new KeyFieldProcessor('O'))->release());
    parser.add_boolean_prefix("kind", "K");
    parser.add_boolean_prefix("lang", "L");
    parser.add_rangeprocessor((new Xapian::DateRangeProcessor(kSaidOn))->release());
    // A query's cost grows with its terms (an 8 KB query of one word
    // repeated took 2 s of CPU): a long one is refused rather than run.
    if (query_text.size() > kMaxQueryBytes)
      return absl::InvalidArgumentError(
          absl::StrCat("query: ", query_text.size(), " bytes; at most ", kMaxQueryBytes));
    Xapian::Query query = parser.parse_query(
        std::string(query_text),
        Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
    if (query.get_length() > kMaxQueryTerms)
      return absl::InvalidArgumentError(absl::StrCat("query: ", query.get_length(),
                                                     " terms; at most ", kMaxQueryTerms));
    return s.RunPage(query, offset, limit, /*by_date=*/false);
  });
}

absl::StatusOr<Statement> Store::GetStatement(std::string_view id) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<Statement> {
    const std::string term = StatementTerm(id);
    Xapian::PostingIterator it = s.db.postlist_begin(term);
    if (it == s.db.postlist_end(term))
      return absl::NotFoundError(absl::StrCat("no statement ", ToAbsl(id)));
    return StatementFromJson(s.db.get_document(*it).get_data());
  });
}

absl::StatusOr<std::vector<MatchResult>> Store::Match(std::string_view text,
                                                     std::string_view speaker, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto candidates = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    Xapian::Query filter;
    if (!speaker.empty()) {
      std::vector<Xapian::Query> ids;
      for (const std::string& id : s.LookupSpeakerIds(speaker)) ids.emplace_back(SpeakerTerm(id));
      if (ids.empty()) return std::vector<Xapian::docid>();
      filter = Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
    }
    return s.candidate_query.Run(s.db, text, "en", filter, std::max(limit, s.options.candidates));
  });
  if (!candidates.ok()) return candidates.status();
  std::vector<MatchResult> out;
  {
    // The query is judged as a new statement in no known story would be at
    // ingest (claims/linker.h): words of no known voice, or, when `speaker`
    // names one speaker, a direct quote of theirs (so their own words come
    // back as a repeat, or altered).
    const PairMatcher& m = s.Matcher();
    AnalysedStatement query;
    query.kind = "query";  // words of no known voice: may match a speaker's or an outlet's
    if (std::vector<std::string> ids = s.LookupSpeakerIds(speaker); ids.size() == 1) {
      query.kind = "direct";
      query.speaker_id = ids.front();
    }
    query.features = m.Analyze(text, "en");
    query.key = StatementKey(text);
    const LinkPolicy policy = s.Policy();
    for (Xapian::docid docid : *candidates) {
      auto earlier = s.ReadStatement(docid);
      if (!earlier.ok()) return earlier.status();
      AnalysedStatement stored;
      SetProvenance(*earlier, &stored);
      stored.key = StatementKey(earlier->quote);
      stored.features = m.Analyze(earlier->quote, earlier->language);
      MatchResult r;
      r.judgement = m.Judge(stored.features, query.features);
      if (std::optional<Link> link = DecideLink(policy, m, stored, query, r.judgement))
        r.link_type = link->suggestion ? link->type + "?" : link->type;
      r.statement = std::move(*earlier);
      out.push_back(std::move(r));
    }
  }
  auto score = [](const MatchResult& r) {
    return std::max(r.judgement.similarity, r.judgement.contradiction);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const MatchResult& a, const MatchResult& b) { return score(a) > score(b); });
  if (out.size() > limit) out.resize(limit);
  return out;
}

namespace {

// Union-find over statement ids, for narratives.
class Clusters {
 public:
  std::string Find(const std::string& id) {
    auto it = parent_.find(id);
    if (it == parent_.end()) {
      parent_[id] = id;
      return id;
    }
    if (it->second == id) return id;
    std::string root = Find(it->second);
    parent_[id] = root;
    return root;
  }
  void Union(const std::string& a, const std::string& b) {
    std::string ra = Find(a), rb = Find(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }
  const absl::flat_hash_map<std::string, std::string>& parents() const { return parent_; }

 private:
  absl::flat_hash_map<std::string, std::string> parent_;
};

}  // namespace

absl::StatusOr<std::vector<Narrative>> Store::Recycled(std::string_view since,
                                                       std::string_view until, size_t limit) {
  if (absl::Status range = CheckDateRange(since, until); !range.ok()) return range;
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto linked = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    Xapian::Enquire enquire(s.db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Hrecycled"),
                                    Xapian::Query("Hrepeat")));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return Impl::Docids(enquire.get_mset(0, s.db.get_doccount()));
  });
  if (!linked.ok()) return linked.status();
  std::vector<Narrative> out;
  {
    Clusters clusters;
    absl::flat_hash_map<std::string, Statement> members;
    for (Xapian::docid docid : *linked) {
      auto st = s.ReadStatement(docid);
      if (!st.ok()) return st.status();
      for (const Link& link : st->links) {
        if (link.suggestion || (link.type != "recycled" && link.type != "repeat")) continue;
        clusters.Union(st->id, link.to_id);
        if (!members.contains(link.to_id)) {
          auto earlier = GetStatement(link.to_id);
          if (earlier.ok()) members[link.to_id] = std::move(*earlier);
          else if (!absl::IsNotFound(earlier.status())) return earlier.status();
        }
      }
      members[st->id] = std::move(*st);
    }
    absl::flat_hash_map<std::string, Narrative> by_root;
    for (auto& [id, st] : members) by_root[clusters.Find(id)].statements.push_back(st);
    for (auto& [root, n] : by_root) {
      std::sort(n.statements.begin(), n.statements.end(), [](const Statement& a, const Statement& b) {
        return a.first_seen != b.first_seen ? a.first_seen < b.first_seen : a.id < b.id;
      });
      std::string last;
      for (const Statement& st : n.statements) {
        if (st.last_seen > last) last = st.last_seen;
        if (!st.speaker.empty() &&
            std::find(n.speakers.begin(), n.speakers.end(), st.speaker) == n.speakers.end())
          n.speakers.push_back(st.speaker);
        for (const Occurrence& o : st.occurrences)
          if (!o.outlet.empty() &&
              std::find(n.outlets.begin(), n.outlets.end(), o.outlet) == n.outlets.end())
            n.outlets.push_back(o.outlet);
      }
      n.first_seen = n.statements.front().first_seen;
      if (!since.empty() && last < since) continue;
      if (!until.empty() && n.first_seen > until) continue;
      out.push_back(std::move(n));
    }
  }
  std::sort(out.begin(), out.end(), [](const Narrative& a, const Narrative& b) {
    return a.statements.size() != b.statements.size() ? a.statements.size() > b.statements.size()
                                                      : a.first_seen < b.first_seen;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

absl::StatusOr<std::vector<std::pair<Statement, Statement>>> Store::Contradictions(
    std::string_view speaker, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  std::vector<std::pair<Statement, Statement>> out;
  std::vector<std::string> ids;
  auto contradicting = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    if (!speaker.empty()) {
      ids = s.LookupSpeakerIds(speaker);
      if (ids.empty()) return std::vector<Xapian::docid>();
    }
    Xapian::Enquire enquire(s.db);
    enquire.set_query(Xapian::Query("Hcontradicts"));
    enquire.set_sort_by_value(kSaidOn, true);
    return Impl::Docids(enquire.get_mset(0, s.db.get_doccount()));
  });
  if (!contradicting.ok()) return contradicting.status();
  {
    for (auto it = contradicting->begin(); it != contradicting->end() && out.size() < limit; ++it) {
      auto later = s.ReadStatement(*it);
      if (!later.ok()) return later.status();
      for (const Link& link : later->links) {
        if (link.type != "contradicts" || link.suggestion) continue;
        auto earlier = GetStatement(link.to_id);
        if (absl::IsNotFound(earlier.status())) continue;
        if (!earlier.ok()) return earlier.status();
        auto named = [&](const Statement& st) {
          return std::find(ids.begin(), ids.end(), st.speaker_id) != ids.end();
        };
        if (!ids.empty() && !named(*later) && !named(*earlier)) continue;
        out.emplace_back(*later, std::move(*earlier));
        if (out.size() >= limit) break;
      }
    }
  }
  return out;
}

absl::StatusOr<std::vector<Statement>> Store::FirstSeenBetween(std::string_view from,
                                                               std::string_view to,
                                                               size_t limit) {
  return impl_->InDateRange(kFirstSeen, from, to, limit);
}

absl::StatusOr<std::vector<Statement>> Store::DatedBetween(std::string_view from,
                                                           std::string_view to, size_t limit) {
  return impl_->InDateRange(kSaidOn, from, to, limit);
}

absl::StatusOr<std::vector<std::pair<std::string, std::string>>> Store::ArticlesBetween(
    std::string_view from, std::string_view to) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto keys = s.MetadataKeys("article:");
  if (!keys.ok()) return keys.status();
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& key : *keys) {
    auto value = s.Retrying([&]() -> absl::StatusOr<std::string> { return s.db.get_metadata(key); });
    if (!value.ok()) return value.status();
    ArticleRecord record = DecodeArticleRecord(*value);
    std::string_view date =
        record.published.empty() ? std::string_view(record.ingested) : DatePart(record.published);
    if (date.empty() || date < from || date > to) continue;
    out.emplace_back(std::string(date), std::move(record.outlet));
  }
  return out;
}

absl::StatusOr<StoreStats> Store::Stats() {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StoreStats> {
    StoreStats stats;
    stats.articles = s.wdb ? s.articles : s.Counter("articles");
    stats.speakers = s.wdb ? s.speakers : s.Counter("speakers");
    stats.links = s.wdb ? s.links : s.Counter("links");
    stats.statements = s.db.get_doccount();
    stats.bytes_on_disk = DirectoryBytes(s.dir);
    return stats;
  });
}

absl::StatusOr<std::vector<SpeakerRecord>> Store::Speakers() {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto keys = s.MetadataKeys("speaker:");
  if (!keys.ok()) return keys.status();
  std::vector<SpeakerRecord> out;
  for (const std::string& key : *keys) {
    const std::string id = key.substr(8);
    absl::Status read = s.Retrying([&]() -> absl::Status {
      if (!s.Meta("merge:" + id).empty()) return absl::OkStatus();  // merged away
      SpeakerRecord* r = s.FindSpeaker(id);
      if (r != nullptr && r->statements > 0) out.push_back(*r);
      return absl::OkStatus();
    });
    if (!read.ok()) return read;
  }
  std::sort(out.begin(), out.end(), [](const SpeakerRecord& a, const SpeakerRecord& b) {
    return a.statements != b.statements ? a.statements > b.statements : a.name < b.name;
  });
  return out;
}

absl::StatusOr<std::vector<SpeakerRecord>> Store::FindSpeakers(std::string_view name) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<std::vector<SpeakerRecord>> {
    std::vector<SpeakerRecord> out;
    for (const std::string& id : s.LookupSpeakerIds(name))
      if (SpeakerRecord* r = s.FindSpeaker(id)) out.push_back(*r);
    return out;
  });
}

absl::StatusOr<Store::SpeakerChoice> Store::LookupSpeaker(std::string_view name) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<SpeakerChoice> {
    SpeakerChoice choice;
    const SpeakerLookup lookup = s.registry.Lookup(name);
    choice.resolved = lookup.resolved;
    for (const std::string& id : lookup.ids)
      if (SpeakerRecord* r = s.FindSpeaker(id)) choice.candidates.push_back(*r);
    return choice;
  });
}

absl::StatusOr<std::vector<Statement>> Store::LinkedFrom(std::string_view id, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<std::vector<Statement>> {
    return s.Run(Xapian::Query(LinkTargetTerm(id)), limit, /*by_date=*/true);
  });
}

absl::Status Store::MergeSpeakers(std::string_view from, std::string_view into) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    auto pick = [&](std::string_view name) -> absl::StatusOr<std::string> {
      std::vector<std::string> ids = s.LookupSpeakerIds(name);
      if (ids.empty()) return absl::NotFoundError(absl::StrCat("no speaker named '", ToAbsl(name), "'"));
      if (ids.size() > 1)
        return absl::InvalidArgumentError(absl::StrCat("'", ToAbsl(name), "' names several speakers: ",
                                                       absl::StrJoin(ids, ", "), "; use an id"));
      return ids[0];
    };
    auto a = pick(from);
    if (!a.ok()) return a.status();
    auto b = pick(into);
    if (!b.ok()) return b.status();
    if (*a == *b) return absl::OkStatus();
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    SpeakerRecord* source = s.FindSpeaker(*a);
    SpeakerRecord* target = s.FindSpeaker(*b);
    auto moved = s.Reattribute(*a, *target, [](const Statement&) { return true; });
    if (!moved.ok()) return moved.status();
    for (const std::string& alias : source->aliases) {
      if (std::find(target->aliases.begin(), target->aliases.end(), alias) == target->aliases.end())
        target->aliases.push_back(alias);
      s.AddAlias(SpeakerNameKey(alias), target->id);
      s.RemoveAlias(SpeakerNameKey(alias), source->id);
    }
    for (const SpeakerRole& role : source->roles) target->roles.push_back(role);
    target->statements += source->statements;
    source->statements = 0;
    s.registry.MarkDirty(source->id);
    s.registry.MarkDirty(target->id);
    s.wdb->set_metadata("merge:" + source->id, target->id);
    if (s.speakers > 0) --s.speakers;
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> Store::SplitStatements(std::string_view speaker,
                                                    const std::vector<std::string>& statement_ids) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    std::vector<std::string> owners = s.LookupSpeakerIds(speaker);
    if (owners.empty() && s.FindSpeaker(std::string(speaker)) != nullptr)
      owners.emplace_back(speaker);  // an id
    if (owners.size() != 1)
      return absl::InvalidArgumentError(absl::StrCat(
          "'", ToAbsl(speaker), "' ", owners.empty() ? "names no speaker" : "names several speakers; use an id"));
    SpeakerRecord* from = s.FindSpeaker(owners[0]);
    absl::flat_hash_set<std::string> wanted(statement_ids.begin(), statement_ids.end());
    for (const std::string& id : wanted) {
      const Xapian::docid docid = s.FindStatement(id);
      absl::StatusOr<Statement> st =
          docid == 0 ? absl::StatusOr<Statement>(absl::NotFoundError(id)) : s.ReadStatement(docid);
      if (!st.ok() || st->speaker_id != from->id)
        return absl::InvalidArgumentError(
            absl::StrCat("statement ", id, " is not one of ", from->name, "'s; nothing moved"));
    }
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    const std::string new_id = s.registry.NewNamesake(SpeakerNameKey(from->name), from->name);
    SpeakerRecord* split = s.FindSpeaker(new_id);
    if (split->aliases.empty()) {  // made now: answers to the same name
      ++s.speakers;
      split->aliases = {from->name};
      split->organisation = from->organisation;
      s.AddAlias(SpeakerNameKey(from->name), new_id);
    }
    auto moved = s.Reattribute(from->id, *split,
                               [&](const Statement& st) { return wanted.contains(st.id); });
    if (!moved.ok()) return moved.status();
    split->statements += *moved;
    from->statements -= std::min(from->statements, *moved);
    s.registry.MarkDirty(from->id);
    s.registry.MarkDirty(new_id);
    if (absl::Status committed = s.CommitBatch(); !committed.ok()) return committed;
    return new_id;
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
}

absl::Status Store::SplitSpeaker(std::string_view alias) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    const std::string key = SpeakerNameKey(alias);
    std::vector<std::string> owners = s.LookupSpeakerIds(alias);
    if (owners.size() != 1)
      return absl::InvalidArgumentError(absl::StrCat(
          "'", ToAbsl(alias), "' ", owners.empty() ? "names no speaker" : "names several speakers"));
    SpeakerRecord* from = s.FindSpeaker(owners[0]);
    if (from == nullptr) return absl::NotFoundError(absl::StrCat("no speaker '", ToAbsl(alias), "'"));
    if (SpeakerNameKey(from->name) == key)
      return absl::InvalidArgumentError(
          absl::StrCat("'", ToAbsl(alias), "' is the speaker's own name; split another alias"));
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    // The detached alias becomes a speaker of its own, and answers to its
    // name from now on (the alias record is what ingest consults).
    std::string new_id = TermKey(alias);
    if (new_id == from->id || s.FindSpeaker(new_id) != nullptr) new_id = BoundedKey(new_id + "_split");
    SpeakerRecord& split = s.registry.Create(new_id, std::string(alias));
    split.aliases = {std::string(alias)};
    ++s.speakers;
    std::erase_if(from->aliases, [&](const std::string& a) { return SpeakerNameKey(a) == key; });
    s.RemoveAlias(key, from->id);
    s.AddAlias(key, new_id);
    // Move the statements whose speaker was given under that alias.
    auto moved = s.Reattribute(from->id, split, [&](const Statement& st) {
      return SpeakerNameKey(st.speaker_given) == key;
    });
    if (!moved.ok()) return moved.status();
    split.statements = *moved;
    from->statements -= std::min(from->statements, *moved);
    s.registry.MarkDirty(from->id);
    s.registry.MarkDirty(new_id);
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return absl::OkStatus();
}

absl::Status Store::ImportSpeakers(std::string_view lines) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    for (absl::string_view raw : absl::StrSplit(ToAbsl(lines), '\n')) {
      std::string_view line = StripWhitespace(ToStd(raw));
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string> names;
      std::string role;
      for (absl::string_view part : absl::StrSplit(ToAbsl(line), '|')) {
        std::string_view field = StripWhitespace(ToStd(part));
        if (field.starts_with("role:")) {
          role = std::string(StripWhitespace(field.substr(5)));
        } else if (!field.empty()) {
          names.emplace_back(field);
        }
      }
      if (names.empty()) continue;
      bool created = false;
      std::string id = s.ResolveSpeaker(names[0], false, role, "", &created);
      SpeakerRecord* r = s.FindSpeaker(id);
      for (size_t i = 1; i < names.size(); ++i) {
        if (std::find(r->aliases.begin(), r->aliases.end(), names[i]) == r->aliases.end())
          r->aliases.push_back(names[i]);
        std::string key = SpeakerNameKey(names[i]);
        s.AddAlias(key, id);
        if (key.find(' ') != std::string::npos) s.AddAlias(std::string(Surname(key)), id);
      }
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return Commit();
}

}  // namespace qtrack
