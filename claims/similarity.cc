#include "claims/similarity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

#include <unicode/uchar.h>
#include <xapian.h>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "claims/lexicon/lexicon.h"
#include "common/hash.h"
#include "common/utf8.h"

namespace qtrack {

// Every signal once: its enumerator and its name (the column of
// `pair_eval_main --features` and the key of the generated weights).
#define QTRACK_PAIR_SIGNALS(X) \
  X(kDice, "dice") \
  X(kCovMin, "cov_min") \
  X(kCovMax, "cov_max") \
  X(kShingleDice, "shingle_dice") \
  X(kUnmatched, "unmatched") \
  X(kLenRatio, "len_ratio") \
  X(kEntityDiff, "entity_diff") \
  X(kNumMismatch, "num_mismatch") \
  X(kNumShared, "num_shared") \
  X(kStrongCueDiff, "strong_cue_diff") \
  X(kWeakCueDiff, "weak_cue_diff") \
  X(kNegDiff, "neg_diff") \
  X(kNegShared, "neg_shared") \
  X(kAntonym, "antonym") \
  X(kHedgeDiff, "hedge_diff") \
  X(kQuestion, "question") \
  X(kTitleCase, "title_case") \
  X(kStrongCueAny, "strong_cue_any") \
  X(kSoftCovMin, "soft_cov_min") \
  X(kPrefixDice, "prefix_dice") \
  X(kUnmatchedLong, "unmatched_long") \
  X(kUnmatchedShort, "unmatched_short") \
  X(kNgram1, "ngram1") \
  X(kNgram2, "ngram2") \
  X(kNgram3, "ngram3") \
  X(kNgram4, "ngram4") \
  X(kTokenDiff, "token_diff") \
  X(kWeightedDice, "wdice") \
  X(kWeightedCovMin, "wcov_min") \
  X(kWeightedUnmatched, "wunmatched") \
  X(kNumBoth, "num_both") \
  X(kNgram1Sq, "ngram1_sq") \
  X(kSoftCovMinSq, "soft_cov_min_sq") \
  X(kNgram2Sq, "ngram2_sq") \
  X(kSoftTimesLen, "soft_x_len") \
  X(kNegatedCue, "negated_cue") \
  X(kUnitMismatch, "unit_mismatch") \
  X(kCoreAntonym, "core_antonym") \
  X(kStrongCueLater, "strong_cue_later") \
  X(kNegLater, "neg_later") \
  X(kDeathFlip, "death_flip") \
  X(kNegSharedLater, "neg_shared_later") \
  X(kNumMismatchCtx, "num_mismatch_ctx") \
  X(kLcs, "lcs") \
  X(kLcsMin, "lcs_min") \
  X(kCharDice, "char_dice") \
  X(kCharCovMin, "char_cov_min") \
  X(kNgram1Min, "ngram1_min") \
  X(kNgram2Min, "ngram2_min") \
  X(kNumUnmatched, "num_unmatched") \
  X(kCueTimesCov, "cue_x_cov") \
  X(kNegTimesCov, "neg_x_cov") \
  X(kLcsSq, "lcs_sq") \
  X(kCharDiceSq, "char_dice_sq") \
  X(kCueInQuestion, "cue_in_question") \
  X(kHedgeLater, "hedge_later") \
  X(kWeightedDiceSq, "wdice_sq") \
  X(kWeightedCovMinSq, "wcov_min_sq") \
  X(kCharCovMinSq, "char_cov_min_sq") \
  X(kEntityTimesCov, "entity_x_cov") \
  X(kNumUnmatchedTimesCov, "num_unmatched_x_cov") \
  X(kUnmatchedBoth, "unmatched_both")

#define QTRACK_SIGNAL_NAME(id, name) name,
const char* const PairSignals::kNames[PairSignals::kCount] = {QTRACK_PAIR_SIGNALS(QTRACK_SIGNAL_NAME)};

namespace {

#define QTRACK_SIGNAL_ENUM(id, name) id,
enum Signal { QTRACK_PAIR_SIGNALS(QTRACK_SIGNAL_ENUM) kSignalCount };
static_assert(kSignalCount == PairSignals::kCount, "PairSignals::kCount is the length of QTRACK_PAIR_SIGNALS");

// Share of words (synonyms included) two statements must have in common for
// a number, antonym or negation difference alone to make a contradiction.
constexpr double kSameSubject = 0.6;
constexpr double kSameSubjectForNegation = 0.95;

// Logistic models over PairSignals, {intercept, w[0..kCount)} in
// PairSignals::kNames order, built at compile time from the named weights
// claims/tools/fit_pair_model.py generates (its docstring says how to run
// it). A weight naming no signal, or one signal twice, fails the build;
// a signal the table leaves out weighs 0. Refit whenever a signal changes.
struct PairWeight {
  std::string_view name;
  double weight;
};

#include "claims/pair_model.inc"

constexpr std::string_view kSignalNames[] = {QTRACK_PAIR_SIGNALS(QTRACK_SIGNAL_NAME)};

template <size_t N>
constexpr std::array<double, PairSignals::kCount + 1> NamedModel(const PairWeight (&weights)[N]) {
  std::array<double, PairSignals::kCount + 1> model{};
  std::array<bool, PairSignals::kCount + 1> seen{};
  for (const PairWeight& w : weights) {
    int at = w.name == "intercept" ? 0 : -1;
    for (int i = 0; i < PairSignals::kCount; ++i)
      if (kSignalNames[i] == w.name) at = i + 1;
    if (at < 0) throw "claims/pair_model.inc names an unknown signal: refit";
    if (seen[at]) throw "claims/pair_model.inc names a signal twice";
    seen[at] = true;
    model[at] = w.weight;
  }
  return model;
}

constexpr std::array<double, PairSignals::kCount + 1> kSimilarityModel =
    NamedModel(kSimilarityWeights);
constexpr std::array<double, PairSignals::kCount + 1> kContradictionModel =
    NamedModel(kContradictionWeights);

double Logistic(const std::array<double, PairSignals::kCount + 1>& model, const PairSignals& s) {
  double z = model[0];
  for (int i = 0; i < PairSignals::kCount; ++i) z += model[i + 1] * s.v[i];
  return 1.0 / (1.0 + std::exp(-z));
}

uint64_t Hash(std::string_view s, uint64_t seed = kQtrackFnvBasis) {
  uint64_t h = Fnv1a(s, seed);
  // Final mix so that close strings spread over the whole range.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h == 0 ? 1 : h;  // 0 means "none" in Number::unit
}

uint64_t Combine(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2));
  return h == 0 ? 1 : h;
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

bool Contains(const std::vector<uint64_t>& sorted, uint64_t h) {
  return std::binary_search(sorted.begin(), sorted.end(), h);
}

size_t CountShared(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

using AntonymMap = absl::flat_hash_map<uint64_t, std::vector<uint64_t>>;

// True when `other` says y where `self` says x, y an antonym of x, and
// neither says both: the later statement says "dead" where the earlier said
// "alive". (Both words on one side is a comparison, not a contradiction.)
bool HasAntonym(const StatementFeatures& self, const StatementFeatures& other,
                const AntonymMap& map, bool core_only) {
  const std::vector<uint64_t>& antonyms = core_only ? self.core_antonyms : self.antonyms;
  auto i = antonyms.begin(), j = other.terms.begin();
  while (i != antonyms.end() && j != other.terms.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else {
      if (!Contains(self.terms, *i)) {
        auto it = map.find(*i);
        if (it != map.end())
          for (uint64_t x : it->second)
            if (Contains(self.terms, x) && !Contains(other.terms, x)) return true;
      }
      ++i; ++j;
    }
  }
  return false;
}

// Terms of `other` missing from `self` but among its synonyms.
size_t CountSynonymMatches(const StatementFeatures& self, const StatementFeatures& other) {
  size_t n = 0;
  auto i = self.synonyms.begin(), j = other.terms.begin();
  while (i != self.synonyms.end() && j != other.terms.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else {
      n += !Contains(self.terms, *i);
      ++i; ++j;
    }
  }
  return n;
}

bool IsNegated(const StatementFeatures& f, uint64_t stem) {
  for (const auto& n : f.negated)
    if (n.stem == stem) return true;
  return false;
}

// A word negated in `self` that `other` states without negation.
const StatementFeatures::Negated* NegatedShared(const StatementFeatures& self,
                                                const StatementFeatures& other) {
  // By stem, or by the first five letters ("no threats" / "threatened").
  for (const auto& n : self.negated)
    if ((Contains(other.terms, n.stem) || (n.prefix && Contains(other.prefixes, n.prefix))) &&
        !IsNegated(other, n.stem))
      return &n;
  return nullptr;
}

// Reports round: "296 people" and "300 people", "2.9 percent" and "2.86
// percent" are the same count; "1 million" and "2 million" are not.
constexpr double kNumberTolerance = 0.1;

bool SameValue(double a, double b) {
  return std::fabs(a - b) <= kNumberTolerance * std::max(std::fabs(a), std::fabs(b));
}

bool HasValue(const StatementFeatures& f, uint64_t unit, double value) {
  // A number without a unit matches any unit: "2.5 to 4 hours" has 2.5 hours.
  for (const auto& n : f.numbers)
    if ((n.unit == unit || n.unit == 0 || unit == 0) && SameValue(n.value, value)) return true;
  return false;
}

// The first pair of numbers about the same thing (same unit noun, or both
// without one) whose values differ, neither value appearing on the other side.
bool NumberMismatch(const StatementFeatures& a, const StatementFeatures& b,
                    const StatementFeatures::Number** na, const StatementFeatures::Number** nb) {
  for (const auto& x : a.numbers) {
    if (HasValue(b, x.unit, x.value)) continue;
    for (const auto& y : b.numbers) {
      if (y.unit != x.unit || SameValue(x.value, y.value)) continue;
      if (HasValue(a, y.unit, y.value)) continue;
      if (na) *na = &x;
      if (nb) *nb = &y;
      return true;
    }
  }
  return false;
}

// The content word just before each number (its governing verb or noun:
// "killed 5 people", "rate of 5 percent") is the same on both sides.
uint64_t WordBefore(const StatementFeatures& f, const StatementFeatures::Number& n) {
  uint64_t before = 0;
  for (const auto& w : f.words) {
    if (w.span.begin >= n.span.begin) break;
    before = w.stem;
  }
  return before;
}

bool NumberContextShared(const StatementFeatures& a, const StatementFeatures& b,
                         const StatementFeatures::Number& x, const StatementFeatures::Number& y) {
  // 0 on both sides: both figures open the statement ("Two million rounds
  // were delivered" / "One million rounds were delivered").
  uint64_t wa = WordBefore(a, x), wb = WordBefore(b, y);
  return wa == wb;
}

bool AnyNumberShared(const StatementFeatures& a, const StatementFeatures& b) {
  for (const auto& x : a.numbers)
    for (const auto& y : b.numbers)
      if (SameValue(x.value, y.value)) return true;
  return false;
}

double Clamp01(double x) { return x < 0 ? 0 : (x > 1 ? 1 : x); }

// ---- Tokenising ------------------------------------------------------------

struct Token {
  uint32_t begin = 0, end = 0;
  std::string lower;
  bool capitalised = false;
  bool sentence_start = false;
  bool digit = false;
  bool cyrillic = false;
};

bool IsWordChar(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Splits `text` into words: letters and digits, with inner apostrophes
// ("isn't", "McDonald's") and inner '.'/',' between digits ("2,000", "1.5").
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t pos = 0;
  bool boundary = true;  // at a sentence or quotation start
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(text, &pos);
    if (!IsWordChar(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201C ||
          c == 0xAB || c == ';' || c == 0x2014)
        boundary = true;
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(start);
    tok.capitalised = u_isupper(static_cast<UChar32>(c));
    tok.digit = u_isdigit(static_cast<UChar32>(c));
    tok.sentence_start = boundary;
    boundary = false;
    char32_t prev = c;
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), &tok.lower);
    if (c >= 0x400 && c < 0x530) tok.cyrillic = true;
    size_t end = pos;
    while (pos < text.size()) {
      size_t here = pos;
      char32_t d = DecodeUtf8(text, &pos);
      bool inner = false;
      if ((IsApostrophe(d) && !u_isdigit(static_cast<UChar32>(prev))) ||
          ((d == '.' || d == ',') && u_isdigit(static_cast<UChar32>(prev)))) {
        // Keep only when a word character follows.
        size_t peek = pos;
        if (peek < text.size()) {
          char32_t e = DecodeUtf8(text, &peek);
          inner = (IsApostrophe(d) ? IsWordChar(e) : u_isdigit(static_cast<UChar32>(e)));
        }
        if (inner) {
          tok.lower.push_back(IsApostrophe(d) ? '\'' : static_cast<char>(d));
          prev = d;
          end = pos;
          continue;
        }
      }
      if (!IsWordChar(d)) {
        pos = here;
        break;
      }
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(d))), &tok.lower);
      if (d >= 0x400 && d < 0x530) tok.cyrillic = true;
      prev = d;
      end = pos;
    }
    tok.end = static_cast<uint32_t>(end);
    tokens.push_back(std::move(tok));
  }
  return tokens;
}

