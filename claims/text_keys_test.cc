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
  for (const char* name : {"Dmitry Peskov", "Песков", "the Kremlin", "The White House", "BBC", "Bank of England",
                           "Institute of Education",
                           "Prime Minister Tony Blair's official spokesman", "Зеленський"})
    EXPECT_TRUE(IsNamedSpeaker(name, false)) << name;
  EXPECT_TRUE(IsNamedSpeaker("tass.com", true));
  EXPECT_TRUE(IsNamedSpeaker("Sputnik Germany", true));
  for (const char* name : {"it", "It", "They", "who", "which", "we", "Some analysts", "Many MPs", "Analysts",
                           "spokesman", "the spokesman", "prime minister", "numerous",
                           "become MPs under plans", "", "the ", "Drug enforcement chiefs in the US",
                           "Critics of Mr Blair", "the widow of Ray Kemp"})
    EXPECT_FALSE(IsNamedSpeaker(name, false)) << name;
  for (const char* name : {"government", "the company", "police"})
    EXPECT_FALSE(IsNamedSpeaker(name, true)) << name;
}

TEST(TextKeysTest, ShortFormsDefinedInBrackets) {
  const std::vector<DefinedShortForm> forms = DefinedShortForms(
      "The Harbour Rowing Union (HRU) said on Monday that the Securities and Exchange Commission (SEC) had "
      "written to it. Shares in Dunmore (Nasdaq: DNM) fell. The HRU (HRU) again. He told the BBC (BBC) so, and "
      "the Board of Trade & Industry (BTI) agreed.");
  ASSERT_EQ(forms.size(), 3u);
  EXPECT_EQ(forms[0].short_form, "HRU");
  EXPECT_EQ(forms[0].full_name, "Harbour Rowing Union");
  EXPECT_EQ(forms[1].short_form, "SEC");
  EXPECT_EQ(forms[1].full_name, "Securities and Exchange Commission");
  EXPECT_EQ(forms[2].short_form, "BTI");
  EXPECT_EQ(forms[2].full_name, "Board of Trade & Industry");
  EXPECT_TRUE(DefinedShortForms("so (UK) and (XYZ").empty());
  EXPECT_EQ(DefinedShortForms("a survey by Incomes Data Services' (IDS) found").at(0).full_name,
            "Incomes Data Services");
}

TEST(TextKeysTest, BoundedKeyKeepsShortKeysAndCutsLongOnesWithAHash) {
  EXPECT_EQ(BoundedKey("tass_com"), "tass_com");
  const std::string at_limit(kMaxKeyBytes, 'a');
  EXPECT_EQ(BoundedKey(at_limit), at_limit);

  // A long outlet name in Cyrillic: two bytes a letter, so a byte cut can
  // fall inside one.
  std::string long_name;
  while (long_name.size() < 600) long_name += "новости_";
  const std::string bounded = BoundedKey(long_name);
  EXPECT_LE(bounded.size(), kMaxKeyBytes);
  const size_t tilde = bounded.rfind('~');
  ASSERT_NE(tilde, std::string::npos);
  EXPECT_TRUE(long_name.starts_with(bounded.substr(0, tilde)));  // the visible prefix
  EXPECT_GT(tilde, 150u);
  EXPECT_EQ(bounded.size() - tilde, 34u);  // '~' + "h" + 32 hex digits
  EXPECT_EQ(BoundedKey(bounded), bounded);  // idempotent

  // Two long keys that differ only after the visible prefix stay apart.
  EXPECT_NE(BoundedKey(long_name + "a"), BoundedKey(long_name + "b"));
}

TEST(TextKeysTest, AsciiFastPathAgreesWithIcu) {
  for (const char* name :
       {"Dmitry Peskov", "  the  Kremlin ", "O'Brien", "Jean-Luc Mélenchon", "TASS", "tass.com",
        "Sputnik Germany - Russian", "Mr. Smith, Jr.", "G7/G20 leaders", "R2-D2", "\t\n", "",
        "a.b_c~d", "Lib Dems' spokesman", "100% (sure)"})
    EXPECT_EQ(NameKey(name), internal::NameKeyIcu(name)) << name;
}

}  // namespace qtrack
