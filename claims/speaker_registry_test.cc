#include "claims/speaker_registry.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

// A registry over an in-memory metadata map (what the store flushes to).
class RegistryTest : public ::testing::Test {
 protected:
  absl::flat_hash_map<std::string, std::string> meta_;
  SpeakerRegistry registry_{[this](const std::string& key) {
    auto it = meta_.find(key);
    return it == meta_.end() ? std::string() : it->second;
  }};

  // Resolves a mention and counts a statement for it.
  std::string Say(const std::string& name, bool organisation = false) {
    bool created = false;
    std::string id = registry_.Resolve(name, organisation, "", "2025-01-10", &created);
    if (!id.empty()) ++registry_.Find(id)->statements;
    return id;
  }
};

TEST(SpeakerNameKeyTest, HonorificsAndOrganisationAliases) {
  EXPECT_EQ(SpeakerNameKey("Sir Alex Ferguson"), "alex ferguson");
  EXPECT_EQ(SpeakerNameKey("Mr Brown"), "brown");
  EXPECT_EQ(SpeakerNameKey("Baroness Ashdown"), "ashdown");
  EXPECT_EQ(SpeakerNameKey("Lord"), "lord");
  EXPECT_EQ(SpeakerNameKey("Lib Dems"), "liberal democrats");
  EXPECT_EQ(SpeakerNameKey("the Tories"), "conservatives");
  EXPECT_EQ(SpeakerNameKey("New Labour"), "labour");
}

TEST(SpeakerNameKeyTest, GroupsAndRepresentatives) {
  EXPECT_TRUE(IsGroupKey("labour mps"));
  EXPECT_TRUE(IsGroupKey("mps"));
  EXPECT_TRUE(IsGroupKey("senior tories"));
  EXPECT_FALSE(IsGroupKey("conservatives"));
  EXPECT_FALSE(IsGroupKey("liberal democrats"));
  EXPECT_FALSE(IsGroupKey("harriet walsh"));
  EXPECT_TRUE(IsRepresentativeKey("tony blairs spokesman"));
  EXPECT_FALSE(IsRepresentativeKey("spokesman"));
}

TEST_F(RegistryTest, PartyAliasesAreOneSpeaker) {
  const std::string lib = Say("Liberal Democrats", true);
  EXPECT_EQ(Say("Lib Dems"), lib);
  EXPECT_EQ(Say("the Liberal Democrats", true), lib);
  EXPECT_EQ(registry_.Find(lib)->name, "Liberal Democrats");
  const std::string tories = Say("Tories");
  EXPECT_EQ(Say("Conservatives", true), tories);
  EXPECT_EQ(registry_.Find(tories)->name, "Conservatives");
  EXPECT_EQ(Say("New Labour", true), Say("Labour", true));
  EXPECT_NE(lib, tories);
}

TEST_F(RegistryTest, GroupsAreNeverMergedWithOthers) {
  const std::string labour_mps = Say("Labour MPs");
  const std::string mps = Say("MPs");
  EXPECT_NE(labour_mps, mps);
  EXPECT_EQ(Say("Labour MPs"), labour_mps);
  EXPECT_TRUE(registry_.Find(mps)->group);
  const std::string senior = Say("Senior Tories");
  EXPECT_NE(senior, Say("Tories"));
  // A person whose surname is a group's last word stays a person.
  const std::string person = Say("Harriet Walsh");
  EXPECT_NE(person, Say("Walsh Supporters"));
  EXPECT_EQ(Say("Walsh"), person);
}

TEST_F(RegistryTest, GroupEvenWhenCalledAnOrganisation) {
  const std::string mps = Say("MPs", /*organisation=*/true);
  EXPECT_TRUE(registry_.Find(mps)->group);
  EXPECT_NE(Say("Labour MPs", true), mps);
}

TEST_F(RegistryTest, DoubleBarrelledSurnameAnswersWhole) {
  const std::string id = Say("Hattie Lowe-Brennan");
  SpeakerLookup lookup = registry_.Lookup("Lowe-Brennan");
  ASSERT_TRUE(lookup.resolved);
  EXPECT_EQ(lookup.ids[0], id);
  EXPECT_TRUE(registry_.Lookup("Mr Lowe-Brennan").resolved);
}