// Headlines capitalise every word, so capitals say nothing about names.
bool LooksTitleCase(const std::vector<Token>& tokens) {
  int words = 0, caps = 0;
  for (const Token& t : tokens) {
    if (t.digit || t.lower.size() < 4 || lexicon::IsStopWord(t.lower)) continue;
    ++words;
    caps += t.capitalised;
  }
  // A news sentence dense with names ("Gordon D'Arcy ... the Ireland team
  // for Saturday's Six Nations clash against Scotland in Murrayfield")
  // still writes its common words in lower case; a headline in Title Case
  // leaves at most one.
  return words >= 3 && caps * 10 >= words * 7 && words - caps <= 1;
}

// Parses "2,000", "1.5", "19m", "2bn", "1990s". Returns false when `t` has
// no leading digits.
bool ParseNumber(std::string_view t, double* value, std::string_view* suffix) {
  std::string digits;
  size_t i = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == '.') digits.push_back('.');
    else if (c == ',') continue;
    else break;
  }
  if (digits.empty()) return false;
  *value = std::strtod(digits.c_str(), nullptr);
  double scale = lexicon::ScaleWord(t.substr(i));
  if (scale > 0) *value *= scale;
  else *suffix = t.substr(i);  // "4gb", "10km": the unit is written on
  return true;
}

