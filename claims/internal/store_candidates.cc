#include "claims/internal/store_candidates.h"

#include <algorithm>
#include <cmath>

#include "claims/internal/store_schema.h"
#include "claims/text_keys.h"

namespace qtrack::store_internal {

AnalysedStatement AnalyseStored(const Statement& earlier, const PairMatcher& matcher) {
  AnalysedStatement a;
  SetProvenance(earlier, &a);
  a.key = StatementKey(earlier.quote);
  a.features = matcher.Analyze(earlier.quote, earlier.language);
  return a;
}

std::shared_ptr<const AnalysedStatement> AnalysedCache::Find(Xapian::docid docid) {
  absl::MutexLock lock(&mu_);
  auto it = map_.find(docid);
  return it == map_.end() ? nullptr : it->second;
}

void AnalysedCache::Remember(Xapian::docid docid, std::shared_ptr<const AnalysedStatement> a) {
  absl::MutexLock lock(&mu_);
  if (map_.size() >= kMax) map_.clear();
  map_[docid] = std::move(a);
}

std::shared_ptr<const AnalysedStatement> AnalysedCache::Analyse(
    Xapian::docid docid, const std::function<Xapian::Document()>& doc, const PairMatcher& matcher) {
  if (auto a = Find(docid)) return a;
  auto earlier = StatementFromJson(doc().get_data());
  if (!earlier.ok()) return nullptr;
  auto a = std::make_shared<AnalysedStatement>(AnalyseStored(*earlier, matcher));
  Remember(docid, a);
  return a;
}

CandidateQuery::CandidateQuery() { termgen_.set_stopper(&stopper_); }

std::vector<std::string> CandidateQuery::Terms(std::string_view text,
                                               std::string_view language) {
  Xapian::Document scratch;
  termgen_.set_document(scratch);
  termgen_.set_stemmer(StemmerFor(language));
  termgen_.index_text(std::string(text));
  std::vector<std::string> terms;
  for (auto it = scratch.termlist_begin(); it != scratch.termlist_end(); ++it) {
    const std::string& term = *it;
    // Xapian's default strategy (STOP_STEMMED) gives stop words no 'Z' term.
    if (!term.empty() && term[0] == 'Z') terms.push_back(term);
  }
  return terms;
}

std::vector<std::string> CandidateQuery::TermsOfIndexed(const Xapian::Document& indexed,
                                                        std::string_view language) {
  std::vector<std::string> terms;
  const Xapian::Stem stemmer = StemmerFor(language);
  if (stemmer.is_none()) return terms;  // IndexText made no Z terms either
  // Xapian's TermGenerator (STEM_SOME, STOP_STEMMED) gives a word a Z term
  // when it is no stop word and starts with a letter of these categories
  // (its should_stem), and its stem is not empty.
  constexpr unsigned kStemmedCategories =
      (1u << Xapian::Unicode::LOWERCASE_LETTER) | (1u << Xapian::Unicode::TITLECASE_LETTER) |
      (1u << Xapian::Unicode::MODIFIER_LETTER) | (1u << Xapian::Unicode::OTHER_LETTER);
  for (auto it = indexed.termlist_begin(); it != indexed.termlist_end(); ++it) {
    const std::string& word = *it;
    // Unstemmed words are lower case: a capital opens a prefixed term
    // (the Z terms themselves).
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    if (IsMatcherStopWord(word)) continue;
    if (!((kStemmedCategories >> Xapian::Unicode::get_category(*Xapian::Utf8Iterator(word))) & 1))
      continue;
    std::string stem = stemmer(word);
    if (!stem.empty()) terms.push_back("Z" + stem);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

std::vector<Xapian::docid> CandidateQuery::Run(const Xapian::Database& index,
                                               const std::vector<std::string>& terms,
                                               const Xapian::Query& filter, size_t count) {
  std::vector<Xapian::docid> out;
  if (terms.empty()) return out;
  Xapian::Query query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(),
                      CandidateIndex::kEliteSetSize);
  if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  Xapian::Enquire enquire(index);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(0, count);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  return out;
}

void BatchIndex::Add(std::shared_ptr<const AnalysedStatement> a) {
  const uint32_t index = static_cast<uint32_t>(statements_.size());
  for (uint64_t term : a->features.terms) {
    auto& list = postings_[term];
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  statements_.push_back(std::move(a));
}

void BatchIndex::Clear() {
  statements_.clear();
  postings_.clear();
  scores_.clear();
}

std::vector<std::shared_ptr<const AnalysedStatement>> BatchIndex::Candidates(
    const StatementFeatures& f, size_t count) {
  std::vector<const std::vector<uint32_t>*> lists;
  for (uint64_t term : f.terms) {
    auto it = postings_.find(term);
    if (it != postings_.end()) lists.push_back(&it->second);
  }
  std::sort(lists.begin(), lists.end(),
            [](const auto* a, const auto* b) { return a->size() < b->size(); });
  if (lists.size() > 12) lists.resize(12);
  // Scores by batch index in a reused array (a hash map here cost more
  // than the lists it sums); `touched` remembers what to reset.
  scores_.resize(statements_.size(), 0.0);
  std::vector<uint32_t> touched;
  for (const std::vector<uint32_t>* list : lists) {
    const double weight = 1.0 / (1.0 + std::log1p(static_cast<double>(list->size())));
    for (uint32_t index : *list) {
      if (scores_[index] == 0) touched.push_back(index);
      scores_[index] += weight;
    }
  }
  std::vector<std::pair<double, uint32_t>> ranked;
  ranked.reserve(touched.size());
  for (uint32_t index : touched) {
    ranked.emplace_back(-scores_[index], index);
    scores_[index] = 0;
  }
  const size_t n = std::min(count, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end());
  std::vector<std::shared_ptr<const AnalysedStatement>> out;
  for (size_t i = 0; i < n; ++i) out.push_back(statements_[ranked[i].second]);
  return out;
}

std::optional<Xapian::rev> RevisionOf(const Xapian::Database& db) {
  try {
    return db.get_revision();
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

}  // namespace qtrack::store_internal
