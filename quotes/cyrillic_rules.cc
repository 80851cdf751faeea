// File: quotes/cyrillic_rules.cc
//
// What Russian and Ukrainian news need beyond the shared rules, reached
// through hooks in the shared stages (each hook is a no-op unless the
// article is in one of the two languages):
//   ApplyCyrillicLanguage  which language: Article::language, else the
//                          letters only one of them writes (ingest/letters.h);
//                          Ukrainian readings of forms the two share
//   speaker phrases        the role and name of a mention, without a date or
//                          the clause's words before it; the addressee,
//                          date and outlet around an inverted speaker
//                          ("— заявил журналистам Песков в интервью ТАСС")
//   interposed cues        "Переговоры, утверждает Лавров, зашли в тупик"
//   names and roles        the name in a capitalised run ("Кремля Дмитрий
//                          Песков"), in the nominative ("по словам Дмитрия
//                          Пескова") and proper case ("Олександр ПОПОВ"),
//                          the role before it; case forms of one surname
//                          resolve to one person
//   sentence forms         a cue inside a quote ("«…, — говорит X, — …»"),
//                          "Об этом заявил X" (the sentence before is the
//                          content), a closing conduit ("…, передает ТАСС")
//                          and a cited source ("со ссылкой на X")
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "ingest/letters.h"
#include "quotes/internal/extractor_impl.h"

namespace qtrack {
namespace {

// Adjective endings: the words a role noun takes before it ("старший
// директор", "перший заступник", "официальный представитель").
bool CyrillicAdjective(std::string_view lower) {
  for (std::string_view e : {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ій", "ої", "ого", "его", "ому",
                             "ему", "ым", "им", "ую", "ых", "их"})
    if (EndsWith(lower, e)) return true;
  return false;
}

// Nouns that put a statement in a place or medium ("в интервью ТАСС", "у
// Telegram-каналі", "на брифинге"): with the preposition before them, a tail.
bool CyrillicMediumNoun(std::string_view lower) {
  static constexpr std::string_view kMedia[] = {
      "интервью", "эфире", "эфир", "беседе", "разговоре", "брифинге", "пресс-конференции", "заявлении",
      "обращении", "видеообращении", "комментарии", "посте", "публикации", "телеграм-канале", "telegram",
      "соцсетях", "интерв'ю", "інтерв’ю", "інтерв'ю", "інтервʼю", "ефірі", "розмові", "брифінгу",
      "пресконференції", "прес-конференції", "заяві", "зверненні", "відеозверненні", "коментарі", "дописі",
      "публікації", "телеграм-каналі", "соцмережах", "facebook", "x", "youtube"};
  for (std::string_view m : kMedia)
    if (lower == m) return true;
  return false;
}

// Nouns in the dative that name who was told ("агентству", "изданию"):
// the capitalised words after them are the outlet.
bool CyrillicOutletNoun(std::string_view lower) {
  static constexpr std::string_view kOutletNouns[] = {
      "агентству", "изданию", "телеканалу", "газете", "журналу", "радиостанции", "порталу", "агентства",
      "издания", "телеканала", "газеты", "журнала", "портала", "телемарафона", "виданню", "газеті", "радіостанції",
      "видання", "газети", "телемарафону", "каналу", "канала"};
  for (std::string_view m : kOutletNouns)
    if (lower == m) return true;
  return false;
}

// Whether a word is a Russian or Ukrainian finite verb by its ending (past
// tense, present third person): enough to tell the clause the speaker
// interrupts from an apposition on the speaker ("работающий в порту с 2010 года").
bool CyrillicVerbLike(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"есть", "нет", "будет", "будут", "может", "могут", "є", "немає",
                                                "буде", "будуть", "може", "можуть"};
  for (std::string_view w : kWords)
    if (lower == w) return true;
  if (lower.size() < 8) return false;  // four letters
  static constexpr std::string_view kEndings[] = {"л",   "ла",  "ло",  "ли",   "лся",  "лась", "лись", "лось", "ет",
                                                  "ёт",  "ют",  "ут",  "ит",   "ят",   "ется", "ются", "ится", "ятся",
                                                  "ає",  "яє",  "ує",  "ють",  "ить",  "ять",  "уть",  "ться", "вся"};
  for (std::string_view e : kEndings)
    if (EndsWith(lower, e)) return true;
  return false;
}

// Words ending as a genitive does (-а, -я, -ы, -и, -ов, -ей, -ого, -ой):
// a capitalised complement of a role ("пресс-секретарь Пентагона X").
bool GenitiveLooking(std::string_view lower) {
  if (lower.size() < 8) return false;  // four letters
  for (std::string_view e : {"а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ії", "ої"})
    if (EndsWith(lower, e)) return true;
  return false;
}

// Whether `sample` has fewer than 20 Cyrillic letters (lead bytes 0xD0,
// 0xD1): memchr's speed on English text, where there are none.
bool FewCyrillicLetters(std::string_view sample) {
  int n = 0;
  for (char lead : {'\xD0', '\xD1'}) {
    const char* p = sample.data();
    const char* end = p + sample.size();
    while (n < 20 && (p = static_cast<const char*>(std::memchr(p, lead, end - p))) != nullptr) {
      ++n;
      ++p;
    }
  }
  return n < 20;
}

bool IsCyrillicAnd(std::string_view lower) { return lower == "и" || lower == "і" || lower == "й" || lower == "та"; }

}  // namespace

