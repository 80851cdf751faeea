// qtrack ingest / said / search / speakers / stats: the commands over the
// statement store.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claims/own_voice.h"
#include "absl/strings/str_join.h"
#include "claims/store.h"
#include "cli/article_input.h"
#include "cli/cli.h"
#include "cli/ingest_pipeline.h"
#include "cli/statement_output.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "ingest/article_util.h"
#include "quotes/extractor.h"

namespace qtrack::cli {
namespace {

// Opens the store for reading, reporting failure (exit 3).
std::unique_ptr<Store> OpenReader(Cli& cli) {
  auto store = Store::OpenForReading(cli.db);
  if (!store.ok()) {
    cli.Fail(kExitIoOrDatabase, store.status().message());
    return nullptr;
  }
  return std::move(*store);
}

std::unique_ptr<Store> OpenWriter(Cli& cli, StoreOptions options = {}) {
  auto store = Store::OpenForWriting(cli.db, options);
  if (!store.ok()) {
    cli.Fail(kExitIoOrDatabase, store.status().message());
    return nullptr;
  }
  return std::move(*store);
}

// Alerts for watched speakers and narratives during ingest.
class Watcher {
 public:
  bool Open(Cli& cli, const std::string& watch, const std::string& alerts) {
    std::vector<std::string> lines;
    if (!ReadWatchList(cli, watch, &lines)) return false;
    for (const std::string& line : lines) {
      if (line.starts_with("statement:")) statements_.push_back(line.substr(10));
      else speakers_.push_back(line);
    }
    if (!alerts.empty()) {
      alerts_.open(alerts, std::ios::app);
      if (!alerts_) {
        cli.Fail(kExitIoOrDatabase, absl::StrCat(alerts, ": cannot write alerts"));
        return false;
      }
    }
    return true;
  }

  void Check(Store& store, const Article& article, const std::vector<Statement>& added) {
    if (speakers_.empty() && statements_.empty()) return;
    for (const Statement& st : added) {
      std::string why;
      for (const std::string& name : speakers_) {
        auto records = store.FindSpeakers(name);
        if (!records.ok()) continue;
        for (const SpeakerRecord& r : *records)
          if (r.id == st.speaker_id) why = absl::StrCat("watched speaker ", name);
      }
      for (const Link& link : st.links)
        for (const std::string& id : statements_)
          if (!link.suggestion && link.to_id == id)
            why = absl::StrCat("links (", link.type, ") to watched statement ", id);
      if (why.empty()) continue;
      std::cout << "ALERT " << why << ": " << SpeakerLabel(st)
                << ": \u201C" << st.quote << "\u201D (" << article.outlet << ", "
                << st.said_on << ")\n";
      if (alerts_.is_open()) {
        std::string line;
        JsonWriter w(&line);
        w.BeginObject();
        w.Key("alert"); w.String(why);
        w.Key("statement"); w.Raw(StatementToJson(st));
        w.EndObject();
        alerts_ << line << "\n";
        alerts_.flush();
      }
    }
  }

