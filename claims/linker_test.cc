#include "claims/linker.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// One stored statement as the linker sees it: who said it, where it was
// read (article, outlet, headline, date, body fingerprint) and its words.
struct Said {
  std::string speaker, words;
  std::string article = "a1", outlet = "paper.example", title = "Headline one";
  std::string date = "2025-03-01", story = "";
  std::string kind = "direct", polarity = "asserts";
};

class LinkerTest : public ::testing::Test {
 protected:
  static const PairMatcher& Matcher() {
    static const PairMatcher* matcher = new PairMatcher();
    return *matcher;
  }

  static AnalysedStatement Analyse(const Said& s) {
    Statement st;
    st.id = s.speaker + "|" + s.words;
    st.speaker_id = s.speaker;
    st.quote = s.words;
    st.kind = s.kind;
    st.polarity = s.polarity;
    Occurrence o;
    o.article_id = s.article;
    o.outlet = s.outlet;
    o.title = s.title;
    o.published = s.date;
    o.story = s.story;
    st.occurrences.push_back(o);
    AnalysedStatement a;
    SetProvenance(st, &a);
    a.key = s.words;
    a.features = Matcher().Analyze(s.words);
    return a;
  }

  // The link type, "?" appended for a suggestion, "" for none.
  static std::string LinkType(const Said& earlier, const Said& later, std::string* reason = nullptr) {
    std::optional<Link> link =
        DecideLink(LinkPolicy{}, Matcher(), Analyse(earlier), Analyse(later), std::nullopt);
    if (!link) return "";
    if (reason) *reason = link->reason;
    return link->suggestion ? link->type + "?" : link->type;
  }
};

constexpr char kPipeline[] =
    "The new pipeline will carry gas from the northern fields to the coast by next winter";
constexpr char kPipelineReworded[] =
    "The new pipeline is to carry gas from the northern fields to the coast by next winter";

Said Elsewhere(Said s) {
  s.article = "a2";
  s.outlet = "other.example";
  s.title = "Headline two";
  s.date = "2025-03-09";
  return s;
}

TEST_F(LinkerTest, AnotherSpeakerInAnotherStoryIsRecycled) {
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, Elsewhere({"Carl Dunn", kPipelineReworded})),
            "recycled");
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, Elsewhere({"Carl Dunn", kPipeline})), "recycled");
  // Another speaker in the same outlet is most often one source reported
  // twice under two labels: no recycling.
  Said same_outlet = Elsewhere({"Carl Dunn", kPipeline});
  same_outlet.outlet = "paper.example";
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, same_outlet), "");
}

TEST_F(LinkerTest, NothingLinksInsideOneArticle) {
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, {"Carl Dunn", kPipelineReworded}), "");
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, {"Carl Dunn", kPipeline}), "");
}

TEST_F(LinkerTest, CopiesOfOneStoryAreOneStory) {
  // A text copy and an HTML copy: other article ids, same headline and date.
  Said html_copy{"Carl Dunn", kPipelineReworded};
  html_copy.article = "file:///copies/story.html";
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, html_copy), "");
  // A copy under another headline with the same body fingerprint.
  Said earlier{"Ann Berg", kPipeline};
  earlier.story = "hbody";
  Said copy = Elsewhere({"Carl Dunn", kPipelineReworded});
  copy.story = "hbody";
  EXPECT_EQ(LinkType(earlier, copy), "");
  copy.story = "hother";
  EXPECT_EQ(LinkType(earlier, copy), "recycled");
}

TEST_F(LinkerTest, AStoryThatCarriesBothIsNoLinkEvenIfOneWasReadElsewhere) {
  // Ann Berg said it in the first story; the second story quotes her again
  // and Carl Dunn saying it too: one story's reporting, not recycling.
  AnalysedStatement earlier = Analyse({"Ann Berg", kPipeline});
  Said again = Elsewhere({"Ann Berg", kPipeline});
  Statement carried;
  carried.id = "Ann Berg|x";
  carried.speaker_id = "Ann Berg";
  for (const Said& s : {Said{"Ann Berg", kPipeline}, again}) {
    Occurrence o;
    o.article_id = s.article;
    o.outlet = s.outlet;
    o.title = s.title;
    o.published = s.date;
    carried.occurrences.push_back(o);
  }
  SetProvenance(carried, &earlier);
  EXPECT_FALSE(DecideLink(LinkPolicy{}, Matcher(), earlier,
                          Analyse(Elsewhere({"Carl Dunn", kPipelineReworded})), std::nullopt)
                   .has_value());
}

