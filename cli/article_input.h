// File: cli/article_input.h
//
// The loop every command that reads news shares: expand paths, read each
// file with the right reader, report rejected records as FILE:LINE: reason
// (and set exit code 1), show progress on a terminal.
#ifndef QTRACK_CLI_ARTICLE_INPUT_H_
#define QTRACK_CLI_ARTICLE_INPUT_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "ingest/article.h"
#include "ingest/reader.h"

namespace qtrack::cli {

struct InputCounts {
  size_t files = 0;
  size_t articles = 0;
  size_t rejected = 0;  // records or files rejected
  size_t statements = 0;  // new statements stored (ingest)
};

// Progress on stderr while news is read: files, articles, statements,
// articles a second and the time left, e.g.
//   412/2095 files · 412 articles · 6650 statements · 95 articles/s · 0:18 left
// On a terminal it is one line redrawn at most four times a second;
// elsewhere (--progress into a file or a pipe) a plain line every five
// seconds. When enabled, the last state is always printed (final = true).
// The time left is from the input's bytes on disk; it is left out when an
// input has no size (stdin).
// Thread-safety: Read may run on another thread than Update; each of the
// two is called from one thread at a time.
class Progress {
 public:
  Progress(bool enabled, bool terminal);
  // The files about to be read (their sizes are taken now).
  void SetInput(const std::vector<std::string>& files);
  // Reading reached `disk_offset` bytes into file `file_index`.
  void Read(size_t file_index, uint64_t disk_offset);
  void Update(const InputCounts& counts, bool final = false);

 private:
  const bool enabled_, terminal_;
  std::chrono::steady_clock::time_point start_, last_;
  // bytes_before_[i]: the sizes of files 0..i-1; its last entry the total.
  std::vector<uint64_t> bytes_before_;
  bool sizes_known_ = false;
  std::atomic<uint64_t> bytes_read_{0};
  std::atomic<size_t> files_read_{0};  // files started
};

// Prints each problem as FILE:LINE: reason; a non-warning counts as a
// rejection and makes the exit code at least 1.
ProblemSink PrintProblems(Cli& cli, InputCounts* counts);

// Parses --input-format; reports a usage error and returns false when unknown.
bool ResolveReadOptions(Cli& cli, const std::string& format_name, ReadOptions* options);

// Registers --input-format on `cmd`, stored in `*format_name`.
void AddInputFormatOption(CLI::App* cmd, std::string* format_name);

// The decision threshold ingest applies by default: the model's calibrated
// probability that a statement is right (docs/DECISION_MODEL.md).
inline constexpr double kDeskMinConfidence = 0.5;

// Registers --min-confidence on `cmd` (a probability in [0, 1]).
CLI::Option* AddMinConfidenceOption(CLI::App* cmd, double* min_confidence);

// Reads all `paths`, calling `on_article` for each article. Returns false
// (after reporting) when `format_name` is invalid.
bool ReadArticles(Cli& cli, const std::vector<std::string>& paths,
                  const std::string& format_name,
                  const std::function<void(Article&&)>& on_article, InputCounts* counts);

}  // namespace qtrack::cli

#endif  // QTRACK_CLI_ARTICLE_INPUT_H_
