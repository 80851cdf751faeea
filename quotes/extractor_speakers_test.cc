// Tests of QuoteExtractor: who speaks: names, roles, pronouns,
// organisations, participles and coordinated cues.
#include "quotes/extractor.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor_testing.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

using testing::ExpectStatements;
using testing::MakeArticle;

// "Northwind Europe's general manager, Tom Baxter, said": the name in
// apposition is the speaker, the description its role, and a later "she"
// is the described person, not an earlier speaker.
TEST(ExtractorSpeakers, DescriptionThenNameInApposition) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Ida Kovacs said the bridge was unsafe.\n"
                                "Northwind Europe's general manager, Tom Baxter, said sales had doubled.\n"
                                "The ferry line's chief executive, Ann Lee, said profits rose. "
                                "\"We expect more,\" she said.\n"
                                "The report, Bridges of Europe, says traffic fell."),
                    &quotes);
  std::map<std::string, std::pair<std::string, std::string>> by_text;
  for (const Quote& q : quotes) by_text[q.text] = {q.speaker, q.speaker_role};
  EXPECT_EQ(by_text["sales had doubled"], std::make_pair(std::string("Tom Baxter"),
                                                         std::string("Northwind Europe's general manager")));
  EXPECT_EQ(by_text["profits rose"],
            std::make_pair(std::string("Ann Lee"), std::string("The ferry line's chief executive")));
  EXPECT_EQ(by_text["We expect more"].first, "Ann Lee");
  // A thing is no role: "The report" keeps its own name.
  EXPECT_NE(by_text["traffic fell"].first, "Bridges of Europe");
}

// "Lord Brandon Hale, head of the unit, who has run it since 2000, said":
// the name before the description and the clause speaks; "Ambassador Jon
// Ericsson of Norway": the place after "of" is no part of the name.
TEST(ExtractorSpeakers, NameDescriptionAndClauseBeforeTheCue) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Lord Brandon Hale, head of the league's integrity unit, who has run the unit "
                                "since 2000, said the penalty was derisory.\n"
                                "The chairman of the working party, Ambassador Jon Ericsson of Norway, warned "
                                "that there was still much to do."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lord Brandon Hale");
  EXPECT_EQ(quotes[0].speaker_role, "head of the league's integrity unit");
  EXPECT_EQ(quotes[1].speaker, "Jon Ericsson");
}

// "Moscow rejects Trump's calls for a ceasefire": a cue word after a
// possessive is a noun; Trump said nothing here.
TEST(ExtractorSpeakers, CueAfterPossessiveIsANoun) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The council rejected Ida Kovacs's calls for a second bridge over the river."), &quotes);
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Ida Kovacs") << q.text;
}

// Pronouns resolve to someone the article identifies as a person, or to no
// one: "he" after a place ("Cape Town") stays unresolved, "who" takes the
// name just before it, "it" and "I" name no registry speaker; honorifics
// are no roles.
TEST(ExtractorSpeakers, PronounsAndHonorifics) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto speakers = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker + "|" + q.speaker_role);
    return out;
  };
  EXPECT_EQ(speakers("The envoy flew on to Cape Town. At a school there, he said the plan would work."),
            std::vector<std::string>{"|"});
  EXPECT_EQ(speakers("Mayor Ida Kovacs visited the site. Later she said the bridge would reopen."),
            std::vector<std::string>{"Ida Kovacs|Mayor"});
  EXPECT_EQ(speakers("Reporters met Bill Novak, a local builder, who said the piers were cracked."),
            std::vector<std::string>{"Bill Novak|"});
  EXPECT_EQ(speakers("It said the piers were cracked."), std::vector<std::string>{"|"});
  EXPECT_EQ(speakers("Mr Bill Novak said the piers were cracked."), std::vector<std::string>{"Bill Novak|"});
}

