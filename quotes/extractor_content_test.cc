// Tests of QuoteExtractor: where a statement's content starts and ends:
// tails, nested statements, fragments, markup.
#include "quotes/extractor.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor_testing.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

using testing::ExpectStatements;
using testing::MakeArticle;

// "said on Sunday it had no evidence that ...": in an undated article the
// date phrase is still no content, and the near "that" belongs to the
// content, not to the cue (taking the content from it inverts the claim).
TEST(ExtractorContent, DatePhraseAfterCueInAnUndatedArticle) {
  QuoteExtractor extractor;
  Article a = MakeArticle(
      "A ministry spokesman said on Sunday it had no evidence that the bridge was unsafe.\n"
      "Ida Kovacs insisted on Wednesday it was time for the council to apologise.");
  a.published.clear();
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "it had no evidence that the bridge was unsafe");
  EXPECT_EQ(quotes[1].text, "it was time for the council to apologise");
  EXPECT_EQ(quotes[1].speaker, "Ida Kovacs");
  for (const Quote& q : quotes) EXPECT_EQ(q.said_on, "") << q.text;
}

// "told BBC Radio 4's Today programme it was ...": the programme, its
// number and possessive included, is the addressee, not the start of the
// content; after an outlet's noun its title is too ("the BBC programme
// Dock Talk"). A name after "the Today programme" is the content's.
TEST(ExtractorContent, ProgrammeObjectOfToldIsTheAddressee) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Ida Kovacs told BBC Radio 4's Today programme the bridge was safe.\n"
                                "Tomas Riley told the BBC programme Dock Talk he hoped the ferry would return.\n"
                                "Anna Berg told the Today programme Mr Riley had been wrong."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].text, "the bridge was safe");
  EXPECT_EQ(quotes[0].addressee, "BBC Radio 4's Today programme");
  EXPECT_EQ(quotes[1].text, "he hoped the ferry would return");
  EXPECT_EQ(quotes[1].addressee, "the BBC programme Dock Talk");
  EXPECT_EQ(quotes[2].text, "Mr Riley had been wrong");
  // An outlet's name with a number in it, then the clause: "told BBC News
  // 24 she had ...".
  quotes.clear();
  extractor.Extract(MakeArticle("Ida Kovacs told BBC News 24 she had not expected the award."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "she had not expected the award");
}

// "said X while Northwind, a big investor, declined to comment": a
// contrasting clause with a subject and a cue of its own is no part of
// X, with a comma before "while" or without.
TEST(ExtractorContent, WhileClauseWithItsOwnCueEndsContent) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The Harbour Trust said the ferry would sail in March while Northwind, a big "
                                "investor, declined to comment.\n"
                                "Ida Kovacs said fares would rise, whereas the union said they would fall."),
                    &quotes);
  ASSERT_GE(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].text, "the ferry would sail in March");
  const Quote* fares = nullptr;
  for (const Quote& q : quotes)
    if (q.speaker == "Ida Kovacs") fares = &q;
  ASSERT_NE(fares, nullptr);
  EXPECT_EQ(fares->text, "fares would rise");
}

// "Taxes will rise, Jo Marsh, the party's finance spokeswoman said": the
// missing comma leaves the name in the content; it is the speaker, the
// description its role. A document ("a Harbour Trust statement") is no
// description of the name before it.
TEST(ExtractorContent, NameClosingTheContentBeforeADescriptionSpeaks) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Taxes will rise next year, Jo Marsh, the party's finance spokeswoman said.\n"
                                "It plans to buy two ferries and the holding firm, Northwind Ferries Ltd, "
                                "a Harbour Trust statement said."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "Taxes will rise next year");
  EXPECT_EQ(quotes[0].speaker, "Jo Marsh");
  EXPECT_EQ(quotes[0].speaker_role, "the party's finance spokeswoman");
  EXPECT_NE(quotes[1].speaker, "Northwind Ferries Ltd");
}

