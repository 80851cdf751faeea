// qtrack extract: the statements of FILE... without storing them, in the
// shape the evaluation files use (../shared/eval/FORMAT.md).
#include <iostream>

#include "absl/strings/str_format.h"
#include "claims/own_voice.h"
#include "cli/article_input.h"
#include "cli/cli.h"
#include "cli/ingest_pipeline.h"
#include "common/utf8.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack::cli {
namespace {

void PrintQuotesText(const Article& a, const std::vector<Quote>& quotes, std::ostream& out) {
  for (const Quote& q : quotes) {
    out << (q.said_on.empty() ? "----------" : q.said_on) << "  "
        << (q.speaker.empty() ? "(no speaker)" : q.speaker);
    if (!q.speaker_role.empty()) out << " (" << q.speaker_role << ")";
    if (!q.via.empty()) out << " via " << q.via;
    if (!q.addressee.empty()) out << " to " << q.addressee;
    out << "  [" << StatementKindName(q.kind) << ", "
        << static_cast<int>(q.confidence * 100 + 0.5) << "%]\n";
    out << "  \u201C" << q.text << "\u201D\n";
    if (!q.cue.empty())
      out << "  cue: " << std::string_view(a.text).substr(q.cue.begin, q.cue.size()) << "\n";
    out << "\n";
  }
}

}  // namespace

void RegisterExtract(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> paths;
    std::string input_format;
    std::string kinds = "quote,claim";
    double min_checkworthy = qtrack::kDefaultMinCheckworthy;
    double min_confidence = QuoteOptions().min_confidence;
    bool desk = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "print the statements found in FILE... (no database): speaker, conduit, "
                 "cue, kind, date, offsets");
  cmd->add_option("paths", o->paths, "files or directories; - for stdin");
  AddInputFormatOption(cmd, &o->input_format);
  cmd->add_option("--kinds", o->kinds, "quote, claim or both (default quote,claim)");
  cmd->add_option("--min-checkworthy", o->min_checkworthy,
                  absl::StrFormat("own-voice claims whose check-worthiness (the probability that a "
                                  "desk would verify it) is at least X in [0,1] (default %.2f)",
                                  qtrack::kDefaultMinCheckworthy))
      ->check(CLI::Range(0.0, 1.0));
  CLI::Option* min_confidence = AddMinConfidenceOption(cmd, &o->min_confidence);
  cmd->add_flag("--desk", o->desk,
                "only what ingest stores for a desk: no events (\"declined to comment\"), no "
                "unattributed statements, no headline fragments, and ingest's threshold");
  cmd->callback([&cli, o, min_confidence] {
    if (o->desk && min_confidence->count() == 0) o->min_confidence = kDeskMinConfidence;
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    DetectOptions detect;
    if (!ParseKinds(o->kinds, &detect))
      return cli.Fail(kExitUsage, "--kinds: expected quote, claim or quote,claim");
    detect.claim_options.min_checkworthy = o->min_checkworthy;
    detect.quote_options.min_confidence = o->min_confidence;
    detect.quote_options.desk_view = o->desk;
    QuoteExtractor extractor(detect.quote_options);
    std::vector<Quote> quotes;
    std::string out;
    InputCounts counts;
    ReadArticles(cli, o->paths, o->input_format, [&](Article&& article) {
      if (size_t dropped = DetectStatements(article, detect, extractor, &quotes); dropped > 0)
        std::cerr << "warning: " << article.source_file << ":" << article.source_line << ": article " << article.id
                  << ": only its first " << kMaxStatementsPerArticle << " statements are kept; " << dropped
                  << " or more beyond them were not read\n";
      if (format == OutputFormat::kText) {
        if (!quotes.empty())
          std::cout << "== " << (article.title.empty() ? article.id : article.title) << "\n\n";
        PrintQuotesText(article, quotes, std::cout);
        return;
      }
      out.clear();
      WriteQuoteJsonl(article, quotes, &out);
      std::cout << out;
    }, &counts);
  });
}

}  // namespace qtrack::cli
