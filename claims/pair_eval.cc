#include "claims/pair_eval.h"

#include <fstream>
#include <string>

#include <simdjson.h>

#include "common/json_writer.h"

namespace qtrack {

struct PairLineParser::Impl {
  // The DOM parser, not On Demand: a line is small, and DOM stays safe to
  // query after an error in a malformed line (On Demand's document does not).
  simdjson::dom::parser parser;
  std::string buffer;  // the line plus simdjson's padding, reused
  std::string id;      // a numeric id, printed
};

PairLineParser::PairLineParser() : impl_(std::make_unique<Impl>()) {}
PairLineParser::~PairLineParser() = default;

namespace {

// Reads a string field into `out`; absent or not a string is an error only
// when `required`.
absl::Status StringField(simdjson::dom::object obj, const char* name, bool required,
                         std::string_view* out) {
  simdjson::dom::element value;
  if (obj[name].get(value) != simdjson::SUCCESS) {
    if (!required) return absl::OkStatus();
    return absl::InvalidArgumentError(std::string("missing field \"") + name + "\"");
  }
  std::string_view s;
  if (value.get_string().get(s) != simdjson::SUCCESS) {
    if (!required) return absl::OkStatus();
    return absl::InvalidArgumentError(std::string("field \"") + name + "\" is not a string");
  }
  *out = s;
  return absl::OkStatus();
}

}  // namespace

absl::Status PairLineParser::Parse(std::string_view line, PairRecord* record) {
  Impl& m = *impl_;
  m.buffer.assign(line);
  m.buffer.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::element doc;
  if (m.parser.parse(m.buffer.data(), line.size(), false).get(doc) != simdjson::SUCCESS)
    return absl::InvalidArgumentError("not a JSON object");
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS)
    return absl::InvalidArgumentError("not a JSON object");
  *record = PairRecord{.line = record->line};
  // `id` is usually a string; a number is accepted and printed as written.
  simdjson::dom::element id;
  if (obj["id"].get(id) == simdjson::SUCCESS) {
    std::string_view s;
    if (id.get_string().get(s) == simdjson::SUCCESS) {
      record->id = s;
    } else if (id.is_int64() || id.is_uint64()) {
      m.id = simdjson::to_string(id);
      record->id = m.id;
    }
  }
  if (absl::Status s = StringField(obj, "a", true, &record->a); !s.ok()) return s;
  if (absl::Status s = StringField(obj, "b", true, &record->b); !s.ok()) return s;
  if (absl::Status s = StringField(obj, "label", false, &record->label); !s.ok()) return s;
  return absl::OkStatus();
}

absl::Status ForEachPair(std::string_view path, std::ostream* errors,
                         const std::function<void(const PairRecord&)>& fn) {
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) return absl::NotFoundError("cannot open " + std::string(path));
  PairLineParser parser;
  std::string line;
  PairRecord record;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    record.line = number;
    absl::Status status = parser.Parse(line, &record);
    if (!status.ok()) {
      if (errors)
        *errors << path << ":" << number << ": " << status.message() << "\n";
      continue;
    }
    fn(record);
  }
  if (in.bad()) return absl::DataLossError("read error in " + std::string(path));
  return absl::OkStatus();
}

bool IsGoldDuplicate(std::string_view label) {
  return label == "duplicate" || label == "paraphrase" || label == "entailment" ||
         label == "neutral";
}

bool IsGoldContradiction(std::string_view label) { return label == "contradiction"; }

double PrecisionRecall::precision() const {
  size_t d = true_positives + false_positives;
  return d ? static_cast<double>(true_positives) / d : 0;
}
double PrecisionRecall::recall() const {
  size_t d = true_positives + false_negatives;
  return d ? static_cast<double>(true_positives) / d : 0;
}
double PrecisionRecall::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

absl::Status ComparePairs(std::string_view path, std::ostream& out, std::ostream* errors) {
  PairMatcher matcher;
  return ComparePairs(path, matcher, out, errors);
}

absl::Status ComparePairs(std::string_view path, const PairMatcher& matcher, std::ostream& out,
                          std::ostream* errors) {
  std::string line;
  return ForEachPair(path, errors, [&](const PairRecord& r) {
    PairJudgement j = matcher.Judge(matcher.Analyze(r.a), matcher.Analyze(r.b));
    line.clear();
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("id");
    w.String(r.id);
    w.Key("label");
    w.String(PairLabelName(j.label));
    w.Key("score");
    w.Double(j.label == PairLabel::kContradiction ? j.contradiction : j.similarity);
    w.Key("similarity");
    w.Double(j.similarity);
    w.Key("contradiction");
    w.Double(j.contradiction);
    if (j.suggestion) {
      w.Key("suggestion");
      w.Bool(true);
    }
    if (!j.reason.empty()) {
      w.Key("reason");
      w.String(j.reason);
    }
    w.EndObject();
    line.push_back('\n');
    out << line;
  });
}

namespace {

void Count(bool gold, bool predicted, PrecisionRecall* pr) {
  if (gold && predicted) ++pr->true_positives;
  else if (predicted) ++pr->false_positives;
  else if (gold) ++pr->false_negatives;
}

// Counts the bad lines while passing them on.
class CountingBuf : public std::streambuf {
 public:
  explicit CountingBuf(std::ostream* next) : next_(next) {}
  size_t lines = 0;

 protected:
  int overflow(int c) override {
    if (c == '\n') ++lines;
    if (next_ && c != EOF) next_->put(static_cast<char>(c));
    return c;
  }

 private:
  std::ostream* next_;
};

}  // namespace

absl::StatusOr<PairScores> ScorePairsFile(std::string_view path, std::ostream* errors) {
  PairMatcher matcher;
  return ScorePairsFile(path, matcher, errors);
}

absl::StatusOr<PairScores> ScorePairsFile(std::string_view path, const PairMatcher& matcher,
                                          std::ostream* errors) {
  PairScores scores;
  CountingBuf counting(errors);
  std::ostream counted(&counting);
  absl::Status status = ForEachPair(path, &counted, [&](const PairRecord& r) {
    PairJudgement j = matcher.Judge(matcher.Analyze(r.a), matcher.Analyze(r.b));
    ++scores.pairs;
    bool gold_dup = IsGoldDuplicate(r.label), gold_con = IsGoldContradiction(r.label);
    scores.has_duplicate |= gold_dup;
    scores.has_contradiction |= gold_con;
    Count(gold_dup, j.label == PairLabel::kDuplicate, &scores.duplicate);
    Count(gold_con, j.label == PairLabel::kContradiction, &scores.contradiction);
  });
  if (!status.ok()) return status;
  counted.flush();
  scores.bad_lines = counting.lines;
  return scores;
}

}  // namespace qtrack