bool OnlySpacesBetween(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < text.size(); ++i)
    if (text[i] != ' ' && text[i] != '-') return false;
  return true;
}

std::string CanonicalNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "#%.6g", v);
  return buf;
}

}  // namespace

// ---- Tables -----------------------------------------------------------------

struct PairMatcher::Tables {
  // Stem hash → stem hashes of its antonyms.
  absl::flat_hash_map<uint64_t, std::vector<uint64_t>> antonyms;
  // The built-in pairs only: curated, strong enough to decide on their own.
  absl::flat_hash_map<uint64_t, std::vector<uint64_t>> core_antonyms;
  absl::flat_hash_map<uint64_t, std::vector<uint64_t>> synonyms;
  // Stem hash → weight in (0, 1]: 1 / (1 + ln(1 + tagged count)).
  absl::flat_hash_map<uint64_t, float> weights;
  size_t pairs = 0;
};

namespace {

// Stems one lower-case word by its script. Stemmers are per thread: a
// Xapian::Stem keeps scratch state and is not safe to share.
std::string Stem(const std::string& lower, bool cyrillic) {
  thread_local Xapian::Stem english("english");
  thread_local Xapian::Stem russian("russian");
  return cyrillic ? russian(lower) : english(lower);
}

// Irregular English forms are mapped to their WordNet base first ("rose"
// → "rise", "won" → "win"): the stemmer only strips regular endings.
uint64_t StemHash(const std::string& lower, bool cyrillic) {
  if (cyrillic) return Hash(Stem(lower, true));
  std::string_view base = lexicon::BaseForm(lower);  // `lower` itself when regular
  return Hash(Stem(base.data() == lower.data() ? lower : std::string(base), false));
}

// How many of a word's most frequent WordNet senses give synonyms: more
// senses find more rewordings and more false friends.
constexpr int kSynonymSenses = 2;

// Collects the related stems (antonyms, synonyms) of `terms` into `out`,
// sorted and unique, so Judge can merge them against another statement.
void AppendRelated(const std::vector<uint64_t>& terms,
                   const absl::flat_hash_map<uint64_t, std::vector<uint64_t>>& map,
                   std::vector<uint64_t>* out) {
  for (uint64_t term : terms) {
    auto it = map.find(term);
    if (it != map.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  }
  SortUnique(out);
}

bool HasCyrillic(std::string_view s) {
  for (unsigned char c : s)
    if (c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3) return true;
  return false;
}

// Every token's stem, stop words included, joined into 1..4-grams.
void AddNgrams(const std::vector<Token>& tokens, const std::vector<uint64_t>& stems,
               StatementFeatures* f) {
  for (size_t i = 0; i < stems.size(); ++i) {
    uint64_t h = stems[i];
    for (size_t n = 0; n < 4 && i + n < stems.size(); ++n) {
      if (n > 0) h = Combine(h, stems[i + n]);
      f->ngrams.push_back((h & ~uint64_t{3}) | n);
    }
  }
  SortUnique(&f->ngrams);
  for (uint64_t h : f->ngrams) ++f->ngram_counts[h & 3];
  f->token_count = static_cast<uint32_t>(tokens.size());
}

// Byte trigrams of the lower-cased words joined by single spaces: overlap
// that survives inflection and compounding ("air strike" / "airstrike").
void AddCharGrams(const std::vector<Token>& tokens, StatementFeatures* f) {
  std::string joined;
  joined.reserve(f->text.size() + 2);
  joined.push_back(' ');
  for (const Token& t : tokens) {
    joined.append(t.lower);
    joined.push_back(' ');
  }
  for (size_t i = 0; i + 3 <= joined.size(); ++i) f->char_grams.push_back(Hash(joined.substr(i, 3)));
  SortUnique(&f->char_grams);
}

// Longest common subsequence of two stem sequences: word order kept.
size_t CommonSubsequence(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  constexpr size_t kMax = 128;  // longer statements: the first 128 words
  size_t n = std::min(a.size(), kMax), m = std::min(b.size(), kMax);
  uint16_t row[kMax + 1] = {};
  for (size_t i = 0; i < n; ++i) {
    uint16_t diagonal = 0;
    for (size_t j = 0; j < m; ++j) {
      uint16_t up = row[j + 1];
      row[j + 1] = a[i] == b[j] ? diagonal + 1 : std::max(up, row[j]);
      diagonal = up;
    }
  }
  return row[m];
}

}  // namespace

bool IsMatcherStopWord(std::string_view lower_word) { return lexicon::IsStopWord(lower_word); }
bool IsMatcherNegation(std::string_view lower_word) { return lexicon::IsNegation(lower_word); }

std::string_view PairLabelName(PairLabel label) {
  switch (label) {
    case PairLabel::kDuplicate: return "duplicate";
    case PairLabel::kContradiction: return "contradiction";
    case PairLabel::kUnrelated: break;
  }
  return "unrelated";
}

namespace {

// Stems each distinct word once: WordNet repeats lemmas across synsets.
class StemCache {
 public:
  uint64_t operator()(const std::string& word) {
    auto [it, inserted] = cache_.try_emplace(word, 0);
    if (inserted) it->second = StemHash(word, HasCyrillic(word));
    return it->second;
  }

