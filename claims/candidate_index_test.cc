#include "claims/candidate_index.h"

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// Words of our own, a few common and many rare (a Zipf-like draw), so
// term frequencies, document lengths and wdfs vary as in news.
const std::vector<std::string>& Vocabulary() {
  static const auto* words = [] {
    const char* const roots[] = {"minister", "budget", "harbour", "tariff",  "council", "pledge",
                                 "energy",   "border", "ferry",   "vaccine", "strike",  "mayor",
                                 "pension",  "court",  "rail",    "wheat",   "drought", "summit",
                                 "tax",      "school", "bridge",  "export",  "ceasefire", "loan"};
    const char* const endings[] = {"", "s", "ing", "ed", "al", "er"};
    auto* out = new std::vector<std::string>;
    for (const char* r : roots)
      for (const char* e : endings) out->push_back(std::string(r) + e);
    return out;
  }();
  return *words;
}

std::string Sentence(std::mt19937& rng, int min_words, int max_words) {
  const auto& words = Vocabulary();
  std::uniform_int_distribution<int> length(min_words, max_words);
  // Index ~ n * u^3: low indexes (common words) far more often.
  std::uniform_real_distribution<double> u(0, 1);
  std::string out;
  for (int i = length(rng); i > 0; --i) {
    const double x = u(rng);
    out += words[static_cast<size_t>(x * x * x * words.size())];
    out += i % 5 == 0 ? " the " : " ";
  }
  return out;
}

// The store's documents: free text with positions and Z stems, plus a
// boolean term (wdf 0).
Xapian::Document MakeDocument(const std::string& text, int n) {
  Xapian::TermGenerator termgen;
  termgen.set_stemmer(Xapian::Stem("english"));
  Xapian::Document doc;
  termgen.set_document(doc);
  termgen.index_text(text);
  doc.add_boolean_term("Q" + std::to_string(n));
  return doc;
}

// The Z terms of a text, as the candidate query takes them.
std::vector<std::string> QueryTerms(const std::string& text) {
  Xapian::Document scratch = MakeDocument(text, 0);
  std::vector<std::string> terms;
  for (auto it = scratch.termlist_begin(); it != scratch.termlist_end(); ++it)
    if ((*it)[0] == 'Z') terms.push_back(*it);
  return terms;
}

std::vector<Xapian::docid> XapianTop(const Xapian::Database& db,
                                     const std::vector<std::string>& terms, size_t count) {
  Xapian::Query query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(),
                      CandidateIndex::kEliteSetSize);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(0, count);
  return std::vector<Xapian::docid>(mset.begin(), mset.end());
}

class CandidateIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("candidate_index_" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::remove_all(dir_);
    wdb_ = Xapian::WritableDatabase(dir_, Xapian::DB_CREATE_OR_OVERWRITE);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Adds `n` documents to Xapian and the index, commits and publishes.
  void AddBatch(CandidateIndex& index, std::mt19937& rng, int n, int min_words, int max_words) {
    for (int i = 0; i < n; ++i) {
      Xapian::Document doc = MakeDocument(Sentence(rng, min_words, max_words), next_++);
      index.Add(wdb_.get_lastdocid() + 1, doc);
      wdb_.add_document(doc);
    }
    wdb_.commit();
    Xapian::Database committed(dir_);
    index.Publish(committed.get_revision(), committed);
  }

  std::string dir_;
  Xapian::WritableDatabase wdb_;
  int next_ = 1;
};

TEST_F(CandidateIndexTest, RanksAsXapianDoesOrDeclines) {
  CandidateIndex index;
  std::mt19937 rng(20261206);
  {
    Xapian::Database empty(dir_);
    index.Publish(empty.get_revision(), empty);
  }
  size_t answered = 0, queries = 0, long_queries = 0;
  for (int batch = 0; batch < 4; ++batch) {
    AddBatch(index, rng, 400, 3, 30);
    Xapian::Database committed(dir_);
    for (int q = 0; q < 300; ++q) {
      const std::vector<std::string> terms = QueryTerms(Sentence(rng, 2, 40));
      if (terms.empty()) continue;
      ++queries;
      if (terms.size() > CandidateIndex::kEliteSetSize) ++long_queries;
      auto top = index.Query(committed.get_revision(), terms, 6);
      if (!top) continue;
      ++answered;
      EXPECT_EQ(*top, XapianTop(committed, terms, 6)) << "query " << q << " of batch " << batch;
    }
  }
  EXPECT_GT(long_queries, 100u);  // the elite set was exercised
  // Ties it cannot order are few: most queries are answered.
  EXPECT_GT(answered, queries * 8 / 10) << answered << " of " << queries;
  EXPECT_EQ(index.stats().answered, answered);
  EXPECT_TRUE(index.stats().usable);
}

TEST_F(CandidateIndexTest, EmptyDatabaseGivesNoCandidates) {
  CandidateIndex index;
  Xapian::Database empty(dir_);
  index.Publish(empty.get_revision(), empty);
  auto top = index.Query(empty.get_revision(), {"Zminist"}, 6);
  ASSERT_TRUE(top.has_value());
  EXPECT_TRUE(top->empty());
}

TEST_F(CandidateIndexTest, DeclinesAnotherRevision) {
  CandidateIndex index;
  std::mt19937 rng(7);
  Xapian::Database empty(dir_);
  index.Publish(empty.get_revision(), empty);
  AddBatch(index, rng, 50, 3, 10);
  Xapian::Database committed(dir_);
  const auto terms = QueryTerms("the minister pledged a budget for the harbour");
  EXPECT_FALSE(index.Query(committed.get_revision() + 1, terms, 6).has_value());
  EXPECT_FALSE(index.Query(empty.get_revision(), terms, 6).has_value());
  EXPECT_TRUE(index.Query(committed.get_revision(), terms, 6).has_value());
}

TEST_F(CandidateIndexTest, ADatabaseWithEarlierDocumentsIsNotMirrored) {
  wdb_.add_document(MakeDocument("an earlier statement about the ferry tariffs", 1));
  wdb_.commit();
  CandidateIndex index;
  Xapian::Database committed(dir_);
  index.Publish(committed.get_revision(), committed);
  EXPECT_FALSE(index.stats().usable);
  EXPECT_FALSE(index.Query(committed.get_revision(), QueryTerms("ferry tariffs"), 6).has_value());
}

TEST_F(CandidateIndexTest, OverBudgetStopsAnsweringAndFreesMemory) {
  CandidateIndex index(/*budget_bytes=*/20000);
  std::mt19937 rng(11);
  Xapian::Database empty(dir_);
  index.Publish(empty.get_revision(), empty);
  AddBatch(index, rng, 20, 3, 10);
  EXPECT_TRUE(index.stats().usable);
  AddBatch(index, rng, 2000, 10, 30);
  Xapian::Database committed(dir_);
  EXPECT_FALSE(index.stats().usable);
  EXPECT_EQ(index.stats().bytes, 0u);
  EXPECT_FALSE(index.Query(committed.get_revision(), QueryTerms("minister budget"), 6).has_value());
}

}  // namespace
}  // namespace qtrack
