// qtrack match / compare / recycled / contradictions: the matcher's view of
// the store, and its evaluation on sentence pairs.
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "claims/pair_eval.h"
#include "claims/store.h"
#include "cli/cli.h"
#include "cli/statement_output.h"
#include "common/json_writer.h"

namespace qtrack::cli {
namespace {

std::unique_ptr<Store> OpenReader(Cli& cli) {
  auto store = Store::OpenForReading(cli.db);
  if (!store.ok()) {
    cli.Fail(kExitIoOrDatabase, store.status().message());
    return nullptr;
  }
  return std::move(*store);
}

std::string FirstSource(const Statement& s) {
  if (s.occurrences.empty()) return "";
  const Occurrence& o = s.occurrences.front();
  return absl::StrCat(o.outlet, o.url.empty() ? "" : " <", o.url, o.url.empty() ? "" : ">");
}

void WriteBrief(JsonWriter& w, const Statement& s) {
  w.BeginObject();
  w.Key("id"); w.String(s.id);
  w.Key("speaker"); w.StringOrNull(s.speaker);
  w.Key("quote"); w.String(s.quote);
  w.Key("said_on"); w.StringOrNull(s.said_on);
  w.Key("first_seen"); w.StringOrNull(s.first_seen);
  w.Key("outlets"); w.BeginArray();
  for (const Occurrence& o : s.occurrences) w.String(o.outlet);
  w.EndArray();
  w.Key("urls"); w.BeginArray();
  for (const Occurrence& o : s.occurrences) w.String(o.url);
  w.EndArray();
  w.EndObject();
}

void RegisterMatch(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> words;
    std::string speaker;
    size_t limit = 10;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "match", "the stored statements nearest to TEXT, with link type, score and reason");
  cmd->add_option("text", o->words, "the statement to match")->required();
  cmd->add_option("--speaker", o->speaker, "only statements by this speaker");
  cmd->add_option("--limit", o->limit, "at most N results (default 10)")
      ->check(CLI::Range(0, 1000000000));
  cmd->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    auto results = store->Match(absl::StrJoin(o->words, " "), o->speaker, o->limit);
    if (!results.ok()) return cli.FailStatus(results.status());
    if (format == OutputFormat::kCsv)
      std::cout << CsvRecord(
          {"id", "link", "similarity", "contradiction", "speaker", "quote", "reason"});
    for (const MatchResult& r : *results) {
      const PairJudgement& j = r.judgement;
      if (format == OutputFormat::kText) {
        std::cout << absl::StrFormat("%-11s sim %.2f  contra %.2f  %s  %s\n",
                                     r.link_type.empty() ? "unrelated" : r.link_type,
                                     j.similarity, j.contradiction, r.statement.said_on,
                                     SpeakerLabel(r.statement));
        std::cout << "  \u201C" << r.statement.quote << "\u201D\n";
        if (!j.reason.empty()) std::cout << "  why: " << j.reason << "\n";
        std::cout << "\n";
      } else if (format == OutputFormat::kCsv) {
        std::cout << CsvRecord({r.statement.id, r.link_type.empty() ? "unrelated" : r.link_type,
                                absl::StrFormat("%.4f", j.similarity),
                                absl::StrFormat("%.4f", j.contradiction), r.statement.speaker,
                                r.statement.quote, j.reason});
      } else {
        std::string line;
        JsonWriter w(&line);
        w.BeginObject();
        w.Key("link"); w.String(r.link_type.empty() ? "unrelated" : r.link_type);
        w.Key("similarity"); w.Double(j.similarity);
        w.Key("contradiction"); w.Double(j.contradiction);
        w.Key("suggestion"); w.Bool(j.suggestion);
        w.Key("reason"); w.String(j.reason);
        w.Key("statement"); w.Raw(StatementToJson(r.statement));
        w.EndObject();
        std::cout << line << "\n";
      }
    }
  });
}

void RegisterCompare(CLI::App& app, Cli& cli) {
  auto file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "label each pair {id, a, b} of a JSONL FILE: duplicate, contradiction or "
                 "unrelated, with a score");
  cmd->add_option("file", *file, "pairs JSONL")->required();
  cmd->callback([&cli, file] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kJsonl, &format)) return;
    if (format != OutputFormat::kJsonl)
      return cli.Fail(kExitUsage, "compare writes JSON Lines only (--format jsonl)");
    absl::Status s = ComparePairs(*file, std::cout, &std::cerr);
    if (!s.ok()) {
      cli.Fail(s.code() == absl::StatusCode::kInvalidArgument ? kExitSomeInputRejected
                                                              : kExitIoOrDatabase,
               s.message());
    }
  });
}

