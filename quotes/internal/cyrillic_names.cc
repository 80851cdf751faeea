// File: quotes/internal/cyrillic_names.cc
//
// Tables first: the given names (nominative, lowercase) and the ending rules;
// the functions after. A given name is found by undoing each case ending
// it may carry and looking the result up, so the list holds one form per
// name. Surnames are an open class: their endings are undone by rules.
#include "quotes/internal/cyrillic_names.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "quotes/internal/words.h"

namespace qtrack::quotes_internal {
namespace {

constexpr const char* kRussianGivenNames =
    "александр алексей анатолий андрей антон аркадий арсений артем артём борис вадим валентин валерий василий "
    "вениамин виктор виталий владимир владислав всеволод вячеслав геннадий георгий герман глеб григорий даниил "
    "денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим марат матвей михаил никита "
    "николай олег павел петр пётр роман руслан рамзан рустам семен семён сергей станислав степан тимур федор "
    "фёдор филипп эдуард юрий яков ярослав шамиль ахмат дамир "
    "алла алина алиса анастасия анна антонина валентина вера вероника виктория галина дарья диана евгения "
    "екатерина елена елизавета жанна зоя инна ирина карина кира ксения лариса лидия любовь людмила маргарита "
    "марина мария надежда наталья наталия нина оксана ольга полина светлана софия софья тамара татьяна ульяна "
    "эвелина элина эльвира юлия яна "
    // Foreign leaders and officials as Russian news writes them.
    "дональд джо джозеф эммануэль олаф фридрих урсула кая марко антониу кир стив джейк энтони ллойд пит марк "
    "йенс реджеп роберт кейр риши джон джеймс нарендра ангела жозеп камала хиллари барак майк тереза лиз "
    "биньямин беньямин вольфганг рекс мэтью";

constexpr const char* kUkrainianGivenNames =
    "олександр олексій анатолій андрій антон арсеній артем богдан борис вадим валентин валерій василь віктор "
    "віталій володимир владислав всеволод в'ячеслав вячеслав геннадій георгій гліб григорій данило денис "
    "дмитро євген єгор іван ігор ілля кирило костянтин лев леонід максим микита микола михайло назар олег остап "
    "павло петро роман руслан сергій станіслав степан тарас тимур федір юрій ярослав ярема мирослав святослав "
    "любомир "
    "алла аліна анастасія ганна анна антоніна валентина віра вероніка вікторія галина дарія дар'я діана "
    "євгенія катерина олена єлизавета жанна зоя інна ірина карина кіра ксенія лариса лідія любов людмила "
    "маргарита марина марія надія наталія наталя ніна оксана ольга поліна світлана софія тамара тетяна уляна "
    "юлія яна іванна христина зоряна соломія ярослава леся ангеліна олександра "
    "дональд джо джозеф емманюель олаф фрідріх урсула кая марко антоніу кір стів джейк ентоні ллойд піт марк "
    "єнс реджеп роберт кейр ріші джон джеймс нарендра ангела жозеп камала гілларі барак майк тереза ліз "
    "біньямін вольфганг метью";

// Russian given names whose stem loses a vowel in the other cases.
constexpr std::pair<std::string_view, std::string_view> kRussianFleetingVowel[] = {
    {"павла", "павел"}, {"павлу", "павел"}, {"павлом", "павел"}, {"павле", "павел"},
    {"льва", "лев"},    {"льву", "лев"},    {"львом", "лев"},    {"льве", "лев"},
    {"петра", "петр"},  {"петру", "петр"},  {"петром", "петр"},  {"петре", "петр"}};

// Case ending → nominative ending of a given name, Russian and Ukrainian,
// masculine and feminine; the first whose result is a known name wins.
constexpr std::pair<std::string_view, std::string_view> kGivenNameEndings[] = {
    // Consonant stems: Владимира, Олександрові.
    {"ові", ""}, {"ом", ""}, {"а", ""}, {"у", ""}, {"е", ""}, {"і", ""},
    // Ukrainian -о: Дмитра, Петрові.
    {"ові", "о"}, {"ом", "о"}, {"а", "о"}, {"у", "о"}, {"і", "о"},
    // -й: Дмитрия, Андрієві, Сергеем.
    {"еві", "й"}, {"єві", "й"}, {"єм", "й"}, {"ем", "й"}, {"я", "й"}, {"ю", "й"}, {"и", "й"}, {"ї", "й"}, {"е", "й"},
    // -ь: Игоря; Ukrainian Ігор, Ігоря.
    {"ем", "ь"}, {"я", "ь"}, {"ю", "ь"}, {"е", "ь"}, {"еві", ""}, {"ем", ""}, {"я", ""}, {"ю", ""},
    // Feminine -а: Анны, Ірини, Олені, Ольгою.
    {"ой", "а"}, {"ою", "а"}, {"ы", "а"}, {"и", "а"}, {"е", "а"}, {"і", "а"}, {"у", "а"},
    // Feminine -я: Марии, Марією, Юлией.
    {"єю", "я"}, {"ею", "я"}, {"ей", "я"}, {"и", "я"}, {"ї", "я"}, {"і", "я"}, {"ю", "я"}, {"е", "я"},
};

// Surname case endings → nominative, tried in order; `lang` limits a rule
// to one language where the two decline differently.
struct SurnameRule {
  std::string_view ending, nominative;
  CyrillicLanguage lang;  // kNone: both
};

constexpr CyrillicLanguage kBoth = CyrillicLanguage::kNone;
constexpr CyrillicLanguage kRu = CyrillicLanguage::kRussian;
constexpr CyrillicLanguage kUk = CyrillicLanguage::kUkrainian;

constexpr SurnameRule kSurnameRules[] = {
    // Adjectival: Зеленского, Зеленського, Залужного.
    {"ского", "ский", kBoth},   {"скому", "ский", kBoth},   {"ским", "ский", kRu},     {"ском", "ский", kRu},
    {"цкого", "цкий", kBoth},   {"цкому", "цкий", kBoth},   {"цким", "цкий", kRu},     {"ського", "ський", kBoth},
    {"ському", "ський", kBoth}, {"ським", "ський", kBoth},  {"цького", "цький", kBoth}, {"цькому", "цький", kBoth},
    {"цьким", "цький", kBoth},  {"ской", "ская", kRu},      {"ської", "ська", kUk},    {"ській", "ська", kUk},
    {"ською", "ська", kUk},     {"ного", "ный", kRu},       {"ного", "ний", kUk},      {"ному", "ный", kRu},
    {"ному", "ний", kUk},       {"кого", "кий", kBoth},     {"гого", "гий", kBoth},    {"хого", "хий", kBoth},
    // Feminine -ова/-ева/-ина: Захаровой, Стефанішиної.
    {"овой", "ова", kBoth},     {"евой", "ева", kBoth},     {"иной", "ина", kBoth},    {"ыной", "ына", kBoth},
    {"ової", "ова", kBoth},     {"овій", "ова", kBoth},     {"овою", "ова", kBoth},    {"евої", "ева", kBoth},
    {"евій", "ева", kBoth},     {"евою", "ева", kBoth},     {"іної", "іна", kBoth},    {"іній", "іна", kBoth},
    {"іною", "іна", kBoth},     {"иної", "ина", kBoth},     {"иною", "ина", kBoth},
    // Masculine -ов/-ев/-ин: Пескова, Песковым, Пєсковим, Пєскові.
    {"овым", "ов", kBoth},      {"овим", "ов", kBoth},      {"евым", "ев", kBoth},     {"евим", "ев", kBoth},
    {"ёвым", "ёв", kBoth},      {"иным", "ин", kBoth},      {"іним", "ін", kBoth},     {"ова", "ов", kBoth},
    {"ову", "ов", kBoth},       {"ове", "ов", kBoth},       {"ові", "ов", kBoth},      {"ева", "ев", kBoth},
    {"еву", "ев", kBoth},       {"еве", "ев", kBoth},       {"еві", "ев", kBoth},      {"ёва", "ёв", kBoth},
    {"ина", "ин", kBoth},       {"ину", "ин", kBoth},       {"ине", "ин", kBoth},      {"ына", "ын", kBoth},
    {"іна", "ін", kBoth},       {"іну", "ін", kBoth},       {"іні", "ін", kBoth},
    // Ukrainian -енко: Шевченка, Шевченкові.
    {"енкові", "енко", kBoth},  {"енком", "енко", kBoth},   {"енка", "енко", kBoth},   {"енку", "енко", kBoth},
    // Soft stems: Шмигаля.
    {"лем", "ль", kBoth},       {"ля", "ль", kBoth},        {"лю", "ль", kBoth},
    // Nouns in -а: Кулебы, Кулеби, Сибіги.
    {"ы", "а", kBoth},          {"и", "а", kBoth},
};

// Consonants a masculine stem may end in before -а/-у/-ом (Трампа, Єрмака).
bool ConsonantLetter(std::string_view letter) {
  static constexpr std::string_view kConsonants[] = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п",
                                                     "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", "ґ"};
  for (std::string_view c : kConsonants)
    if (letter == c) return true;
  return false;
}

// Words are Cyrillic: two bytes a letter, apostrophes aside.
size_t Letters(std::string_view w) { return w.size() / 2; }

std::string LowerString(std::string_view w) {
  char buf[96];
  return std::string(Lower(w, buf, sizeof buf));
}

using NameSet = absl::flat_hash_set<std::string_view>;

const NameSet& GivenNames(CyrillicLanguage language) {
  static const NameSet* russian = [] {
    auto* s = new NameSet;
    ForEachWord(kRussianGivenNames, [&](std::string_view w) { s->insert(w); });
    return s;
  }();
  static const NameSet* ukrainian = [] {
    auto* s = new NameSet;
    ForEachWord(kUkrainianGivenNames, [&](std::string_view w) { s->insert(w); });
    // Ukrainian spells the apostrophe three ways.
    for (std::string_view w : {"в’ячеслав", "вʼячеслав", "дар’я", "дарʼя"}) s->insert(w);
    return s;
  }();
  return language == CyrillicLanguage::kUkrainian ? *ukrainian : *russian;
}

// Replaces the last `ending.size()` bytes of `w` by `with` (lowercase).
std::string Replace(std::string_view w, size_t ending_bytes, std::string_view with) {
  std::string out(w.substr(0, w.size() - ending_bytes));
  out += with;
  return out;
}

// The Cyrillic capital of a lowercase two-byte letter at `p`, in place.
void UpperLetterAt(std::string* s, size_t p) {
  if (p + 1 >= s->size()) return;
  unsigned char c = (*s)[p], d = (*s)[p + 1];
  if (c == 0xD0 && d >= 0xB0 && d <= 0xBF) {  // а-п
    (*s)[p + 1] = char(d - 0x20);
  } else if (c == 0xD1 && d >= 0x80 && d <= 0x8F) {  // р-я
    (*s)[p] = char(0xD0);
    (*s)[p + 1] = char(d + 0x20);
  } else if (c == 0xD1 && d >= 0x90 && d <= 0x9F) {  // ѐ-џ (ё є і ї)
    (*s)[p] = char(0xD0);
    (*s)[p + 1] = char(d - 0x10);
  } else if (c == 0xD2 && d == 0x91) {  // ґ
    (*s)[p + 1] = char(0x90);
  }
}

}  // namespace

