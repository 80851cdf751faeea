#include "claims/text_keys.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(TextKeysTest, StatementKeyIgnoresCaseQuotesPunctuationSpacing) {
  EXPECT_EQ(StatementKey("“Extremely  useful,” he said."), "extremely useful he said");
  EXPECT_EQ(StatementKey("EXTREMELY useful he said"), "extremely useful he said");
  EXPECT_EQ(StatementKey("«Очень полезные»"), "очень полезные");
  EXPECT_EQ(StatementKey("ﬁne"), "fine");  // NFKC ligature
}

TEST(TextKeysTest, NameKeyTransliteratesAndFolds) {
  EXPECT_EQ(NameKey("Dmitry Peskov"), "dmitry peskov");
  EXPECT_EQ(NameKey("Песков"), "peskov");
  EXPECT_EQ(NameKey("Volodymyr Zelenskyy"), "volodymyr zelenskyy");
  EXPECT_EQ(NameKey("Zelenský"), "zelensky");
  EXPECT_EQ(Surname("dmitry peskov"), "peskov");
  EXPECT_EQ(Surname("peskov"), "peskov");
}

}  // namespace
TEST(TextKeysTest, OnlyNamesBecomeRegistrySpeakers) {
  for (const char* name : {"Dmitry Peskov", "Песков", "the Kremlin", "The White House", "BBC",
                           "Prime Minister Tony Blair's official spokesman", "Зеленський"})
    EXPECT_TRUE(IsNamedSpeaker(name, false)) << name;
  EXPECT_TRUE(IsNamedSpeaker("tass.com", true));
  EXPECT_TRUE(IsNamedSpeaker("Sputnik Germany", true));
  for (const char* name : {"it", "It", "They", "who", "which", "we", "Some analysts", "Many MPs", "Analysts",
                           "spokesman", "the spokesman", "prime minister", "numerous",
                           "become MPs under plans", "", "the "})
    EXPECT_FALSE(IsNamedSpeaker(name, false)) << name;
  for (const char* name : {"government", "the company", "police"})
    EXPECT_FALSE(IsNamedSpeaker(name, true)) << name;
}

TEST(TextKeysTest, AsciiFastPathAgreesWithIcu) {
  for (const char* name :
       {"Dmitry Peskov", "  the  Kremlin ", "O'Brien", "Jean-Luc Mélenchon", "TASS", "tass.com",
        "Sputnik Germany - Russian", "Mr. Smith, Jr.", "G7/G20 leaders", "R2-D2", "\t\n", "",
        "a.b_c~d", "Lib Dems' spokesman", "100% (sure)"})
    EXPECT_EQ(NameKey(name), internal::NameKeyIcu(name)) << name;
}

}  // namespace qtrack
