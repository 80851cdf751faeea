#include "claims/similarity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include <unicode/uchar.h>
#include <xapian.h>

#include "absl/container/flat_hash_map.h"
#include "claims/lexicon/lexicon.h"
#include "common/utf8.h"

namespace qtrack {

const char* const PairSignals::kNames[PairSignals::kCount] = {
    "dice",         "cov_min",     "cov_max",     "shingle_dice", "unmatched",
    "len_ratio",    "entity_diff", "num_mismatch", "num_shared",  "strong_cue_diff",
    "weak_cue_diff", "neg_diff",   "neg_shared",  "antonym",      "hedge_diff",
    "question",     "title_case",  "strong_cue_any",
};

namespace {

enum Signal {
  kDice, kCovMin, kCovMax, kShingleDice, kUnmatched, kLenRatio, kEntityDiff,
  kNumMismatch, kNumShared, kStrongCueDiff, kWeakCueDiff, kNegDiff, kNegShared,
  kAntonym, kHedgeDiff, kQuestion, kTitleCase, kStrongCueAny,
};

// Logistic models over PairSignals: {intercept, w[0..kCount)}. Fitted by
// tools in pair_eval_main --features output on the dev splits only:
// similarity on MRPC dev (paraphrase vs not), contradiction on Emergent dev
// (against vs for/observing).
constexpr double kSimilarityModel[PairSignals::kCount + 1] = {
    -4.0, 3.0, 3.0, 1.0, 1.5, -1.0, 0, -0.5, -0.5, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0};
constexpr double kContradictionModel[PairSignals::kCount + 1] = {
    -3.0, 0, 0, 0, 0, 0, 0, 0, 1.0, 0, 2.0, 0.7, 1.5, 1.5, 1.0, -0.5, -0.5, 0, 0};

double Logistic(const double* model, const PairSignals& s) {
  double z = model[0];
  for (int i = 0; i < PairSignals::kCount; ++i) z += model[i + 1] * s.v[i];
  return 1.0 / (1.0 + std::exp(-z));
}

uint64_t Hash(std::string_view s, uint64_t seed = 1469598103934665603ULL) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
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

// True when some hash of `antonyms` is a term of `other` that `self` lacks:
// the later statement says "dead" where the earlier said "alive".
bool HasAntonym(const StatementFeatures& self, const StatementFeatures& other) {
  auto i = self.antonyms.begin(), j = other.terms.begin();
  while (i != self.antonyms.end() && j != other.terms.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else {
      if (!Contains(self.terms, *i)) return true;
      ++i; ++j;
    }
  }
  return false;
}

bool IsNegated(const StatementFeatures& f, uint64_t stem) {
  for (const auto& n : f.negated)
    if (n.stem == stem) return true;
  return false;
}

// A word negated in `self` that `other` states without negation.
const StatementFeatures::Negated* NegatedShared(const StatementFeatures& self,
                                                const StatementFeatures& other) {
  for (const auto& n : self.negated)
    if (Contains(other.terms, n.stem) && !IsNegated(other, n.stem)) return &n;
  return nullptr;
}

bool SameValue(double a, double b) {
  return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

bool HasValue(const StatementFeatures& f, uint64_t unit, double value) {
  for (const auto& n : f.numbers)
    if (n.unit == unit && SameValue(n.value, value)) return true;
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
  return words >= 3 && caps * 10 >= words * 7;
}

// Parses "2,000", "1.5", "19m", "2bn", "1990s". Returns false when `t` has
// no leading digits.
bool ParseNumber(std::string_view t, double* value) {
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

uint64_t StemHash(const std::string& lower, bool cyrillic) {
  return Hash(Stem(lower, cyrillic));
}

bool HasCyrillic(std::string_view s) {
  for (unsigned char c : s)
    if (c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3) return true;
  return false;
}

}  // namespace

std::string_view PairLabelName(PairLabel label) {
  switch (label) {
    case PairLabel::kDuplicate: return "duplicate";
    case PairLabel::kContradiction: return "contradiction";
    case PairLabel::kUnrelated: break;
  }
  return "unrelated";
}

PairMatcher::PairMatcher(MatchThresholds thresholds, std::string_view wordnet_dir)
    : thresholds_(thresholds) {
  auto tables = std::make_unique<Tables>();
  for (const auto& [a, b] : lexicon::LoadAntonyms(wordnet_dir)) {
    uint64_t ha = StemHash(a, HasCyrillic(a)), hb = StemHash(b, HasCyrillic(b));
    if (ha == hb) continue;
    tables->antonyms[ha].push_back(hb);
    tables->antonyms[hb].push_back(ha);
  }
  for (auto& [stem, list] : tables->antonyms) {
    SortUnique(&list);
    tables->pairs += list.size();
  }
  tables->pairs /= 2;
  tables_ = std::move(tables);
}

PairMatcher::~PairMatcher() = default;

size_t PairMatcher::antonym_count() const { return tables_->pairs; }

StatementFeatures PairMatcher::Analyze(std::string_view text, std::string_view language) const {
  (void)language;  // Words are stemmed by their script; see the header.
  StatementFeatures f;
  f.text.assign(text);
  std::vector<Token> tokens = Tokenize(f.text);
  f.title_case = LooksTitleCase(tokens);
  f.question = f.text.find('?') != std::string::npos;

  int negation_window = 0;  // content words still to look at after a negation
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
    if (lexicon::IsNegation(t.lower)) {
      ++f.negations;
      negation_window = 3;
      negation_begin = t.begin;
      continue;
    }
    if (int strength = lexicon::RefutingCueStrength(t.lower)) note_cue(t, strength);
    if (lexicon::IsHedge(t.lower)) ++f.hedges;

    double value = 0;
    bool is_number = t.digit ? ParseNumber(t.lower, &value)
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
      // The unit is the next content word ("rounds", "people", "years").
      for (size_t k = j; k < tokens.size() && k < j + 2; ++k) {
        const Token& u = tokens[k];
        if (u.digit || lexicon::IsStopWord(u.lower) || lexicon::IsNegation(u.lower)) continue;
        n.unit = StemHash(u.lower, u.cyrillic);
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
    uint64_t stem = StemHash(t.lower, t.cyrillic);
    f.terms.push_back(stem);
    f.words.push_back({stem, {t.begin, t.end}});
    if (previous_stem) f.shingles.push_back(Combine(previous_stem, stem));
    previous_stem = stem;
    if (negation_window > 0) {
      f.negated.push_back({stem, {negation_begin, t.end}});
      negation_window = 0;
    }
    if (t.capitalised && !t.sentence_start && !f.title_case) f.entities.push_back(stem);
  }
  SortUnique(&f.terms);
  SortUnique(&f.shingles);
  SortUnique(&f.entities);
  for (uint64_t term : f.terms) {
    auto it = tables_->antonyms.find(term);
    if (it != tables_->antonyms.end())
      f.antonyms.insert(f.antonyms.end(), it->second.begin(), it->second.end());
  }
  SortUnique(&f.antonyms);
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
  s.v[kNumMismatch] = NumberMismatch(a, b, nullptr, nullptr) ? 1 : 0;
  s.v[kNumShared] = AnyNumberShared(a, b) ? 1 : 0;
  s.v[kStrongCueDiff] = Clamp01(std::abs(a.strong_cues - b.strong_cues) / 2.0);
  s.v[kWeakCueDiff] = Clamp01(std::abs(a.weak_cues - b.weak_cues) / 2.0);
  s.v[kNegDiff] = (a.negations % 2) != (b.negations % 2) ? 1 : 0;
  s.v[kNegShared] = (NegatedShared(a, b) || NegatedShared(b, a)) ? 1 : 0;
  s.v[kAntonym] = (HasAntonym(a, b) || HasAntonym(b, a)) ? 1 : 0;
  s.v[kHedgeDiff] = Clamp01(std::abs(a.hedges - b.hedges) / 2.0);
  s.v[kQuestion] = (a.question || b.question) ? 1 : 0;
  s.v[kTitleCase] = (a.title_case || b.title_case) ? 1 : 0;
  s.v[kStrongCueAny] = Clamp01(std::max(a.strong_cues, b.strong_cues) / 2.0);
  return s;
}

double PairMatcher::SimilarityScore(const PairSignals& s) const {
  return Logistic(kSimilarityModel, s);
}

double PairMatcher::ContradictionScore(const PairSignals& s) const {
  // A contradiction needs a shared subject: without a shared content word
  // the pair is about something else, whatever its cues.
  if (s.v[kCovMax] <= 0) return 0;
  return Logistic(kContradictionModel, s);
}

PairJudgement PairMatcher::Judge(const StatementFeatures& earlier,
                                 const StatementFeatures& later) const {
  PairSignals s = Signals(earlier, later);
  PairJudgement j;
  j.similarity = SimilarityScore(s);
  j.contradiction = ContradictionScore(s);
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
    if (const auto* n = NegatedShared(b, a)) {
      std::string part = "negated in later: ";
      AppendQuoted(&part, SpanText(b, n->span));
      AppendPart(&out, part);
    } else if (const auto* m = NegatedShared(a, b)) {
      std::string part = "negated in earlier: ";
      AppendQuoted(&part, SpanText(a, m->span));
      AppendPart(&out, part);
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