 private:
  std::vector<std::string> speakers_, statements_;
  std::ofstream alerts_;
};

// What the ingest summary counts. Only what a commit made durable is
// reported: a failed commit loses its batch, and the summary must not
// claim it (it once said 21 articles when none were stored).
struct IngestTally {
  size_t articles = 0, new_articles = 0, statements = 0, occurrences = 0, speakers = 0;
  void Add(const AddResult& r) {
    ++articles;
    new_articles += r.article_was_new;
    statements += r.new_statements;
    occurrences += r.new_occurrences;
    speakers += r.new_speakers;
  }
  void Add(const IngestTally& t) {
    articles += t.articles;
    new_articles += t.new_articles;
    statements += t.statements;
    occurrences += t.occurrences;
    speakers += t.speakers;
  }
};

// Own-voice claims carry their check-worthiness as confidence. Returns
// how many were dropped.
size_t DropLowCheckworthy(double min, std::vector<Statement>* statements) {
  if (min <= 0) return 0;
  return std::erase_if(*statements, [min](const Statement& s) {
    return s.kind == "claim" && s.confidence < min;
  });
}

void RegisterIngestImpl(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> paths;
    std::string input_format;
    size_t batch = 1000;
    int jobs = 0;
    std::string watch, alerts;
    bool no_link = false;
    bool progress = false;
    int shards = 0;
    std::string kinds = "quote,claim";
    double min_checkworthy = qtrack::kDefaultMinCheckworthy;
    double min_confidence = kDeskMinConfidence;
    std::string outlet;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "read news (HTML, JSONL, RSS/Atom, text; files, directories, -), find "
                "statements, store them");
  cmd->add_option("paths", o->paths, "files or directories; - for stdin")->required();
  AddInputFormatOption(cmd, &o->input_format);
  cmd->add_option("--outlet", o->outlet,
                  "the outlet of what is ingested, for every article whose source names none "
                  "(plain text, files without a URL)");
  cmd->add_option("--batch", o->batch, "articles per committed transaction (default 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--watch", o->watch,
                  "watch list: one speaker a line, or 'statement:ID' for a narrative; prints "
                  "an alert line for each new statement that matches");
  cmd->add_option("--alerts", o->alerts, "also write the alerts as JSON Lines to FILE");
  cmd->add_option("--kinds", o->kinds,
                  "what to store: quote, claim or both (default quote,claim)");
  cmd->add_option("--min-checkworthy", o->min_checkworthy,
                  absl::StrFormat("store own-voice claims whose check-worthiness (the probability "
                                  "that a desk would verify it) is at least X in [0,1] (default %.2f)",
                                  qtrack::kDefaultMinCheckworthy))
      ->check(CLI::Range(0.0, 1.0));
  AddMinConfidenceOption(cmd, &o->min_confidence);
  cmd->add_option("--shards", o->shards,
                  "create a new database with N shards (see qtrack init)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--no-link", o->no_link,
                "store without linking to earlier statements (faster; no repeat/recycled/"
                "contradicts links for these statements)");
  cmd->add_option("--jobs,-j", o->jobs,
                  "parser/detector threads (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--progress", o->progress,
                "show files, articles, statements, rate and time left on stderr (the default "
                "when stderr is a terminal)");
  cmd->callback([&cli, o] {
    PipelineOptions pipeline;
    if (!ResolveReadOptions(cli, o->input_format, &pipeline.read)) return;
    if (!ParseKinds(o->kinds, &pipeline.detect))
      return cli.Fail(kExitUsage, "--kinds: expected quote, claim or quote,claim");
    pipeline.detect.claim_options.min_checkworthy = o->min_checkworthy;
    // What a desk is shown: no events, no unattributed or headline
    // fragments (QuoteOptions::desk_view).
    pipeline.detect.quote_options.desk_view = true;
    pipeline.detect.quote_options.min_confidence = o->min_confidence;
    pipeline.jobs = o->jobs > 0 ? o->jobs
                                : std::max(1u, std::thread::hardware_concurrency());
    // The inputs first: when none can be read, no database is made.
    InputCounts counts;
    ProblemSink on_problem = PrintProblems(cli, &counts);
    std::vector<std::string> files;
    ExpandInputPaths(o->paths, &files, on_problem);
    if (files.empty()) return cli.Fail(kExitSomeInputRejected, "nothing to ingest");
    // A file's source is its path under the directory (or next to the
    // file) named on the command line.
    pipeline.read.source_roots = IngestRoots(o->paths);
    pipeline.read.outlet = std::string(StripWhitespace(o->outlet));
    Watcher watcher;
    if (!watcher.Open(cli, o->watch, o->alerts)) return;
    if (o->shards > 0) {
      absl::Status created = Store::CreateSharded(cli.db, o->shards);
      if (!created.ok() && created.code() != absl::StatusCode::kAlreadyExists)
        return cli.Fail(kExitIoOrDatabase, created.message());
    }
    StoreOptions store_options;
    store_options.batch_articles = o->batch;
    store_options.extra_links = MakeCheckLinker(cli);
    store_options.link = !o->no_link;
    // With more than one core, Xapian's writes overlap the linking of the
    // next statements; with one, the stages stay on one thread.
    store_options.write_thread = pipeline.jobs > 1;
    std::unique_ptr<Store> store = OpenWriter(cli, store_options);
    if (!store) return;
    counts.files = files.size();
    Progress progress(o->progress || cli.stderr_is_tty, cli.stderr_is_tty);
    progress.SetInput(files);
    pipeline.on_read = [&progress](size_t file_index, uint64_t disk_offset) {
      progress.Read(file_index, disk_offset);
    };
    IngestTally committed, pending;  // pending: since the last commit
    pipeline.make_preparer = [&store] { return store->NewPreparer(); };
    const bool completed = RunIngestPipeline(
        files, pipeline, [&](const Article& article, const std::vector<Quote>& quotes,
                             PreparedArticle* prepared) {
      auto added = store->AddArticle(article, quotes, prepared);
      if (!added.ok() && added.status().code() == absl::StatusCode::kInvalidArgument) {
        // This record alone cannot be stored; the rest of the input goes in.
        on_problem({article.source_file, article.source_line, std::string(added.status().message())});
        return true;
      }
      if (!added.ok()) {
        cli.Fail(kExitIoOrDatabase, added.status().message());
        return false;
      }
      ++counts.articles;
      counts.statements += added->new_statements;
      pending.Add(*added);
      if (added->committed_batch) {
        committed.Add(pending);
        pending = IngestTally();
      }
      watcher.Check(*store, article, added->added);
      progress.Update(counts);
      return true;
    }, on_problem);
    progress.Update(counts, /*final=*/true);
    // After a failure the store holds the same error: it was reported once.
    if (completed) {
      if (absl::Status last = store->Commit(); last.ok()) {
        committed.Add(pending);
        pending = IngestTally();
      } else {
        cli.Fail(kExitIoOrDatabase, last.message());
      }
    }
    std::cout << absl::StrFormat(
        "ingested %zu articles (%zu new): %zu new statements, %zu new occurrences, "
        "%zu new speakers, %zu rejected\n",
        committed.articles, committed.new_articles, committed.statements, committed.occurrences,
        committed.speakers, counts.rejected);
    if (pending.articles > 0)
      std::cout << absl::StrFormat("%zu articles read after the last commit were not stored\n",
                                   pending.articles);
  });
}

// A name several speakers answer to, none of them the one meant: each
// candidate with its count and roles, most statements first, so the desk
// can say which (the answer, on stdout, exit 0; for jsonl and csv on
// stderr, stdout keeping only statements).
void PrintSpeakerChoice(const std::string& name, const Store::SpeakerChoice& choice,
                        OutputFormat format) {
  std::ostream& out = format == OutputFormat::kText ? std::cout : std::cerr;
  out << "'" << name << "' may be any of " << choice.candidates.size()
      << " speakers; ask for one by full name or id:\n";
  for (const SpeakerRecord& r : choice.candidates) {
    out << absl::StrFormat("  %6d  %s", r.statements, r.name);
    std::vector<std::string> roles;
    for (const SpeakerRole& role : r.roles) {
      if (roles.size() == 2) break;
      roles.push_back(role.role);
    }
    if (!roles.empty()) out << " (" << absl::StrJoin(roles, "; ") << ")";
    out << "  [" << r.id << "]\n";
  }
}

void RegisterSaidImpl(CLI::App& app, Cli& cli) {
  auto q = std::make_shared<SaidQuery>();
  CLI::App* cmd = app.add_subcommand("said", "everything a speaker said, newest first");
  cmd->add_option("name", q->speaker, "speaker: any alias, case- and diacritics-insensitive")
      ->required();
  cmd->add_option("--since", q->since, "YYYY-MM-DD (inclusive)");
  cmd->add_option("--until", q->until, "YYYY-MM-DD (inclusive)");
  cmd->add_option("--via", q->via, "only statements carried by this conduit (TASS, Reuters)");
  cmd->add_option("--outlet", q->outlet, "only statements that appeared in this outlet");
  cmd->add_option("--kind", q->kind, "direct, mixed, indirect or claim");
  cmd->add_option("--polarity", q->polarity,
                  "asserts or denies (statements the extractor did not mark assert)");
  cmd->add_option("--class", q->statement_class,
                  "speech, belief, intent or all (default: speech and belief; intents such as "
                  "\"plans to\" only with intent or all)")
      ->check(CLI::IsMember({"speech", "belief", "intent", "all"}));
  cmd->add_option("--limit", q->limit, "at most N statements (default 100)")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_option("--offset", q->offset, "skip the first N statements (default 0): the next page")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_flag("--with-representatives", q->with_representatives,
                "also what spokespeople and others said on the speaker's behalf");
  auto min_cw = std::make_shared<double>(0);
  cmd->add_option("--min-checkworthy", *min_cw, "hide claims scoring below X (default 0: all)");
  auto links = std::make_shared<std::string>("confirmed");
  cmd->add_option("--links", *links,
                  "confirmed (default) or all: also the suggestions (\"recycled?\") for review")
      ->check(CLI::IsMember({"confirmed", "all"}));
  cmd->callback([&cli, q, min_cw, links] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    // A bad date is a usage error whoever the name means.
    if (absl::Status dates = CheckDateRange(q->since, q->until); !dates.ok())
      return cli.FailStatus(dates);
    auto choice = store->LookupSpeaker(q->speaker);
    if (!choice.ok()) return cli.FailStatus(choice.status());
    if (choice->candidates.size() > 1 && !choice->resolved)
      return PrintSpeakerChoice(q->speaker, *choice, format);
    if (choice->candidates.size() > 1 && format == OutputFormat::kText)
      std::cerr << "qtrack: '" << q->speaker << "' taken as " << choice->candidates[0].name
                << " (" << choice->candidates[0].statements << " statements; "
                << (choice->candidates.size() == 2
                        ? std::string("1 other answers")
                        : absl::StrCat(choice->candidates.size() - 1, " others answer"))
                << " to it; a full name picks one)\n";
    auto said = store->SaidPage(*q);
    if (!said.ok()) return cli.FailStatus(said.status());
    const size_t hidden = DropLowCheckworthy(*min_cw, &said->statements);
    if (*links != "all") DropSuggestions(&said->statements);
    const bool filtered = !(q->since + q->until + q->via + q->outlet + q->kind + q->polarity).empty();
    if (said->total == 0 && format == OutputFormat::kText)
      std::cerr << "qtrack: " << (filtered ? "no statements match these filters for speaker '"
                                           : "nothing stored for speaker '")
                << q->speaker << "'\n";
    PrintStatements(said->statements, format, std::cout);
    PrintPageSummary(*said, q->offset, hidden, format, std::cout, std::cerr);
  });
}

