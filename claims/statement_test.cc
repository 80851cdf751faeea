#include "claims/statement.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(StatementTest, PolarityRoundTripsAndDefaultsToAsserts) {
  Statement s;
  s.id = "h1";
  s.quote = "The meeting was not discussed.";
  s.kind = "indirect";
  auto read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->polarity, "");
  EXPECT_EQ(PolarityLabel(*read), "asserts");  // statements stored before polarity existed
  s.polarity = "denies";
  read = StatementFromJson(StatementToJson(s));
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(PolarityLabel(*read), "denies");
}

}  // namespace
}  // namespace qtrack