std::string GivenNameNominative(std::string_view lower, CyrillicLanguage language, bool oblique) {
  if (Letters(lower) < 2) return "";
  // The article's language first; a name may be written in the other's form.
  CyrillicLanguage first = language == CyrillicLanguage::kUkrainian ? CyrillicLanguage::kUkrainian
                                                                     : CyrillicLanguage::kRussian;
  CyrillicLanguage second = first == CyrillicLanguage::kUkrainian ? CyrillicLanguage::kRussian
                                                                  : CyrillicLanguage::kUkrainian;
  for (CyrillicLanguage lang : {first, second}) {
    const NameSet& names = GivenNames(lang);
    if (!oblique && names.contains(lower)) return std::string(lower);
    if (lang == CyrillicLanguage::kRussian)
      for (const auto& [form, nominative] : kRussianFleetingVowel)
        if (lower == form) return std::string(nominative);
    for (const auto& [ending, nominative] : kGivenNameEndings) {
      if (!EndsWith(lower, ending) || Letters(lower) < Letters(ending) + 2) continue;
      std::string candidate = Replace(lower, ending.size(), nominative);
      if (names.contains(candidate)) return candidate;
    }
  }
  // An indeclinable name ("Джо", "Кая") is its own nominative.
  if (oblique && (GivenNames(first).contains(lower) || GivenNames(second).contains(lower))) return std::string(lower);
  return "";
}