 private:
  absl::flat_hash_map<std::string, uint64_t> cache_;
};

void AddPairs(const std::vector<std::pair<std::string, std::string>>& pairs, StemCache& stem,
              absl::flat_hash_map<uint64_t, std::vector<uint64_t>>* map) {
  for (const auto& [a, b] : pairs) {
    uint64_t ha = stem(a), hb = stem(b);
    if (ha == hb) continue;
    (*map)[ha].push_back(hb);
    (*map)[hb].push_back(ha);
  }
  for (auto& [key, list] : *map) SortUnique(&list);
}

}  // namespace

std::shared_ptr<const PairMatcher::Tables> PairMatcher::LoadTables(std::string_view wordnet_dir) {
  // One load per directory and process: the tables are immutable.
  static absl::Mutex mu(absl::kConstInit);
  static auto* loaded = new absl::flat_hash_map<std::string, std::shared_ptr<const Tables>>();
  absl::MutexLock lock(&mu);
  std::shared_ptr<const Tables>& slot = (*loaded)[std::string(wordnet_dir)];
  if (slot) return slot;

  auto tables = std::make_shared<Tables>();
  StemCache stem;
  AddPairs(lexicon::LoadAntonyms(wordnet_dir), stem, &tables->antonyms);
  for (const auto& [key, list] : tables->antonyms) tables->pairs += list.size();
  tables->pairs /= 2;
  AddPairs(lexicon::BuiltinAntonyms(), stem, &tables->core_antonyms);
  for (const auto& [lemma, words] : lexicon::LoadSynonyms(wordnet_dir, kSynonymSenses)) {
    if (lexicon::IsStopWord(lemma)) continue;
    uint64_t h = stem(lemma);
    std::vector<uint64_t>& list = tables->synonyms[h];
    for (const std::string& w : words) {
      if (lexicon::IsStopWord(w)) continue;
      uint64_t hw = stem(w);
      if (hw != h) list.push_back(hw);
    }
  }
  for (auto& [key, list] : tables->synonyms) SortUnique(&list);
  for (const auto& [lemma, count] : lexicon::LoadLemmaCounts(wordnet_dir)) {
    float w = 1.0f / (1.0f + std::log1p(static_cast<float>(count)));
    float& weight = tables->weights.try_emplace(stem(lemma), 1.0f).first->second;
    weight = std::min(weight, w);  // the commonest lemma sharing the stem decides
  }
  slot = std::move(tables);
  return slot;
}

PairMatcher::PairMatcher(MatchThresholds thresholds, std::string_view wordnet_dir)
    : thresholds_(thresholds), tables_(LoadTables(wordnet_dir)) {}

PairMatcher::~PairMatcher() = default;

size_t PairMatcher::antonym_count() const { return tables_->pairs; }

StatementFeatures PairMatcher::Analyze(std::string_view text, std::string_view language) const {
  (void)language;  // Words are stemmed by their script; see the header.
  StatementFeatures f;
  f.text.assign(text);
  std::vector<Token> tokens = Tokenize(f.text);
  std::vector<uint64_t> stems;  // every token's, stemmed once
  stems.reserve(tokens.size());
  for (const Token& t : tokens) stems.push_back(StemHash(t.lower, t.cyrillic));
  AddNgrams(tokens, stems, &f);
  f.token_stems = stems;
  AddCharGrams(tokens, &f);
  f.title_case = LooksTitleCase(tokens);
  f.question = f.text.find('?') != std::string::npos;

  int negation_window = 0;  // content words still to look at after a negation
  int negation_scope = 0;   // tokens after a negation whose content words it negates
  uint32_t negation_begin = 0;
  uint64_t previous_stem = 0;
  auto note_cue = [&f](const Token& t, int strength) {
    if (strength >= 2) ++f.strong_cues;
    else ++f.weak_cues;
    if (f.first_cue.end == 0) f.first_cue = {t.begin, t.end};
  };

  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > 0 && lexicon::IsRefutingPhrase(tokens[i - 1].lower, t.lower))
      note_cue(Token{tokens[i - 1].begin, t.end}, 2);
    // A headline that opens "No, ..." / "Sorry, ..." answers the claim.
    if (t.sentence_start && i + 2 < tokens.size() && lexicon::IsRefutingOpener(t.lower) &&
        t.end < f.text.size() && f.text[t.end] == ',')
      note_cue(t, 2);
    if (i >= 2 && lexicon::IsRefutingTriple(tokens[i - 2].lower, tokens[i - 1].lower, t.lower))
      note_cue(Token{tokens[i - 2].begin, t.end}, 2);
    if (int life = lexicon::LifeClass(t.lower)) {
      // "not dead" says alive; "not alive", "never survived" say dead.
      bool negated = negation_scope > 0 && i > 0 &&
                     OnlySpacesBetween(f.text, tokens[i - 1].end, t.begin);
      f.life |= negated ? (life ^ 3) : life;
    }
    if (lexicon::IsNegation(t.lower)) {
      ++f.negations;
      negation_window = 3;
      negation_scope = 5;
      negation_begin = t.begin;
      continue;
    }
    if (negation_scope > 0) {
      // The scope ends at a clause mark: "not now, he said".
      if (i > 0 && !OnlySpacesBetween(f.text, tokens[i - 1].end, t.begin)) {
        negation_scope = 0;
        negation_window = 0;
      } else {
        --negation_scope;
      }
    }
    int strength = lexicon::RefutingCueStrength(t.lower);
    if (strength && i >= 2 && lexicon::CancelsCue(tokens[i - 2].lower, tokens[i - 1].lower))
      strength = 0;
    if (strength) {
      // "not a hoax", "no fake": a negated refutation confirms the claim.
      if (negation_window > 0 && t.begin - negation_begin < 12) {
        ++f.negated_cues;
        --f.negations;  // the negation was spent on the cue
        negation_window = 0;
        negation_scope = 0;
      } else {
        note_cue(t, strength);
      }
    }
    if (lexicon::IsHedge(t.lower)) ++f.hedges;

