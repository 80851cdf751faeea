// File: quotes/internal/decision_model.h  (private to //quotes:extractor)
//
// The learned decision over candidate attributions: is this candidate a
// statement of its speaker? A logistic model over sparse binary features
// ("r=cue-inverted", "c=said", "sp=name", "pv=,"...) that the extractor
// computes for each candidate from its sentence (decision.cc). The weights
// are generated data (quotes/decision_weights.inc) fitted by
// quotes/tools/fit_decision_model.py on PolNeAR train with 5-fold
// cross-validation; the score is the model's probability, calibrated on
// held-out folds (docs/DECISION_MODEL.md has the reliability table).
//
// A feature is the FNV-1a 64 hash of "name=value"; a name with no value is
// hashed as "name=1". The fitting script hashes alike.
#ifndef QTRACK_QUOTES_INTERNAL_DECISION_MODEL_H_
#define QTRACK_QUOTES_INTERNAL_DECISION_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/hash.h"

namespace qtrack::quotes_internal {

// The weights file is keyed by these values: the basis is common/hash.h's
// kQtrackFnvBasis, as in quotes/tools/fit_decision_model.py.
inline uint64_t FeatureHash(std::string_view name, std::string_view value) {
  return Fnv1a(value, Fnv1a("=", Fnv1a(name, kQtrackFnvBasis)));
}

// Receives a candidate's features, one call each. Values are views valid
// only during the call.
class FeatureSink {
 public:
  virtual ~FeatureSink() = default;
  virtual void Add(std::string_view name, std::string_view value) = 0;
  void Add(std::string_view name) { Add(name, "1"); }
};

// Sums the model's weights of the features it is given.
class ScoringSink : public FeatureSink {
 public:
  void Add(std::string_view name, std::string_view value) override;
  using FeatureSink::Add;
  // The model's probability for the features added so far.
  double Probability() const;

 private:
  double logit_ = 0;
};

// Keeps the features as "name=value" strings (for fitting).
class CollectingSink : public FeatureSink {
 public:
  explicit CollectingSink(std::vector<std::string>* out) : out_(out) {}
  void Add(std::string_view name, std::string_view value) override;
  using FeatureSink::Add;

 private:
  std::vector<std::string>* out_;
};

// Whether generated weights are compiled in (false only before the first
// fit: then every candidate keeps its rule prior).
bool HaveDecisionWeights();

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_INTERNAL_DECISION_MODEL_H_
