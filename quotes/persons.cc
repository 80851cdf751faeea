// File: quotes/persons.cc
//
// Persons named in the article ("Kremlin spokesperson Dmitry Peskov" → name
// and role) and the resolution of a speaker mention ("Peskov", "he", "the
// Kremlin spokesperson", "по словам Пескова") to one of them.
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
    // Russian and Ukrainian names: the role's capitalised genitives, case
    // forms, capitals (cyrillic_rules.cc).
    if (Cyrillic() && IsCyrillicWord(Tok(j - 1))) {
      AddCyrillicPerson(i, j);
      i = j - 1;
      continue;
    }
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
  // "Пескова" finds "Дмитрий Песков" (cyrillic_rules.cc).
  if (Cyrillic() && IsCyrillicWord(surname)) return FindCyrillicPerson(surname);
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
  // Russian and Ukrainian names: the role's capitalised genitives, case
  // forms ("по словам Дмитрия Пескова"), capitals (cyrillic_rules.cc).
  if (Cyrillic() && IsCyrillicWord(Tok(np.e - 1)) && ResolveCyrillicName(np, r, q)) return;
  if (r < np.e) {
    std::string_view surname = StripPossessive(Tok(np.e - 1));
    int p = FindPersonBySurname(surname);
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

}  // namespace qtrack