void RegisterSearchImpl(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> words;
    size_t offset = 0;
    size_t limit = 50;
    double min_checkworthy = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "search", "search statements: free text, \"phrases\", AND/OR/NOT, speaker:, via:, "
                "outlet:, kind:, lang:, YYYY-MM-DD..YYYY-MM-DD");
  cmd->add_option("query", o->words, "the query (Xapian query syntax)")->required();
  cmd->add_option("--limit", o->limit, "at most N statements (default 50)")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_option("--offset", o->offset, "skip the first N statements (default 0): the next page")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_option("--min-checkworthy", o->min_checkworthy,
                  "hide claims scoring below X (default 0: all)");
  cmd->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    std::string query;
    for (const auto& w : o->words) absl::StrAppend(&query, query.empty() ? "" : " ", w);
    auto found = store->SearchPage(query, o->offset, o->limit);
    if (!found.ok()) return cli.FailStatus(found.status());
    const size_t hidden = DropLowCheckworthy(o->min_checkworthy, &found->statements);
    if (found->total == 0 && format == OutputFormat::kText)
      std::cerr << "qtrack: no statements match '" << query << "'\n";
    PrintStatements(found->statements, format, std::cout);
    PrintPageSummary(*found, o->offset, hidden, format, std::cout, std::cerr);
  });
}

