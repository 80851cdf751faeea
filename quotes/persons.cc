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

// The last word of an organisation's name: "Bank of England", "Police
// Federation", "Association of British Insurers".
static constexpr std::string_view kOrganisationHeads[] = {
    "bank", "union", "institute", "association", "department", "ministry", "university", "chamber", "council",
    "society", "federation", "confederation", "board", "office", "college", "league", "church", "commission",
    "committee", "museum", "academy", "agency", "authority", "bureau", "party", "organisation", "organization",
    "coalition", "alliance", "fund", "foundation", "trust", "corporation", "school", "court"};

// Last words that make a capitalised run an organisation's or an
// event's name, not a person's ("Consumer Electronics Show", "Christian
// Medical Fellowship").
static constexpr std::string_view kNameRunHeadsNotPeople[] = {
    "show", "fellowship", "group", "company", "team", "club", "network", "service", "services", "awards",
    "festival", "centre", "center", "forum", "unit", "partnership", "project", "campaign", "movement"};

// Words capitalised only by the sentence opening a name run: "Fuming
// Robinson", "Star Christina Applegate", "Both Toshiba".
static constexpr std::string_view kNotFirstNames[] = {
    "both", "other", "past", "star", "new", "former", "veteran", "top", "senior", "fellow", "rival",
    "commons", "surely", "ex", "boss", "chief", "legendary", "embattled", "beleaguered", "outgoing"};

// Moods headlines and sports copy put before a name: "Defiant Matt
// Williams", "Dogged Federer".
static constexpr std::string_view kMoods[] = {
    "defiant", "dogged", "delighted", "angry", "relieved", "confident", "upbeat", "determined", "injured",
    "brave", "elated", "frustrated", "furious", "jubilant", "battling", "gutsy", "tearful", "unrepentant",
    "controversial", "disgraced", "resurgent", "struggling", "unbeaten", "ageing", "ailing"};

// A word capitalised by the sentence before a name and no part of it: a
// mood, a compound whose last part is lower case ("Oscar-nominated Owen",
// "Paris-based", "Newport-based athlete"), and with `generic` the words of
// kNotFirstNames ("New", "Star", "Senior" open names too: "New Zealand",
// "Star Trek", so only the mention being resolved drops them).
// Months a sentence capitalises before a name ("Until December Microsoft
// said"); not May, June, April or August, which are names too.
static constexpr std::string_view kMonthsNotNames[] = {"january", "february", "march",    "july",
                                                       "september", "october", "november", "december"};

// Lower-case particles inside a name: "Nick Van den Brul", "Ursula von der
// Leyen", "Luiz Inacio Lula da Silva".
static constexpr std::string_view kNameParticles[] = {"van", "von", "den", "der", "de", "da", "di", "du", "le", "la"};

static bool OpensNoName(std::string_view word, bool generic) {
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' &&
      word[hyphen + 1] <= 'z' && word[0] >= 'A' && word[0] <= 'Z')
    return true;
  char buf[32];
  const std::string_view lower = qi::Lower(word, buf, sizeof buf);
  return std::find(std::begin(kMoods), std::end(kMoods), lower) != std::end(kMoods) ||
         (generic && std::find(std::begin(kNotFirstNames), std::end(kNotFirstNames), lower) != std::end(kNotFirstNames));
}

bool QuoteExtractor::Impl::RestReadsAsPersonName(Range run) {
  for (int k = run.b; k < run.e; ++k) {
    char buf[32];
    const std::string_view w = qi::Lower(StripPossessive(Tok(k)), buf, sizeof buf);
    if (Is(k, qi::kOrganisation | qi::kPreposition | qi::kDeterminer | qi::kPronoun | qi::kOutlet) ||
        std::find(std::begin(kOrganisationHeads), std::end(kOrganisationHeads), w) != std::end(kOrganisationHeads))
      return false;
    // Surnames are often nouns for people ("Baker", "Cook", "Knight");
    // a plural one, or a word that heads organisations, is no surname.
    if (k == run.e - 1 && (std::find(std::begin(kNameRunHeadsNotPeople), std::end(kNameRunHeadsNotPeople), w) !=
                               std::end(kNameRunHeadsNotPeople) ||
                           (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
                            (qi::NounCanName(w) || qi::IsPersonNoun(w)))))
      return false;
  }
  return true;
}

