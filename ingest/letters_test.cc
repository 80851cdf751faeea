// Tests of ingest/letters.h: text → the language its letters settle, or "".
#include "ingest/letters.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct LettersCase {
  const char* name;
  const char* text;
  const char* language;
};

const LettersCase kCases[] = {
    {"ukrainian", "Президент заявив, що армія тримає оборону на всіх напрямках, а уряд збільшить видатки.", "uk"},
    {"russian", "Пресс-секретарь заявил, что переговоры продолжаются и стороны обсудят обмен пленными.", "ru"},
    {"english", "The mayor said the bridge would reopen in May and that the council had set aside money.", "en"},
    // Letters both languages write and no other: unsettled.
    {"cyrillic_without_distinctive_letters", "Соседка сказала: подожди немного, потом поговорим, у нас тут очень много дел.", ""},
    {"one_distinctive_letter", "«Ми не погодимося на заморожування конфлікту», — заявив речник Георгій Тихий.", "uk"},
    // Half Russian, half Ukrainian: unsettled.
    {"mixed_cyrillic", "Він сказав: «Мы этого не допустим, объясняю ещё раз». Але ніхто не повірив цьому обіцянню.",
     ""},
    // Accented Latin: not English by letters (CLD2 decides).
    {"german", "Der Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet und die Fähre fahre weiter.", ""},
    {"english_with_a_loanword", "The café near the station and the museum of modern art reopened to visitors on Monday.",
     "en"},
    {"too_short", "The end.", ""},
    {"english_words_missing", "Pizza pasta espresso cappuccino gelato risotto lasagna tiramisu panna cotta.", ""},
};

TEST(LanguageFromLetters, SettlesOnlyWhatTheLettersShow) {
  for (const LettersCase& c : kCases) EXPECT_EQ(LanguageFromLetters(c.text), c.language) << c.name;
}

TEST(LanguageFromLetters, ReadsOnlyTheSample) {
  std::string text = "Уряд ухвалив рішення і пообіцяв виплатити пенсії вчасно, як і минулого року. ";
  for (int i = 0; i < 100; ++i) text += "Правительство приняло решение и обещало выплатить пенсии. ";
  EXPECT_EQ(LanguageFromLetters(text, 120), "uk");
  EXPECT_EQ(LanguageFromLetters(text), "ru");
}

}  // namespace
}  // namespace qtrack
