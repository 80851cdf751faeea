#include "cli/article_input.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace qtrack::cli {
namespace {

// 75 s → "1:15", 4000 s → "1:06:40".
std::string Duration(double seconds) {
  const long s = std::lround(seconds);
  if (s >= 3600) return absl::StrFormat("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  return absl::StrFormat("%d:%02d", s / 60, s % 60);
}

}  // namespace

Progress::Progress(bool enabled, bool terminal)
    : enabled_(enabled),
      terminal_(terminal),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::SetInput(const std::vector<std::string>& files) {
  bytes_before_.assign(1, 0);
  sizes_known_ = true;
  for (const std::string& file : files) {
    std::error_code error;
    const uint64_t size = file == "-" ? 0 : std::filesystem::file_size(file, error);
    if (file == "-" || error) sizes_known_ = false;
    bytes_before_.push_back(bytes_before_.back() + (error ? 0 : size));
  }
}

void Progress::Read(size_t file_index, uint64_t disk_offset) {
  if (file_index + 1 >= bytes_before_.size()) return;
  const uint64_t size = bytes_before_[file_index + 1] - bytes_before_[file_index];
  bytes_read_.store(bytes_before_[file_index] + std::min(disk_offset, size),
                    std::memory_order_relaxed);
  files_read_.store(file_index + 1, std::memory_order_relaxed);
}

void Progress::Update(const InputCounts& counts, bool final) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!final && now - last_ < (terminal_ ? std::chrono::milliseconds(250)
                                         : std::chrono::milliseconds(5000)))
    return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const size_t files = bytes_before_.empty() ? 0 : bytes_before_.size() - 1;
  std::string line =
      files == 0 ? absl::StrFormat("%zu files", counts.files)
                 : absl::StrFormat("%zu/%zu files",
                                   final ? files : files_read_.load(std::memory_order_relaxed),
                                   files);
  absl::StrAppendFormat(&line, " · %zu articles · %zu statements · %.0f articles/s",
                        counts.articles, counts.statements,
                        elapsed > 0 ? counts.articles / elapsed : 0.0);
  const uint64_t total = bytes_before_.empty() ? 0 : bytes_before_.back();
  const uint64_t done = bytes_read_.load(std::memory_order_relaxed);
  if (final) {
    absl::StrAppend(&line, " · ", Duration(elapsed), " in all");
  } else if (sizes_known_ && done > 0 && total >= done) {
    absl::StrAppend(&line, " · ", Duration(elapsed * (total - done) / done), " left");
  }
  std::cerr << (terminal_ ? "\r\033[K" : "") << line << (terminal_ && !final ? "" : "\n");
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
  Progress progress(cli.stderr_is_tty, cli.stderr_is_tty);
  ProblemSink on_problem = PrintProblems(cli, counts);
  std::vector<std::string> files;
  ExpandInputPaths(paths.empty() ? std::vector<std::string>{"-"} : paths, &files, on_problem);
  progress.SetInput(files);
  ArticleReader reader(options);
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    progress.Read(i, 0);
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
