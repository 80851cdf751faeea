// The store's side of the speaker registry: lookups by surname and "Mr X",
// representatives, and an editor's split of a namesake's statements.
#include <string>
#include <vector>

#include "claims/store.h"
#include "claims/store_testing.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

using ::qtrack::testing::FreshDir;

Article MakeArticle(const std::string& id) {
  Article a;
  a.id = id;
  a.url = "https://herald.example/politics/" + id;
  a.outlet = "Herald";
  a.published = "2025-03-0" + id.substr(id.size() - 1);
  a.language = "en";
  a.text = "body";
  return a;
}

Quote MakeQuote(const std::string& speaker, const std::string& text,
                const std::string& on_behalf_of = "") {
  Quote q;
  q.kind = StatementKind::kDirect;
  q.speaker = speaker;
  q.text = text;
  q.on_behalf_of = on_behalf_of;
  q.confidence = 0.9;
  return q;
}

class StoreSpeakersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::OpenForWriting(FreshDir(
        ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }
  std::vector<Statement> Said(const std::string& name, bool with_representatives = false) {
    SaidQuery q;
    q.speaker = name;
    q.with_representatives = with_representatives;
    auto said = store_->Said(q);
    EXPECT_TRUE(said.ok()) << said.status();
    return said.ok() ? *said : std::vector<Statement>();
  }
  std::unique_ptr<Store> store_;
};

TEST_F(StoreSpeakersTest, MrSurnameFindsTheSpeakerThatFits) {
  ASSERT_TRUE(store_
                  ->AddArticle(MakeArticle("a1"),
                               {MakeQuote("Agnes Varga", "Taxes will not rise this year."),
                                MakeQuote("Agnes Varga", "The budget is balanced."),
                                MakeQuote("Agnes Varga", "Growth is returning to the north."),
                                MakeQuote("Tomas Varga", "The rail line will be finished.")})
                  .ok());
  ASSERT_TRUE(store_->Commit().ok());
  auto said = Said("Mr Varga");
  ASSERT_EQ(said.size(), 3u);
  EXPECT_EQ(said[0].speaker, "Agnes Varga");
  auto choice = store_->LookupSpeaker("Varga");
  ASSERT_TRUE(choice.ok());
  EXPECT_TRUE(choice->resolved);
  ASSERT_EQ(choice->candidates.size(), 2u);
  EXPECT_EQ(choice->candidates[1].name, "Tomas Varga");
}

// "The treasurer said" in an article that quotes Agnes Varga by name, once
// an earlier article gave her that role: her statement, with the
// description as its role. Not when the article names nobody in the role.
TEST_F(StoreSpeakersTest, DescriptionResolvesToTheNamedHolderOfTheRole) {
  Quote titled = MakeQuote("Agnes Varga", "Taxes will not rise this year.");
  titled.speaker_role = "Treasurer";
  ASSERT_TRUE(store_->AddArticle(MakeArticle("a1"), {titled}).ok());
  ASSERT_TRUE(store_
                  ->AddArticle(MakeArticle("a2"), {MakeQuote("Agnes Varga", "The budget is balanced."),
                                                   MakeQuote("treasurer", "Growth is returning to the north.")})
                  .ok());
  ASSERT_TRUE(store_->AddArticle(MakeArticle("a3"), {MakeQuote("Tomas Varga", "The rail line will be finished."),
                                                     MakeQuote("treasurer", "The port will be sold.")})
                  .ok());
  ASSERT_TRUE(store_->Commit().ok());
  const std::vector<Statement> said = Said("Agnes Varga");
  ASSERT_EQ(said.size(), 3u);
  bool described = false;
  for (const Statement& st : said)
    if (st.quote == "Growth is returning to the north.") {
      described = true;
      EXPECT_EQ(st.speaker_given, "treasurer");
      EXPECT_EQ(st.speaker_role, "treasurer");
    }
  EXPECT_TRUE(described);
}

// "The Harbour Rowing Union (HRU)" defines HRU: "the HRU said" is that
// union, in this article and, once learned, in a later one.
TEST_F(StoreSpeakersTest, ShortFormDefinedInTheArticleIsTheOrganisation) {
  Article first = MakeArticle("a1");
  first.text = "The Harbour Rowing Union (HRU) met on Monday. The HRU said the regatta would go ahead.";
  Quote full = MakeQuote("Harbour Rowing Union", "The regatta will go ahead.");
  full.speaker_is_organisation = true;
  ASSERT_TRUE(store_->AddArticle(first, {full, MakeQuote("the HRU", "Entries have doubled.")}).ok());
  Article later = MakeArticle("a2");
  later.text = "The HRU said the river was safe.";
  ASSERT_TRUE(store_->AddArticle(later, {MakeQuote("HRU", "The river is safe.")}).ok());
  ASSERT_TRUE(store_->Commit().ok());
  const std::vector<Statement> said = Said("Harbour Rowing Union");
  ASSERT_EQ(said.size(), 3u);
  for (const Statement& st : said) EXPECT_EQ(st.speaker, "Harbour Rowing Union");
}

TEST_F(StoreSpeakersTest, RepresentativesOnlyWhenAskedFor) {
  ASSERT_TRUE(store_
                  ->AddArticle(MakeArticle("a1"),
                               {MakeQuote("Agnes Varga", "Taxes will not rise this year."),
                                MakeQuote("Agnes Varga's spokesman",
                                          "The minister has no plans to resign.", "Agnes Varga")})
                  .ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Said("Agnes Varga").size(), 1u);
  auto both = Said("Agnes Varga", /*with_representatives=*/true);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(Said("Varga", true).size(), 2u);
  EXPECT_EQ(Said("Agnes Varga's spokesman").size(), 1u);
}

TEST_F(StoreSpeakersTest, SplitStatementsMakesANamesake) {
  auto ingest = [&] {
    ASSERT_TRUE(store_
                    ->AddArticle(MakeArticle("a1"),
                                 {MakeQuote("Ravi Kestrel", "We will win the cup this season."),
                                  MakeQuote("Ravi Kestrel", "Elgar suits the cello best.")})
                    .ok());
    ASSERT_TRUE(store_->Commit().ok());
  };
  ingest();
  auto said = Said("Ravi Kestrel");
  ASSERT_EQ(said.size(), 2u);
  std::string cello;
  for (const Statement& s : said)
    if (s.quote.starts_with("Elgar")) cello = s.id;
  EXPECT_EQ(store_->SplitStatements("Ravi Kestrel", {"hnotastatement"}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Said("Ravi Kestrel").size(), 2u);  // nothing moved
  auto split = store_->SplitStatements("Ravi Kestrel", {cello});
  ASSERT_TRUE(split.ok()) << split.status();
  auto choice = store_->LookupSpeaker("Ravi Kestrel");
  ASSERT_TRUE(choice.ok());
  EXPECT_FALSE(choice->resolved);
  ASSERT_EQ(choice->candidates.size(), 2u);
  auto moved = Said(*split);
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved[0].id, cello);
  EXPECT_EQ(moved[0].speaker, "Ravi Kestrel (2)");
  ingest();  // re-ingesting the article changes nothing
  EXPECT_EQ(Said(*split).size(), 1u);
}

}  // namespace
}  // namespace qtrack