void QuoteExtractor::Impl::ApplyCyrillicLanguage() {
  std::string_view lang = article->language;
  if (lang.size() > 2 && lang[2] == '-') lang = lang.substr(0, 2);  // "uk-UA"
  std::string_view sample = text.substr(0, 4096);
  auto cyrillic = [](char c) { return (unsigned char)c == 0xD0 || (unsigned char)c == 0xD1; };
  if (lang.empty() && FewCyrillicLetters(sample)) {
    lang = "none";  // the common case, English: a few Cyrillic letters at most; settled in one cheap pass
  } else if (lang.empty()) {
    // Not stated (ingest states it, with CLD2): the letters only one of
    // the two writes (і ї є ґ / ы э ъ ё); Cyrillic text they do not settle
    // gets the lexicon's readings, the Russian ones.
    lang = LanguageFromLetters(text);
    if (lang.empty()) {
      // Only a text mostly in Cyrillic: an English article quoting a
      // Russian sentence keeps the English reading of its sentences.
      auto latin = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
      if (std::count_if(sample.begin(), sample.end(), cyrillic) > std::count_if(sample.begin(), sample.end(), latin))
        lang = "ru";
    }
  }
  cyrillic_ = lang == "ru"   ? qi::CyrillicLanguage::kRussian
              : lang == "uk" ? qi::CyrillicLanguage::kUkrainian
                             : qi::CyrillicLanguage::kNone;
  last_sentence_ = Range{};
  last_sentence_attributed_ = false;
  if (cyrillic_ != qi::CyrillicLanguage::kUkrainian) return;
  // "заявив", "сказав": a Russian gerund (the lexicon's reading), the
  // Ukrainian past tense.
  for (size_t i = 0; i < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    if (!t.cue || !IsCyrillicWord(Tok(i))) continue;
    if (const CueEntry* uk = qi::UkrainianCueOverride(LowerTok(i))) t.cue = uk;
  }
}

Range QuoteExtractor::Impl::CyrillicSpeakerLeftOfCue(Range s, int c, int j, Range left) {
  // "Фермер усмехнулся и сказал": the subject of a past-tense verb
  // coordinated with the cue.
  if (left.empty() && j - 2 >= s.b && j == c - 1 && IsWord(j) && IsCyrillicAnd(LowerTok(j)) && IsWord(j - 1) &&
      !IsCap(j - 1) && CyrillicVerbLike(LowerTok(j - 1))) {
    Range np = LeftNP(s.b, j - 2);
    if (SpeakerLike(np) && np.e == j - 1 && (np.b == s.b || tokens_[np.b - 1].type == kComma))
      return CyrillicSpeakerPhrase(np);
  }
  // A prepositional phrase between subject and verb: its preposition.
  int p = -1;
  if (!left.empty() && left.b - 1 > s.b && IsWord(left.b - 1) && Is(left.b - 1, qi::kPreposition)) {
    p = left.b - 1;
  } else if (left.empty() && j > s.b && IsCloseQuote(j)) {
    // `в интервью «Известиям»`, `в недавнем интервью «РБК»`: a quoted outlet.
    int o = quotes_[tokens_[j].quote].open_tok;
    if (j - o <= 6 && o - 1 > s.b && IsWord(o - 1) && CyrillicMediumNoun(LowerTok(o - 1)))
      for (int t = o - 2; t > s.b && t >= o - 5 && IsWord(t) && p < 0; --t)
        if (Is(t, qi::kPreposition)) p = t;
  }
  if (p > s.b) {
    int k = p - 1;
    while (k > s.b && IsWord(k) && Is(k, qi::kAux | qi::kTimeWord)) --k;
    Range np = LeftNP(s.b, k);
    bool person = false;
    for (int t = np.b; t < np.e; ++t) person |= IsCap(t) || Is(t, qi::kPronoun | qi::kRoleNoun | qi::kOrganisation);
    if (SpeakerLike(np) && np.e == k + 1 && person) return CyrillicSpeakerPhrase(np);
  }
  return CyrillicSpeakerPhrase(left);
}