// "X is improving, the operator said, but warned that Y": two statements,
// the second not glued to the first.
TEST(ExtractorContent, CoordinatedSecondCueAfterAnInterposedAttribution) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The freight market is improving, the operator said, but warned that it was not "
                                "yet benefiting from the growth.\n"
                                "Under the plan, aid would rise, the envoy said, and planned spending would "
                                "double."),
                    &quotes);
  std::vector<std::string> texts;
  for (const Quote& q : quotes) texts.push_back(q.speaker + ": " + q.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "operator: The freight market is improving",
                       "operator: it was not yet benefiting from the growth",
                       "envoy: Under the plan, aid would rise and planned spending would double",
                   }));
}

// `said after the 4-0 win: "..."`: the prepositional tail before the colon
// is no part of the quote; `said the plan was good: "..."` keeps its clause.
TEST(ExtractorContent, PrepositionalTailBeforeAColonQuote) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The manager said after the 4-0 win on Saturday: \"We played well and deserved "
                                "it.\"\nIda Kovacs said the plan was good: \"It will work.\""),
                    &quotes);
  ASSERT_GE(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "We played well and deserved it.");
  EXPECT_NE(quotes[1].text.find("the plan was good"), std::string::npos);
}

// "According to Pat Kerr, President of the pipeline company, work will
// begin": the role in apposition belongs to the source, not the content.
TEST(ExtractorContent, AccordingToNameAndRoleInApposition) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("According to Pat Kerr, President of the pipeline company, work will begin in "
                                "May.\nAccording to the survey, more than 45 million people in the UK, Germany "
                                "and France now use only a mobile."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "work will begin in May");
  EXPECT_EQ(quotes[0].speaker, "Pat Kerr");
  EXPECT_EQ(quotes[0].speaker_role, "President of the pipeline company");
  EXPECT_NE(quotes[1].text.find("more than 45 million people in the UK"), std::string::npos);
}

// "Peskov emphasized that relations ..., which he said are being rebuilt
// ...": the inner statement repeats part of the outer one of the same
// speaker and goes.
TEST(ExtractorText, NestedRepeatOfTheSameSpeakerIsDropped) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Ida Kovacs stressed that the new bridge, which she said was built in a hurry, "
                                "is safe for lorries."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ida Kovacs");
  EXPECT_NE(quotes[0].text.find("is safe for lorries"), std::string::npos);
}

TEST(ExtractorText, OnlyQuoteMarksAndClosingCommaAreStripped) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("“<script>alert(1)</script>…,” Peskov said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "<script>alert(1)</script>…");
  extractor.Extract(MakeArticle("\"We will win,\" Trump said, \"and win big.\""), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We will win and win big.");
  // A mixed statement keeps its inner marks balanced.
  extractor.Extract(MakeArticle("The talks were \"extremely useful,\" Peskov said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "The talks were \"extremely useful,\"");
}

// `criticized X as a "crazy system" during a stop in Flint`: the content of
// an object labelled with a quoted phrase ends with the phrase; other words
// after it (`who "has never ..."`, `for ...`) stay.
TEST(ExtractorText, RegressionAsQuotedLabelEndsBeforeTimeAndPlaceTail) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign "
                                "stop in Flint, Mich., on Monday."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the Affordable Care Act as a “crazy system”");
  extractor.Extract(MakeArticle("Ham described Clinton as “a lifetime politician” who “has never accomplished a real "
                                "job in her life.”"),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].text.find("never accomplished"), std::string::npos) << quotes[0].text;
}

// `appeared on MSNBC on Tuesday`: a weak cue followed by nothing but a
// place and time tail is no statement; `wants to preserve ...` still is.
TEST(ExtractorText, RegressionWeakCueWithOnlyATailReportsNothing) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Dean appeared on MSNBC on Tuesday."), &quotes);
  EXPECT_TRUE(quotes.empty()) << quotes[0].text;
  extractor.Extract(MakeArticle("The coalition wants to preserve its non-endorsement policy."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
}

// `saying during the debate, "That makes me smart," when Clinton blasted
// him ...`: the time tail before the quote and the clause after it are not
// content, and the clause after it is an attribution of its own.
TEST(ExtractorText, RegressionQuoteClosingOnCommaEndsContent) {
  ExpectStatements("The spot shows footage of Trump saying during the debate last week, “That makes me smart,” when "
                   "Clinton blasted him for not paying income tax.",
                   {{"That makes me smart", "Trump"}, {"him for not paying income tax", "Clinton"}});
}

TEST(ExtractorText, RegressionInterposedAttributionFragments) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The museum, Mr. Obama said, would make visitors face uncomfortable truths."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(quotes[0].fragments.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Obama");
  EXPECT_NE(quotes[0].text.find("The museum"), std::string::npos) << quotes[0].text;
  EXPECT_NE(quotes[0].text.find("uncomfortable truths"), std::string::npos) << quotes[0].text;
  // An introductory phrase is not content: "On Monday, Peskov said, ...".
  extractor.Extract(MakeArticle("On Monday, Peskov said, the talks would go on."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].fragments.size(), 1u) << quotes[0].text;
}