void PrintSpeakers(const std::vector<SpeakerRecord>& speakers, OutputFormat format) {
  if (format == OutputFormat::kCsv)
    std::cout << CsvRecord({"id", "name", "statements", "aliases", "roles"});
  for (const SpeakerRecord& r : speakers) {
    std::vector<std::string> roles;
    for (const auto& role : r.roles)
      roles.push_back(absl::StrCat(role.role, role.first_seen.empty() ? "" : " (",
                                   role.first_seen, role.first_seen.empty() ? "" : ")"));
    if (format == OutputFormat::kText) {
      std::cout << absl::StrFormat("%-28s %5d  %s%s\n", r.name, r.statements,
                                   absl::StrJoin(roles, "; "),
                                   r.aliases.size() > 1
                                       ? absl::StrCat("  aka ", absl::StrJoin(r.aliases, " | "))
                                       : "");
    } else if (format == OutputFormat::kCsv) {
      std::cout << CsvRecord({r.id, r.name, std::to_string(r.statements),
                              absl::StrJoin(r.aliases, " | "), absl::StrJoin(roles, " | ")});
    } else {
      std::cout << SpeakerRecordToJson(r) << "\n";
    }
  }
}

// Statement ids from the command line: each argument an id, or a file of
// ids (one a line; blank lines and '#' comments skipped). False after a
// usage error (an unreadable file, a line that is no id: FILE:LINE).
bool ReadStatementIds(Cli& cli, const std::vector<std::string>& args,
                      std::vector<std::string>* ids) {
  for (const std::string& arg : args) {
    std::ifstream in(arg);
    if (!in) {
      if (arg.find('/') != std::string::npos || arg.find('.') != std::string::npos) {
        cli.Fail(kExitUsage, absl::StrCat(arg, ": cannot read"));
        return false;
      }
      ids->push_back(arg);
      continue;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::string_view id = StripWhitespace(line);
      if (id.empty() || id.front() == '#') continue;
      if (id.find_first_of(" \t,") != std::string_view::npos) {
        cli.Fail(kExitUsage, absl::StrCat(arg, ":", number, ": not a statement id: ", line));
        return false;
      }
      ids->emplace_back(id);
    }
  }
  if (ids->empty()) cli.Fail(kExitUsage, "--statements: no statement ids given");
  return !ids->empty();
}