TEST_F(LinkerTest, OtherPeopleInTheSameNewsAreNoRecycling) {
  // A sentence dense with names is not a Title Case headline: its names
  // count, and two players ruled out of one match are two facts.
  Said one{"", "Fiona Marsh has been ruled out of the Wales squad for Sunday's Cup tie against England in Cardiff."};
  one.kind = "claim";
  Said other = Elsewhere(one);
  other.words = "Wales captain Tom Reilly has been ruled out of Sunday's Cup tie against England.";
  EXPECT_NE(LinkType(one, other), "recycled");
}

TEST_F(LinkerTest, OwnVoiceClaimsRecycleOnlyInAnotherOutlet) {
  Said claim{"", kPipeline};
  claim.kind = "claim";
  Said same_outlet = Elsewhere(claim);
  same_outlet.words = kPipelineReworded;
  same_outlet.outlet = claim.outlet;
  EXPECT_EQ(LinkType(claim, same_outlet), "");
  same_outlet.outlet = "third.example";
  EXPECT_EQ(LinkType(claim, same_outlet), "recycled");
  // Plain-text files name no outlet: not known to be two outlets.
  claim.outlet = "";
  same_outlet.outlet = "";
  EXPECT_EQ(LinkType(claim, same_outlet), "");
}

// An own-voice claim and a speaker's words never recycle each other: the
// own-voice side is most often that speaker's words unattributed by the
// sentence reading ("..., according to his adviser").
TEST_F(LinkerTest, OwnVoiceAndASpeakerAreNoRecycling) {
  Said claim{"", kPipeline};
  claim.kind = "claim";
  EXPECT_EQ(LinkType(claim, Elsewhere({"Carl Dunn", kPipeline})), "");
  EXPECT_EQ(LinkType({"Carl Dunn", kPipelineReworded}, Elsewhere(claim)), "");
}

TEST_F(LinkerTest, ADenialIsNeverReadAsAnAssertion) {
  Said denial = Elsewhere({"Carl Dunn", kPipeline});
  denial.polarity = "denies";
  std::string reason;
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, denial, &reason), "contradicts");
  EXPECT_NE(reason.find("opposite polarity"), std::string::npos) << reason;
  denial.words = kPipelineReworded;
  EXPECT_EQ(LinkType({"Ann Berg", kPipeline}, denial), "contradicts");
  // Two denials of one claim agree.
  Said first_denial{"Ann Berg", kPipeline};
  first_denial.polarity = "denies";
  EXPECT_EQ(LinkType(first_denial, denial), "recycled");
}

TEST_F(LinkerTest, ANegatedMainPredicateContradicts) {
  std::string reason;
  EXPECT_EQ(LinkType({"Ann Berg", "The ceasefire terms were discussed at the meeting in Geneva"},
                     Elsewhere({"Carl Dunn",
                                "The ceasefire terms were not discussed at the meeting in Geneva"}),
                     &reason),
            "contradicts");
  EXPECT_NE(reason.find("negated"), std::string::npos) << reason;
}

TEST_F(LinkerTest, ADifferentFigureForTheSameQuantityContradicts) {
  EXPECT_EQ(LinkType({"Ann Berg", "The garrison received 2 million rounds of ammunition in March"},
                     Elsewhere({"Carl Dunn",
                                "The garrison received 1 million rounds of ammunition in March"})),
            "contradicts");
}

TEST_F(LinkerTest, ANegationOfAnotherWordIsNoContradiction) {
  // "not referees" vs "referee": one sentence is about who they are, the
  // other about what they do.
  std::string reason;
  EXPECT_EQ(LinkType({"Ann Berg", "The former players will referee the cup final in May"},
                     Elsewhere({"Carl Dunn", "The former players are not referees of the cup final"}),
                     &reason),
            "")
      << reason;
  // Retracting a remark and apologising for it is one position.
  EXPECT_NE(LinkType({"Ann Berg", "The coach should retract his insult about the referee"},
                     Elsewhere({"Carl Dunn", "The coach should apologise for his insult about the referee"})),
            "contradicts");
}