Range QuoteExtractor::Impl::CyrillicSpeakerPhrase(Range np) {
  // "Ольга, работающая в порту," — the name before the apposition.
  for (int t = np.b + 1; t < np.e; ++t)
    if (tokens_[t].type == kComma) {
      Range name{np.b, t};
      if (SpeakerLike(name)) np = name;
      break;
    }
  // A date or time word at either end is the cue's, not the mention's
  // ("14 апреля пресс-секретарь …", "Зеленський 14 квітня", "Путин осенью").
  auto time = [&](int t) {
    return tokens_[t].type == kNumber || (IsWord(t) && Is(t, qi::kMonth | qi::kWeekday | qi::kTimeWord));
  };
  while (np.e - np.b >= 2 && time(np.e - 1)) --np.e;
  if (np.e - np.b < 2 || !IsWord(np.e - 1) || !IsCyrillicWord(Tok(np.e - 1))) return np;
  int b = np.b;
  while (b < np.e - 1 && time(b)) ++b;
  // The name: capitalised words closing the phrase that are no role,
  // organisation or country.
  const uint32_t kNotName = qi::kTitle | qi::kRoleNoun | qi::kOrganisation | qi::kOutlet | qi::kNationality |
                            qi::kMonth | qi::kWeekday | qi::kTimeWord | qi::kPronoun;
  int n = np.e;
  while (n > b && IsCap(n - 1) && !Is(n - 1, kNotName)) --n;
  if (n == np.e) return Range{b, np.e};
  // "в Москве Песков": the first capitalised word after a preposition is
  // its object, not the speaker's.
  if (n == b && b > 0 && np.e - n >= 2 && IsWord(b - 1) && Is(b - 1, qi::kPreposition)) ++n;
  // The role opens at its first role noun (with its adjectives: "старший
  // директор"); without one, words before the name are the clause's.
  // (A role noun in another case is an addressee: "сказал журналистам
  // Дмитрий Песков".)
  int role = -1;
  for (int t = b; t < n && role < 0; ++t) {
    if (!IsWord(t) || !Is(t, qi::kRoleNoun | qi::kTitle | qi::kOrganisation)) continue;
    std::string_view nominative = qi::CyrillicRoleNominative(LowerTok(t));
    if (nominative.empty() || nominative == LowerTok(t)) role = t;
  }
  if (role < 0) return Range{n, np.e};
  int r = role;
  while (r > b && role - r < 2 && IsWord(r - 1) && CyrillicAdjective(LowerTok(r - 1))) --r;
  return Range{r, np.e};
}

bool QuoteExtractor::Impl::CyrillicQuantifier(int i) {
  static constexpr std::string_view kQuantifiers[] = {
      "один", "одна", "одно", "одни", "многие", "некоторые", "несколько", "большинство", "часть", "двое", "трое",
      "кто-то", "одне", "деякі", "багато", "більшість", "частина", "хтось", "кілька"};
  return IsWord(i) && LowerIsAny(i, kQuantifiers);
}

bool QuoteExtractor::Impl::CyrillicSpeakerAfterCue(int c, Range np) {
  if (np.empty()) return false;
  if (CyrillicQuantifier(np.b)) return true;
  for (int t = np.b; t < np.e; ++t)
    if (IsWord(t) && (IsCap(t) || Is(t, qi::kRoleNoun))) return true;
  // "«…», — говорят местные жители": after a quote and a dash any phrase.
  int d = c - 1;
  return d - 1 >= 0 && tokens_[d].type == kDash &&
         (IsCloseQuote(d - 1) || (tokens_[d - 1].type == kComma && d - 2 >= 0 && IsCloseQuote(d - 2)));
}

int QuoteExtractor::Impl::CyrillicMediumPhraseEnd(int k, int e, Attribution* a) {
  if (k >= e || !IsWord(k) || !Is(k, qi::kPreposition)) return k;
  int m = k + 1;
  while (m < e && m <= k + 3 && IsWord(m) && !CyrillicMediumNoun(LowerTok(m))) ++m;
  if (m >= e || m > k + 3 || !IsWord(m)) return k;
  int end = m + 1;
  // "в ефірі телемарафону", "в комментарии изданию «…»": the outlet's noun.
  if (end < e && IsWord(end) && CyrillicOutletNoun(LowerTok(end))) ++end;
  // The outlet after the medium: quoted, known, or in Latin script.
  if (int close = ShortQuoteClose(end); close >= 0) {
    a->via = Range{end + 1, close};
    return close + 1;
  }
  if (end < e && IsWord(end) && (Is(end, qi::kOutlet) || (IsCap(end) && !IsCyrillicWord(Tok(end))))) {
    int o = end + 1;
    while (o < e && o - end < 3 && IsCap(o)) ++o;  // "РИА Новости"
    a->via = Range{end, o};
    return o;
  }
  return end;
}

int QuoteExtractor::Impl::CyrillicTailBeforeSpeaker(int k, int e, Attribution* a) {
  const int start = k;
  const Attribution before = *a;
  // "…, повідомили в Міненерго", "…, сообщили в Минобороны": after a plural
  // cue with no subject, "в X" names the source.
  if (k > 0 && k + 1 < e && tokens_[k - 1].cue && EndsWith(LowerTok(k - 1), "ли") &&
      (LowerIs(k, "в") || LowerIs(k, "у") || LowerIs(k, "во")) && IsWord(k + 1) &&
      (IsCap(k + 1) || Is(k + 1, qi::kOrganisation)) && !CyrillicMediumNoun(LowerTok(k + 1)))
    return k + 1;
  for (int guard = 0; guard < 6 && k < e && tokens_[k].quote < 0 && (IsWord(k) || tokens_[k].type == kNumber);
       ++guard) {
    absl::CivilDay day;
    if (int n = ParseDate(k, e, &day); n > 0) {
      if (!a->has_date) { a->said_on = day; a->has_date = true; }
      k += n;
      continue;
    }
    // "14 апреля" in an undated article: no day to fill, but still the
    // cue's, not the speaker's role.
    if (tokens_[k].type == kNumber && k + 1 < e && IsWord(k + 1) && Is(k + 1, qi::kMonth)) {
      k += 2;
      continue;
    }
    if (!IsWord(k)) break;
    // "в интервью РБК", "в недавнем интервью «РБК»", "на брифинге".
    if (int m = CyrillicMediumPhraseEnd(k, e, a); m > k) {
      k = m;
      continue;
    }
    // "агентству Reuters", "ТАСС", "Forbes": the outlet told.
    bool outlet_noun = CyrillicOutletNoun(LowerTok(k)) && k + 1 < e && IsCap(k + 1);
    bool latin_outlet = IsCap(k) && !IsCyrillicWord(Tok(k)) && k + 1 < e && IsWord(k + 1) && IsCyrillicWord(Tok(k + 1));
    if (outlet_noun || Is(k, qi::kOutlet) || latin_outlet) {
      int o = outlet_noun ? k + 1 : k;
      int b = o++;
      while (o < e && o - b < 3 && IsCap(o) && (outlet_noun || Is(o, qi::kOutlet))) ++o;
      a->via = Range{b, o};
      k = o;
      continue;
    }
    // "журналистам", "репортерам": a plural dative addressee; "также",
    // "еще": adverbs.
    std::string_view w = LowerTok(k);
    if (!IsCap(k) && (EndsWith(w, "ам") || EndsWith(w, "ям") || Is(k, qi::kAux))) {
      ++k;
      continue;
    }
    break;
  }
  // Only a tail followed by a speaker counts ("Об этом сообщает ТАСС со
  // ссылкой на …": the outlet is the speaker).
  if (k > start && k < e && IsWord(k) && CyrillicSpeakerAfterCue(start - 1, RightNP(k, e, 12))) return k;
  *a = before;
  return start;
}

