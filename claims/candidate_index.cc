#include "claims/candidate_index.h"

#include <algorithm>
#include <cmath>
#include <utility>


namespace qtrack {
namespace {

// Xapian::BM25Weight's defaults (k1, b, min_normlen; k2 = 0 adds nothing
// and k3 = 1 with a wqf of 1 multiplies by exactly 1).
constexpr double kK1 = 1, kB = 0.5, kMinNormLen = 0.5;

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

// Per thread: scores by docid, all zero between queries.
struct Scratch {
  std::vector<double> score;
  std::vector<Xapian::docid> touched;
};

// Estimated heap bytes of a term's entry besides its postings.
size_t TermBytes(const std::string& term) { return term.size() + 64; }

}  // namespace

CandidateIndex::CandidateIndex(size_t budget_bytes) : budget_bytes_(budget_bytes) {}

void CandidateIndex::AddLocked(Xapian::docid docid, Xapian::termcount length,
                               const std::vector<std::pair<std::string, Xapian::termcount>>& terms) {
  if (docid >= lengths_.size())
    lengths_.resize(std::max<size_t>(docid + 1, lengths_.size() * 3 / 2), 0);
  lengths_[docid] = length;
  last_docid_ = docid;
  ++doccount_;
  total_length_ += length;
  if (length > 0 && (min_length_ == 0 || length < min_length_)) min_length_ = length;
  bytes_ += sizeof(Xapian::termcount);
  for (const auto& [term, wdf] : terms) {
    auto [it, inserted] = terms_.try_emplace(term);
    if (inserted) bytes_ += TermBytes(term);
    it->second.postings.push_back({docid, wdf});
    it->second.collection_freq += wdf;
    bytes_ += sizeof(Posting);
  }
  if (bytes_ > budget_bytes_) DropLocked();
}

void CandidateIndex::Load(const Xapian::Database& db) {
  absl::MutexLock lock(&mu_);
  std::vector<std::pair<std::string, Xapian::termcount>> terms;
  for (Xapian::PostingIterator doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    if (!usable_) return;  // over budget
    terms.clear();
    Xapian::TermIterator it = db.termlist_begin(*doc);
    for (it.skip_to("Z"); it != db.termlist_end(*doc); ++it) {
      const std::string& term = *it;
      if (term.empty() || term[0] != 'Z') break;
      terms.emplace_back(term, it.get_wdf());
    }
    AddLocked(*doc, doc.get_doclength(), terms);
  }
}

void CandidateIndex::Add(Xapian::docid docid, const Xapian::Document& doc) {
  Xapian::termcount length = 0;
  std::vector<std::pair<std::string, Xapian::termcount>> terms;
  for (Xapian::TermIterator it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const Xapian::termcount wdf = it.get_wdf();
    length += wdf;
    const std::string& term = *it;
    if (!term.empty() && term[0] == 'Z') terms.emplace_back(term, wdf);
  }
  absl::MutexLock lock(&mu_);
  if (!usable_) return;
  if (docid <= last_docid_) {  // out of order: the index cannot mirror Xapian
    DropLocked();
    return;
  }
  AddLocked(docid, length, terms);
}

void CandidateIndex::Verify(const Xapian::Database& committed) {
  Xapian::doccount doccount;
  Xapian::docid last_docid;
  Xapian::totallength total_length;
  {
    absl::ReaderMutexLock lock(&mu_);
    if (!usable_) return;
    doccount = doccount_;
    last_docid = last_docid_;
    total_length = total_length_;
  }
  // Every document of the database and nothing else, or the candidates
  // would not be those of every earlier statement.
  if (committed.get_doccount() == doccount && committed.get_lastdocid() == last_docid &&
      committed.get_total_length() == total_length)
    return;
  absl::MutexLock lock(&mu_);
  DropLocked();
}

void CandidateIndex::DropLocked() {
  usable_ = false;
  terms_.clear();
  lengths_.clear();
  lengths_.shrink_to_fit();
  doccount_ = 0;
  total_length_ = 0;
  bytes_ = 0;
}

std::optional<std::vector<Xapian::docid>> CandidateIndex::Query(
    const std::vector<std::string>& terms, size_t count) const {
  absl::ReaderMutexLock lock(&mu_);
  if (!usable_) {
    declined_.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
  }
  answered_.fetch_add(1, std::memory_order_relaxed);
  std::vector<Xapian::docid> out;
  if (doccount_ == 0 || terms.empty() || count == 0) return out;
  const double avlength = static_cast<double>(total_length_) / doccount_;
  const double len_factor = avlength != 0 ? 1 / avlength : 0;

  // The elite set: the 12 terms of the highest maximum weight (equal ones
  // by term, so the choice never depends on the order of `terms`).
  struct Leaf {
    const std::string* name;
    const Term* term;
    double termweight, maxpart;
  };
  std::vector<Leaf> leaves;
  leaves.reserve(terms.size());
  for (const std::string& t : terms) {
    auto it = terms_.find(t);
    if (it == terms_.end()) continue;  // matches nothing, weighs nothing
    const Term& term = it->second;
    const double tw = TermWeight(term.postings.size(), doccount_);
    const Xapian::termcount wdf_max = WdfUpperBound(term.postings, term.collection_freq);
    leaves.push_back({&it->first, &term, tw, MaxPart(tw, wdf_max, min_length_, len_factor)});
  }
  std::sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) {
    return a.maxpart != b.maxpart ? a.maxpart > b.maxpart : *a.name < *b.name;
  });
  if (leaves.size() > kEliteSetSize) leaves.resize(kEliteSetSize);

  thread_local Scratch scratch;
  if (scratch.score.size() < lengths_.size()) scratch.score.resize(lengths_.size(), 0.0);
  scratch.touched.clear();
  for (const Leaf& leaf : leaves) {
    for (const Posting& p : leaf.term->postings) {
      double& score = scratch.score[p.docid];
      if (score == 0) scratch.touched.push_back(p.docid);
      score += SumPart(leaf.termweight, p.wdf, lengths_[p.docid], len_factor);
    }
  }
  struct Hit {
    double score;
    Xapian::docid docid;
  };
  std::vector<Hit> hits;
  hits.reserve(scratch.touched.size());
  for (Xapian::docid docid : scratch.touched) {
    hits.push_back({scratch.score[docid], docid});
    scratch.score[docid] = 0;
  }
  // By weight, then by ascending docid (as Xapian breaks exact ties).
  const size_t n = std::min(count, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + n, hits.end(), [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.docid < b.docid;
  });
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(hits[i].docid);
  return out;
}

CandidateIndex::Stats CandidateIndex::stats() const {
  absl::ReaderMutexLock lock(&mu_);
  return {answered_.load(), declined_.load(), bytes_, usable_};
}

}  // namespace qtrack
