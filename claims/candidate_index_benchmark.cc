// The linker's candidate query (OP_ELITE_SET of a statement's Z terms,
// BM25, best 6) on a database of N statements: asked of Xapian, and of
// the in-memory CandidateIndex (claims/candidate_index.h). Compare the two
// in one run; declined queries (which ingest hands to Xapian) are counted.
//   bazel run -c opt //claims:candidate_index_benchmark
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "benchmark/benchmark.h"
#include "claims/candidate_index.h"

namespace qtrack {
namespace {

// Pseudo-words from syllables, drawn with a skew (few common, many rare),
// in statements of 8 to 40 words: the shape of news statements, no text
// from anywhere.
class Statements {
 public:
  explicit Statements(uint32_t seed) : rng_(seed) {
    const char* const syllables[] = {"ka", "lo", "mer", "tin", "sa", "vo", "ren", "dul",
                                     "pi", "gor", "nesh", "ta", "bri", "zol", "mu", "fen"};
    for (const char* a : syllables)
      for (const char* b : syllables)
        for (const char* c : {"", "a", "on", "ist", "ed"}) words_.push_back(std::string(a) + b + c);
  }
  std::string Next() {
    std::uniform_int_distribution<int> length(8, 40);
    std::uniform_real_distribution<double> u(0, 1);
    std::string out;
    for (int i = length(rng_); i > 0; --i) {
      const double x = u(rng_);
      out += words_[static_cast<size_t>(x * x * x * x * words_.size())];
      out += ' ';
    }
    return out;
  }

 private:
  std::mt19937 rng_;
  std::vector<std::string> words_;
};

Xapian::Document Index(Xapian::TermGenerator& termgen, const std::string& text) {
  Xapian::Document doc;
  termgen.set_document(doc);
  termgen.index_text(text);
  return doc;
}

struct Fixture {
  std::string dir;
  std::unique_ptr<Xapian::Database> db;
  CandidateIndex index;
  std::vector<std::vector<std::string>> queries;
};

// One database (and index) per size, built once.
Fixture& FixtureOf(int statements) {
  static auto* fixtures = new std::map<int, std::unique_ptr<Fixture>>;
  auto& f = (*fixtures)[statements];
  if (f) return *f;
  f = std::make_unique<Fixture>();
  f->dir = std::filesystem::temp_directory_path() /
           ("qtrack-candidate-bench-" + std::to_string(statements));
  std::filesystem::remove_all(f->dir);
  Xapian::TermGenerator termgen;
  termgen.set_stemmer(Xapian::Stem("english"));
  Statements text(20261206);
  {
    Xapian::WritableDatabase wdb(f->dir, Xapian::DB_CREATE_OR_OVERWRITE);
    for (int i = 0; i < statements; ++i) {
      Xapian::Document doc = Index(termgen, text.Next());
      f->index.Add(wdb.get_lastdocid() + 1, doc);
      wdb.add_document(doc);
    }
    wdb.commit();
  }
  f->db = std::make_unique<Xapian::Database>(f->dir);
  f->index.Verify(*f->db);
  for (int i = 0; i < 500; ++i) {
    Xapian::Document scratch = Index(termgen, text.Next());
    std::vector<std::string> terms;
    for (auto it = scratch.termlist_begin(); it != scratch.termlist_end(); ++it)
      if ((*it)[0] == 'Z') terms.push_back(*it);
    f->queries.push_back(std::move(terms));
  }
  return *f;
}

void BM_CandidateQueryXapian(benchmark::State& state) {
  Fixture& f = FixtureOf(static_cast<int>(state.range(0)));
  size_t i = 0;
  for (auto _ : state) {
    const auto& terms = f.queries[i++ % f.queries.size()];
    Xapian::Enquire enquire(*f.db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(),
                                    CandidateIndex::kEliteSetSize));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    benchmark::DoNotOptimize(enquire.get_mset(0, 6));
  }
}
BENCHMARK(BM_CandidateQueryXapian)->Arg(2000)->Arg(20000)->Arg(100000);

void BM_CandidateQueryMemory(benchmark::State& state) {
  Fixture& f = FixtureOf(static_cast<int>(state.range(0)));
  size_t i = 0, declined = 0;
  for (auto _ : state) {
    auto top = f.index.Query(f.queries[i++ % f.queries.size()], 6);
    if (!top) ++declined;
    benchmark::DoNotOptimize(top);
  }
  state.counters["declined"] =
      benchmark::Counter(static_cast<double>(declined) / static_cast<double>(state.iterations()));
  state.counters["index_MB"] = static_cast<double>(f.index.stats().bytes) / 1e6;
}
BENCHMARK(BM_CandidateQueryMemory)->Arg(2000)->Arg(20000)->Arg(100000);

}  // namespace
}  // namespace qtrack

BENCHMARK_MAIN();
