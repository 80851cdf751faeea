// own_voice_eval_main: how many EUvsDisinfo cases yield an own-voice claim.
//
//   own_voice_eval_main [--threshold=T] [--with_quotes] [--show=N] FILE.jsonl
//
// Each line of FILE (../shared/eval/narratives/euvsdisinfo/dev.jsonl) is a
// case: an outlet's claim as summarised by EUvsDisinfo. It is ingested as an
// article whose text is the claim (outlet = the first outlet, published =
// the case date) and FindClaims runs on it. Reports the share of cases with
// at least one claim at the threshold, the distribution of each case's best
// score, and which gates rejected the sentences of the cases without one.
// --with_quotes also runs the QuoteExtractor first, so sentences it reads as
// reported speech do not count (the production setting); without it the
// whole case text is the outlet's own voice (the default: EUvsDisinfo
// records are the outlet's message, not a quote). Tune on dev only.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <simdjson.h>

#include "claims/own_voice.h"
#include "ingest/article_util.h"
#include "quotes/extractor.h"

int main(int argc, char** argv) {
  double threshold = qtrack::ClaimOptions().min_checkworthy;
  bool with_quotes = false;
  int show = 0;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--threshold=", 12) == 0) threshold = std::atof(argv[i] + 12);
    else if (std::strcmp(argv[i], "--with_quotes") == 0) with_quotes = true;
    else if (std::strncmp(argv[i], "--show=", 7) == 0) show = std::atoi(argv[i] + 7);
    else path = argv[i];
  }
  if (path == nullptr) {
    std::fprintf(stderr, "usage: %s [--threshold=T] [--with_quotes] [--show=N] FILE.jsonl\n", argv[0]);
    return 2;
  }
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path);
    return 1;
  }
  simdjson::dom::parser parser;
  qtrack::QuoteExtractor extractor;
  qtrack::ClaimOptions options;
  options.min_checkworthy = 0;  // score everything that passes the gates
  std::vector<qtrack::Quote> quotes, claims;
  std::vector<qtrack::ClaimFeatures> features;
  std::string line, buffer;
  size_t cases = 0, yielded = 0, bad = 0;
  int histogram[11] = {0};
  std::map<std::string, int> failure_gates;
  int shown = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    buffer.assign(line);
    buffer.append(simdjson::SIMDJSON_PADDING, '\0');
    simdjson::dom::element doc;
    std::string_view claim, date, outlet;
    if (parser.parse(buffer.data(), line.size(), false).get(doc) != simdjson::SUCCESS ||
        doc["claim"].get_string().get(claim) != simdjson::SUCCESS) {
      ++bad;
      continue;
    }
    // An article without a date keeps "" (get leaves `date` unset).
    [[maybe_unused]] const auto dated = doc["date"].get_string().get(date);
    simdjson::dom::array outlets;
    if (doc["outlets"].get_array().get(outlets) == simdjson::SUCCESS)
      for (auto o : outlets) {
        if (o.get_string().get(outlet) == simdjson::SUCCESS) break;
      }
    qtrack::Article a;
    a.text = std::string(claim);
    a.published = std::string(date);
    a.outlet = std::string(outlet);
    a.paragraphs = qtrack::SplitParagraphs(a.text);
    quotes.clear();
    if (with_quotes) extractor.Extract(a, &quotes);
    qtrack::FindClaims(a, quotes, options, &claims, &features);
    double best = 0;
    for (const auto& f : features) best = std::max(best, f.score);
    ++cases;
    ++histogram[static_cast<int>(best * 10 + 1e-9)];
    if (!claims.empty() && best >= threshold) {
      ++yielded;
      continue;
    }
    // Why not: the gate or the features of each sentence.
    std::vector<qtrack::Span> sentences;
    for (const auto& p : a.paragraphs)
      qtrack::SplitSentences(std::string_view(a.text).substr(p.begin, p.size()), p.begin, &sentences);
    std::string why;
    for (const auto& s : sentences) {
      qtrack::ClaimFeatures f = qtrack::ScoreSentence(std::string_view(a.text).substr(s.begin, s.size()));
      std::string gate = f.rejected_by.empty() ? "low_score" : std::string(f.rejected_by);
      ++failure_gates[gate];
      why += " " + gate;
    }
    if (sentences.empty()) ++failure_gates["empty"];
    if (shown < show) {
      ++shown;
      std::printf("MISS [%.2f]%s: %s\n", best, why.c_str(), a.text.c_str());
    }
  }
  std::printf("file %s%s\n", path, with_quotes ? " (quotes removed first)" : "");
  std::printf("cases %zu (unparsed %zu); with >= 1 claim at %.2f: %zu = %.4f\n", cases, bad, threshold,
              yielded, cases ? double(yielded) / cases : 0.0);
  std::printf("best score per case:\n");
  for (int i = 0; i <= 10; ++i)
    std::printf("  [%.1f, %.1f%s %6d\n", i / 10.0, (i + 1) / 10.0, i == 10 ? "]" : ")", histogram[i]);
  std::printf("sentences of cases without a claim, by gate:\n");
  for (const auto& [gate, n] : failure_gates) std::printf("  %-16s %d\n", gate.c_str(), n);
  return 0;
}