void RegisterRecycled(CLI::App& app, Cli& cli) {
  struct Options {
    std::string since, until;
    size_t limit = 50;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "recycled", "recycled narratives: statements linked across speakers and outlets, with "
                  "first seen and spread");
  cmd->add_option("--since", o->since, "active on or after YYYY-MM-DD");
  cmd->add_option("--until", o->until, "first seen on or before YYYY-MM-DD");
  cmd->add_option("--limit", o->limit, "at most N narratives (default 50)")
      ->check(CLI::Range(0, 1000000000));
  cmd->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    auto narratives = store->Recycled(o->since, o->until, o->limit);
    if (!narratives.ok()) return cli.FailStatus(narratives.status());
    if (format == OutputFormat::kCsv)
      std::cout << CsvRecord(
          {"narrative", "first_seen", "statements", "speakers", "outlets", "first_quote"});
    int n = 0;
    for (const Narrative& nar : *narratives) {
      ++n;
      const Statement& first = nar.statements.front();
      if (format == OutputFormat::kText) {
        std::cout << absl::StrFormat("#%d  first seen %s, %zu statements, %zu speakers, %zu outlets\n",
                                     n, nar.first_seen, nar.statements.size(),
                                     nar.speakers.size(), nar.outlets.size());
        for (const Statement& st : nar.statements) {
          std::cout << "  " << st.first_seen << "  "
                    << SpeakerLabel(st) << " — "
                    << FirstSource(st) << "\n    \u201C" << st.quote << "\u201D\n";
        }
        std::cout << "\n";
      } else if (format == OutputFormat::kCsv) {
        std::cout << CsvRecord({std::to_string(n), nar.first_seen,
                                std::to_string(nar.statements.size()),
                                absl::StrJoin(nar.speakers, " | "), absl::StrJoin(nar.outlets, " | "),
                                first.quote});
      } else {
        std::string line;
        JsonWriter w(&line);
        w.BeginObject();
        w.Key("first_seen"); w.StringOrNull(nar.first_seen);
        w.Key("first_speaker"); w.StringOrNull(first.speaker);
        w.Key("first_source"); w.StringOrNull(FirstSource(first));
        w.Key("speakers"); w.BeginArray();
        for (const auto& sp : nar.speakers) w.String(sp);
        w.EndArray();
        w.Key("outlets"); w.BeginArray();
        for (const auto& out : nar.outlets) w.String(out);
        w.EndArray();
        w.Key("statements"); w.BeginArray();
        for (const Statement& st : nar.statements) WriteBrief(w, st);
        w.EndArray();
        w.EndObject();
        std::cout << line << "\n";
      }
    }
  });
}

void RegisterContradictions(CLI::App& app, Cli& cli) {
  struct Options {
    std::string speaker;
    size_t limit = 50;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "contradictions", "statements that contradict earlier ones, both sides with sources");
  cmd->add_option("--speaker", o->speaker, "only pairs where this speaker is on either side");
  cmd->add_option("--limit", o->limit, "at most N pairs (default 50)")
      ->check(CLI::Range(0, 1000000000));
  cmd->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    auto pairs = store->Contradictions(o->speaker, o->limit);
    if (!pairs.ok()) return cli.FailStatus(pairs.status());
    if (format == OutputFormat::kCsv)
      std::cout << CsvRecord({"later_id", "later_said_on", "later_speaker", "later_quote",
                              "later_source", "earlier_id", "earlier_said_on", "earlier_speaker",
                              "earlier_quote", "earlier_source"});
    for (const auto& [later, earlier] : *pairs) {
      if (format == OutputFormat::kText) {
        const Link* link = nullptr;
        for (const Link& l : later.links)
          if (l.to_id == earlier.id) link = &l;
        std::cout << later.said_on << "  " << SpeakerLabel(later)
                  << " — " << FirstSource(later) << "\n  \u201C" << later.quote << "\u201D\n"
                  << "contradicts " << earlier.said_on << "  "
                  << SpeakerLabel(earlier) << " — "
                  << FirstSource(earlier) << "\n  \u201C" << earlier.quote << "\u201D\n";
        if (link != nullptr) std::cout << "  why: " << link->reason << "\n";
        std::cout << "\n";
      } else if (format == OutputFormat::kCsv) {
        const std::string later_source = FirstSource(later), earlier_source = FirstSource(earlier);
        std::cout << CsvRecord({later.id, later.said_on, later.speaker, later.quote, later_source,
                                earlier.id, earlier.said_on, earlier.speaker, earlier.quote,
                                earlier_source});
      } else {
        std::string line;
        JsonWriter w(&line);
        w.BeginObject();
        w.Key("later"); WriteBrief(w, later);
        w.Key("earlier"); WriteBrief(w, earlier);
        for (const Link& l : later.links) {
          if (l.to_id != earlier.id) continue;
          w.Key("score"); w.Double(l.score);
          w.Key("reason"); w.String(l.reason);
          break;
        }
        w.EndObject();
        std::cout << line << "\n";
      }
    }
  });
}

}  // namespace

void RegisterMatcherCommands(CLI::App& app, Cli& cli) {
  RegisterMatch(app, cli);
  RegisterCompare(app, cli);
  RegisterRecycled(app, cli);
  RegisterContradictions(app, cli);
}

}  // namespace qtrack::cli
