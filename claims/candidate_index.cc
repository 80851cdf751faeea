#include "claims/candidate_index.h"

#include <algorithm>
#include <cmath>
#include <utility>


namespace qtrack {
namespace {

// Xapian::BM25Weight's defaults (k1, b, min_normlen; k2 = 0 adds nothing
// and k3 = 1 with a wqf of 1 multiplies by exactly 1).
constexpr double kK1 = 1, kB = 0.5, kMinNormLen = 0.5;

// Two scores closer than this (relative) may be ordered either way by a sum
// taken in another order.
constexpr double kTieMargin = 1e-9;

// Xapian's BM25 term weight, (k1 + 1) included, for a term indexing
// `termfreq` of `doccount` documents.
double TermWeight(Xapian::doccount termfreq, Xapian::doccount doccount) {
  double tw = (doccount - termfreq + 0.5) / (termfreq + 0.5);
  if (tw < 2) tw = tw * 0.5 + 1;
  return std::log(tw) * (kK1 + 1);
}

double SumPart(double termweight, Xapian::termcount wdf, Xapian::termcount length,
               double len_factor) {
  const double normlen = std::max(length * len_factor, kMinNormLen);
  const double wdf_double = wdf;
  const double denom = kK1 * (normlen * kB + (1 - kB)) + wdf_double;
  return termweight * (wdf_double / denom);
}

double MaxPart(double termweight, Xapian::termcount wdf_max, Xapian::termcount length_min,
               double len_factor) {
  const double normlen_lb =
      std::max(std::max(wdf_max, length_min) * len_factor, kMinNormLen);
  double denom = kK1 * (normlen_lb * kB + (1 - kB));
  const double wdf_double = wdf_max;
  denom += wdf_double;
  return termweight * (wdf_double / denom);
}

// The bound on a term's wdf in any one document that Xapian's weighting
// reads from a glass posting list: it knows the first posting's wdf, and
// the others share the rest of the collection frequency. (Checked on every
// Z term of a BBC ingest; Database::get_wdf_upper_bound also caps it by
// the largest wdf in the database, which the matcher does not.)
Xapian::termcount WdfUpperBound(const std::vector<CandidateIndex::Posting>& postings,
                                Xapian::termcount collection_freq) {
  if (postings.size() == 1) return collection_freq;
  const Xapian::termcount first = postings.front().wdf;
  return std::max(first, collection_freq - first);
}

bool Close(double a, double b) { return std::abs(a - b) <= kTieMargin * std::max(a, b); }

// One posting's contribution to a document's tie signature (which terms,
// with which wdf, it matched).
uint64_t Mix(uint64_t term, uint64_t wdf) {
  uint64_t x = (term << 32) ^ wdf ^ 0x9e3779b97f4a7c15ULL;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

// Per thread: scores by docid, all zero between queries.
struct Scratch {
  std::vector<double> score;
  std::vector<uint64_t> signature;
  std::vector<Xapian::docid> touched;
};

// Estimated heap bytes of a term's entry besides its postings.
size_t TermBytes(const std::string& term) { return term.size() + 64; }

}  // namespace

CandidateIndex::CandidateIndex(size_t budget_bytes) : budget_bytes_(budget_bytes) {}

void CandidateIndex::Add(Xapian::docid docid, const Xapian::Document& doc) {
  if (failed_) return;
  if (docid <= last_docid_) {  // out of order: the index cannot mirror Xapian
    failed_ = true;
    pending_.clear();
    absl::MutexLock lock(&mu_);
    DropLocked();
    return;
  }
  last_docid_ = docid;
  PendingDoc d{docid, 0, {}};
  for (Xapian::TermIterator it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const Xapian::termcount wdf = it.get_wdf();
    d.length += wdf;
    const std::string& term = *it;
    if (!term.empty() && term[0] == 'Z') {
      pending_bytes_ += sizeof(Posting) + TermBytes(term) / 4;  // terms repeat
      d.terms.emplace_back(term, wdf);
    }
  }
  pending_bytes_ += sizeof(Xapian::termcount);
  pending_.push_back(std::move(d));
  if (published_bytes_ + pending_bytes_ > budget_bytes_) {
    failed_ = true;
    pending_.clear();
    absl::MutexLock lock(&mu_);
    DropLocked();
  }
}

void CandidateIndex::Publish(Xapian::rev revision, const Xapian::Database& committed) {
  if (failed_) return;
  Xapian::doccount doccount = pending_.size();
  Xapian::totallength total_length = 0;
  for (const PendingDoc& d : pending_) total_length += d.length;
  {
    absl::ReaderMutexLock lock(&mu_);
    doccount += doccount_;
    total_length += total_length_;
  }
  // Every document of the revision and nothing else, or the ranking would
  // not be Xapian's.
  const bool consistent = committed.get_doccount() == doccount &&
                          committed.get_lastdocid() == last_docid_ &&
                          committed.get_total_length() == total_length;
  const Xapian::termcount doclength_lower_bound =
      consistent ? committed.get_doclength_lower_bound() : 0;
  absl::MutexLock lock(&mu_);
  if (!consistent) {
    failed_ = true;
    pending_.clear();
    DropLocked();
    return;
  }
  if (!pending_.empty()) lengths_.resize(last_docid_ + 1, 0);
  for (PendingDoc& d : pending_) {
    lengths_[d.docid] = d.length;
    bytes_ += sizeof(Xapian::termcount);
    for (auto& [term, wdf] : d.terms) {
      auto [it, inserted] = terms_.try_emplace(std::move(term));
      if (inserted) bytes_ += TermBytes(it->first);
      it->second.postings.push_back({d.docid, wdf});
      it->second.collection_freq += wdf;
      bytes_ += sizeof(Posting);
    }
  }
  doccount_ = doccount;
  total_length_ = total_length;
  doclength_lower_bound_ = doclength_lower_bound;
  revision_ = revision;
  published_bytes_ = bytes_;
  pending_.clear();
  pending_.shrink_to_fit();
  pending_bytes_ = 0;
}

void CandidateIndex::DropLocked() {
  revision_.reset();
  terms_.clear();
  lengths_.clear();
  lengths_.shrink_to_fit();
  doccount_ = 0;
  total_length_ = 0;
  bytes_ = 0;
}

std::optional<std::vector<Xapian::docid>> CandidateIndex::Query(
    Xapian::rev revision, const std::vector<std::string>& terms, size_t count) const {
  absl::ReaderMutexLock lock(&mu_);
  if (!revision_ || *revision_ != revision) {
    declined_.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
  }
  std::vector<Xapian::docid> out;
  if (doccount_ == 0 || terms.empty() || count == 0) {
    answered_.fetch_add(1, std::memory_order_relaxed);
    return out;
  }
  const double avlength = static_cast<double>(total_length_) / doccount_;
  const double len_factor = avlength != 0 ? 1 / avlength : 0;

  // The elite set: the 12 terms of the highest maximum weight.
  struct Leaf {
    const Term* term;
    double termweight, maxpart;
  };
  std::vector<Leaf> leaves;
  leaves.reserve(terms.size());
  for (const std::string& t : terms) {
    auto it = terms_.find(t);
    if (it == terms_.end()) {
      leaves.push_back({nullptr, 0, 0});
      continue;
    }
    const Term& term = it->second;
    const double tw = TermWeight(term.postings.size(), doccount_);
    const Xapian::termcount wdf_max = WdfUpperBound(term.postings, term.collection_freq);
    leaves.push_back({&term, tw, MaxPart(tw, wdf_max, doclength_lower_bound_, len_factor)});
  }
  if (leaves.size() > kEliteSetSize) {
    std::sort(leaves.begin(), leaves.end(),
              [](const Leaf& a, const Leaf& b) { return a.maxpart > b.maxpart; });
    const double last = leaves[kEliteSetSize - 1].maxpart, next = leaves[kEliteSetSize].maxpart;
    // Which of two equal (or all but equal) terms Xapian keeps is not ours to know.
    if (last > 0 && Close(last, next)) {
      declined_.fetch_add(1, std::memory_order_relaxed);
      return std::nullopt;
    }
    leaves.resize(kEliteSetSize);
  }

  thread_local Scratch scratch;
  scratch.score.resize(lengths_.size(), 0.0);
  scratch.signature.resize(lengths_.size(), 0);
  scratch.touched.clear();
  for (size_t i = 0; i < leaves.size(); ++i) {
    if (leaves[i].term == nullptr) continue;
    for (const Posting& p : leaves[i].term->postings) {
      double& score = scratch.score[p.docid];
      if (score == 0) scratch.touched.push_back(p.docid);
      score += SumPart(leaves[i].termweight, p.wdf, lengths_[p.docid], len_factor);
      scratch.signature[p.docid] += Mix(i, p.wdf);
    }
  }
  struct Hit {
    double score;
    Xapian::docid docid;
    uint64_t signature;
  };
  std::vector<Hit> hits;
  hits.reserve(scratch.touched.size());
  for (Xapian::docid docid : scratch.touched) {
    hits.push_back({scratch.score[docid], docid, scratch.signature[docid]});
    scratch.score[docid] = 0;
    scratch.signature[docid] = 0;
  }
  // Xapian ranks by weight, then by ascending docid.
  const size_t decisive = std::min(count + 1, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + decisive, hits.end(),
                    [](const Hit& a, const Hit& b) {
                      return a.score != b.score ? a.score > b.score : a.docid < b.docid;
                    });
  for (size_t i = 0; i + 1 < decisive; ++i) {
    const Hit &a = hits[i], &b = hits[i + 1];
    if (!Close(a.score, b.score)) continue;
    // Exactly equal for the same terms, wdfs and length: Xapian's sums are
    // equal too, and it orders them by docid as above.
    if (a.score == b.score && a.signature == b.signature && lengths_[a.docid] == lengths_[b.docid])
      continue;
    declined_.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
  }
  const size_t n = std::min(count, hits.size());
  for (size_t i = 0; i < n; ++i) out.push_back(hits[i].docid);
  answered_.fetch_add(1, std::memory_order_relaxed);
  return out;
}

CandidateIndex::Stats CandidateIndex::stats() const {
  Stats s;
  s.answered = answered_.load(std::memory_order_relaxed);
  s.declined = declined_.load(std::memory_order_relaxed);
  absl::ReaderMutexLock lock(&mu_);
  s.bytes = bytes_;
  s.usable = revision_.has_value();
  return s;
}

}  // namespace qtrack