TEST_F(RegistryTest, RepresentativesKeepTheirOwnName) {
  const std::string blair = Say("Tony Blair");
  const std::string spokesman = Say("Tony Blair's spokesman");
  EXPECT_NE(spokesman, blair);
  // "spokesman" is nobody's surname: another principal's spokesman is apart.
  EXPECT_NE(Say("Michael Howard's spokesman"), spokesman);
  EXPECT_TRUE(registry_.Aliases("spokesman").empty());
}

// Issue 17: one speaker across scripts. A Russian and a Ukrainian
// spelling join the English one, and any spelling finds them; two Latin
// spellings the key folds together (Hill, Gill) stay apart.
TEST_F(RegistryTest, OnePersonAcrossScripts) {
  const std::string id = Say("Dmitry Peskov");
  EXPECT_EQ(Say("\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u041f\u0435\u0441\u043a\u043e\u0432"), id);  // Дмитрий Песков
  EXPECT_EQ(Say("\u0414\u043c\u0438\u0442\u0440\u043e \u041f\u0454\u0441\u043a\u043e\u0432"), id);      // Дмитро Пєсков
  for (const char* spelling : {"Dmitri Peskov", "Dmitriy Peskov", "Peskov",
                               "\u041f\u0435\u0441\u043a\u043e\u0432", "\u041f\u0454\u0441\u043a\u043e\u0432"}) {
    SpeakerLookup lookup = registry_.Lookup(spelling);
    ASSERT_TRUE(lookup.resolved) << spelling;
    EXPECT_EQ(lookup.ids[0], id) << spelling;
  }
  EXPECT_NE(Say("Anna Gill"), Say("Anna Hill"));
}

TEST_F(RegistryTest, HonorificIsAnAliasOnly) {
  const std::string id = Say("Sir Alex Ferguson");
  EXPECT_EQ(Say("Alex Ferguson"), id);
  SpeakerLookup lookup = registry_.Lookup("Mr Ferguson");
  ASSERT_TRUE(lookup.resolved);
  EXPECT_EQ(lookup.ids[0], id);
}

TEST_F(RegistryTest, SurnameResolvesWhenOneFitsElseListsCandidates) {
  const std::string gordon = Say("Gordon Brown");
  for (int i = 0; i < 9; ++i) Say("Gordon Brown");
  const std::string nick = Say("Nick Brown");
  const std::string james = Say("James Brown");
  // Ten statements against two: "Mr Brown" is Gordon Brown.
  SpeakerLookup mr = registry_.Lookup("Mr Brown");
  ASSERT_TRUE(mr.resolved);
  EXPECT_EQ(mr.ids[0], gordon);
  EXPECT_EQ(mr.ids.size(), 3u);  // the others are still named
  // A full name resolves to its own speaker.
  SpeakerLookup full = registry_.Lookup("Nick Brown");
  ASSERT_TRUE(full.resolved);
  EXPECT_EQ(full.ids[0], nick);
  // Two of a surname, neither dominant: both are listed, most statements first.
  const std::string ann = Say("Ann Keller");
  Say("Ann Keller");
  const std::string tom = Say("Tom Keller");
  SpeakerLookup keller = registry_.Lookup("Keller");
  EXPECT_FALSE(keller.resolved);
  ASSERT_EQ(keller.ids.size(), 2u);
  EXPECT_EQ(keller.ids[0], ann);
  EXPECT_EQ(keller.ids[1], tom);
  EXPECT_FALSE(registry_.Lookup("Nobody Here").resolved);
  // A speaker known only as "Keller" is no third person: with one Keller
  // dominant, the bare one's statements go with hers.
  const std::string bare = Say("Keller");
  for (int i = 0; i < 5; ++i) Say("Ann Keller");
  keller = registry_.Lookup("Keller");
  ASSERT_TRUE(keller.resolved);
  EXPECT_EQ(keller.ids[0], ann);
  EXPECT_EQ(keller.bare, std::vector<std::string>{bare});
  (void)james;
}

TEST_F(RegistryTest, FlushWritesWhatChanged) {
  const std::string id = Say("Petra Lindqvist");
  std::vector<std::pair<std::string, std::string>> meta;
  registry_.Flush(&meta);
  for (const auto& [key, value] : meta) meta_[key] = value;
  EXPECT_FALSE(registry_.dirty());
  registry_.ClearCache();
  ASSERT_NE(registry_.Find(id), nullptr);
  EXPECT_EQ(registry_.Find(id)->name, "Petra Lindqvist");
  EXPECT_EQ(registry_.Lookup("Lindqvist").ids[0], id);
}