bool IsPatronymic(std::string_view lower) {
  for (std::string_view stem : {"ович", "евич", "йович", "івн", "ївн", "овн", "евн", "ьич"}) {
    size_t at = lower.rfind(stem);
    if (at != std::string_view::npos && at >= 6 && lower.size() - at - stem.size() <= 6) return true;
  }
  return false;
}

std::string CyrillicNominative(std::string_view w, CyrillicLanguage language) {
  std::string lower = LowerString(w);
  auto keep_case = [&](size_t ending_bytes, std::string_view nominative) {
    return Replace(w, ending_bytes, nominative);
  };
  // Patronymics: Владимировича → Владимирович, Олександрівни → Олександрівна.
  if (IsPatronymic(lower)) {
    for (std::string_view e : {"ем", "а", "у", "е", "і"})
      if (EndsWith(lower, std::string(e).insert(0, "ич"))) return keep_case(e.size(), "");
    for (std::string_view e : {"ой", "ою", "ы", "и", "е", "і", "у"})
      if (EndsWith(lower, std::string(e).insert(0, "н"))) return keep_case(e.size(), "а");
    return std::string(w);
  }
  for (const SurnameRule& rule : kSurnameRules) {
    if (rule.lang != kBoth && language != kBoth && rule.lang != language) continue;
    // At least two letters of stem.
    if (EndsWith(lower, rule.ending) && Letters(lower) >= Letters(rule.ending) + 2)
      return keep_case(rule.ending.size(), rule.nominative);
  }
  // Consonant stems: Трампа, Єрмака, Макроном → Трамп, Єрмак, Макрон.
  // (Not the dative -у: indeclinable names end so, "Шойгу".)
  for (std::string_view e : {"ом", "а"}) {
    if (!EndsWith(lower, e) || Letters(lower) < Letters(e) + 3) continue;
    std::string_view stem_end = std::string_view(lower).substr(lower.size() - e.size() - 2, 2);
    if (ConsonantLetter(stem_end)) return keep_case(e.size(), "");
  }
  return std::string(w);
}

