#include "common/file_util.h"

#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

std::string TestDir(const std::string& name) {
  std::string dir = std::string(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp") + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string Read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(FileUtilTest, ReplacesTheFileWhole) {
  const std::string dir = TestDir("atomic_replace");
  const std::string path = dir + "/week.html";
  ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "new report").ok());
  EXPECT_EQ(Read(path), "new report");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                          std::filesystem::directory_iterator()),
            1);  // no temporary file left
}

// Issue 22: a full disk left a 0-byte report. A file size limit fails the
// write the same way (EFBIG instead of ENOSPC), with no special mount.
TEST(FileUtilTest, AFailedWriteLeavesTheOldFileAndNoTemporary) {
  const std::string dir = TestDir("atomic_full");
  const std::string path = dir + "/week.html";
  ASSERT_TRUE(WriteFileAtomically(path, "old report").ok());
  struct rlimit saved;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto previous = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1024;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  absl::Status status = WriteFileAtomically(path, std::string(100000, 'x'));
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("week.html: File too large"), std::string::npos) << status;
  EXPECT_EQ(Read(path), "old report");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(FileUtilTest, AMissingDirectoryIsNamed) {
  absl::Status status = WriteFileAtomically("/nonexistent-dir/x/week.html", "x");
  EXPECT_NE(status.message().find("No such file or directory"), std::string::npos) << status;
}

}  // namespace
}  // namespace qtrack