void RegisterSpeakersImpl(CLI::App& app, Cli& cli) {
  CLI::App* cmd = app.add_subcommand(
      "speakers", "list speakers with aliases, roles and counts; merge, split, import");
  cmd->callback([&cli, cmd] {
    if (!cmd->get_subcommands().empty()) return;
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    auto speakers = store->Speakers();
    if (!speakers.ok()) return cli.FailStatus(speakers.status());
    PrintSpeakers(*speakers, format);
  });
  auto names = std::make_shared<std::vector<std::string>>();
  CLI::App* merge = cmd->add_subcommand("merge", "merge speaker A into speaker B (A B)");
  merge->add_option("names", *names, "A B")->required()->expected(2);
  merge->callback([&cli, names] {
    std::unique_ptr<Store> store = OpenWriter(cli);
    if (!store) return;
    absl::Status s = store->MergeSpeakers((*names)[0], (*names)[1]);
    if (!s.ok()) return cli.FailStatus(s);
    std::cout << "merged '" << (*names)[0] << "' into '" << (*names)[1] << "'\n";
  });
  auto alias = std::make_shared<std::string>();
  auto statements = std::make_shared<std::vector<std::string>>();
  CLI::App* split = cmd->add_subcommand(
      "split", "make ALIAS a speaker of its own; or, with --statements, move those statements "
               "of speaker ID to a new namesake, 'Name (2)'");
  split->add_option("alias", *alias, "the alias to detach, or the speaker (ID or name)")
      ->required();
  split->add_option("--statements", *statements,
                    "statement ids, or a FILE of them (one a line, '#' comments)");
  split->callback([&cli, alias, statements] {
    std::vector<std::string> ids;
    if (!statements->empty() && !ReadStatementIds(cli, *statements, &ids)) return;
    std::unique_ptr<Store> store = OpenWriter(cli);
    if (!store) return;
    if (statements->empty()) {
      absl::Status s = store->SplitSpeaker(*alias);
      if (!s.ok()) return cli.FailStatus(s);
      return;
    }
    auto split_id = store->SplitStatements(*alias, ids);
    if (!split_id.ok()) return cli.FailStatus(split_id.status());
    std::cout << "moved " << ids.size() << " statements of '" << *alias << "' to " << *split_id
              << "\n";
  });
  auto file = std::make_shared<std::string>();
  CLI::App* import = cmd->add_subcommand(
      "import", "add registry lines from FILE: 'Name | alias | alias | role: Role'");
  import->add_option("file", *file, "registry file")->required();
  import->callback([&cli, file] {
    std::ifstream in(*file);
    if (!in) return cli.Fail(kExitIoOrDatabase, absl::StrCat(*file, ": cannot read"));
    std::stringstream text;
    text << in.rdbuf();
    std::unique_ptr<Store> store = OpenWriter(cli);
    if (!store) return;
    absl::Status s = store->ImportSpeakers(text.str());
    if (!s.ok()) return cli.FailStatus(s);
  });
}

