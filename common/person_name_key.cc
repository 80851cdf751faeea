// File: common/person_name_key.cc
//
// Transliteration (ICU) first, then folding on ASCII: the folds are small
// string rewrites in a fixed order, each undoing one way the
// romanisations and English usage spell a sound differently.
#include "common/person_name_key.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace qtrack {
namespace {

// The Ukrainian national romanisation (Cabinet of Ministers resolution 55
// of 2010), on lowercase text: є ї й ю я are written ye yi y yu ya at the
// start of a word and ie i i iu ia inside it; зг is zgh; the soft sign and
// the apostrophe are not written.
constexpr char kUkrainianRules[] = R"(
$letter = [[:L:][:M:]] ;
зг > zgh ;
$letter { є > ie ;  є > ye ;
$letter { ї > i ;   ї > yi ;
$letter { й > i ;   й > y ;
$letter { ю > iu ;  ю > yu ;
$letter { я > ia ;  я > ya ;
а > a ; б > b ; в > v ; г > h ; ґ > g ; д > d ; е > e ; ж > zh ; з > z ; и > y ; і > i ; к > k ; л > l ;
м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > kh ; ц > ts ; ч > ch ; ш > sh ;
щ > shch ; ь > ; \' > ; ’ > ; ʼ > ;
)";

std::unique_ptr<icu::Transliterator> Create(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  return U_SUCCESS(status) ? std::move(t) : nullptr;
}

std::unique_ptr<icu::Transliterator> CreateUkrainian() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      "uk-Latn/National", icu::UnicodeString::fromUTF8(kUkrainianRules), UTRANS_FORWARD, error, status));
  return U_SUCCESS(status) ? std::move(t) : nullptr;
}

// A thread's transliterators; null members are missing from ICU.
struct Transliterators {
  std::unique_ptr<icu::Transliterator> russian = Create("ru-ru_Latn/BGN");
  std::unique_ptr<icu::Transliterator> ukrainian = CreateUkrainian();
  // Whatever is left (other scripts, diacritics, BGN's ë and ʹ) to ASCII.
  std::unique_ptr<icu::Transliterator> to_ascii = Create("Any-Latin; Latin-ASCII");
};

Transliterators& ThreadTransliterators() {
  thread_local Transliterators t;
  return t;
}

// Whether the name is Ukrainian by its letters (і ї є ґ, or an apostrophe
// inside a Cyrillic word: "В'ячеслав").
bool UkrainianLetters(const icu::UnicodeString& lower) {
  for (int32_t i = 0; i < lower.length(); ++i) {
    UChar c = lower.charAt(i);
    if (c == u'і' || c == u'ї' || c == u'є' || c == u'ґ') return true;
    if ((c == u'\'' || c == u'’' || c == u'ʼ') && i > 0 && lower.charAt(i - 1) >= 0x400 && lower.charAt(i - 1) < 0x500)
      return true;
  }
  return false;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t p = s->find(from); p != std::string::npos; p = s->find(from, p + to.size()))
    s->replace(p, from.size(), to);
}

// Folds one lowercase ASCII word (see the header), in this order.
std::string FoldWord(std::string w) {
  ReplaceAll(&w, "x", "ks");
  std::replace(w.begin(), w.end(), 'w', 'v');
  std::replace(w.begin(), w.end(), 'j', 'i');
  std::replace(w.begin(), w.end(), 'y', 'i');
  // ii → i (Zelenskyy, Zelenskiy, Zelenskyi → zelenski).
  for (size_t p = w.find("ii"); p != std::string::npos; p = w.find("ii")) w.erase(p, 1);
  // ie → e: Ukrainian є inside a word ("Pieskov"), Russian е after a vowel
  // or at the start ("Yermak", "Ievgen").
  ReplaceAll(&w, "ie", "e");
  // Ё: BGN ë, English "yo" ("Pyotr" → piotr → petr).
  ReplaceAll(&w, "io", "e");
  // Х is kh, Г is h (Ukrainian) or g (Russian): one letter for all three;
  // zh, ch, sh keep their h.
  ReplaceAll(&w, "kh", "h");
  for (size_t i = 0; i < w.size(); ++i)
    if (w[i] == 'h' && !(i > 0 && (w[i - 1] == 'z' || w[i - 1] == 'c' || w[i - 1] == 's'))) w[i] = 'g';
  return w;
}

// Ukrainian and Russian forms of one given name, as FoldWord leaves them:
// Ukrainian (or its English spelling) → Russian.
constexpr std::pair<std::string_view, std::string_view> kGivenNameForms[] = {
    {"dmitro", "dmitri"},   {"volodimir", "vladimir"}, {"oleksandr", "aleksandr"}, {"aleksander", "aleksandr"},
    {"oleksi", "aleksei"},  {"andri", "andrei"},       {"sergi", "sergei"},        {"mikola", "nikolai"},
    {"migailo", "migail"},  {"petro", "petr"},         {"pavlo", "pavel"},         {"evgen", "evgeni"},
    {"olena", "elena"},     {"ganna", "anna"},         {"tetiana", "tatiana"},     {"katerina", "ekaterina"},
    {"kirilo", "kirill"},   {"danilo", "danil"},       {"fedir", "fedor"},         {"mikita", "nikita"},
    {"illia", "ilia"},      {"liubov", "lubov"},       {"nadia", "nadezda"},       {"vira", "vera"},
};

std::string_view CanonicalGivenName(std::string_view w) {
  for (const auto& [form, canonical] : kGivenNameForms)
    if (w == form) return canonical;
  return w;
}

bool FoldedPatronymic(std::string_view w) {
  for (std::string_view e : {"ovic", "evic", "ovich", "evich", "ovna", "evna", "ivna", "ichna"})
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

}  // namespace

std::string PersonNameKey(std::string_view name) {
  Transliterators& t = ThreadTransliterators();
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  s.toLower();
  icu::Transliterator* cyrillic = UkrainianLetters(s) ? t.ukrainian.get() : t.russian.get();
  if (cyrillic) cyrillic->transliterate(s);
  if (t.to_ascii) t.to_ascii->transliterate(s);
  std::string latin;
  s.toLower().toUTF8String(latin);
  // Words: runs of ASCII letters and digits.
  std::vector<std::string> words;
  std::string word;
  for (char c : latin + " ") {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (letter) {
      word.push_back(c);
    } else if (c == '\'' || c == '"') {
      // BGN's soft and hard signs (ʹ ʺ) after Latin-ASCII: inside a word.
    } else if (!word.empty()) {
      words.push_back(FoldWord(std::move(word)));
      word.clear();
    }
  }
  // A patronymic between given name and surname: "Dmitri Sergeevich Peskov".
  if (words.size() >= 3)
    words.erase(std::remove_if(words.begin() + 1, words.end() - 1, [](const std::string& w) { return FoldedPatronymic(w); }),
                words.end() - 1);
  for (std::string& w : words) w = std::string(CanonicalGivenName(w));
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

absl::Status CheckPersonNameKeySupport() {
  Transliterators& t = ThreadTransliterators();
  if (!t.russian) return absl::UnavailableError("ICU lacks the ru-ru_Latn/BGN transliterator");
  if (!t.ukrainian) return absl::InternalError("ICU did not compile the Ukrainian romanisation rules");
  if (!t.to_ascii) return absl::UnavailableError("ICU lacks Any-Latin; Latin-ASCII");
  return absl::OkStatus();
}

}  // namespace qtrack