// A noun for a person opening a name run of three words or more is the
// role ("Singer Tom Jones"); a group's name, a first name before an initial
// and a two-word name keep every word.
TEST(ExtractorSpeakers, PersonNounBeforeNameIsRole) {
  QuoteExtractor extractor;
  auto speaker = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    return quotes.empty() ? std::string("-") : quotes[0].speaker + "|" + quotes[0].speaker_role;
  };
  EXPECT_EQ(speaker("Farmer Petra Novak said the harvest had failed."), "Petra Novak|Farmer");
  EXPECT_EQ(speaker("Referee Petr Kovacs said the goal should have stood."), "Petr Kovacs|Referee");
  EXPECT_EQ(speaker("Farmers Against Pylons said the route was wrong."), "Farmers Against Pylons|");
  EXPECT_EQ(speaker("Guy Novak said the route was wrong."), "Guy Novak|");
  EXPECT_EQ(speaker("Michael J Novak said the route was wrong."), "Michael J Novak|");
}

// "the company said" after an organisation spoke is that organisation;
// with none, or after people ("Analysts said"), it stays as written.
TEST(ExtractorSpeakers, TheCompanyIsTheOrganisationThatSpoke) {
  QuoteExtractor extractor;
  auto speakers = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker);
    return out;
  };
  EXPECT_EQ(speakers("Brightwater said sales rose by 4% in March.\nThe new plant will open in May, the company said."),
            (std::vector<std::string>{"Brightwater", "Brightwater"}));
  EXPECT_EQ(speakers("Analysts said sales rose by 4% in March.\nThe new plant will open in May, the company said."),
            (std::vector<std::string>{"Analysts", "company"}));
  EXPECT_EQ(speakers("The new plant will open in May, the company said."), std::vector<std::string>{"company"});
}

// "The Bank of Freedonia said": the organisation speaks, not the country
// after "of"; a person at an organisation stays the person.
TEST(ExtractorSpeakers, OrganisationOfPlaceIsOneName) {
  QuoteExtractor extractor;
  auto speaker = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    return quotes.empty() ? std::string("-") : quotes[0].speaker;
  };
  EXPECT_EQ(speaker("The Bank of Freedonia said inflation would fall."), "Bank of Freedonia");
  EXPECT_EQ(speaker("The National Union of Bakers said the strike would go ahead."), "National Union of Bakers");
  EXPECT_EQ(speaker("Petra Novak, an economist at the University of Freedonia, said inflation would fall."),
            "Petra Novak");
}

TEST(ExtractorRoles, RussianRoleBeforeNameWithCountryGenitive) {
  Article a = MakeArticle(
      "«Переговоры были крайне полезными», — заявил пресс-секретарь президента России Дмитрий Песков.");
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(quotes[0].speaker_role, "пресс-секретарь президента России");
  EXPECT_EQ(quotes[0].text, "Переговоры были крайне полезными");
}

// `in the Black Sea agreed upon on March 25`: a name inside an introductory
// phrase is not a speaker.
TEST(ExtractorSpeakers, RegressionNameInsideIntroPhraseIsNoSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(
      MakeArticle("Despite a truce in the Black Sea agreed upon on March 25, Russia has continued attacking cities."),
      &quotes);
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Black Sea") << q.text;
}

TEST(ExtractorSpeakers, PassiveHasNoSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("It was reported that the talks had stalled."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].speaker.empty());
  EXPECT_EQ(quotes[0].speaker_mention.size(), 0u);
}

// Raising verbs ("seems to") and passives ("is expected to") state no
// source: the statement has no speaker mention.
TEST(ExtractorSpeakers, RegressionRaisingVerbAndPassiveHaveNoSpeaker) {
  for (const char* text : {"The governor seems to favor a smaller budget this year.",
                           "The new tax is expected to raise billions for the state."}) {
    QuoteExtractor extractor;
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    ASSERT_EQ(quotes.size(), 1u) << text;
    EXPECT_TRUE(quotes[0].speaker_mention.empty()) << text;
    EXPECT_EQ(quotes[0].speaker, "") << text;
  }
}