void RegisterInitImpl(CLI::App& app, Cli& cli) {
  auto shards = std::make_shared<int>(1);
  CLI::App* cmd = app.add_subcommand(
      "init", "create an empty database, optionally sharded (--shards N): each shard its own "
              "Xapian database, all read as one");
  cmd->add_option("--shards", *shards, "number of shards (default 1)")->check(CLI::Range(1, 256));
  cmd->callback([&cli, shards] {
    absl::Status s = Store::CreateSharded(cli.db, *shards);
    if (!s.ok()) return cli.Fail(s.code() == absl::StatusCode::kAlreadyExists ? kExitUsage
                                                                               : kExitIoOrDatabase,
                                 s.message());
    std::cout << "created " << cli.db << " with " << *shards << " shard" << (*shards == 1 ? "" : "s")
              << "\n";
  });
}

void RegisterStatsImpl(CLI::App& app, Cli& cli) {
  CLI::App* cmd = app.add_subcommand("stats", "counts of articles, statements, speakers, links");
  cmd->callback([&cli] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    std::unique_ptr<Store> store = OpenReader(cli);
    if (!store) return;
    auto stats = store->Stats();
    if (!stats.ok()) return cli.FailStatus(stats.status());
    if (format == OutputFormat::kText) {
      std::cout << absl::StrFormat(
          "articles    %d\nstatements  %d\nspeakers    %d\nlinks       %d\nsize        %.1f MB\n",
          stats->articles, stats->statements, stats->speakers, stats->links,
          stats->bytes_on_disk / 1e6);
      return;
    }
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("articles"); w.Int(stats->articles);
    w.Key("statements"); w.Int(stats->statements);
    w.Key("speakers"); w.Int(stats->speakers);
    w.Key("links"); w.Int(stats->links);
    w.Key("bytes_on_disk"); w.Int(stats->bytes_on_disk);
    w.EndObject();
    std::cout << line << "\n";
  });
}

}  // namespace

void RegisterIngest(CLI::App& app, Cli& cli) { RegisterIngestImpl(app, cli); }
void RegisterSaid(CLI::App& app, Cli& cli) { RegisterSaidImpl(app, cli); }
void RegisterSearch(CLI::App& app, Cli& cli) { RegisterSearchImpl(app, cli); }
void RegisterSpeakers(CLI::App& app, Cli& cli) { RegisterSpeakersImpl(app, cli); }
void RegisterStats(CLI::App& app, Cli& cli) { RegisterStatsImpl(app, cli); }
void RegisterInit(CLI::App& app, Cli& cli) { RegisterInitImpl(app, cli); }

}  // namespace qtrack::cli
