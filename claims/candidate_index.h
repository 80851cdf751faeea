// File: claims/candidate_index.h
//
// The linker's candidate query, answered from memory over every statement
// stored before the one asked about, committed or not. Ingest asks, for
// every new statement, for the best few earlier statements by BM25 over an
// elite set of the statement's stemmed content words (Xapian's formulas:
// OP_ELITE_SET of its Z terms, 12 kept, BM25Weight's defaults).
//
// Why one index over committed and pending documents: a query on the
// committed revision plus a separate list for the batch being written
// gives candidates (hence links) that depend on where the batches end: the
// statistics and the split into two top lists both move with every commit.
// Here the ranking is a function of the earlier documents alone: term
// statistics, lengths and the average length are those of every document
// added so far; the elite set is the 12 terms of highest maximum weight
// (ties by term); scores are summed in that order; equal scores rank by
// docid. So the same input in any batches, or in several runs over one
// database (Load), gets the same candidates. On a committed revision with
// no near-ties the answer is Xapian's (candidate_index_test); where Xapian
// would order near-equal scores by the accident of its summation, or prune
// with its bounds, this index need not agree with it, and does not try.
//
// It answers only while it holds every document of the database: it is
// filled from the database at open (Load) and fed each document as the
// writer adds it (Add), and stops answering for good, freeing its memory,
// once its postings outgrow the memory budget or the database disagrees
// with it after a commit (Verify). The store then falls back to Xapian on
// the committed revision plus the batch in memory (claims/internal/
// store_candidates.h), whose candidates do depend on batching.
//
// Example (the writer; `doc` is the statement's finished document):
//   CandidateIndex index(256 << 20);
//   index.Load(db);                            // at open
//   index.Add(docid, doc);                     // before add_document
//   if (auto top = index.Query(z_terms, 6)) { ... } else { /* fall back */ }
//   ...; db.commit(); index.Verify(db);
//
// Thread-safety: Load, Add and Verify are for the one writer thread; Query
// and stats may be called from any thread at the same time (a preparer's
// Query sees whatever was added by then: a guess, which the writer checks
// by asking again).
#ifndef QTRACK_CLAIMS_CANDIDATE_INDEX_H_
#define QTRACK_CLAIMS_CANDIDATE_INDEX_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"

namespace qtrack {

class CandidateIndex {
 public:
  // Default memory budget: postings of about 1.4 million statements of
  // BBC's kind (~175 bytes each).
  static constexpr size_t kDefaultBudgetBytes = size_t{256} << 20;
  // The elite set size of the candidate query (OP_ELITE_SET's argument).
  static constexpr size_t kEliteSetSize = 12;

  explicit CandidateIndex(size_t budget_bytes = kDefaultBudgetBytes);
  CandidateIndex(const CandidateIndex&) = delete;
  CandidateIndex& operator=(const CandidateIndex&) = delete;

  // Takes in every document of `db` (an unsharded database; empty or not),
  // before any Add. Writer thread. Throws what `db` throws.
  void Load(const Xapian::Database& db);

  // A document the writer is adding, with the docid Xapian will give it
  // (docids increase): queryable at once. Writer thread.
  void Add(Xapian::docid docid, const Xapian::Document& doc);

  // After a commit: if the index does not hold exactly `committed`'s
  // documents (count, last docid or total length disagree), it stops
  // answering for good and frees its memory. Writer thread. Throws what
  // `committed` throws.
  void Verify(const Xapian::Database& committed);

  // The best docids for `terms` (see above), best first, at most `count`;
  // nullopt when the index is not usable. REQUIRES: `terms` distinct.
  std::optional<std::vector<Xapian::docid>> Query(const std::vector<std::string>& terms,
                                                  size_t count) const;

  struct Stats {
    uint64_t answered = 0;
    uint64_t declined = 0;  // not usable
    size_t bytes = 0;       // memory held by postings and lengths (estimate)
    bool usable = false;
  };
  Stats stats() const;

  // Public for the ranking's helpers; not part of the interface.
  struct Posting {
    Xapian::docid docid;
    Xapian::termcount wdf;
  };

 private:
  struct Term {
    std::vector<Posting> postings;          // docid order
    Xapian::termcount collection_freq = 0;  // sum of the wdfs
  };

  // Adds one document's Z terms (and its length) under the lock.
  void AddLocked(Xapian::docid docid, Xapian::termcount length,
                 const std::vector<std::pair<std::string, Xapian::termcount>>& terms)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void DropLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  const size_t budget_bytes_;

  mutable absl::Mutex mu_;
  bool usable_ ABSL_GUARDED_BY(mu_) = true;  // false: over budget or inconsistent, for good
  absl::flat_hash_map<std::string, Term> terms_ ABSL_GUARDED_BY(mu_);
  std::vector<Xapian::termcount> lengths_ ABSL_GUARDED_BY(mu_);  // by docid
  Xapian::docid last_docid_ ABSL_GUARDED_BY(mu_) = 0;
  Xapian::doccount doccount_ ABSL_GUARDED_BY(mu_) = 0;
  Xapian::totallength total_length_ ABSL_GUARDED_BY(mu_) = 0;
  Xapian::termcount min_length_ ABSL_GUARDED_BY(mu_) = 0;  // of documents with terms
  size_t bytes_ ABSL_GUARDED_BY(mu_) = 0;
  mutable std::atomic<uint64_t> answered_{0}, declined_{0};
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_CANDIDATE_INDEX_H_
