// File: cli/cli.h
//
// What every qtrack subcommand shares: the global options, the exit codes,
// output-format handling and error reporting. Each subcommand lives in its
// own cmd_*.cc and registers itself on the CLI11 app with a Register*
// function declared here.
#ifndef QTRACK_CLI_CLI_H_
#define QTRACK_CLI_CLI_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "claims/statement.h"

namespace qtrack::cli {

// Exit codes (documented in the README and `qtrack --help`).
enum ExitCode : int {
  kExitOk = 0,
  kExitSomeInputRejected = 1,
  kExitUsage = 2,
  kExitIoOrDatabase = 3,
};

enum class OutputFormat { kText, kJsonl, kCsv, kJson };

struct Cli {
  // Global options.
  std::string db;             // --db, else $QTRACK_DB, else ./qtrack.db
  std::string format_name;    // --format as given ("" = default for the command)
  bool stdout_is_tty = false;
  bool stderr_is_tty = false;
  int exit_code = kExitOk;

  // The output format: --format when given, else `fallback`.
  // Sets exit_code to kExitUsage and returns false on an unknown name.
  bool ResolveFormat(OutputFormat fallback, OutputFormat* format);

  // Prints "qtrack: <message>" to stderr and records `code` (the highest
  // code wins, so a database failure is not masked by a rejected record).
  void Fail(int code, absl::string_view message);
  // Maps a Status to the exit code: NotFound/InvalidArgument → usage or
  // input errors are the caller's choice; everything else → 3.
  void FailStatus(const absl::Status& status);
};

// Registration of each subcommand.
void RegisterArticles(CLI::App& app, Cli& cli);
void RegisterExtract(CLI::App& app, Cli& cli);
void RegisterIngest(CLI::App& app, Cli& cli);
void RegisterSaid(CLI::App& app, Cli& cli);
void RegisterSearch(CLI::App& app, Cli& cli);
void RegisterSpeakers(CLI::App& app, Cli& cli);
void RegisterStats(CLI::App& app, Cli& cli);
void RegisterInit(CLI::App& app, Cli& cli);
void RegisterEval(CLI::App& app, Cli& cli);
void RegisterMatcherCommands(CLI::App& app, Cli& cli);
void RegisterReport(CLI::App& app, Cli& cli);
void RegisterServe(CLI::App& app, Cli& cli);
void RegisterChecks(CLI::App& app, Cli& cli);
void RegisterExport(CLI::App& app, Cli& cli);
// A linker that adds "checked" links to known fact-checks at ingest, or
// null when the database has none.
std::function<std::vector<Link>(const Statement&)> MakeCheckLinker(Cli& cli);
// <db>/checks: the known fact-checks database.
std::string ChecksDir(const Cli& cli);
// Reads a watch list: one speaker a line, '#' comments. False (reported) on failure.
bool ReadWatchList(Cli& cli, const std::string& path, std::vector<std::string>* names);  // match, compare, recycled, contradictions

// One CSV record as RFC 4180 has it: fields separated by commas, quoted
// when they hold a comma, a quote, a line break or edge spaces, CRLF at the
// end. A field a spreadsheet would run as a formula (one starting with
// = + - @, a tab or CR: "CSV injection") gets a leading apostrophe, as
// OWASP advises: spreadsheets show it as text, and article text is
// untrusted.
std::string CsvRecord(const std::vector<std::string_view>& fields);

// Values of a multi-valued CSV cell: the distinct non-empty ones, in order,
// joined by " | " (no stray separators or spaces when some are empty).
std::string CsvList(const std::vector<std::string_view>& values);

}  // namespace qtrack::cli

#endif  // QTRACK_CLI_CLI_H_