// `While the mayor said ..., Smith also noted ...`: the clause a sentence
// opens with a subordinator ends at the comma before the main clause, which
// is an attribution of its own; so does a coordinated clause with a subject
// and a cue of its own (`... and engineers warned that ...`).
TEST(ExtractorText, RegressionClauseOfAnotherSubjectEndsContent) {
  ExpectStatements("While the mayor said the budget was tight, Councilwoman Jane Smith also noted that the schools "
                   "needed repairs.",
                   {{"the budget was tight", "mayor"}, {"the schools needed repairs", "Jane Smith"}});
  ExpectStatements("Officials said the bridge was unsafe and engineers warned that repairs would take years.",
                   {{"the bridge was unsafe", "Officials"}, {"repairs would take years", "engineers"}});
  // Without a cue of its own the second clause stays content.
  ExpectStatements("Officials said the bridge was unsafe and engineers were worried.",
                   {{"the bridge was unsafe and engineers were worried", "Officials"}});
}

// PolNeAR marks the complementizer as part of the content: the span keeps
// "that", the statement text does not.
TEST(ExtractorText, ComplementizerInSpanNotInText) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  Article a = MakeArticle("Peskov said that the talks were useful.");
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the talks were useful");
  ASSERT_EQ(quotes[0].fragments.size(), 1u);
  EXPECT_EQ(std::string_view(a.text).substr(quotes[0].fragments[0].begin, quotes[0].fragments[0].size()),
            "that the talks were useful");
}

// A weak cue with a quote, then a speech cue inside its content: the speech
// cue used to win and the weak one's statement was lost; now both stand.
TEST(ExtractorText, RegressionWeakQuotedCueBeforeSpeechCueKeepsBoth) {
  ExpectStatements("The union called the senator a “champion” for workers, citing her votes on overtime pay.",
                   {{"the senator a “champion” for workers", "union"}, {"her votes on overtime pay", "union"}});
  ExpectStatements("Only 40 percent of residents agreed that the mayor was “doing a good job,” while 55 percent said "
                   "she should resign.",
                   {{"the mayor was “doing a good job,”", "40 percent of residents"},
                    {"she should resign", "55 percent"}});
}

// A nested attribution is its own statement only when its content is a
// small part of the outer one; otherwise it repeats the outer statement.
TEST(ExtractorText, RegressionNestedStatementRepeatingTheOuterOneIsDropped) {
  ExpectStatements("Trump said that Clinton once described the trade pact as “the gold standard” of deals.",
                   {{"Clinton once described the trade pact as “the gold standard” of deals", "Trump"}});
  // `complained to the chairman that`: a prepositional "to" before "that"
  // is a tail to jump over, unlike an infinitive's.
  ExpectStatements("The senator said the bill stalled for weeks in committee and on the floor after lobbyists "
                   "complained to the chairman that it cost too much.",
                   {{"the bill stalled for weeks in committee and on the floor after lobbyists complained to the "
                     "chairman that it cost too much",
                     "senator"},
                    {"it cost too much", "lobbyists"}});
}

// `said A, and the council would ...`: after a comma, a conjunction with a
// subject and a finite verb of its own ends the reported content.
TEST(ExtractorText, RegressionCommaAndNewClauseEndsContent) {
  ExpectStatements("The mayor said the budget was balanced, and the council would vote on it in May.",
                   {{"the budget was balanced", "mayor"}});
}