int QuoteExtractor::Impl::CyrillicTailAfterSpeaker(int k, int e, Attribution* a) {
  // After an outlet noun ("агентству") the capitalised words are the
  // outlet; after a medium, CyrillicMediumPhraseEnd reads it.
  bool outlet_next = false;
  while (k < e && tokens_[k].quote < 0 && (IsWord(k) || tokens_[k].type == kNumber)) {
    absl::CivilDay day;
    if (int n = ParseDate(k, e, &day); n > 0) {
      if (!a->has_date) { a->said_on = day; a->has_date = true; }
      k += n;
      continue;
    }
    if (int m = CyrillicMediumPhraseEnd(k, e, a); m > k) {
      k = m;
      continue;
    }
    if (IsCap(k) && (outlet_next || Is(k, qi::kOutlet))) {
      int o = k + 1;
      while (o < e && o - k <= 3 && IsCap(o)) ++o;
      if (a->via.empty()) a->via = Range{k, o};
      k = o;
      outlet_next = false;
      continue;
    }
    outlet_next = IsWord(k) && CyrillicOutletNoun(LowerTok(k));
    ++k;
  }
  return k;
}

void QuoteExtractor::Impl::CyrillicSpeakerSurroundings(const CueScan& scan, Attribution* a) {
  if (a->speaker.empty()) return;
  absl::CivilDay day;
  for (int t = std::max(scan.s.b, a->speaker.b - 4); t < a->speaker.b && !a->has_date; ++t)
    if (int n = ParseDate(t, a->speaker.b, &day); n > 0) {
      a->said_on = day;
      a->has_date = true;
    }
  if (a->speaker.e < scan.c) CyrillicTailAfterSpeaker(a->speaker.e, scan.c, a);
}

void QuoteExtractor::Impl::CyrillicInterposedRest(Range s, int after_begin, Attribution* a) {
  int k = after_begin;
  // "…, утверждает Лавров, министр иностранных дел, …": a
  // role after the speaker's comma is the mention's apposition.
  if (k < s.e && IsWord(k) && Is(k, qi::kRoleNoun | qi::kTitle)) {
    int comma = k;
    while (comma < s.e && comma - k < 10 && tokens_[comma].quote < 0 && tokens_[comma].type != kComma &&
           tokens_[comma].type != kPeriod)
      ++comma;
    if (comma < s.e && tokens_[comma].type == kComma) k = comma + 1;
  }
  Range rest = TrimContent(Range{k, s.e});
  // Only a clause: two words or more with a verb, not a participle
  // continuing the speaker ("…, добавив, что …": an attribution of its
  // own), not a quote.
  if (CountWords(rest) < 2 || tokens_[rest.b].quote >= 0 || !IsWord(rest.b)) return;
  if (tokens_[rest.b].cue && (tokens_[rest.b].cue->flags & qi::kCueParticiple)) return;
  bool verb = false;
  for (int t = rest.b; t < rest.e; ++t) {
    if (tokens_[t].quote >= 0) return;
    verb |= IsWord(t) && !IsCap(t) && CyrillicVerbLike(LowerTok(t));
  }
  if (verb && a->n_content < 3) a->content[a->n_content++] = rest;
}

