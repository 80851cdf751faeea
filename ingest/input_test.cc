#include "ingest/input.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

std::string TempDir() {
  const char* dir = getenv("TEST_TMPDIR");
  return dir ? dir : "/tmp";
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

void WriteGzip(const std::string& path, const std::string& data) {
  gzFile gz = gzopen(path.c_str(), "wb");
  gzwrite(gz, data.data(), data.size());
  gzclose(gz);
}

std::vector<std::string> Lines(const std::string& path, size_t max = 1 << 20) {
  auto in = InputFile::Open(path);
  EXPECT_TRUE(in.ok());
  std::vector<std::string> lines;
  std::string line;
  while (true) {
    auto s = (*in)->ReadLine(&line, max);
    EXPECT_TRUE(s.ok()) << s.status();
    if (!s.ok() || *s == LineStatus::kEnd) break;
    lines.push_back(*s == LineStatus::kTooLong ? "<too long>" : line);
  }
  return lines;
}

TEST(InputTest, ReadsLinesPlainAndGzipAlike) {
  const std::string plain = TempDir() + "/lines.txt";
  const std::string gz = TempDir() + "/lines.txt.gz";
  WriteFile(plain, "a\r\nbb\n\nccc");
  WriteGzip(gz, "a\r\nbb\n\nccc");
  std::vector<std::string> expected = {"a", "bb", "", "ccc"};
  EXPECT_EQ(Lines(plain), expected);
  EXPECT_EQ(Lines(gz), expected);
}

TEST(InputTest, OverlongLineIsSkippedNotBuffered) {
  const std::string path = TempDir() + "/long.txt";
  WriteFile(path, "x\n" + std::string(300000, 'y') + "\nz\n");
  std::vector<std::string> expected = {"x", "<too long>", "z"};
  EXPECT_EQ(Lines(path, 1000), expected);
}

TEST(InputTest, TruncatedGzipIsAnError) {
  const std::string gz = TempDir() + "/trunc.gz";
  std::string data;
  for (int i = 0; i < 20000; ++i) data += "line " + std::to_string(i * 7919) + "\n";
  WriteGzip(gz, data);
  ASSERT_EQ(truncate(gz.c_str(), 5000), 0);
  auto in = InputFile::Open(gz);
  ASSERT_TRUE(in.ok());
  std::string all;
  absl::Status s = (*in)->ReadAll(&all, 1 << 30);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("truncated gzip"), std::string::npos) << s;
}

TEST(InputTest, ReadAllRespectsLimit) {
  const std::string path = TempDir() + "/big.txt";
  WriteFile(path, std::string(200000, 'a'));
  auto in = InputFile::Open(path);
  std::string all;
  EXPECT_EQ((*in)->ReadAll(&all, 100000).code(), absl::StatusCode::kResourceExhausted);
}

TEST(InputTest, ExpandsDirectoriesAndDetectsLoops) {
  const std::string root = TempDir() + "/tree";
  mkdir(root.c_str(), 0755);
  mkdir((root + "/sub").c_str(), 0755);
  WriteFile(root + "/b.txt", "b");
  WriteFile(root + "/sub/a.txt", "a");
  WriteFile(root + "/.hidden", "h");
  ASSERT_EQ(symlink(root.c_str(), (root + "/sub/loop").c_str()), 0);
  std::vector<std::string> files;
  std::vector<InputProblem> problems;
  ExpandInputPaths({root, root + "/missing"}, &files,
                   [&](const InputProblem& p) { problems.push_back(p); });
  std::vector<std::string> expected = {root + "/b.txt", root + "/sub/a.txt"};
  EXPECT_EQ(files, expected);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].reason.find("directory loop"), std::string::npos);
  EXPECT_EQ(problems[1].file, root + "/missing");
  EXPECT_EQ(problems[1].ToString(), root + "/missing: No such file or directory");
}

}  // namespace
}  // namespace qtrack
