#include "claims/write_queue.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

class WriteQueueTest : public ::testing::TestWithParam<bool> {};

TEST_P(WriteQueueTest, AppliesOperationsInPushOrder) {
  std::vector<int> applied;  // touched only by the queue's thread until Drain
  {
    WriteQueue queue(GetParam(), "db", /*capacity=*/3);
    for (int i = 0; i < 100; ++i)
      queue.Push([&applied, i] {
        applied.push_back(i);
        return absl::OkStatus();
      });
    ASSERT_TRUE(queue.Drain().ok());
    ASSERT_EQ(applied.size(), 100u);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(applied[i], i);
  }
}

TEST_P(WriteQueueTest, NothingRunsAfterTheFirstFailure) {
  std::vector<int> applied;
  WriteQueue queue(GetParam(), "db");
  queue.Push([&] { applied.push_back(1); return absl::OkStatus(); });
  queue.Push([] { return absl::DataLossError("bad record"); });
  queue.Push([&] { applied.push_back(3); return absl::OkStatus(); });
  absl::Status status = queue.Drain();
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(status.message(), "bad record");
  EXPECT_EQ(applied, std::vector<int>{1});
  // Later pushes are dropped too, and the error stays.
  queue.Push([&] { applied.push_back(4); return absl::OkStatus(); });
  EXPECT_EQ(queue.Drain().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(queue.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(applied, std::vector<int>{1});
}

TEST_P(WriteQueueTest, AnExceptionBecomesAnErrorNamingTheDatabase) {
  WriteQueue queue(GetParam(), "/tmp/qtrack.db");
  queue.Push([]() -> absl::Status { throw std::runtime_error("disk full"); });
  absl::Status status = queue.Drain();
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(status.message(), "/tmp/qtrack.db: disk full");
}

TEST_P(WriteQueueTest, DestructionAppliesWhatIsQueued) {
  int applied = 0;
  {
    WriteQueue queue(GetParam(), "db");
    for (int i = 0; i < 50; ++i) queue.Push([&] { ++applied; return absl::OkStatus(); });
  }
  EXPECT_EQ(applied, 50);
}

INSTANTIATE_TEST_SUITE_P(InlineAndThreaded, WriteQueueTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Threaded" : "Inline"; });

}  // namespace
}  // namespace qtrack
