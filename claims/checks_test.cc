// File: claims/checks_test.cc
#include "claims/checks.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct Parsed {
  std::vector<FactCheck> checks;
  std::vector<std::pair<int64_t, std::string>> problems;
};

Parsed Parse(std::string_view content) {
  Parsed p;
  ParseFactChecks(
      content, [&](FactCheck&& c) { p.checks.push_back(std::move(c)); },
      [&](int64_t line, const std::string& why) { p.problems.emplace_back(line, why); });
  return p;
}

// Compact expectation: "id|text|rating|publisher|claimant|date".
std::string Summary(const FactCheck& c) {
  return c.id + "|" + c.text + "|" + c.rating + "|" + c.publisher + "|" + c.claimant + "|" + c.date;
}

struct ParseCase {
  const char* name;
  const char* input;
  std::vector<std::string> checks;  // Summary() of each
  std::vector<int64_t> problem_lines;
};

TEST(ParseFactChecksTest, Table) {
  const ParseCase cases[] = {
      {"jsonl",
       R"({"id": "c1", "text": "Lakes boil in May.", "title": "Do Lakes Boil?", "date": "2021-05-03T10:00:00Z", "rating": "False"}
{"id": "c2", "text": "Owls vote.", "date": "no date"}
)",
       {"c1|Lakes boil in May.|False|||2021-05-03", "c2|Owls vote.||||"},
       {}},
      {"jsonl bad lines reported with line numbers",
       "{\"id\": \"c1\", \"text\": \"One.\"}\n\nnot json\n{\"text\": \"no id\"}\n{\"id\": \"c5\"}\n[1]\n",
       {"c1|One.||||"},
       {3, 4, 5, 6}},
      {"claimreview object",
       R"({"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://checks.example/moon", "claimReviewed": "The moon is hollow.",
  "datePublished": "2020-02-01", "author": {"@type": "Organization", "name": "Example Checks"},
  "reviewRating": {"@type": "Rating", "alternateName": "False"},
  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Blogger"}}})",
       {"https://checks.example/moon|The moon is hollow.|False|Example Checks|A. Blogger|2020-02-01"},
       {}},
      {"claimreview array",
       R"([{"@type": "ClaimReview", "url": "u1", "claimReviewed": "Claim one", "author": [{"name": "P"}]},
 {"@type": ["ClaimReview"], "@id": "id2", "claimReviewed": "Claim two"},
 {"@type": "ClaimReview", "url": "u3"}])",
       {"u1|Claim one||P||", "id2|Claim two||||"},
       {1}},
      {"claimreview in html",
       R"(<!doctype html><html><head><title>t</title>
<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "x"},
  {"@type": "ClaimReview", "url": "u9", "claimReviewed": "Tap water glows.",
   "reviewRating": {"alternateName": "Pants on Fire"}}]}</script>
<script type="text/javascript">var a = {"@type": "ClaimReview"};</script>
<script type="application/ld+json">{ broken</script>
</head><body><p>Body</p></body></html>)",
       {"u9|Tap water glows.|Pants on Fire|||"},
       {6}},
      {"empty", "  \n", {}, {}},
  };
  for (const ParseCase& c : cases) {
    SCOPED_TRACE(c.name);
    const Parsed p = Parse(c.input);
    std::vector<std::string> got;
    for (const FactCheck& f : p.checks) got.push_back(Summary(f));
    EXPECT_EQ(got, c.checks);
    std::vector<int64_t> lines;
    for (const auto& [line, why] : p.problems) lines.push_back(line);
    EXPECT_EQ(lines, c.problem_lines);
  }
}

class CheckStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    root_ = std::filesystem::path(tmp ? tmp : "/tmp") /
            ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (root_ / name).string();
    std::ofstream(path) << content;
    return path;
  }
  std::filesystem::path root_;
};

// Hand-written checks (not from any evaluation set).
constexpr char kChecks[] = R"({"id": "bridge", "text": "The Riverton suspension bridge was closed permanently after engineers found cracks.", "title": "Was the Riverton Bridge Closed for Good?", "date": "2021-03-04", "rating": "False", "publisher": "Example Checks"}
{"id": "vaccine-chip", "text": "Flu vaccines contain microchips that track people.", "title": "Do Flu Shots Contain Tracking Chips?", "date": "2020-11-02", "rating": "False"}
{"id": "shark", "text": "A shark swam down a flooded highway in Houston during a hurricane.", "title": "Shark on a Houston Highway?", "date": "2017-08-28", "rating": "Miscaptioned"}
{"id": "lottery", "text": "A woman won the state lottery three times in one month.", "title": "Triple Lottery Winner?", "date": "2019-06-10", "rating": "Unproven"}
{"id": "bridge-toll", "text": "Tolls on the Riverton bridge will triple next year.", "title": "Riverton Bridge Tolls Tripling?", "date": "2022-01-15", "rating": "Mixture"}
)";

