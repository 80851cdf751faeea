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
}  // namespace qtrack
