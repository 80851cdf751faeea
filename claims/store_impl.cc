// Store::Impl's methods (claims/internal/store_impl.h) and the store's
// preparer.
#include "claims/internal/store_impl.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "claims/internal/store_schema.h"
#include "claims/internal/store_shards.h"
#include "claims/statement_document.h"
#include "claims/text_keys.h"
#include "claims/xapian_error.h"

namespace qtrack {

using store_internal::AnalysedCache;
using store_internal::Candidate;
using store_internal::FromXapian;
using store_internal::RevisionOf;

namespace store_internal {

absl::Status FromXapian(const Xapian::Error& e, const std::string& dir) {
  // DatabaseModifiedError comes only after Retrying gave up: the reader is
  // not at fault, and may try again (Unavailable).
  return qtrack::FromXapian(
      e, dir,
      {.locked = kLockedMessage, .missing = "no qtrack database here (run qtrack ingest first)"});
}

}  // namespace store_internal

void Store::Impl::Write(std::function<void()> op) {
  writes->Push([this, op = std::move(op)]() -> absl::Status {
    try {
      op();
    } catch (const Xapian::Error& e) {
      return FromXapian(e, dir);
    }
    return absl::OkStatus();
  });
}

absl::Status Store::Impl::Settle() {
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

void Store::Impl::Reopen(int failures) {
  absl::SleepFor(std::min(absl::Milliseconds(failures), store_internal::kMaxRetryPause));
  db.reopen();
  // What a reader cached came from the revision it left. (A writer's
  // caches hold its unflushed registry: never dropped.)
  if (!wdb) registry.ClearCache();
}

bool Store::Impl::CommittedSinceOpened() {
  const std::optional<Xapian::rev> mine = RevisionOf(db);
  std::optional<Xapian::rev> latest;
  try {
    latest = RevisionOf(Xapian::Database(dir));
  } catch (const Xapian::Error&) {
    return true;  // cannot open it now: let the retry find out
  }
  return !mine || !latest || *latest != *mine;
}

absl::StatusOr<Statement> Store::Impl::ReadStatement(Xapian::docid docid) {
  auto data =
      Retrying([&]() -> absl::StatusOr<std::string> { return db.get_document(docid).get_data(); });
  if (!data.ok()) return data.status();
  return StatementFromJson(*data);
}

absl::StatusOr<std::vector<std::string>> Store::Impl::MetadataKeys(const std::string& prefix) {
  return Retrying([&]() -> absl::StatusOr<std::vector<std::string>> {
    std::vector<std::string> keys;
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
      keys.push_back(*it);
    return keys;
  });
}

absl::StatusOr<std::vector<Statement>> Store::Impl::ReadStatements(
    const std::vector<Xapian::docid>& docids) {
  std::vector<Statement> out;
  out.reserve(docids.size());
  for (Xapian::docid docid : docids) {
    auto st = ReadStatement(docid);
    if (!st.ok()) return st.status();
    out.push_back(std::move(*st));
  }
  return out;
}

const std::vector<std::string>& Store::Impl::ArticleSpeakerIds(const std::string& name) {
  auto [it, fresh] = article_speaker_ids.try_emplace(name);
  if (fresh) it->second = LookupSpeakerIds(name);
  return it->second;
}

void Store::Impl::NoteArticleQuotes(const std::vector<Quote>& quotes,
                                    const PreparedArticle* prepared) {
  article_quotes.clear();
  article_speaker_ids.clear();
  for (size_t qi = 0; qi < quotes.size(); ++qi) {
    const Quote& quote = quotes[qi];
    if (quote.text.empty()) continue;
    const PreparedStatement* p =
        prepared && qi < prepared->statements.size() ? prepared->statements[qi].get() : nullptr;
    const std::vector<std::string>& ids = ArticleSpeakerIds(quote.speaker);
    auto& known = article_quotes[p ? p->key : StatementKey(quote.text)];
    if (ids.empty()) known.push_back("");
    known.insert(known.end(), ids.begin(), ids.end());
  }
}

bool Store::Impl::QuotedInThisArticle(const AnalysedStatement& earlier) const {
  auto it = article_quotes.find(earlier.key);
  if (earlier.key.empty() || it == article_quotes.end()) return false;
  return std::find(it->second.begin(), it->second.end(), earlier.speaker_id) != it->second.end();
}

std::shared_ptr<const AnalysedStatement> Store::Impl::EarlierAnalysis(Xapian::docid docid) {
  if (auto it = batch_analysed.find(docid); it != batch_analysed.end()) return it->second;
  return analysed->Analyse(
      docid, [&] { return committed.get_document(docid); }, Matcher());
}

void Store::Impl::NoteOccurrence(Xapian::docid docid, const Occurrence& occurrence) {
  std::shared_ptr<const AnalysedStatement> earlier = EarlierAnalysis(docid);
  if (!earlier) return;
  Statement carrier;  // the occurrence's provenance, as SetProvenance reads it
  carrier.occurrences.push_back(occurrence);
  AnalysedStatement extra;
  SetProvenance(carrier, &extra);
  auto updated = std::make_shared<AnalysedStatement>(*earlier);
  updated->stories.insert(updated->stories.end(), extra.stories.begin(), extra.stories.end());
  for (std::string& outlet : extra.outlets) {
    if (std::find(updated->outlets.begin(), updated->outlets.end(), outlet) ==
        updated->outlets.end())
      updated->outlets.push_back(std::move(outlet));
  }
  analysed->Remember(docid, updated);
  batch_analysed[docid] = std::move(updated);
}

std::shared_ptr<AnalysedStatement> Store::Impl::LinkNewStatement(
    Statement* st, const std::string& key, PreparedStatement* prepared,
    const Xapian::Document& text_terms) {
  const PairMatcher& m = Matcher();
  std::shared_ptr<AnalysedStatement> self;
  std::vector<std::string> terms;
  const bool was_prepared = prepared && prepared->self;
  if (was_prepared) {
    self = std::move(prepared->self);
    terms = std::move(prepared->query_terms);
  } else {
    self = std::make_shared<AnalysedStatement>();
    self->key = key;
    self->features = m.Analyze(st->quote, st->language);
  }
  SetProvenance(*st, self.get());
  if (CannotLink(self->features, self->kind == "claim", options.min_link_words)) return self;
  if (terms.empty()) terms = store_internal::CandidateQuery::TermsOfIndexed(text_terms, st->language);
  // One ranking over every earlier statement when the index can give it;
  // else the committed revision's and this batch's.
  std::optional<std::vector<Xapian::docid>> docids;
  if (memory_index) docids = memory_index->Query(terms, options.candidates);
  const bool pooled = docids.has_value();
  if (!pooled) {
    if (prepared && prepared->revision && prepared->revision == committed_revision)
      docids = std::move(prepared->committed_docids);
    else
      docids = candidate_query.Run(committed, terms, Xapian::Query(), options.candidates);
  }
  std::vector<Candidate> candidates;
  for (Xapian::docid docid : *docids) {
    std::shared_ptr<const AnalysedStatement> earlier = EarlierAnalysis(docid);
    if (!earlier) continue;
    Candidate candidate{std::move(earlier), std::nullopt};
    if (prepared) {
      for (const auto& [judged, judgement] : prepared->judgements)
        if (judged == docid) candidate.judgement = judgement;
    }
    candidates.push_back(std::move(candidate));
  }
  if (!pooled) {
    for (auto& earlier : batch_index.Candidates(self->features, options.candidates))
      candidates.push_back({std::move(earlier), std::nullopt});
  }
  const LinkPolicy policy = Policy();
  for (const Candidate& candidate : candidates) {
    if (QuotedInThisArticle(*candidate.earlier)) continue;
    std::optional<Link> link =
        DecideLink(policy, m, *candidate.earlier, *self, candidate.judgement);
    if (!link) continue;
    if (!link->suggestion) ++links;
    st->links.push_back(std::move(*link));
  }
  std::stable_sort(st->links.begin(), st->links.end(),
                   [](const Link& a, const Link& b) { return a.score > b.score; });
  return self;
}

Xapian::WritableDatabase& Store::Impl::ShardFor(Xapian::docid global, Xapian::docid* local) const {
  return *shards[store_internal::ShardOfDocid(shards.size(), global, local)];
}

Xapian::Document Store::Impl::GetDocument(Xapian::docid global) const {
  Xapian::docid local;
  Xapian::WritableDatabase& shard = ShardFor(global, &local);
  return shard.get_document(local);
}

void Store::Impl::ReplaceDocument(Xapian::docid global, const Xapian::Document& doc) const {
  Xapian::docid local;
  ShardFor(global, &local).replace_document(local, doc);
}

Xapian::docid Store::Impl::AddDocument(const std::string& statement_id, Xapian::Document doc) {
  const size_t shard = store_internal::ShardOf(statement_id, shards.size());
  const Xapian::docid local = next_local[shard]++;
  if (memory_index) memory_index->Add(store_internal::GlobalDocid(shards.size(), shard, local), doc);
  Write([this, shard, local, doc = std::move(doc)] {
    const Xapian::docid added = shards[shard]->add_document(doc);
    if (added != local)
      throw Xapian::DatabaseCorruptError(
          absl::StrCat("shard ", shard, ": expected docid ", local, ", Xapian gave ", added));
  });
  return store_internal::GlobalDocid(shards.size(), shard, local);
}

void Store::Impl::BeginTransaction() {
  Write([this] {
    for (auto& shard : shards) shard->begin_transaction(true);
  });
  in_transaction = true;
}

absl::Status Store::Impl::CommitBatch() {
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
  if (memory_index && committed_revision) memory_index->Verify(committed);
  batch_docids.clear();
  batch_analysed.clear();
  batch_articles_seen.clear();
  batch_index.Clear();
  return absl::OkStatus();
}

void Store::Impl::AddOccurrence(Xapian::docid docid, Occurrence occurrence,
                                const std::string& seen_date, bool dated,
                                const std::string& said_on) {
  Write([this, docid, occurrence = std::move(occurrence), seen_date, dated, said_on] {
    Xapian::Document doc = GetDocument(docid);
    auto stored = StatementFromJson(doc.get_data());
    if (!stored.ok())
      throw Xapian::DatabaseCorruptError(
          absl::StrCat("statement document ", docid, ": ", stored.status().message()));
    Statement& old = *stored;
    // One source is listed once, however many records carried it.
    if (occurrence.url.empty() ||
        std::none_of(old.occurrences.begin(), old.occurrences.end(),
                     [&](const Occurrence& o) { return o.url == occurrence.url; }))
      old.occurrences.push_back(occurrence);
    store_internal::ExtendDates(&old, seen_date, dated, said_on);
    // Its terms passed CheckStorable with this article's.
    if (absl::Status indexed = IndexStatement(old, &doc, /*text_indexed=*/true); !indexed.ok())
      throw Xapian::InvalidArgumentError(std::string(indexed.message()));
    ReplaceDocument(docid, doc);
  });
}

absl::StatusOr<uint64_t> Store::Impl::Reattribute(
    const std::string& from, const SpeakerRecord& to,
    const std::function<bool(const Statement&)>& take) {
  if (absl::Status status = Settle(); !status.ok()) return status;
  const std::string term = SpeakerTerm(from);
  std::vector<Xapian::docid> docids;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) docids.push_back(*it);
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

Xapian::docid Store::Impl::FindStatement(const std::string& id) {
  if (auto it = batch_docids.find(id); it != batch_docids.end()) return it->second;
  const std::string term = StatementTerm(id);
  Xapian::PostingIterator it = committed.postlist_begin(term);
  if (it == committed.postlist_end(term)) return 0;
  batch_docids[id] = *it;
  return *it;
}

uint64_t Store::Impl::Counter(const std::string& name) {
  std::string v = Meta("count:" + name);
  return v.empty() ? 0 : std::stoull(v);
}

std::string Store::Impl::ResolveSpeaker(const std::string& name, bool organisation,
                                        const std::string& role, const std::string& date,
                                        bool* created, const std::vector<std::string>& context) {
  std::string id = registry.Resolve(name, organisation, role, date, created, context);
  if (*created) ++speakers;
  return id;
}

const std::string& Store::Impl::IngestDate() {
  if (ingest_date.empty())
    ingest_date = options.ingest_date.empty() ? store_internal::Today() : options.ingest_date;
  return ingest_date;
}

void Store::Impl::FlushRegistry() {
  std::vector<std::pair<std::string, std::string>> meta;
  registry.Flush(&meta);
  meta.emplace_back("count:articles", std::to_string(articles));
  meta.emplace_back("count:speakers", std::to_string(speakers));
  meta.emplace_back("count:links", std::to_string(links));
  if (!bare_article_keys) meta.emplace_back(store_internal::kArticleKeysFormat, "identity");
  Write([this, meta = std::move(meta)] {
    for (const auto& [key, value] : meta) wdb->set_metadata(key, value);
  });
}

absl::Status Store::Impl::IndexStatement(const Statement& s, Xapian::Document* doc,
                                         bool text_indexed) {
  if (!text_indexed) doc->clear_terms();
  if (absl::Status added = AddStatementTerms(s, doc); !added.ok()) return added;
  if (!s.on_behalf_of.empty()) doc->add_boolean_term(PrincipalTerm(s.on_behalf_of));
  if (!text_indexed) store_internal::IndexText(termgen, s.quote, s.language, doc);
  SetStatementValuesAndData(s, doc);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<Statement>> Store::Impl::Run(const Xapian::Query& query, size_t limit,
                                                        bool by_date) {
  auto page = RunPage(query, 0, limit, by_date);
  if (!page.ok()) return page.status();
  return std::move(page->statements);
}

absl::StatusOr<StatementPage> Store::Impl::RunPage(const Xapian::Query& query, size_t offset,
                                                   size_t limit, bool by_date,
                                                   Xapian::MatchSpy* spy) {
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

absl::StatusOr<std::vector<Statement>> Store::Impl::InDateRange(Xapian::valueno slot,
                                                                std::string_view from,
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

namespace store_internal {
namespace {

class StorePreparer : public StatementPreparer {
 public:
  // `matcher` null: no linking (only keys and text terms are prepared).
  // `dir` empty: no candidates from the committed revision (sharded).
  StorePreparer(std::string dir, std::shared_ptr<const PairMatcher> matcher,
                std::shared_ptr<AnalysedCache> cache, std::shared_ptr<const CandidateIndex> memory,
                size_t candidates, size_t min_link_words)
      : dir_(std::move(dir)),
        matcher_(std::move(matcher)),
        cache_(std::move(cache)),
        memory_(std::move(memory)),
        candidates_(candidates),
        min_link_words_(min_link_words) {}

  PreparedArticle Prepare(const Article& article, const std::vector<Quote>& quotes) override {
    PreparedArticle out;
    const std::string language = article.language.empty() ? "en" : article.language;
    // The revision read here, when the index cannot answer; the writer
    // uses the candidates only if it still reads the same one.
    const std::optional<Xapian::rev> revision =
        matcher_ && !dir_.empty() && !(memory_ && memory_->stats().usable) ? OpenCommitted()
                                                                           : std::nullopt;
    for (const Quote& quote : quotes) {
      if (quote.text.empty()) {
        out.statements.push_back(nullptr);
        continue;
      }
      out.statements.push_back(PrepareQuote(quote, language, revision));
    }
    return out;
  }

 private:
  std::shared_ptr<PreparedStatement> PrepareQuote(const Quote& quote, const std::string& language,
                                                  std::optional<Xapian::rev> revision) {
    auto p = std::make_shared<PreparedStatement>();
    p->key = StatementKey(quote.text);
    IndexText(termgen_, quote.text, language, &p->text_terms);
    p->text_indexed = true;
    if (matcher_) {
      p->self = std::make_shared<AnalysedStatement>();
      p->self->key = p->key;
      p->self->features = matcher_->Analyze(quote.text, language);
    }
    if (!matcher_ ||
        CannotLink(p->self->features, quote.kind == StatementKind::kClaim, min_link_words_))
      return p;  // nothing to prepare: no candidate could link
    p->query_terms = CandidateQuery::TermsOfIndexed(p->text_terms, language);
    // While the index answers, the writer asks it once the statements
    // before this one are in. Asking it here as well, to judge ahead the
    // pairs expected, doubled its queries (5% of a BBC ingest's samples)
    // and took more CPU in all than it saved the writer. Otherwise Xapian's
    // query on the committed revision is worth doing here, and the
    // verdicts with it.
    if (!revision) return p;
    std::vector<Xapian::docid> expected;
    try {
      expected = query_.Run(db_, p->query_terms, Xapian::Query(), candidates_);
    } catch (const Xapian::Error&) {
      // A revision overwritten while read (DatabaseModifiedError), or any
      // other read failure: the writer does this part itself.
      return p;
    }
    p->revision = revision;
    p->committed_docids = expected;
    for (Xapian::docid docid : expected) {
      // Only analyses the writer made (see AnalysedCache); the writer
      // judges the others.
      std::shared_ptr<const AnalysedStatement> earlier = cache_->Find(docid);
      if (earlier && WantsJudgement(*p->self, *earlier, min_link_words_))
        p->judgements.emplace_back(docid, matcher_->Judge(earlier->features, p->self->features));
    }
    return p;
  }

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
  const std::shared_ptr<const CandidateIndex> memory_;
  const size_t candidates_, min_link_words_;
  CandidateQuery query_;
  Xapian::TermGenerator termgen_;
  Xapian::Database db_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<StatementPreparer> NewStorePreparer(std::string dir,
                                                    std::shared_ptr<const PairMatcher> matcher,
                                                    std::shared_ptr<AnalysedCache> cache,
                                                    std::shared_ptr<const CandidateIndex> memory,
                                                    size_t candidates, size_t min_link_words) {
  return std::make_unique<StorePreparer>(std::move(dir), std::move(matcher), std::move(cache),
                                         std::move(memory), candidates, min_link_words);
}

}  // namespace store_internal
}  // namespace qtrack
