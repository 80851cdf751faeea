#include "bench/bench_support.h"

#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "benchmark/benchmark.h"

namespace qtrack::bench {

std::string RepeatParagraphs(std::span<const char* const> paragraphs, size_t bytes) {
  std::string text;
  size_t i = 0;
  while (text.size() < bytes) {
    text += paragraphs[i++ % paragraphs.size()];
    text += "\n\n";
  }
  return text;
}

std::vector<std::string> ReadCorpus(const std::string& dir, size_t* bytes) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    *bytes += ss.str().size();
    files.push_back(ss.str());
  }
  return files;
}

PassTimes TimePasses(int passes, const std::function<void()>& pass) {
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  for (int i = 0; i < passes; ++i) pass();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
          double(std::clock() - c0) / CLOCKS_PER_SEC};
}

int BenchmarkMain(int argc, char** argv, const std::function<void(const std::string&)>& run_corpus) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      run_corpus(argv[i] + 9);
      for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
      --argc;
      --i;
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace qtrack::bench
