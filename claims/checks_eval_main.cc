// File: claims/checks_eval_main.cc
//
// Imports fact-checks into a scratch store and scores retrieval on gold
// files, for tuning:
//   checks_eval_main CLAIMS.jsonl SCRATCH_DIR GOLD.jsonl [GOLD2.jsonl ...]
//       [--reuse] [--k1=X] [--b=X] [--candidates=N] [--tune] [--w=a,b,c,...]
// --reuse skips the import when SCRATCH_DIR already holds the checks.
// --tune fits the re-ranking weights on the first gold file and reports
// every file with them.
#include <algorithm>
#include <cstdio>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "claims/checks.h"
#include "claims/checks_eval.h"
#include "common/strings.h"

namespace {

void Print(const std::string& name, const qtrack::RetrievalScores& s) {
  std::printf("%-40s n=%-5lld MAP@1 %.4f MAP@3 %.4f MAP@5 %.4f R@5 %.4f MRR@k %.4f  median %.2f ms p95 %.2f ms\n",
              name.c_str(), static_cast<long long>(s.queries), s.map1, s.map3, s.map5, s.recall5, s.mrr,
              s.median_ms, s.p95_ms);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> pos;
  bool reuse = false, tune = false, calibrate = false, dump = false;
  qtrack::CheckRankOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--reuse") reuse = true;
    else if (a == "--tune") tune = true;
    else if (a == "--calibrate") calibrate = true;
    else if (a == "--nodate") options.use_date = false;
    else if (a == "--dump") dump = true;
    else if (qtrack::ConsumePrefix(&a, "--k1=")) options.k1 = std::atof(std::string(a).c_str());
    else if (qtrack::ConsumePrefix(&a, "--b=")) options.b = std::atof(std::string(a).c_str());
    else if (qtrack::ConsumePrefix(&a, "--candidates=")) options.candidates = std::atoi(std::string(a).c_str());
    else if (qtrack::ConsumePrefix(&a, "--w=")) {
      int j = 0;
      for (absl::string_view p : absl::StrSplit(qtrack::ToAbsl(a), ',')) {
        if (j < qtrack::CheckFeatures::kCount) options.weights[j++] = std::atof(std::string(p).c_str());
      }
    } else pos.emplace_back(a);
  }
  if (pos.size() < 3) {
    std::cerr << "usage: checks_eval_main CLAIMS.jsonl SCRATCH_DIR GOLD.jsonl [GOLD2...] [--reuse] [--tune] "
                 "[--k1=] [--b=] [--candidates=] [--w=a,b,...]\n";
    return 2;
  }
  const std::string claims = pos[0], dir = pos[1];
  if (!reuse || !std::filesystem::exists(dir)) {
    std::filesystem::remove_all(dir);
    auto store = qtrack::CheckStore::OpenForWriting(dir);
    if (!store.ok()) {
      std::cerr << store.status() << "\n";
      return 1;
    }
    auto counts = (*store)->Import(claims, [](const std::string& f, int64_t line, const std::string& why) {
      std::cerr << f << ":" << line << ": " << why << "\n";
    });
    if (!counts.ok()) {
      std::cerr << counts.status() << "\n";
      return 1;
    }
    std::cerr << "imported " << counts->added << " added, " << counts->replaced << " replaced, "
              << counts->skipped << " skipped\n";
  }
  auto store = qtrack::CheckStore::OpenForReading(dir);
  if (!store.ok()) {
    std::cerr << store.status() << "\n";
    return 1;
  }
  if (tune) {
    auto data = qtrack::CollectCandidates(**store, pos[2], options);
    if (!data.ok()) {
      std::cerr << data.status() << "\n";
      return 1;
    }
    std::printf("start MAP@5 on %s: %.4f\n", pos[2].c_str(), qtrack::MapForWeights(*data, options.weights, 5));
    options.weights = qtrack::TuneWeights(*data, options.weights);
    std::printf("tuned MAP@5: %.4f  --w=", qtrack::MapForWeights(*data, options.weights, 5));
    for (int j = 0; j < qtrack::CheckFeatures::kCount; ++j)
      std::printf("%s%.2f", j ? "," : "", options.weights[j]);
    std::printf("\n");
  }
  if (calibrate) {
    // Fits score = 1 / (1 + exp(-slope * (w·f - mid))) by logistic
    // regression (Newton) over every candidate of the first gold file:
    // the probability that a candidate is the check the query repeats.
    auto data = qtrack::CollectCandidates(**store, pos[2], options);
    if (!data.ok()) return 1;
    std::vector<std::pair<double, double>> xy;
    for (const auto& q : *data)
      for (size_t i = 0; i < q.ids.size(); ++i) {
        double z = 0;
        for (int j = 0; j < qtrack::CheckFeatures::kCount; ++j) z += options.weights[j] * q.features[i].v[j];
        const bool rel = std::find(q.relevant.begin(), q.relevant.end(), q.ids[i]) != q.relevant.end();
        xy.emplace_back(z, rel ? 1.0 : 0.0);
      }
    double a = 1, c = 0;  // logit = a*z + c
    for (int it = 0; it < 50; ++it) {
      double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
      for (auto [z, y] : xy) {
        const double p = 1 / (1 + std::exp(-(a * z + c)));
        const double w = p * (1 - p) + 1e-9;
        g0 += (p - y) * z, g1 += (p - y);
        h00 += w * z * z, h01 += w * z, h11 += w;
      }
      const double det = h00 * h11 - h01 * h01;
      a -= (h11 * g0 - h01 * g1) / det;
      c -= (-h01 * g0 + h00 * g1) / det;
    }
    std::printf("calibration: slope %.3f mid %.4f (logit = slope * (z - mid))\n", a, -c / a);
    // The link confidence: logistic regression on the absolute features
    // only (the relative ones say "best of these", not "a repeat").
    const int kAbs[] = {qtrack::CheckFeatures::kBm25Abs, qtrack::CheckFeatures::kSimText,
                        qtrack::CheckFeatures::kSimTitle, qtrack::CheckFeatures::kCoverQuery,
                        qtrack::CheckFeatures::kCoverCheck, qtrack::CheckFeatures::kNumbers,
                        qtrack::CheckFeatures::kNames};
    constexpr int m = 8;  // 7 features + bias
    std::vector<std::array<double, m>> X;
    std::vector<double> Y;
    for (const auto& q : *data)
      for (size_t i = 0; i < q.ids.size(); ++i) {
        std::array<double, m> x;
        for (int j = 0; j < 7; ++j) x[j] = q.features[i].v[kAbs[j]];
        x[7] = 1;
        X.push_back(x);
        Y.push_back(std::find(q.relevant.begin(), q.relevant.end(), q.ids[i]) != q.relevant.end());
      }
    std::array<double, m> w{};
    for (int it = 0; it < 30; ++it) {
      double g[m] = {}, H[m][m + 1] = {};
      for (size_t n = 0; n < X.size(); ++n) {
        double z = 0;
        for (int j = 0; j < m; ++j) z += w[j] * X[n][j];
        const double p = 1 / (1 + std::exp(-z)), v = p * (1 - p);
        for (int j = 0; j < m; ++j) {
          g[j] += (p - Y[n]) * X[n][j];
          for (int k = 0; k < m; ++k) H[j][k] += v * X[n][j] * X[n][k];
        }
      }
      for (int j = 0; j < m; ++j) H[j][j] += 1e-3, H[j][m] = g[j];
      for (int c = 0; c < m; ++c) {  // Gaussian elimination, H is SPD
        for (int r = c + 1; r < m; ++r) {
          const double f = H[r][c] / H[c][c];
          for (int k = c; k <= m; ++k) H[r][k] -= f * H[c][k];
        }
      }
      double d[m];
      for (int r = m - 1; r >= 0; --r) {
        double acc = H[r][m];
        for (int k = r + 1; k < m; ++k) acc -= H[r][k] * d[k];
        d[r] = acc / H[r][r];
      }
      for (int j = 0; j < m; ++j) w[j] -= d[j];
    }
    std::printf("confidence model (bm25_abs, sim_text, sim_title, cover_query, cover_check, numbers, names, bias):");
    for (int j = 0; j < m; ++j) std::printf(" %.3f", w[j]);
    std::printf("\n");
    // Precision of the top check at score thresholds: what CheckThresholds
    // promise.
    for (size_t i = 2; i < pos.size(); ++i) {
      auto gold = qtrack::ReadGoldFile(pos[i]);
      if (!gold.ok()) return 1;
      std::vector<std::pair<double, bool>> top;
      for (const auto& q : *gold) {
        auto r = (*store)->Rank(q.text, 1, options);
        if (!r.ok() || r->empty()) continue;
        const bool right = std::find(q.relevant.begin(), q.relevant.end(), (*r)[0].check.id) != q.relevant.end();
        top.emplace_back((*r)[0].score, right);
      }
      for (double t : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
        int n = 0, ok = 0;
        for (auto [s, right] : top)
          if (s >= t) ++n, ok += right;
        std::printf("%s score>=%.2f: %d of %zu queries, top-1 precision %.3f\n", pos[i].c_str(), t, n,
                    top.size(), n ? static_cast<double>(ok) / n : 0.0);
      }
    }
  }
  if (dump) {
    // The ranked ids per query, for error analysis.
    auto st = qtrack::RankQueriesFile(**store, pos[2], 10, std::cout);
    return st.ok() ? 0 : 1;
  }
  for (size_t i = 2; i < pos.size(); ++i) {
    auto s = qtrack::ScoreRetrievalFile(**store, pos[i], 5, options);
    if (!s.ok()) {
      std::cerr << s.status() << "\n";
      return 1;
    }
    Print(pos[i], *s);
  }
  return 0;
}
