#include "common/hash.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(Fnv1aTest, PublishedTestVectors) {
  EXPECT_EQ(Fnv1a(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a("foobar"), 0x85944171f73967e8ULL);
}

// Values stored on disk (shard placement, ContentHashId's second half):
// they must not change.
TEST(Fnv1aTest, OtherBasesArePinned) {
  EXPECT_EQ(Fnv1a("", kQtrackFnvBasis), 1469598103934665603ULL);
  EXPECT_EQ(Fnv1a("a", kQtrackFnvBasis), 0x44bd8ad473cd9906ULL);
  EXPECT_EQ(Fnv1a("foobar", 0x84222325cbf29ce4ULL), 0x1af21521be519bf9ULL);
}

TEST(Fnv1aTest, CarriesOnAcrossPieces) {
  EXPECT_EQ(Fnv1a("bar", Fnv1a("foo")), Fnv1a("foobar"));
  static_assert(Fnv1a("a") == 0xaf63dc4c8601ec8cULL, "usable at compile time");
}

}  // namespace
}  // namespace qtrack