bool QuoteExtractor::Impl::CyrillicInterruptedQuote(int open, Attribution* a) {
  const QuoteSpan& q = quotes_[tokens_[open].quote];
  if (!q.closed || q.single) return false;
  int close = q.close_tok;
  for (int c = open + 3; c + 2 < close; ++c) {
    const Token& t = tokens_[c];
    if (!t.cue || (t.cue->flags & (qi::kCueWeak | qi::kCueAccording | qi::kCueNoun)) || tokens_[c - 1].type != kDash)
      continue;
    int before = tokens_[c - 2].type == kComma ? c - 2 : c - 1;  // "…, — говорит"
    // The speaker runs to a comma or period and a dash: "— говорит X, — …".
    int d = c + 1;
    while (d < close && d - c <= 8 && IsWord(d)) ++d;
    if (d + 1 >= close || d == c + 1) continue;
    int dash = tokens_[d].type == kDash ? d : (tokens_[d].type == kComma || tokens_[d].type == kPeriod) &&
                                                      tokens_[d + 1].type == kDash ? d + 1 : -1;
    if (dash < 0) continue;
    Range speaker{c + 1, d};
    if (!CyrillicSpeakerAfterCue(c, speaker) && !Is(c + 1, qi::kPronoun)) continue;
    Range first = TrimContent(Range{open, before});
    Range second = Range{dash + 1, close + 1};
    if (CountWords(first) < 1 || CountWords(second) < 1) continue;
    *a = Attribution{};
    a->rule = kRuleQuoteInterrupted;
    a->rate = Rule(a->rule).prior;
    a->cue = Range{c, c + 1};
    a->speaker = speaker;
    a->content[0] = Range{open, before};
    a->content[1] = second;
    a->n_content = 2;
    return true;
  }
  return false;
}

QuoteExtractor::Impl::AboutThis QuoteExtractor::Impl::CyrillicAboutThis(Range s, Attribution* a) {
  // "Об этом …" opening the sentence; ", о чем …" after a clause.
  int k = s.b;
  while (k < s.e && IsWord(k) && Is(k, qi::kIntro)) ++k;
  int content_end = -1;  // the clause before ", о чем"; -1: the sentence before
  auto about = [&](int i) {
    return i + 1 < s.e && ((LowerIs(i, "об") && LowerIs(i + 1, "этом")) || (LowerIs(i, "о") && LowerIs(i + 1, "чем")) ||
                           (LowerIs(i, "о") && LowerIs(i + 1, "чём")) || (LowerIs(i, "про") && LowerIs(i + 1, "це")) ||
                           (LowerIs(i, "про") && LowerIs(i + 1, "що")));
  };
  if (!about(k)) {
    for (int i = s.b + 2; i + 2 < s.e; ++i)
      if (tokens_[i - 1].type == kComma && tokens_[i - 1].quote < 0 && about(i) &&
          (LowerIs(i + 1, "чем") || LowerIs(i + 1, "чём") || LowerIs(i + 1, "що"))) {
        content_end = i - 1;
        k = i;
        break;
      }
    if (content_end < 0) return AboutThis::kNone;
  }
  int c = k + 2;
  // "Об этом он сказал", "Про це Зеленський заявив": the subject before
  // the cue.
  Range subject;
  if (c < s.e && IsWord(c) && !tokens_[c].cue && (Is(c, qi::kPersonPronoun) || IsCap(c) || Is(c, qi::kRoleNoun))) {
    int j = c;
    while (j < s.e && j - c < 6 && IsWord(j) && !tokens_[j].cue && !Is(j, qi::kAux | qi::kTimeWord | qi::kPreposition))
      ++j;
    subject = Range{c, j};
    c = j;
  }
  // Adverbs, a date, a medium ("Про це в ефірі телемарафону заявив").
  Attribution tail;
  for (int guard = 0; guard < 4 && c < s.e && IsWord(c) && !tokens_[c].cue; ++guard) {
    absl::CivilDay day;
    if (Is(c, qi::kAux | qi::kTimeWord)) ++c;
    else if (int n = ParseDate(c, s.e, &day); n > 0) c += n;
    else if (int m = CyrillicMediumPhraseEnd(c, s.e, &tail); m > c) c = m;
    else break;
  }
  if (c >= s.e || !tokens_[c].cue || (tokens_[c].cue->flags & (qi::kCueParticiple | qi::kCueAccording | qi::kCueNoun)))
    return AboutThis::kNone;
  Range content;
  if (content_end >= 0) {
    content = TrimContent(Range{s.b, content_end});
  } else {
    // The sentence just before; when it made a statement of its own, this
    // one only says where that was said.
    if (last_sentence_.empty() || last_sentence_.e != s.b) return AboutThis::kNone;
    if (last_sentence_attributed_) return AboutThis::kNothingNew;
    content = TrimContent(last_sentence_);
  }
  if (CountWords(content) < 2) return AboutThis::kNone;
  *a = Attribution{};
  a->via = tail.via;
  a->rule = kRuleAboutThis;
  a->rate = Rule(a->rule).prior;
  a->cue = Range{k, c + 1};
  a->content[0] = content;
  a->n_content = 1;
  Range speaker = !subject.empty() ? CyrillicSpeakerPhrase(subject)
                                   : RightNP(CyrillicTailBeforeSpeaker(c + 1, s.e, a), s.e, 12);
  if (speaker.empty() || !SpeakerLike(speaker)) return AboutThis::kNone;
  a->speaker = speaker;
  CyrillicTailAfterSpeaker(subject.empty() ? speaker.e : c + 1, s.e, a);
  return AboutThis::kFound;
}