// `X doubled down on his remarks about Y and said ...`: the speaker of a
// cue coordinated with an earlier verb phrase is the clause's subject.
TEST(ExtractorSpeakers, RegressionCueCoordinatedWithEarlierVerbPhrase) {
  ExpectStatements("In a radio interview with the local station, Kovacs doubled down on his remarks about the mayor "
                   "and said the budget was “a fraud” in every respect.",
                   {{"the budget was “a fraud” in every respect", "Kovacs"}});
}

// A quote after a colon that ends a sentence with no cue is a statement:
// the source is the name before the colon when only a dash or "from"
// stands before it, else the sentence's subject. So is one after a comma
// with no quote before it (of the subject, or of the last clause's);
// inside another statement's content it is no statement of its own.
TEST(ExtractorSpeakers, RegressionQuoteAfterColonOrCommaWithoutCue) {
  ExpectStatements("Novak said that if the council votes no, “the whole plan is dead.”",
                   {{"if the council votes no, “the whole plan is dead.”", "Novak"}});
  ExpectStatements("Kovacs went even further: “If the mayor runs again, she will lose.”",
                   {{"If the mayor runs again, she will lose.", "Kovacs"}});
  ExpectStatements("Suburbs drift away - Ida Novak: “Turnout in the suburbs rose by a third this year.”",
                   {{"Turnout in the suburbs rose by a third this year.", "Ida Novak"}});
  ExpectStatements("More from Novak: “The cities moved the other way.”", {{"The cities moved the other way.", "Novak"}});
  // A bracketed source tag may close the sentence.
  ExpectStatements("Suburbs drift away - Ida Novak: “Turnout rose in every county we surveyed.” [Gazette.]",
                   {{"Turnout rose in every county we surveyed.", "Ida Novak"}});
  // A participle before the colon is no source.
  ExpectStatements("Governor Ida Kovacs took to the radio, writing: “We will rebuild the bridge.”",
                   {{"We will rebuild the bridge.", "Ida Kovacs"}});
}

// A sentence opening with a quote that closes on a comma, "?" or "!", then
// a name and a verb the lexicon lacks (or the verb first): the quote is a
// statement of that name.
TEST(ExtractorSpeakers, RegressionOpeningQuoteWithVerbTheLexiconLacks) {
  ExpectStatements("“That was a disgrace,” Kovacs shot back with a laugh.", {{"That was a disgrace", "Kovacs"}});
  ExpectStatements("“We made it!” beamed Ida Novak, who drove six hours to the rally.",
                   {{"We made it!", "Ida Novak"}});
  ExpectStatements("“The way I see it,” she fumed, “nobody asked the voters.”",
                   {{"The way I see it nobody asked the voters.", ""}});
}

// `X said A, but said, “B”`: after a comma too, "and"/"but" and a second
// reporting verb report for the same subject.
TEST(ExtractorSpeakers, RegressionCommaButSaidContinuesSpeaker) {
  ExpectStatements("Novak said the members would still meet in the spring, but said, “We have to change how we vote.”",
                   {{"the members would still meet in the spring", "Novak"}, {"We have to change how we vote.", "Novak"}});
}

// A participle cue opening the sentence (alone or after "after") reports
// for the main clause's subject after the comma; the main clause is
// searched on its own.
TEST(ExtractorSpeakers, RegressionOpeningParticipleSpeaksForMainSubject) {
  ExpectStatements("After saying her voice was “too hoarse for another speech,” Ida Novak walked out.",
                   {{"her voice was “too hoarse for another speech,”", "Ida Novak"}});
  ExpectStatements("Noting that the vote would be “very close,” Kovacs said the council would meet again in June.",
                   {{"the vote would be “very close,”", "Kovacs"}, {"the council would meet again in June", "Kovacs"}});
  ExpectStatements("Acknowledging that the plan “has a few rough edges,” though, Kovacs did defend its budget.",
                   {{"the plan “has a few rough edges,”", "Kovacs"}});
}

// A paragraph closing on a colon with no cue the colon rule can use, and a
// quoted paragraph after it: the sentence's subject speaks.
TEST(ExtractorSpeakers, RegressionColonSentenceWithoutCueIntroducesQuotedParagraph) {
  ExpectStatements("On March 3, 2014, Novak made the following comment:\n“For older workers, the odds of finding "
                   "another job within a year are low.”",
                   {{"For older workers, the odds of finding another job within a year are low.", "Novak"}});
  ExpectStatements("Kovacs went on to say:\n“Nobody in this town wants another bridge.”",
                   {{"Nobody in this town wants another bridge.", "Kovacs"}});
}