std::string CyrillicSurnameKey(std::string_view w) {
  std::string key = LowerString(w);
  // ё is often written е.
  for (size_t p = key.find("ё"); p != std::string::npos; p = key.find("ё")) key.replace(p, 2, "е");
  static constexpr std::string_view kEndings[] = {"ого", "ому", "ыми", "ими", "ою", "ой", "ої", "ым", "им", "ім",
                                                  "ом", "ем", "ий", "ій", "ый", "ая", "ую", "а",  "у",  "е",
                                                  "і",  "и",  "ы",  "ю",  "я",  "о",  "ь"};
  for (std::string_view e : kEndings)
    if (EndsWith(key, e) && Letters(key) >= Letters(e) + 3) {
      key.resize(key.size() - e.size());
      break;
    }
  return key;
}

bool IsCyrillicAllCaps(std::string_view w) {
  int letters = 0;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    unsigned char c = w[i], d = w[i + 1];
    if (c < 0xD0 || c > 0xD2) continue;
    bool upper = (c == 0xD0 && d >= 0x80 && d <= 0xAF) || (c == 0xD2 && d == 0x90);
    if (!upper) return false;
    ++letters;
    ++i;
  }
  return letters >= 2;
}

std::string CyrillicCapitalized(std::string_view lower) {
  std::string out(lower);
  UpperLetterAt(&out, 0);
  // Double names: Тимошенко-Гриценко.
  for (size_t p = out.find('-'); p != std::string::npos; p = out.find('-', p + 1)) UpperLetterAt(&out, p + 1);
  return out;
}

std::string CyrillicNameCase(std::string_view w) {
  return IsCyrillicAllCaps(w) ? CyrillicCapitalized(LowerString(w)) : std::string(w);
}

}  // namespace qtrack::quotes_internal