TEST(ContextNamesTest, CapitalisedWordsNotAtSentenceStart) {
  EXPECT_EQ(ContextNames("The match in Cardiff was close. Wales beat Scotland on Sunday, said "
                         "Mr Dylan Pryce's coach."),
            (std::vector<std::string>{"cardiff", "scotland", "dylan", "pryce"}));
}

TEST(SourceSectionTest, FirstFolderOrUrlSegment) {
  EXPECT_EQ(SourceSection("file:sport/ferry.txt"), "section:sport");
  EXPECT_EQ(SourceSection("file:ferry.txt"), "");
  EXPECT_EQ(SourceSection("https://www.herald.example/music/2025/cello"),
            "section:herald.example/music");
  EXPECT_EQ(SourceSection("https://herald.example/cello"), "");
}

TEST_F(RegistryTest, NamesakesWithDisagreeingContextStayApart) {
  bool created = false;
  const std::vector<std::string> football = ContextNames(
      "Striker Ravi Kestrel scored twice for Ashford Rovers against Dunmore United at Kelby "
      "Park, and Rovers manager Colm Farrell praised the Ashford fans and the Premier Cup run.");
  const std::string striker =
      registry_.Resolve("Ravi Kestrel", false, "", "2025-01-10", &created, football);
  // Another football article about him: names shared, the same speaker.
  const std::vector<std::string> football2 = ContextNames(
      "Farrell said that Kestrel would stay at Ashford Rovers until the Premier Cup final.");
  EXPECT_EQ(registry_.Resolve("Ravi Kestrel", false, "", "2025-01-12", &created, football2),
            striker);
  // A cellist of the same name: nothing around him agrees.
  const std::vector<std::string> music = ContextNames(
      "The cellist Ravi Kestrel will play Elgar with the Northfield Philharmonic at Harrow Hall "
      "in Vienna, conducted by Ilse Brandt, before touring Japan.");
  created = false;
  const std::string cellist =
      registry_.Resolve("Ravi Kestrel", false, "cellist", "2025-02-01", &created, music);
  EXPECT_NE(cellist, striker);
  EXPECT_TRUE(created);
  EXPECT_EQ(registry_.Find(cellist)->name, "Ravi Kestrel (2)");
  // The next cello article joins the cellist, not the striker.
  const std::vector<std::string> music2 = ContextNames(
      "Kestrel and the Northfield Philharmonic recorded Elgar at Harrow Hall last week, with "
      "Ilse Brandt conducting, before a Vienna concert for Radio Eastmoor and a Japan tour.");
  EXPECT_EQ(registry_.Resolve("Ravi Kestrel", false, "", "2025-02-09", &created, music2), cellist);
  // A mention with next to no names around it is no evidence: it joins.
  EXPECT_EQ(registry_.Resolve("Ravi Kestrel", false, "", "2025-02-10", &created,
                              ContextNames("Ravi Kestrel said so in Leeds.")),
            striker);
  // The full name now answers to both: a desk is shown the two.
  EXPECT_FALSE(registry_.Lookup("Ravi Kestrel").resolved);
  EXPECT_EQ(registry_.Lookup("Ravi Kestrel").ids.size(), 2u);
}

TEST_F(RegistryTest, OrganisationNounsMakeAnOrganisation) {
  const std::string bank = Say("World Bank");
  EXPECT_TRUE(registry_.Find(bank)->organisation);
  EXPECT_NE(Say("Bank"), bank);  // "bank" is nobody's surname
}

// "The treasurer said": among the people an article names, the one known
// in that role; nobody when two are, or when none is.
TEST_F(RegistryTest, HolderOfRoleAmongTheNamed) {
  bool created = false;
  const std::string ana = registry_.Resolve("Ana Reyes", false, "UK Treasurer", "2025-01-10", &created);
  const std::string bo = registry_.Resolve("Bo Lind", false, "Harbour Master", "2025-01-10", &created);
  const std::string cy = registry_.Resolve("Cy Moss", false, "Treasurer", "2025-01-10", &created);
  EXPECT_EQ(registry_.HolderOfRole("treasurer", {ana, bo}), ana);
  EXPECT_EQ(registry_.HolderOfRole("harbour master", {ana, bo}), bo);
  EXPECT_EQ(registry_.HolderOfRole("treasurer", {ana, bo, cy}), "");  // two treasurers
  EXPECT_EQ(registry_.HolderOfRole("master", {ana}), "");
  EXPECT_EQ(registry_.HolderOfRole("surer", {ana}), "");  // whole words only
}

}  // namespace
}  // namespace qtrack
