// qtrack checks import / match, and the check linker used at ingest.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "claims/checks.h"
#include "claims/checks_eval.h"
#include "cli/cli.h"
#include "common/json_writer.h"
#include "ingest/input.h"

namespace qtrack::cli {

std::string ChecksDir(const Cli& cli) { return cli.db + "/checks"; }

std::function<std::vector<Link>(const Statement&)> MakeCheckLinker(Cli& cli) {
  if (!std::filesystem::exists(ChecksDir(cli))) return nullptr;
  auto opened = CheckStore::OpenForReading(ChecksDir(cli));
  if (!opened.ok()) {
    cli.Fail(kExitIoOrDatabase, opened.status().message());
    return nullptr;
  }
  std::shared_ptr<CheckStore> checks = std::move(*opened);
  return [checks](const Statement& st) {
    std::vector<Link> links;
    auto ranked = checks->Rank(st.quote, 1);
    if (!ranked.ok() || ranked->empty()) return links;
    const RankedCheck& best = ranked->front();
    CheckThresholds thresholds;
    if (best.score < thresholds.suggest) return links;
    Link link;
    link.type = "checked";
    link.to_id = best.check.id;
    link.score = best.score;
    link.suggestion = best.score < thresholds.link;
    link.reason = absl::StrCat(best.check.rating.empty() ? "checked" : absl::StrCat("rated ", best.check.rating),
                               best.check.publisher.empty() ? "" : absl::StrCat(" by ", best.check.publisher),
                               best.check.url.empty() ? "" : absl::StrCat(" <", best.check.url, ">"),
                               "; ", best.reason);
    links.push_back(std::move(link));
    return links;
  };
}

namespace {

void PrintRanked(const std::string& id, const std::vector<RankedCheck>& ranked, OutputFormat format) {
  if (format == OutputFormat::kText) {
    for (const RankedCheck& r : ranked) {
      std::cout << absl::StrFormat("%.2f  %s", r.score, r.check.id);
      if (!r.check.rating.empty()) std::cout << "  [" << r.check.rating << "]";
      std::cout << "\n  " << r.check.text << "\n";
      if (!r.check.url.empty()) std::cout << "  " << r.check.url << "\n";
      if (!r.reason.empty()) std::cout << "  why: " << r.reason << "\n";
      std::cout << "\n";
    }
    return;
  }
  std::string line;
  JsonWriter w(&line);
  w.BeginObject();
  if (!id.empty()) { w.Key("id"); w.String(id); }
  w.Key("ranked"); w.BeginArray();
  for (const RankedCheck& r : ranked) w.String(r.check.id);
  w.EndArray();
  w.Key("checks"); w.BeginArray();
  for (const RankedCheck& r : ranked) {
    w.BeginObject();
    w.Key("id"); w.String(r.check.id);
    w.Key("score"); w.Double(r.score);
    w.Key("rating"); w.StringOrNull(r.check.rating);
    w.Key("url"); w.StringOrNull(r.check.url);
    w.Key("text"); w.String(r.check.text);
    w.Key("reason"); w.String(r.reason);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << line << "\n";
}

}  // namespace

void RegisterChecks(CLI::App& app, Cli& cli) {
  CLI::App* cmd = app.add_subcommand(
      "checks", "known fact-checks: import them, and rank them for a statement");
  cmd->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* import = cmd->add_subcommand(
      "import", "load fact-checks: JSONL {id, text, title, url, date, rating, publisher} or "
                "schema.org ClaimReview JSON-LD (object, array, or a page's ld+json)");
  import->add_option("files", *files, "files to import")->required();
  import->callback([&cli, files] {
    std::error_code ec;
    // What this import creates, it removes again when it fails: a half-made
    // checks/ folder would make every later ingest fail to open it.
    const bool had_checks = std::filesystem::exists(ChecksDir(cli), ec);
    const bool had_db = std::filesystem::exists(cli.db, ec);
    std::filesystem::create_directories(cli.db, ec);  // checks may come before any ingest
    auto store = CheckStore::OpenForWriting(ChecksDir(cli));
    const auto remove_if_made = [&] {
      if (!had_checks && (!store.ok() || (*store)->size() == 0)) {
        store = absl::CancelledError();  // closes the database first
        std::filesystem::remove_all(ChecksDir(cli), ec);
        if (!had_db) std::filesystem::remove(cli.db, ec);  // only if empty
      }
    };
    if (!store.ok()) {
      remove_if_made();
      return cli.Fail(kExitIoOrDatabase, store.status().message());
    }
    int64_t imported = 0, skipped = 0;
    for (const std::string& file : *files) {
      auto counts = (*store)->Import(file, [&](const std::string& f, int64_t line,
                                               const std::string& reason) {
        std::cerr << InputProblem{f, line, reason}.ToString() << "\n";
        cli.exit_code = std::max(cli.exit_code, int{kExitSomeInputRejected});
      });
      if (!counts.ok()) {
        cli.Fail(counts.status().code() == absl::StatusCode::kNotFound ? kExitSomeInputRejected
                                                                         : kExitIoOrDatabase,
                 counts.status().message());
        continue;
      }
      imported += counts->added + counts->replaced;
      skipped += counts->skipped;
    }
    std::cout << "imported " << imported << " fact-checks (" << skipped << " skipped); "
              << (*store)->size() << " in the database\n";
    if (cli.exit_code >= kExitIoOrDatabase) remove_if_made();
  });

  struct MatchOptions {
    std::vector<std::string> words;
    std::string queries;
    size_t top = 10;
  };
  auto o = std::make_shared<MatchOptions>();
  CLI::App* match = cmd->add_subcommand("match", "rank the known fact-checks for TEXT (or --queries FILE)");
  match->add_option("text", o->words, "the statement");
  match->add_option("--queries", o->queries, "JSONL of {id, text}: one ranked line per query");
  match->add_option("--top,-k", o->top, "checks per query (default 10)");
  match->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(o->queries.empty() ? OutputFormat::kText : OutputFormat::kJsonl, &format))
      return;
    if (o->words.empty() == o->queries.empty())
      return cli.Fail(kExitUsage, "checks match: give TEXT or --queries FILE");
    auto store = CheckStore::OpenForReading(ChecksDir(cli));
    if (!store.ok()) return cli.Fail(kExitIoOrDatabase, store.status().message());
    if (!o->queries.empty()) {
      absl::Status s = RankQueriesFile(**store, o->queries, o->top, std::cout);
      if (!s.ok()) cli.FailStatus(s);
      return;
    }
    auto ranked = (*store)->Rank(absl::StrJoin(o->words, " "), o->top);
    if (!ranked.ok()) return cli.FailStatus(ranked.status());
    PrintRanked("", *ranked, format);
  });
}

}  // namespace qtrack::cli
