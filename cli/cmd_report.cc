// qtrack report: the editors' weekly report (HTML, Markdown, JSON).
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "cli/cli.h"
#include "common/file_util.h"
#include "common/strings.h"
#include "report/report.h"

namespace qtrack::cli {
namespace {

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

bool ReadWatchList(Cli& cli, const std::string& path, std::vector<std::string>* names) {
  if (path.empty()) return true;
  std::ifstream in(path);
  if (!in) {
    cli.Fail(kExitIoOrDatabase, absl::StrCat(path, ": cannot read the watch list"));
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::string_view name = StripWhitespace(line);
    if (!name.empty() && name.front() != '#') names->emplace_back(name);
  }
  return true;
}

void RegisterReport(CLI::App& app, Cli& cli) {
  struct Options {
    std::string week, watch, output;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "report", "the weekly report: counts, top speakers and conduits, new claims, recycled "
                "narratives, contradictions, watched speakers (--format html|md|json)");
  cmd->add_option("--week", o->week, "ISO week YYYY-Www (default: the last complete week)");
  cmd->add_option("--watch", o->watch, "file naming one watched speaker a line");
  cmd->add_option("-o,--output", o->output, "write to FILE (default or -: stdout)");
  cmd->callback([&cli, o] {
    std::string format = cli.format_name.empty() ? "html" : cli.format_name;
    if (format != "html" && format != "md" && format != "json")
      return cli.Fail(kExitUsage, absl::StrCat("report: unknown --format '", format,
                                               "' (expected html, md or json)"));
    std::string week = o->week.empty() ? LastCompleteIsoWeek(Today()) : o->week;
    std::vector<std::string> watch;
    if (!ReadWatchList(cli, o->watch, &watch)) return;
    auto store = Store::OpenForReading(cli.db);
    if (!store.ok()) return cli.Fail(kExitIoOrDatabase, store.status().message());
    auto report = BuildWeeklyReport(**store, week, watch);
    if (!report.ok()) return cli.FailStatus(report.status());
    std::string text = format == "html" ? RenderReportHtml(*report)
                       : format == "md" ? RenderReportMarkdown(*report)
                                        : RenderReportJson(*report);
    if (o->output.empty() || o->output == "-") {
      std::cout << text;
      return;
    }
    // Whole or not at all: a full disk once left a 0-byte report.
    if (absl::Status written = WriteFileAtomically(o->output, text); !written.ok())
      cli.Fail(kExitIoOrDatabase, written.message());
  });
}

}  // namespace qtrack::cli