TEST_F(LinkerTest, OnlyTheNegatedPredicateCounts) {
  // "never" negates "accept"; "deployed", further on, is no denial of its own.
  EXPECT_EQ(LinkType({"Ann Berg", "We will never accept foreign troops deployed on our territory"},
                     Elsewhere({"Ann Berg",
                                "We will never accept any foreign troops deployed on our territory"})),
            "repeat");
}

TEST_F(LinkerTest, TheSameSpeakersChangedWordsAreAnAlteredQuote) {
  std::string reason;
  EXPECT_EQ(LinkType({"Ann Berg", "Our talks with the envoy were extremely useful for both sides"},
                     Elsewhere({"Ann Berg", "Our talks with the envoy were useless for both sides"}),
                     &reason),
            "altered");
  EXPECT_NE(reason.find("[-extremely useful-]{+useless+}"), std::string::npos) << reason;
  EXPECT_EQ(LinkType({"Ann Berg", "We expect that up to 2 million households will lose power this winter"},
                     Elsewhere({"Ann Berg", "We expect that 2 million households will lose power this winter"}),
                     &reason),
            "altered");
  EXPECT_NE(reason.find("[-up to-]"), std::string::npos) << reason;
  // A negation added.
  EXPECT_EQ(LinkType({"Ann Berg", "We will sign the grain agreement with our neighbours this month"},
                     Elsewhere({"Ann Berg", "We will not sign the grain agreement with our neighbours this month"})),
            "altered");
}

TEST_F(LinkerTest, PartialQuotingAndOtherSpeakersAreNotAlterations) {
  // The later quote stops short: partial quoting, the same words.
  EXPECT_NE(LinkType({"Ann Berg", "We will sign the grain agreement with our neighbours this month and then rest"},
                     Elsewhere({"Ann Berg", "We will sign the grain agreement with our neighbours this month"})),
            "altered");
  // Another speaker: recycled, not altered.
  EXPECT_NE(LinkType({"Ann Berg", "Our talks with the envoy were extremely useful for both sides"},
                     Elsewhere({"Carl Dunn", "Our talks with the envoy were useless for both sides"})),
            "altered");
  // Reported speech is not a quotation of words.
  Said reported{"Ann Berg", "Our talks with the envoy were extremely useful for both sides"};
  reported.kind = "indirect";
  EXPECT_NE(LinkType(reported, Elsewhere({"Ann Berg", "Our talks with the envoy were useless for both sides"})),
            "altered");
}

TEST(AlteredWordsTest, OnlyFunctionWordsChangedIsNoAlteration) {
  EXPECT_EQ(AlteredWords("We will rebuild the bridge over the river by the spring",
                         "We will rebuild a bridge over the river by the spring"),
            "");
  EXPECT_EQ(AlteredWords("We will rebuild the bridge over the river by the spring",
                         "We will rebuild the bridge over the river by the autumn"),
            "\u2026 the river by the [-spring-]{+autumn+}");
}

TEST(AlteredWordsTest, SpellingAndHyphenationAreTranscriptionNotAlteration) {
  EXPECT_EQ(AlteredWords("We will be studying the judgement of the court very carefully this week",
                         "We will be studying the judgment of the court very carefully this week"),
            "");
  EXPECT_EQ(AlteredWords("In public you see this double-act and no-one believes it any more",
                         "In public you see this double act and no one believes it any more"),
            "");
  // A figure one digit apart is a change.
  EXPECT_NE(AlteredWords("We expect 15000 households to lose power during the storm tonight",
                         "We expect 16000 households to lose power during the storm tonight"),
            "");
}

TEST(StoryFingerprintTest, CopiesAgreeWhateverTheirLayoutAndShortBodiesHaveNone) {
  Article text_copy, page_copy, note;
  std::string body;
  for (int i = 0; i < 12; ++i) body += "The council voted to close the old harbour next year. ";
  text_copy.text = body;
  page_copy.text = "  " + body + "\n\n";
  note.text = "A short note.";
  EXPECT_FALSE(StoryFingerprint(text_copy).empty());
  EXPECT_EQ(StoryFingerprint(text_copy), StoryFingerprint(page_copy));
  EXPECT_EQ(StoryFingerprint(note), "");
}

}  // namespace
}  // namespace qtrack
