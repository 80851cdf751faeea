// qtrack: the command-line program. See `qtrack --help`.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/cli.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace qtrack::cli {
namespace {

constexpr const char* kFooter = R"(
Exit codes: 0 success; 1 some input was rejected and the rest processed;
2 usage error; 3 I/O or database failure.
The database is --db DIR, else $QTRACK_DB, else ./qtrack.db.
Run `qtrack help COMMAND` for one command's options.)";

}  // namespace

bool Cli::ResolveFormat(OutputFormat fallback, OutputFormat* format) {
  if (format_name.empty()) {
    *format = fallback;
  } else if (format_name == "text") {
    *format = OutputFormat::kText;
  } else if (format_name == "jsonl") {
    *format = OutputFormat::kJsonl;
  } else if (format_name == "csv") {
    *format = OutputFormat::kCsv;
  } else if (format_name == "json") {
    *format = OutputFormat::kJson;
  } else {
    Fail(kExitUsage, absl::StrCat("unknown --format '", format_name,
                                  "' (expected text, jsonl, csv or json)"));
    return false;
  }
  return true;
}

void Cli::Fail(int code, absl::string_view message) {
  // Messages name files and quote input: escaped, like problem lines.
  std::cerr << "qtrack: " << EscapeForTerminal(ToStd(message)) << "\n";
  if (code > exit_code) exit_code = code;
}

void Cli::FailStatus(const absl::Status& status) {
  Fail(status.code() == absl::StatusCode::kInvalidArgument ? kExitUsage : kExitIoOrDatabase,
       status.message());
}

std::string CsvRecord(const std::vector<std::string_view>& fields) {
  std::string record;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record.push_back(',');
    std::string_view field = fields[i];
    std::string guarded;
    if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
      guarded = absl::StrCat("'", ToAbsl(field));
      field = guarded;
    }
    const bool quote = field.find_first_of(",\"\n\r") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
      record.append(field);
      continue;
    }
    record.push_back('"');
    for (char c : field) {
      if (c == '"') record.push_back('"');
      record.push_back(c);
    }
    record.push_back('"');
  }
  record.append("\r\n");
  return record;
}

std::string CsvList(const std::vector<std::string_view>& values) {
  std::vector<std::string_view> distinct;
  for (std::string_view v : values)
    if (!v.empty() && std::find(distinct.begin(), distinct.end(), v) == distinct.end())
      distinct.push_back(v);
  std::string out;
  for (std::string_view v : distinct) absl::StrAppend(&out, out.empty() ? "" : " | ", ToAbsl(v));
  return out;
}

int Main(int argc, char** argv) {
  Cli cli;
  cli.stdout_is_tty = isatty(STDOUT_FILENO);
  cli.stderr_is_tty = isatty(STDERR_FILENO);
  const char* env_db = std::getenv("QTRACK_DB");
  cli.db = env_db && *env_db ? env_db : "./qtrack.db";

  CLI::App app("qtrack: find, attribute and track quoted statements and claims in news",
               "qtrack");
  app.footer(kFooter);
  app.fallthrough();
  app.require_subcommand(1);
  app.add_option("--db", cli.db, "database directory (default ./qtrack.db, or $QTRACK_DB)");
  app.add_option("--format", cli.format_name, "output: text, jsonl, csv (json for stats)");

  RegisterIngest(app, cli);
  RegisterExtract(app, cli);
  RegisterArticles(app, cli);
  RegisterSaid(app, cli);
  RegisterSearch(app, cli);
  RegisterSpeakers(app, cli);
  RegisterEval(app, cli);
  RegisterStats(app, cli);
  RegisterInit(app, cli);
  RegisterMatcherCommands(app, cli);
  RegisterReport(app, cli);
  RegisterServe(app, cli);
  RegisterChecks(app, cli);
  RegisterExport(app, cli);
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "explain one command: qtrack help COMMAND");
  help->add_option("command", help_topic, "the command to explain");
  help->callback([&] {
    if (help_topic.empty()) {
      std::cout << app.help();
      return;
    }
    try {
      std::cout << app.get_subcommand(help_topic)->help();
    } catch (const CLI::OptionNotFound&) {
      cli.Fail(kExitUsage, absl::StrCat("no such command '", help_topic,
                                        "'; run qtrack --help for the list"));
    }
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "qtrack: " << e.what() << "\n";
    if (argc <= 1) std::cerr << app.help();
    else std::cerr << "run qtrack --help for usage\n";
    return kExitUsage;
  }
  return cli.exit_code;
}

}  // namespace qtrack::cli

int main(int argc, char** argv) { return qtrack::cli::Main(argc, argv); }
