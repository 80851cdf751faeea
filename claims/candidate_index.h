// File: claims/candidate_index.h
//
// The linker's candidate query answered from memory. Ingest asks, for
// every new statement, for the best few stored statements by Xapian's BM25
// over an elite set of the statement's stemmed content words
// (OP_ELITE_SET of its Z terms, 12 kept, BM25Weight's defaults), on the
// committed revision. Asked of Xapian, each query opens and merges
// postings on disk: about a quarter of a BBC ingest's CPU.
//
// This index holds the same postings (each stored statement's Z terms with
// their wdf, and its document length) in memory, fed by the writer as it
// adds documents and published at each commit, and computes the same BM25
// scores and elite set (Xapian's term weights, length normalisation and
// wdf bounds). It answers only when the order is certain: floating-point
// sums taken in another order can differ in their last bits, so it
// declines (and the caller asks Xapian) when two scores that decide the
// result are closer than a relative 1e-9, unless they are exactly equal
// for documents that match the same terms with the same wdf and length
// (Xapian then ranks them by docid too); likewise when the 12th and 13th
// terms of the elite set are that close. It also declines when it was not
// fed every document of the revision asked about (a database that had
// statements before this run, a sharded one), and for good once its
// postings outgrow the memory budget.
//
// One difference remains: Xapian's matcher prunes with bounds, and on a
// BBC ingest 3 of 24,812 answered queries got from Xapian a top six that
// leaves out a document it scores higher than its sixth (get_mset with a
// larger window ranks it in). The index returns the exact top six. On
// that ingest the stored statements and links were identical either way
// (1,172 queries, 4.5%, were declined; the index held 4.5 MB for 25,745
// statements, about 175 bytes each).
//
// Example (the writer; `doc` is the statement's finished document):
//   CandidateIndex index(256 << 20);
//   index.Publish(db.get_revision(), db);      // at open: an empty database
//   index.Add(docid, doc);                     // before add_document
//   ...; db.commit(); index.Publish(db.get_revision(), db);
//   // any thread:
//   if (auto top = index.Query(revision, z_terms, 6)) { ... } else { /* Xapian */ }
//
// Thread-safety: Add and Publish are for the one writer thread; Query and
// stats may be called from any thread at the same time.
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

  // A document the writer is adding, with the docid Xapian will give it
  // (docids increase). Pending until the next Publish. Writer thread.
  void Add(Xapian::docid docid, const Xapian::Document& doc);

  // After a commit: what was added so far is `revision` of `committed` (an
  // unsharded database). If the index does not hold exactly that
  // revision's documents (count, last docid or total length disagree), it
  // stops answering for good and frees its memory. Writer thread. Throws
  // what `committed` throws.
  void Publish(Xapian::rev revision, const Xapian::Database& committed);

  // The docids Xapian's BM25 query OP_ELITE_SET(`terms`, 12) gives on
  // `revision`, best first, at most `count`; nullopt when the index cannot
  // be sure (see above). REQUIRES: `terms` distinct.
  std::optional<std::vector<Xapian::docid>> Query(Xapian::rev revision,
                                                  const std::vector<std::string>& terms,
                                                  size_t count) const;

  struct Stats {
    uint64_t answered = 0;
    uint64_t declined = 0;  // ties, another revision, not usable
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
    std::vector<Posting> postings;  // docid order
    Xapian::termcount collection_freq = 0;  // sum of the wdfs
  };
  struct PendingDoc {
    Xapian::docid docid;
    Xapian::termcount length;
    std::vector<std::pair<std::string, Xapian::termcount>> terms;  // Z terms
  };

  void DropLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  const size_t budget_bytes_;
  // Writer-only state.
  std::vector<PendingDoc> pending_;
  size_t pending_bytes_ = 0;
  size_t published_bytes_ = 0;
  Xapian::docid last_docid_ = 0;  // of what was added
  bool failed_ = false;  // over budget or inconsistent: never usable again

  mutable absl::Mutex mu_;
  std::optional<Xapian::rev> revision_ ABSL_GUARDED_BY(mu_);  // none: not usable
  absl::flat_hash_map<std::string, Term> terms_ ABSL_GUARDED_BY(mu_);
  std::vector<Xapian::termcount> lengths_ ABSL_GUARDED_BY(mu_);  // by docid
  Xapian::doccount doccount_ ABSL_GUARDED_BY(mu_) = 0;
  Xapian::totallength total_length_ ABSL_GUARDED_BY(mu_) = 0;
  Xapian::termcount doclength_lower_bound_ ABSL_GUARDED_BY(mu_) = 0;
  size_t bytes_ ABSL_GUARDED_BY(mu_) = 0;
  mutable std::atomic<uint64_t> answered_{0}, declined_{0};
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_CANDIDATE_INDEX_H_