    double value = 0;
    std::string_view suffix;
    bool is_number = t.digit ? ParseNumber(t.lower, &value, &suffix)
                             : (value = lexicon::NumberWord(t.lower)) >= 0;
    if (is_number) {
      StatementFeatures::Number n;
      n.span = {t.begin, t.end};
      size_t j = i + 1;
      if (j < tokens.size()) {
        if (double scale = lexicon::ScaleWord(tokens[j].lower); scale > 0) {
          value *= scale;
          n.span.end = tokens[j].end;
          ++j;
        }
      }
      n.value = value;
      if (!suffix.empty() && suffix != "s" && suffix != "th" && suffix != "st" &&
          suffix != "nd" && suffix != "rd")
        n.unit = Hash(suffix);
      // Otherwise the unit is the next content word ("rounds", "people").
      for (size_t k = j; n.unit == 0 && k < tokens.size() && k < j + 2; ++k) {
        const Token& u = tokens[k];
        // Only across spaces and hyphens: "8306: news" has no unit.
        if (!OnlySpacesBetween(f.text, tokens[k - 1].end, u.begin)) break;
        if (u.digit || lexicon::IsStopWord(u.lower) || lexicon::IsNegation(u.lower)) continue;
        n.unit = stems[k];
        n.span.end = u.end;
        break;
      }
      f.numbers.push_back(n);
      uint64_t h = Hash(CanonicalNumber(value));
      f.terms.push_back(h);
      f.words.push_back({h, {t.begin, t.end}});
      if (previous_stem) f.shingles.push_back(Combine(previous_stem, h));
      previous_stem = h;
      i = j - 1;  // a scale word was consumed
      continue;
    }
    if (lexicon::IsStopWord(t.lower)) {
      if (negation_window > 0) --negation_window;
      continue;
    }
    uint64_t stem = stems[i];
    f.terms.push_back(stem);
    f.words.push_back({stem, {t.begin, t.end}});
    f.prefixes.push_back(Hash(std::string_view(t.lower).substr(0, 5)));
    if (previous_stem) f.shingles.push_back(Combine(previous_stem, stem));
    previous_stem = stem;
    // "no comment", "could not be reached for comment" deny nothing.
    if ((negation_window > 0 || negation_scope > 0) && lexicon::IsNewsroomFormula(t.lower)) {
      negation_window = 0;
      negation_scope = 0;
    }
    if (negation_window > 0 || negation_scope > 0) {
      // Every content word in the scope: "isn't going to be selling".
      f.negated.push_back({stem, {negation_begin, t.end},
                           Hash(std::string_view(t.lower).substr(0, 5))});
      negation_window = 0;
    }
    if (t.capitalised && !t.sentence_start && !f.title_case) f.entities.push_back(stem);
  }
  SortUnique(&f.terms);
  f.term_weights.reserve(f.terms.size());
  for (uint64_t term : f.terms) {
    auto it = tables_->weights.find(term);
    f.term_weights.push_back(it == tables_->weights.end() ? 1.0f : it->second);
  }
  SortUnique(&f.shingles);
  SortUnique(&f.entities);
  SortUnique(&f.prefixes);
  AppendRelated(f.terms, tables_->antonyms, &f.antonyms);
  AppendRelated(f.terms, tables_->core_antonyms, &f.core_antonyms);
  AppendRelated(f.terms, tables_->synonyms, &f.synonyms);
  return f;
}

