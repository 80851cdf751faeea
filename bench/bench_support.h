// File: bench/bench_support.h
//
// What the Google Benchmark binaries share: synthetic text of a given size,
// reading a corpus directory, timing repeated passes in wall and CPU time,
// and a main() that takes --corpus=DIR before the benchmark flags.
#ifndef QTRACK_BENCH_BENCH_SUPPORT_H_
#define QTRACK_BENCH_BENCH_SUPPORT_H_

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace qtrack::bench {

// `paragraphs` repeated, blank-line separated, until at least `bytes` long.
std::string RepeatParagraphs(std::span<const char* const> paragraphs, size_t bytes);

// Every regular file under `dir`, read whole. Adds their size to `*bytes`.
std::vector<std::string> ReadCorpus(const std::string& dir, size_t* bytes);

struct PassTimes {
  double wall_seconds = 0, cpu_seconds = 0;
};
// Runs `pass` `passes` times and times the lot.
PassTimes TimePasses(int passes, const std::function<void()>& pass);

// Calls `run_corpus(DIR)` for each --corpus=DIR argument (removed from
// argv), then runs the registered benchmarks. Use as main's body.
int BenchmarkMain(int argc, char** argv, const std::function<void(const std::string&)>& run_corpus);

}  // namespace qtrack::bench

#endif  // QTRACK_BENCH_BENCH_SUPPORT_H_
