#include "claims/similarity.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// One case: earlier → later, the expected label and a substring of the
// reason ("" = don't check).
struct PairCase {
  const char* name;
  const char* earlier;
  const char* later;
  PairLabel label;
  const char* reason_contains;
  const char* language = "en";
};

const PairCase kCases[] = {
    // Contradictions.
    {"negation", "The peace plan was discussed at the meeting in Riyadh.",
     "The peace plan was not discussed at the meeting in Riyadh.", PairLabel::kContradiction,
     "not discussed"},
    {"negation_contracted", "The minister said the deal was signed on Friday.",
     "The minister said the deal wasn't signed on Friday.", PairLabel::kContradiction,
     "wasn't signed"},
    {"number_mismatch", "The army received 2 million rounds of ammunition last year.",
     "The army received 1 million rounds of ammunition last year.", PairLabel::kContradiction,
     "numbers differ: \"2 million rounds\" vs \"1 million rounds\""},
    // Figures that open the statement have no word before them to agree on;
    // opening both statements is the same context (found in store_test).
    {"number_mismatch_at_start", "Two million artillery rounds were delivered to Ukraine last year.",
     "One million artillery rounds were delivered to Ukraine last year.",
     PairLabel::kContradiction, "numbers differ: \"Two million artillery\" vs \"One million artillery\""},
    // An irregular form meets its antonym through WordNet's base forms
    // ("fallen" → "fall"; the built-in pair is "rise" / "fall").
    {"irregular_antonym", "Oil prices rose sharply in March.",
     "Oil prices have fallen sharply in March.", PairLabel::kContradiction,
     "antonyms: \"rose\" / \"fallen\""},
    {"alive_died", "The opposition leader is alive and in hiding.",
     "The opposition leader died in hiding.", PairLabel::kContradiction, "antonyms"},
    {"refuted", "A giant sinkhole swallowed a bus in central Moscow.",
     "Officials say the sinkhole photo is a hoax: no bus was swallowed in Moscow.",
     PairLabel::kContradiction, "hoax"},
    {"denied", "The mayor resigned after the corruption scandal.",
     "The mayor denied reports that he resigned after the corruption scandal.",
     PairLabel::kContradiction, "denied"},
    {"russian_negation", "Вопрос о санкциях обсуждался на встрече в Москве.",
     "Вопрос о санкциях не обсуждался на встрече в Москве.", PairLabel::kContradiction,
     "не обсуждался", "ru"},
    {"russian_refuted", "Министр подал в отставку после скандала.",
     "В министерстве опровергли сообщения о том, что министр подал в отставку.",
     PairLabel::kContradiction, "опровергли", "ru"},

    {"negation_scope", "KFC restaurants in Colorado are going to be selling marijuana.",
     "KFC restaurants in Colorado are not going to be selling marijuana.",
     PairLabel::kContradiction, "not going"},
    // A headline answering the claim: "No, ...".
    {"refuting_opener", "Earth will experience six days of darkness in December.",
     "No, Earth won't experience six days of darkness in December.",
     PairLabel::kContradiction, ""},

    // Duplicates: the same statement reworded or reordered.
    {"verbatim", "The talks will resume in Istanbul next week, the ministry said.",
     "The talks will resume in Istanbul next week, the ministry said.", PairLabel::kDuplicate,
     "shared words: talks, resume, Istanbul"},
    {"reordered", "Next week the talks will resume in Istanbul, the ministry said.",
     "The ministry said the talks would resume in Istanbul next week.", PairLabel::kDuplicate,
     "Istanbul"},
    {"reworded", "The company said it would cut 1,200 jobs at its Detroit plant.",
     "The company will cut 1,200 jobs at the Detroit plant, it said on Monday.",
     PairLabel::kDuplicate, "1,200"},
    {"rounded_numbers", "The virus has killed 296 people on the mainland, officials said.",
     "Officials said the virus has killed 300 people on the mainland.", PairLabel::kDuplicate,
     ""},
    {"both_deny", "There is no evidence that the two fires were connected, police said.",
     "Police said there was no evidence the two fires were connected.", PairLabel::kDuplicate,
     ""},

    // Unrelated: same topic, different statements.
    {"same_topic", "The central bank raised interest rates by half a point on Tuesday.",
     "Analysts expect inflation to slow sharply in the second half of the year.",
     PairLabel::kUnrelated, ""},
    {"different_claim", "Russian troops withdrew from the village overnight, the governor said.",
     "The governor said schools in the region will reopen in September.",
     PairLabel::kUnrelated, ""},
    // Newsroom formulas negate no claim: "no comment" / "declined to comment".
    {"no_comment", "The company declined to comment on the layoffs at its Detroit plant.",
     "The company had no comment on the layoffs at its Detroit plant, officials said.",
     PairLabel::kDuplicate, ""},
    {"no_shared_words_with_cue", "The bridge will open to traffic in May.",
     "Claims about vaccine microchips are a hoax.", PairLabel::kUnrelated, ""},
};

class PairMatcherTest : public ::testing::TestWithParam<PairCase> {
 protected:
  static const PairMatcher& Matcher() {
    static const PairMatcher* matcher = new PairMatcher();
    return *matcher;
  }
};

