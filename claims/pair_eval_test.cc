#include "claims/pair_eval.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// Writes `content` to a fresh file under the test's temporary directory.
std::string WriteFile(const std::string& name, const std::string& content) {
  const char* dir = std::getenv("TEST_TMPDIR");
  std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
  std::ofstream(path) << content;
  return path;
}

// Invented statements, not evaluation data.
const char kPairs[] =
    R"({"id": "p1", "a": "The peace plan was discussed at the meeting in Riyadh.", "b": "The peace plan was not discussed at the meeting in Riyadh.", "label": "contradiction"})"
    "\n"
    R"({"id": "p2", "a": "The talks will resume in Istanbul next week, the ministry said.", "b": "The ministry said the talks would resume in Istanbul next week.", "label": "paraphrase"})"
    "\n"
    "\n"  // blank lines are skipped
    R"({"id": "p3", "a": "The central bank raised rates on Tuesday.", "b": "Schools in the region will reopen in September.", "label": "unrelated"})"
    "\n"
    R"(not json at all)"
    "\n"
    R"({"id": "p5", "a": "only one side"})"
    "\n"
    R"({"label": "neutral", "b": "The army received 2 million rounds last year.", "id": 6, "a": "The army received 2 million rounds last year."})"
    "\n";

TEST(PairLineParserTest, ParsesFieldsInAnyOrder) {
  PairLineParser parser;
  PairRecord r;
  ASSERT_TRUE(parser.Parse(R"({"b": "later", "label": "x", "a": "earlier", "id": "i"})", &r).ok());
  EXPECT_EQ(r.id, "i");
  EXPECT_EQ(r.a, "earlier");
  EXPECT_EQ(r.b, "later");
  EXPECT_EQ(r.label, "x");
}

TEST(PairLineParserTest, ReportsBadLines) {
  PairLineParser parser;
  PairRecord r;
  EXPECT_EQ(parser.Parse("{", &r).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(parser.Parse("[1, 2]", &r).code(), absl::StatusCode::kInvalidArgument);
  absl::Status s = parser.Parse(R"({"id": "x", "a": "only"})", &r);
  EXPECT_NE(s.message().find("\"b\""), std::string::npos) << s;
  s = parser.Parse(R"({"id": "x", "a": 3, "b": "y"})", &r);
  EXPECT_NE(s.message().find("\"a\""), std::string::npos) << s;
}

TEST(ComparePairsTest, OneLinePerGoodPairAndErrorsWithLineNumbers) {
  std::string path = WriteFile("compare.jsonl", kPairs);
  std::ostringstream out, errors;
  ASSERT_TRUE(ComparePairs(path, out, &errors).ok());
  std::string o = out.str();
  EXPECT_NE(o.find(R"({"id":"p1","label":"contradiction","score":)"), std::string::npos) << o;
  EXPECT_NE(o.find(R"({"id":"p2","label":"duplicate","score":)"), std::string::npos) << o;
  EXPECT_NE(o.find(R"({"id":"p3","label":"unrelated","score":)"), std::string::npos) << o;
  EXPECT_NE(o.find(R"({"id":"6","label":"duplicate")"), std::string::npos) << o;
  EXPECT_EQ(std::count(o.begin(), o.end(), '\n'), 4);
  std::string e = errors.str();
  EXPECT_NE(e.find(path + ":5: not a JSON object"), std::string::npos) << e;
  EXPECT_NE(e.find(path + ":6: missing field \"b\""), std::string::npos) << e;
}

TEST(ScorePairsFileTest, PrecisionRecallPerLabel) {
  std::string path = WriteFile("score.jsonl", kPairs);
  std::ostringstream errors;
  absl::StatusOr<PairScores> s = ScorePairsFile(path, &errors);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->pairs, 4u);
  EXPECT_EQ(s->bad_lines, 2u);
  EXPECT_TRUE(s->has_duplicate);
  EXPECT_TRUE(s->has_contradiction);
  EXPECT_EQ(s->duplicate.true_positives, 2u);  // p2 (paraphrase), 6 (neutral)
  EXPECT_EQ(s->duplicate.false_positives, 0u);
  EXPECT_EQ(s->contradiction.true_positives, 1u);
  EXPECT_DOUBLE_EQ(s->contradiction.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s->duplicate.f1(), 1.0);
}

TEST(ScorePairsFileTest, LabelsAbsentFromTheFileAreNotScored) {
  std::string path = WriteFile(
      "dups.jsonl",
      R"({"id": "d", "a": "Talks resume in Istanbul.", "b": "Talks resume in Istanbul.", "label": "duplicate"})"
      "\n");
  absl::StatusOr<PairScores> s = ScorePairsFile(path, nullptr);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->has_duplicate);
  EXPECT_FALSE(s->has_contradiction);
}

TEST(ScorePairsFileTest, MissingFile) {
  EXPECT_EQ(ScorePairsFile("/nonexistent/pairs.jsonl", nullptr).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(PrecisionRecallTest, EmptyIsZero) {
  PrecisionRecall pr;
  EXPECT_EQ(pr.precision(), 0);
  EXPECT_EQ(pr.recall(), 0);
  EXPECT_EQ(pr.f1(), 0);
}

}  // namespace
}  // namespace qtrack