// A nested attribution through a weak cue with a fair prior ("criticized")
// is a statement of its own.
TEST(ExtractorText, RegressionNestedWeakCueIsItsOwnStatement) {
  ExpectStatements("The senator said that after a long and bitter fight over the budget, Governor Hale "
                   "criticized the plan.",
                   {{"after a long and bitter fight over the budget, Governor Hale criticized the plan", "senator"},
                    {"the plan", "Hale"}});
}

// `..., the governor said when asked whether ...`: the question is a
// statement with no stated source.
TEST(ExtractorText, RegressionWhenAskedQuestionHasNoSource) {
  ExpectStatements("“We will not stop,” the governor said when asked whether the plant would close.",
                   {{"We will not stop", "governor"}, {"whether the plant would close", ""}});
}

// `X urged voters to "..." and said ...`: the verb phrase with the quote
// before "and said" is a statement of its own.
TEST(ExtractorText, RegressionQuotedVerbPhraseBeforeAndSaid) {
  ExpectStatements("Ms. Ortiz implored the council to “finish what it started” and said the vote could wait.",
                   {{"the council to “finish what it started”", "Ortiz"}, {"the vote could wait", "Ortiz"}});
}

// `"...." Novak said both parties are "..."`: a name and a cue after a
// quote closing on a period start the next sentence when a clause of their
// own follows ("said as he ..." still closes the quote's sentence); the
// quote before them, with no attribution, is no statement.
TEST(ExtractorText, RegressionNameAndCueWithClauseAfterQuoteStartNextSentence) {
  ExpectStatements("“The plan is dead.” Novak said both parties were “out of ideas” on housing.",
                   {{"both parties were “out of ideas” on housing", "Novak"}});
}

// Words after the quote that the writer adds end a mixed statement's
// content: a second verb phrase after "but", a relative clause on the quoted
// words, and an appositive or a dash gloss.
TEST(ExtractorText, RegressionWritersGlossAfterQuoteIsNoContent) {
  ExpectStatements("Novak said he would cast “a protest vote” in the primary but did not name a candidate.",
                   {{"he would cast “a protest vote” in the primary", "Novak"}});
  ExpectStatements("Novak described the tariff as “reckless,” which is how his rivals describe his own plan.",
                   {{"the tariff as “reckless,”", "Novak"}});
  ExpectStatements("Novak said he was “relieved” by the ruling — a rare concession from the governor.",
                   {{"he was “relieved” by the ruling", "Novak"}});
  ExpectStatements("Novak said the count had been “rigged” from the start, a claim the election board rejected.",
                   {{"the count had been “rigged” from the start", "Novak"}});
}

// `..., a woman shouted "..."`, `..., she replied: "..."`: a clause with a
// subject and a speech cue of its own after a comma or colon ends the first
// statement's content and is a statement of its own.
TEST(ExtractorText, RegressionLaterClauseWithOwnSpeakerEndsContent) {
  ExpectStatements("Novak said the hall was full, a woman shouted “Let him speak!”",
                   {{"the hall was full", "Novak"}, {"Let him speak!", "woman"}});
  ExpectStatements("Novak said the vote was close; the mayor replied: “It was not close at all.”",
                   {{"the vote was close", "Novak"}, {"It was not close at all.", "mayor"}});
}

// `X urges ... and repeatedly says, "..."`: an adverb between "and" and the
// second speech cue; the second statement has the same speaker.
TEST(ExtractorText, RegressionAdverbBeforeCoordinatedSpeechCue) {
  ExpectStatements("Ms. Ortiz urges the guard to open the gate and repeatedly says, “Let them in,” until the lights go "
                   "out.",
                   {{"the guard to open the gate", "Ortiz"}, {"Let them in", "Ortiz"}});
}

