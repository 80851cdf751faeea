#include "claims/candidate_index.h"

#include <cmath>
#include <filesystem>
#include <optional>
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

// Xapian's top `count` for `terms`, or nullopt when two of its first
// count + 1 weights are so close that a sum taken in another order could
// swap them (this index need not agree with Xapian there).
std::optional<std::vector<Xapian::docid>> XapianTopIfApart(const Xapian::Database& db,
                                                           const std::vector<std::string>& terms,
                                                           size_t count) {
  Xapian::Query query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(),
                      CandidateIndex::kEliteSetSize);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(0, count + 1);
  std::vector<double> weights;
  std::vector<Xapian::docid> top;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    weights.push_back(it.get_weight());
    if (top.size() < count) top.push_back(*it);
  }
  for (size_t i = 0; i + 1 < weights.size(); ++i)
    if (std::abs(weights[i] - weights[i + 1]) <= 1e-9 * weights[i]) return std::nullopt;
  return top;
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

  // Adds `n` documents to Xapian and the index, commits and verifies.
  void AddBatch(CandidateIndex& index, std::mt19937& rng, int n, int min_words, int max_words) {
    for (int i = 0; i < n; ++i) {
      Xapian::Document doc = MakeDocument(Sentence(rng, min_words, max_words), next_++);
      index.Add(wdb_.get_lastdocid() + 1, doc);
      wdb_.add_document(doc);
    }
    wdb_.commit();
    index.Verify(Xapian::Database(dir_));
  }

  std::string dir_;
  Xapian::WritableDatabase wdb_;
  int next_ = 1;
};

TEST_F(CandidateIndexTest, RanksAsXapianDoesWhereScoresAreApart) {
  CandidateIndex index;
  index.Load(Xapian::Database(dir_));
  std::mt19937 rng(20261206);
  size_t compared = 0, queries = 0, long_queries = 0;
  for (int batch = 0; batch < 4; ++batch) {
    AddBatch(index, rng, 400, 3, 30);
    Xapian::Database committed(dir_);
    for (int q = 0; q < 300; ++q) {
      const std::vector<std::string> terms = QueryTerms(Sentence(rng, 2, 40));
      if (terms.empty()) continue;
      ++queries;
      auto top = index.Query(terms, 6);
      ASSERT_TRUE(top.has_value());
      auto xapian = XapianTopIfApart(committed, terms, 6);
      if (!xapian) continue;
      ++compared;
      if (terms.size() > CandidateIndex::kEliteSetSize) ++long_queries;
      EXPECT_EQ(*top, *xapian) << "query " << q << " of batch " << batch;
    }
  }
  EXPECT_GT(long_queries, 100u);  // the elite set was exercised
  EXPECT_GT(compared, queries * 8 / 10) << compared << " of " << queries;
  EXPECT_EQ(index.stats().answered, queries);
  EXPECT_TRUE(index.stats().usable);
}

// The property ingest needs: the answer after each document is the same
// whether the documents were committed one at a time, in batches, or all
// at once, and the same from an index loaded from the database.
TEST_F(CandidateIndexTest, AnswersDoNotDependOnCommits) {
  std::mt19937 text_rng(5);
  std::vector<Xapian::Document> docs;
  for (int i = 0; i < 300; ++i) docs.push_back(MakeDocument(Sentence(text_rng, 3, 25), i + 1));
  std::mt19937 query_rng(6);
  std::vector<std::vector<std::string>> queries;
  while (queries.size() < 300) {
    auto terms = QueryTerms(Sentence(query_rng, 3, 30));
    if (!terms.empty()) queries.push_back(std::move(terms));
  }
  // The answers to every query after each document, for a commit every
  // `batch` documents.
  auto answers = [&](size_t batch, const std::string& dir) {
    Xapian::WritableDatabase wdb(dir, Xapian::DB_CREATE_OR_OVERWRITE);
    CandidateIndex index;
    index.Load(Xapian::Database(dir));
    std::vector<std::vector<Xapian::docid>> out;
    for (size_t i = 0; i < docs.size(); ++i) {
      index.Add(wdb.get_lastdocid() + 1, docs[i]);
      wdb.add_document(docs[i]);
      if ((i + 1) % batch == 0) {
        wdb.commit();
        index.Verify(Xapian::Database(dir));
      }
      auto top = index.Query(queries[i], 6);
      EXPECT_TRUE(top.has_value());
      out.push_back(top.value_or(std::vector<Xapian::docid>{}));
    }
    wdb.commit();
    index.Verify(Xapian::Database(dir));
    EXPECT_TRUE(index.stats().usable);
    return out;
  };
  const auto one = answers(1, dir_ + "_1");
  const auto seven = answers(7, dir_ + "_7");
  const auto all = answers(docs.size(), dir_ + "_all");
  EXPECT_EQ(one, seven);
  EXPECT_EQ(one, all);
  size_t found = 0;
  for (const auto& top : one) found += top.size();
  EXPECT_GT(found, one.size() * 3);  // the queries found candidates

  // An index loaded from the finished database answers as the fed one.
  CandidateIndex fed, loaded;
  {
    Xapian::WritableDatabase wdb(dir_ + "_fed", Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto& doc : docs) {
      fed.Add(wdb.get_lastdocid() + 1, doc);
      wdb.add_document(doc);
    }
  }
  loaded.Load(Xapian::Database(dir_ + "_all"));
  for (const auto& terms : queries) EXPECT_EQ(fed.Query(terms, 6), loaded.Query(terms, 6));
  for (const char* suffix : {"_1", "_7", "_all", "_fed"}) std::filesystem::remove_all(dir_ + suffix);
}

TEST_F(CandidateIndexTest, EmptyDatabaseGivesNoCandidates) {
  CandidateIndex index;
  index.Load(Xapian::Database(dir_));
  auto top = index.Query({"Zminist"}, 6);
  ASSERT_TRUE(top.has_value());
  EXPECT_TRUE(top->empty());
}

TEST_F(CandidateIndexTest, ADatabaseItDoesNotHoldIsRefused) {
  CandidateIndex index;
  index.Load(Xapian::Database(dir_));
  std::mt19937 rng(7);
  AddBatch(index, rng, 50, 3, 10);
  EXPECT_TRUE(index.stats().usable);
  // A document the index was not told of.
  wdb_.add_document(MakeDocument("an earlier statement about the ferry tariffs", 99));
  wdb_.commit();
  index.Verify(Xapian::Database(dir_));
  EXPECT_FALSE(index.stats().usable);
  EXPECT_EQ(index.stats().bytes, 0u);
  EXPECT_FALSE(index.Query(QueryTerms("ferry tariffs"), 6).has_value());
}

TEST_F(CandidateIndexTest, OverBudgetStopsAnsweringAndFreesMemory) {
  CandidateIndex index(/*budget_bytes=*/20000);
  index.Load(Xapian::Database(dir_));
  std::mt19937 rng(11);
  AddBatch(index, rng, 20, 3, 10);
  EXPECT_TRUE(index.stats().usable);
  AddBatch(index, rng, 2000, 10, 30);
  EXPECT_FALSE(index.stats().usable);
  EXPECT_EQ(index.stats().bytes, 0u);
  EXPECT_FALSE(index.Query(QueryTerms("minister budget"), 6).has_value());
  // Loading a database past the budget leaves it unusable too.
  CandidateIndex small(/*budget_bytes=*/20000);
  small.Load(Xapian::Database(dir_));
  EXPECT_FALSE(small.stats().usable);
}

}  // namespace
}  // namespace qtrack