Range QuoteExtractor::Impl::OpenCyrillicSentence(Range s, CyrillicSentence* cs, std::vector<Attribution>* found) {
  Range whole = TrimContent(s);
  // A cue inside a quote.
  for (int t = s.b; t < s.e; ++t) {
    if (!IsOpenQuote(t)) continue;
    Attribution a;
    if (CyrillicInterruptedQuote(t, &a)) {
      found->push_back(a);
      // The quote is the sentence: nothing is left to read.
      if (whole.b == t && int(quotes_[tokens_[t].quote].close_tok) >= whole.e - 1) return Range{s.e, s.e};
    }
    if (quotes_[tokens_[t].quote].closed) t = quotes_[tokens_[t].quote].close_tok;
  }
  // "со ссылкой на X", "з посиланням на X", "ссылаясь на X".
  for (int t = s.b; t + 2 < s.e; ++t) {
    if (tokens_[t].quote >= 0) continue;
    int n = -1;
    if (((LowerIs(t, "со") && LowerIs(t + 1, "ссылкой")) || (LowerIs(t, "з") && LowerIs(t + 1, "посиланням"))) &&
        LowerIs(t + 2, "на"))
      n = t + 3;
    else if ((LowerIs(t, "ссылаясь") || LowerIs(t, "посилаючись")) && LowerIs(t + 1, "на"))
      n = t + 2;
    if (n < 0 || n >= s.e) continue;
    Range cited = RightNP(n, s.e, 8);
    if (cited.empty()) continue;
    cs->citing = Range{t, cited.e};
    cs->cited = cited;
    break;
  }
  // "…, передает ТАСС[ со ссылкой на X]." closing the sentence.
  int e = whole.e;
  if (!cs->citing.empty() && cs->citing.e >= e) e = cs->citing.b;
  for (int v = e - 1; v > s.b + 1 && e - v <= 6; --v) {
    if (!IsWord(v) || tokens_[v].quote >= 0) break;
    if (!IsCyrillicConduitVerb(LowerTok(v))) continue;
    if (tokens_[v - 1].type != kComma && tokens_[v - 1].type != kDash) break;
    if (v + 1 >= e || !IsCap(v + 1)) break;
    cs->conduit = Range{v + 1, e};
    cs->conduit_cue = v;
    int b = v - 1;
    while (b > s.b && (tokens_[b - 1].type == kComma || tokens_[b - 1].type == kDash)) --b;
    s = Range{s.b, b};
    break;
  }
  // "Об этом заявил X": the sentence is its attribution.
  Attribution about;
  switch (CyrillicAboutThis(s, &about)) {
    case AboutThis::kFound: found->push_back(about); return Range{s.e, s.e};
    case AboutThis::kNothingNew: return Range{s.e, s.e};
    case AboutThis::kNone: return s;
  }
  return s;
}

void QuoteExtractor::Impl::CloseCyrillicSentence(Range s, Range read, const CyrillicSentence& cs,
                                                 std::vector<Attribution>* found) {
  last_sentence_ = s;
  if (!cs.conduit.empty() && found->empty()) {
    // "Кремль не получал предложений, передает ТАСС": the conduit's own
    // report (of a source it cites, if any).
    Range content = TrimContent(read);
    if (CountWords(content) >= 2) {
      Attribution a;
      a.rule = kRuleConduitTail;
      a.rate = Rule(a.rule).prior;
      a.cue = Range{cs.conduit_cue, cs.conduit_cue + 1};
      a.speaker = cs.cited.empty() ? cs.conduit : cs.cited;
      a.via = cs.conduit;
      a.content[0] = content;
      a.n_content = 1;
      found->push_back(a);
    }
  }
  for (Attribution& a : *found) {
    if (!cs.conduit.empty() && a.rule != kRuleConduitTail) {
      a.via = cs.conduit;
      if (a.speaker.empty() && !cs.cited.empty()) a.speaker = cs.cited;
    }
    if (cs.citing.empty()) continue;
    // "РБК со ссылкой на источники сообщает, что …": the phrase before the
    // citation is the conduit of the source cited.
    if (!a.speaker.empty() && a.speaker.b >= cs.cited.b && a.speaker.b < cs.cited.e && cs.citing.b > s.b) {
      Range outlet = LeftNP(s.b, cs.citing.b - 1);
      if (!outlet.empty() && IsCap(outlet.e - 1)) a.via = outlet;
    }
    // "Об этом сообщает ТАСС со ссылкой на Минобороны": the speaker before
    // the citation passes on the source cited.
    if (!a.speaker.empty() && a.speaker.e == cs.citing.b) {
      a.via = a.speaker;
      a.speaker = cs.cited;
    }
    // "…, со ссылкой на ТАСС" closing a content: not content; the cited
    // source is the conduit of a speaker, else the speaker.
    for (int i = 0; i < a.n_content; ++i) {
      Range& r = a.content[i];
      if (r.b < cs.citing.b && r.e > cs.citing.b) {
        r = TrimContent(Range{r.b, cs.citing.b});
        if (a.speaker.empty()) a.speaker = cs.cited;
        else if (a.via.empty()) a.via = cs.cited;
      }
    }
  }
  last_sentence_attributed_ = !found->empty();
}

int QuoteExtractor::Impl::CyrillicNameStart(int r, int e) {
  for (int t = r; t < e; ++t)
    if (!qi::GivenNameNominative(LowerTok(t), cyrillic_).empty()) return t;
  // No given name the list knows: after a role, capitalised genitives
  // ("Пентагона", "Верховной") belong to it.
  int g = r;
  bool after_role =
      r > 0 && IsWord(r - 1) && (!IsCap(r - 1) || Is(r - 1, qi::kRoleNoun | qi::kTitle | qi::kPreposition));
  // "в Москве Песков": a preposition's object.
  if (after_role && e - r >= 2 && Is(r - 1, qi::kPreposition)) ++g;
  while (after_role && g < e - 1 && GenitiveLooking(LowerTok(g))) ++g;
  return g;
}