// A place or time tail after the cue and then a comma: a participle after it
// leaves the content before the cue; a verb after it goes on with the words
// before the speaker (an interposed attribution).
TEST(ExtractorText, RegressionTailAfterCueThenCommaKeepsContentBefore) {
  ExpectStatements("The tariffs are “a gift to smugglers,” Novak said in Vienna, adding that talks would go on.",
                   {{"The tariffs are “a gift to smugglers,”", "Novak"}, {"talks would go on", "Novak"}});
  ExpectStatements("These drivers, Novak explained at the hearing, were “paid fairly” for every shift.",
                   {{"These drivers were “paid fairly” for every shift", "Novak"}});
}

// `told voters this weekend he would ...`: "this weekend" is a time tail, not
// content; an adverb before a participle clause of the writer's still ends
// the content there.
TEST(ExtractorText, RegressionRelativeTimeTailAndAdverbParticiple) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The governor told Kovacs this weekend he would treat a veto as “a betrayal,” "
                                "openly staking his career on the bill."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "he would treat a veto as “a betrayal,”");
  EXPECT_EQ(quotes[0].addressee, "Kovacs");
}

// `X said that ..., although he wrote that he "..."`: a nested statement
// after a comma that holds the only quote is not part of the outer content.
TEST(ExtractorText, RegressionQuotedNestedStatementEndsOuterContent) {
  ExpectStatements("Petra Novak said that the summit would go ahead, although she wrote that she “regrets the delay.”",
                   {{"the summit would go ahead", "Petra Novak"}, {"she “regrets the delay.”", "Petra Novak"}});
}

// `... “dead on arrival,” adding, “...”`: a participle right after a quote
// that closes on a comma reports for the same speaker (the comma inside
// the marks used to hide it); a nested attribution in the first content
// stays.
TEST(ExtractorText, RegressionParticipleAfterQuoteClosingOnComma) {
  ExpectStatements("Novak told the radio host that the plan was “dead on arrival,” adding, “Nobody will vote for it.”",
                   {{"the plan was “dead on arrival,”", "Novak"}, {"Nobody will vote for it.", "Novak"}});
  ExpectStatements("Kovacs criticized the long delays in the repair of the old bridge and the mayor’s claim that it "
                   "was “perfectly safe,” saying the engineers disagreed.",
                   {{"the long delays in the repair of the old bridge and the mayor’s claim that it was “perfectly "
                     "safe,”",
                     "Kovacs"},
                    {"it was “perfectly safe,”", "mayor’s"},
                    {"the engineers disagreed", "Kovacs"}});
}

// `X <verb phrase the lexicon lacks> Y as a "..."` with the subject after an
// introductory phrase, an aside between subject and verb, a party tag, an
// irregular participle; a dash after the quote opens the writer's aside.
TEST(ExtractorText, RegressionSubjectVerbQuoteVariants) {
  ExpectStatements("In recent days, Kovacs has gone after the mayor as a “paper tiger” and a “coward.”",
                   {{"after the mayor as a “paper tiger” and a “coward.”", "Kovacs"}});
  ExpectStatements("Senator Ida Novak (D-Ore.), above all, has been quietly mocking the plan as a “fairy tale” ― "
                   "much as she did in 2019.",
                   {{"the plan as a “fairy tale”", "Ida Novak"}});
}

// "as <source> put it" opening or closing a sentence introduces the source's
// words; "put it" elsewhere reports nothing.
TEST(ExtractorText, RegressionAsSourcePutIt) {
  ExpectStatements("As one union leaflet put it, the new schedule is “a trap for night workers.”",
                   {{"the new schedule is “a trap for night workers.”", "one union leaflet"}});
  ExpectStatements("In short, the only test for the grant is a “proven need,” as a ministry memo put it.",
                   {{"the only test for the grant is a “proven need,”", "ministry memo"}});
  ExpectStatements("She put it on the shelf, as she always does.", {});
}

// `began taking calls from ...`: after a verb and a gerund a cue word in -s
// is a plural noun; `Exit polling shows ...` still reports.
TEST(ExtractorText, RegressionCueNounAfterGerund) {
  ExpectStatements("In 2009 the Rev. Ida Novak began taking calls from listeners to her “Straight Talk” hour.", {});
  ExpectStatements("Exit polling shows the mayor won most voters under 30.",
                   {{"the mayor won most voters under 30", "Exit polling"}});
}

