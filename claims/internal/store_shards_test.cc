#include "claims/internal/store_shards.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace qtrack::store_internal {
namespace {

// ShardOf places statements on disk: these values must never change, or a
// sharded database written by an older qtrack looks statements up in the
// wrong shard.
TEST(ShardOfTest, PinnedFnv1aValues) {
  // The hash of "" is the offset basis. It is 1469598103934665603, not
  // FNV-1a's published 14695981039346656037 (a digit short): the hash is
  // FNV-1a's shape with that basis, and stays so.
  EXPECT_EQ(ShardOf("", 1000003), 1469598103934665603ULL % 1000003);
  EXPECT_EQ(ShardOf("a", 1000003), 0x44bd8ad473cd9906ULL % 1000003);
  EXPECT_EQ(ShardOf("foobar", 1000003), 0x88fad7c0a8ff07f2ULL % 1000003);
  EXPECT_EQ(ShardOf("a", 4), 0x44bd8ad473cd9906ULL % 4);
  EXPECT_EQ(ShardOf("anything", 1), 0u);
}

TEST(ShardOfTest, SpreadsIdsOverShards) {
  int counts[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4000; ++i) ++counts[ShardOf("statement" + std::to_string(i), 4)];
  for (int c : counts) EXPECT_GT(c, 800);
}

TEST(DocidTest, GlobalAndLocalRoundTrip) {
  for (size_t shards : {1, 3, 5}) {
    for (size_t shard = 0; shard < shards; ++shard) {
      for (Xapian::docid local = 1; local < 20; ++local) {
        const Xapian::docid global = GlobalDocid(shards, shard, local);
        Xapian::docid back = 0;
        EXPECT_EQ(ShardOfDocid(shards, global, &back), shard);
        EXPECT_EQ(back, local);
      }
    }
  }
  // Xapian interleaves: shard 0's first document is 1, shard 1's is 2.
  EXPECT_EQ(GlobalDocid(3, 0, 1), 1u);
  EXPECT_EQ(GlobalDocid(3, 1, 1), 2u);
  EXPECT_EQ(GlobalDocid(3, 0, 2), 4u);
}

TEST(ShardDirsTest, PlainDatabaseAndStub) {
  const std::string dir = ::testing::TempDir() + "/shard_dirs_test";
  std::filesystem::create_directories(dir);
  EXPECT_EQ(ShardDirs(dir), std::vector<std::string>{dir});
  {
    std::ofstream stub(dir + "/" + kStubFile);
    stub << "auto shard00\nremote localhost:1234\nauto /abs/shard01\n";
  }
  EXPECT_EQ(ShardDirs(dir), (std::vector<std::string>{dir + "/shard00", "/abs/shard01"}));
}

}  // namespace
}  // namespace qtrack::store_internal
