// File: quotes/phrases.cc
//
// Phrase-level readers every rule shares: speaker noun phrases (left of a
// cue, right of it, the clause subject, appositions), clause verbs and
// cuts, dates and tails after a cue, and content trimming.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/internal/extractor_impl.h"

namespace qtrack {

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
    // "an M&S spokesman", "Marks & Spencer": an ampersand inside a name.
    if (t.type == kOther && Tok(k) == "&" && k > s && IsWord(k - 1) && IsCap(k - 1) && IsWord(k + 1) && IsCap(k + 1)) {
      --i;
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
      // A Russian or Ukrainian preposition always opens a phrase of its
      // own ("Водночас у Кремлі"): their names hold none.
      if (!inner || IsCyrillicWord(Tok(k))) break;
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
  // Drop leading connectives ("But", "So") and time words ("Monday",
  // "[Last] week Preston City Council", "On Monday the council").
  while (i <= j && !MaySurname(i) &&
         (Is(i, qi::kIntro) || Is(i, qi::kAux) || (i < j && IsWord(i) && Is(i, qi::kTimeWord | qi::kWeekday))))
    ++i;
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
      // The role's head is a common noun: "the family's attorneys",
      // "Northwind Europe's general manager", "The company's chief executive".
      bool lower = !role.empty() && !IsCap(role.e - 1) && IsWord(role.e - 1);
      if (lower && SpeakerLike(role) && role.e - role.b <= 8) {
        int before = role.b - 1;
        if (before < s.b || tokens_[before].type == kComma || IsCloseQuote(before)) return Range{role.b, comma + 1};
      }
    }
  }
  // "Trump, speaking to a veterans group, said": the mention is the name.
  {
    std::string_view w = Tok(k2 + 1);
    // So with a relative clause: "Christie, who has campaigned for ..., said",
    // "Tony Lloyd, the local MP, whose seat includes the ground, said".
    if (IsWord(k2 + 1) &&
        ((w.size() > 4 && w.substr(w.size() - 3) == "ing") || LowerIs(k2 + 1, "who") || LowerIs(k2 + 1, "whose"))) {
      Range name = LeftNP(s.b, k2 - 1);
      if (!SpeakerLike(name)) return Range{};
      // "Lord Condon, head of the unit, who made the call, said": the
      // phrase before the clause is itself in apposition to a name.
      if (!IsCap(name.b) && name.b - 1 > s.b && tokens_[name.b - 1].type == kComma) {
        Range named = LeftNP(s.b, name.b - 2);
        int before = named.b - 1;
        if (!named.empty() && IsCap(named.b) && IsCap(named.e - 1) && SpeakerLike(named) &&
            (before < s.b || tokens_[before].type == kComma || IsCloseQuote(before) ||
             (IsWord(before) && (LowerIs(before, "and") || LowerIs(before, "but")))))
          return Range{named.b, k2 + 1};
      }
      return name;
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
      // "один из депутатов", "один з експертів": Russian and Ukrainian "of".
      bool of = Cyrillic() && i > k && CyrillicQuantifier(i - 1) &&
                (LowerIs(i, "из") || LowerIs(i, "з") || LowerIs(i, "із"));
      if ((!LowerIs(i, "of") && !of) || i == k) break;
    }
    if (i > k && t.cue && !(c & qi::kTitle)) break;
    // "Дмитрий Песков журналистам": after a whole name (two capitalised
    // words, or one right after the cue) a lowercase Russian or Ukrainian
    // word is an addressee or a tail, even a role noun's case form.
    if (Cyrillic() && i > k && !IsCap(i) && IsCap(i - 1) && (i - 1 == k || IsCap(i - 2)) &&
        !(c & qi::kPreposition))
      break;
    // "Песков журналистам", "Peskov spokesman": a lowercase word after a
    // capitalized name is no longer the name.
    if (!Cyrillic() && i > k && !IsCap(i) && IsCap(i - 1) && (unsigned char)text[t.begin] >= 0x80 &&
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
  // "Theresa May said", "Brian May has said": a capitalised "May" after a
  // name is a surname, not the modal; so is "May said" when the article
  // named a May before.
  if (last > np.b && IsCap(last) && LowerIs(last, "may") && IsWord(last - 1) && IsCap(last - 1) &&
      !Is(last - 1, qi::kPreposition | qi::kDeterminer | qi::kMonth))
    return true;
  if (last == np.b && MaySurname(last)) return true;
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
  if (!has_article_day) return 0;
  return ParseDateFrom(k, e, article_day, day);
}

int QuoteExtractor::Impl::DatePhraseLength(int k, int e) {
  absl::CivilDay unused;
  return ParseDateFrom(k, e, absl::CivilDay(2000, 1, 1), &unused);
}

int QuoteExtractor::Impl::ParseDateFrom(int k, int e, absl::CivilDay base, absl::CivilDay* day) {
  if (k >= e) return 0;
  int i = k;
  if (LowerIs(i, "on") || LowerIs(i, "в") || LowerIs(i, "у")) ++i;
  if (i >= e) return 0;
  if (IsWord(i)) {
    if (!(Classes(i) & (qi::kMonth | qi::kWeekday | qi::kTimeWord)) && !LowerIs(i, "last")) return 0;
    std::string_view w = LowerTok(i);
    int wd = (Classes(i) & qi::kWeekday) ? qi::WeekdayNumber(w) : -1;
    if (wd >= 0) {
      int back = (WeekdayIndex(base) - wd + 7) % 7;
      *day = base - back;
      return i + 1 - k;
    }
    int m = (Classes(i) & qi::kMonth) ? qi::MonthNumber(w) : -1;
    if (m > 0 && i + 1 < e && tokens_[i + 1].type == kNumber) {
      int d = std::atoi(std::string(Tok(i + 1)).c_str());
      if (d >= 1 && d <= 31) {
        absl::CivilDay c(base.year(), m, d);
        if (c > base) c = absl::CivilDay(base.year() - 1, m, d);
        *day = c;
        return i + 2 - k;
      }
    }
    if (w == "yesterday" || w == "вчера" || w == "вчора") { *day = base - 1; return i + 1 - k; }
    if (w == "today" || w == "сегодня" || w == "сьогодні") { *day = base; return i + 1 - k; }
    if (w == "last" && i + 1 < e && LowerIs(i + 1, "week")) { *day = base - 7; return i + 2 - k; }
  }
  if (tokens_[i].type == kNumber && i + 1 < e && IsWord(i + 1) && (Classes(i + 1) & qi::kMonth)) {
    int m = qi::MonthNumber(LowerTok(i + 1));
    int d = std::atoi(std::string(Tok(i)).c_str());
    if (m > 0 && d >= 1 && d <= 31) {
      absl::CivilDay c(base.year(), m, d);
      if (c > base) c = absl::CivilDay(base.year() - 1, m, d);
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
    // Undated article: "said on Tuesday the bridge ..." still has its date
    // phrase skipped; the day stays unknown.
    if (!has_article_day && (n = DatePhraseLength(k, e)) > 0) {
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
  } else if (IsCap(k) && (!Is(k, qi::kIntro | qi::kPreposition | qi::kBoundary | qi::kMonth | qi::kWeekday |
                                     qi::kTimeWord | qi::kDeterminer | qi::kPronoun) ||
                          MaySurname(k))) {
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

}  // namespace qtrack