int QuoteExtractor::Impl::FindCyrillicPerson(std::string_view surname) const {
  std::string key = qi::CyrillicSurnameKey(surname);
  for (int i = int(persons_.size()) - 1; i >= 0; --i)
    if (persons_[i].surname_key == key) return i;
  return -1;
}

std::string QuoteExtractor::Impl::CyrillicPersonName(int g, int e, bool oblique) {
  std::string name;
  for (int t = g; t < e; ++t) {
    std::string word = qi::CyrillicNameCase(Tok(t));
    if (oblique) {
      std::string given = qi::GivenNameNominative(LowerTok(t), cyrillic_, /*oblique=*/true);
      word = !given.empty() ? qi::CyrillicCapitalized(given) : qi::CyrillicNominative(word, cyrillic_);
    }
    if (!name.empty()) name += ' ';
    name += word;
  }
  return name;
}

std::string QuoteExtractor::Impl::CyrillicRoleText(int b, int g, bool oblique) {
  if (!oblique) return RangeText(Range{b, g});
  std::string role;
  bool head_seen = false;
  for (int t = b; t < g; ++t) {
    std::string word(Tok(t));
    if (!head_seen && IsWord(t)) {
      std::string_view nominative = qi::CyrillicRoleNominative(LowerTok(t));
      if (!nominative.empty()) {
        word = IsCap(t) ? qi::CyrillicCapitalized(nominative) : std::string(nominative);
        head_seen = true;
      } else if (CyrillicAdjective(LowerTok(t))) {
        word = qi::CyrillicNominative(Tok(t), cyrillic_);
      }
    }
    if (!role.empty() && !(tokens_[t].flags & kAdjacentPrev)) role += ' ';
    role += word;
  }
  return role;
}

void QuoteExtractor::Impl::AddCyrillicPerson(int i, int j) {
  int g = CyrillicNameStart(i, j);
  std::string lower_given(LowerTok(g));
  std::string given = qi::GivenNameNominative(lower_given, cyrillic_);
  // A person: a given name and a surname, or two capitalised words at least.
  if (j - g < 2 && given.empty()) return;
  if (j - g < 2) return;  // a given name alone names nobody in particular
  std::string_view surname = Tok(j - 1);
  if (FindCyrillicPerson(surname) >= 0) return;
  bool oblique = !given.empty() && given != lower_given;
  Person person;
  person.name = CyrillicPersonName(g, j, oblique);
  // The role: the phrase before the name as a speaker phrase reads it (in
  // the nominative), or, for a name in another case, up to its role noun
  // in that case ("міністра закордонних справ Андрія Сибіги").
  Range np = LeftNP(std::max(0, g - 12), j - 1);
  if (!oblique) {
    np = CyrillicSpeakerPhrase(np);
  } else {
    int head = -1;
    for (int t = np.b; t < g && head < 0; ++t)
      if (IsWord(t) && !qi::CyrillicRoleNominative(LowerTok(t)).empty()) head = t;
    np.b = head >= 0 ? head : g;
  }
  if (np.b < g && np.e == j) person.role = CyrillicRoleText(np.b, g, oblique);
  // A known given name or a role identifies a person, whom a later "він" or
  // "по его словам" can mean (LastPersonBefore with titled_only).
  person.titled = !given.empty() || !person.role.empty();
  person.surname = surname;
  person.surname_key = qi::CyrillicSurnameKey(surname);
  person.pos = tokens_[g].begin;
  persons_.push_back(std::move(person));
}

bool QuoteExtractor::Impl::ResolveCyrillicName(Range np, int r, Quote* q) {
  // "В Кремле заявили", "У Міністерстві оборони повідомили": an
  // organisation named after a preposition, in the nominative.
  if (np.b > 0 && IsWord(np.b - 1) && Is(np.b - 1, qi::kPreposition) && Is(np.b, qi::kOrganisation)) {
    std::string_view nominative = qi::CyrillicRoleNominative(LowerTok(np.b));
    // (As written when it is the nominative already: "МИД".)
    q->speaker = nominative.empty() || nominative == LowerTok(np.b)
                     ? std::string(Tok(np.b))
                     : (IsCap(np.b) ? qi::CyrillicCapitalized(nominative) : std::string(nominative));
    if (np.e - np.b > 1) q->speaker += std::string(text.substr(tokens_[np.b].end, tokens_[np.e - 1].end - tokens_[np.b].end));
    q->speaker_is_organisation = true;
    return true;
  }
  if (r >= np.e) {
    // "за словами глави держави", "пресс-секретарь добавил": the person
    // introduced with that role.
    int p = FindCyrillicPersonByRole(np);
    if (p < 0) return false;
    q->speaker = persons_[p].name;
    q->speaker_role = persons_[p].role;
    last_speaker_person_ = p;
    return true;
  }
  int g = CyrillicNameStart(r, np.e);
  int p = FindCyrillicPerson(Tok(np.e - 1));
  std::string name = CyrillicPersonName(g, np.e, genitive_mention_);
  q->speaker = np.e - g >= 2 || p < 0 ? name : persons_[p].name;
  int b = np.b;
  while (b < g && Is(b, qi::kDeterminer)) ++b;
  if (b < g) q->speaker_role = CyrillicRoleText(b, g, genitive_mention_);
  else if (p >= 0) q->speaker_role = persons_[p].role;
  if (p >= 0) last_speaker_person_ = p;
  if (Is(np.e - 1, qi::kOutlet)) q->via = q->speaker;
  // "МИД России", "Генштаб ЗСУ": an organisation, not a person.
  q->speaker_is_organisation = p < 0 && Is(g, qi::kOrganisation | qi::kOutlet);
  return true;
}

