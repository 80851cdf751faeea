// query_latency: latency of `said`, `search` and `match` on a qtrack
// database, as the CLI runs them (Store API), with queries drawn from the
// database itself.
//
//   query_latency --db DIR [--queries 200] [--seed 1]
//
// Prints one JSON object: median and p99 in milliseconds for each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "claims/store.h"

namespace qtrack {
namespace {

struct Latency {
  std::vector<double> ms;
  double Percentile(double p) {
    if (ms.empty()) return 0;
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))];
  }
};

template <typename F>
void Time(Latency* l, F f) {
  auto start = std::chrono::steady_clock::now();
  f();
  l->ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
}

int Run(int argc, char** argv) {
  std::string db;
  size_t n = 200;
  unsigned seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--db") db = argv[i + 1];
    else if (flag == "--queries") n = std::stoul(argv[i + 1]);
    else if (flag == "--seed") seed = std::stoul(argv[i + 1]);
  }
  auto store = Store::OpenForReading(db);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", std::string(store.status().message()).c_str());
    return 3;
  }
  // Sample material: speakers from the registry, texts from stored statements.
  auto speakers = (*store)->Speakers();
  auto sample = (*store)->Search("NOT kind:none", 2000);
  if (!speakers.ok() || !sample.ok() || speakers->empty() || sample->empty()) {
    std::fprintf(stderr, "empty database\n");
    return 3;
  }
  std::mt19937 rng(seed);
  Latency said, search, match;
  for (size_t i = 0; i < n; ++i) {
    const SpeakerRecord& sp = (*speakers)[rng() % std::min<size_t>(speakers->size(), 500)];
    SaidQuery q;
    q.speaker = sp.name;
    q.limit = 20;
    Time(&said, [&] { (void)(*store)->Said(q); });
    const Statement& st = (*sample)[rng() % sample->size()];
    std::vector<std::string> words = absl::StrSplit(st.quote, ' ', absl::SkipEmpty());
    std::string query = words.size() > 3 ? words[1] + " " + words[3] : st.quote;
    for (char& c : query)
      if (!isalnum(static_cast<unsigned char>(c)) && c != ' ') c = ' ';
    Time(&search, [&] { (void)(*store)->Search(query, 20); });
    const Statement& other = (*sample)[rng() % sample->size()];
    Time(&match, [&] { (void)(*store)->Match(other.quote, "", 10); });
  }
  auto stats = (*store)->Stats();
  std::printf(
      "{\"statements\":%llu,\"said_ms_median\":%.3f,\"said_ms_p99\":%.3f,\"search_ms_median\":%.3f,"
      "\"search_ms_p99\":%.3f,\"match_ms_median\":%.3f,\"match_ms_p99\":%.3f}\n",
      stats.ok() ? static_cast<unsigned long long>(stats->statements) : 0ULL,
      said.Percentile(0.5), said.Percentile(0.99), search.Percentile(0.5), search.Percentile(0.99),
      match.Percentile(0.5), match.Percentile(0.99));
  return 0;
}

}  // namespace
}  // namespace qtrack

int main(int argc, char** argv) { return qtrack::Run(argc, argv); }