PairSignals PairMatcher::Signals(const StatementFeatures& a, const StatementFeatures& b) const {
  PairSignals s;
  double na = a.terms.size(), nb = b.terms.size();
  double shared = CountShared(a.terms, b.terms);
  if (na > 0 && nb > 0) {
    s.v[kDice] = 2 * shared / (na + nb);
    s.v[kCovMin] = shared / std::max(na, nb);
    s.v[kCovMax] = shared / std::min(na, nb);
    s.v[kLenRatio] = std::min(na, nb) / std::max(na, nb);
  }
  double sa = a.shingles.size(), sb = b.shingles.size();
  if (sa > 0 && sb > 0) s.v[kShingleDice] = 2 * CountShared(a.shingles, b.shingles) / (sa + sb);
  s.v[kUnmatched] = Clamp01((na + nb - 2 * shared) / 20.0);
  double ea = a.entities.size(), eb = b.entities.size();
  if (ea > 0 && eb > 0) {
    double es = CountShared(a.entities, b.entities);
    s.v[kEntityDiff] = (ea + eb - 2 * es) / (ea + eb);
  }
  const StatementFeatures::Number *x = nullptr, *y = nullptr;
  s.v[kNumMismatch] = NumberMismatch(a, b, &x, &y) ? 1 : 0;
  s.v[kUnitMismatch] = (x && x->unit != 0) ? 1 : 0;
  s.v[kNumShared] = AnyNumberShared(a, b) ? 1 : 0;
  s.v[kStrongCueDiff] = Clamp01(std::abs(a.strong_cues - b.strong_cues) / 2.0);
  s.v[kWeakCueDiff] = Clamp01(std::abs(a.weak_cues - b.weak_cues) / 2.0);
  s.v[kNegDiff] = (a.negations % 2) != (b.negations % 2) ? 1 : 0;
  s.v[kNegShared] = (NegatedShared(a, b) || NegatedShared(b, a)) ? 1 : 0;
  const AntonymMap& all = tables_->antonyms;
  const AntonymMap& core = tables_->core_antonyms;
  s.v[kAntonym] = (HasAntonym(a, b, all, false) || HasAntonym(b, a, all, false)) ? 1 : 0;
  s.v[kCoreAntonym] = (HasAntonym(a, b, core, true) || HasAntonym(b, a, core, true)) ? 1 : 0;
  s.v[kHedgeDiff] = Clamp01(std::abs(a.hedges - b.hedges) / 2.0);
  s.v[kQuestion] = (a.question || b.question) ? 1 : 0;
  s.v[kTitleCase] = (a.title_case || b.title_case) ? 1 : 0;
  if (na > 0 && nb > 0) {
    double syn = std::max(CountSynonymMatches(a, b), CountSynonymMatches(b, a));
    s.v[kSoftCovMin] = Clamp01((shared + syn) / std::max(na, nb));
    s.v[kUnmatchedLong] = Clamp01((std::max(na, nb) - shared - syn) / 10.0);
    s.v[kUnmatchedShort] = Clamp01((std::min(na, nb) - shared - syn) / 10.0);
  }
  double pa = a.prefixes.size(), pb = b.prefixes.size();
  if (pa > 0 && pb > 0) s.v[kPrefixDice] = 2 * CountShared(a.prefixes, b.prefixes) / (pa + pb);
  {
    // Weighted overlap: sharing "Peskov" counts more than sharing "said".
    double wa = 0, wb = 0, ws = 0;
    for (float w : a.term_weights) wa += w;
    for (float w : b.term_weights) wb += w;
    size_t i = 0, j = 0;
    while (i < a.terms.size() && j < b.terms.size()) {
      if (a.terms[i] < b.terms[j]) ++i;
      else if (b.terms[j] < a.terms[i]) ++j;
      else { ws += a.term_weights[i]; ++i; ++j; }
    }
    if (wa > 0 && wb > 0) {
      s.v[kWeightedDice] = 2 * ws / (wa + wb);
      s.v[kWeightedCovMin] = ws / std::max(wa, wb);
      s.v[kWeightedUnmatched] = Clamp01((std::max(wa, wb) - ws) / 5.0);
    }
  }
  size_t shared_ngrams[4] = {};
  {
    auto i = a.ngrams.begin(), j = b.ngrams.begin();
    while (i != a.ngrams.end() && j != b.ngrams.end()) {
      if (*i < *j) ++i;
      else if (*j < *i) ++j;
      else { ++shared_ngrams[*i & 3]; ++i; ++j; }
    }
  }
  for (int n = 0; n < 4; ++n) {
    double d = std::max(a.ngram_counts[n], b.ngram_counts[n]);
    if (d > 0) s.v[kNgram1 + n] = shared_ngrams[n] / d;
  }
  s.v[kTokenDiff] = Clamp01(std::abs(double(a.token_count) - double(b.token_count)) / 20.0);
  // Squares and a product let the linear model bend: overlap matters more
  // as it nears completeness.
  s.v[kNumBoth] = Clamp01(std::min(a.numbers.size(), b.numbers.size()) / 3.0);
  s.v[kNgram1Sq] = s.v[kNgram1] * s.v[kNgram1];
  s.v[kSoftCovMinSq] = s.v[kSoftCovMin] * s.v[kSoftCovMin];
  s.v[kNgram2Sq] = s.v[kNgram2] * s.v[kNgram2];
  s.v[kSoftTimesLen] = s.v[kSoftCovMin] * s.v[kLenRatio];
  s.v[kNegatedCue] = (a.negated_cues + b.negated_cues) > 0 ? 1 : 0;
  s.v[kStrongCueAny] = Clamp01(std::max(a.strong_cues, b.strong_cues) / 2.0);
  {
    double la = a.token_stems.size(), lb = b.token_stems.size();
    if (la > 0 && lb > 0) {
      double lcs = CommonSubsequence(a.token_stems, b.token_stems);
      s.v[kLcs] = lcs / std::max(la, lb);
      s.v[kLcsMin] = lcs / std::min(la, lb);
    }
    double ca = a.char_grams.size(), cb = b.char_grams.size();
    if (ca > 0 && cb > 0) {
      double shared_grams = CountShared(a.char_grams, b.char_grams);
      s.v[kCharDice] = 2 * shared_grams / (ca + cb);
      s.v[kCharCovMin] = shared_grams / std::max(ca, cb);
    }
    for (int n = 0; n < 2; ++n) {
      double d = std::min(a.ngram_counts[n], b.ngram_counts[n]);
      if (d > 0) s.v[kNgram1Min + n] = shared_ngrams[n] / d;
    }
    int unmatched_numbers = 0;
    for (const auto& n : a.numbers) unmatched_numbers += !HasValue(b, n.unit, n.value);
    for (const auto& n : b.numbers) unmatched_numbers += !HasValue(a, n.unit, n.value);
    s.v[kNumUnmatched] = Clamp01(unmatched_numbers / 3.0);
  }
  // Direction: a fact-check comes after the claim it refutes.
  s.v[kStrongCueLater] = Clamp01((b.strong_cues - a.strong_cues) / 2.0);
  s.v[kNegLater] = (b.negations % 2 == 1 && a.negations % 2 == 0) ? 1 : 0;
  s.v[kNegSharedLater] = NegatedShared(b, a) ? 1 : 0;
  // "X is dead" / "X is alive" (or "not dead", "survived").
  auto says = [](const StatementFeatures& f, int life) { return f.life == life; };
  s.v[kDeathFlip] = ((says(a, 1) && (b.life & 2)) || (says(a, 2) && (b.life & 1)) ||
                     (says(b, 1) && (a.life & 2)) || (says(b, 2) && (a.life & 1)))
                        ? 1 : 0;
  // A number mismatch in otherwise matching context: the words before the
  // numbers agree ("received 2 million rounds" / "received 1 million rounds").
  if (x && y && x->unit != 0) s.v[kNumMismatchCtx] = NumberContextShared(a, b, *x, *y) ? 1 : 0;
  // A refutation or negation weighs more when the rest is the same claim.
  s.v[kCueTimesCov] = s.v[kStrongCueDiff] * s.v[kSoftCovMin];
  s.v[kNegTimesCov] = s.v[kNegShared] * s.v[kSoftCovMin];
  s.v[kLcsSq] = s.v[kLcs] * s.v[kLcs];
  // "Real or hoax?" asks; it does not refute.
  s.v[kCueInQuestion] =
      ((a.question && a.strong_cues + a.weak_cues > 0) || (b.question && b.strong_cues + b.weak_cues > 0))
          ? 1 : 0;
  // "X, officials say": attributed, not endorsed, not denied either.
  s.v[kHedgeLater] = b.hedges > a.hedges ? 1 : 0;
  s.v[kCharDiceSq] = s.v[kCharDice] * s.v[kCharDice];
  s.v[kWeightedDiceSq] = s.v[kWeightedDice] * s.v[kWeightedDice];
  s.v[kWeightedCovMinSq] = s.v[kWeightedCovMin] * s.v[kWeightedCovMin];
  s.v[kCharCovMinSq] = s.v[kCharCovMin] * s.v[kCharCovMin];
  // A different name or figure in an otherwise identical sentence is the
  // fact one of them adds (MRPC's typical hard negative).
  s.v[kEntityTimesCov] = s.v[kEntityDiff] * s.v[kSoftCovMin];
  s.v[kNumUnmatchedTimesCov] = s.v[kNumUnmatched] * s.v[kSoftCovMin];
  // Words left over on both sides: a rewording, or two different facts.
  s.v[kUnmatchedBoth] = s.v[kUnmatchedLong] * s.v[kUnmatchedShort];
  return s;
}