bool QuoteExtractor::Impl::CyrillicPossessiveSource(Range s, int c, Attribution* a) {
  static constexpr std::string_view kPossessives[] = {"его", "ее", "её", "их", "його", "її", "їх"};
  if (c - 2 < s.b || !LowerIsAny(c - 1, kPossessives) ||
      !(LowerIs(c - 2, "по") || LowerIs(c - 2, "за") || LowerIs(c - 2, "на")))
    return false;
  int begin = c - 2;
  int first = s.b;
  while (first < begin && (Is(first, qi::kIntro) || tokens_[first].type == kDash)) ++first;
  // "По его словам, X" opens the sentence; "X, по его словам." closes it;
  // "X, по его словам, Y" is interposed.
  Range before = TrimContent(Range{s.b, begin});
  Range after = TrimContent(Range{c + 1, s.e});
  *a = Attribution{};
  a->rule = kRuleAccording;
  a->rate = tokens_[c].cue->rate;
  a->according = true;
  a->cue = Range{begin, c + 1};
  a->speaker = Range{c - 1, c};
  if (first >= begin || before.empty()) {
    a->content[a->n_content++] = after;
  } else {
    a->content[a->n_content++] = before;
    if (CountWords(after) >= 2 && tokens_[begin - 1].type == kComma) a->content[a->n_content++] = after;
  }
  return !a->content[0].empty();
}

int QuoteExtractor::Impl::FindCyrillicPersonByRole(Range np) {
  // The head: the first role noun, in the nominative. "глава держави" /
  // "глава государства" is the president.
  std::string head;
  for (int t = np.b; t < np.e && head.empty(); ++t) {
    if (!IsWord(t)) continue;
    std::string_view nominative = qi::CyrillicRoleNominative(LowerTok(t));
    if (nominative.empty() || Is(t, qi::kOrganisation)) continue;
    head = std::string(nominative);
    bool of_state = t + 1 < np.e && IsWord(t + 1) &&
                    (LowerIs(t + 1, "держави") || LowerIs(t + 1, "государства") || LowerIs(t + 1, "країни") ||
                     LowerIs(t + 1, "страны"));
    if ((head == "глава" || head == "голова") && of_state) head = "президент";
  }
  if (head.empty()) return -1;
  // Spokespeople go by several titles.
  auto same = [](std::string_view a, std::string_view b) {
    static constexpr std::string_view kSpokesperson[] = {"пресс-секретарь", "прес-секретар", "прессекретар",
                                                         "речник", "речниця", "представитель", "представник"};
    auto spokes = [&](std::string_view w) { return std::find(std::begin(kSpokesperson), std::end(kSpokesperson), w) != std::end(kSpokesperson); };
    return a == b || (spokes(a) && spokes(b));
  };
  int best = -1;
  char buf[64];
  for (size_t i = 0; i < persons_.size(); ++i) {
    if (persons_[i].pos >= tokens_[np.b].begin || persons_[i].role.empty()) continue;
    // The person's role head: its first word that is a role noun.
    std::string_view role = persons_[i].role;
    bool match = false;
    ForEachWord(role, [&](std::string_view w) {
      if (match) return;
      std::string_view nominative = qi::CyrillicRoleNominative(Lower(w, buf, sizeof buf));
      if (!nominative.empty()) match = same(nominative, head);
    });
    if (match) best = i;
  }
  return best;
}

bool QuoteExtractor::Impl::CyrillicLabelWithoutQuote(const Attribution& a, const Quote& q) {
  const CueEntry* cue = CueOf(a);
  return a.weak && q.kind == StatementKind::kIndirect && cue && (cue->flags & qi::kCueWeak) && !a.cue.empty() &&
         IsCyrillicWord(Tok(a.cue.b));
}

std::string QuoteExtractor::Impl::CyrillicOutletName(std::string_view via) {
  if (via.empty() || via.find(' ') != std::string_view::npos || !IsCyrillicWord(via)) return std::string(via);
  char buf[64];
  std::string_view lower = Lower(via, buf, sizeof buf);
  std::string_view nominative = qi::CyrillicRoleNominative(lower);
  if (nominative.empty() || nominative == lower || qi::IsCyrillicAllCaps(via)) return std::string(via);
  return qi::CyrillicCapitalized(nominative);
}

bool QuoteExtractor::Impl::CyrillicGenitiveSource(const Attribution& a) {
  return a.according && a.cue.e - a.cue.b == 2 && IsWord(a.cue.b) &&
         (LowerIs(a.cue.b, "по") || LowerIs(a.cue.b, "за") || LowerIs(a.cue.b, "на")) && IsCyrillicWord(Tok(a.cue.b + 1));
}

}  // namespace qtrack