// A participle's subject after a connective ("Then he ..., calling"): the
// comma before the cue closes no introductory phrase. A word after the
// subject's comma that is neither a participle nor a past tense ("Kovacs,
// eager to ...,") opens an aside, not the reporting verb.
TEST(ExtractorSpeakers, RegressionParticipleSubjectAfterConnective) {
  ExpectStatements("Then he turned on Novak, calling him a \"dud\" and accusing him of behaving as a \"sore loser.\"",
                   {{"him a \"dud\"", ""}, {"him of behaving as a \"sore loser.\"", ""}});
  ExpectStatements("But Ida Kovacs, eager all evening to jab her rivals for failing to lead, attacked Novak for dodging "
                   "the question.",
                   {{"Novak for dodging the question", "Ida Kovacs"}});
}

// "with" before a comma and a participle opens no clause of its own
// (`..., with the mayor saying ...` does): the participle keeps the
// sentence's subject.
TEST(ExtractorSpeakers, RegressionWithPhraseBeforeCommaParticiple) {
  ExpectStatements("Kovacs cheered in Tulsa with volunteers, calling the result “a fine evening for our county.”",
                   {{"the result “a fine evening for our county.”", "Kovacs"}});
}

// A participle after a quote that closes on a comma (`on “Morning Call,”
// calling ...`) reports for the sentence's subject.
TEST(ExtractorSpeakers, RegressionParticipleAfterQuotedTitleWithComma) {
  ExpectStatements("Kovacs, who backs the mayor, trashed the audit on the radio show “Morning Call,” calling it a "
                   "“hatchet job” from start to finish.",
                   {{"it a “hatchet job” from start to finish", "Kovacs"}});
}

// A later participle after "and" reports for the same speaker: across a
// quoted label after "as" and after a dash.
TEST(ExtractorSpeakers, RegressionLaterParticipleAfterAnd) {
  ExpectStatements("In May, Novak wrote her a note, addressing her warmly as “Ida” and telling her, “you are the best "
                   "mayor this town has had.”",
                   {{"her a note", "Novak"}, {"you are the best mayor this town has had.", "Novak"}});
  ExpectStatements("Kovacs pushed back on those claims Friday, saying that the plan was sound but was sunk by bad timing "
                   "- and arguing that he and Novak shared \"nearly all the same goals.\"",
                   {{"the plan was sound", "Kovacs"}, {"he and Novak shared \"nearly all the same goals.\"", "Kovacs"}});
}

// `X said ..., and called it "..."`: a weak cue after "and" goes on with
// the speaker when a quote follows it closely.
TEST(ExtractorSpeakers, RegressionAndWeakCueBeforeQuoteContinuesSpeaker) {
  ExpectStatements("Senator Ida Novak said the tax plan would help only the rich, and called it \"a gift to the donor "
                   "class.\"",
                   {{"the tax plan would help only the rich", "Ida Novak"},
                    {"it \"a gift to the donor class.\"", "Ida Novak"}});
}

// A participle the lexicon lacks after the content's comma, whose clause
// holds a quote and no cue, reports for the same speaker.
TEST(ExtractorSpeakers, RegressionUnknownParticipleWithQuoteContinuesSpeaker) {
  ExpectStatements("Mayor Ida Kovacs is again questioning the count in the county, nudging her voters to watch the polls "
                   "to be sure the vote is \"clean and fair.\"",
                   {{"the count in the county", "Ida Kovacs"},
                    {"her voters to watch the polls to be sure the vote is \"clean and fair.\"", "Ida Kovacs"}});
  // So after a closing attribution; "going on to <verb>" is the cue.
  ExpectStatements("\"It is silly to bring that up again,\" Novak said, going on to say that the town has spent \"years "
                   "fighting about all that.\"",
                   {{"It is silly to bring that up again", "Novak"},
                    {"the town has spent \"years fighting about all that.\"", "Novak"}});
  ExpectStatements("\"The plan cannot pass this year,\" the council said, reasoning that the mayor had \"no votes left "
                   "to spend.\"",
                   {{"The plan cannot pass this year", "council"}, {"the mayor had \"no votes left to spend.\"", "council"}});
}

