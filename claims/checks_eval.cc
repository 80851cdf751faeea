// File: claims/checks_eval.cc
#include "claims/checks_eval.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <numeric>

#include "absl/strings/str_cat.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "simdjson.h"

namespace qtrack {

absl::StatusOr<std::vector<GoldQuery>> ReadGoldFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  simdjson::dom::parser parser;
  std::vector<GoldQuery> out;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (StripWhitespace(line).empty()) continue;
    simdjson::dom::object o;
    if (parser.parse(line).get_object().get(o) != simdjson::SUCCESS)
      return absl::InvalidArgumentError(absl::StrCat(path, ":", n, ": not a JSON object"));
    GoldQuery q;
    std::string_view v;
    if (o["id"].get_string().get(v) == simdjson::SUCCESS) q.id = v;
    if (o["text"].get_string().get(v) == simdjson::SUCCESS) q.text = v;
    simdjson::dom::array rel;
    if (o["relevant"].get_array().get(rel) == simdjson::SUCCESS)
      for (auto e : rel)
        if (e.get_string().get(v) == simdjson::SUCCESS) q.relevant.emplace_back(v);
    out.push_back(std::move(q));
  }
  return out;
}

double AveragePrecisionAt(const std::vector<std::string>& ranked,
                          const std::vector<std::string>& relevant, size_t k) {
  if (relevant.empty()) return 0;
  double sum = 0;
  int hits = 0;
  for (size_t i = 0; i < ranked.size() && i < k; ++i) {
    if (std::find(relevant.begin(), relevant.end(), ranked[i]) == relevant.end()) continue;
    // trec_eval counts a document once even if a run repeats it.
    if (std::find(ranked.begin(), ranked.begin() + i, ranked[i]) != ranked.begin() + i) continue;
    ++hits;
    sum += static_cast<double>(hits) / (i + 1);
  }
  return sum / relevant.size();
}

namespace {

void Accumulate(const std::vector<std::string>& ranked, const std::vector<std::string>& relevant,
                size_t k, RetrievalScores* s) {
  s->map1 += AveragePrecisionAt(ranked, relevant, 1);
  s->map3 += AveragePrecisionAt(ranked, relevant, 3);
  s->map5 += AveragePrecisionAt(ranked, relevant, 5);
  s->map_k += AveragePrecisionAt(ranked, relevant, k);
  int found = 0;
  for (size_t i = 0; i < ranked.size() && i < 5; ++i)
    found += std::find(relevant.begin(), relevant.end(), ranked[i]) != relevant.end();
  if (!relevant.empty()) s->recall5 += static_cast<double>(found) / relevant.size();
  for (size_t i = 0; i < ranked.size() && i < k; ++i)
    if (std::find(relevant.begin(), relevant.end(), ranked[i]) != relevant.end()) {
      s->mrr += 1.0 / (i + 1);
      break;
    }
}

void Finish(RetrievalScores* s) {
  if (s->queries == 0) return;
  for (double* v : {&s->map1, &s->map3, &s->map5, &s->map_k, &s->recall5, &s->mrr}) *v /= s->queries;
}

}  // namespace

absl::StatusOr<RetrievalScores> ScoreRetrievalFile(CheckStore& store, const std::string& gold_path,
                                                   size_t k, const CheckRankOptions& options) {
  auto gold = ReadGoldFile(gold_path);
  if (!gold.ok()) return gold.status();
  RetrievalScores s;
  std::vector<double> ms;
  for (const GoldQuery& q : *gold) {
    const auto start = std::chrono::steady_clock::now();
    auto ranked = store.Rank(q.text, std::max<size_t>(k, 5), options);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (!ranked.ok()) return ranked.status();
    std::vector<std::string> ids;
    for (const RankedCheck& r : *ranked) ids.push_back(r.check.id);
    ++s.queries;
    Accumulate(ids, q.relevant, k, &s);
  }
  Finish(&s);
  if (!ms.empty()) {
    std::sort(ms.begin(), ms.end());
    s.median_ms = ms[ms.size() / 2];
    s.p95_ms = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  }
  return s;
}

absl::Status RankQueriesFile(CheckStore& store, const std::string& path, size_t k, std::ostream& out) {
  auto gold = ReadGoldFile(path);
  if (!gold.ok()) return gold.status();
  for (const GoldQuery& q : *gold) {
    auto ranked = store.Rank(q.text, k);
    if (!ranked.ok()) return ranked.status();
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("id");
    w.String(q.id);
    w.Key("ranked");
    w.BeginArray();
    for (const RankedCheck& r : *ranked) w.String(r.check.id);
    w.EndArray();
    w.EndObject();
    out << line << "\n";
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<QueryCandidates>> CollectCandidates(CheckStore& store,
                                                               const std::string& gold_path,
                                                               const CheckRankOptions& options) {
  auto gold = ReadGoldFile(gold_path);
  if (!gold.ok()) return gold.status();
  std::vector<QueryCandidates> out;
  for (const GoldQuery& q : *gold) {
    auto ranked = store.Rank(q.text, options.candidates, options);
    if (!ranked.ok()) return ranked.status();
    QueryCandidates c;
    c.relevant = q.relevant;
    for (const RankedCheck& r : *ranked) {
      c.ids.push_back(r.check.id);
      c.features.push_back(r.features);
    }
    out.push_back(std::move(c));
  }
  return out;
}

double MapForWeights(const std::vector<QueryCandidates>& data,
                     const std::array<double, CheckFeatures::kCount>& weights, size_t k) {
  double sum = 0;
  std::vector<std::pair<double, size_t>> order;
  std::vector<std::string> ranked;
  for (const QueryCandidates& q : data) {
    order.clear();
    for (size_t i = 0; i < q.ids.size(); ++i) {
      double z = 0;
      for (int j = 0; j < CheckFeatures::kCount; ++j) z += weights[j] * q.features[i].v[j];
      order.emplace_back(z, i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    ranked.clear();
    for (size_t i = 0; i < order.size() && i < k; ++i) ranked.push_back(q.ids[order[i].second]);
    sum += AveragePrecisionAt(ranked, q.relevant, k);
  }
  return data.empty() ? 0 : sum / data.size();
}

std::array<double, CheckFeatures::kCount> TuneWeights(
    const std::vector<QueryCandidates>& data, std::array<double, CheckFeatures::kCount> w) {
  double best = MapForWeights(data, w, 5);
  // Weight 0 (bm25) is the scale anchor; the others move around it.
  for (int round = 0; round < 6; ++round) {
    bool improved = false;
    for (int j = 1; j < CheckFeatures::kCount; ++j) {
      for (double step : {0.4, 0.2, 0.1, 0.05, 0.02}) {
        for (double sign : {1.0, -1.0}) {
          auto trial = w;
          trial[j] += sign * step;
          const double m = MapForWeights(data, trial, 5);
          if (m > best + 1e-9) {
            best = m;
            w = trial;
            improved = true;
          }
        }
      }
    }
    if (!improved) break;
  }
  return w;
}

}  // namespace qtrack