double PairMatcher::SimilarityScore(const PairSignals& s) const {
  return Logistic(kSimilarityModel, s);
}

double PairMatcher::ContradictionRule(const PairSignals& s) const {
  // A contradiction needs a shared subject: without a shared content word
  // the pair is about something else, whatever its cues.
  if (s.v[kCovMax] <= 0) return -1;
  // Emergent's headlines rarely turn on numbers or antonyms, so the fitted
  // model underrates them; when the rest of the statement is the same, a
  // different count of the same thing ("2 million rounds" / "1 million
  // rounds"), an antonym ("alive" / "died") or a negated shared word are
  // contradictions in their own right.
  // Different names ("the United States" / "Nevada") make different subjects.
  double same = s.v[kSoftCovMin];
  // Numbers and antonyms need more: MRPC's paraphrases are full of figures
  // about different things ("rose 0.7 percent" / "fell 1.3 percent" of two
  // indices) and of antonyms in different clauses. So the figure or the
  // antonym must be the only word of the longer statement left unmatched,
  // and a figure must have the same unit and the same word before it
  // ("received 2 million rounds" / "received 1 million rounds") with one
  // figure unmatched on each side.
  bool only_difference = s.v[kUnmatchedLong] <= 0.1 + 1e-9;
  bool number = s.v[kUnitMismatch] > 0 && s.v[kNumMismatchCtx] > 0 &&
                s.v[kNumUnmatched] < 0.7 && only_difference;
  bool antonym = s.v[kCoreAntonym] > 0 && only_difference;
  // A shared word negated on one side only ("was not discussed" / "was
  // discussed") in what is otherwise the same statement: MRPC's paraphrases
  // negate too ("declined to comment" / "no comment"), so 95%.
  bool negation = s.v[kNegShared] > 0 && s.v[kNegDiff] > 0 && same >= kSameSubjectForNegation;
  if (same >= kSameSubject && s.v[kEntityDiff] == 0 && (number || negation || antonym))
    return 0.5 + 0.45 * same;
  return 0;
}