TEST_P(PairMatcherTest, Judges) {
  const PairCase& c = GetParam();
  const PairMatcher& m = Matcher();
  PairJudgement j = m.Judge(m.Analyze(c.earlier, c.language), m.Analyze(c.later, c.language));
  EXPECT_EQ(PairLabelName(j.label), PairLabelName(c.label))
      << "similarity " << j.similarity << " contradiction " << j.contradiction
      << " reason: " << j.reason;
  EXPECT_NE(j.reason.find(c.reason_contains), std::string::npos) << j.reason;
  EXPECT_GE(j.similarity, 0.0);
  EXPECT_LE(j.similarity, 1.0);
  EXPECT_GE(j.contradiction, 0.0);
  EXPECT_LE(j.contradiction, 1.0);
}

INSTANTIATE_TEST_SUITE_P(Table, PairMatcherTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

// The matcher must work, less well, without WordNet: the built-in antonyms
// still catch "alive" / "died" and the rest does not depend on WordNet.
TEST(PairMatcherWithoutWordNetTest, BuiltinAntonymsAndNegation) {
  PairMatcher m(MatchThresholds{}, "/nonexistent/wordnet");
  EXPECT_GT(m.antonym_count(), 10u);
  for (const PairCase& c : kCases) {
    std::string name = c.name;
    if (name != "negation" && name != "number_mismatch" && name != "alive_died" &&
        name != "verbatim" && name != "same_topic" && name != "russian_negation")
      continue;
    PairJudgement j = m.Judge(m.Analyze(c.earlier), m.Analyze(c.later));
    EXPECT_EQ(PairLabelName(j.label), PairLabelName(c.label)) << name << ": " << j.reason;
  }
}

TEST(PairMatcherTest, ScoresAreSymmetricEnough) {
  PairMatcher m;
  StatementFeatures a = m.Analyze("The peace plan was discussed in Riyadh.");
  StatementFeatures b = m.Analyze("The peace plan was not discussed in Riyadh.");
  EXPECT_EQ(m.Judge(a, b).label, PairLabel::kContradiction);
  EXPECT_EQ(m.Judge(b, a).label, PairLabel::kContradiction);
}

TEST(PairMatcherTest, SuggestionBetweenThresholds) {
  MatchThresholds t;
  t.link = 0.99;
  t.suggest = 0.01;
  PairMatcher m(t);
  PairJudgement j = m.Judge(m.Analyze("The talks will resume in Istanbul next week."),
                            m.Analyze("Talks resume in Istanbul, officials say."));
  EXPECT_EQ(j.label, PairLabel::kUnrelated);
  EXPECT_TRUE(j.suggestion);
  EXPECT_NE(j.reason.find("Istanbul"), std::string::npos);
}

TEST(PairMatcherTest, UnrelatedHasNoReason) {
  PairMatcher m;
  PairJudgement j = m.Judge(m.Analyze("Rain is expected in Kyiv tomorrow."),
                            m.Analyze("The football final ended in a draw."));
  EXPECT_EQ(j.label, PairLabel::kUnrelated);
  EXPECT_FALSE(j.suggestion);
  EXPECT_TRUE(j.reason.empty());
}

TEST(PairMatcherTest, AnalyzeExtractsNumbersNegationsAndCues) {
  PairMatcher m;
  StatementFeatures f = m.Analyze("Officials denied that 2 million rounds were not delivered.");
  ASSERT_EQ(f.numbers.size(), 1u);
  EXPECT_DOUBLE_EQ(f.numbers[0].value, 2e6);
  EXPECT_EQ(f.text.substr(f.numbers[0].span.begin,
                          f.numbers[0].span.end - f.numbers[0].span.begin),
            "2 million rounds");
  EXPECT_EQ(f.negations, 1);
  EXPECT_EQ(f.strong_cues, 1);
  ASSERT_EQ(f.negated.size(), 1u);
  EXPECT_EQ(f.text.substr(f.negated[0].span.begin,
                          f.negated[0].span.end - f.negated[0].span.begin),
            "not delivered");
}

// Irregular forms count as their base form: the two say the same words.
TEST(PairMatcherTest, AnalyzeMapsIrregularFormsToTheirBase) {
  PairMatcher m;
  EXPECT_EQ(m.Analyze("The children went home and bought bread.").terms,
            m.Analyze("The child will go home to buy bread.").terms);
  EXPECT_NE(m.Analyze("The children went home.").terms, m.Analyze("The child stays home.").terms);
}

// A rumour reports a claim; it does not refute it (pruned from the cues by
// claims/tools/refuting_cue_support.py). It still hedges.
TEST(PairMatcherTest, RumourIsAHedgeNotARefutation) {
  PairMatcher m;
  StatementFeatures f = m.Analyze("Rumors say the singer will retire, unconfirmed reports claim.");
  EXPECT_EQ(f.strong_cues + f.weak_cues, 0);
  EXPECT_GT(f.hedges, 0);
  EXPECT_EQ(m.Analyze("The singer denied she will retire.").strong_cues, 1);
}

TEST(PairMatcherTest, NegatedCueConfirms) {
  PairMatcher m;
  StatementFeatures f = m.Analyze("The photo is not a hoax, experts say.");
  EXPECT_EQ(f.strong_cues, 0);
  EXPECT_EQ(f.negated_cues, 1);
}

TEST(PairMatcherTest, EmptyAndOddInput) {
  PairMatcher m;
  for (const char* text : {"", "   ", "!!!", "\xff\xfe\x80", "1,2,3.4.5", "''''", "n't"}) {
    StatementFeatures f = m.Analyze(text);
    PairJudgement j = m.Judge(f, f);
    EXPECT_GE(j.similarity, 0.0) << text;
    EXPECT_LE(j.similarity, 1.0) << text;
  }
}

}  // namespace
}  // namespace qtrack