// `told MSNBC's "Morning Joe" that ...`: a quoted show name is the
// addressee, not content.
TEST(ExtractorText, RegressionQuotedShowNameIsTheAddressee) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Novak told CNN’s “Early Start” that the budget would pass."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the budget would pass");
}

// Where it was said is no content: a quoted show name in the tail before
// "that", and "in a tweet" / "on Twitter" after the quoted words.
TEST(ExtractorText, RegressionShowNameAndMediumAreNoContent) {
  ExpectStatements("Novak said on NBC’s “Meet the Voters” that he would “look hard” at the bill.",
                   {{"he would “look hard” at the bill", "Novak"}});
  ExpectStatements("Novak called the count “rigged” in a tweet on Tuesday.", {{"the count “rigged”", "Novak"}});
}

// Sentence ends: a name, a cue, a comma and a quote after a quote closing on
// a period open the next statement; so does a parenthesis after a period.
TEST(ExtractorText, RegressionSentenceEndsBeforeCueCommaQuoteAndParenthesis) {
  ExpectStatements("Novak said voters wanted “a real choice.” Kovacs says, “They already have one.”",
                   {{"voters wanted “a real choice.”", "Novak"}, {"They already have one.", "Kovacs"}});
  ExpectStatements("The hall went quiet as the vote was read. (“We lost fair and square,” one delegate said.)",
                   {{"We lost fair and square", "one delegate"}});
}

// A dash and "while" after the quoted words open the writer's clause.
TEST(ExtractorText, RegressionDashWhileEndsContent) {
  ExpectStatements("Novak answered the attack by pointing to his \"A-plus\" rating from the teachers union — while his "
                   "critics have accused him of ignoring the schools.",
                   {{"his \"A-plus\" rating from the teachers union", "Novak"}});
}

// In a participle's content, a time clause after the quote ("when pressed
// ...", "after the talks ...") is the writer's.
TEST(ExtractorText, RegressionParticipleQuoteThenTimeClause) {
  ExpectStatements("Senator Ida Kovacs lost her temper at the hearing, telling him, “Why does that matter now?” when "
                   "pressed about the missing funds.",
                   {{"Why does that matter now?", "Ida Kovacs"}});
  ExpectStatements("At the hall, a group of nurses marched for an hour, chanting \"fair pay now\" after the talks broke "
                   "down.",
                   {{"fair pay now", "group"}});
}

// After a closing attribution, a participle clause running into a quote
// without a comma before it is no split quote's second half.
TEST(ExtractorText, RegressionParticipleClauseIsNoContinuationQuote) {
  ExpectStatements("\"The budget had everything: a bridge, a stadium,\" says the ad's narrator, going on to list a "
                   "series of other \"favors.\"",
                   {{"The budget had everything: a bridge, a stadium", "ad's narrator"},
                    {"a series of other \"favors.\"", "ad's narrator"}});
  // With the comma it is one (`..., pausing for effect, "and ..."`).
  ExpectStatements("\"Every time you say that,\" Novak said, pausing for effect, \"you help the other side.\"",
                   {{"Every time you say that you help the other side.", "Novak"}});
}

// `describing as "reckless" a plan to ...`: with the quoted label before
// the object, the object is the writer's pointer; the content ends with the
// label.
TEST(ExtractorText, RegressionLabelBeforeShiftedObject) {
  ExpectStatements("Mayor Ida Novak is describing as “reckless” a plan to close the night shelters.",
                   {{"as “reckless”", "Ida Novak"}});
}

// Markup with attributes outside quotations splits the text (a converter's
// `<tweet author="...">` placeholder pairs no quotes); inside a quotation it
// is the speaker's words, kept whole.
TEST(ExtractorText, MarkupTagsOutsideQuotesSplitInsideQuotesStay) {
  ExpectStatements("Novak said the vote was close. <post author=\"@kovacs\" date=\"2026-01-02\">Recount now!</post>",
                   {{"the vote was close", "Novak"}});
  ExpectStatements("“<img src=x onerror=\"alert(1)\"> was useful,” Novak said.",
                   {{"<img src=x onerror=\"alert(1)\"> was useful", "Novak"}});
}

}  // namespace
}  // namespace qtrack