double PairMatcher::ContradictionScore(const PairSignals& s) const {
  const double rule = ContradictionRule(s);
  if (rule < 0) return 0;
  return std::max(Logistic(kContradictionModel, s), rule);
}

namespace {

StanceChange Stance(const PairSignals& s) {
  const bool only_difference = s.v[kUnmatchedLong] <= 0.1 + 1e-9;
  if (s.v[kUnitMismatch] > 0 && s.v[kNumMismatchCtx] > 0 && s.v[kNumUnmatched] < 0.7)
    return StanceChange::kFigure;
  if (s.v[kCoreAntonym] > 0 || (s.v[kAntonym] > 0 && only_difference) || s.v[kDeathFlip] > 0)
    return StanceChange::kAntonym;
  if (s.v[kNegShared] > 0 && s.v[kNegDiff] > 0) return StanceChange::kNegation;
  if (s.v[kStrongCueDiff] > 0 && s.v[kNegatedCue] == 0 && s.v[kCueInQuestion] == 0)
    return StanceChange::kRefutation;
  return StanceChange::kNone;
}

}  // namespace

PairJudgement PairMatcher::Judge(const StatementFeatures& earlier,
                                 const StatementFeatures& later) const {
  PairSignals s = Signals(earlier, later);
  PairJudgement j;
  j.similarity = SimilarityScore(s);
  j.contradiction = ContradictionScore(s);
  j.overlap = s.v[kSoftCovMin];
  j.stance = Stance(s);
  if (j.contradiction >= thresholds_.contradiction) {
    j.label = PairLabel::kContradiction;
  } else if (j.similarity >= thresholds_.link) {
    j.label = PairLabel::kDuplicate;
  } else if (j.similarity >= thresholds_.suggest) {
    j.suggestion = true;
  }
  if (j.label != PairLabel::kUnrelated || j.suggestion)
    j.reason = Reason(earlier, later, s, j.label == PairLabel::kContradiction);
  return j;
}

namespace {

std::string_view SpanText(const StatementFeatures& f, StatementFeatures::Span span) {
  return std::string_view(f.text).substr(span.begin, span.end - span.begin);
}

void AppendQuoted(std::string* out, std::string_view s) {
  out->push_back('"');
  out->append(s);
  out->push_back('"');
}

void AppendPart(std::string* out, std::string_view part) {
  if (!out->empty()) out->append("; ");
  out->append(part);
}

}  // namespace

std::string PairMatcher::Reason(const StatementFeatures& a, const StatementFeatures& b,
                                const PairSignals& s, bool contradiction) const {
  std::string out;
  if (contradiction) {
    // "negated in later: "not discussed" vs "discussed"".
    for (const auto* pair : {&b, &a}) {
      const StatementFeatures& self = *pair;
      const StatementFeatures& other = pair == &b ? a : b;
      const StatementFeatures::Negated* n = NegatedShared(self, other);
      if (!n) continue;
      std::string part = pair == &b ? "negated in later: " : "negated in earlier: ";
      AppendQuoted(&part, SpanText(self, n->span));
      for (const auto& w : other.words) {
        if (w.stem != n->stem) continue;
        part.append(" vs ");
        AppendQuoted(&part, SpanText(other, w.span));
        break;
      }
      AppendPart(&out, part);
      break;
    }
    const StatementFeatures::Number *x = nullptr, *y = nullptr;
    if (NumberMismatch(a, b, &x, &y)) {
      std::string part = "numbers differ: ";
      AppendQuoted(&part, SpanText(a, x->span));
      part.append(" vs ");
      AppendQuoted(&part, SpanText(b, y->span));
      AppendPart(&out, part);
    }
    for (const auto* pair : {&a, &b}) {
      const StatementFeatures& self = *pair;
      const StatementFeatures& other = pair == &a ? b : a;
      for (const auto& w : other.words) {
        if (!Contains(self.antonyms, w.stem) || Contains(self.terms, w.stem)) continue;
        // Find the word of `self` that `w` is the antonym of.
        for (const auto& v : self.words) {
          auto it = tables_->antonyms.find(v.stem);
          if (it == tables_->antonyms.end() ||
              !std::binary_search(it->second.begin(), it->second.end(), w.stem))
            continue;
          std::string part = "antonyms: ";
          AppendQuoted(&part, SpanText(pair == &a ? a : b, v.span));
          part.append(" / ");
          AppendQuoted(&part, SpanText(other, w.span));
          AppendPart(&out, part);
          break;
        }
        break;
      }
      if (out.find("antonyms") != std::string::npos) break;
    }
    for (const auto* f : {&b, &a}) {
      if (f->first_cue.end == 0) continue;
      std::string part = f == &b ? "refuting cue in later: " : "refuting cue in earlier: ";
      AppendQuoted(&part, SpanText(*f, f->first_cue));
      AppendPart(&out, part);
      break;
    }
    if (out.empty() && s.v[kNegDiff] > 0) AppendPart(&out, "negation in one statement only");
  }
  // The shared words, in the later statement's order.
  std::string shared;
  int count = 0;
  for (const auto& w : b.words) {
    if (!Contains(a.terms, w.stem)) continue;
    if (count == 8) {
      shared.append(", ...");
      break;
    }
    if (count++ > 0) shared.append(", ");
    shared.append(SpanText(b, w.span));
  }
  if (!shared.empty()) AppendPart(&out, "shared words: " + shared);
  if (!contradiction && s.v[kNumMismatch] > 0) {
    const StatementFeatures::Number *x = nullptr, *y = nullptr;
    if (NumberMismatch(a, b, &x, &y)) {
      std::string part = "but numbers differ: ";
      AppendQuoted(&part, SpanText(a, x->span));
      part.append(" vs ");
      AppendQuoted(&part, SpanText(b, y->span));
      AppendPart(&out, part);
    }
  }
  return out;
}

}  // namespace qtrack
