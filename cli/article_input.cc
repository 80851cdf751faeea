#include "cli/article_input.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace qtrack::cli {
Progress::Progress(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::Update(const InputCounts& counts, bool final) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!final && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  std::cerr << absl::StrFormat("\r\033[K%zu files, %zu articles, %.0f articles/s, %.1fs",
                               counts.files, counts.articles,
                               elapsed > 0 ? counts.articles / elapsed : 0.0, elapsed);
  if (final) std::cerr << "\n";
  std::cerr.flush();
}

ProblemSink PrintProblems(Cli& cli, InputCounts* counts) {
  return [&cli, counts](const InputProblem& problem) {
    if (cli.stderr_is_tty) std::cerr << "\r\033[K";  // clear the progress line
    std::cerr << problem.ToString() << "\n";
    if (!problem.warning) {
      ++counts->rejected;
      if (cli.exit_code < kExitSomeInputRejected) cli.exit_code = kExitSomeInputRejected;
    }
  };
}

bool ResolveReadOptions(Cli& cli, const std::string& format_name, ReadOptions* options) {
  if (!format_name.empty() && !ParseInputFormat(format_name, &options->format)) {
    cli.Fail(kExitUsage, absl::StrCat("unknown --input-format '", format_name,
                                      "' (expected auto, text, jsonl, html or feed)"));
    return false;
  }
  return true;
}

void AddInputFormatOption(CLI::App* cmd, std::string* format_name) {
  cmd->add_option("--input-format", *format_name,
                  "auto (default: detect from content), text, jsonl, html, feed");
}

CLI::Option* AddMinConfidenceOption(CLI::App* cmd, double* min_confidence) {
  return cmd->add_option("--min-confidence", *min_confidence,
                  absl::StrCat("keep statements whose confidence (the decision model's calibrated "
                               "probability that the attribution is right) is at least X (default ",
                               absl::StrFormat("%.2g", *min_confidence), ")"))
      ->check(CLI::Range(0.0, 1.0));
}

bool ReadArticles(Cli& cli, const std::vector<std::string>& paths,
                  const std::string& format_name,
                  const std::function<void(Article&&)>& on_article, InputCounts* counts) {
  ReadOptions options;
  if (!ResolveReadOptions(cli, format_name, &options)) return false;
  Progress progress(cli.stderr_is_tty);
  ProblemSink on_problem = PrintProblems(cli, counts);
  std::vector<std::string> files;
  ExpandInputPaths(paths.empty() ? std::vector<std::string>{"-"} : paths, &files, on_problem);
  ArticleReader reader(options);
  for (const std::string& file : files) {
    ++counts->files;
    reader.ReadFile(file, [&](Article&& article) {
      ++counts->articles;
      on_article(std::move(article));
      progress.Update(*counts);
    }, on_problem);
    progress.Update(*counts);
  }
  progress.Update(*counts, /*final=*/true);
  return true;
}

}  // namespace qtrack::cli
