// qtrack eval: score qtrack against a gold file.
//   --gold FILE        quotes (../shared/eval/FORMAT.md quotes shape)
//   --extraction FILE  HTML main-content extraction ({id, url, html, body})
#include <iostream>

#include "absl/strings/str_format.h"
#include "cli/cli.h"
#include "common/json_writer.h"
#include "claims/checks.h"
#include "claims/checks_eval.h"
#include "claims/pair_eval.h"
#include "ingest/extraction_eval.h"
#include "quotes/quote_eval.h"

namespace qtrack::cli {
namespace {

void PrintPrf(const char* name, const PRF& prf) {
  std::cout << absl::StrFormat("%-8s P %.3f  R %.3f  F1 %.3f   (gold %zu, predicted %zu, matched %zu)\n",
                               name, prf.precision(), prf.recall(), prf.f1(), prf.gold,
                               prf.predicted, prf.matched);
}

void WritePrf(JsonWriter& w, const char* name, const PRF& prf) {
  w.Key(name);
  w.BeginObject();
  w.Key("precision"); w.Double(prf.precision());
  w.Key("recall"); w.Double(prf.recall());
  w.Key("f1"); w.Double(prf.f1());
  w.Key("gold"); w.Int(prf.gold);
  w.Key("predicted"); w.Int(prf.predicted);
  w.Key("matched"); w.Int(prf.matched);
  w.EndObject();
}

}  // namespace

void RegisterEval(CLI::App& app, Cli& cli) {
  struct Options {
    std::string gold, extraction, pairs, retrieval;
    bool errors = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "score the quote extractor (--gold), the HTML extractor (--extraction) or the "
              "matcher (--pairs) on a gold file");
  cmd->add_option("--gold", o->gold, "gold quotes JSONL (FORMAT.md): P/R/F1, speaker accuracy");
  cmd->add_option("--extraction", o->extraction,
                  "gold pages JSONL {id, url, html, body}: token P/R/F1 of the article body");
  cmd->add_option("--pairs", o->pairs,
                  "labelled pairs JSONL {id, a, b, label}: duplicate and contradiction P/R/F1");
  cmd->add_option("--retrieval", o->retrieval,
                  "queries JSONL {id, text, relevant: [check ids]} against the imported "
                  "fact-checks: MAP@1, MAP@3, MAP@5, recall@5");
  cmd->add_flag("--errors", o->errors, "print each miss and false alarm (or per-page scores)");
  cmd->callback([&cli, o] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    if (!o->gold.empty() + !o->extraction.empty() + !o->pairs.empty() + !o->retrieval.empty() != 1) {
      return cli.Fail(kExitUsage, "eval: give exactly one of --gold FILE, --extraction FILE, "
                                  "--pairs FILE, --retrieval FILE");
    }
    std::string line;
    JsonWriter w(&line);
    if (!o->retrieval.empty()) {
      auto store = CheckStore::OpenForReading(ChecksDir(cli));
      if (!store.ok()) return cli.Fail(kExitIoOrDatabase, store.status().message());
      auto s = ScoreRetrievalFile(**store, o->retrieval, 5);
      if (!s.ok()) return cli.FailStatus(s.status());
      if (format == OutputFormat::kText) {
        std::cout << absl::StrFormat("%s: %d queries\nMAP@1 %.4f  MAP@3 %.4f  MAP@5 %.4f  recall@5 %.4f\n",
                                     o->retrieval, s->queries, s->map1, s->map3, s->map5, s->recall5);
        return;
      }
      w.BeginObject();
      w.Key("file"); w.String(o->retrieval);
      w.Key("queries"); w.Int(s->queries);
      w.Key("map@1"); w.Double(s->map1);
      w.Key("map@3"); w.Double(s->map3);
      w.Key("map@5"); w.Double(s->map5);
      w.Key("recall@5"); w.Double(s->recall5);
      w.EndObject();
      std::cout << line << "\n";
      return;
    }
    if (!o->pairs.empty()) {
      auto scores = ScorePairsFile(o->pairs, &std::cerr);
      if (!scores.ok()) return cli.Fail(kExitIoOrDatabase, scores.status().message());
      if (scores->bad_lines > 0) cli.exit_code = std::max(cli.exit_code, int{kExitSomeInputRejected});
      if (format == OutputFormat::kText) {
        std::cout << o->pairs << ": " << scores->pairs << " pairs\n";
        auto print = [](const char* name, const PrecisionRecall& pr) {
          std::cout << absl::StrFormat("%-13s P %.3f  R %.3f  F1 %.3f   (tp %zu, fp %zu, fn %zu)\n",
                                       name, pr.precision(), pr.recall(), pr.f1(),
                                       pr.true_positives, pr.false_positives, pr.false_negatives);
        };
        if (scores->has_duplicate) print("duplicate", scores->duplicate);
        if (scores->has_contradiction) print("contradiction", scores->contradiction);
        return;
      }
      w.BeginObject();
      w.Key("file"); w.String(o->pairs);
      w.Key("pairs"); w.Int(scores->pairs);
      auto write = [&](const char* name, const PrecisionRecall& pr) {
        w.Key(name);
        w.BeginObject();
        w.Key("precision"); w.Double(pr.precision());
        w.Key("recall"); w.Double(pr.recall());
        w.Key("f1"); w.Double(pr.f1());
        w.EndObject();
      };
      if (scores->has_duplicate) write("duplicate", scores->duplicate);
      if (scores->has_contradiction) write("contradiction", scores->contradiction);
      w.EndObject();
      std::cout << line << "\n";
      return;
    }
    if (!o->gold.empty()) {
      auto scores = ScoreQuoteFile(o->gold, o->errors ? &std::cerr : nullptr);
      if (!scores.ok()) return cli.Fail(kExitIoOrDatabase, scores.status().message());
      if (format == OutputFormat::kText) {
        std::cout << o->gold << ": " << scores->articles << " articles\n";
        PrintPrf("quoted", scores->quoted);
        PrintPrf("all", scores->all);
        std::cout << absl::StrFormat("speaker mention exact %.3f (%zu of %zu matched)\n",
                                     scores->speaker_mention_exact(), scores->speaker_exact,
                                     scores->all.matched);
        return;
      }
      w.BeginObject();
      w.Key("file"); w.String(o->gold);
      w.Key("articles"); w.Int(scores->articles);
      WritePrf(w, "quoted", scores->quoted);
      WritePrf(w, "all", scores->all);
      w.Key("speaker_mention_exact"); w.Double(scores->speaker_mention_exact());
      w.EndObject();
    } else {
      auto score = ScoreExtractionFile(o->extraction, o->errors ? &std::cerr : nullptr);
      if (!score.ok()) return cli.Fail(kExitIoOrDatabase, score.status().message());
      if (format == OutputFormat::kText) {
        std::cout << absl::StrFormat(
            "%s: %zu pages\nP %.3f  R %.3f  F1 %.3f  exact %.3f\n%.1f MB/s (%.1f ms a page)\n",
            o->extraction, score->pages, score->precision, score->recall, score->f1,
            score->accuracy, score->html_bytes / 1e6 / std::max(score->extract_seconds, 1e-9),
            1000 * score->extract_seconds / std::max<size_t>(score->pages, 1));
        return;
      }
      w.BeginObject();
      w.Key("file"); w.String(o->extraction);
      w.Key("pages"); w.Int(score->pages);
      w.Key("precision"); w.Double(score->precision);
      w.Key("recall"); w.Double(score->recall);
      w.Key("f1"); w.Double(score->f1);
      w.EndObject();
    }
    std::cout << line << "\n";
  });
}

}  // namespace qtrack::cli