TEST_F(CheckStoreTest, ImportIsIdempotentAndReportsBadLines) {
  auto store = CheckStore::OpenForWriting((root_ / "checks").string());
  ASSERT_TRUE(store.ok()) << store.status();
  std::vector<std::string> problems;
  auto on_problem = [&](const std::string& file, int64_t line, const std::string& /*why*/) {
    problems.push_back(std::filesystem::path(file).filename().string() + ":" + std::to_string(line));
  };
  const std::string path = Write("checks.jsonl", std::string(kChecks) + "garbage\n");
  auto counts = (*store)->Import(path, on_problem);
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->added, 5);
  EXPECT_EQ(counts->replaced, 0);
  EXPECT_EQ(counts->skipped, 1);
  EXPECT_EQ(problems, std::vector<std::string>{"checks.jsonl:6"});
  EXPECT_EQ((*store)->size(), 5u);

  counts = (*store)->Import(path, on_problem);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->added, 0);
  EXPECT_EQ(counts->replaced, 5);
  EXPECT_EQ((*store)->size(), 5u);

  // An update under the same id replaces the record.
  counts = (*store)->Import(
      Write("update.jsonl", R"({"id": "shark", "text": "A shark swam on a flooded road.", "rating": "False"})"),
      on_problem);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->replaced, 1);
  EXPECT_EQ((*store)->size(), 5u);
  auto shark = (*store)->Get("shark");
  ASSERT_TRUE(shark.ok());
  EXPECT_EQ(shark->rating, "False");
  EXPECT_EQ((*store)->Get("nope").status().code(), absl::StatusCode::kNotFound);
}

TEST_F(CheckStoreTest, ImportsClaimReviewFormats) {
  auto store = CheckStore::OpenForWriting((root_ / "checks").string());
  ASSERT_TRUE(store.ok());
  const std::string object = Write("one.json", R"({"@type": "ClaimReview", "url": "https://c.example/1",
      "claimReviewed": "Rain is made of lemonade.", "author": {"name": "Example Checks"}})");
  const std::string array = Write("many.json", R"([{"@type": "ClaimReview", "url": "https://c.example/2", "claimReviewed": "Cats can read."},
      {"@type": "ClaimReview", "url": "https://c.example/3", "claimReviewed": "Snow is warm."}])");
  const std::string page = Write("page.html", R"(<html><head>
<script type="application/ld+json">{"@type": "ClaimReview", "url": "https://c.example/4", "claimReviewed": "Trees whisper at night.", "reviewRating": {"alternateName": "False"}}</script>
</head><body>x</body></html>)");
  int64_t added = 0;
  for (const std::string& p : {object, array, page}) {
    auto counts = (*store)->Import(p, nullptr);
    ASSERT_TRUE(counts.ok()) << counts.status();
    added += counts->added;
  }
  EXPECT_EQ(added, 4);
  auto four = (*store)->Get("https://c.example/4");
  ASSERT_TRUE(four.ok());
  EXPECT_EQ(four->rating, "False");
  EXPECT_EQ(four->text, "Trees whisper at night.");
}

TEST_F(CheckStoreTest, RankPutsTheRewordedRepeatFirst) {
  const std::string dir = (root_ / "checks").string();
  {
    auto store = CheckStore::OpenForWriting(dir);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Import(Write("checks.jsonl", kChecks), nullptr).ok());
  }
  auto store = CheckStore::OpenForReading(dir);
  ASSERT_TRUE(store.ok()) << store.status();
  struct RankCase {
    const char* query;
    const char* want_first;
  };
  const RankCase cases[] = {
      {"BREAKING: engineers found cracks so the bridge in Riverton is shut for good!! "
       "pic.twitter.com/abc \xE2\x80\x94 Local Watch (@localwatch) March 2, 2021",
       "bridge"},
      {"They put tracking microchips in the #FluVaccine, wake up", "vaccine-chip"},
      {"Riverton bridge toll is going to be three times higher in 2023", "bridge-toll"},
      {"shark swimming on the highway in Houston after the hurricane flooding", "shark"},
  };
  for (const RankCase& c : cases) {
    SCOPED_TRACE(c.query);
    auto ranked = (*store)->Rank(c.query, 3);
    ASSERT_TRUE(ranked.ok()) << ranked.status();
    ASSERT_FALSE(ranked->empty());
    EXPECT_EQ((*ranked)[0].check.id, c.want_first);
    EXPECT_GE((*ranked)[0].score, 0);
    EXPECT_LE((*ranked)[0].score, 1);
    EXPECT_FALSE((*ranked)[0].reason.empty());
    for (size_t i = 1; i < ranked->size(); ++i)
      EXPECT_GE((*ranked)[i - 1].rank_score, (*ranked)[i].rank_score);
  }
  auto none = (*store)->Rank("zzzz qqqq", 3);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(CheckStoreTest, OpenForReadingMissingIsNotFound) {
  auto store = CheckStore::OpenForReading((root_ / "absent").string());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kNotFound);
}

TEST_F(CheckStoreTest, SecondWriterIsRefused) {
  const std::string dir = (root_ / "checks").string();
  auto first = CheckStore::OpenForWriting(dir);
  ASSERT_TRUE(first.ok());
  auto second = CheckStore::OpenForWriting(dir);
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace qtrack
