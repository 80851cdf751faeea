// Tests of ingest/language.h: text → ISO 639-1 code. Each text is written
// for the test, in the style of a news paragraph.
#include "ingest/language.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct LanguageCase {
  const char* text;
  const char* code;
};

const LanguageCase kCases[] = {
    {"Президент заявив, що армія тримає оборону на всіх напрямках, а уряд збільшить видатки на оборону "
     "наступного року. Міністр фінансів пообіцяв, що зарплати військовим не зменшаться.",
     "uk"},
    {"Пресс-секретарь президента заявил, что переговоры продолжаются, а делегации встретятся на следующей "
     "неделе. По его словам, стороны обсудят обмен пленными и безопасность судоходства.",
     "ru"},
    {"The mayor said the bridge would reopen in May, and that the council had set aside money for repairs to "
     "the ferry landing before the summer season begins.",
     "en"},
    // Not settled by its letters: CLD2 decides.
    {"Der Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet, und die Fähre fahre bis dahin weiter "
     "nach dem Sommerfahrplan. Die Stadt hat dafür zusätzliches Geld bereitgestellt.",
     "de"},
    {"Соседка сказала: подожди немного, потом поговорим, у нас тут очень много дел, а времени мало, и надо успеть до вечера.", "ru"},
    {"", ""},
    {"12:45", ""},
};

TEST(DetectLanguage, NewsParagraphs) {
  for (const LanguageCase& c : kCases) EXPECT_EQ(DetectLanguage(c.text), c.code) << c.text;
}

TEST(DetectLanguage, ReadsOnlyTheStartAndNeverSplitsACharacter) {
  // A Ukrainian start, then far more Russian than the sample holds.
  std::string text;
  while (text.size() < kLanguageSampleBytes + 1)
    text += "Уряд ухвалив рішення про підвищення пенсій і пообіцяв виплатити їх вчасно. ";
  for (int i = 0; i < 200; ++i) text += "Правительство приняло решение о повышении пенсий и обещало выплатить их. ";
  EXPECT_EQ(DetectLanguage(text), "uk");
  // Cut in the middle of a two-byte letter: still read.
  std::string odd = "x" + text;
  EXPECT_EQ(DetectLanguage(odd), "uk");
}

TEST(FillLanguage, KeepsTheStatedLanguage) {
  Article a;
  a.text = kCases[0].text;
  a.language = "ru";
  FillLanguage(&a);
  EXPECT_EQ(a.language, "ru");
  a.language.clear();
  FillLanguage(&a);
  EXPECT_EQ(a.language, "uk");
}

}  // namespace
}  // namespace qtrack