// Inside a content, "and" before a participle cue (of the same speaker, or
// of a name of its own) ends it; the participle is a statement of its own.
TEST(ExtractorSpeakers, RegressionAndParticipleEndsContent) {
  ExpectStatements("After the talks, the two men spoke warmly, with Novak saying he was \"deeply encouraged\" and "
                   "Kovacs calling it a \"very good start.\"",
                   {{"he was \"deeply encouraged\"", "Novak"}, {"it a \"very good start.\"", "Kovacs"}});
  ExpectStatements("Kovacs went on the radio, calling the plan \"a total fraud\" and accusing the mayor of \"hiding the "
                   "numbers.\"",
                   {{"the plan \"a total fraud\"", "Kovacs"}, {"the mayor of \"hiding the numbers.\"", "Kovacs"}});
}

// "and then <verb>" ends a content and goes on with the same speaker, as
// "and <verb>" does.
TEST(ExtractorSpeakers, RegressionAndThenVerbContinuesSpeaker) {
  ExpectStatements("Novak attacked the auditor, calling her a \"weak auditor,\" and then posted that she was \"a "
                   "fraud!\"",
                   {{"the auditor", "Novak"},
                    {"her a \"weak auditor,\"", "Novak"},
                    {"she was \"a fraud!\"", "Novak"}});
}

// A quoted paragraph signed in the next one by a dash and a name.
TEST(ExtractorSpeakers, RegressionQuotedParagraphSignedByDashName) {
  ExpectStatements("\"We will fix the roads this year.\"\n- Ida Novak.", {{"We will fix the roads this year.", "Ida Novak"}});
  ExpectStatements("\"Great speech. She is ready.\"\n-Mayor Kovacs, writing after the speech.",
                   {{"Great speech. She is ready.", "Kovacs"}});
}

// A quote opening a multi-paragraph chain after another speaker's statement
// belongs to the chain's own attribution when that names someone else.
TEST(ExtractorSpeakers, RegressionMultiParagraphChainGoesToItsOwnSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("“It is a warning to everyone,” Rep. Ida Novak said Friday. “If the vote fails, we "
                                "start over.\n“And I doubt we can,” added Rep. Petr Kovacs."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Ida Novak");
  EXPECT_EQ(quotes[0].text, "It is a warning to everyone");
  EXPECT_EQ(quotes[1].speaker, "Petr Kovacs");
  EXPECT_NE(quotes[1].text.find("If the vote fails"), std::string::npos) << quotes[1].text;
}

// "A spokesman for Mr Novak said": the representative speaks for the
// principal; the statement is not the principal's own words.
TEST(ExtractorSpeakers, RepresentativeSpeaksOnBehalfOfPrincipal) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Mayor Ida Novak met the hauliers on Monday.\n"
                                "A spokeswoman for Ms Novak said the toll would be cut next month.\n"
                                "Ms Novak's press secretary said the council had not agreed the figures."),
                    &quotes);
  std::vector<const Quote*> said;
  for (const Quote& q : quotes)
    if (!q.speaker.empty()) said.push_back(&q);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(said[0]->speaker, "Ida Novak's spokeswoman");
  EXPECT_EQ(said[0]->on_behalf_of, "Ida Novak");
  EXPECT_EQ(said[1]->speaker, "Ida Novak's press secretary");
  EXPECT_EQ(said[1]->on_behalf_of, "Ida Novak");
  // Her own words still go to her.
  quotes.clear();
  extractor.Extract(MakeArticle("\"We will cut the toll,\" Mayor Ida Novak said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ida Novak");
  EXPECT_TRUE(quotes[0].on_behalf_of.empty());
}

}  // namespace
}  // namespace qtrack
