// File: quotes/extractor.cc
//
// Pipeline per article (each stage a member function of Impl):
//   Tokenize      one pass over the text; tokens are byte spans + a class
//   PairQuotes    double quotes paired by type per paragraph; single quotes
//                 only where a paragraph has no double quotes (headlines)
//   ChainQuotes   "a paragraph that opens a quote without closing it
//                 continues into the next that opens with a quote mark"
//   FindPersons   names with their roles ("Kremlin spokesperson Dmitry
//                 Peskov"), for surname / pronoun / role-noun resolution
//   Sentences     split outside quotes, abbreviation-aware
//   Attribute     per sentence: pick the cue, find speaker and content
// Everything works on token indices into the reused `tokens_` vector; strings
// are built only for the Quote fields that are strings.
#include "quotes/extractor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "common/utf8.h"
#include "ingest/markup.h"
#include "quotes/lexicon.h"

namespace qtrack {
namespace {

using quotes_internal::CueEntry;

enum TokType : uint8_t {
  kWord,
  kNumber,
  kDQuote,   // a double quote mark; `mark` says which
  kSQuote,   // a single quote mark that is not an apostrophe
  kComma,
  kPeriod,   // . ! ? …
  kColon,
  kSemicolon,
  kDash,     // — – ― and spaced hyphens
  kOther,
};

// Which quote mark a kDQuote/kSQuote token is.
enum Mark : uint8_t {
  kNoMark,
  kStraight,    // "
  kLeftCurly,   // “ (opens in English, closes „ in Russian/Ukrainian)
  kRightCurly,  // ”
  kGuilOpen,    // «
  kGuilClose,   // »
  kLow9,        // „
  kSingleOpen,  // ‘ or ' before a word
  kSingleClose, // ’ or ' after a word
};

enum TokFlags : uint8_t {
  kCap = 1,        // first letter upper case
  kAdjacentPrev = 2,  // no space between this token and the previous one
};

struct Token {
  uint32_t begin = 0, end = 0;
  TokType type = kOther;
  Mark mark = kNoMark;
  uint8_t flags = 0;
  int32_t quote = -1;  // index into quotes_ of the top-level quote holding it
  const CueEntry* cue = nullptr;
  uint32_t classes = 0;  // quotes_internal::WordClass bits
};

struct QuoteSpan {
  uint32_t open_tok = 0, close_tok = 0;  // close_tok: last token inside when unclosed
  uint32_t begin = 0, end = 0;           // bytes, marks included
  int32_t chain = -1;                    // multi-paragraph chain id
  bool closed = false;
  bool single = false;
};

struct Person {
  std::string name;
  std::string role;
  std::string_view surname;  // into the article text
  uint32_t pos = 0;          // byte offset of the first mention
};

// A token range [b, e).
struct Range {
  int b = 0, e = 0;
  bool empty() const { return e <= b; }
};

struct Attribution {
  Range cue, speaker, addressee, via;
  Range content[3];
  int n_content = 0;
  absl::CivilDay said_on;
  bool has_date = false;
  bool according = false;
  bool weak = false;  // through a weak cue (see quotes_internal::kCueWeak)
  float rate = 0;
  // Where a clause of another subject starts after the content (`While he
  // acknowledged ..., Ham also noted ...`): searched again; -1 when none.
  int next_clause = -1;
};

// An attribution through a rule rather than a lexicon cue (a verb the
// lexicon lacks, "In <poll>, ..."): weak, with the prior of a weak cue.
Attribution WeakAttribution(Range speaker, Range cue, Range content) {
  Attribution a;
  a.speaker = speaker;
  a.cue = cue;
  a.rate = 0.4f;
  a.weak = true;
  a.content[0] = content;
  a.n_content = 1;
  return a;
}

// ---------------------------------------------------------------------------
// Character classes.

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Code points above ASCII that are punctuation or space rather than letters.
bool IsNonLetter(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD || cp == 0xB7 || cp == 0xA9 ||
         cp == 0xAE || cp == 0xB0 || (cp >= 0x2190 && cp <= 0x2BFF);
}

bool IsUpperCp(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x400 && cp <= 0x42F) || cp == 0x490;
}

// Lowercases ASCII and Cyrillic into `buf` (cap bytes); longer words are
// truncated, which only makes them miss the lexicon.
std::string_view Lower(std::string_view w, char* buf, size_t cap) {
  size_t n = std::min(w.size(), cap);
  // Fast path: ASCII words (most of English text).
  size_t i = 0;
  for (; i < n; ++i) {
    unsigned char c = w[i];
    if (c >= 0x80) break;
    buf[i] = (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
  }
  for (; i < n; ++i) {
    unsigned char c = w[i];
    if (c >= 'A' && c <= 'Z') {
      buf[i] = c | 0x20;
    } else if (c == 0xD0 && i + 1 < n) {
      unsigned char d = w[i + 1];
      if (d >= 0x90 && d <= 0x9F) {  // А-П
        buf[i] = 0xD0; buf[i + 1] = d + 0x20;
      } else if (d >= 0xA0 && d <= 0xAF) {  // Р-Я
        buf[i] = 0xD1; buf[i + 1] = d - 0x20;
      } else if (d >= 0x80 && d <= 0x8F) {  // Ѐ-Џ (Ё Є І Ї)
        buf[i] = 0xD1; buf[i + 1] = d + 0x10;
      } else {
        buf[i] = c; buf[i + 1] = d;
      }
      ++i;
    } else if (c == 0xD2 && i + 1 < n && w[i + 1] == char(0x90)) {  // Ґ
      buf[i] = 0xD2; buf[i + 1] = 0x91; ++i;
    } else {
      buf[i] = c;
    }
  }
  return std::string_view(buf, n);
}

// Strips a possessive "'s" / "’s" from a name ("Trump's" → "Trump").
std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// The nominative of a Russian or Ukrainian name in the genitive, as after
// "по словам" / "за словами": Пескова → Песков, Зеленского → Зеленский,
// Сибіги → Сибіга, Захаровой → Захарова, Дмитрия → Дмитрий. A small suffix
// table, not a morphology: men's surnames in -ов/-ев/-ин and adjectival
// ones, feminine -а nouns; other words come back unchanged.
std::string CyrillicNominative(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      // Adjectival surnames.
      {"ского", "ский"}, {"цкого", "цкий"}, {"ського", "ський"}, {"цького", "цький"},
      // Feminine surnames.
      {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ової", "ова"}, {"евої", "ева"}, {"іної", "іна"},
      // Men's surnames in -ов/-ев/-ёв/-ин/-ын.
      {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"}, {"іна", "ін"},
      // First names: Дмитрия → Дмитрий, Сергея → Сергей, Андрія → Андрій.
      {"ии", "ия"}, {"ії", "ія"}, {"ия", "ий"}, {"ея", "ей"}, {"ія", "ій"}, {"ая", "ай"},
      // Feminine -а nouns (Сибіга → Сибіги, Шмыга → Шмыги).
      {"ги", "га"}, {"ки", "ка"}, {"хи", "ха"},
  };
  for (const auto& [from, to] : kSuffixes) {
    // At least two letters (four bytes) of stem.
    if (w.size() >= from.size() + 4 && EndsWith(w, from)) {
      std::string out(w.substr(0, w.size() - from.size()));
      out += to;
      return out;
    }
  }
  // Consonant-stem first names and surnames: Владимира → Владимир,
  // Зеленского handled above; Шмигаля → Шмигаль is left alone.
  static constexpr std::string_view kConsonantA[] = {"ра", "ла", "на", "та", "да", "ма", "са", "ка"};
  for (std::string_view suf : kConsonantA)
    if (w.size() >= 8 && EndsWith(w, suf)) return std::string(w.substr(0, w.size() - 2));
  return std::string(w);
}

bool IsCyrillicWord(std::string_view w) {
  return w.size() >= 2 && ((unsigned char)w[0] == 0xD0 || (unsigned char)w[0] == 0xD1 ||
                           (unsigned char)w[0] == 0xD2);
}

bool ParseIsoDay(std::string_view s, absl::CivilDay* day) {
  int y, m, d;
  if (s.size() < 10) return false;
  std::string head(s.substr(0, 10));
  if (std::sscanf(head.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
  *day = absl::CivilDay(y, m, d);
  return true;
}

std::string FormatDay(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

int WeekdayIndex(absl::CivilDay d) {  // Monday = 0
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday: return 0;
    case absl::Weekday::tuesday: return 1;
    case absl::Weekday::wednesday: return 2;
    case absl::Weekday::thursday: return 3;
    case absl::Weekday::friday: return 4;
    case absl::Weekday::saturday: return 5;
    case absl::Weekday::sunday: return 6;
  }
  return 0;
}

}  // namespace

namespace qi = quotes_internal;

struct QuoteExtractor::Impl {
  explicit Impl(QuoteOptions o) : options(o) {}

  QuoteOptions options;
  const Article* article = nullptr;
  std::string_view text;
  std::vector<Token> tokens_;
  std::vector<Range> para_tokens_;  // per paragraph
  std::vector<QuoteSpan> quotes_;
  std::vector<int> stack_;
  std::vector<Range> sentences_;
  std::vector<Person> persons_;
  std::vector<char> quote_used_;
  absl::CivilDay article_day;
  bool has_article_day = false;
  int last_speaker_person_ = -1;
  int last_speaker_para_ = -100;
  int consumed_para_ = -1;  // paragraph taken as the content of a "said:" line
  char lower_buf_[64];

  // --- token helpers -------------------------------------------------------
  // The token predicates below run in every rule's inner loops: inlined
  // (GCC left them out of line once TryCue grew; measured 10% of the
  // extractor's instructions).
  ABSL_ATTRIBUTE_ALWAYS_INLINE std::string_view Tok(int i) const {
    return text.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  std::string_view LowerTok(int i) { return Lower(Tok(i), lower_buf_, sizeof lower_buf_); }
  ABSL_ATTRIBUTE_ALWAYS_INLINE uint32_t Classes(int i) const { return tokens_[i].classes; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Is(int i, uint32_t cls) { return (Classes(i) & cls) != 0; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsWord(int i) const { return tokens_[i].type == kWord; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsCap(int i) const {
    return tokens_[i].type == kWord && (tokens_[i].flags & kCap);
  }
  // REQUIRES: w is lowercase. Compares without hashing or copying; the
  // length test, which rejects most words, is inlined.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool LowerIs(int i, std::string_view w) {
    const Token& t = tokens_[i];
    if (t.type != kWord || t.end - t.begin != w.size()) return false;
    return LowerIsSameLength(i, w);
  }
  bool LowerIsSameLength(int i, std::string_view w) {
    const Token& t = tokens_[i];
    if (((unsigned char)w[0]) < 0x80) {
      for (size_t k = 0; k < w.size(); ++k) {
        unsigned char c = text[t.begin + k];
        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)w[k]) return false;
      }
      return true;
    }
    return LowerTok(i) == w;
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsOpenQuote(int i) const {
    const Token& t = tokens_[i];
    return t.quote >= 0 && quotes_[t.quote].open_tok == uint32_t(i);
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsCloseQuote(int i) const {
    const Token& t = tokens_[i];
    return t.quote >= 0 && quotes_[t.quote].closed && quotes_[t.quote].close_tok == uint32_t(i);
  }
  std::string RangeText(Range r) const {
    if (r.empty()) return "";
    return std::string(text.substr(tokens_[r.b].begin, tokens_[r.e - 1].end - tokens_[r.b].begin));
  }

  void Extract(const Article& a, std::vector<Quote>* out);
  void Tokenize();
  void TokenizeParagraph(Span p);
  void PairQuotes(Range p, Range next, int skip = -1);
  void PairSingleQuotes(Range p);
  void ChainQuotes();
  void FindPersons();
  void SplitSentences(Range p);
  bool FindAttribution(Range s, int from, Attribution* a, bool nested = false);
  void AttributeSentence(Range s, std::vector<Attribution>* found);
  void AddNested(const Attribution& a, std::vector<Attribution>* found);
  bool UnknownParticiple(const Attribution& a, int p, int e, bool nested, std::vector<Attribution>* found);
  Range inherited_speaker_;  // the speaker a participle cue continues
  std::vector<Attribution> attributions_;
  bool TryCue(Range s, int c, Attribution* a);
  bool TryAccording(Range s, int c, int cue_end, Attribution* a);
  bool TryNounCue(Range s, int c, Attribution* a);
  bool TryColonQuote(Range s, int from, Attribution* a);
  bool TryAsPutIt(Range s, int from, Attribution* a);
  bool TryQuoteAfterColon(Range s, int from, Attribution* a);
  bool TryOpeningQuote(Range s, int from, Attribution* a);
  bool TryClosingVerb(Range s, int from, Attribution* a);
  bool TrySubjectVerbQuote(Range s, int from, Attribution* a);
  bool VerbLike(int i);
  // Whether token i is one of `words` (lowercase), case-insensitively.
  template <size_t N>
  bool LowerIsAny(int i, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
      if (LowerIs(i, w)) return true;
    return false;
  }
  // Common irregular past tenses ("went", "told"): verbs VerbLike misses.
  bool IrregularPast(int i) {
    static constexpr std::string_view kIrregularPast[] = {
        "kept", "went", "made", "took", "gave", "said", "told", "left", "came", "got", "ran", "held", "met",
        "saw", "sent", "spent", "won", "lost", "began", "brought", "thought", "urged", "vowed", "spoke",
        "wrote", "stood", "sat"};
    return LowerIsAny(i, kIrregularPast);
  }
  // "this weekend", "last month", "next Tuesday": a time tail of two words.
  bool RelativeTime(int i) {
    return i + 1 < int(tokens_.size()) && IsWord(i) && IsWord(i + 1) &&
           (LowerIs(i, "this") || LowerIs(i, "last") || LowerIs(i, "next")) &&
           Is(i + 1, qi::kTimeWord | qi::kWeekday | qi::kMonth);
  }
  // A word that opens a noun phrase as a determiner does: "several groups",
  // "one GOP source", "dozens of lawmakers".
  bool IsQuantifier(int i) {
    static constexpr std::string_view kQuantifiers[] = {"one",  "two",  "three", "several", "another",
                                                        "some", "many", "both",  "dozens",  "hundreds"};
    return LowerIsAny(i, kQuantifiers);
  }
  // The closing mark's index when a closed quote of at most five tokens
  // (a show or outlet name: "Morning Joe") opens at i; else -1.
  int ShortQuoteClose(int i) const {
    if (!IsOpenQuote(i)) return -1;
    const QuoteSpan& q = quotes_[tokens_[i].quote];
    return q.closed && int(q.close_tok) - i <= 6 ? int(q.close_tok) : -1;
  }
  // A lowercase -ly word ("repeatedly", "quickly").
  bool IsAdverb(int i) {
    std::string_view w = Tok(i);
    return IsWord(i) && !IsCap(i) && tokens_[i].quote < 0 && w.size() > 4 && EndsWith(w, "ly");
  }
  bool TryVerbThat(Range s, int from, Attribution* a);
  // `X laughed and <cue>`: with `prev` the "and" before the cue, the
  // subject X of the -ed verb before it when X opens the clause; else empty.
  Range VerbAndCueSubject(Range s, int prev) {
    if (prev - 2 < s.b || !LowerIs(prev, "and")) return Range{};
    if (IsWord(prev - 1) && !IsCap(prev - 1) && EndsWith(Tok(prev - 1), "ed")) {
      Range np = LeftNP(s.b, prev - 2);
      if (!SpeakerLike(np)) return Range{};
      if (np.b > s.b && tokens_[np.b - 1].type != kComma) return Range{};
      return np;
    }
    return CoordinatedVerbSubject(s, prev);
  }
  Range CoordinatedVerbSubject(Range s, int conj);
  bool TryInSource(Range s, int from, Attribution* a);
  int ClauseVerb(int k, int e);
  int ClauseCut(Range s, Range after);
  bool CutBefore(const Attribution& next, Attribution* first);
  bool CutAtClause(int b, Attribution* first);
  bool CutBeforeQuotedNested(const Attribution& inner, Attribution* outer);
  // Words and numbers in r.
  int CountWords(Range r) {
    int words = 0;
    for (int t = r.b; t < r.e; ++t) words += IsWord(t) || tokens_[t].type == kNumber;
    return words;
  }
  int ClosingVerbEnd(int k, int e);
  Range LeftNP(int s, int j);
  Range Apposition(Range s, int comma);
  bool ParagraphForms(Range p, std::vector<Quote>* out);
  Range RightNP(int k, int e, int max_len);
  Range SubjectNP(Range s, int c);
  int OpeningParticipleEnd(Range s, int c, int cue_end, Range* speaker);
  bool SpeakerLike(Range np);
  int SkipTail(int k, int e, Attribution* a);
  int ParseDate(int k, int e, absl::CivilDay* day);
  int ContinuationQuote(int k, int e);
  Range TrimContent(Range r);
  void Emit(const Attribution& a, std::vector<Quote>* out);
  void Resolve(Range np, Quote* q);
  void FinishChains(std::vector<Quote>* out);
  int FindPersonBySurname(std::string_view surname) const;
  bool genitive_mention_ = false;  // the speaker is named in the genitive ("по словам Пескова")
  int FindPersonByRole(Range np);
  int LastPersonBefore(uint32_t pos) const;
};

// ---------------------------------------------------------------------------
// Tokenizer.

void QuoteExtractor::Impl::Tokenize() {
  tokens_.clear();
  para_tokens_.clear();
  for (const Span& p : article->paragraphs) {
    Span q{std::min(p.begin, text.size()), std::min(p.end, text.size())};
    // Markup left in the text (`<tweet author="..." ...>...<tweet/>` from a
    // scraper) is no prose: it splits the paragraph, so no sentence runs
    // across it and its attribute quotes pair with nothing.
    ForEachProseRun(text, q, [&](Span piece, bool last) {
      int b = tokens_.size();
      if (!piece.empty()) TokenizeParagraph(piece);
      if (int(tokens_.size()) > b || last) para_tokens_.push_back(Range{b, int(tokens_.size())});
    });
  }
  // Two-word cues ("called for", "pointed out"): the verb carries the cue.
  char verb_buf[64];
  for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    if (!(t.classes & qi::kParticleVerb) || tokens_[i + 1].type != kWord) continue;
    std::string_view verb = Lower(Tok(i), verb_buf, sizeof verb_buf);
    const CueEntry* e = qi::LookupParticleCue(verb, LowerTok(i + 1));
    // A strong verb keeps its own entry unless the pair is a surer cue
    // ("warned of" 0.83 over "warned" 0.66).
    if (e && (!t.cue || (t.cue->flags & qi::kCueWeak) || e->rate > t.cue->rate)) t.cue = e;
  }
}

void QuoteExtractor::Impl::TokenizeParagraph(Span p) {
  size_t i = p.begin;
  bool space_before = true;
  auto push = [&](size_t b, size_t e, TokType t, Mark m = kNoMark) {
    Token tok;
    tok.begin = b;
    tok.end = e;
    tok.type = t;
    tok.mark = m;
    if (!space_before) tok.flags |= kAdjacentPrev;
    tokens_.push_back(tok);
    space_before = false;
  };
  auto letter_at = [&](size_t pos) -> bool {
    if (pos >= p.end) return false;
    unsigned char c = text[pos];
    if (c < 0x80) return IsAsciiAlpha(c) || IsDigit(c);
    size_t q = pos;
    char32_t cp = DecodeUtf8(text.substr(0, p.end), &q);
    return !IsNonLetter(cp);
  };
  while (i < p.end) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      space_before = true;
      continue;
    }
    size_t start = i;
    char32_t cp = c;
    size_t next = i + 1;
    if (c >= 0x80) {
      next = i;
      cp = DecodeUtf8(text.substr(0, p.end), &next);
    }
    bool letter = c < 0x80 ? (IsAsciiAlpha(c) || IsDigit(c)) : !IsNonLetter(cp);
    if (letter) {
      bool number = IsDigit(c);
      size_t j = next;
      while (j < p.end) {
        unsigned char d = text[j];
        if (d < 0x80) {
          if (IsAsciiAlpha(d) || IsDigit(d)) { ++j; continue; }
          // Internal apostrophe, hyphen, or decimal/thousands separator.
          if ((d == '\'' || d == '-') && letter_at(j + 1)) { j += 1; continue; }
          if ((d == '.' || d == ',' || d == '/') && number && j + 1 < p.end && IsDigit(text[j + 1])) { ++j; continue; }
          // "U.S." style abbreviations: single letters separated by periods.
          if (d == '.' && j + 1 < p.end && IsAsciiAlpha(text[j + 1]) &&
              (j + 2 >= p.end || text[j + 2] == '.') && (j - start == 1 || text[j - 2] == '.')) {
            j += 2;
            if (j < p.end && text[j] == '.' ) ++j;
            break;
          }
          break;
        }
        size_t q = j;
        char32_t e = DecodeUtf8(text.substr(0, p.end), &q);
        if (e == 0x2019 || e == 0x2BC) {  // ’ ʼ inside a word is an apostrophe
          if (letter_at(q)) { j = q; continue; }
          break;
        }
        if (IsNonLetter(e)) break;
        j = q;
      }
      push(start, j, number ? kNumber : kWord);
      Token& t = tokens_.back();
      if (!number && IsUpperCp(cp)) t.flags |= kCap;
      auto lower_ascii = [](unsigned char ch) { return ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch; };
      size_t n = j - start;
      unsigned char last = text[j - 1];
      unsigned char second = text[n > 1 ? start + 1 : start], second_last = text[n > 1 ? j - 2 : start];
      if (!number && n <= 32 &&
          ((c | last | second | second_last) >= 0x80 ||
           qi::MaybeLexiconWord(lower_ascii(c), lower_ascii(second), lower_ascii(second_last), lower_ascii(last), n))) {
        if (const qi::WordInfo* info = qi::LookupWord(LowerTok(tokens_.size() - 1))) {
          t.cue = info->cue;
          t.classes = info->classes;
        }
      }
      i = j;
      continue;
    }
    TokType type = kOther;
    Mark mark = kNoMark;
    switch (cp) {
      case '"': type = kDQuote; mark = kStraight; break;
      case 0x201C: type = kDQuote; mark = kLeftCurly; break;
      case 0x201D: type = kDQuote; mark = kRightCurly; break;
      case 0xAB: type = kDQuote; mark = kGuilOpen; break;
      case 0xBB: type = kDQuote; mark = kGuilClose; break;
      case 0x201E: type = kDQuote; mark = kLow9; break;
      case 0x2018: type = kSQuote; mark = kSingleOpen; break;
      case '\'':
        if (next < p.end && text[next] == '\'') {  // '' used as a double quote (NYT)
          type = kDQuote; mark = kStraight; ++next;
          break;
        }
        [[fallthrough]];
      case 0x2019:
        type = kSQuote;
        mark = (space_before && letter_at(next)) ? kSingleOpen : kSingleClose;
        break;
      case ',': type = kComma; break;
      case '.': case '!': case '?': case 0x2026: type = kPeriod; break;
      case ':': type = kColon; break;
      case ';': type = kSemicolon; break;
      case 0x2014: case 0x2013: case 0x2015: type = kDash; break;
      case '-':
        if (next < p.end && text[next] == '-') { type = kDash; ++next; }
        else if (space_before) type = kDash;
        break;
      default: break;
    }
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0xFEFF) {
      i = next;
      space_before = true;
      continue;
    }
    // Runs of periods ("...") are one token.
    if (type == kPeriod && c == '.')
      while (next < p.end && text[next] == '.') ++next;
    push(start, next, type, mark);
    i = next;
  }
}

// ---------------------------------------------------------------------------
// Quote pairing.

// Families of marks that may continue a quote into the next paragraph.
static int MarkFamily(Mark m) {
  switch (m) {
    case kStraight: return 1;
    case kLeftCurly: case kRightCurly: case kLow9: return 2;
    case kGuilOpen: case kGuilClose: return 3;
    default: return 0;
  }
}

void QuoteExtractor::Impl::PairQuotes(Range p, Range next, int skip) {
  stack_.clear();
  size_t first_quote = quotes_.size();
  bool any_double = false;
  auto close = [&](int open, int close_tok) {
    // Only top-level quotes are recorded; nested ones stay part of it.
    if (!stack_.empty()) return;
    QuoteSpan q;
    q.open_tok = open;
    q.close_tok = close_tok;
    q.begin = tokens_[open].begin;
    q.end = tokens_[close_tok].end;
    q.closed = true;
    quotes_.push_back(q);
  };
  for (int i = p.b; i < p.e; ++i) {
    Token& t = tokens_[i];
    if (t.type != kDQuote || i == skip) continue;
    any_double = true;
    Mark top = stack_.empty() ? kNoMark : tokens_[stack_.back()].mark;
    switch (t.mark) {
      case kGuilOpen: case kLow9:
        stack_.push_back(i);
        break;
      case kGuilClose:
        while (!stack_.empty() && tokens_[stack_.back()].mark != kGuilOpen) stack_.pop_back();
        if (!stack_.empty()) { int o = stack_.back(); stack_.pop_back(); close(o, i); }
        break;
      case kLeftCurly: {
        // `“It's unusual,“ said ...`: a “ in closing position (after a word
        // or punctuation, before a space) closes an open “.
        bool closing_position = (t.flags & kAdjacentPrev) && i > p.b && tokens_[i - 1].type != kDQuote &&
                                (i + 1 >= p.e || !(tokens_[i + 1].flags & kAdjacentPrev));
        if (top == kLow9 || (top == kLeftCurly && closing_position)) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else {
          stack_.push_back(i);
        }
        break;
      }
      case kRightCurly:
        if (top == kLeftCurly || top == kLow9) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else if (top == kStraight) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else if (stack_.empty() && i + 1 < p.e && !(tokens_[i + 1].flags & kAdjacentPrev) == false &&
                   tokens_[i + 1].type == kWord && !(t.flags & kAdjacentPrev)) {
          stack_.push_back(i);  // ” used as an opening mark
        }
        break;
      case kStraight: {
        // `“Immunity deals ... FBI," Chaffetz said`: a straight mark in
        // closing position (after a word, before a space) closes a curly one.
        bool closing_position = (t.flags & kAdjacentPrev) &&
                                (i + 1 >= p.e || !(tokens_[i + 1].flags & kAdjacentPrev));
        if (closing_position && (top == kLeftCurly || top == kLow9)) {
          int o = stack_.back();
          stack_.pop_back();
          close(o, i);
          break;
        }
        auto it = std::find_if(stack_.rbegin(), stack_.rend(),
                               [&](int o) { return tokens_[o].mark == kStraight; });
        if (it != stack_.rend()) {
          int o = *it;
          stack_.erase(std::next(it).base(), stack_.end());
          close(o, i);
        } else {
          stack_.push_back(i);
        }
        break;
      }
      default: break;
    }
  }
  if (!stack_.empty()) {
    // Unclosed: the outermost quote runs to the paragraph's end (and may
    // continue in the next paragraph, see ChainQuotes).
    int o = stack_.front();
    stack_.clear();
    bool continued = !next.empty() && tokens_[next.b].type == kDQuote &&
                     MarkFamily(tokens_[next.b].mark) == MarkFamily(tokens_[o].mark);
    if (o == p.b && !continued) {
      // A mark opening a paragraph and never closed nor continued is a
      // block-quote marker ("Melanie thought ...): pair the rest without it.
      quotes_.resize(first_quote);
      PairQuotes(p, next, o);
      return;
    }
    if (o + 1 < p.e && text.size() > 0 &&
        tokens_[p.e - 1].end - tokens_[o].begin <= options.max_quote_bytes) {
      QuoteSpan q;
      q.open_tok = o;
      q.close_tok = p.e - 1;
      q.begin = tokens_[o].begin;
      q.end = tokens_[p.e - 1].end;
      q.closed = false;
      quotes_.push_back(q);
    }
  }
  if (!any_double) PairSingleQuotes(p);
}

// Headlines use single quotes: `Lavrov says NATO 'should have been
// dissolved.'`. An apostrophe inside a word never reaches here (the
// tokenizer keeps it in the word); a closing mark needs an opening one
// before it in the same paragraph, which keeps "Democrats' votes" out.
void QuoteExtractor::Impl::PairSingleQuotes(Range p) {
  int open = -1;
  for (int i = p.b; i < p.e; ++i) {
    const Token& t = tokens_[i];
    if (t.type != kSQuote) continue;
    if (t.mark == kSingleOpen) {
      if (open < 0) open = i;
    } else if (open >= 0 && i - open >= 3) {
      QuoteSpan q;
      q.open_tok = open;
      q.close_tok = i;
      q.begin = tokens_[open].begin;
      q.end = t.end;
      q.closed = true;
      q.single = true;
      quotes_.push_back(q);
      open = -1;
    }
  }
}

void QuoteExtractor::Impl::ChainQuotes() {
  int chain = 0;
  for (size_t qi = 0; qi < quotes_.size(); ++qi) {
    QuoteSpan& q = quotes_[qi];
    for (uint32_t t = q.open_tok; t <= q.close_tok; ++t) tokens_[t].quote = qi;
  }
  // An unclosed quote followed by a paragraph whose first token opens a
  // quote: the two are one statement.
  for (size_t qi = 0; qi + 1 < quotes_.size(); ++qi) {
    QuoteSpan& q = quotes_[qi];
    if (q.closed || q.single) continue;
    QuoteSpan& n = quotes_[qi + 1];
    // The next quote must open its paragraph: the token before it is the
    // end of q's paragraph.
    if (n.open_tok != q.close_tok + 1) continue;
    if (MarkFamily(tokens_[n.open_tok].mark) != MarkFamily(tokens_[q.open_tok].mark)) continue;
    if (q.chain < 0) q.chain = chain++;
    n.chain = q.chain;
  }
}

// ---------------------------------------------------------------------------
// Persons: "Kremlin spokesperson Dmitry Peskov" → name "Dmitry Peskov", role
// "Kremlin spokesperson". Later "Peskov", "he", "the Kremlin spokesperson"
// resolve to it.

void QuoteExtractor::Impl::FindPersons() {
  persons_.clear();
  const uint32_t kNotName = qi::kTitle | qi::kNationality | qi::kOrganisation | qi::kOutlet |
                            qi::kMonth | qi::kWeekday | qi::kDeterminer | qi::kPronoun |
                            qi::kBoundary | qi::kPreposition | qi::kIntro | qi::kAux | qi::kTimeWord;
  int n = tokens_.size();
  for (int i = 0; i < n; ++i) {
    if (!IsCap(i) || tokens_[i].quote >= 0 || Is(i, kNotName) || tokens_[i].cue) continue;
    int j = i + 1;
    while (j < n && IsCap(j) && (tokens_[j].flags & kAdjacentPrev) == 0 && !Is(j, kNotName) &&
           text.substr(tokens_[j - 1].end, tokens_[j].begin - tokens_[j - 1].end).find('\n') ==
               std::string_view::npos &&
           j - i < 4 && StripPossessive(Tok(j - 1)) == Tok(j - 1))
      ++j;
    if (j - i < 2) continue;
    std::string_view surname = StripPossessive(Tok(j - 1));
    if (FindPersonBySurname(surname) >= 0) { i = j - 1; continue; }
    // The role: title words, role nouns and capitalized words just before.
    int r = i;
    while (r > 0 && i - r < 6 && IsWord(r - 1) && tokens_[r - 1].quote < 0 &&
           (Is(r - 1, qi::kTitle | qi::kRoleNoun | qi::kNationality) ||
            (IsCap(r - 1) && !Is(r - 1, qi::kDeterminer | qi::kIntro | qi::kPreposition))))
      --r;
    Person person;
    person.name = std::string(text.substr(tokens_[i].begin, tokens_[j - 1].begin - tokens_[i].begin));
    person.name += surname;
    if (r < i) person.role = RangeText(Range{r, i});
    person.surname = surname;
    person.pos = tokens_[i].begin;
    persons_.push_back(std::move(person));
    i = j - 1;
  }
}

int QuoteExtractor::Impl::FindPersonBySurname(std::string_view surname) const {
  for (size_t i = 0; i < persons_.size(); ++i)
    if (persons_[i].surname == surname) return i;
  return -1;
}

int QuoteExtractor::Impl::LastPersonBefore(uint32_t pos) const {
  int best = -1;
  for (size_t i = 0; i < persons_.size(); ++i)
    if (persons_[i].pos < pos && (best < 0 || persons_[i].pos > persons_[best].pos)) best = i;
  return best;
}

// "the Russian leader" → the latest person before it whose role holds the
// head noun (or a synonym) and the other words.
int QuoteExtractor::Impl::FindPersonByRole(Range np) {
  int head = np.e - 1;
  std::string_view h = LowerTok(head);
  std::string head_word(h);
  static constexpr std::pair<const char*, const char*> kSynonyms[] = {
      {"leader", "president"}, {"leader", "minister"}, {"spokesman", "spokesperson"},
      {"spokeswoman", "spokesperson"}, {"envoy", "envoy"}, {"diplomat", "minister"},
      {"head", "president"}, {"head", "chief"}};
  int best = -1;
  for (size_t i = 0; i < persons_.size(); ++i) {
    if (persons_[i].pos >= tokens_[np.b].begin || persons_[i].role.empty()) continue;
    std::string role = persons_[i].role;
    for (char& c : role) c = (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
    bool ok = role.find(head_word) != std::string::npos;
    for (auto& [a, b] : kSynonyms)
      if (!ok && head_word == a && role.find(b) != std::string::npos) ok = true;
    if (!ok) continue;
    // Modifiers ("Russian", "Kremlin") must appear in the role too.
    for (int t = np.b; t < head && ok; ++t) {
      if (!IsWord(t) || Is(t, qi::kDeterminer)) continue;
      std::string w(LowerTok(t));
      if (role.find(w) == std::string::npos) ok = false;
    }
    if (ok) best = i;
  }
  return best;
}

// ---------------------------------------------------------------------------
// Sentences.

void QuoteExtractor::Impl::SplitSentences(Range p) {
  sentences_.clear();
  int start = p.b;
  int paren_depth = 0;
  for (int i = p.b; i < p.e; ++i) {
    const Token& t = tokens_[i];
    bool end = false;
    if (t.type == kOther && t.quote < 0) {
      if (Tok(i) == "(") ++paren_depth;
      else if (Tok(i) == ")" && paren_depth > 0) --paren_depth;
    }
    if (t.type == kPeriod && t.quote < 0) {
      end = true;
      if (i > p.b && (t.flags & kAdjacentPrev) && IsWord(i - 1) && Tok(i - 1).size() <= 4 &&
          (Is(i - 1, qi::kAbbreviation) || (Tok(i - 1).size() == 1 && IsCap(i - 1))))
        end = false;
      // "(D-N.C.)", "will.i.am": no space after the period, or inside
      // parentheses, is no sentence end.
      if (end && i + 1 < p.e && (tokens_[i + 1].flags & kAdjacentPrev)) end = false;
      if (end && paren_depth > 0) end = false;
      if (end && i + 1 < p.e) {
        const Token& n = tokens_[i + 1];
        // `... as the crowd booed. ("I don't want ...," one said.)`: a
        // parenthesis opening a sentence of its own.
        end = (n.type == kWord && (n.flags & kCap)) || n.type == kDQuote || n.type == kNumber ||
              n.type == kSQuote || n.type == kDash ||
              (n.type == kOther && Tok(i + 1) == "(" && i + 2 < p.e &&
               (IsOpenQuote(i + 2) || (tokens_[i + 2].type == kWord && (tokens_[i + 2].flags & kCap))));
      }
    } else if (IsCloseQuote(i) && i > p.b && tokens_[i - 1].type == kPeriod && i + 1 < p.e) {
      const Token& n = tokens_[i + 1];
      end = (n.type == kWord && (n.flags & kCap) && !n.cue) || n.type == kDQuote;
      // `"Why?" Clinton said.`: an attribution follows, the sentence goes on.
      if (end && ClosingVerbEnd(i + 1, p.e) >= 0) end = false;
      bool name_run = true;  // only a name between the quote and the cue
      for (int k = i + 1; end && k < p.e && k < i + 6; ++k) {
        if (tokens_[k].type == kPeriod && !((tokens_[k].flags & kAdjacentPrev) && IsWord(k - 1) &&
                                            Is(k - 1, qi::kAbbreviation)))
          break;
        if (tokens_[k].quote >= 0) break;
        if (tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak)) {
          // Only a closing attribution: the cue ends the sentence or is
          // followed by the speaker ("said Clinton."), or a name stands
          // before it ("Jeff Sessions said as he ...").
          int m = k + 1;
          while (m < p.e && m < k + 5 && IsCap(m)) ++m;
          // `.” She adds, “...”`: a cue, a comma and a quote opens the next
          // statement instead.
          bool opens_next = m + 1 < p.e && tokens_[m].type == kComma && IsOpenQuote(m + 1);
          if ((m >= p.e || tokens_[m].type == kPeriod || tokens_[m].type == kComma) && !opens_next) end = false;
          // A name and a cue followed by a clause of its own start the next
          // sentence: `."  Reid said both Rubio and Cruz are "..."`. A tail
          // ("as he launched", "on Tuesday", ".") closes the quote's.
          // (A comma and a quote open the next statement: `." Cruz says, "...`.)
          bool tail = k + 1 >= p.e || tokens_[k + 1].type == kPeriod ||
                      (tokens_[k + 1].type == kComma && !(k + 2 < p.e && IsOpenQuote(k + 2))) ||
                      (IsWord(k + 1) && !Is(k + 1, qi::kThat) &&
                       Is(k + 1, qi::kPreposition | qi::kTimeWord | qi::kWeekday | qi::kBoundary | qi::kAux));
          if (k > i + 1 && name_run && tail) end = false;
          break;
        }
        name_run &= (IsCap(k) && !Is(k, qi::kPronoun)) || tokens_[k].type == kPeriod;
      }
    }
    if (end) {
      sentences_.push_back(Range{start, i + 1});
      start = i + 1;
    }
  }
  if (start < p.e) sentences_.push_back(Range{start, p.e});
}

// ---------------------------------------------------------------------------
// Speaker noun phrases.

// The noun phrase ending at token j (inclusive), not crossing s: walks left
// over words until a clause boundary (comma, quote, "that", "and", ...).
Range QuoteExtractor::Impl::LeftNP(int s, int j) {
  if (j < s) return Range{j + 1, j + 1};
  if (!IsWord(j)) {
    // "Rep. Gwen Moore (D-Wis.) said": the phrase may end with a party tag.
    if (!(tokens_[j].type == kOther && Tok(j) == ")")) return Range{j + 1, j + 1};
    int o = j - 1;
    while (o > s && j - o < 8 && Tok(o) != "(") --o;
    if (o <= s || Tok(o) != "(" || !IsWord(o - 1)) return Range{j + 1, j + 1};
    Range r = LeftNP(s, o - 1);
    if (r.empty()) return Range{j + 1, j + 1};
    return Range{r.b, j + 1};
  }
  uint32_t cj = Classes(j);
  if (LowerIs(j, "who") || LowerIs(j, "which")) return Range{j, j + 1};
  // A person pronoun takes no modifiers: "at 86 she says" → "she".
  if (cj & qi::kPersonPronoun) return Range{j, j + 1};
  if (cj & (qi::kBoundary | qi::kPreposition)) return Range{j + 1, j + 1};
  int i = j;
  while (i > s && j - i < 14) {
    int k = i - 1;
    const Token& t = tokens_[k];
    if (t.quote >= 0) break;
    if (t.type == kNumber) { --i; continue; }
    // "a CNN/ORC poll": a slash joining two words.
    if (t.type == kOther && k > s && Tok(k) == "/" && (t.flags & kAdjacentPrev) &&
        (tokens_[k + 1].flags & kAdjacentPrev) && IsWord(k - 1)) { --i; continue; }
    // "Sanders’ aides": a plural possessive.
    if (t.type == kSQuote && t.quote < 0 && k > s && (t.flags & kAdjacentPrev) && IsWord(k - 1) &&
        (Tok(k - 1).back() == 's' || Tok(k - 1).back() == 'S') && !(tokens_[k + 1].flags & kAdjacentPrev)) { --i; continue; }
    // "Sen. Claire McCaskill (D-Mo.)": party tags and abbreviation periods.
    if (t.type == kOther && Tok(k) == ")") {
      int o = k - 1;
      while (o > s && k - o < 8 && Tok(o) != "(") --o;
      if (o > s && Tok(o) == "(") { i = o; continue; }
      break;
    }
    if (t.type == kPeriod && (t.flags & kAdjacentPrev) && k > s && IsWord(k - 1) &&
        (Is(k - 1, qi::kAbbreviation | qi::kTitle) || Tok(k - 1).size() == 1)) {
      i = k;
      continue;
    }
    if (t.type != kWord) break;
    if (t.cue && !(t.cue->flags & qi::kCueWeak) && !IsCap(k)) break;
    uint32_t c = Classes(k);
    if (c & qi::kPreposition) {
      // "a narrator in the Clinton ad": a preposition inside the phrase is
      // followed by a determiner or "of".
      // "Commission on Presidential Debates": inside a capitalized name.
      bool in_name = k > s && IsCap(k - 1) && IsCap(k + 1) && !Is(k + 1, qi::kMonth | qi::kWeekday);
      // "A spokeswoman for Hillary Clinton", "Republicans on the committee".
      if (k > s && (Is(k - 1, qi::kRoleNoun) || IsCap(k - 1)) && (IsCap(k + 1) || Is(k + 1, qi::kDeterminer)) &&
          !Is(k + 1, qi::kMonth | qi::kWeekday) && !LowerIs(k, "to"))
        in_name = true;
      // A subordinator ("While the mayor said") opens a clause, not a phrase.
      bool inner = LowerIs(k, "of") || in_name ||
                   (Is(k + 1, qi::kDeterminer) && !LowerIs(k, "on") && !LowerIs(k, "to") && !(c & qi::kBoundary));
      if (!inner) break;
      --i;
      continue;
    }
    if (c & qi::kBoundary) {
      // "Trump and Clinton said": "and" between two names stays.
      if (LowerIs(k, "and") && k > s && IsCap(k - 1) && IsCap(k + 1)) { --i; continue; }
      // "Regulators and consumer groups said": two noun phrases that
      // together open the clause (no verb in the first).
      if (LowerIs(k, "and") && k > s && IsWord(k - 1) && j - k <= 6) {
        Range r2 = LeftNP(s, k - 1);
        bool start = !r2.empty() && r2.e == k;
        for (int t = s; start && t < r2.b; ++t) start = IsWord(t) && Is(t, qi::kIntro);
        for (int t = r2.b; start && t < r2.e; ++t)
          start = !VerbLike(t) && !(IsWord(t) && Is(t, qi::kAux)) && !(tokens_[t].cue && !IsCap(t));
        if (start && SpeakerLike(r2)) { i = r2.b; break; }
      }
      break;
    }
    if (c & qi::kAux) break;
    // "meddling the California congressman said": a lowercase word before
    // a determiner is outside the phrase the determiner opens.
    if (Is(k + 1, qi::kDeterminer) && !IsCap(k) && !(c & (qi::kTitle | qi::kRoleNoun))) break;
    --i;
  }
  // Drop leading connectives ("But", "So") and time words ("Monday").
  while (i <= j && (Is(i, qi::kIntro) || Is(i, qi::kAux))) ++i;
  return Range{i, j + 1};
}

// `Richard Revesz, director of the Institute ..., said`: a name, a comma,
// an appositive phrase and a comma before the cue. Returns the whole
// mention, final comma included (as PolNeAR marks it), or an empty range.
Range QuoteExtractor::Impl::Apposition(Range s, int comma) {
  int k2 = comma - 1;
  while (k2 > s.b && tokens_[k2].type != kComma) {
    if (tokens_[k2].quote >= 0 || (tokens_[k2].cue && !(tokens_[k2].cue->flags & qi::kCueWeak) && !IsCap(k2)))
      return Range{};
    if (comma - k2 > 30) return Range{};
    --k2;
  }
  if (k2 <= s.b || k2 + 1 >= comma) return Range{};
  // `one of the family's attorneys, Justin Bamberg, said`: a role, then the
  // name in apposition.
  if (comma - (k2 + 1) <= 4) {
    bool name = true;
    for (int t = k2 + 1; t < comma && name; ++t) name = IsCap(t) || (tokens_[t].type == kPeriod && t > k2 + 1);
    if (name) {
      Range role = LeftNP(s.b, k2 - 1);
      bool lower = !role.empty() && !IsCap(role.b);
      if (lower && SpeakerLike(role) && role.e - role.b <= 8) {
        int before = role.b - 1;
        if (before < s.b || tokens_[before].type == kComma || IsCloseQuote(before)) return Range{role.b, comma + 1};
      }
    }
  }
  // "Trump, speaking to a veterans group, said": the mention is the name.
  {
    std::string_view w = Tok(k2 + 1);
    // So with a relative clause: "Christie, who has campaigned for ..., said".
    if (IsWord(k2 + 1) && ((w.size() > 4 && w.substr(w.size() - 3) == "ing") || LowerIs(k2 + 1, "who"))) {
      Range name = LeftNP(s.b, k2 - 1);
      return SpeakerLike(name) ? name : Range{};
    }
  }
  Range name = LeftNP(s.b, k2 - 1);
  if (!SpeakerLike(name) || Is(name.b, qi::kPronoun) || name.e - name.b > 10) return Range{};
  bool capitalized = false;
  for (int t = name.b; t < name.e; ++t) capitalized |= IsCap(t);
  if (!capitalized) return Range{};
  // The name starts the clause: sentence start, or after a quote and comma.
  int before = name.b - 1;
  while (before >= s.b && Is(before, qi::kIntro)) --before;
  if (before >= s.b && tokens_[before].type != kComma && !IsCloseQuote(before)) return Range{};
  return Range{name.b, comma + 1};
}

// The noun phrase starting at k, up to a comma, period, quote or clause
// word: "said Peskov, ...", "according to the news agency TASS".
Range QuoteExtractor::Impl::RightNP(int k, int e, int max_len) {
  int i = k;
  while (i < e && i - k < max_len) {
    const Token& t = tokens_[i];
    if (t.quote >= 0) break;
    if (t.type == kNumber) { ++i; continue; }
    // "said Mr. Holtz-Eakin", "John D. Smith": abbreviation periods.
    if (t.type == kPeriod && i > k && (t.flags & kAdjacentPrev) && IsWord(i - 1) &&
        (Is(i - 1, qi::kAbbreviation | qi::kTitle) || (Tok(i - 1).size() == 1 && IsCap(i - 1))) &&
        i + 1 < e && IsCap(i + 1)) {
      ++i;
      continue;
    }
    // "said Rep. G.K. Butterfield (D-N.C.), head of ...": a party tag.
    if (t.type == kOther && Tok(i) == "(" && i > k && IsCap(i - 1)) {
      int close = i + 1;
      while (close < e && close - i < 8 && Tok(close) != ")") ++close;
      if (close < e && Tok(close) == ")") { i = close + 1; continue; }
      break;
    }
    if (t.type != kWord) break;
    uint32_t c = Classes(i);
    if (i > k && (c & (qi::kBoundary | qi::kAux | qi::kTimeWord))) break;
    if (c & qi::kPreposition) {
      if (!LowerIs(i, "of") || i == k) break;
    }
    if (i > k && t.cue && !(c & qi::kTitle)) break;
    // "Песков журналистам", "Peskov spokesman": a lowercase word after a
    // capitalized name is no longer the name.
    if (i > k && !IsCap(i) && IsCap(i - 1) && (unsigned char)text[t.begin] >= 0x80 &&
        !(c & (qi::kPreposition | qi::kDeterminer | qi::kRoleNoun | qi::kTitle)))
      break;
    ++i;
  }
  return Range{k, i};
}

// `Trump doubled down on his comments about Curiel and said ...`: the
// subject opening the clause, a past-tense verb right after it and no
// comma, quote or complementizer up to the "and" at `conj`; else empty.
Range QuoteExtractor::Impl::CoordinatedVerbSubject(Range s, int conj) {
  int b = s.b;
  // An introductory phrase and its comma: "In an interview with The Wall
  // Street Journal, Trump ...". (SubjectNP's own skip looks only 8 tokens
  // ahead; widening it there lost dev matches, measured.)
  if (Is(b, qi::kPreposition | qi::kTimeWord | qi::kIntro))
    for (int k = b; k < conj && k < s.b + 14; ++k)
      if (tokens_[k].type == kComma) { b = k + 1; break; }
  Range subject = SubjectNP(Range{b, s.e}, conj);
  if (subject.empty() || subject.b != b || !SpeakerLike(subject)) return Range{};
  int v = subject.e;
  while (v < conj && IsWord(v) && Is(v, qi::kAux) && !Is(v, qi::kBoundary)) ++v;
  if (v >= conj || !(VerbLike(v) || IrregularPast(v))) return Range{};
  for (int t = v + 1; t < conj; ++t)
    if (tokens_[t].quote >= 0 || tokens_[t].type != kWord || Is(t, qi::kThat)) return Range{};
  return subject;
}

// The subject of the sentence's main clause, for participle cues ("...,
// saying") and coordinated ones ("Zelensky invites Trump to Ukraine, says").
Range QuoteExtractor::Impl::SubjectNP(Range s, int c) {
  int i = s.b;
  // Skip an introductory phrase ending with a comma ("On Monday, ...").
  bool intro = Is(s.b, qi::kPreposition | qi::kTimeWord | qi::kIntro) ||
               (IsWord(s.b) && Tok(s.b).size() > 4 && Tok(s.b).substr(Tok(s.b).size() - 3) == "ing");
  // Not the comma before the cue itself: `Then he cut into Novak, calling
  // him ...` has no introductory phrase.
  for (int k = s.b; intro && k + 1 < c && k < s.b + 8; ++k)
    if (tokens_[k].type == kComma) { i = k + 1; break; }
  while (i < c && (Is(i, qi::kIntro))) ++i;
  int j = i;
  // `In August, several groups granted ..., saying ...`: a quantifier opens
  // the subject as a determiner does.
  while (j < c && j - i < 8 && tokens_[j].quote < 0 &&
         ((IsWord(j) && (IsCap(j) || Is(j, qi::kDeterminer | qi::kTitle | qi::kRoleNoun | qi::kNationality | qi::kPersonPronoun) ||
                         LowerIs(j, "of") || (j == i && IsQuantifier(j))) && !(tokens_[j].cue && !IsCap(j))) ||
          // "Mrs. Clinton": abbreviation periods.
          (tokens_[j].type == kPeriod && j > i && (tokens_[j].flags & kAdjacentPrev) &&
           Is(j - 1, qi::kAbbreviation | qi::kTitle) && j + 1 < c && IsCap(j + 1))))
    ++j;
  if (j < c && IsWord(j) && (tokens_[j].flags & kCap) == 0 && j > i && !tokens_[j].cue) {
    // Take one lowercase head noun after a determiner ("The ministry"), or
    // an adjective and its noun ("several environmental groups").
    if (Is(j - 1, qi::kDeterminer | qi::kNationality)) {
      ++j;
    } else if (IsQuantifier(i)) {
      // After a quantifier, up to a plural head noun ("several
      // environmental groups", "some Democratic strategists").
      for (int t = j; t < c && t < j + 2 && IsWord(t) && !IsCap(t) && Classes(t) == 0 && !tokens_[t].cue &&
                      tokens_[t].quote < 0;
           ++t) {
        if (EndsWith(Tok(t), "s") && !EndsWith(Tok(t), "ss")) { j = t + 1; break; }
      }
    }
  }
  // "Harry Reid (D-Nev.)": a party tag after the name.
  if (j < c && j > i && IsCap(j - 1) && tokens_[j].type == kOther && Tok(j) == "(") {
    int close = j + 1;
    while (close < c && close - j < 8 && Tok(close) != ")") ++close;
    if (close < c && Tok(close) == ")") j = close + 1;
  }
  return Range{i, j};
}

// `After saying her knee was "so swollen I could barely walk," she was
// ...`, `Noting that ..., Novak warned ...`: a participle cue opening
// the sentence (alone or after "after", "before", "while", "in", "by")
// reports for the subject of the main clause after its comma. Returns the
// end of the participle's content (the comma, or one past a quote closing
// on a comma) and sets `speaker`; -1 when the cue opens no such clause.
int QuoteExtractor::Impl::OpeningParticipleEnd(Range s, int c, int cue_end, Range* speaker) {
  int b = s.b;
  while (b < c && IsWord(b) && Is(b, qi::kIntro)) ++b;
  if (b < c && (LowerIs(b, "after") || LowerIs(b, "before") || LowerIs(b, "while") || LowerIs(b, "in") ||
                LowerIs(b, "by")))
    ++b;
  if (b != c || cue_end + 1 >= s.e) return -1;
  for (int t = cue_end + 1; t + 1 < s.e && t < c + 60; ++t) {
    int end = -1;
    if (tokens_[t].quote < 0 && tokens_[t].type == kComma) end = t;
    else if (IsCloseQuote(t) && tokens_[t - 1].type == kComma) end = t + 1;
    else if (tokens_[t].quote < 0 && (tokens_[t].type == kPeriod || tokens_[t].type == kSemicolon)) return -1;
    if (end < 0) continue;
    int sb = t + 1;
    // `..., though, Allen did suggest`: an adverb set off by commas.
    if (sb + 1 < s.e && IsWord(sb) && tokens_[sb + 1].type == kComma &&
        (Is(sb, qi::kIntro) || IsAdverb(sb) || LowerIs(sb, "though") || LowerIs(sb, "meanwhile") ||
         LowerIs(sb, "however") || LowerIs(sb, "too")))
      sb += 2;
    int v = ClauseVerb(sb, s.e);
    if (v < 0) continue;
    int e = v;
    while (e > sb && IsWord(e - 1) && Is(e - 1, qi::kAux)) --e;
    Range np = LeftNP(sb, e - 1);
    if (np.b != sb || !SpeakerLike(np)) return -1;
    *speaker = np;
    return end;
  }
  return -1;
}

bool QuoteExtractor::Impl::SpeakerLike(Range np) {
  if (np.empty()) return false;
  if (IsWord(np.b) && Is(np.b, qi::kPreposition) && np.e - np.b > 1) return false;
  int last = np.e - 1;
  // Look through a party tag "(D-Wis.)" and an apposition's final comma
  // (or dash: "Novak — a teacher —").
  if ((tokens_[last].type == kComma || tokens_[last].type == kDash) && last > np.b) {
    if (tokens_[last].type == kDash) {
      --last;
      while (last > np.b && tokens_[last].type != kDash) --last;
    }
    --last;
  }
  if (tokens_[last].type == kPeriod && last > np.b) --last;  // "McConnell, R-Ky.,"
  // "Quina Jones, 25,": an age.
  if (tokens_[last].type == kNumber && last - 1 > np.b && tokens_[last - 1].type == kComma) last -= 2;

  if (tokens_[last].type == kOther && Tok(last) == ")") {
    while (last > np.b && Tok(last) != "(") --last;
    --last;
  }
  // "the 46-year-old": a number-led compound is a noun.
  if (last >= np.b && tokens_[last].type == kNumber && last > np.b && Tok(last).find('-') != std::string_view::npos &&
      IsAsciiAlpha(Tok(last).back()))
    return Is(np.b, qi::kDeterminer) && tokens_[last].quote < 0;
  if (last < np.b || !IsWord(last)) return false;
  for (int i = np.b; i <= last; ++i)
    if (tokens_[i].quote >= 0) return false;
  // "the poll released Friday": a participle and its day.
  if (last - 2 >= np.b && Is(last, qi::kTimeWord | qi::kWeekday) && IsWord(last - 1) && !IsCap(last - 1) &&
      EndsWith(Tok(last - 1), "ed"))
    last -= 2;
  uint32_t c = Classes(last);
  if (c & (qi::kAux | qi::kPreposition | qi::kTimeWord)) return false;
  if (c & qi::kPronoun) return last == np.b;
  if (c & (qi::kBoundary | qi::kDeterminer)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Dates and tails.

// Parses a date expression at k: "on April 14", "April 14", "on Sunday",
// "yesterday", "last week", "14 апреля". Returns tokens consumed (0: none).
int QuoteExtractor::Impl::ParseDate(int k, int e, absl::CivilDay* day) {
  if (!has_article_day || k >= e) return 0;
  int i = k;
  if (LowerIs(i, "on") || LowerIs(i, "в") || LowerIs(i, "у")) ++i;
  if (i >= e) return 0;
  if (IsWord(i)) {
    if (!(Classes(i) & (qi::kMonth | qi::kWeekday | qi::kTimeWord)) && !LowerIs(i, "last")) return 0;
    std::string_view w = LowerTok(i);
    int wd = (Classes(i) & qi::kWeekday) ? qi::WeekdayNumber(w) : -1;
    if (wd >= 0) {
      int back = (WeekdayIndex(article_day) - wd + 7) % 7;
      *day = article_day - back;
      return i + 1 - k;
    }
    int m = (Classes(i) & qi::kMonth) ? qi::MonthNumber(w) : -1;
    if (m > 0 && i + 1 < e && tokens_[i + 1].type == kNumber) {
      int d = std::atoi(std::string(Tok(i + 1)).c_str());
      if (d >= 1 && d <= 31) {
        absl::CivilDay c(article_day.year(), m, d);
        if (c > article_day) c = absl::CivilDay(article_day.year() - 1, m, d);
        *day = c;
        return i + 2 - k;
      }
    }
    if (w == "yesterday" || w == "вчера" || w == "вчора") { *day = article_day - 1; return i + 1 - k; }
    if (w == "today" || w == "сегодня" || w == "сьогодні") { *day = article_day; return i + 1 - k; }
    if (w == "last" && i + 1 < e && LowerIs(i + 1, "week")) { *day = article_day - 7; return i + 2 - k; }
  }
  if (tokens_[i].type == kNumber && i + 1 < e && IsWord(i + 1) && (Classes(i + 1) & qi::kMonth)) {
    int m = qi::MonthNumber(LowerTok(i + 1));
    int d = std::atoi(std::string(Tok(i)).c_str());
    if (m > 0 && d >= 1 && d <= 31) {
      absl::CivilDay c(article_day.year(), m, d);
      if (c > article_day) c = absl::CivilDay(article_day.year() - 1, m, d);
      *day = c;
      return i + 2 - k;
    }
  }
  return 0;
}

// Skips what may stand between a cue and its content: a date ("on Monday"),
// "in a statement", "in an interview", a comma or colon. Records the date.
int QuoteExtractor::Impl::SkipTail(int k, int e, Attribution* a) {
  for (int guard = 0; guard < 4 && k < e; ++guard) {
    absl::CivilDay d;
    int n = ParseDate(k, e, &d);
    if (n > 0) {
      if (!a->has_date) { a->said_on = d; a->has_date = true; }
      k += n;
      continue;
    }
    if (LowerIs(k, "in") && k + 2 < e && Is(k + 1, qi::kDeterminer) &&
        (LowerIs(k + 2, "statement") || LowerIs(k + 2, "interview") || LowerIs(k + 2, "speech") ||
         LowerIs(k + 2, "tweet") || LowerIs(k + 2, "post") || LowerIs(k + 2, "video"))) {
      k += 3;
      // "in a video message", "in a statement posted online".
      if (k < e && IsWord(k) && !IsCap(k) && Classes(k) == 0 && !tokens_[k].cue) ++k;
      continue;
    }
    if (IsWord(k) && Is(k, qi::kAux | qi::kTimeWord) && !Is(k, qi::kThat) &&
        !Is(k, qi::kPreposition)) {  // "adding later, ...", "said Tuesday night"
      ++k;
      continue;
    }
    if (RelativeTime(k)) {  // "told voters this weekend he ..."
      k += 2;
      continue;
    }
    break;
  }
  return k;
}

// After an attribution: `, "and win big."` continues a split quote. Returns
// the quote's index or -1.
int QuoteExtractor::Impl::ContinuationQuote(int k, int e) {
  bool participle = false;  // `, going on to list other "gifts."`: no comma, no continuation
  for (int i = k; i < e && i < k + 14; ++i) {
    if (IsOpenQuote(i) && !quotes_[tokens_[i].quote].single)
      return participle && tokens_[i - 1].type != kComma ? -1 : tokens_[i].quote;
    participle |= IsWord(i) && !IsCap(i) && Tok(i).size() > 4 && EndsWith(Tok(i), "ing") && !LowerIs(i, "during");
    const Token& t = tokens_[i];
    if (t.type == kPeriod || t.quote >= 0) return -1;
    if (t.type == kWord && Is(i, qi::kThat)) return -1;
    if (t.cue && !(t.cue->flags & qi::kCueWeak)) return -1;  // "adding, ..."
    // `"You winning?" she said, but Kevin was drifting off, and as Trump
    // went on about "...": a new clause, not the rest of the quote.
    if (t.type == kWord && i > k && Is(i, qi::kBoundary) && !LowerIs(i, "with")) return -1;

  }
  return -1;
}

// Drops punctuation outside quotes at both ends (the sentence's final
// period, the comma before "he said", a dash). A complementizer opening the
// content stays: PolNeAR marks "that ..." as part of it (2,371 of 2,401
// train contents after one), and Quote::text drops it.
Range QuoteExtractor::Impl::TrimContent(Range r) {
  // Symbols that belong to the content stay: "$5 billion", "<script>",
  // "#hashtag", "(D-Wis.)" with its bracket pair. Dropped: separators,
  // stray quote marks, and an unpaired bracket.
  auto punct = [&](int i, bool front) {
    const Token& t = tokens_[i];
    if (t.quote >= 0) return false;
    if (t.type == kOther) {
      std::string_view w = Tok(i);
      if (w == ")" || w == "]") {
        if (front) return true;
        for (int k = r.b; k < i; ++k)
          if (tokens_[k].type == kOther && Tok(k) == (w == ")" ? "(" : "[")) return false;
        return true;
      }
      if (w == "(" || w == "[") {
        if (!front) return true;
        // An opening bracket at the front stays only when it closes inside.
        for (int k = i + 1; k < r.e; ++k)
          if (tokens_[k].type == kOther && Tok(k) == (w == "(" ? ")" : "]")) return false;
        return true;
      }
      return w == "*" || w == "|" || w == "\xE2\x80\xA2" || w == "/";
    }
    return t.type == kComma || t.type == kPeriod || t.type == kColon || t.type == kSemicolon ||
           t.type == kDash || t.type == kSQuote || t.type == kDQuote;
  };
  while (!r.empty() && punct(r.b, true)) ++r.b;
  while (!r.empty() && punct(r.e - 1, false)) --r.e;
  return r;
}

// ---------------------------------------------------------------------------
// Attribution.

bool QuoteExtractor::Impl::TryAccording(Range s, int c, int cue_end, Attribution* a) {
  Range np = RightNP(cue_end, s.e, 10);
  if (np.empty()) return false;
  a->speaker = np;
  a->according = true;
  int begin = c;
  // "по словам", "за словами", "как сообщает": the cue starts one word earlier.
  if (c > s.b && (LowerIs(c - 1, "по") || LowerIs(c - 1, "за") || LowerIs(c - 1, "как") ||
                  LowerIs(c - 1, "як")))
    begin = c - 1;
  a->cue = Range{begin, cue_end};
  int first = s.b;
  while (first < begin && (Is(first, qi::kIntro) || tokens_[first].type == kDash)) ++first;
  Range content;
  if (first >= begin) {
    content = Range{np.e, s.e};  // According to X, content.
  } else {
    content = Range{s.b, begin};  // Content, according to X.
  }
  content = TrimContent(content);
  if (content.empty()) return false;
  a->content[0] = content;
  a->n_content = 1;
  // `A, according to X, B`: an attribution interposed in the sentence it
  // reports; the content is both sides, and the source runs to the comma
  // ("members who spoke with reporters afterward").
  if (first < begin && tokens_[begin - 1].type == kComma) {
    int comma = np.e;
    while (comma < s.e && comma - np.e < 12 && tokens_[comma].type != kComma && tokens_[comma].type != kPeriod &&
           tokens_[comma].quote < 0)
      ++comma;
    if (comma < s.e && tokens_[comma].type == kComma) {
      Range rest = TrimContent(Range{comma + 1, s.e});
      int words = 0;
      for (int t = rest.b; t < rest.e; ++t) words += IsWord(t);
      if (words >= 2 && !(IsWord(rest.b) && (LowerIs(rest.b, "said") || LowerIs(rest.b, "says")))) {
        if (comma > np.e) a->speaker = Range{np.b, comma};
        a->content[a->n_content++] = rest;
      }
    }
  }
  return true;
}

// `a friend commented: "For you, ..."`: any verb before a colon that opens
// a quote is a cue, even one the lexicon lacks.
bool QuoteExtractor::Impl::TryColonQuote(Range s, int from, Attribution* a) {
  for (int c = std::max(from, s.b + 1); c + 2 < s.e; ++c) {
    if (tokens_[c + 1].type != kColon || !IsOpenQuote(c + 2) || tokens_[c].quote >= 0 || !IsWord(c) || IsCap(c))
      continue;
    std::string_view w = Tok(c);
    if (w.size() < 4 || (w.substr(w.size() - 2) != "ed" && w.back() != 's')) continue;
    Range np = LeftNP(s.b, c - 1);
    if (!SpeakerLike(np)) continue;
    const QuoteSpan& q = quotes_[tokens_[c + 2].quote];
    *a = Attribution{};
    a->speaker = np;
    a->cue = Range{c, c + 2};
    a->rate = 0.6f;
    a->content[0] = Range{int(q.open_tok), int(q.close_tok) + 1};
    a->n_content = 1;
    return true;
  }
  return false;
}

// `Novak went even further: “If he runs, he loses.”`, `... - Ida Kovacs:
// “Turnout rose ...”`, `From the report: “...”`: a sentence with no cue
// whose last part is a quote right after a colon. The quote is the
// content; the source is the name just before the colon, else the
// sentence's subject, else unstated (train: most such quotes are gold
// statements; the verb before the colon is rarely in the lexicon). So is
// a quote of three words or more after a comma (`As Novak put it, “...”`,
// `he began by saying, “...”` where the cue found no subject): measured
// on train, 20 more matches for 25 more statements; dev 2 more for none.
bool QuoteExtractor::Impl::TryQuoteAfterColon(Range s, int from, Attribution* a) {
  bool quote_before = tokens_[std::max(from, s.b)].quote >= 0;
  for (int k = std::max(from, s.b) + 1; k + 1 < s.e; ++k) {
    // After a comma only with no quote before it: `“A,” she said, “B.”`
    // is a split quote.
    quote_before |= tokens_[k - 1].quote >= 0;
    bool comma = tokens_[k].type == kComma && IsWord(k - 1) && tokens_[k - 1].quote < 0 && !quote_before;
    if ((tokens_[k].type != kColon && !comma) || tokens_[k].quote >= 0 || !IsOpenQuote(k + 1)) continue;
    const QuoteSpan& q = quotes_[tokens_[k + 1].quote];
    if (q.single) return false;
    // The quote ends the sentence: only a period may follow it, or a
    // bracketed source tag (`“...” [Gazette.]`).
    int end = q.closed ? int(q.close_tok) + 1 : s.e;
    int t = end;
    if (t < s.e && tokens_[t].type == kOther && Tok(t) == "[") {
      while (t < s.e && t - end < 8 && Tok(t) != "]") ++t;
      if (t >= s.e || Tok(t) != "]") return false;
      ++t;
    }
    for (; t < s.e; ++t)
      if (tokens_[t].type != kPeriod) return false;
    int words = 0;
    for (int t = k + 2; t < end && words < 3; ++t) words += IsWord(t);
    if (words < (comma ? 3 : 2)) return false;
    *a = Attribution{};
    // The phrase before the colon names the source when nothing but a
    // dash, a comma or "from" stands before it (`More from Kovacs:`);
    // otherwise it is an object (`told Fox News:`) and the subject speaks.
    int b = std::max(from, s.b);
    Range np = LeftNP(b, k - 1);
    int before = np.b - 1;
    bool opens = before < b || tokens_[before].type == kDash || tokens_[before].type == kComma ||
                 LowerIs(before, "from");
    // A name or a determiner phrase, not a participle (`, adding:`).
    bool noun = !np.empty() && (Is(np.b, qi::kDeterminer) || IsCap(np.b));
    if (!comma && SpeakerLike(np) && opens && noun && np.e - np.b <= 6) {
      a->speaker = np;
    } else {
      // `As Novak put it, “...”`, `When the judge returned, Kovacs began
      // by saying, “...”`: a subordinate clause opening the sentence ends
      // at its comma (or is the clause with the source).
      int sb = b;
      if (IsWord(b) && (LowerIs(b, "as") || LowerIs(b, "when") || LowerIs(b, "while") || LowerIs(b, "after"))) {
        sb = b + 1;
        for (int t = b + 1; t + 1 < k; ++t)
          if (tokens_[t].type == kComma) { sb = t + 1; break; }
      }
      Range subj = SubjectNP(Range{sb, s.e}, k);
      // `Said Ida Novak, who ..., “...”`: an inverted cue is no part of it.
      while (!subj.empty() && tokens_[subj.b].cue) ++subj.b;
      if (SpeakerLike(subj)) {
        a->speaker = subj;
      } else {
        // `When he returned he began by saying, “...”`: the subject of the
        // last clause, a pronoun or a name right before a verb.
        for (int t = k - 2; t >= b && a->speaker.empty(); --t) {
          int v = t + 1;
          bool verb = IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
                      (Is(v, qi::kAux) || tokens_[v].cue || VerbLike(v)) && !Is(v, qi::kBoundary);
          if (!verb || !IsWord(t) || tokens_[t].quote >= 0) continue;
          if (Is(t, qi::kPersonPronoun) || LowerIs(t, "it")) {
            a->speaker = Range{t, v};
          } else if (IsCap(t) && !Is(t, qi::kIntro | qi::kPreposition | qi::kDeterminer | qi::kBoundary)) {
            int n = t;
            while (n > b && v - n < 4 && IsCap(n - 1)) --n;
            a->speaker = Range{n, v};
          }
        }
      }
    }
    a->cue = Range{k, k + 1};
    a->rate = 0.5f;
    a->content[0] = Range{k + 1, end};
    a->n_content = 1;
    return true;
  }
  return false;
}

// `“This is fantastic!” beamed Ida Novak of Dayton, who ...`, `“...,” Kovacs
// shot back with a laugh.`: a sentence opening with a quote that closes on
// a comma, "?" or "!" and goes on with a name and then a lowercase word (a
// verb the lexicon lacks), or a verb and then a name. The quote is the
// content (train: such quotes are gold statements, their verbs a long tail).
bool QuoteExtractor::Impl::TryOpeningQuote(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  if (b >= s.e || !IsOpenQuote(b)) return false;
  const QuoteSpan& q = quotes_[tokens_[b].quote];
  int close = q.close_tok;
  if (!q.closed || q.single || close - 1 <= b || close + 2 >= s.e) return false;
  int k = close + 1;
  std::string_view end_mark = Tok(close - 1);
  bool open_end = tokens_[close - 1].type == kComma || end_mark == "?" || end_mark == "!" ||
                  tokens_[k].type == kComma;
  if (!open_end) return false;
  if (tokens_[k].type == kComma) ++k;
  if (k >= s.e || !IsWord(k) || tokens_[k].quote >= 0) return false;
  auto verb = [&](int v) {
    return v < s.e && IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
           !Is(v, qi::kPreposition | qi::kBoundary | qi::kDeterminer | qi::kThat | qi::kPronoun);
  };
  Range speaker;
  int v = -1;
  if ((IsCap(k) || Is(k, qi::kPersonPronoun | qi::kDeterminer)) && !Is(k, qi::kIntro | qi::kPreposition)) {
    speaker = SubjectNP(Range{k, s.e}, s.e);
    if (speaker.b != k || !SpeakerLike(speaker)) return false;
    v = speaker.e;
    // `Bill Novak, a delegate wearing a “Kovacs” pin, said`: an apposition
    // belongs to the mention.
    if (v < s.e && tokens_[v].type == kComma) {
      int m = v + 1;
      while (m < s.e && m - v < 20 && tokens_[m].type != kComma && tokens_[m].type != kPeriod) ++m;
      if (m >= s.e || tokens_[m].type != kComma) return false;
      speaker.e = m + 1;
      v = m + 1;
    }
    if (!verb(v)) return false;
  } else if (verb(k) && (VerbLike(k) || tokens_[k].cue)) {
    v = k;
    speaker = RightNP(k + 1, s.e, 8);
    if (speaker.empty() || !(IsCap(speaker.b) || Is(speaker.b, qi::kDeterminer)) || !SpeakerLike(speaker))
      return false;
  } else {
    return false;
  }
  *a = Attribution{};
  a->speaker = speaker;
  a->cue = Range{v, v + 1};
  a->rate = 0.6f;
  a->content[0] = Range{b, close + 1};
  a->n_content = 1;
  // `“The way I see it,” she elaborated, “nobody ...”`: a split quote.
  if (int cont = ContinuationQuote(std::max(v, speaker.e), s.e); cont >= 0)
    a->content[a->n_content++] = Range{int(quotes_[cont].open_tok), int(quotes_[cont].close_tok) + 1};
  return true;
}

// A lowercase word shaped like a finite reporting verb the lexicon lacks
// ("demanded", "scoffs").
bool QuoteExtractor::Impl::VerbLike(int i) {
  if (!IsWord(i) || IsCap(i) || tokens_[i].quote >= 0 || Classes(i) != 0) return false;
  std::string_view w = Tok(i);
  if (w.size() < 4 || (unsigned char)w[0] >= 0x80) return false;
  return w.substr(w.size() - 2) == "ed" || (w.back() == 's' && w[w.size() - 2] != 's');
}

// Whether a clause with a subject of its own starts at k: a subject (a
// pronoun, a capitalized name, a determiner phrase, or a bare plural right
// before a cue: "experts say") and then a finite verb (an auxiliary, a cue
// word or a verb-like -ed/-s word). Returns the verb's index, or -1.
int QuoteExtractor::Impl::ClauseVerb(int k, int e) {
  if (k >= e || !IsWord(k) || tokens_[k].quote >= 0) return -1;
  auto finite = [&](int v) {
    return v < e && IsWord(v) && tokens_[v].quote < 0 && !IsCap(v) &&
           (Is(v, qi::kAux) || (tokens_[v].cue && !(tokens_[v].cue->flags & (qi::kCueParticiple | qi::kCueNoun))) ||
            VerbLike(v));
  };
  auto plain = [&](int t) {  // a word that may sit inside a noun phrase
    return t < e && IsWord(t) && tokens_[t].quote < 0 && !Is(t, qi::kAux | qi::kBoundary | qi::kPreposition) &&
           !tokens_[t].cue && !VerbLike(t);
  };
  int i = k;
  if (LowerIs(k, "he") || LowerIs(k, "she") || LowerIs(k, "they") || LowerIs(k, "we") || LowerIs(k, "it") ||
      LowerIs(k, "i")) {
    i = k + 1;
  } else if (IsCap(k) && !Is(k, qi::kIntro | qi::kPreposition | qi::kBoundary | qi::kMonth | qi::kWeekday |
                                    qi::kTimeWord | qi::kDeterminer | qi::kPronoun)) {
    // "Mr. Obama", "Clinton's campaign".
    while (i < e && i - k < 6 &&
           (IsCap(i) || (tokens_[i].type == kPeriod && (tokens_[i].flags & kAdjacentPrev) && Is(i - 1, qi::kAbbreviation))))
      ++i;
    if (StripPossessive(Tok(i - 1)) != Tok(i - 1))
      for (int n = 0; n < 3 && plain(i); ++n) ++i;
  } else if (Is(k, qi::kDeterminer) || LowerIs(k, "his") || LowerIs(k, "her") || LowerIs(k, "their") ||
             LowerIs(k, "its")) {
    ++i;
    for (int n = 0; n < 4 && plain(i); ++n) ++i;
  } else if (!IsCap(k) && Classes(k) == 0 && !tokens_[k].cue && k + 1 < e && tokens_[k + 1].cue &&
             !(tokens_[k + 1].cue->flags & qi::kCueWeak)) {
    i = k + 1;
  } else {
    return -1;
  }
  if (i == k || !finite(i)) return -1;
  return i;
}

// The first point where the content after a cue gives way to a clause of
// another subject:
//   `While he acknowledged funding was a reason, Ham also noted ...`: a
//   sentence opening with a subordinator; its clause ends at the comma
//   before the main clause.
// Returns the token where the content ends (the new clause starts after it,
// past any conjunction), or -1.
int QuoteExtractor::Impl::ClauseCut(Range s, Range after) {
  int b = s.b;
  while (b < s.e && IsWord(b) && Is(b, qi::kIntro)) ++b;
  bool subordinate = b < s.e && IsWord(b) && ( LowerIs(b, "when") || LowerIs(b, "while") || LowerIs(b, "though") || LowerIs(b, "although") ||
                     LowerIs(b, "with") || LowerIs(b, "as") || LowerIs(b, "after") || LowerIs(b, "because") ||
                     LowerIs(b, "since") || LowerIs(b, "if") || LowerIs(b, "unless") || LowerIs(b, "once") ||
                     LowerIs(b, "whereas") || LowerIs(b, "before") || LowerIs(b, "until") || LowerIs(b, "despite") ||
                     LowerIs(b, "unlike"));
  for (int t = after.b + 2; t + 1 < after.e; ++t) {
    if (tokens_[t].quote >= 0) continue;
    if (subordinate && tokens_[t].type == kComma && ClauseVerb(t + 1, s.e) >= 0) return t;
    int conj = tokens_[t].type == kComma ? t + 1 : t;
    // The class test first: it spares the string compares on most words.
    if (conj + 1 < after.e && (Classes(conj) & (qi::kBoundary | qi::kIntro)) &&
        (LowerIs(conj, "and") || LowerIs(conj, "but") || LowerIs(conj, "yet") || LowerIs(conj, "while"))) {
      int v = ClauseVerb(conj + 1, s.e);
      if (v >= 0 && tokens_[v].cue) return t;
      // `..., and the council would vote ...`: after a comma, a subject
      // and an auxiliary or past-tense verb start a clause of their own (a
      // verb-like -s word is as often a plural closing a list: `A, B, and
      // C oblasts`). Not when quoted words follow: the speaker's words go
      // on there (measured on train: cutting those lost quoted matches).
      if (v >= 0 && tokens_[t].type == kComma && (Is(v, qi::kAux) || EndsWith(Tok(v), "ed"))) {
        bool quoted = false;
        for (int q = v + 1; q < after.e && !quoted; ++q) quoted = tokens_[q].quote >= 0;
        if (!quoted) return t;
      }
    }
  }
  return -1;
}

// `"Why ...?" Vitter demanded.` / `"...," scoffed Vitter.`: after a quote,
// a short name and a verb-like word closing the sentence. Returns the index
// one past the attribution (the sentence end or its period), or -1.
int QuoteExtractor::Impl::ClosingVerbEnd(int k, int e) {
  auto closes = [&](int t) {
    return t >= e || tokens_[t].type == kPeriod ||
           (IsWord(t) && Is(t, qi::kTimeWord | qi::kWeekday) && (t + 1 >= e || tokens_[t + 1].type == kPeriod));
  };
  // Name first: up to four capitalized words or a person pronoun.
  int n = k;
  if (n < e && IsWord(n) && Is(n, qi::kPersonPronoun)) {
    ++n;
  } else {
    while (n < e && n - k < 4 && IsCap(n) && !Is(n, qi::kIntro | qi::kPreposition | qi::kDeterminer)) ++n;
  }
  if (n > k && n < e && VerbLike(n) && closes(n + 1)) return n + 1;
  // Verb first.
  if (k < e && VerbLike(k) && k + 1 < e && IsCap(k + 1)) {
    int m = k + 1;
    while (m < e && m - k <= 4 && IsCap(m)) ++m;
    if (closes(m)) return m;
  }
  return -1;
}

// `Trump openly admires Putin as a “strong leader,”`, `Japan branded North
// Korea an "outlaw nation."`: a sentence with no cue, whose subject is
// followed by a verb the lexicon lacks and then by words holding a quote.
// The subject is the speaker, the rest the content. Quotes that look like
// titles (“Fox News Sunday”) attribute nothing.
bool QuoteExtractor::Impl::TrySubjectVerbQuote(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  // Most sentences without a cue hold no quote: check that first.
  bool any_quote = false;
  for (int t = b; t < s.e && !any_quote; ++t) any_quote = tokens_[t].quote >= 0;
  if (!any_quote) return false;
  Range subj = SubjectNP(Range{b, s.e}, s.e);
  // The subject opens the sentence, or follows an introductory phrase and
  // its comma ("In recent weeks, Reid has gone after ...").
  bool opens = subj.b == b || (subj.b > b && tokens_[subj.b - 1].type == kComma &&
                               Is(b, qi::kPreposition | qi::kTimeWord | qi::kIntro));
  if (subj.empty() || !opens || !SpeakerLike(subj)) return false;
  bool named = false;
  // A name, not a sentence-initial "A few" or "The".
  for (int t = subj.b; t < subj.e; ++t)
    named |= (IsCap(t) && !Is(t, qi::kDeterminer | qi::kIntro)) ||
             Is(t, qi::kPersonPronoun | qi::kRoleNoun | qi::kOrganisation);
  if (!named) return false;
  int v = subj.e;
  // `Reid, in particular, has been ...`: a short aside set off by commas.
  if (v + 2 < s.e && tokens_[v].type == kComma) {
    int k = v + 1;
    while (k < s.e && k - v <= 4 && IsWord(k) && !IsCap(k) && tokens_[k].quote < 0) ++k;
    if (k > v + 1 && k < s.e && tokens_[k].type == kComma) v = k + 1;
  }
  const int verb_from = v;
  bool aux = false, be = false;
  while (v < s.e && v - verb_from < 4 && IsWord(v) && !IsCap(v) && tokens_[v].quote < 0 &&
         (Is(v, qi::kAux) || (Tok(v).size() > 4 && Tok(v).substr(Tok(v).size() - 2) == "ly"))) {
    aux |= Is(v, qi::kAux);
    be = LowerIs(v, "is") || LowerIs(v, "was") || LowerIs(v, "were") || LowerIs(v, "are") || LowerIs(v, "been") ||
         LowerIs(v, "being") || LowerIs(v, "be");
    ++v;
  }
  if (v >= s.e) return false;
  std::string_view w = Tok(v);
  bool ing = w.size() > 5 && w.substr(w.size() - 3) == "ing";
  bool verb = (VerbLike(v) && !(be && w.substr(w.size() - 2) == "ed")) ||  // "was investigated by": passive
              (aux && IsWord(v) && !IsCap(v) && Classes(v) == 0 && ing) ||
              // "has gone after Trump as a ...": an irregular participle.
              (aux && !be && (LowerIs(v, "gone") || IrregularPast(v)));
  if (!verb) return false;
  Range content = TrimContent(Range{v + 1, s.e});
  int quote = -1;
  for (int t = content.b; t < content.e && quote < 0; ++t)
    if (IsOpenQuote(t) && !quotes_[tokens_[t].quote].single) quote = t;
  if (quote < 0 || content.e - content.b < 2) return false;
  // `used one of her quotes as its headline: “...”`: the quote after a
  // colon is the content.
  if (tokens_[quote - 1].type == kColon) content.b = quote;
  // A title: every word of the quote capitalized.
  const QuoteSpan& q = quotes_[tokens_[quote].quote];
  bool title = true;
  for (uint32_t t = q.open_tok + 1; t < q.close_tok && title; ++t)
    title = !IsWord(t) || IsCap(t) || Tok(t).size() <= 3;
  if (title) return false;
  // `... as a "con artist" ― just as he did ...`: a dash after the quote
  // opens the writer's aside.
  if (q.closed)
    for (int t = q.close_tok + 1; t < content.e; ++t)
      if (tokens_[t].type == kDash && tokens_[t].quote < 0) {
        content = TrimContent(Range{content.b, t});
        break;
      }
  *a = WeakAttribution(subj, Range{v, v + 1}, content);
  return true;
}

// `As a Homeland Security memo put it, the requirement is ...` and `...,
// as the memo put it.`: "as <source> put it" introduces or closes the
// source's words (a speech verb the lexicon cannot list: "put" alone is no
// cue). Opening the sentence, the content is the rest after the comma or
// colon; closing it, the clause before the comma.
bool QuoteExtractor::Impl::TryAsPutIt(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  for (int k = b + 2; k + 1 < s.e; ++k) {
    if (!LowerIs(k, "put") || !LowerIs(k + 1, "it") || tokens_[k].quote >= 0) continue;
    int as = k - 1;
    while (as > b && k - as < 9 && !LowerIs(as, "as")) --as;
    if (!LowerIs(as, "as") || tokens_[as].quote >= 0) return false;
    Range np = LeftNP(as + 1, k - 1);
    if (np.empty() || np.b != as + 1 || !SpeakerLike(np)) return false;
    Range content;
    int c = k + 2;
    int first = b;
    while (first < as && IsWord(first) && Is(first, qi::kIntro)) ++first;
    if (as == first && c < s.e && (tokens_[c].type == kComma || tokens_[c].type == kColon)) {
      content = TrimContent(Range{c + 1, s.e});
    } else if (as > b + 2 && (c >= s.e || tokens_[c].type == kPeriod) &&
               (tokens_[as - 1].type == kComma || IsCloseQuote(as - 1))) {
      int e = as - 1;
      int cb = b;
      for (int t = e - 1; t > b; --t)
        if (tokens_[t].type == kComma && tokens_[t].quote < 0) { cb = t + 1; break; }
      content = TrimContent(Range{cb, IsCloseQuote(e) ? e + 1 : e});
    } else {
      return false;
    }
    if (CountWords(content) < 2) return false;
    *a = WeakAttribution(np, Range{k, k + 2}, content);
    a->rate = 0.6f;
    a->weak = false;
    return true;
  }
  return false;
}

// `Officials insisted that the vote would go ahead`: a sentence with no
// cue, a subject that looks like a source (a name, a pronoun, a role
// noun), a verb-like word the lexicon lacks and "that". A weak
// attribution: the content is the rest of the sentence, "that" included.
bool QuoteExtractor::Impl::TryVerbThat(Range s, int from, Attribution* a) {
  for (int c = std::max(from, s.b + 1); c + 4 < s.e; ++c) {
    // The class test first: most tokens are not "that".
    if (!(Classes(c + 1) & qi::kThat) || !LowerIs(c + 1, "that") || tokens_[c + 1].quote >= 0 || !VerbLike(c) ||
        tokens_[c].cue)
      continue;
    int j = c - 1;
    while (j >= s.b && IsWord(j) && Is(j, qi::kAux) && !LowerIs(j, "who")) --j;
    Range np = LeftNP(s.b, j);
    if (!SpeakerLike(np)) continue;
    bool ok = false;
    for (int t = np.b; t < np.e && !ok; ++t) ok = IsCap(t) || Is(t, qi::kPronoun | qi::kRoleNoun);
    if (!ok) continue;
    Range content = TrimContent(Range{c + 1, s.e});
    int words = 0;
    for (int t = content.b; t < content.e; ++t) words += IsWord(t);
    if (words < 4) continue;
    *a = WeakAttribution(np, Range{c, c + 1}, content);
    return true;
  }
  return false;
}

// `In the latest poll, the senator leads by six points`: a sentence with no
// cue that opens with "In" and a poll, survey, study or report before its
// first comma. PolNeAR attributes the rest of the sentence to that source
// (cue "In"). A weak attribution.
bool QuoteExtractor::Impl::TryInSource(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  while (b < s.e && IsWord(b) && Is(b, qi::kIntro)) ++b;
  if (b + 4 >= s.e || !LowerIs(b, "in") || tokens_[b].quote >= 0) return false;
  int comma = b + 1;
  bool doc = false;
  while (comma < s.e && comma - b < 25 && tokens_[comma].type != kComma && tokens_[comma].quote < 0 &&
         tokens_[comma].type != kPeriod) {
    if (IsWord(comma) && (LowerIs(comma, "poll") || LowerIs(comma, "polls") || LowerIs(comma, "survey") ||
                          LowerIs(comma, "surveys") || LowerIs(comma, "study") || LowerIs(comma, "report") ||
                          LowerIs(comma, "analysis") || LowerIs(comma, "studies") || LowerIs(comma, "data") ||
                          LowerIs(comma, "count") || LowerIs(comma, "reports")))
      doc = true;
    ++comma;
  }
  if (!doc || comma >= s.e || tokens_[comma].type != kComma) return false;
  int speaker_end = comma;
  // "In the poll, conducted in early September, ...": a participle phrase
  // belongs to the source.
  if (comma + 1 < s.e && IsWord(comma + 1) && !IsCap(comma + 1) &&
      (EndsWith(Tok(comma + 1), "ed") || EndsWith(Tok(comma + 1), "ing"))) {
    int c2 = comma + 1;
    while (c2 < s.e && c2 - comma < 15 && tokens_[c2].type != kComma && tokens_[c2].quote < 0) ++c2;
    if (c2 < s.e && tokens_[c2].type == kComma) { speaker_end = c2 + 1; comma = c2; }
  }
  Range content = TrimContent(Range{comma + 1, s.e});
  int words = 0;
  for (int t = content.b; t < content.e; ++t) words += IsWord(t);
  if (words < 3) return false;
  *a = WeakAttribution(Range{b + 1, speaker_end}, Range{b, b + 1}, content);
  return true;
}

bool QuoteExtractor::Impl::TryClosingVerb(Range s, int from, Attribution* a) {
  int b = std::max(from, s.b);
  if (b >= s.e || !IsOpenQuote(b)) return false;
  const QuoteSpan& q = quotes_[tokens_[b].quote];
  if (!q.closed || q.single) return false;
  int k = q.close_tok + 1;
  if (k < s.e && tokens_[k].type == kComma) ++k;
  int end = ClosingVerbEnd(k, s.e);
  if (end < 0) return false;
  *a = Attribution{};
  int v;
  if (IsCap(k) || Is(k, qi::kPersonPronoun)) {
    v = k;
    while (!VerbLike(v)) ++v;
    a->speaker = Range{k, v};
  } else {
    v = k;
    a->speaker = Range{k + 1, end};
  }
  if (!SpeakerLike(a->speaker)) return false;
  a->cue = Range{v, v + 1};
  a->rate = 0.6f;
  a->content[0] = Range{int(q.open_tok), int(q.close_tok) + 1};
  a->n_content = 1;
  return true;
}

// "Trump's claim that there have been thousands of shootings": a noun cue,
// "that", the content to the sentence's end; the speaker is the possessive
// before the noun (kept with its "'s", as PolNeAR marks it), if any.
bool QuoteExtractor::Impl::TryNounCue(Range s, int c, Attribution* a) {
  if (c + 1 >= s.e || !Is(c + 1, qi::kThat)) return false;
  a->cue = Range{c, c + 1};
  int j = c - 1;
  if (j >= s.b && IsWord(j) && StripPossessive(Tok(j)) != Tok(j)) {
    Range np = LeftNP(s.b, j);
    if (!np.empty()) a->speaker = np;
  }
  Range content = TrimContent(Range{c + 2, s.e});
  int words = 0;
  for (int t = content.b; t < content.e; ++t) words += IsWord(t);
  if (words < 3) return false;
  a->content[0] = content;
  a->n_content = 1;
  return true;
}

bool QuoteExtractor::Impl::TryCue(Range s, int c, Attribution* a) {
  const CueEntry& cue = *tokens_[c].cue;
  *a = Attribution{};
  a->rate = cue.rate;
  a->weak = cue.flags & qi::kCueWeak;
  int cue_end = c + 1;
  if (cue.flags & qi::kCueAccording) {
    if (LowerIs(c, "according")) {
      if (c + 1 >= s.e || !LowerIs(c + 1, "to")) return false;
      cue_end = c + 2;
    } else if (!(c > s.b && (LowerIs(c - 1, "по") || LowerIs(c - 1, "за")))) {
      return false;
    }
    return TryAccording(s, c, cue_end, a);
  }
  if (cue.flags & qi::kCueNoun) return TryNounCue(s, c, a);
  // "Как сообщает ТАСС, ..." / "як повідомляє ...": an according-to form.
  if (c > s.b && (LowerIs(c - 1, "как") || LowerIs(c - 1, "як"))) {
    return TryAccording(s, c, cue_end, a);
  }
  // "Having said that", "what Liz Wahl said": no attribution.
  if (c > s.b && LowerIs(c - 1, "having")) return false;
  // Verbal cue preceded by "to" is an infinitive: `plans to endorse the
  // mayor`, `refused to say whether ...`; PolNeAR attributes it to the
  // clause's subject. After a capitalized word or a quote "to" is no
  // infinitive marker ("Trump to say").
  bool to_inf = false;
  if (c > s.b && LowerIs(c - 1, "to")) {
    if (c - 1 <= s.b || !IsWord(c - 2) || IsCap(c - 2) || tokens_[c - 2].quote >= 0) return false;
    to_inf = true;
  }
  if (c > s.b && Is(c - 1, qi::kDeterminer)) return false;
  // `began taking calls from listeners`, `kept making claims`: after a
  // verb and a gerund a cue word in -s is its object, a plural noun
  // ("Exit polling shows" is a noun subject).
  if (c > s.b && IsWord(c - 1) && !IsCap(c - 1) && tokens_[c - 1].quote < 0 && Classes(c - 1) == 0 &&
      !tokens_[c - 1].cue && Tok(c - 1).size() > 5 && EndsWith(Tok(c - 1), "ing") && EndsWith(Tok(c), "s") &&
      c - 2 >= s.b && (Is(c - 2, qi::kAux) || VerbLike(c - 2) || IrregularPast(c - 2)))
    return false;
  if (cue.flags & qi::kCueParticle) cue_end = c + 2;
  a->cue = Range{c, cue_end};

  // --- speaker -------------------------------------------------------------
  int j = c - 1;
  auto adverb = [&](int t) {
    std::string_view w = Tok(t);
    if (w.size() > 3 && (w.substr(w.size() - 3) == "n't" || w.substr(w.size() - 5 < w.size() ? w.size() - 5 : 0) == "n\xE2\x80\x99t"))
      return true;  // "isn't saying"
    return !IsCap(t) && w.size() > 4 && w.substr(w.size() - 2) == "ly";
  };
  // Skip auxiliaries, adverbs and time expressions between speaker and cue:
  // "who in 2010 said", "Peskov on Monday said", "Clinton now says".
  for (;;) {
    if (j < s.b) break;
    if (IsWord(j) && (Is(j, qi::kAux) || adverb(j)) && !LowerIs(j, "who")) { --j; continue; }
    bool time = (IsWord(j) && Is(j, qi::kTimeWord | qi::kWeekday | qi::kMonth)) ||
                (tokens_[j].type == kNumber && Tok(j).size() <= 4);
    if (time && j - 1 > s.b && (LowerIs(j - 1, "in") || LowerIs(j - 1, "on") || LowerIs(j - 1, "last") ||
                                (IsWord(j - 1) && Is(j - 1, qi::kMonth)))) {
      j -= 2;
      if (j >= s.b && IsWord(j) && Is(j, qi::kMonth)) --j;  // "on April 14": "on" left
      if (j >= s.b && LowerIs(j, "on")) --j;
      continue;
    }
    break;
  }
  int aux_begin = j + 1;
  if (aux_begin < c && LowerIs(aux_begin, "has") == false && LowerIs(aux_begin, "also") == false) {}
  Range left = LeftNP(s.b, j);
  if (j >= s.b && tokens_[j].type == kComma) {
    Range app = Apposition(s, j);
    if (!app.empty()) left = app;
  }
  // `Jason Novak — a teacher from Dayton — says ...`: an aside between
  // dashes belongs to the mention.
  // (Not before a passive: `Oz — a TV doctor — has been called ...`.)
  bool passive = c - 1 > j && (LowerIs(c - 1, "been") || LowerIs(c - 1, "was") || LowerIs(c - 1, "is") ||
                               LowerIs(c - 1, "were") || LowerIs(c - 1, "are") || LowerIs(c - 1, "be"));
  if (j > s.b && tokens_[j].type == kDash && !passive) {
    int o = j - 1;
    while (o > s.b && j - o < 25 && tokens_[o].type != kDash && tokens_[o].type != kPeriod) --o;
    if (o > s.b && o < j - 1 && tokens_[o].type == kDash && IsWord(o - 1)) {
      Range np = LeftNP(s.b, o - 1);
      int before = np.b - 1;
      if (SpeakerLike(np) && (before < s.b || tokens_[before].type == kComma || IsCloseQuote(before)))
        left = Range{np.b, j + 1};
    }
  }
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  if (debug) std::fprintf(stderr, "    left NP [%s]\n", RangeText(left).c_str());
  bool inverted = false;
  bool cue_first = false;  // `Said Ellis: "..."`
  Range speaker;
  bool participle = false;
  // `In a Bloomberg interview Trump declared "..."`: an introductory phrase
  // without its comma; the name closing it is the speaker.
  if (!left.empty() && !SpeakerLike(left) && IsWord(left.b) && Is(left.b, qi::kPreposition) && IsCap(left.e - 1)) {
    int b = left.e - 1;
    while (b > left.b && left.e - b < 4 && IsCap(b - 1)) --b;
    Range name{b, left.e};
    // `in the Black Sea agreed upon`: a name inside the phrase is no speaker.
    if (b > left.b + 1 && !IsCap(b - 1) && !Is(b - 1, qi::kDeterminer | qi::kPreposition) && SpeakerLike(name))
      left = name;
  }
  if (SpeakerLike(left)) {
    speaker = left;
  } else {
    // `..., said Peskov.` / `«...», — заявил Песков.`
    int prev = c - 1;
    bool after_break = prev >= s.b && (tokens_[prev].type == kComma || tokens_[prev].type == kDash ||
                                       IsCloseQuote(prev));
    Range right = RightNP(cue_end, s.e, 8);
    // `Said Ellis: "..."` opening a sentence: the cue comes first, the name
    // and a colon or comma before the quote.
    if (c == s.b && IsCap(c) && !(cue.flags & (qi::kCueWeak | qi::kCueParticiple)) && !right.empty() &&
        right.e + 1 < s.e && (tokens_[right.e].type == kColon || tokens_[right.e].type == kComma) &&
        IsOpenQuote(right.e + 1))
      after_break = cue_first = true;
    // `"...," said one New Hampshire Democrat.`: after a quote any noun
    // phrase may follow the cue.
    bool after_quote = prev >= s.b && (IsCloseQuote(prev) || (tokens_[prev].type == kComma && prev > s.b &&
                                                              IsCloseQuote(prev - 1)));
    // The speaker after the cue ends the clause: `said the videos show ...`
    // is a complement clause's subject, not an inverted speaker.
    bool right_ends = !right.empty() && (right.e >= s.e || !IsWord(right.e) || tokens_[right.e].quote >= 0 ||
                                         Is(right.e, qi::kPreposition | qi::kTimeWord | qi::kBoundary | qi::kThat));
    // `..., said one GOP source in the room.`: a quantifier opens the phrase.
    bool quantifier = !right.empty() && IsQuantifier(right.b);
    if (after_break && right_ends && !(cue.flags & qi::kCueParticiple) && SpeakerLike(right) &&
        !Is(right.b, qi::kThat) &&
        (IsCap(right.b) || quantifier || tokens_[right.b].type == kNumber ||
         Is(right.b, qi::kDeterminer | qi::kPronoun | qi::kTitle) ||
         (after_quote && IsWord(right.b) && !Is(right.b, qi::kPreposition | qi::kBoundary | qi::kAux | qi::kTimeWord)))) {
      // `said Douglas Holtz-Eakin, an economist who ...`: the apposition
      // belongs to the speaker mention.
      auto ing = [&](int t) {
        std::string_view w = Tok(t);
        return IsWord(t) && w.size() > 4 && w.substr(w.size() - 3) == "ing";
      };
      if (right.e + 1 < s.e && tokens_[right.e].type == kComma && IsWord(right.e + 1) && !ing(right.e + 1) &&
          (Is(right.e + 1, qi::kDeterminer | qi::kRoleNoun | qi::kTitle) || !IsCap(right.e + 1))) {
        int k = right.e + 1;
        while (k < s.e && tokens_[k].quote < 0 &&
               (tokens_[k].type != kPeriod ||
                ((tokens_[k].flags & kAdjacentPrev) && IsWord(k - 1) &&
                 (Is(k - 1, qi::kAbbreviation | qi::kTitle) || (Tok(k - 1).size() == 1 && IsCap(k - 1))))))
          ++k;
        Range ext = TrimContent(Range{right.b, k});
        if (ext.e > right.e) right.e = ext.e;
      }
      speaker = right;
      inverted = true;
      cue_end = right.e;
    } else if (int conj = prev >= s.b && (IsAdverb(prev) || LowerIs(prev, "then")) ? prev - 1 : prev;  // "and repeatedly says"
               !inherited_speaker_.empty() &&
               ((cue.flags & qi::kCueParticiple) || (conj >= s.b && (LowerIs(conj, "and") || LowerIs(conj, "but"))))) {
      // `..., saying ...` and `... and said ...` continue the speaker.
      speaker = inherited_speaker_;
      participle = true;
    } else if (to_inf) {
      Range subj = SubjectNP(s, c - 1);
      if (!SpeakerLike(subj)) return false;
      speaker = subj;
      participle = true;
      a->cue = Range{c - 1, cue_end};
    } else if (Range first = VerbAndCueSubject(s, prev); !first.empty()) {
      // `I laughed and said, "..."`: the subject of the first verb.
      speaker = first;
      participle = true;
    } else if (int end = (cue.flags & qi::kCueParticiple) ? OpeningParticipleEnd(s, c, cue_end, &speaker) : -1;
               end >= 0) {
      a->speaker = speaker;
      a->content[0] = TrimContent(Range{cue_end, end});
      a->n_content = 1;
      a->next_clause = speaker.b;
      return !a->content[0].empty();
    } else if ((cue.flags & (qi::kCueParticiple | qi::kCueSpeech)) && prev >= s.b &&
               (tokens_[prev].type == kComma || LowerIs(prev, "and") ||
                // `trashed him on “Morning Joe,” calling it ...`: the comma
                // inside the closing quote.
                ((cue.flags & qi::kCueParticiple) && IsCloseQuote(prev) && prev > s.b &&
                 tokens_[prev - 1].type == kComma) ||
                // `began by saying he would ...`, `aside from saying ...`
                ((cue.flags & qi::kCueParticiple) && IsWord(prev) && tokens_[prev].quote < 0 &&
                 (LowerIs(prev, "by") || LowerIs(prev, "for") || LowerIs(prev, "from") || LowerIs(prev, "after") ||
                  LowerIs(prev, "before") || LowerIs(prev, "while") || LowerIs(prev, "without"))))) {
      Range subj = SubjectNP(s, c);
      if (!SpeakerLike(subj)) return false;
      // `Novak, eager to ..., attacked`, `the ad, titled "..."`: right after
      // the subject's comma, a cue that is no participle and no strong past
      // tense ("said") opens an aside, not a verb phrase.
      if (subj.e == prev && !(cue.flags & qi::kCueParticiple) &&
          ((cue.flags & qi::kCueWeak) || !(IrregularPast(c) || EndsWith(Tok(c), "ed"))))
        return false;
      // `Ida Kovacs (D), the mayor's rival, called ..., saying ...`: an
      // apposition after the subject belongs to the mention.
      // Only a noun phrase ("the ...", "Novak's ...", a role), not an aside
      // ("meanwhile", "in an interview", "22, of Flint"), and a verb after it.
      if (subj.e + 1 < c && tokens_[subj.e].type == kComma && IsWord(subj.e + 1) &&
          (Is(subj.e + 1, qi::kDeterminer | qi::kRoleNoun | qi::kTitle) ||
           StripPossessive(Tok(subj.e + 1)) != Tok(subj.e + 1))) {
        int k = subj.e + 1;
        while (k < c && k - subj.e < 30 && tokens_[k].type != kComma && tokens_[k].quote < 0) ++k;
        if (k < c && tokens_[k].type == kComma) {
          Range app = Apposition(s, k);
          if (app.b == subj.b && app.e == k + 1 && IsWord(k + 1) && !IsCap(k + 1)) subj = app;
        }
      }
      speaker = subj;
      participle = true;
    } else {
      return false;
    }
  }
  // "It was reported that ...": a passive names no source.
  if (speaker.e - speaker.b == 1 && LowerIs(speaker.b, "it") && c - 1 > speaker.b &&
      (LowerIs(c - 1, "was") || LowerIs(c - 1, "is") || LowerIs(c - 1, "been") || LowerIs(c - 1, "being")) &&
      Tok(c).size() > 3 && Tok(c).substr(Tok(c).size() - 2) == "ed") {
    a->cue = Range{c - 1, cue_end};
    int k = SkipTail(c + 1, s.e, a);
    while (k < s.e && (tokens_[k].type == kComma || tokens_[k].type == kColon)) ++k;
    Range content = TrimContent(Range{k, s.e});
    if (content.empty()) return false;
    a->content[0] = content;
    a->n_content = 1;
    return true;
  }
  a->speaker = speaker;
  // Weak cues ("show", "called", "seems") also make nouns: "a stream called
  // Miracle Run", "the TV show". Their speaker must look like one: a name,
  // a pronoun, a role noun or a plural ("polls show").
  if ((cue.flags & qi::kCueWeak) && !participle && !inverted) {
    bool ok = false;
    for (int t = speaker.b; t < speaker.e && !ok; ++t)
      ok = IsCap(t) || Is(t, qi::kPronoun | qi::kRoleNoun);
    std::string_view last = Tok(speaker.e - 1);
    if (!ok && IsWord(speaker.e - 1) && last.size() > 3 && last.back() == 's') ok = true;
    // Poll findings: "Six in 10 say", "64 percent believe", "most think".
    if (!ok && (tokens_[speaker.e - 1].type == kNumber || LowerIs(speaker.e - 1, "percent") ||
                LowerIs(speaker.e - 1, "most") || LowerIs(speaker.e - 1, "half") ||
                LowerIs(speaker.e - 1, "majority") || LowerIs(speaker.e - 1, "many") ||
                LowerIs(speaker.e - 1, "both") || LowerIs(speaker.e - 1, "some") ||
                LowerIs(speaker.e - 1, "others") || LowerIs(speaker.e - 1, "public")))
      ok = true;
    if (LowerIs(c, "show") && IsWord(speaker.e - 1) && last.back() != 's') ok = false;  // "TV show"
    if (!ok) return false;
  }

  // "endorsed by dozens of papers": a passive participle names its agent
  // after "by"; the words after it are no content.
  // `responded by citing ...`: "by" and a gerund is the manner of an
  // active verb, not a passive's agent.
  if (!inverted && !participle && c + 1 < s.e && LowerIs(c + 1, "by") && Tok(c).size() > 3 &&
      Tok(c).substr(Tok(c).size() - 2) == "ed" &&
      !(c + 2 < s.e && IsWord(c + 2) && !IsCap(c + 2) && EndsWith(Tok(c + 2), "ing")))
    return false;
  // --- content after the cue -------------------------------------------------
  int k = inverted ? cue_end : (cue.flags & qi::kCueParticle) ? c + 2 : c + 1;
  // `told "Morning Joe" that ...`: a quoted show or outlet name as the
  // object (a title: at most five words, followed by "that").
  if (!inverted && (cue.flags & qi::kCueTakesObject) && k + 1 < s.e) {
    // `told MSNBC's "Morning Joe" that`: the outlet's possessive first.
    int o = IsWord(k) && IsCap(k) && StripPossessive(Tok(k)) != Tok(k) ? k + 1 : k;
    int close = ShortQuoteClose(o);
    if (close >= 0 && close + 1 < s.e && Is(close + 1, qi::kThat)) {
      a->addressee = Range{o + 1, close};
      k = close + 1;
    }
  }
  if (!inverted && (cue.flags & qi::kCueTakesObject) && k < s.e && IsWord(k) && !Is(k, qi::kThat) &&
      !Is(k, qi::kPreposition)) {
    Range obj = RightNP(k, s.e, 5);
    if (!obj.empty() && obj.e - obj.b <= 5) {
      int after = obj.e;
      // "told them he would ...", "told reporters the talks ...".
      bool pronoun_object = obj.e - obj.b == 1 && (Is(obj.b, qi::kPronoun) || LowerIs(obj.b, "reporters") ||
                                                   LowerIs(obj.b, "journalists") || LowerIs(obj.b, "us") ||
                                                   LowerIs(obj.b, "me"));
      if (after >= s.e || pronoun_object || Is(after, qi::kThat | qi::kPersonPronoun) || tokens_[after].type == kComma ||
          tokens_[after].type == kColon || tokens_[after].type == kPeriod || tokens_[after].quote >= 0 ||
          Is(after, qi::kPreposition | qi::kTimeWord) || RelativeTime(after)) {
        a->addressee = obj;
        k = obj.e;
      }
    }
  }
  k = SkipTail(k, s.e, a);
  // "Clinton says at a stop in Toledo, Ohio, that ...": jump to a near "that"
  // when what lies between is a prepositional tail. `vowed not to repeat
  // that mistake`: an infinitive is no tail, and its "that" is no
  // complementizer; `complained to the chairman that` is a tail.
  bool infinitive = k + 1 < s.e && LowerIs(k, "to") && !Is(k + 1, qi::kDeterminer | qi::kPronoun) && !IsCap(k + 1);
  // `responded by citing ... to prove that ...`: what was done is the
  // content, from "by" on.
  bool by_gerund = k + 1 < s.e && LowerIs(k, "by") && IsWord(k + 1) && !IsCap(k + 1) && EndsWith(Tok(k + 1), "ing");
  if (k < s.e && Is(k, qi::kPreposition) && !infinitive && !by_gerund) {
    for (int t = k; t < s.e && t < k + 12; ++t) {
      // `said on ABC's "This Week" that ...`: a quoted show name in the tail
      // (a closed quote of at most five words) is skipped.
      if (int close = ShortQuoteClose(t); close >= 0 && t > k) {
        t = close;
        continue;
      }
      if (tokens_[t].quote >= 0 || tokens_[t].type == kPeriod) break;
      // `said in Vienna, adding that ...`: the "that" is the participle's.
      if (tokens_[t].type == kComma && t + 1 < s.e && tokens_[t + 1].cue &&
          (tokens_[t + 1].cue->flags & qi::kCueParticiple))
        break;
      if (Is(t, qi::kThat)) { k = t; break; }
    }
  }
  // `saying during the debate last week, "That makes me smart,"`: a
  // prepositional tail, a comma and a quote; the quote opens the content.
  // So with a participle (`"...," Novak said in Paris, noting ...`: the
  // content is before the cue) or a verb going on with the words before the
  // speaker (`These workers, Novak explained at the hearing, were ...`).
  if (k < s.e && IsWord(k) && Is(k, qi::kPreposition) && !LowerIs(k, "to") && !LowerIs(k, "of")) {
    for (int t = k + 1; t < s.e && t < k + 9; ++t) {
      if (tokens_[t].quote >= 0 || Is(t, qi::kThat)) break;
      if (tokens_[t].type == kComma) {
        int n = t + 1;
        bool participle = n < s.e && IsWord(n) && tokens_[n].cue && tokens_[n].quote < 0 &&
                          (tokens_[n].cue->flags & qi::kCueParticiple) && !LowerIs(n, "according");
        bool verb = n < s.e && IsWord(n) && !IsCap(n) && tokens_[n].quote < 0 && !Is(n, qi::kBoundary) &&
                    (Is(n, qi::kAux) || VerbLike(n));
        if (n < s.e && (IsOpenQuote(n) || participle || verb)) k = n;
        break;
      }
    }
  }
  // `scolded him: "..."`, `told the crowd: "..."`: a short object, a colon
  // and a quote; the quote is the content.
  for (int t = k; t < s.e && t < k + 4; ++t) {
    if (tokens_[t].quote >= 0 || !(IsWord(t) || tokens_[t].type == kColon)) break;
    if (tokens_[t].type == kColon && t > k && t + 1 < s.e && IsOpenQuote(t + 1)) {
      k = t + 1;
      break;
    }
  }
  while (k < s.e && (tokens_[k].type == kComma || tokens_[k].type == kColon)) ++k;
  int content_after_begin = k;
  Range after = TrimContent(Range{k, s.e});

  // --- content before the attribution ------------------------------------------
  int attr_begin = inverted ? c : speaker.b;
  if (participle) attr_begin = c;
  Range before = TrimContent(Range{s.b, attr_begin});
  if (participle) before = Range{};
  bool before_ok = !before.empty() && attr_begin > s.b &&
                   (tokens_[attr_begin - 1].type == kComma || tokens_[attr_begin - 1].type == kDash ||
                    tokens_[attr_begin - 1].type == kColon || IsCloseQuote(attr_begin - 1) ||
                    (attr_begin - 2 >= s.b && tokens_[attr_begin - 1].type == kDash));
  int cont = ContinuationQuote(content_after_begin, s.e);
  // `"Q1," he said, "Q2."` continues a split quote; `X boasted, "Q."` does not.
  bool before_ends_quoted = before_ok && IsCloseQuote(before.e - 1);
  bool tail_only = after.empty() || (cont >= 0 && before_ends_quoted);
  // `"...," she said, referencing the bank's ...`: a participle after the
  // comma opens an attribution of its own; the content is before the cue.
  if (!tail_only && before_ok && content_after_begin > c + 1 && tokens_[content_after_begin - 1].type == kComma &&
      IsWord(after.b) && tokens_[after.b].cue && (tokens_[after.b].cue->flags & qi::kCueParticiple) &&
      !LowerIs(after.b, "according"))
    tail_only = true;
  // "..., Peskov said, according to TASS." / "citing": a conduit, not content.
  if (!tail_only && (LowerIs(after.b, "according") || LowerIs(after.b, "citing") ||
                     (after.b > s.b && LowerIs(after.b - 1, "по") && LowerIs(after.b, "словам")))) {
    tail_only = true;
  }
  if (!tail_only && Is(after.b, qi::kPreposition | qi::kTimeWord) && !Is(after.b, qi::kThat)) {
    tail_only = true;
    for (int t = after.b; t < after.e; ++t)
      if (tokens_[t].quote >= 0 || Is(t, qi::kThat) || t - after.b > 10) { tail_only = false; break; }
  }
  bool intro = false;
  if (before_ok && tokens_[before.b].quote < 0 && before.e - before.b <= 8) {
    bool has_quote = false;
    for (int t = before.b; t < before.e; ++t) has_quote |= tokens_[t].quote >= 0;
    intro = !has_quote && (Is(before.b, qi::kPreposition | qi::kTimeWord | qi::kIntro) ||
                           (IsWord(before.b) && Tok(before.b).size() > 4 &&
                            Tok(before.b).substr(Tok(before.b).size() - 3) == "ing"));
  }
  bool before_is_quote = before_ok && IsOpenQuote(before.b) &&
                         tokens_[before.b].quote == tokens_[before.e - 1].quote;
  if (before_ok && (inverted || before_is_quote || (tail_only && !intro))) {
    // `McCaskill scolded him: "...," she said.`: the content is the quote
    // the colon introduces, not the clause before it.
    if (!before_is_quote && IsCloseQuote(before.e - 1)) {
      int o = quotes_[tokens_[before.e - 1].quote].open_tok;
      if (o - 1 > before.b && tokens_[o - 1].type == kColon) before.b = o;
    }
    a->content[a->n_content++] = before;
    if (cont >= 0) {
      const QuoteSpan& q = quotes_[cont];
      int end = q.close_tok + 1;
      a->content[a->n_content++] = Range{int(q.open_tok), end};
    }
    // The date may follow the speaker: `"...," Peskov said on April 14.`
    for (int t = content_after_begin; !a->has_date && t < s.e && t < content_after_begin + 4; ++t)
      SkipTail(t, s.e, a);
    return true;
  }
  if (inverted && !cue_first) return false;
  // `appeared on MSNBC on Tuesday and began by saying ...`: a weak cue
  // followed only by a place and time tail reports nothing.
  if (tail_only && !after.empty() && a->weak &&
      (LowerIs(after.b, "on") || LowerIs(after.b, "at") || LowerIs(after.b, "in") || LowerIs(after.b, "during") ||
       LowerIs(after.b, "with") || LowerIs(after.b, "from") || LowerIs(after.b, "after") ||
       LowerIs(after.b, "before") || LowerIs(after.b, "over") || LowerIs(after.b, "upon")))
    return false;
  // `The latest test, North Korea said, was its biggest yet.`: an
  // attribution set off by commas inside the reported sentence; the content
  // is both sides.
  bool interposed = false;
  if (before_ok && !intro && !tail_only && !participle && !after.empty() && tokens_[attr_begin - 1].type == kComma &&
      content_after_begin - 1 > c && tokens_[content_after_begin - 1].type == kComma && !Is(after.b, qi::kThat) &&
      tokens_[after.b].quote < 0 && IsWord(after.b) && !IsCap(after.b)) {
    int words = 0;
    bool quoted = false;
    for (int t = before.b; t < before.e; ++t) {
      words += IsWord(t);
      quoted |= tokens_[t].quote >= 0;
    }
    interposed = words >= 2 && !quoted;
  }
  if (!after.empty()) {
    // `While he acknowledged ..., Ham also noted ...`: the main clause is
    // not content; it is searched for an attribution of its own.
    if (int cut = ClauseCut(s, after); cut >= 0) {
      a->next_clause = cut + 1;
      after = TrimContent(Range{after.b, cut});
    }
    // `... because "most people don't know," she said.`: a closing
    // attribution repeating the speaker is not content.
    int t = after.e - 1;
    while (t > after.b && IsWord(t) && Is(t, qi::kTimeWord)) --t;
    if (t > after.b + 2 && tokens_[t].cue && !(tokens_[t].cue->flags & qi::kCueWeak)) {
      int n = t - 1;
      while (n > after.b && t - n <= 4 && IsWord(n) && tokens_[n].quote < 0) --n;
      if (n > after.b && (tokens_[n].type == kComma || IsCloseQuote(n)) && t - n >= 2)
        after = TrimContent(Range{after.b, IsCloseQuote(n) ? n + 1 : n});
    }
    // `attacked Clinton for ..., saying, "She's trigger-happy."`: the
    // participle opens an attribution of its own (same speaker).
    for (int t2 = after.b + 2; t2 < after.e; ++t2) {
      const Token& tk = tokens_[t2];
      if (tk.quote < 0 && tk.cue && (tk.cue->flags & qi::kCueParticiple) && !(tk.cue->flags & qi::kCueWeak) &&
          tokens_[t2 - 1].type == kComma) {
        after = TrimContent(Range{after.b, t2 - 1});
        break;
      }
    }
    // `said it was "opposed" to the test and warned North Korea ...`: a
    // second verb phrase of the subject ends the reported content.
    for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
      if (tokens_[t2].quote >= 0 || !(LowerIs(t2, "and") || LowerIs(t2, "but"))) continue;
      int n = t2 + 1;
      // `... "witness," and then tweeted that ...`.
      if (n + 1 < after.e && LowerIs(n, "then")) ++n;
      std::string_view w = Tok(n);
      bool verb = IsWord(n) && !IsCap(n) && !Is(n, qi::kAux) &&
                  (IrregularPast(n) || (w.size() > 4 && w.substr(w.size() - 2) == "ed"));
      // `... come out of the car and repeatedly says, "..."`: an adverb and
      // a speech cue.
      if (!verb && n + 1 < after.e && IsAdverb(n) && tokens_[n + 1].cue && tokens_[n + 1].quote < 0 &&
          !(tokens_[n + 1].cue->flags & (qi::kCueWeak | qi::kCueNoun | qi::kCueParticiple)))
        verb = true;
      // `... "a prayer" for the nominee but did not suggest ...`: after
      // "but", an auxiliary or participle opens the second verb phrase.
      bool clause = LowerIs(t2, "but") &&
                    (Is(n, qi::kPersonPronoun) ||
                     (IsWord(n) && !IsCap(n) && (Is(n, qi::kAux) || EndsWith(w, "ing")) && !Is(n, qi::kBoundary)));
      // `calling him a "stiff" and accusing him of ...`: a second
      // participle cue after "and" reports on its own (same speaker).
      if (LowerIs(t2, "and") && IsWord(n) && !IsCap(n) && tokens_[n].quote < 0 && tokens_[n].cue &&
          (tokens_[n].cue->flags & qi::kCueParticiple) && !LowerIs(n, "according"))
        verb = true;
      // `saying he was "very encouraged" and Trump calling it ...`: a
      // subject of its own and a participle cue open a clause that is
      // searched again. (With a finite verb, `said X and he feels ...`,
      // PolNeAR keeps the clause in the content: measured.)
      if (LowerIs(t2, "and") && !verb && tokens_[n].quote < 0 && IsCap(n)) {
        int m = n + 1;
        while (m < after.e && m - n < 4 && IsCap(m)) ++m;
        bool participle = m < after.e && IsWord(m) && !IsCap(m) && tokens_[m].quote < 0 && tokens_[m].cue &&
                          (tokens_[m].cue->flags & qi::kCueParticiple) && !LowerIs(m, "according");
        if (participle && !Is(n, qi::kIntro | qi::kPreposition | qi::kDeterminer)) {
          after = TrimContent(Range{after.b, t2});
          a->next_clause = n;
          break;
        }
      }
      if (verb || clause) {
        after = TrimContent(Range{after.b, t2});
        break;
      }
    }
    // `... voting system, encouraging his supporters to ...`: a participle
    // clause after a comma is the writer's, not the content. (Relative
    // ", which" / ", who" clauses are as often content: measured, kept;
    // right after a quote they are the writer's gloss, cut below.)
    // A quote closing on a comma (`only “partial,” meaning it ...`) is a
    // comma too. An adverb may stand before the participle (`, implicitly
    // putting`): even on train, +1 on dev once "this weekend" is a tail.
    for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
      bool comma = tokens_[t2].quote < 0 && tokens_[t2].type == kComma;
      bool quote_comma = IsCloseQuote(t2) && tokens_[t2 - 1].type == kComma;
      if (!comma && !quote_comma) continue;
      int n = t2 + 1;
      if (n < after.e && IsWord(n) && !IsCap(n) && (Is(n, qi::kAux) || IsAdverb(n)) && !Is(n, qi::kBoundary)) ++n;
      if (n >= after.e || !IsWord(n) || IsCap(n) || tokens_[n].quote >= 0) continue;
      std::string_view w = Tok(n);
      if (w.size() > 5 && w.substr(w.size() - 3) == "ing" && !LowerIs(n, "including") &&
          !LowerIs(n, "according") && !LowerIs(n, "during")) {
        after = quote_comma ? Range{after.b, t2 + 1} : TrimContent(Range{after.b, t2});
        break;
      }
    }
    // `... the military is "depleted" and says he will ...`: a second verb
    // phrase after a closing quote mark is no longer content.
    for (int t2 = after.b + 1; t2 + 1 < after.e; ++t2) {
      if (!IsCloseQuote(t2)) continue;
      int n = t2 + 1;
      if (n < after.e && tokens_[n].type == kComma) ++n;
      bool cut = false;
      // `... "passion and commitment" but argues ...`, `... "a prayer" for
      // the nominee but did not suggest ...`: "but" too, and an auxiliary
      // or a participle as the second verb.
      if ((LowerIs(n, "and") || LowerIs(n, "but")) && n + 1 < after.e && IsWord(n + 1) && !IsCap(n + 1) &&
          ((tokens_[n + 1].cue && !(tokens_[n + 1].cue->flags & qi::kCueWeak)) || VerbLike(n + 1) ||
           (LowerIs(n, "but") && (Is(n + 1, qi::kAux) || EndsWith(Tok(n + 1), "ing")))))
        cut = true;
      // `called the system "rigged" in a tweet Tuesday`, `... "a fraud" on
      // Twitter`: where it was said, not what.
      if (!cut && n + 2 < after.e && (LowerIs(n, "in") || LowerIs(n, "on"))) {
        int m = n + 1;
        if (Is(m, qi::kDeterminer)) ++m;
        cut = m < after.e && (LowerIs(m, "tweet") || LowerIs(m, "statement") || LowerIs(m, "interview") ||
                              LowerIs(m, "twitter") || LowerIs(m, "facebook") || LowerIs(m, "speech"));
      }
      // `... "Spanish," which is what some ...`: a relative clause on the
      // quoted words is the writer's gloss.
      if (!cut && n < after.e && (LowerIs(n, "which") || (LowerIs(n, "in") && n + 1 < after.e && LowerIs(n + 1, "which"))) &&
          (tokens_[t2 - 1].type == kComma || tokens_[n - 1].type == kComma))
        cut = true;
      if (cut) {
        after = Range{after.b, t2 + 1};
        break;
      }
    }
    // `... "suburbs of St. Petersburg" — a metaphor for ...`: the writer's
    // gloss, not the content.
    // Only after a quote, and not the first of a parenthetical dash pair.
    // (`"encouraged" by the plan — a modest boost ...`: a quote earlier in
    // the content counts too.)
    bool quote_before = after.b + 1 < after.e && (IsCloseQuote(after.b) || IsCloseQuote(after.b + 1));
    for (int t2 = after.b + 2; t2 + 1 < after.e; ++t2) {
      if (tokens_[t2].quote >= 0) {
        quote_before |= IsCloseQuote(t2);
        continue;
      }
      // `... his "D-minus" rating — while his critics ...`: a clause of the
      // writer's after the dash too.
      bool gloss = tokens_[t2].type == kDash && quote_before &&
                   (Is(t2 + 1, qi::kDeterminer) || LowerIs(t2 + 1, "while") || LowerIs(t2 + 1, "whereas"));
      for (int t3 = t2 + 1; gloss && t3 < after.e; ++t3) gloss = tokens_[t3].type != kDash;
      if (gloss) {
        after = TrimContent(Range{after.b, t2});
        break;
      }
    }
    // `... been "rigged" against him, a charge that ...`, `the "Charleston
    // loophole," a flaw in ...`: an appositive after the quote glosses it.
    {
      bool quote_before = false;
      for (int t2 = after.b + 1; t2 + 2 < after.e; ++t2) {
        if (tokens_[t2 - 1].quote >= 0) quote_before |= IsCloseQuote(t2 - 1);
        // A comma outside the quote, or one closing it (`"...," a`).
        bool close = tokens_[t2].quote >= 0 && IsCloseQuote(t2);
        bool comma = (tokens_[t2].quote < 0 && tokens_[t2].type == kComma) || (close && tokens_[t2 - 1].type == kComma);
        if (!comma || !(quote_before || close)) continue;
        int n = t2 + 1;
        if (IsWord(n) && tokens_[n].quote < 0 && (LowerIs(n, "a") || LowerIs(n, "an")) && !IsOpenQuote(n + 1)) {
          after = close ? Range{after.b, t2 + 1} : TrimContent(Range{after.b, t2});
          break;
        }
      }
    }
    // `saying, "That makes me smart," when Clinton blasted him`: a quote
    // that opens the content and closes on a comma is the content; the
    // clause after it is the writer's.
    if (IsOpenQuote(after.b)) {
      const QuoteSpan& q = quotes_[tokens_[after.b].quote];
      int close = int(q.close_tok);
      if (q.closed && close + 1 < after.e && close - 1 > after.b && tokens_[close - 1].type == kComma &&
          IsWord(close + 1) && !IsCap(close + 1) && !tokens_[close + 1].cue && !Is(close + 1, qi::kPersonPronoun))
        after = Range{after.b, close + 1};
    }
    // `chiding him, “What difference does it make?” when questioned ...`,
    // `chanting "no contract, no peace" after the union failed ...`: in a
    // participle's content, a time clause after the quote is the writer's.
    if (cue.flags & qi::kCueParticiple) {
      for (int t2 = after.b + 1; t2 + 2 < after.e; ++t2) {
        if (!IsCloseQuote(t2)) continue;
        int n = t2 + 1;
        if (tokens_[n].type == kComma) ++n;
        if (n + 1 < after.e && tokens_[n].quote < 0 &&
            (LowerIs(n, "when") || LowerIs(n, "as") || LowerIs(n, "after") || LowerIs(n, "before") ||
             LowerIs(n, "while")) &&
            (Is(n + 1, qi::kPersonPronoun | qi::kDeterminer) || EndsWith(Tok(n + 1), "ed"))) {
          // Not when the clause quotes again: the speaker's words go on.
          bool quoted = false;
          for (int t3 = n + 1; t3 < after.e && !quoted; ++t3) quoted = tokens_[t3].quote >= 0;
          if (!quoted) after = Range{after.b, t2 + 1};
          break;
        }
      }
    }
    // `blasted Clinton as a "disgrace" Wednesday on ...`, `criticized the
    // law as a "crazy system" during a stop in Flint`: an object labelled
    // with a quoted phrase; the content ends with the phrase (and any
    // coordinated one: `as a "leech" and a "spoiled brat."`).
    {
      int t = LowerIs(after.b, "as") ? after.b : after.b + 1;
      while (t < after.e && t - after.b <= 8 && IsWord(t) && tokens_[t].quote < 0 && !Is(t, qi::kThat) &&
             !LowerIs(t, "as"))
        ++t;
      if (t < after.e && LowerIs(t, "as") && tokens_[t].quote < 0 && !Is(after.b, qi::kThat)) {
        auto phrase_end = [&](int q) {  // one past the close of a quote opening at q or q+1
          if (q < after.e && IsWord(q) && Is(q, qi::kDeterminer)) ++q;
          if (q >= after.e || !IsOpenQuote(q)) return -1;
          const QuoteSpan& qs = quotes_[tokens_[q].quote];
          return qs.closed && int(qs.close_tok) < after.e ? int(qs.close_tok) + 1 : -1;
        };
        int end = phrase_end(t + 1);
        while (end > 0) {
          int n = end;
          if (n < after.e && (LowerIs(n, "and") || LowerIs(n, "or"))) {
            int e2 = phrase_end(n + 1);
            if (e2 > 0) { end = e2; continue; }
          }
          break;
        }
        // Only a tail of time and place ends it there; `as "a politician"
        // who "has never ..."` and `as "the Comeback Kid" for ...` go on.
        // A dash there opens the writer's aside (`as a "con artist" ― just
        // as he did ...`).
        bool tail = end > 0 && end < after.e && (tokens_[end].type == kDash || IsWord(end)) &&
                    (tokens_[end].type == kDash || Is(end, qi::kTimeWord) || LowerIs(end, "during") || LowerIs(end, "in") ||
                     LowerIs(end, "at") || LowerIs(end, "on") || LowerIs(end, "when") || LowerIs(end, "while") ||
                     LowerIs(end, "after") || LowerIs(end, "before") || LowerIs(end, "since"));
        // `describing as "unhinged" a Trump tweet ...`: with the label first
        // the object after it is the writer's pointer, not the words.
        if (end > 0 && t == after.b && end < after.e && Is(end, qi::kDeterminer)) tail = true;
        if (tail) after = Range{after.b, end};
      }
    }
    if (after.empty()) return false;
    // "said the same thing", "said as much", "said yes": too short to be a
    // statement unless quoted.
    int words = 0;
    bool quoted = false;
    for (int t2 = after.b; t2 < after.e; ++t2) {
      words += IsWord(t2) || tokens_[t2].type == kNumber;
      quoted |= tokens_[t2].quote >= 0;
    }
    // A one-word object is content for other cues: `endorsed Clinton`,
    // `who opposed it`.
    bool say = LowerIs(c, "said") || LowerIs(c, "says") || LowerIs(c, "say");
    if (words < 2 && !quoted && say) return false;
    // `what the mayor called "a disgrace"`: PolNeAR's content is the whole
    // clause from "what" to the quoted label; without a quote "what ..." is
    // as often a subject clause running on ("what we expect is ...").
    if (speaker.b > s.b && LowerIs(speaker.b - 1, "what")) {
      int end = after.e;
      int q = after.b;
      if (q < after.e && IsWord(q) && (Is(q, qi::kDeterminer) || StripPossessive(Tok(q)) != Tok(q))) ++q;
      if (q < after.e && IsOpenQuote(q)) {
        const QuoteSpan& qs = quotes_[tokens_[q].quote];
        if (qs.closed && int(qs.close_tok) < after.e) end = qs.close_tok + 1;
      } else {
        return false;
      }
      after = Range{speaker.b - 1, end};
    }
    if (interposed) a->content[a->n_content++] = before;
    a->content[a->n_content++] = after;
    return true;
  }
  return false;
}

// Ends the content after `first`'s cue where the attribution `next` begins
// (its speaker, cue or content, whichever comes first after first's cue),
// dropping the commas and conjunctions before it; the rest is left to be
// searched again. False (nothing changed) when `next` does not lie inside
// that content or no words would be left.
bool QuoteExtractor::Impl::CutBefore(const Attribution& next, Attribution* first) {
  if (first->n_content == 0 || first->according) return false;
  Range& last = first->content[first->n_content - 1];
  if (last.b < first->cue.e) return false;
  int start = next.cue.b;
  for (int i = 0; i < next.n_content; ++i) start = std::min(start, next.content[i].b);
  if (!next.speaker.empty() && next.speaker.b >= last.b) start = std::min(start, next.speaker.b);
  if (start <= last.b) return false;
  // Content already cut before `next` (", citing ...") may leave only
  // punctuation and conjunctions between them.
  for (int t = last.e; t < start; ++t)
    if (IsWord(t) && !Is(t, qi::kBoundary) && !LowerIs(t, "then")) return false;  // "and then said"
  // Only where the first holds a quote: weak cues are right less often than
  // the speech cue after them, unless quoted words back them (measured on
  // train: 30% of the statements this added without the condition were
  // right).
  bool quoted = false;
  for (int t = last.b; t < start && t < last.e; ++t)
    quoted |= tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single;
  if (!quoted) return false;
  int e = std::min(start, last.e);
  while (e > last.b && (!IsWord(e - 1) || Is(e - 1, qi::kBoundary)) && tokens_[e - 1].quote < 0) --e;
  Range cut = TrimContent(Range{last.b, e});
  if (CountWords(cut) < 1) return false;
  last = cut;
  first->next_clause = start;
  return true;
}

// Ends the content of `outer` before the nested attribution `inner` found in
// it when only the inner content holds a double quote and a comma (and a
// subordinator: "although", "when", "to which") separates them. Returns
// whether it cut.
bool QuoteExtractor::Impl::CutBeforeQuotedNested(const Attribution& inner, Attribution* outer) {
  if (outer->n_content != 1) return false;
  Range& content = outer->content[0];
  int start = inner.cue.b;
  bool quoted = false;
  for (int i = 0; i < inner.n_content; ++i) {
    start = std::min(start, inner.content[i].b);
    for (int t = inner.content[i].b; t < inner.content[i].e; ++t)
      quoted |= tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single;
  }
  if (!inner.speaker.empty() && inner.speaker.b >= content.b) start = std::min(start, inner.speaker.b);
  if (!quoted || start <= content.b || start >= content.e) return false;
  for (int t = content.b; t < start; ++t)
    if (tokens_[t].quote >= 0) return false;
  int k = start - 1;
  while (k > content.b && IsWord(k) && (Is(k, qi::kBoundary) || LowerIs(k, "to"))) --k;
  if (k <= content.b || tokens_[k].type != kComma) return false;
  Range cut = TrimContent(Range{content.b, k});
  if (CountWords(cut) < 2) return false;
  content = cut;
  return true;
}

// Ends `first`'s content before a clause that starts at `b` after a comma,
// colon, semicolon or dash (`..., she replied: "..."`); the clause is left
// to be searched again. False (nothing changed) when `b` lies outside that
// content, opens a relative clause (", who said") or no words would be left.
bool QuoteExtractor::Impl::CutAtClause(int b, Attribution* first) {
  if (first->n_content == 0 || first->according) return false;
  Range& last = first->content[first->n_content - 1];
  if (last.b < first->cue.e || b <= last.b + 1 || b >= last.e) return false;
  if (tokens_[b].quote >= 0 || Is(b, qi::kBoundary)) return false;
  const Token& before = tokens_[b - 1];
  if (before.quote >= 0 || !(before.type == kComma || before.type == kColon || before.type == kSemicolon ||
                             before.type == kDash))
    return false;
  Range cut = TrimContent(Range{last.b, b - 1});
  if (CountWords(cut) < 2) return false;
  last = cut;
  first->next_clause = b;
  return true;
}

// The best attribution whose cue lies in [from, s.e): the first speech cue
// that yields a speaker and content, else the first weak one, else an
// "according to" one. An "according to X" next to a speech cue names the
// conduit instead ("Peskov said ..., according to TASS"). A `nested` search
// (inside another statement's content) skips the fallbacks that read the
// shape of a whole sentence (a quote after a colon or comma, an opening
// quote): inside a content they split the outer statement.
bool QuoteExtractor::Impl::FindAttribution(Range s, int from, Attribution* best, bool nested) {
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  Attribution a, via;
  bool found = false, have_via = false, strong = false;
  for (int c = from; c < s.e; ++c) {
    const Token& t = tokens_[c];
    if (!t.cue || t.quote >= 0) continue;
    bool weak = t.cue->flags & qi::kCueWeak;
    if (weak && !options.include_weak_cues) continue;
    if (strong && !(t.cue->flags & qi::kCueAccording)) {
      // `Rubio said it was great to be home, a man yelled "Stay there!"`: a
      // later clause with a subject of its own and a speech cue ends the
      // first content there; the rest of the sentence is searched again.
      if (!weak && !(t.cue->flags & qi::kCueParticiple) && c > best->cue.e && TryCue(s, c, &a) && !a.according &&
          !a.speaker.empty() && a.speaker.b > best->cue.e && a.speaker.e <= c && CutAtClause(a.speaker.b, best))
        break;
      continue;
    }
    if (found && weak) continue;
    if (!TryCue(s, c, &a)) {
      if (debug) std::fprintf(stderr, "  cue %s: rejected\n", std::string(Tok(c)).c_str());
      continue;
    }
    if (a.according) {
      if (!have_via) { via = a; have_via = true; }
      continue;
    }
    if (debug) std::fprintf(stderr, "  cue %s: accepted\n", std::string(Tok(c)).c_str());
    // `Trump seems to enjoy ...`, `the bill is expected to pass`: raising
    // verbs and passives state no source; PolNeAR leaves the speaker empty
    // (train: 128 of 136 seem/appear cues, 69 of 69 "be expected").
    if (!a.speaker.empty()) {
      bool raising = LowerIs(c, "seem") || LowerIs(c, "seems") || LowerIs(c, "seemed") || LowerIs(c, "appear") ||
                     LowerIs(c, "appears") || LowerIs(c, "appeared");
      bool passive = c > s.b && a.cue.b == c && (EndsWith(Tok(c), "ed") || LowerIs(c, "known") || LowerIs(c, "seen")) &&
                     (LowerIs(c - 1, "is") || LowerIs(c - 1, "was") || LowerIs(c - 1, "are") || LowerIs(c - 1, "were") ||
                      LowerIs(c - 1, "be") || LowerIs(c - 1, "been") || LowerIs(c - 1, "being"));
      if (raising || passive) a.speaker = Range{};
    }
    // `the union called Clinton a "champion", citing her work`, `52 percent
    // agreed that ..., while 73 percent said ...`: a speech cue after the
    // weak one, inside its content, is an attribution of its own; the weak
    // one keeps the content before it and the rest is searched again.
    if (found && !strong && !weak && CutBefore(a, best)) break;
    *best = a;
    found = true;
    strong = !weak;
  }
  if (!found && !have_via) {
    // Most sentences without a cue hold no quote: the forms built on one
    // are not tried there.
    bool any_quote = false;
    for (int t = from; t < s.e && !any_quote; ++t) any_quote = tokens_[t].quote >= 0;
    found = (any_quote && (TryColonQuote(s, from, best) || TryClosingVerb(s, from, best))) ||
            TryAsPutIt(s, from, best) ||
            (!nested && any_quote && (TryQuoteAfterColon(s, from, best) || TryOpeningQuote(s, from, best))) ||
            (options.include_weak_cues && (TryVerbThat(s, from, best) || TrySubjectVerbQuote(s, from, best) ||
                                           TryInSource(s, from, best)));
  }
  if (found && have_via) {
    best->via = via.speaker;
    // The according-to phrase is not part of the content.
    for (int i = 0; i < best->n_content; ++i) {
      Range& r = best->content[i];
      if (r.b < via.cue.b && r.e > via.cue.b) r.e = via.cue.b;
      if (r.b >= via.cue.b && r.b < via.speaker.e) r.b = via.speaker.e;
      r = TrimContent(r);
    }
  } else if (!found && have_via) {
    *best = via;
    found = true;
  }
  return found;
}

// Content after the cue may hold a nested attribution ("He said Obama
// hopes that ..."); PolNeAR annotates both.
void QuoteExtractor::Impl::AddNested(const Attribution& a, std::vector<Attribution>* found) {
  if (options.include_nested && !a.according && a.n_content == 1) {
    Range inner = a.content[0];
    Attribution n;
    if (inner.e - inner.b > 3 && FindAttribution(inner, inner.b, &n, /*nested=*/true) && n.n_content > 0 &&
        // A weak nested cue only with a prior of 0.35 or more and a
        // source: nested stance verbs (prior 0.3) were right less
        // often than not (measured on train).
        !n.according && (!n.weak || (n.rate >= 0.35f && !n.speaker.empty()))) {
      // PolNeAR marks one statement where the inner content is half
      // the outer or more (`Trump said that Clinton once described
      // the pact as "the gold standard"`): a second one only repeats
      // it. Measured on train: thresholds 0.4-0.8 of the outer's
      // tokens all beat keeping every nested statement; 0.5 is best.
      int inner_len = 0;
      for (int i = 0; i < n.n_content; ++i) inner_len += n.content[i].e - n.content[i].b;
      // `X said that ..., although he tweeted that he "rejects ..."`: a
      // nested statement after a comma holding the only quote ends the
      // outer content (found->back(), the copy of `a`); the two no longer
      // overlap.
      bool cut = CutBeforeQuotedNested(n, &found->back());
      if (cut || inner_len * 2 < inner.e - inner.b) {
        n.rate *= 0.8f;
        found->push_back(n);
      }
    }
  }
}

// `is questioning the voting system, encouraging his supporters to make
// sure it is "on the up and up."`: a participle the lexicon lacks at `p`,
// after the comma ending `a`, whose clause up to `e` holds a quote and no
// cue, reports for the same speaker too. Adds it to `found` as a weak
// statement (after `a`'s nested ones with `nested`) and returns true; else
// false.
bool QuoteExtractor::Impl::UnknownParticiple(const Attribution& a, int p, int e, bool nested,
                                              std::vector<Attribution>* found) {
  if (p + 2 >= e || a.speaker.empty() || !options.include_weak_cues || !IsWord(p) || IsCap(p) || tokens_[p].cue ||
      tokens_[p].quote >= 0 || Tok(p).size() <= 4 || !EndsWith(Tok(p), "ing") || LowerIs(p, "including") ||
      LowerIs(p, "during"))
    return false;
  // `going on to say that ...`, `going on to list ...`: the verb after
  // "(on) to" belongs to the cue.
  int cue_end = p + 1;
  if (cue_end + 1 < e && LowerIs(cue_end, "on")) ++cue_end;
  if (cue_end + 1 < e && LowerIs(cue_end, "to") && IsWord(cue_end + 1) && !IsCap(cue_end + 1) &&
      tokens_[cue_end + 1].quote < 0)
    cue_end += 2;
  else
    cue_end = p + 1;
  bool quoted = false;
  for (int t = cue_end; t < e; ++t) {
    quoted |= IsOpenQuote(t) && !quotes_[tokens_[t].quote].single;
    if (tokens_[t].cue && tokens_[t].quote < 0) return false;
  }
  Range content = TrimContent(Range{cue_end, e});
  if (!quoted || content.empty()) return false;
  if (nested) AddNested(a, found);
  found->push_back(WeakAttribution(a.speaker, Range{p, cue_end}, content));
  return true;
}

// All attributions of a sentence. A sentence may hold several:
//   `"We can't afford it," Trump said, adding, "NATO is costing us."`
//   `When Clinton noted that ... ― Trump boasted, "That makes me smart."`
// so after an attribution whose content precedes its cue the rest of the
// sentence is searched again, and a dash or semicolon followed by another
// speech cue ends a segment.
void QuoteExtractor::Impl::AttributeSentence(Range s, std::vector<Attribution>* found) {
  static const bool debug = std::getenv("QTRACK_QUOTES_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "sentence: [%s]\n ", RangeText(s).c_str());
    for (int i = s.b; i < s.e; ++i)
      std::fprintf(stderr, " %s/%d%s%s", std::string(Tok(i)).c_str(), int(tokens_[i].type),
                   tokens_[i].quote >= 0 ? "q" : "", tokens_[i].cue ? "C" : "");
    std::fprintf(stderr, "\n");
  }
  found->clear();
  int seg_b = s.b;
  // `Asked whether Clinton "has the integrity ...," 75 percent said ...`:
  // the question is an attribution with no stated source; the main clause
  // after the comma is searched as usual.
  {
    int k = s.b;
    while (k < s.e && IsWord(k) && (Is(k, qi::kIntro) || LowerIs(k, "when"))) ++k;
    auto question = [&](int t) {
      return LowerIs(t, "whether") || LowerIs(t, "if") || LowerIs(t, "what") || LowerIs(t, "who") ||
             LowerIs(t, "how") || LowerIs(t, "why") || LowerIs(t, "about");
    };
    if (k + 2 < s.e && LowerIs(k, "asked") && tokens_[k].quote < 0) {
      // "Asked on Fox News who ...", "Asked specifically what ...".
      int w = k + 1;
      while (w < s.e && w < k + 6 && IsWord(w) && tokens_[w].quote < 0 && !question(w)) ++w;
      if (w < s.e && question(w)) {
        int c = w + 1;
        while (c < s.e && !(tokens_[c].quote < 0 && tokens_[c].type == kComma)) {
          // `... president,"`: a comma inside the quote closing it counts.
          if (IsCloseQuote(c) && c > w && tokens_[c - 1].type == kComma) break;
          ++c;
        }
        if (c < s.e && c - w >= 3) {
          Attribution a;
          a.cue = Range{k, k + 1};
          a.rate = 0.5f;
          a.weak = true;
          a.content[0] = Range{w, IsCloseQuote(c) ? c + 1 : c};
          a.n_content = 1;
          if (options.include_weak_cues) found->push_back(a);
          seg_b = c + 1;
        }
      }
    }
  }
  while (seg_b < s.e) {
    int seg_e = s.e;
    bool cue_seen = false;
    for (int i = seg_b; i < s.e; ++i) {
      const Token& t = tokens_[i];
      if (t.quote >= 0) continue;
      if (t.cue && !(t.cue->flags & qi::kCueWeak)) cue_seen = true;
      // "..., with the Kremlin saying ...": a new attribution starts.
      // `called for ..., as well, saying ...`: "as well" is an adverb, no
      // clause of its own.
      if (i > seg_b && IsWord(i) && (LowerIs(i, "with") || LowerIs(i, "as")) &&
          !(i + 1 < s.e && LowerIs(i + 1, "well"))) {
        // `celebrated with supporters, declaring ...`: a comma before the
        // participle makes it the clause's own.
        bool participle = false;
        // Nor an "and" (`addressing her as “...” and telling her`).
        for (int k = i + 1; k < s.e && k < i + 6 && !participle && tokens_[k].type != kComma && !LowerIs(k, "and"); ++k)
          participle = tokens_[k].quote < 0 && tokens_[k].cue && (tokens_[k].cue->flags & qi::kCueParticiple);
        if (participle) { seg_e = i; break; }
      }
      // `saying that ... - and arguing that ...`: a participle after the
      // dash and "and" goes on with the same speaker.
      if ((t.type == kDash || t.type == kSemicolon) && cue_seen &&
          !(i + 2 < s.e && LowerIs(i + 1, "and") && tokens_[i + 2].cue &&
            (tokens_[i + 2].cue->flags & qi::kCueParticiple))) {
        bool later = false;
        for (int k = i + 1; k < s.e && !later; ++k)
          later = tokens_[k].quote < 0 && tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak);
        // A parenthetical dash pair ("― as was true ... ―") is skipped whole.
        if (later) { seg_e = i; break; }
      }
    }
    Range seg{seg_b, seg_e};
    int from = seg.b;
    inherited_speaker_ = Range{};
    for (int guard = 0; guard < 4 && from < seg.e; ++guard) {
      Attribution a;
      if (!FindAttribution(seg, from, &a) || a.n_content == 0) break;
      if (debug)
        std::fprintf(stderr, "  attribution: speaker [%s] cue [%s] content [%s]\n", RangeText(a.speaker).c_str(),
                     RangeText(a.cue).c_str(), RangeText(a.content[0]).c_str());
      // `Cruz urged voters to "vote your conscience" and said ...`: the
      // verb phrase before "and" may hold a statement of its own.
      if (options.include_weak_cues && a.cue.b - 1 > from && LowerIs(a.cue.b - 1, "and") && a.content[0].b >= a.cue.b &&
          (a.speaker.empty() || a.speaker.b < a.cue.b)) {
        Attribution first;
        if (TrySubjectVerbQuote(Range{from, a.cue.b - 1}, from, &first)) found->push_back(first);
      }
      found->push_back(a);
      // Content after the cue that stops before a participle (", saying",
      // or `“...,” adding` with the comma inside the quote): the participle
      // is attributed next, to the same speaker.
      if (!a.according && a.content[0].b >= a.cue.b && a.n_content == 1 && a.content[0].e + 1 < seg.e) {
        int e = a.content[0].e;
        int p = tokens_[e].type == kComma ? e + 1
                : (IsCloseQuote(e - 1) && tokens_[e - 2].type == kComma) ? e : -1;
        if (p >= 0 && tokens_[p].cue && (tokens_[p].cue->flags & qi::kCueParticiple)) {
          AddNested(a, found);
          inherited_speaker_ = a.speaker;
          from = p;
          seg = Range{from, seg.e};
          continue;
        }
        if (p >= 0 && UnknownParticiple(a, p, seg.e, /*nested=*/true, found)) break;
      }
      // `Merrill says Machado promised ... and said she would ...`: the
      // content stopped before a second reporting verb of the same subject
      // (also after a comma: `..., but said, “...”`).
      {
        int e = a.content[a.n_content - 1].e;
        if (e + 2 < seg.e && tokens_[e].type == kComma && tokens_[e].quote < 0) ++e;
        int v = e + 1;
        if (v + 1 < seg.e && (IsAdverb(v) || LowerIs(v, "then"))) ++v;  // "and repeatedly says", "and then said"
        // A weak cue too when a quote follows it closely: `said ... and
        // called him a "moderate"` (not a verb and particle: `referred to
        // her "..."` is as often the writer's).
        auto quoted_after = [&](int v) {
          for (int t = v + 1; t < seg.e && t <= v + 5; ++t)
            if (IsOpenQuote(t)) return true;
          return false;
        };
        if (!a.according && a.content[0].b >= a.cue.b && v < seg.e &&
            (LowerIs(e, "and") || LowerIs(e, "but")) && tokens_[v].cue &&
            (!(tokens_[v].cue->flags & qi::kCueWeak) ||
             (!(tokens_[v].cue->flags & qi::kCueParticle) && quoted_after(v))) &&
            tokens_[v].quote < 0) {
          inherited_speaker_ = a.speaker;
          from = e + 1;
          seg = Range{e, seg.e};
          continue;
        }
      }
      // Content before the cue: what follows may be another attribution.
      if (a.according || a.content[0].b >= a.cue.b) {
        AddNested(a, found);
        // The content gave way to a clause of another subject: search it.
        if (a.next_clause >= 0 && a.next_clause < seg.e) {
          from = a.next_clause;
          seg = Range{from, seg.e};
          // `..., citing her work`: a participle there reports for the
          // same speaker.
          inherited_speaker_ = a.speaker;
          continue;
        }
        // `saying, "That makes me smart," when Clinton blasted him ...`: the
        // content ended at a quote; the clause after it is searched again.
        if (!a.according && a.n_content == 1 && IsCloseQuote(a.content[0].e - 1) && a.content[0].e + 2 < seg.e &&
            tokens_[a.content[0].e].type == kWord) {
          from = a.content[0].e;
          seg = Range{from, seg.e};
          inherited_speaker_ = Range{};
          continue;
        }
        // `emailed her condolences, addressing her as “...” and telling
        // her, “...”`, `saying that ... - and arguing that ...`: a later
        // participle after a comma or "and", with no other reporting verb
        // before it, reports for the same speaker.
        if (!a.according && !a.speaker.empty()) {
          int next = -1;
          int last = a.content[a.n_content - 1].e;
          for (int t = last + 1; t < seg.e && t < last + 25 && next < 0; ++t) {
            const Token& tk = tokens_[t];
            if (tk.quote >= 0) continue;
            if (tk.type == kPeriod || tk.type == kSemicolon) break;
            if (!tk.cue || (tk.cue->flags & qi::kCueWeak) || LowerIs(t, "according")) continue;
            if (!(tk.cue->flags & qi::kCueParticiple)) break;
            if (tokens_[t - 1].type == kComma || LowerIs(t - 1, "and")) next = t;
          }
          if (next >= 0) {
            from = next;
            seg = Range{from, seg.e};
            inherited_speaker_ = a.speaker;
            continue;
          }
        }
        break;
      }
      int end = std::max({a.cue.e, a.speaker.e, a.via.e});
      for (int i = 0; i < a.n_content; ++i) end = std::max(end, a.content[i].e);
      // `"...," the board said, reasoning that he "did not ..."`.
      if (!a.according && end + 1 < seg.e && tokens_[end].type == kComma && tokens_[end].quote < 0 &&
          UnknownParticiple(a, end + 1, seg.e, /*nested=*/false, found))
        break;
      inherited_speaker_ = a.speaker;
      from = end;
      seg = Range{end, seg.e};
    }
    seg_b = seg_e + 1;
  }
  // `..., Christie said when asked whether he would ...`: the question is
  // an attribution with no stated source.
  if (options.include_weak_cues) {
    for (int k = s.b + 2; k + 3 < s.e; ++k) {
      if (!tokens_[k].cue || !LowerIs(k, "asked") || tokens_[k].quote >= 0 || !LowerIs(k - 1, "when")) continue;
      int w = k + 1;
      while (w < s.e && w < k + 6 && IsWord(w) && tokens_[w].quote < 0 &&
             !(LowerIs(w, "whether") || LowerIs(w, "if") || LowerIs(w, "what") || LowerIs(w, "who") ||
               LowerIs(w, "how") || LowerIs(w, "why") || LowerIs(w, "about")))
        ++w;
      if (w >= s.e || !IsWord(w) || w >= k + 6) continue;
      int c = w + 1;
      while (c < s.e && !(tokens_[c].quote < 0 && (tokens_[c].type == kComma || tokens_[c].type == kPeriod))) ++c;
      if (c - w < 3) continue;
      bool overlap = false;
      for (const Attribution& f : *found)
        for (int i = 0; i < f.n_content; ++i) overlap |= f.content[i].b < c && w < f.content[i].e;
      if (overlap) continue;
      Attribution a;
      a.cue = Range{k, k + 1};
      a.rate = 0.5f;
      a.weak = true;
      a.content[0] = Range{w, c};
      a.n_content = 1;
      found->push_back(a);
      break;
    }
  }
}

// Paragraph-shaped attributions with no verb:
//   `PENCE: Well, look, ...` and headlines `Pat Caddell: Democrat voters ...`
//   `“Mr. Trump embodies ...” ― Sonya Herridge`
// Emits the statement and returns true when the paragraph is one of them.
bool QuoteExtractor::Impl::ParagraphForms(Range p, std::vector<Quote>* out) {
  // A block-quote marker (an opening mark never closed) is no content.
  if (p.e - p.b > 1 && tokens_[p.b].type == kDQuote && tokens_[p.b].quote < 0) ++p.b;
  // A transcript printed as one long quote, each paragraph reopening it:
  // `"PENCE: Well, look, ...` — the mark opens a quote left unclosed in this
  // paragraph, so it is a marker too, and the label after it is the speaker.
  else if (p.e - p.b > 3 && tokens_[p.b].type == kDQuote && IsOpenQuote(p.b) &&
           (!quotes_[tokens_[p.b].quote].closed || quotes_[tokens_[p.b].quote].close_tok >= uint32_t(p.e)) &&
           IsWord(p.b + 1) && IsCap(p.b + 1)) {
    int k = p.b + 1;
    while (k < p.e && k - p.b <= 4 && IsWord(k) && IsCap(k)) ++k;
    if (k < p.e && tokens_[k].type == kColon) ++p.b;
  }
  if (p.e - p.b < 4) return false;
  // Colon form.
  static constexpr std::string_view kNotSpeakers[] = {
      "note", "related", "photo", "watch", "read", "update", "updated", "author", "by",
      "source", "sources", "credit", "tags", "posted", "date", "contact", "editor", "more",
      "follow", "share", "see", "also", "subscribe", "advertisement", "warning", "video",
      "listen", "image", "caption", "correction", "disclosure", "q", "a", "question",
      "answer", "translation", "full", "live", "breaking", "exclusive", "analysis", "opinion",
      "editor’s", "editor's", "featured", "sections", "about", "email", "phone", "tel"};
  int k = p.b;
  while (k < p.e && k - p.b < 7 && (IsWord(k) || (tokens_[k].type == kPeriod && (tokens_[k].flags & kAdjacentPrev))) &&
         (!IsWord(k) || IsCap(k) || LowerIs(k, "of") || LowerIs(k, "the")) &&
         !(tokens_[k].cue && !(tokens_[k].cue->flags & qi::kCueWeak) && !IsCap(k)))
    ++k;
  // A speaker label is a short name ("PENCE:", "Pat Caddell:"), not a
  // headline ("Stealth Over Health:", "Veto Power Impedes Peace Efforts:").
  bool label = k - p.b <= 4;
  for (int t = p.b; t < k && label; ++t)
    if (IsWord(t) && Is(t, qi::kPreposition) && !LowerIs(t, "of")) label = false;
  if (label && k > p.b && k < p.e && tokens_[k].type == kColon && p.e - (k + 1) >= 3 && IsCap(k - 1)) {
    std::string_view first = LowerTok(p.b);
    bool excluded = false;
    for (std::string_view x : kNotSpeakers) excluded |= first == x;
    if (!excluded) {
      Attribution a;
      a.speaker = Range{p.b, k};
      a.cue = Range{k, k + 1};
      // `Said Ellis: "..."`: an inverted cue opens the label.
      if (k - p.b >= 2 && tokens_[p.b].cue && !(tokens_[p.b].cue->flags & qi::kCueWeak)) {
        a.speaker = Range{p.b + 1, k};
        a.cue = Range{p.b, p.b + 1};
      }
      a.rate = 0.5f;
      a.content[0] = TrimContent(Range{k + 1, p.e});
      a.n_content = a.content[0].empty() ? 0 : 1;
      if (a.n_content && a.content[0].e - a.content[0].b >= 3) {
        Emit(a, out);
        return true;
      }
    }
  }
  // Dash form: content, a dash, then a name closing the paragraph.
  int e = p.e;
  if (tokens_[e - 1].type == kPeriod) --e;
  int n = e;
  while (n > p.b && e - n < 8 && (IsCap(n - 1) || (tokens_[n - 1].type == kPeriod && (tokens_[n - 1].flags & kAdjacentPrev))))
    --n;
  if (n < e && n - 1 > p.b && tokens_[n - 1].type == kDash && IsCap(n)) {
    Range content = TrimContent(Range{p.b, n - 1});
    bool quoted = false;
    for (int t = content.b; t < content.e; ++t) quoted |= tokens_[t].quote >= 0;
    if (quoted) {
      Attribution a;
      a.speaker = Range{n, e};
      a.cue = Range{n - 1, n};
      a.rate = 0.8f;
      a.content[0] = content;
      a.n_content = 1;
      Emit(a, out);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Output.

void QuoteExtractor::Impl::Resolve(Range np, Quote* q) {
  q->speaker_mention = Span{tokens_[np.b].begin, tokens_[np.e - 1].end};
  // "It’s denouncing", "I've suggested": the mention is the pronoun alone.
  if (np.e - np.b == 1) {
    std::string_view w = Tok(np.b);
    size_t apos = w.find("\xE2\x80\x99");
    if (apos == std::string_view::npos) apos = w.find('\'');
    if (apos != std::string_view::npos && apos > 0 && apos + 1 < w.size()) {
      std::string_view rest = w.substr(w[apos] == '\'' ? apos + 1 : apos + 3);
      if (rest == "s" || rest == "ve" || rest == "re" || rest == "ll" || rest == "d" || rest == "m")
        q->speaker_mention.end = q->speaker_mention.begin + apos;
    }
  }
  int last = np.e - 1;
  // Pronouns: the last person quoted within a few paragraphs, else the last
  // person named before.
  if (np.e - np.b == 1 && Is(last, qi::kPersonPronoun)) {
    int p = last_speaker_person_;
    if (p < 0) p = LastPersonBefore(tokens_[np.b].begin);
    if (p >= 0) {
      q->speaker = persons_[p].name;
      q->speaker_role = persons_[p].role;
    }
    return;
  }
  // The core of "Megan Hester, senior associate ...," or "Rep. Gwen Moore
  // (D-Wis.)": up to the first comma (or dash: "Novak — a teacher —"),
  // party tag dropped.
  for (int i = np.b + 1; i < np.e; ++i)
    if (tokens_[i].type == kComma || tokens_[i].type == kDash || Tok(i) == "(") { np.e = i; break; }
  last = np.e - 1;
  // Trailing name run: capitalized words that are no title.
  int r = np.e;
  // A day closing the phrase ("the survey released Monday") is no name.
  const uint32_t kNotName =
      qi::kTitle | qi::kNationality | qi::kOrganisation | qi::kOutlet | qi::kDeterminer | qi::kWeekday | qi::kTimeWord;
  while (r > np.b && IsCap(r - 1) && !Is(r - 1, kNotName) &&
         (r == np.e || StripPossessive(Tok(r - 1)) == Tok(r - 1)))
    --r;
  if (r < np.e) {
    std::string_view surname = StripPossessive(Tok(np.e - 1));
    int p = FindPersonBySurname(surname);
    if (genitive_mention_ && IsCyrillicWord(surname)) {
      // "по словам Дмитрия Пескова" → "Дмитрий Песков"; "по словам
      // Пескова" → the person introduced earlier, else "Песков".
      std::string lemma = CyrillicNominative(surname);
      p = FindPersonBySurname(lemma);
      if (np.e - r >= 2) {
        q->speaker.clear();
        for (int t = r; t < np.e; ++t) {
          if (!q->speaker.empty()) q->speaker += ' ';
          q->speaker += t + 1 < np.e ? CyrillicNominative(Tok(t)) : lemma;
        }
      } else {
        q->speaker = p >= 0 ? persons_[p].name : lemma;
      }
      if (p >= 0) {
        q->speaker_role = persons_[p].role;
        last_speaker_person_ = p;
      }
      return;
    }
    if (np.e - r >= 2) {
      q->speaker = std::string(text.substr(tokens_[r].begin, tokens_[np.e - 1].begin - tokens_[r].begin));
      q->speaker += surname;
    } else if (p >= 0) {
      q->speaker = persons_[p].name;
    } else {
      q->speaker = std::string(surname);
    }
    int rb = np.b;
    while (rb < r && Is(rb, qi::kDeterminer)) ++rb;
    // "Russia's Lavrov": a possessive prefix is no role; take the known one.
    if (rb < r && StripPossessive(Tok(r - 1)) == Tok(r - 1) && !Is(r - 1, qi::kBoundary))
      q->speaker_role = RangeText(Range{rb, r});
    else if (p >= 0) q->speaker_role = persons_[p].role;
    if (p >= 0) {
      last_speaker_person_ = p;
    }
    if (Is(np.e - 1, qi::kOutlet)) q->via = q->speaker;
    return;
  }
  // Role nouns and organisations: "the Russian leader", "the Kremlin".
  bool org = false;
  for (int i = np.b; i < np.e; ++i) org |= Is(i, qi::kOrganisation);
  if (Is(last, qi::kRoleNoun) && !org) {
    int p = FindPersonByRole(np);
    if (p >= 0) {
      q->speaker = persons_[p].name;
      q->speaker_role = persons_[p].role;
      last_speaker_person_ = p;
      return;
    }
  }
  int b = np.b;
  while (b < np.e - 1 && Is(b, qi::kDeterminer)) ++b;
  q->speaker = RangeText(Range{b, np.e});
  q->speaker_is_organisation = org || IsCap(last);
  if (Is(last, qi::kOutlet)) q->via = q->speaker;
}

void QuoteExtractor::Impl::Emit(const Attribution& a, std::vector<Quote>* out) {
  Quote q;
  bool any_quote = false, all_quoted = true;
  for (int i = 0; i < a.n_content; ++i) {
    Range r = a.content[i];
    if (r.empty()) continue;
    q.fragments.push_back(Span{tokens_[r.b].begin, tokens_[r.e - 1].end});
    bool whole = IsOpenQuote(r.b) && tokens_[r.b].quote == tokens_[r.e - 1].quote &&
                 (IsCloseQuote(r.e - 1) || !quotes_[tokens_[r.b].quote].closed);
    for (int t = r.b; t < r.e; ++t)
      if (tokens_[t].quote >= 0 && !quotes_[tokens_[t].quote].single) any_quote = true;
    if (whole && quotes_[tokens_[r.b].quote].single) whole = false;
    all_quoted &= whole;
  }
  if (q.fragments.empty()) return;
  bool single_quoted = false;
  for (int i = 0; i < a.n_content; ++i)
    for (int t = a.content[i].b; t < a.content[i].e; ++t)
      if (tokens_[t].quote >= 0 && quotes_[tokens_[t].quote].single) single_quoted = true;
  q.kind = all_quoted ? StatementKind::kDirect
                      : (any_quote || single_quoted) ? StatementKind::kMixed : StatementKind::kIndirect;
  if (q.kind == StatementKind::kIndirect && !options.include_indirect) return;
  // Reported speech cut off after its cue ("promised not to…", a truncated
  // headline) leaves only "to" or "that": nothing was reported.
  if (q.kind == StatementKind::kIndirect) {
    bool has_word = false;
    for (int i = 0; i < a.n_content && !has_word; ++i)
      for (int t = a.content[i].b; t < a.content[i].e && !has_word; ++t)
        has_word = (IsWord(t) && !LowerIs(t, "to") && !LowerIs(t, "that")) || tokens_[t].type == kNumber;
    if (!has_word) return;
  }
  if (!a.cue.empty()) q.cue = Span{tokens_[a.cue.b].begin, tokens_[a.cue.e - 1].end};
  genitive_mention_ = a.according && !a.cue.empty() && a.cue.e - a.cue.b == 2 &&
                      (LowerIs(a.cue.b + 1, "словам") || LowerIs(a.cue.b + 1, "словами"));
  if (!a.speaker.empty()) Resolve(a.speaker, &q);
  genitive_mention_ = false;
  if (!a.via.empty()) {
    int r = a.via.e;
    while (r > a.via.b && IsCap(r - 1) && !Is(r - 1, qi::kTitle | qi::kNationality | qi::kDeterminer)) --r;
    q.via = r < a.via.e ? RangeText(Range{r, a.via.e}) : RangeText(a.via);
  }
  if (!a.addressee.empty()) {
    int last = a.addressee.e - 1;
    if (Is(last, qi::kOutlet)) {
      q.via = RangeText(a.addressee);
    } else if (IsCap(last)) {
      int p = FindPersonBySurname(StripPossessive(Tok(last)));
      q.addressee = (a.addressee.e - a.addressee.b == 1 && p >= 0) ? persons_[p].name : RangeText(a.addressee);
    }
  }
  if (a.has_date) q.said_on = FormatDay(a.said_on);
  else if (has_article_day) q.said_on = FormatDay(article_day);
  float conf = a.rate;
  if (q.kind == StatementKind::kDirect) conf = 0.5f + 0.5f * conf;
  if (q.speaker.empty()) conf *= 0.7f;
  q.confidence = std::clamp<double>(conf, 0.0, 1.0);
  if (q.confidence < options.min_confidence) return;
  out->push_back(std::move(q));
}

// Multi-paragraph quotes: a statement holding one piece of a chain gets all
// the pieces no other statement holds.
void QuoteExtractor::Impl::FinishChains(std::vector<Quote>* out) {
  quote_used_.assign(quotes_.size(), 0);
  auto quote_at = [&](uint32_t byte) -> int {
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), byte,
                               [](const QuoteSpan& q, uint32_t b) { return q.end <= b; });
    if (it != quotes_.end() && it->begin <= byte) return it - quotes_.begin();
    return -1;
  };
  // `"...," Moore said. "If indeed ...` + `"I have been ...," added Clyburn.`:
  // a quote opening a multi-paragraph chain was taken as the continuation
  // of the statement before it, but the chain's own attribution comes
  // later; the chain goes to the statement holding the chain's later quote
  // as its first fragment when that statement names another speaker.
  for (size_t i = 0; i < out->size(); ++i) {
    Quote& later = (*out)[i];
    if (later.fragments.empty()) continue;
    int first = quote_at(later.fragments[0].begin);
    if (first < 0 || quotes_[first].chain < 0) continue;
    for (size_t j = 0; j < i; ++j) {
      Quote& earlier = (*out)[j];
      // The same speaker going on keeps the chain (`"...," Sexton said. "...`
      // + `"...," he added.`).
      if (later.speaker.empty() || later.speaker == earlier.speaker) continue;
      for (size_t f = 1; f < earlier.fragments.size(); ++f) {
        int qi = quote_at(earlier.fragments[f].begin);
        if (qi < 0 || qi >= first || quotes_[qi].chain != quotes_[first].chain) continue;
        later.fragments.insert(later.fragments.begin(), earlier.fragments[f]);
        earlier.fragments.erase(earlier.fragments.begin() + f);
        --f;
      }
    }
  }
  for (Quote& q : *out)
    for (const Span& f : q.fragments) {
      int qi = quote_at(f.begin);
      if (qi >= 0) quote_used_[qi] = 1;
    }
  for (Quote& q : *out) {
    int chain = -1;
    for (const Span& f : q.fragments) {
      int qi = quote_at(f.begin);
      if (qi >= 0 && quotes_[qi].chain >= 0) chain = quotes_[qi].chain;
    }
    if (chain < 0) continue;
    for (size_t i = 0; i < quotes_.size(); ++i) {
      if (quotes_[i].chain != chain || quote_used_[i]) continue;
      quote_used_[i] = 1;
      q.fragments.push_back(Span{quotes_[i].begin, quotes_[i].end});
    }
    std::sort(q.fragments.begin(), q.fragments.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
  }
}

void QuoteExtractor::Impl::Extract(const Article& a, std::vector<Quote>* out) {
  out->clear();
  article = &a;
  text = std::string_view(a.text).substr(0, std::min(a.text.size(), options.max_article_bytes));
  quotes_.clear();
  has_article_day = ParseIsoDay(a.published, &article_day);
  last_speaker_person_ = -1;
  last_speaker_para_ = -100;
  Tokenize();
  for (size_t p = 0; p < para_tokens_.size(); ++p)
    PairQuotes(para_tokens_[p], p + 1 < para_tokens_.size() ? para_tokens_[p + 1] : Range{});
  std::sort(quotes_.begin(), quotes_.end(),
            [](const QuoteSpan& x, const QuoteSpan& y) { return x.begin < y.begin; });
  ChainQuotes();
  FindPersons();
  consumed_para_ = -1;
  // A direct statement that later quote-only sentences extend, also into
  // the next paragraph: `"...," he said.` + `"Right now, ..."`.
  int open_statement = -1;
  for (size_t p = 0; p < para_tokens_.size(); ++p) {
    if (int(p) == consumed_para_) continue;
    if (int(p) - last_speaker_para_ > 3) last_speaker_person_ = -1;
    // `"..."` and then a paragraph `- Ida Novak.` / `-Mayor Kovacs, writing
    // after ...`: a quoted paragraph signed by a dash and a name.
    if (p + 1 < para_tokens_.size()) {
      Range whole = TrimContent(para_tokens_[p]);
      const Range& nx = para_tokens_[p + 1];
      if (!whole.empty() && IsOpenQuote(whole.b) && IsCloseQuote(whole.e - 1) &&
          tokens_[whole.b].quote == tokens_[whole.e - 1].quote && nx.e - nx.b >= 2 && tokens_[nx.b].type == kDash &&
          IsCap(nx.b + 1)) {
        int k = nx.b + 1;
        while (k < nx.e && k - nx.b <= 5 &&
               (IsCap(k) || (tokens_[k].type == kPeriod && (tokens_[k].flags & kAdjacentPrev) && k + 1 < nx.e &&
                             IsCap(k + 1))))
          ++k;
        if (k >= nx.e || tokens_[k].type == kPeriod || tokens_[k].type == kComma) {
          Attribution att;
          att.speaker = Range{nx.b + 1, k};
          att.cue = Range{nx.b, nx.b + 1};
          att.rate = 0.8f;
          att.content[0] = whole;
          att.n_content = 1;
          Emit(att, out);
          consumed_para_ = p + 1;
          open_statement = -1;
          continue;
        }
      }
    }
    if (ParagraphForms(para_tokens_[p], out)) { open_statement = -1; continue; }
    SplitSentences(para_tokens_[p]);
    for (size_t si = 0; si < sentences_.size(); ++si) {
      Range s = sentences_[si];
      Range whole = TrimContent(s);
      bool quote_only = !whole.empty() && IsOpenQuote(whole.b) &&
                        tokens_[whole.b].quote == tokens_[whole.e - 1].quote;
      // `"Here he is," she said. "Donald's here."`: the second sentence has
      // no cue of its own and continues the statement.
      if (quote_only && open_statement >= 0) {
        Quote& open = (*out)[open_statement];
        open.fragments.push_back(Span{tokens_[whole.b].begin, tokens_[whole.e - 1].end});
        if (open.kind == StatementKind::kIndirect) open.kind = StatementKind::kMixed;
        continue;
      }
      open_statement = -1;
      AttributeSentence(s, &attributions_);
      for (const Attribution& att : attributions_) {
        size_t before = out->size();
        Emit(att, out);
        if (out->size() > before) {
          last_speaker_para_ = p;
          // A statement whose quoted content ends before its cue may go on
          // in the next quote-only sentence.
          const Quote& q = out->back();
          bool ends_quoted = att.content[att.n_content - 1].e <= att.cue.b &&
                             IsCloseQuote(att.content[att.n_content - 1].e - 1);
          // So may one whose content precedes its attribution: `The
          // administration may be reluctant ..., Schiff said. "The other
          // factor ..."`.
          bool ends_sentence = att.content[att.n_content - 1].e <= att.cue.b;
          if (q.kind == StatementKind::kDirect || ends_quoted || (ends_sentence && !att.according))
            open_statement = out->size() - 1;
        }
      }
    }
    // "X said:" closing a paragraph introduces the next one.
    const Range& pr = para_tokens_[p];
    if (!pr.empty() && tokens_[pr.e - 1].type == kColon && p + 1 < para_tokens_.size()) {
      Range s = sentences_.empty() ? pr : sentences_.back();
      for (int c = s.b; c < s.e; ++c) {
        if (!tokens_[c].cue || tokens_[c].quote >= 0) continue;
        Attribution att;
        // Speaker: the phrase before the cue.
        int j = c - 1;
        while (j >= s.b && Is(j, qi::kAux)) --j;
        Range np = LeftNP(s.b, j);
        if (!SpeakerLike(np)) continue;
        att.speaker = np;
        att.cue = Range{c, c + 1};
        SkipTail(c + 1, s.e, &att);  // "said on Sunday:"

        att.rate = tokens_[c].cue->rate;
        const Range& next = para_tokens_[p + 1];
        att.content[0] = TrimContent(next);
        att.n_content = att.content[0].empty() ? 0 : 1;
        if (att.n_content) {
          Emit(att, out);
          consumed_para_ = p + 1;
        }
        break;
      }
      // `On May 3, 2014, Novak made the following comment:` and a quoted
      // paragraph after it: with no cue, the sentence's subject and a verb
      // after it introduce the quote.
      const Range& next = para_tokens_[p + 1];
      if (consumed_para_ != int(p) + 1 && IsOpenQuote(next.b) && !quotes_[tokens_[next.b].quote].single) {
        int b = s.b;
        if (Is(b, qi::kPreposition | qi::kTimeWord | qi::kIntro))
          for (int k = b; k < s.e && k < s.b + 10; ++k)
            if (tokens_[k].type == kComma && k + 1 < s.e && IsWord(k + 1)) { b = k + 1; break; }
        Range np = SubjectNP(Range{b, s.e}, s.e - 1);
        int v = np.e;
        while (v < s.e && IsWord(v) && Is(v, qi::kAux) && !Is(v, qi::kBoundary)) ++v;
        if (np.b == b && SpeakerLike(np) && v < s.e && (VerbLike(v) || IrregularPast(v))) {
          Attribution att;
          att.speaker = np;
          att.cue = Range{v, s.e};
          att.rate = 0.5f;
          att.weak = true;
          att.content[0] = TrimContent(next);
          att.n_content = att.content[0].empty() ? 0 : 1;
          if (att.n_content) {
            Emit(att, out);
            consumed_para_ = p + 1;
          }
        }
      }
    }
  }
  FinishChains(out);
  // Statement text: the fragments joined by spaces; a fragment that is one
  // whole quote loses its marks (and a comma closing it before the
  // attribution), and the complementizer opening reported speech goes
  // ("said that the talks ..." → "the talks ..."; the span keeps it, as
  // PolNeAR marks it); nothing else: "<script>", "$5" and "(D-Wis.)" stay.
  auto quote_at = [&](uint32_t byte) -> int {
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), byte,
                               [](const QuoteSpan& q, uint32_t b) { return q.end <= b; });
    if (it != quotes_.end() && it->begin <= byte) return it - quotes_.begin();
    return -1;
  };
  for (Quote& q : *out) {
    q.text.clear();
    for (const Span& f : q.fragments) {
      std::string_view frag = text.substr(f.begin, f.end - f.begin);
      int qi = quote_at(f.begin);
      if (qi >= 0 && quotes_[qi].begin == f.begin && quotes_[qi].end >= f.end) {
        const QuoteSpan& qs = quotes_[qi];
        frag.remove_prefix(tokens_[qs.open_tok].end - tokens_[qs.open_tok].begin);
        if (qs.closed && qs.end == f.end) {
          frag.remove_suffix(tokens_[qs.close_tok].end - tokens_[qs.close_tok].begin);
          if (!frag.empty() && frag.back() == ',') frag.remove_suffix(1);
        }
      }
      while (!frag.empty() && (frag.front() == ' ' || frag.front() == '\n')) frag.remove_prefix(1);
      while (!frag.empty() && (frag.back() == ' ' || frag.back() == '\n')) frag.remove_suffix(1);
      if (q.text.empty()) {
        for (std::string_view that : {"that ", "что ", "що "})
          if (frag.size() > that.size() && frag.substr(0, that.size()) == that) frag.remove_prefix(that.size());
      }
      if (frag.empty()) continue;
      if (!q.text.empty()) q.text += ' ';
      q.text.append(frag);
    }
  }
}

// ---------------------------------------------------------------------------

QuoteExtractor::QuoteExtractor(QuoteOptions options)
    : impl_(std::make_unique<Impl>(options)) {}
QuoteExtractor::~QuoteExtractor() = default;
QuoteExtractor::QuoteExtractor(QuoteExtractor&&) noexcept = default;
QuoteExtractor& QuoteExtractor::operator=(QuoteExtractor&&) noexcept = default;

void QuoteExtractor::Extract(const Article& article, std::vector<Quote>* out) {
  impl_->Extract(article, out);
}

const QuoteOptions& QuoteExtractor::options() const { return impl_->options; }

}  // namespace qtrack
