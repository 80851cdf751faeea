#include "ingest/extraction_eval.h"

#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// {predicted, gold, precision, recall} on the benchmark's 4-token shingles.
struct ScoreCase {
  const char* predicted;
  const char* gold;
  double precision, recall;
};

const ScoreCase kCases[] = {
    {"one two three four five", "one two three four five", 1, 1},
    {"", "", 1, 1},
    {"", "one two three four five", 1, 0},  // empty prediction: recall 0
    {"one two three four five six", "one two three four five", 2.0 / 3, 1},
    {"one two three four", "one two three four five six", 1, 1.0 / 3},
    // Punctuation and whitespace only separate tokens; case is kept.
    {"One, two -- three!\n\nfour", "One two three four", 1, 1},
    {"one two three four", "One two three four", 0, 0},
    // Short texts are one shingle; Cyrillic letters are word characters.
    {"Песков сказал", "Песков сказал", 1, 1},
    // Multiset: a repeated shingle counts as often as it occurs.
    {"a b c d a b c d", "a b c d", 1.0 / 5, 1},
};

TEST(ExtractionEvalTest, ShingleScores) {
  for (const ScoreCase& c : kCases) {
    SCOPED_TRACE(std::string(c.predicted) + " | " + c.gold);
    PageScore s = ScoreExtraction(c.predicted, c.gold);
    EXPECT_NEAR(s.precision, c.precision, 1e-9);
    EXPECT_NEAR(s.recall, c.recall, 1e-9);
  }
}

TEST(ExtractionEvalTest, ScoresAFile) {
  std::string path = ::testing::TempDir() + "/gold.jsonl";
  {
    std::ofstream out(path);
    out << R"({"id":"a","url":"https://x.example/a","html":"<html><body><nav><a href='/'>Home page link</a></nav><article><p>The quick brown fox jumps over the lazy dog, again and again, every day.</p></article></body></html>","body":"The quick brown fox jumps over the lazy dog, again and again, every day."})"
        << "\n\n"
        << R"({"id":"b","url":"https://x.example/b","html":"<p>nothing</p>","body":"completely different words here"})"
        << "\n";
  }
  std::ostringstream per_page;
  absl::StatusOr<ExtractionScore> s = ScoreExtractionFile(path, &per_page);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->pages, 2u);
  EXPECT_NEAR(s->precision, 0.5, 1e-9);  // page a: 1, page b: 0
  EXPECT_NEAR(s->recall, 0.5, 1e-9);
  EXPECT_NEAR(s->f1, 0.5, 1e-9);
  EXPECT_EQ(per_page.str(), "a\t1.000\t1.000\t1.000\nb\t0.000\t0.000\t0.000\n");
}

TEST(ExtractionEvalTest, Errors) {
  EXPECT_EQ(ScoreExtractionFile("/nonexistent/x.jsonl", nullptr).status().code(),
            absl::StatusCode::kNotFound);
  std::string path = ::testing::TempDir() + "/bad.jsonl";
  std::ofstream(path) << "{\"html\": 1}\n";
  EXPECT_EQ(ScoreExtractionFile(path, nullptr).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace qtrack
