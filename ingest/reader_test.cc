// What ArticleReader adds to every article: its source, as a file: URL
// relative to the ingest root, and the outlet named by `ingest --outlet`.
#include "ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/article_util.h"

namespace qtrack {
namespace {

TEST(ReaderTest, PlainTextGetsTitleRelativeSourceAndOutlet) {
  const std::string root = ::testing::TempDir() + "/reader_root";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root + "/harbours");
  std::ofstream(root + "/harbours/ferry plan.txt")
      << "Ferry plan approved\n\nThe council said the ferry would run twice a day.\n";
  ReadOptions options;
  options.source_roots = IngestRoots({root});
  options.outlet = "Coastal Herald";
  ArticleReader reader(options);
  std::vector<Article> articles;
  std::vector<std::string> problems;
  reader.ReadFile(root + "/harbours/ferry plan.txt",
                  [&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](const InputProblem& p) { problems.push_back(p.ToString()); });
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(articles[0].title, "Ferry plan approved");
  EXPECT_EQ(articles[0].url, "file:harbours/ferry%20plan.txt");
  EXPECT_EQ(articles[0].outlet, "Coastal Herald");
}

TEST(ReaderTest, OutletOptionDoesNotOverrideTheSourcesOwn) {
  const std::string path = ::testing::TempDir() + "/reader_jsonl.jsonl";
  std::ofstream(path) << R"({"id":"r1","text":"A line.","outlet":"Harbour Times"})" << "\n"
                      << R"({"id":"r2","text":"Another line."})" << "\n";
  ReadOptions options;
  options.source_roots = IngestRoots({path});
  options.outlet = "Coastal Herald";
  ArticleReader reader(options);
  std::vector<Article> articles;
  reader.ReadFile(path, [&](Article&& a) { articles.push_back(std::move(a)); },
                  [](const InputProblem&) {});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].outlet, "Harbour Times");
  EXPECT_EQ(articles[1].outlet, "Coastal Herald");
  EXPECT_EQ(articles[1].url, "file:reader_jsonl.jsonl#line=2");
}

}  // namespace
}  // namespace qtrack
