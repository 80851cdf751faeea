// File: claims/internal/store_candidates.h  (private to //claims:store)
//
// Where a new statement's link candidates come from. Normally one ranking
// over every earlier statement, committed or still in the batch being
// written: the in-memory CandidateIndex (claims/candidate_index.h), so the
// candidates, hence the links, do not depend on where batches end. When
// that index is not usable (a sharded database, or one past its memory
// budget) they come from two lists instead: the committed revision
// (CandidateQuery, a Xapian elite-set query on the statement's stemmed
// content words) and the batch being written (BatchIndex, in memory).
// Each candidate is analysed once for the matcher (AnalysedCache).
// PreparedStatement is the part of that work a preparer does ahead on
// another thread (claims/store.h).
//
// Thread-safety: AnalysedCache is thread-safe (shared by the writer and the
// preparers); CandidateQuery and BatchIndex are one per thread.
#ifndef QTRACK_CLAIMS_INTERNAL_STORE_CANDIDATES_H_
#define QTRACK_CLAIMS_INTERNAL_STORE_CANDIDATES_H_

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "claims/candidate_index.h"
#include "claims/linker.h"
#include "claims/similarity.h"
#include "claims/statement.h"

namespace qtrack {
namespace store_internal {

// The matcher's analysis of stored statement `earlier`: its provenance
// (SetProvenance), StatementKey and features.
AnalysedStatement AnalyseStored(const Statement& earlier, const PairMatcher& matcher);

// Analysed stored statements by docid (Xapian keeps a statement's docid
// when it gains occurrences, and its text never changes). Shared by the
// writer and the preparers; bounded (emptied when it reaches 50,000). Only
// the writer remembers analyses: it keeps their provenance up to date as
// statements gain occurrences, which a preparer's read of an older
// revision would undo.
class AnalysedCache {
 public:
  std::shared_ptr<const AnalysedStatement> Find(Xapian::docid docid);
  void Remember(Xapian::docid docid, std::shared_ptr<const AnalysedStatement> a);
  // The cached analysis of stored statement `docid`, or a new one from `doc`
  // (remembered); null when its data is not a statement.
  std::shared_ptr<const AnalysedStatement> Analyse(Xapian::docid docid,
                                                   const std::function<Xapian::Document()>& doc,
                                                   const PairMatcher& matcher);

 private:
  static constexpr size_t kMax = 50000;
  absl::Mutex mu_;
  absl::flat_hash_map<Xapian::docid, std::shared_ptr<const AnalysedStatement>> map_
      ABSL_GUARDED_BY(mu_);
};

// Candidate statements for a text: the best-weighted documents for its
// stemmed content words (Xapian's elite set of 12 keeps the query small, so
// the cost grows with the postings of a few rare terms, not with the
// database). Function words (IsMatcherStopWord) are left out: they have the
// longest posting lists and rank nothing. The same terms are what the
// CandidateIndex is asked. One per thread.
class CandidateQuery {
 public:
  CandidateQuery();
  CandidateQuery(const CandidateQuery&) = delete;
  CandidateQuery& operator=(const CandidateQuery&) = delete;

  // The query terms of `text`: its stemmed content words (Z terms), each
  // once, in term order.
  std::vector<std::string> Terms(std::string_view text, std::string_view language);
  // The same terms from `indexed`, a document holding exactly the free-text
  // terms IndexText gave `text` (store_schema.h): its unstemmed words are
  // stemmed again, the text is not tokenised a second time (that pass was
  // 3% of a BBC ingest's CPU).
  static std::vector<std::string> TermsOfIndexed(const Xapian::Document& indexed,
                                                 std::string_view language);

  // At most `count` docids of `index` for `terms` (Terms), best (BM25)
  // first; `filter`, when not empty, restricts the matches. Throws
  // Xapian::Error.
  std::vector<Xapian::docid> Run(const Xapian::Database& index,
                                 const std::vector<std::string>& terms,
                                 const Xapian::Query& filter, size_t count);
  // The same for the terms of `text`.
  std::vector<Xapian::docid> Run(const Xapian::Database& index, std::string_view text,
                                 std::string_view language, const Xapian::Query& filter,
                                 size_t count) {
    return Run(index, Terms(text, language), filter, count);
  }

 private:
  struct MatcherStopper : Xapian::Stopper {
    bool operator()(const std::string& word) const override { return IsMatcherStopWord(word); }
  };
  MatcherStopper stopper_;
  Xapian::TermGenerator termgen_;
};

// An earlier statement found as a candidate, with the matcher's verdict
// when it was computed ahead (by a preparer).
struct Candidate {
  std::shared_ptr<const AnalysedStatement> earlier;
  std::optional<PairJudgement> judgement;
};

// Statements added in the batch being written, indexed in memory by their
// analysed terms (the committed revision does not hold them yet): the
// second list of candidates when the CandidateIndex is not usable.
class BatchIndex {
 public:
  void Add(std::shared_ptr<const AnalysedStatement> a);
  void Clear();
  // The batch statements sharing the most (rarest-weighted) terms with `f`,
  // at most `count`, best first. Like Xapian's elite set, only the 12
  // rarest of its terms are looked up, so common words do not make this
  // quadratic in the batch size.
  std::vector<std::shared_ptr<const AnalysedStatement>> Candidates(const StatementFeatures& f,
                                                                   size_t count);

 private:
  std::vector<std::shared_ptr<const AnalysedStatement>> statements_;
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> postings_;
  std::vector<double> scores_;  // Candidates' scratch, all zero between calls
};

// The revision of a single database (0 before its first commit); none for
// a sharded one.
std::optional<Xapian::rev> RevisionOf(const Xapian::Database& db);

}  // namespace store_internal

// Declared (opaque) in claims/store.h: a statement's work done ahead.
struct PreparedStatement {
  std::string key;  // StatementKey of the text
  // The matcher's analysis (null when not linking); id, speaker_id and
  // kind are set by the writer.
  std::shared_ptr<AnalysedStatement> self;
  // CandidateQuery::Terms of the text (when `self` is set and the
  // statement can link).
  std::vector<std::string> query_terms;
  // Xapian's candidates on committed revision `revision` (only when the
  // CandidateIndex is not usable; none = not computed): the writer uses
  // them if it reads the same revision.
  std::optional<Xapian::rev> revision;
  std::vector<Xapian::docid> committed_docids;
  // The matcher's verdicts on `committed_docids`, by the earlier
  // statement's docid (a verdict depends on the two texts alone).
  std::vector<std::pair<Xapian::docid, PairJudgement>> judgements;
  // The statement's free-text terms, indexed (IndexText) when `text_indexed`.
  Xapian::Document text_terms;
  bool text_indexed = false;
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_INTERNAL_STORE_CANDIDATES_H_
