// Table-driven tests of the Russian and Ukrainian name rules
// (quotes/internal/cyrillic_names.h): word → nominative, given name, key,
// proper case.
#include "quotes/internal/cyrillic_names.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack::quotes_internal {
namespace {

constexpr CyrillicLanguage kRu = CyrillicLanguage::kRussian;
constexpr CyrillicLanguage kUk = CyrillicLanguage::kUkrainian;

struct NominativeCase {
  const char* oblique;
  CyrillicLanguage language;
  const char* nominative;
};

const NominativeCase kNominatives[] = {
    // Surnames in -ов/-ев/-ин: genitive, dative, instrumental.
    {"Пескова", kRu, "Песков"},
    {"Пескову", kRu, "Песков"},
    {"Песковым", kRu, "Песков"},
    {"Пєскова", kUk, "Пєсков"},
    {"Пєсковим", kUk, "Пєсков"},
    {"Буданова", kUk, "Буданов"},
    {"Медведева", kRu, "Медведев"},
    {"Путина", kRu, "Путин"},
    // Adjectival surnames.
    {"Зеленского", kRu, "Зеленский"},
    {"Зеленским", kRu, "Зеленский"},
    {"Зеленського", kUk, "Зеленський"},
    {"Зеленському", kUk, "Зеленський"},
    {"Залужного", kRu, "Залужный"},
    {"Залужного", kUk, "Залужний"},
    // Feminine surnames.
    {"Захаровой", kRu, "Захарова"},
    {"Стефанішиної", kUk, "Стефанішина"},
    // Ukrainian -енко, nouns in -а, soft stems, consonant stems.
    {"Шевченка", kUk, "Шевченко"},
    {"Кулеби", kUk, "Кулеба"},
    {"Сибіги", kUk, "Сибіга"},
    {"Шмигаля", kUk, "Шмигаль"},
    {"Трампа", kRu, "Трамп"},
    {"Єрмака", kUk, "Єрмак"},
    {"Макроном", kRu, "Макрон"},
    // Patronymics.
    {"Владимировича", kRu, "Владимирович"},
    {"Олександрівни", kUk, "Олександрівна"},
    // Indeclinable: unchanged.
    {"Шойгу", kRu, "Шойгу"},
    {"Кличко", kUk, "Кличко"},
};

TEST(CyrillicNames, NominativeOfObliqueName) {
  for (const NominativeCase& c : kNominatives)
    EXPECT_EQ(CyrillicNominative(c.oblique, c.language), c.nominative) << c.oblique;
}

struct GivenNameCase {
  const char* form;
  CyrillicLanguage language;
  bool oblique;
  const char* nominative;  // "" = no given name
};

const GivenNameCase kGivenNames[] = {
    {"дмитрия", kRu, false, "дмитрий"},
    {"дмитрием", kRu, false, "дмитрий"},
    {"дмитра", kUk, false, "дмитро"},
    {"олександрові", kUk, false, "олександр"},
    {"марії", kUk, false, "марія"},
    {"марией", kRu, false, "мария"},
    {"анны", kRu, false, "анна"},
    {"ірини", kUk, false, "ірина"},
    {"игоря", kRu, false, "игорь"},
    {"ігоря", kUk, false, "ігор"},
    {"павла", kRu, false, "павел"},
    {"павла", kUk, false, "павло"},
    {"петра", kRu, false, "петр"},
    {"петра", kUk, false, "петро"},
    // A woman's name in the nominative, a man's in the genitive.
    {"олександра", kUk, false, "олександра"},
    {"олександра", kUk, true, "олександр"},
    {"джо", kRu, true, "джо"},
    {"песков", kRu, false, ""},
    {"кремля", kRu, false, ""},
};

TEST(CyrillicNames, GivenNameInAnyCase) {
  for (const GivenNameCase& c : kGivenNames)
    EXPECT_EQ(GivenNameNominative(c.form, c.language, c.oblique), c.nominative) << c.form;
}

TEST(CyrillicNames, SurnameKeyJoinsCaseForms) {
  const char* kSameSurname[][4] = {
      {"Песков", "Пескова", "Песковым", "Пескову"},
      {"Зеленський", "Зеленського", "Зеленському", "Зеленським"},
      {"Зеленский", "Зеленского", "Зеленскому", "Зеленским"},
      {"Шмигаль", "Шмигаля", "Шмигалем", "Шмигалю"},
      {"Сибіга", "Сибіги", "Сибігою", "Сибігу"},
      {"Шевченко", "Шевченка", "Шевченком", "Шевченку"},
      {"Пётр", "Петр", "Петра", "Петром"},
  };
  for (const auto& forms : kSameSurname)
    for (const char* form : forms) EXPECT_EQ(CyrillicSurnameKey(form), CyrillicSurnameKey(forms[0])) << form;
  EXPECT_NE(CyrillicSurnameKey("Песков"), CyrillicSurnameKey("Лавров"));
  EXPECT_NE(CyrillicSurnameKey("Зеленський"), CyrillicSurnameKey("Залужний"));
}

TEST(CyrillicNames, CapitalsToProperCase) {
  EXPECT_EQ(CyrillicNameCase("ПОПОВ"), "Попов");
  EXPECT_EQ(CyrillicNameCase("ЄРМАК"), "Єрмак");
  EXPECT_EQ(CyrillicNameCase("ІГНАТ"), "Ігнат");
  EXPECT_EQ(CyrillicNameCase("ТИМОШЕНКО-ГРИЦЕНКО"), "Тимошенко-Гриценко");
  EXPECT_EQ(CyrillicNameCase("Попов"), "Попов");
  EXPECT_TRUE(IsCyrillicAllCaps("МЗС"));
  EXPECT_FALSE(IsCyrillicAllCaps("Попов"));
  EXPECT_FALSE(IsCyrillicAllCaps("Я"));  // one letter: a pronoun, not capitals
  EXPECT_EQ(CyrillicCapitalized("ґудзь"), "Ґудзь");
}

TEST(CyrillicNames, Patronymics) {
  EXPECT_TRUE(IsPatronymic("владимирович"));
  EXPECT_TRUE(IsPatronymic("владимировича"));
  EXPECT_TRUE(IsPatronymic("олександрівна"));
  EXPECT_TRUE(IsPatronymic("сергеевна"));
  EXPECT_FALSE(IsPatronymic("песков"));
}

}  // namespace
}  // namespace qtrack::quotes_internal
