// File: cli/article_input.h
//
// The loop every command that reads news shares: expand paths, read each
// file with the right reader, report rejected records as FILE:LINE: reason
// (and set exit code 1), show progress on a terminal.
#ifndef QTRACK_CLI_ARTICLE_INPUT_H_
#define QTRACK_CLI_ARTICLE_INPUT_H_

#include <chrono>
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
};

// Progress on stderr (count, rate, elapsed), at most four updates a
// second, only when enabled (stderr is a terminal).
class Progress {
 public:
  explicit Progress(bool enabled);
  void Update(const InputCounts& counts, bool final = false);

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
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
