// pair_eval_main: the tuning tool for the statement-pair matcher.
//
//   pair_eval_main FILE             scores at the default thresholds, and
//                                   the F1-best thresholds on FILE
//   pair_eval_main --compare FILE   one JSON line per pair (qtrack compare)
//   pair_eval_main --features FILE  gold label and PairSignals, tab-separated
//   pair_eval_main --links FILE     gold label and the link ingest would
//                                   store (claims/linker.h), tab-separated
//
// Tune on dev files only.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <string_view>
#include <iostream>
#include <string>
#include <vector>

#include "claims/linker.h"
#include "claims/pair_eval.h"
#include "claims/similarity.h"
#include "claims/text_keys.h"

namespace {

struct Scored {
  double similarity, contradiction;
  bool gold_dup, gold_con;
};

// The threshold with the best F1 for `score` predicting `gold`, optionally
// requiring precision >= min_precision.
void BestThreshold(const char* name, const std::vector<Scored>& rows,
                   double (*score)(const Scored&), bool (*gold)(const Scored&),
                   double min_precision) {
  double best_f1 = -1, best_t = 0, best_p = 0, best_r = 0;
  size_t positives = 0;
  for (const auto& r : rows) positives += gold(r);
  if (positives == 0) return;
  for (int i = 1; i < 100; ++i) {
    double t = i / 100.0;
    size_t tp = 0, fp = 0;
    for (const auto& r : rows) {
      if (score(r) < t) continue;
      gold(r) ? ++tp : ++fp;
    }
    double p = tp + fp ? double(tp) / (tp + fp) : 0, rc = double(tp) / positives;
    double f1 = p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
    if (p >= min_precision && f1 > best_f1) best_f1 = f1, best_t = t, best_p = p, best_r = rc;
  }
  std::printf("best %-13s threshold %.2f  P %.3f R %.3f F1 %.3f (precision >= %.2f)\n", name,
              best_t, best_p, best_r, best_f1, min_precision);
}

int Features(const char* path, const qtrack::PairMatcher& matcher) {
  // group: a hash of the earlier statement, so cross-validation can keep all
  // pairs about one claim in one fold (claims/tools/fit_pair_model.py).
  // The last column, _rule, is PairMatcher::ContradictionRule: the script
  // applies it as ContradictionScore does instead of copying the rules.
  std::printf("label\tgroup");
  for (const char* n : qtrack::PairSignals::kNames) std::printf("\t%s", n);
  std::printf("\t_rule\n");
  absl::Status st = qtrack::ForEachPair(path, &std::cerr, [&](const qtrack::PairRecord& r) {
    qtrack::PairSignals s = matcher.Signals(matcher.Analyze(r.a), matcher.Analyze(r.b));
    std::printf("%.*s\t%016llx", static_cast<int>(r.label.size()), r.label.data(),
                static_cast<unsigned long long>(std::hash<std::string_view>{}(r.a)));
    for (double v : s.v) std::printf("\t%.4f", v);
    std::printf("\t%.4f\n", matcher.ContradictionRule(s));
  });
  if (!st.ok()) std::cerr << st << "\n";
  return st.ok() ? 0 : 1;
}

// Each pair as ingest meets it: `a` said earlier by one speaker in one
// outlet's story, `b` later by another speaker in another outlet's story.
// Columns: label, group, similarity, contradiction, link ("" for none;
// "?" appended for a suggestion, at any similarity), then the matcher's overlap, stance
// (StanceChange as a number) and label, for diagnosis.
// claims/tools/calibrate_links.py reads it.
int Links(const char* path, const qtrack::PairMatcher& matcher) {
  auto analyse = [&](std::string_view words, const char* who) {
    qtrack::Statement st;
    st.id = std::string(who) + ":" + std::string(words);
    st.speaker_id = who;
    st.kind = "indirect";
    st.occurrences.push_back({std::string(who), "", std::string(who) + ".example", "", ""});
    qtrack::AnalysedStatement a;
    qtrack::SetProvenance(st, &a);
    a.key = qtrack::StatementKey(words);
    a.features = matcher.Analyze(words);
    return a;
  };
  std::printf("label\tgroup\tsimilarity\tcontradiction\tlink\toverlap\tstance\tmatcher\n");
  // Every suggestion, whatever its similarity: calibrate_links.py chooses
  // the threshold (the compiled-in one would hide the pairs below it).
  const qtrack::LinkPolicy policy{.suggest_min_similarity = 0};
  absl::Status st = qtrack::ForEachPair(path, &std::cerr, [&](const qtrack::PairRecord& r) {
    const qtrack::AnalysedStatement earlier = analyse(r.a, "first"), later = analyse(r.b, "second");
    const qtrack::PairJudgement j = matcher.Judge(earlier.features, later.features);
    std::optional<qtrack::Link> link = qtrack::DecideLink(policy, matcher, earlier, later, j);
    std::string type = !link ? "" : link->suggestion ? link->type + "?" : link->type;
    std::printf("%.*s\t%016llx\t%.4f\t%.4f\t%s\t%.4f\t%d\t%s\n", static_cast<int>(r.label.size()),
                r.label.data(), static_cast<unsigned long long>(std::hash<std::string_view>{}(r.a)),
                j.similarity, j.contradiction, type.c_str(), j.overlap, static_cast<int>(j.stance),
                std::string(qtrack::PairLabelName(j.label)).c_str());
  });
  if (!st.ok()) std::cerr << st << "\n";
  return st.ok() ? 0 : 1;
}

int Score(const char* path, const qtrack::PairMatcher& matcher) {
  absl::StatusOr<qtrack::PairScores> s = qtrack::ScorePairsFile(path, matcher, &std::cerr);
  if (!s.ok()) {
    std::cerr << s.status() << "\n";
    return 1;
  }
  std::printf("%s: %zu pairs, %zu bad lines, %zu antonym pairs\n", path, s->pairs, s->bad_lines,
              matcher.antonym_count());
  if (s->has_duplicate)
    std::printf("duplicate      P %.3f R %.3f F1 %.3f\n", s->duplicate.precision(),
                s->duplicate.recall(), s->duplicate.f1());
  if (s->has_contradiction)
    std::printf("contradiction  P %.3f R %.3f F1 %.3f\n", s->contradiction.precision(),
                s->contradiction.recall(), s->contradiction.f1());
  std::vector<Scored> rows;
  (void)qtrack::ForEachPair(path, nullptr, [&](const qtrack::PairRecord& r) {
    qtrack::PairJudgement j = matcher.Judge(matcher.Analyze(r.a), matcher.Analyze(r.b));
    rows.push_back({j.similarity, j.contradiction, qtrack::IsGoldDuplicate(r.label),
                    qtrack::IsGoldContradiction(r.label)});
  });
  BestThreshold("duplicate", rows, [](const Scored& r) { return r.similarity; },
                [](const Scored& r) { return r.gold_dup; }, 0);
  BestThreshold("contradiction", rows, [](const Scored& r) { return r.contradiction; },
                [](const Scored& r) { return r.gold_con; }, 0);
  BestThreshold("contradiction", rows, [](const Scored& r) { return r.contradiction; },
                [](const Scored& r) { return r.gold_con; }, 0.8);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pair_eval_main [--compare|--features|--links] FILE\n";
    return 2;
  }
  qtrack::PairMatcher matcher;
  std::string mode = argc > 2 ? argv[1] : "";
  const char* path = argv[argc - 1];
  if (mode == "--features") return Features(path, matcher);
  if (mode == "--links") return Links(path, matcher);
  if (mode == "--compare") {
    absl::Status st = qtrack::ComparePairs(path, matcher, std::cout, &std::cerr);
    if (!st.ok()) std::cerr << st << "\n";
    return st.ok() ? 0 : 1;
  }
  return Score(path, matcher);
}
