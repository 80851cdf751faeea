// qtrack export [--format claimreview|csv|jsonl] [QUERY]: the statements a
// search selects, as schema.org Claim JSON-LD ready for a fact-checker to
// complete into a ClaimReview (every occurrence an `appearance`), or as the
// CSV and JSON Lines of `qtrack said`.
#include <iostream>
#include <memory>

#include "absl/strings/str_join.h"
#include "claims/store.h"
#include "cli/cli.h"
#include "cli/statement_output.h"
#include "common/json_writer.h"

namespace qtrack::cli {
namespace {

void WriteAppearance(JsonWriter& w, const Occurrence& o) {
  w.BeginObject();
  w.Key("@type"); w.String("CreativeWork");
  if (!o.url.empty()) { w.Key("url"); w.String(o.url); }
  if (!o.title.empty()) { w.Key("headline"); w.String(o.title); }
  if (!o.published.empty()) { w.Key("datePublished"); w.String(o.published); }
  if (!o.outlet.empty()) {
    w.Key("publisher");
    w.BeginObject();
    w.Key("@type"); w.String("Organization");
    w.Key("name"); w.String(o.outlet);
    w.EndObject();
  }
  w.EndObject();
}

}  // namespace

void WriteClaimJsonLd(const Statement& s, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("@context"); w.String("https://schema.org");
  w.Key("@type"); w.String("Claim");
  w.Key("identifier"); w.String(s.id);
  w.Key("claimReviewed"); w.String(s.quote);
  w.Key("text"); w.String(s.quote);
  if (!s.speaker.empty()) {
    w.Key("author");
    w.BeginObject();
    w.Key("@type"); w.String(s.kind == "claim" ? "Organization" : "Person");
    w.Key("name"); w.String(s.speaker);
    if (!s.speaker_role.empty()) { w.Key("jobTitle"); w.String(s.speaker_role); }
    w.EndObject();
  }
  if (!s.said_on.empty()) { w.Key("datePublished"); w.String(s.said_on); }
  if (!s.occurrences.empty()) {
    // Occurrences are stored in ingest order; the first appearance is the
    // earliest published one.
    const Occurrence* first = &s.occurrences.front();
    for (const Occurrence& o : s.occurrences)
      if (!o.published.empty() && (first->published.empty() || o.published < first->published))
        first = &o;
    w.Key("firstAppearance"); WriteAppearance(w, *first);
    w.Key("appearance"); w.BeginArray();
    for (const Occurrence& o : s.occurrences) WriteAppearance(w, o);
    w.EndArray();
  }
  if (!s.via.empty()) {
    w.Key("sourceOrganization");
    w.BeginObject();
    w.Key("@type"); w.String("Organization");
    w.Key("name"); w.String(s.via);
    w.EndObject();
  }
  w.EndObject();
}

void RegisterExport(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> words;
    size_t offset = 0;
    size_t limit = 1000;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "export", "write the statements QUERY selects: --format claimreview (schema.org Claim "
                "JSON-LD, ready to complete into a ClaimReview; the default), csv or jsonl");
  cmd->add_option("query", o->words, "search query (qtrack search syntax); default: everything");
  cmd->add_option("--limit", o->limit, "at most N statements (default 1000)")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_option("--offset", o->offset, "skip the first N statements (default 0)")
      ->check(CLI::Range(0, 1000000000));
  cmd->callback([&cli, o] {
    const bool claimreview = cli.format_name.empty() || cli.format_name == "claimreview";
    OutputFormat format = OutputFormat::kJsonl;
    if (cli.format_name == "csv") format = OutputFormat::kCsv;
    else if (!claimreview && cli.format_name != "jsonl")
      return cli.Fail(kExitUsage, "export: --format is claimreview (the default), csv or jsonl");
    auto store = Store::OpenForReading(cli.db);
    if (!store.ok()) return cli.Fail(kExitIoOrDatabase, store.status().message());
    std::string query = absl::StrJoin(o->words, " ");
    auto found =
        (*store)->SearchPage(query.empty() ? "NOT kind:none" : query, o->offset, o->limit);
    if (!found.ok()) return cli.FailStatus(found.status());
    if (claimreview) {
      std::cout << "[";
      bool first = true;
      for (const Statement& s : found->statements) {
        std::string item;
        WriteClaimJsonLd(s, &item);
        std::cout << (first ? "\n" : ",\n") << item;
        first = false;
      }
      std::cout << "\n]\n";
    } else {
      PrintStatements(found->statements, format, std::cout);
    }
    // What was left out goes to stderr: the file stays exactly the export.
    PrintPageSummary(*found, o->offset, 0, OutputFormat::kJsonl, std::cout, std::cerr);
  });
}

}  // namespace qtrack::cli