void QuoteExtractor::Impl::FindPersons() {
  persons_.clear();
  const uint32_t kNotName = qi::kTitle | qi::kNationality | qi::kOrganisation | qi::kOutlet |
                            qi::kMonth | qi::kWeekday | qi::kDeterminer | qi::kPronoun |
                            qi::kBoundary | qi::kPreposition | qi::kIntro | qi::kAux | qi::kTimeWord;
  int n = tokens_.size();
  for (int i = 0; i < n; ++i) {
    if (!IsCap(i) || tokens_[i].quote >= 0 || Is(i, kNotName) || tokens_[i].cue) continue;
    int j = i + 1;
    // "Brian May": a capitalised "May" after a first name is the surname.
    while (j < n && IsCap(j) && (tokens_[j].flags & kAdjacentPrev) == 0 && (!Is(j, kNotName) || LowerIs(j, "may")) &&
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
    // "Singer George Michael", "Founder Stelios Haji-Ioannou",
    // "Controversial DJ Howard Stern": a noun for a person or a word such
    // as "Veteran" opening a run of three words or more is no part of the
    // name (a later
    // "Michael" would resolve to "Singer George Michael").
    // "Defiant Matt Williams", "Dogged Federer", "December Microsoft": a
    // mood or a month the sentence capitalised is no part of the name.
    while (j - i >= 2 && (OpensNoName(Tok(i), /*generic=*/false) || LowerIsAny(i, kMonthsNotNames))) ++i;
    if (j - i < 2) { i = j - 1; continue; }
    Range leading_role{};
    while (j - i >= 3 && IsWord(i)) {
      char buf[32];
      const std::string_view lower = qi::Lower(Tok(i), buf, sizeof buf);
      static constexpr std::string_view kFirstNamesThatAreNouns[] = {"jack", "frank", "guy", "earl", "sonny"};
      const bool noun = qi::IsPersonNoun(lower) &&
                        std::find(std::begin(kFirstNamesThatAreNouns), std::end(kFirstNamesThatAreNouns), lower) ==
                            std::end(kFirstNamesThatAreNouns);
      // Honorifics stay: "Sir Alex Ferguson" is how he is named. A name
      // after "the" is an organisation's ("the Consumer Electronics Show"),
      // and a middle initial follows a first name ("Michael J Novak").
      if (IsHonorific(i) || !noun) break;
      if ((i > 0 && IsWord(i - 1) && Is(i - 1, qi::kDeterminer)) || Tok(i + 1).size() == 1 ||
          (Tok(i + 1).size() == 2 && Tok(i + 1)[1] == '.'))
        break;
      // The rest must read as a person's name, not an organisation's
      // ("Christian Medical Fellowship", "Consumer Electronics Show"): no
      // organisation or function word, no noun that can name a speaker.
      if (!RestReadsAsPersonName(Range{i + 1, j})) break;
      if (leading_role.empty()) leading_role.b = i;
      leading_role.e = ++i;
    }
    Person person;
    person.name = std::string(text.substr(tokens_[i].begin, tokens_[j - 1].begin - tokens_[i].begin));
    person.name += surname;
    Range role = RoleBefore(i, 0);
    // A title or role before the name ("Chancellor Gordon Brown", "Mr") says
    // it is a person; a bare capitalised pair may be a place ("Cape Town").
    // A word taken off the run's front says less ("Consumer Electronics
    // Show"): it is the role, but no evidence of a person.
    person.titled = !role.empty() || (i > 0 && IsHonorific(i - 1));
    if (role.empty()) role = leading_role;
    if (!role.empty()) person.role = RangeText(role);
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

int QuoteExtractor::Impl::LastPersonBefore(uint32_t pos, bool titled_only) const {
  int best = -1;
  for (size_t i = 0; i < persons_.size(); ++i)
    if (persons_[i].pos < pos && (!titled_only || persons_[i].titled) &&
        (best < 0 || persons_[i].pos > persons_[best].pos))
      best = i;
  return best;
}

int QuoteExtractor::Impl::SubjectOfSentenceBefore(int t) {
  if (t < 0 || t >= int(tokens_.size())) return -1;
  if (tokens_[t].quote >= 0) t = quotes_[tokens_[t].quote].open_tok;
  const int para = ParagraphOfToken(t);
  if (para < 0) return -1;
  // The sentence before the quote's, by the one sentence splitter: in
  // this paragraph, or the last of the one before.
  std::vector<Range> sentences;
  SplitSentences(para_tokens_[para], &sentences);
  size_t holding = 0;
  while (holding + 1 < sentences.size() && sentences[holding].e <= t) ++holding;
  Range before;
  if (holding > 0) {
    before = sentences[holding - 1];
  } else {
    if (para == 0) return -1;
    SplitSentences(para_tokens_[para - 1], &sentences);
    if (sentences.empty()) return -1;
    before = sentences.back();
  }
  const int begin = before.b, end = before.e;
  for (int k = begin; k < end; ++k) {
    if (tokens_[k].quote >= 0 || !IsWord(k)) continue;
    // "He opted to ...": who "he" is would be a guess, and this one would
    // rest on it.
    if (Is(k, qi::kPersonPronoun) && !LowerIs(k, "him") && !LowerIs(k, "her")) return -1;
    if (!IsCap(k)) continue;
    const std::string_view w = StripPossessive(Tok(k));
    const int p = FindPersonBySurname(w);
    if (p < 0) continue;
    // "Duff's role", "against Henman", "the All Blacks", "at the Jose M
    // Cagigal Memorial meeting": not whom the sentence is about.
    int run = k;
    while (run > begin && IsWord(run - 1) && IsCap(run - 1) && !Is(run - 1, qi::kDeterminer)) --run;
    const bool after_function_word = run > begin && IsWord(run - 1) && Is(run - 1, qi::kPreposition | qi::kDeterminer);
    if (w.size() != Tok(k).size() || after_function_word || (k + 1 < end && tokens_[k + 1].type == kOther)) continue;
    return p;
  }
  return -1;
}

bool QuoteExtractor::Impl::DescribesOnePerson(Range np) {
  if (np.e - np.b < 2 || !LowerIs(np.b, "the")) return false;
  const int head = np.e - 1;
  if (!IsWord(head) || IsCap(head)) return false;
  for (int t = np.b + 1; t < np.e; ++t)
    if (!IsWord(t) || Is(t, qi::kPreposition | qi::kNationality)) return false;
  static constexpr std::string_view kSomeoneElse[] = {"spokesman", "spokeswoman", "spokesperson", "official",
                                                     "source",    "insider",     "aide",         "representative",
                                                     "reporter",  "correspondent"};
  if (LowerIsAny(head, kSomeoneElse)) return false;
  char buf[32];
  const std::string_view lower = qi::Lower(Tok(head), buf, sizeof buf);
  if (EndsWith(lower, "s") && !EndsWith(lower, "ss")) return false;
  return qi::IsPersonNoun(lower);
}

// The role phrase right before the name at token `name` (not before
// `floor`): titles, role nouns, nationalities, organisations, capitalised
// words and the "of" joining them, within the paragraph ("Russian Foreign
// Minister", "Kremlin spokesperson", "chief of staff"). The word next to the
// name must be a title, role noun or nationality: "In Tanzania Mr Brown",
// "On Wednesday Mr Blair" and "reject Trump's" have no role. Empty when none.
Range QuoteExtractor::Impl::RoleBefore(int name, int floor) {
  constexpr uint32_t kRoleWord = qi::kTitle | qi::kRoleNoun | qi::kNationality | qi::kOrganisation;
  constexpr uint32_t kNever = qi::kDeterminer | qi::kBoundary | qi::kWeekday | qi::kMonth | qi::kTimeWord | qi::kIntro;
  if (name <= floor || !IsWord(name - 1) || IsHonorific(name - 1) || !Is(name - 1, kRoleWord & ~qi::kOrganisation))
    return Range{};
  int r = name;
  while (r > floor && name - r < 6 && IsWord(r - 1) && tokens_[r - 1].quote < 0 && !Is(r - 1, kNever) &&
         !IsHonorific(r - 1) &&
         text.substr(tokens_[r - 1].end, tokens_[r].begin - tokens_[r - 1].end).find('\n') == std::string_view::npos &&
         (IsCap(r - 1) || Is(r - 1, kRoleWord) || (LowerIs(r - 1, "of") && r < name)) &&
         StripPossessive(Tok(r - 1)) == Tok(r - 1))
    --r;
  while (r < name && (LowerIs(r, "of") || (Is(r, qi::kPreposition) && !IsCap(r)))) ++r;
  return Range{r, name};
}

// "A spokesman for Mr Blair", "Mr Blair's official spokesman": the
// representative speaks, not the principal. Sets the speaker to the
// representative as described ("Tony Blair's spokesman") and on_behalf_of
// to the principal, and returns true; false when `np` names no
// representative of a named principal.
bool QuoteExtractor::Impl::ResolveRepresentative(Range np, Quote* q) {
  static constexpr std::string_view kRepresentatives[] = {
      "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "aide",
      "aides",     "adviser",     "advisers",     "advisor",   "advisors",    "lawyer",       "lawyers",
      "attorney",  "attorneys",   "solicitor",    "representative", "representatives", "agent", "secretary",
      "press"};
  for (int k = np.b; k < np.e; ++k) {
    // "Lawyers for Mr Jackson": capitalised only by the sentence.
    if (!IsWord(k) || (IsCap(k) && k != np.b) || !LowerIsAny(k, kRepresentatives)) continue;
    int rep_b = k, rep_e = k + 1;
    if (LowerIs(k, "press") && k + 1 < np.e && (LowerIs(k + 1, "secretary") || LowerIs(k + 1, "officer"))) ++rep_e;
    else if (LowerIs(k, "press") || LowerIs(k, "secretary")) continue;  // alone: a title, not a representative
    // "Mr Brown's former advisor Ed Balls, now ...": the representative
    // named right after is the speaker, the description its role (read
    // below).
    if (rep_e + 1 < np.e && IsWord(rep_e) && IsCap(rep_e) && IsWord(rep_e + 1) && IsCap(rep_e + 1) &&
        !Is(rep_e, qi::kDeterminer | qi::kOrganisation))
      return false;
    Range principal;
    if (rep_e + 1 < np.e && (LowerIs(rep_e, "for") || LowerIs(rep_e, "to"))) {
      principal = Range{rep_e + 1, np.e};  // "a spokesman for Mr Blair"
    } else {
      // "Mr Blair's official spokesman": a possessive name before the
      // representative and its modifiers.
      int p = rep_b - 1;
      while (p >= np.b && IsWord(p) && !IsCap(p) && StripPossessive(Tok(p)) == Tok(p)) --p;
      if (p < np.b || !IsCap(p) || StripPossessive(Tok(p)) == Tok(p)) continue;
      int b = p;
      while (b > np.b && IsCap(b - 1) && !Is(b - 1, qi::kDeterminer)) --b;
      rep_b = p + 1;
      principal = Range{b, p + 1};
    }
    // The principal is a person or organisation named with capitals.
    while (principal.b < principal.e && (Is(principal.b, qi::kDeterminer) || IsHonorific(principal.b))) ++principal.b;
    if (principal.empty() || !IsCap(principal.e - 1)) continue;
    std::string_view surname = StripPossessive(Tok(principal.e - 1));
    int person = FindPersonBySurname(surname);
    std::string name;
    if (person >= 0 && principal.e - principal.b == 1) {
      name = persons_[person].name;
    } else {
      name = RangeText(Range{principal.b, principal.e});
      if (StripPossessive(name) != name) name = std::string(StripPossessive(name));
    }
    q->on_behalf_of = name;
    std::string representative = RangeText(Range{rep_b, rep_e});
    if (rep_b == np.b && !representative.empty() && representative[0] >= 'A' && representative[0] <= 'Z')
      representative[0] = static_cast<char>(representative[0] - 'A' + 'a');  // "Lawyers for ..." opened the sentence
    q->speaker = absl::StrCat(name, "'s ", representative);
    q->speaker_role.clear();
    // A "he said" after it is the representative, not the principal.
    last_speaker_person_ = -1;
    return true;
  }
  return false;
}


// The capitalised organisation name around token k: left over capitalised
// words ("Police Federation"), right over "of" and capitalised words
// ("Association of British Insurers"), within k's line.
Range QuoteExtractor::Impl::OrganisationNameAround(int k) {
  auto same_line = [&](int a, int b) {
    return text.substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end).find('\n') == std::string_view::npos;
  };
  int b = k;
  while (b > 0 && IsWord(b - 1) && IsCap(b - 1) && !Is(b - 1, qi::kDeterminer | qi::kTitle | qi::kBoundary) &&
         tokens_[b - 1].quote == tokens_[k].quote && same_line(b - 1, b) && k - b < 4 &&
         StripPossessive(Tok(b - 1)) == Tok(b - 1))
    --b;
  int e = k + 1;
  if (StripPossessive(Tok(k)) == Tok(k))
    while (e + 1 < int(tokens_.size()) && LowerIs(e, "of") && IsWord(e + 1) && IsCap(e + 1) && same_line(e - 1, e)) {
      int f = e + 1;
      while (f < int(tokens_.size()) && f - e < 5 && IsWord(f) && IsCap(f) && same_line(f - 1, f) &&
             !Is(f, qi::kDeterminer))
        ++f;
      // "Association of British insurers": a name cut short by lower case
      // keeps only its head.
      if (Is(f - 1, qi::kNationality)) break;
      e = f;
      if (StripPossessive(Tok(e - 1)) != Tok(e - 1)) break;
    }
  return Range{b, e};
}

// "The Police Federation said": a capitalised name ending in an
// organisation's head is that organisation, whatever its inner words
// ("Police" is an organisation word too). "The Association said": the
// organisation of that head named before it, in full.
bool QuoteExtractor::Impl::ResolveOrganisationName(Range np, Quote* q) {
  int b = np.b;
  while (b < np.e && Is(b, qi::kDeterminer)) ++b;
  const int last = np.e - 1;
  if (b > last || !IsCap(last) || !LowerIsAny(last, kOrganisationHeads)) return false;
  // A title opening it is a person's ("Chancellor Brown's Treasury"); inside
  // it, a portfolio word is the body's ("World Health Organisation").
  for (int t = b; t < np.e; ++t)
    if (!IsWord(t) || !IsCap(t) || (t == b && Is(t, qi::kTitle))) return false;
  if (last > b) {
    q->speaker = std::string(StripPossessive(RangeText(Range{b, np.e})));
    q->speaker_is_organisation = true;
    return true;
  }
  // One word: the nearest earlier full name with that head, in the article.
  for (int k = b - 1; k >= 0; --k) {
    if (Tok(k) != Tok(last)) continue;
    const Range name = OrganisationNameAround(k);
    if (name.e - name.b < 2) continue;
    q->speaker = std::string(StripPossessive(RangeText(name)));
    q->speaker_is_organisation = true;
    return true;
  }
  return false;
}

// "Critics of Mr Blair", "Supporters of Gordon Brown", "Drug enforcement
// chiefs in the US", "the widow of Ray Kemp": people described by how they
// relate to a name are not that name. The description is the speaker.
// (Representatives, "a spokesman for Mr Blair", are read before this.)
bool QuoteExtractor::Impl::ResolveRelatedPeople(Range np, Quote* q) {
  static constexpr std::string_view kRelations[] = {"of", "for", "in", "at", "from", "to", "around", "close"};
  static constexpr std::string_view kRelatives[] = {
      "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister",
      "friend", "neighbour", "neighbor", "relative", "partner", "girlfriend", "boyfriend", "fiancee", "fiance",
      "colleague", "biographer", "cousin", "uncle", "aunt", "nephew", "niece", "family"};
  for (int k = np.b + 1; k + 1 < np.e; ++k) {
    // "Ms Robinson, a friend of the Tory leader,": a name in apposition
    // is the speaker (read below).
    if (tokens_[k].type == kComma || tokens_[k].type == kDash) return false;
    if (!IsWord(k) || !LowerIsAny(k, kRelations) || !IsWord(k - 1)) continue;
    const int head = k - 1;
    // A lower-case head (or the sentence's first word, capitalised by it).
    if (IsCap(head) && head != np.b) return false;
    char buf[32];
    const std::string_view lower = qi::Lower(Tok(head), buf, sizeof buf);
    const bool people = lower.size() > 3 && lower.back() == 's' && !lower.ends_with("ss") &&
                        (qi::IsPersonNoun(lower) || qi::NounCanName(lower) || Is(head, qi::kRoleNoun));
    if (!people && !LowerIsAny(head, kRelatives)) return false;
    // What follows names someone or somewhere.
    // "owners of Rossignol, the Boix-Vives family,": up to a comma.
    int e = k + 1;
    while (e < np.e && tokens_[e].type != kComma && tokens_[e].type != kDash) ++e;
    bool named = false;
    for (int t = k + 1; t < e; ++t) named |= IsWord(t) && IsCap(t);
    if (!named) return false;
    int b = np.b;
    while (b < head && Is(b, qi::kDeterminer)) ++b;
    q->speaker = RangeText(Range{b, e});
    q->speaker_is_organisation = false;
    return true;
  }
  return false;
}

// "the BBC's Sarah Rainsford in Moscow", "analyst Nick Van den Brul of BNP
// Paribas": a person's name (two words or more, no title or organisation
// word) then in/at/of/from and a capitalised place or employer. The
// mention ends at the name. "Bank of England", "Secretary General of NATO"
// and "Friends of the Earth" have no such name before the preposition.
Range QuoteExtractor::Impl::NameBeforePlaceOrEmployer(Range np) {
  static constexpr std::string_view kLinks[] = {"in", "at", "of", "from"};
  for (int k = np.b + 2; k + 1 < np.e; ++k) {
    if (!IsWord(k) || IsCap(k) || !LowerIsAny(k, kLinks) || !IsWord(k + 1) || !IsCap(k + 1)) continue;
    auto name_word = [&](int t) {
      char buf[32];
      if (!IsWord(t) || !IsCap(t) || Is(t, qi::kTitle | qi::kRoleNoun | qi::kOrganisation | qi::kOutlet | qi::kDeterminer) ||
          IsHonorific(t) || StripPossessive(Tok(t)) != Tok(t))
        return false;
      // "Bishop of Durham", "Guinness Book of Records": a common noun is no
      // part of a person's name.
      const std::string_view lower = qi::Lower(Tok(t), buf, sizeof buf);
      return !qi::IsPersonNoun(lower) && !qi::NounCanName(lower) && !qi::IsPublisherNoun(lower) &&
             lower != "book" &&
             std::find(std::begin(kOrganisationHeads), std::end(kOrganisationHeads), lower) ==
                 std::end(kOrganisationHeads);
    };
    if (!name_word(k - 1)) return np;
    // "Van den Bosch": a particle, capitalised or not, is part of the name.
    const bool two_words = name_word(k - 2) || (k - 3 >= np.b && LowerIsAny(k - 2, kNameParticles) &&
                                                (name_word(k - 3) || LowerIsAny(k - 3, kNameParticles)));
    if (!two_words) return np;
    return Range{np.b, k};
  }
  return np;
}

bool QuoteExtractor::Impl::ResolveOrganisationOf(Range np, Quote* q) {
  for (int k = np.e - 2; k > np.b; --k) {
    if (!LowerIs(k, "of") || !IsCap(k - 1) || !LowerIsAny(k - 1, kOrganisationHeads)) continue;
    for (int t = k + 1; t < np.e; ++t)
      if (!IsWord(t) || (!IsCap(t) && !LowerIs(t, "of") && !LowerIs(t, "and") && !LowerIs(t, "the"))) return false;
    if (!IsCap(np.e - 1)) return false;
    int b = k - 1;
    while (b > np.b && IsCap(b - 1) && !Is(b - 1, qi::kDeterminer | qi::kTitle)) --b;
    q->speaker = RangeText(Range{b, np.e});
    if (StripPossessive(q->speaker) != q->speaker) q->speaker = std::string(StripPossessive(q->speaker));
    q->speaker_is_organisation = true;
    return true;
  }
  return false;
}

void QuoteExtractor::Impl::NoteOrganisationSpeaker(const Quote& q) {
  if (q.speaker.empty() || q.speaker[0] < 'A' || q.speaker[0] > 'Z' || !q.on_behalf_of.empty()) return;
  size_t space = q.speaker.rfind(' ');
  std::string_view last = std::string_view(q.speaker).substr(space == std::string::npos ? 0 : space + 1);
  if (last.empty() || last[0] < 'A' || last[0] > 'Z') return;  // "US defence company": a description
  char buf[64];
  // "Analysts said", "Prosecutors said": people, not an organisation.
  std::string_view lower = qi::Lower(last, buf, sizeof buf);
  if (qi::IsPersonNoun(lower) || qi::IsPublisherNoun(lower) || (qi::NounCanName(lower) && lower.ends_with('s')))
    return;
  if (q.via == q.speaker) return;  // an outlet reporting ("..., Reuters reported")
  bool one_word = space == std::string::npos;
  if (one_word && qi::WordClasses(lower) != 0) return;  // "Some", "Originally": function words
  if (!q.speaker_is_organisation && !(one_word && q.speaker_role.empty() && FindPersonBySurname(q.speaker) < 0))
    return;
  last_org_speaker_ = q.speaker;
  last_org_para_ = current_para_;
}

bool QuoteExtractor::Impl::ResolveGenericOrganisation(Range np, Quote* q) {
  static constexpr std::string_view kGenericOrganisations[] = {
      "company", "firm", "bank", "airline", "carmaker", "retailer", "club", "operator", "manufacturer", "insurer",
      "broadcaster", "studio", "label", "publisher", "developer", "supermarket", "chain", "maker", "giant"};
  if (np.e - np.b != 2 || !LowerIs(np.b, "the") || !LowerIsAny(np.b + 1, kGenericOrganisations)) return false;
  if (last_org_speaker_.empty() || current_para_ - last_org_para_ > 3) return false;
  // "The label said" is no school: an organisation whose name ends in
  // another head ("St Mary's High School", "Terrence Higgins Trust") is
  // not what a generic noun refers back to; a bank is a company.
  const std::string_view last_org = last_org_speaker_;
  const size_t space = last_org.rfind(' ');
  const std::string_view head = last_org.substr(space == std::string_view::npos ? 0 : space + 1);
  char buf[32];
  const std::string_view lower_head = qi::Lower(head, buf, sizeof buf);
  if (std::find(std::begin(kOrganisationHeads), std::end(kOrganisationHeads), lower_head) !=
          std::end(kOrganisationHeads) &&
      lower_head != LowerTok(np.b + 1) && lower_head != "bank" && lower_head != "corporation")
    return false;
  q->speaker = last_org_speaker_;
  q->speaker_is_organisation = true;
  return true;
}

// Honorifics are part of how a person is addressed, not a role: "Mr Brown"
// has no role "Mr".
bool QuoteExtractor::Impl::IsHonorific(int t) {
  static constexpr std::string_view kHonorifics[] = {"mr",   "mrs",  "ms",    "miss",     "dr",   "sir",
                                                     "lord", "lady", "dame",  "baroness", "baron", "rev",
                                                     "prof", "mx",   "mister", "madam",   "господин", "госпожа",
                                                     "пан",  "пані"};
  return IsWord(t) && LowerIsAny(t, kHonorifics);
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

bool QuoteExtractor::Impl::ConduitNamed(Range via) {
  for (int t = via.b; t < via.e; ++t)
    if (IsWord(t) && (IsCap(t) || Is(t, qi::kOutlet))) return true;
  char buf[32];
  return via.e > via.b && IsWord(via.e - 1) && qi::IsPublisherNoun(qi::Lower(Tok(via.e - 1), buf, sizeof buf));
}

bool QuoteExtractor::Impl::NamedInContent(int person, const Attribution& a) {
  const std::string_view name = persons_[person].name;
  for (int i = 0; i < a.n_content; ++i)
    for (int t = a.content[i].b; t < a.content[i].e; ++t) {
      // "Lord Falconer" does not name Lord Goldsmith.
      if (!IsWord(t) || !IsCap(t) || IsHonorific(t) || Is(t, qi::kTitle)) continue;
      const std::string_view w = StripPossessive(Tok(t));
      if (w.size() < 3) continue;
      // A whole word of the name: "Michael" in "Michael Owen".
      for (size_t at = name.find(w); at != std::string_view::npos; at = name.find(w, at + 1))
        if ((at == 0 || name[at - 1] == ' ') && (at + w.size() == name.size() || name[at + w.size()] == ' '))
          return true;
    }
  return false;
}

void QuoteExtractor::Impl::ResolvePronoun(Range np, const Attribution& a, Quote* q) {
  const int last = np.e - 1;
  // Pronouns: the last person quoted within a few paragraphs, else the last
  // person named before with a title or role ("Chancellor Gordon Brown"; a
  // bare "Cape Town" may be a place).
  if (np.e - np.b == 1 && Is(last, qi::kPersonPronoun)) {
    int p = last_speaker_person_;
    if (p < 0) p = LastPersonBefore(tokens_[np.b].begin, /*titled_only=*/true);
    // '"Michael is the kind of player we want," he said': a person the
    // words speak of by name is not who says them. Who does is a guess
    // (the person named before was right in a third of BBC cases), so the
    // speaker stays unknown.
    if (p >= 0 && NamedInContent(p, a)) p = -1;
    if (p >= 0) {
      q->speaker = persons_[p].name;
      q->speaker_role = persons_[p].role;
    }
    return;
  }
  // "Princess Marguerite of Romania, ..., who said": the person named just
  // before in the same sentence. Other pronouns ("I", "it", "they", "we")
  // name no one the article identifies here: the speaker stays unknown.
  if (np.e - np.b == 1 && Is(last, qi::kPronoun)) {
    if (LowerIs(last, "who")) {
      // The person named last, in this sentence: only then is there a
      // speaker at all (a relative clause elsewhere is too often read
      // wrong to show).
      const int p = LastPersonBefore(tokens_[np.b].begin, /*titled_only=*/false);
      if (p < 0 || tokens_[np.b].begin - persons_[p].pos >= 300 ||
          text.substr(persons_[p].pos, tokens_[np.b].begin - persons_[p].pos).find_first_of(".\n") !=
              std::string_view::npos)
        return;
      q->speaker = persons_[p].name;
      q->speaker_role = persons_[p].role;
      // Which person: the name right before the comma (and an age),
      // written out where it is ("Paul Jones", not Norah Jones), when that
      // is a person named before or introduced with a title here
      // ("Mexican outfit Red Sharks Veracruz, who" is neither).
      int k = np.b - 1;
      while (k >= 0 && np.b - k <= 4 && (tokens_[k].type == kComma || tokens_[k].type == kNumber)) --k;
      if (k < 0 || k >= np.b - 1 || !IsWord(k) || !IsCap(k)) return;
      int run = k;
      while (run > 0 && k - run < 3 && IsWord(run - 1) && IsCap(run - 1)) --run;
      const std::string written = RangeText(Range{run, k + 1});
      int named = -1;
      for (size_t i = 0; i < persons_.size() && named < 0; ++i)
        if (persons_[i].name == written || (k > run && EndsWith(written, " " + persons_[i].name))) named = i;
      if (named < 0 && k == run) named = FindPersonBySurname(StripPossessive(Tok(k)));
      if (named < 0 || !(persons_[named].pos < tokens_[run].begin || persons_[named].titled) ||
          (run > 0 && IsWord(run - 1) && Is(run - 1, qi::kDeterminer)))
        return;
      q->speaker = persons_[named].name;
      q->speaker_role = persons_[named].role;
      // A later "she said" is this person, unless the clause sits inside
      // another's words ("Weitz said he had visited Pullman, who had told
      // him ... He added:").
      if (!a.nested) last_speaker_person_ = named;
    }
    return;
  }
}

void QuoteExtractor::Impl::Resolve(Range np, const Attribution& a, Quote* q) {
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
  if (np.e - np.b == 1 && Is(last, qi::kPronoun)) {
    ResolvePronoun(np, a, q);
    return;
  }
  if (ResolveRepresentative(np, q)) return;
  if (ResolveRelatedPeople(np, q)) return;
  // "Northwind Europe's general manager, Tom Baxter,", "one of the firm's
  // lawyers, Jo Marsh,": a description ending in a common noun, then a
  // name of two to four words in apposition. The name is the speaker and
  // the description its role.
  Range described_role{};
  for (int i = np.b + 1; i < np.e; ++i) {
    if (tokens_[i].type != kComma) continue;
    int j = i + 1;
    while (j < np.e && tokens_[j].type != kComma) ++j;
    // "Ambassador Jon Ericsson of Norway": a place after "of" is no part of
    // the name.
    int name_end = j;
    for (int t = i + 2; t + 1 < j; ++t)
      if (LowerIs(t, "of") && IsCap(t + 1)) { name_end = t; break; }
    // The description's head can name someone: "manager", "lawyer",
    // "host"; not "the book, Britain's ...".
    char buf[32];
    // "The Shadow Secretary of State for the Family, Theresa May,": a
    // title after "the" makes the description one, whatever it ends in.
    bool titled = false;
    for (int t = np.b + 1; t < i && !titled; ++t) titled = IsWord(t) && Is(t, qi::kTitle | qi::kRoleNoun);
    titled &= Is(np.b, qi::kDeterminer);
    bool name = IsWord(i - 1) && (!IsCap(i - 1) || titled) && name_end - (i + 1) >= 2 && name_end - (i + 1) <= 4 &&
                (titled || Is(i - 1, qi::kRoleNoun) ||
                 qi::NounCanName(qi::Lower(StripPossessive(Tok(i - 1)), buf, sizeof buf)));
    for (int t = i + 1; t < j && name; ++t)
      name = t == name_end || (t > name_end && LowerIs(t, "of")) ||
             (IsWord(t) && IsCap(t) && (t > name_end || !Is(t, qi::kDeterminer | qi::kOrganisation)));
    j = name_end;
    if (name) {
      // "Yesterday Argentina's economy minister, ...": a time word opening
      // the phrase is no part of the role.
      int b = np.b;
      while (b < i - 1 && IsWord(b) && Is(b, qi::kTimeWord | qi::kWeekday | qi::kIntro)) ++b;
      described_role = Range{b, i};
      np = Range{i + 1, j};
    }
    break;
  }
  // The core of "Megan Hester, senior associate ...," or "Rep. Gwen Moore
  // (D-Wis.)": up to the first comma (or dash: "Novak — a teacher —"),
  // party tag dropped.
  for (int i = np.b + 1; i < np.e; ++i) {
    if (tokens_[i].type != kComma && tokens_[i].type != kDash && Tok(i) != "(") continue;
    // "Lord Condon, head of the ICC's anti-corruption unit,": the
    // description after the name is its role when it starts in lower case
    // and its head can name someone ("head", "spokesman", "chairman").
    if (described_role.empty() && tokens_[i].type == kComma && i + 1 < np.e && IsWord(i + 1) &&
        (!IsCap(i + 1) || Is(i + 1, qi::kTitle)) && !LowerIs(i + 1, "who")) {
      int j = i + 1;
      while (j < np.e && tokens_[j].type != kComma && tokens_[j].type != kDash) ++j;
      int head = j - 1;
      for (int t = i + 1; t < j; ++t)
        if (LowerIs(t, "of") || LowerIs(t, "at") || LowerIs(t, "for")) { head = t - 1; break; }
      char buf[32];
      if (j - (i + 1) <= 10 && head > i && IsWord(head) &&
          (Is(head, qi::kRoleNoun | qi::kTitle) ||
           qi::NounCanName(qi::Lower(StripPossessive(Tok(head)), buf, sizeof buf))))
        described_role = Range{i + 1, j};
    }
    np.e = i;
    break;
  }
  // "Mr Hockney meanwhile", "Henson himself": an adverb closing the phrase
  // is no part of the name.
  static constexpr std::string_view kTrailingAdverbs[] = {
      "meanwhile", "afterwards", "himself", "herself", "themselves", "itself", "too", "also", "though",
      "however",   "instead",    "again",   "later",   "earlier",    "then",   "now", "alone", "yesterday"};
  while (np.e - np.b > 1 && IsWord(np.e - 1) && !IsCap(np.e - 1) && LowerIsAny(np.e - 1, kTrailingAdverbs)) --np.e;
  if (ResolveOrganisationOf(np, q)) return;
  np = NameBeforePlaceOrEmployer(np);
  if (ResolveOrganisationName(np, q)) return;
  if (ResolveNameRun(np, described_role, q)) return;
  ResolveDescription(np, a, q);
}

bool QuoteExtractor::Impl::ResolveNameRun(Range np, Range described_role, Quote* q) {
  // Trailing name run: capitalized words that are no title.
  int r = np.e;
  // A day closing the phrase ("the survey released Monday") is no name.
  const uint32_t kNotName =
      qi::kTitle | qi::kNationality | qi::kOrganisation | qi::kOutlet | qi::kDeterminer | qi::kWeekday | qi::kTimeWord;
  // A common noun for a person before a name of two words or more is its
  // role, not a first name: "Singer Tom Jones", "Tory David Davis" (the
  // role, RoleBefore, is read below). "Guy Ritchie" keeps "Guy".
  auto person_noun = [&](int t) {
    char buf[32];
    if (np.e - t < 3 || IsHonorific(t) || !qi::IsPersonNoun(qi::Lower(StripPossessive(Tok(t)), buf, sizeof buf)))
      return false;
    // The rest is a person's name, not an organisation's ("Asian
    // Development Bank", "Reporters Without Borders"): none of its words
    // is a function word, a noun for people or an organisation word.
    // A middle initial follows a first name: "Michael G Wilson".
    if (Tok(t + 1).size() == 1 || (Tok(t + 1).size() == 2 && Tok(t + 1)[1] == '.')) return false;
    return RestReadsAsPersonName(Range{t + 1, np.e});
  };
  int person_noun_role = -1;
  // "The Sunday Telegraph", "London's Evening Standard": a day or time of
  // day naming a newspaper is part of its name.
  static constexpr std::string_view kNewspaperHeads[] = {"times",  "telegraph", "mirror", "express", "post",
                                                        "standard", "herald",   "mail",   "observer", "star"};
  auto newspaper_day = [&](int t) {
    return t + 1 < np.e && IsCap(t) && Is(t, qi::kWeekday | qi::kTimeWord) && IsCap(t + 1) &&
           LowerIsAny(t + 1, kNewspaperHeads);
  };
  while (r > np.b && IsCap(r - 1) && (!Is(r - 1, kNotName) || newspaper_day(r - 1)) &&
         (r == np.e || StripPossessive(Tok(r - 1)) == Tok(r - 1))) {
    if (person_noun(r - 1)) { person_noun_role = r - 1; break; }
    --r;
    // "M&S", "AT&T", "Standard & Poor's": an ampersand inside a name.
    if (r - 1 > np.b && Tok(r - 1) == "&" && IsWord(r - 2) && IsCap(r - 2)) --r;
    // "Nick Van den Brul", "Ursula von der Leyen": lower-case particles
    // inside a name.
    while (r - 1 > np.b && IsWord(r - 1) && !IsCap(r - 1) && LowerIsAny(r - 1, kNameParticles) && IsCap(r - 2) &&
           !Is(r - 2, kNotName))
      --r;
  }
  // "Rapper 50 Cent": a short number opening a one-word name is part of
  // it (not after "the" or a preposition: "in 2004 Microsoft").
  if (np.e - r == 1 && r - 1 >= np.b && tokens_[r - 1].type == kNumber && Tok(r - 1).size() <= 3 &&
      (tokens_[r].flags & kAdjacentPrev) == 0 &&
      !(r - 2 >= np.b && IsWord(r - 2) && Is(r - 2, qi::kPreposition | qi::kDeterminer)))
    --r;
  // "Fuming Robinson", "Star Christina Applegate", "Both Toshiba": a word
  // capitalised only by the sentence opening a name run is no name.
  // (-ing participles too: "Fuming", "Ailing"; not -ed, which ends
  // "Alfred" and "Mohammed".)
  // (Once for the generic words, as before: "Both Toshiba"; moods and
  // months may stack: "Defiant Matt Williams".)
  if (np.e - r >= 2 && (OpensNoName(Tok(r), /*generic=*/true) || (Tok(r).size() > 5 && EndsWith(Tok(r), "ing"))))
    ++r;
  while (np.e - r >= 2 && (OpensNoName(Tok(r), /*generic=*/false) || LowerIsAny(r, kMonthsNotNames))) ++r;
  // Russian and Ukrainian names: the role's capitalised genitives, case
  // forms ("по словам Дмитрия Пескова"), capitals (cyrillic_rules.cc).
  if (Cyrillic() && IsCyrillicWord(Tok(np.e - 1)) && ResolveCyrillicName(np, r, q)) return true;
  // "Lib Dem Norman Baker": the party is the role.
  Range party_role{};
  if (np.e - r >= 4 && LowerIs(r, "lib") && LowerIs(r + 1, "dem")) {
    party_role = Range{r, r + 2};
    r += 2;
  }
  if (r < np.e) {
    std::string_view surname = StripPossessive(Tok(np.e - 1));
    int p = FindPersonBySurname(surname);
    if (np.e - r >= 2) {
      q->speaker = std::string(text.substr(tokens_[r].begin, tokens_[np.e - 1].begin - tokens_[r].begin));
      q->speaker += surname;
      // "Mr De Vido", "Ten Cate": a surname of two words, the full name
      // given before ("Julio De Vido", "Henk Ten Cate").
      // (One word more, a first name: not a title the person list kept,
      // "US Attorney", "Lib Dem".)
      if (p >= 0 && persons_[p].name.size() > q->speaker.size() + 1 &&
          EndsWith(persons_[p].name, " " + q->speaker)) {
        const std::string_view first =
            std::string_view(persons_[p].name).substr(0, persons_[p].name.size() - q->speaker.size() - 1);
        char buf[32];
        const std::string_view lower = qi::Lower(first, buf, sizeof buf);
        const bool acronym = first.size() > 1 && first[1] >= 'A' && first[1] <= 'Z';  // "US Super Bowl"
        const bool possessive = lower == "my" || lower == "our" || lower == "his" || lower == "her" || lower == "their";
        if (first.find(' ') == std::string_view::npos && first.size() > 1 && !acronym && !possessive &&
            !OpensNoName(first, /*generic=*/true) &&
            (qi::WordClasses(lower) & (qi::kTitle | qi::kRoleNoun | qi::kOrganisation | qi::kOutlet |
                                       qi::kNationality | qi::kPronoun | qi::kDeterminer)) == 0 &&
            !qi::IsPersonNoun(lower))
          q->speaker = persons_[p].name;
      }
    } else if (p >= 0) {
      q->speaker = persons_[p].name;
    } else {
      q->speaker = std::string(surname);
    }
    Range role = party_role.empty() ? RoleBefore(r, np.b) : party_role;
    if (role.empty() && person_noun_role >= 0 && person_noun_role == r - 1) role = Range{r - 1, r};
    if (!role.empty()) q->speaker_role = RangeText(role);
    else if (!described_role.empty()) q->speaker_role = RangeText(described_role);
    else if (p >= 0) q->speaker_role = persons_[p].role;
    // "The general manager added ...": the role names the person later on.
    if (p >= 0 && persons_[p].role.empty() && !described_role.empty())
      persons_[p].role = RangeText(described_role);
    // "The Lib Dems said": a name after "the" is no person a later "he"
    // can mean.
    if (p >= 0 && !(r > np.b && Is(r - 1, qi::kDeterminer))) {
      last_speaker_person_ = p;
    }
    if (Is(np.e - 1, qi::kOutlet)) q->via = q->speaker;
    return true;
  }
  return false;
}

void QuoteExtractor::Impl::ResolveDescription(Range np, const Attribution& a, Quote* q) {
  const int last = np.e - 1;
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
  if (ResolveGenericOrganisation(np, q)) return;
  // "The 24-year-old added", "added the Uruguayan-born researcher": a
  // description of the person quoted just before (this paragraph or the
  // last), not of anyone new. ("The American said" after Henman's words is
  // as often his opponent: a nationality is no such description.)
  if (LowerIs(np.b, "the") && np.e - np.b >= 2 && last_speaker_person_ >= 0 &&
      current_para_ - last_speaker_para_ <= 1) {
    bool anaphor = EndsWith(LowerTok(last), "-year-old");
    for (int t = np.b + 1; t < np.e && !anaphor; ++t) anaphor = IsWord(t) && EndsWith(LowerTok(t), "-born");
    if (anaphor) {
      q->speaker = persons_[last_speaker_person_].name;
      q->speaker_role = persons_[last_speaker_person_].role;
      return;
    }
  }
  // '"It was great play," said the Tottenham striker': a description of
  // one person speaks for whoever the sentence before the quote is about
  // ("Matchwinner Keane was full of praise."). The description stays as
  // the role.
  // Only after the cue and its quotation: "The prime minister said" opens
  // a new turn as often as it continues one. Who speaks next is left as it
  // was: a guess does not seed more guesses.
  if (np.b > a.cue.b && a.n_content > 0 && a.content[0].b < a.cue.b && tokens_[a.content[0].b].quote >= 0 &&
      DescribesOnePerson(np)) {
    const int p = SubjectOfSentenceBefore(a.content[0].b);
    if (p >= 0 && !NamedInContent(p, a)) {
      q->speaker = persons_[p].name;
      q->speaker_role = RangeText(Range{np.b + 1, np.e});
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
