// Speaker resolution where a wrong name costs more than none: the cases
// here each come from a blind audit error class, written as new sentences.
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

std::vector<Quote> ExtractText(const std::string& text) {
  Article a;
  a.id = "test";
  a.text = text;
  a.published = "2025-04-14";
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  return quotes;
}

const Quote* FindByText(const std::vector<Quote>& quotes, const std::string& part) {
  for (const Quote& q : quotes)
    if (q.text.find(part) != std::string::npos) return &q;
  return nullptr;
}

// The speaker of the statement holding `part`; "<no statement>" when none
// holds it (which no expected speaker equals).
std::string SpeakerOf(const std::vector<Quote>& quotes, const std::string& part) {
  const Quote* q = FindByText(quotes, part);
  return q == nullptr ? "<no statement>" : q->speaker;
}

// The speakers of what the desk is shown of `text` (QuoteOptions::desk_view,
// no confidence floor), in order.
std::vector<std::string> DeskSpeakers(const std::string& text) {
  QuoteOptions options;
  options.desk_view = true;
  options.min_confidence = 0;
  Article a;
  a.id = "test";
  a.text = text;
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  std::vector<Quote> desk;
  QuoteExtractor(options).Extract(a, &desk);
  std::vector<std::string> speakers;
  for (const Quote& q : desk) speakers.push_back(q.speaker);
  return speakers;
}

// '"Tomas is the player we need," he said': the pronoun is not Tomas,
// whom the words speak of, though he is the person named last.
TEST(SpeakerResolution, PronounIsNotThePersonTheQuoteNames) {
  const std::vector<Quote> quotes = ExtractText(
      "Harbour City boss Evan Marsh is lining up a summer move for Porto striker Tomas Varga.\n"
      "\"Tomas is the kind of player who lifts a crowd and we are watching him,\" he told Radio Harbour.");
  const Quote* q = FindByText(quotes, "kind of player");
  ASSERT_NE(q, nullptr);
  // Who said it is a guess (Evan Marsh here, not always): unknown.
  EXPECT_EQ(q->speaker, "");
  // With no person named in the words, the pronoun still resolves.
  const std::vector<Quote> plain = ExtractText(
      "Harbour City manager Ellen Marsh spoke after the match.\n"
      "\"We are watching a few players,\" she told Radio Harbour.");
  EXPECT_EQ(SpeakerOf(plain, "watching a few players"), "Ellen Marsh");
}

// "Lord Hale" in the words does not name Lord Brandon: a title shared
// by two people is no name of either.
TEST(SpeakerResolution, ASharedTitleInTheQuoteIsNoName) {
  const std::vector<Quote> quotes = ExtractText(
      "Justice minister Lord Brandon answered questions on Tuesday.\n"
      "\"Lord Hale has my full support,\" he said.");
  EXPECT_EQ(SpeakerOf(quotes, "full support"), "Lord Brandon");
}

// "The Dock Workers Federation said": an organisation's name is whole even
// when an inner word ("Dock", "Police") is an organisation word; "the
// Association", later, is the association named in full before it, not a
// later one.
TEST(SpeakerResolution, OrganisationNamesStayWhole) {
  const std::vector<Quote> quotes = ExtractText(
      "The Police Federation has said it opposes the new patrol rules.\n"
      "The Association of Harbour Pilots warned that fees would rise. Costs were high, but the Association "
      "stressed that safety came first.\n"
      "The Rowing Association said the regatta would go ahead.");
  EXPECT_EQ(SpeakerOf(quotes, "opposes the new patrol rules"), "Police Federation");
  EXPECT_EQ(SpeakerOf(quotes, "safety came first"), "Association of Harbour Pilots");
  EXPECT_EQ(SpeakerOf(quotes, "regatta would go ahead"), "Rowing Association");
}

// "The label said" refers back to a record company, not to the school
// that spoke last.
TEST(SpeakerResolution, AGenericNounIsNoOtherKindOfOrganisation) {
  const std::vector<Quote> quotes = ExtractText(
      "St Aidan's High School said it had complained about the video.\n"
      "The label said the school in the song was made up.");
  const Quote* q = FindByText(quotes, "school in the song");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "St Aidan's High School");
}

// "According to an advance text released by officials, he said": a
// conduit is a named source or a document, not any phrase after
// "according to".
TEST(SpeakerResolution, AConduitIsNamedOrADocument) {
  const std::vector<Quote> quotes = ExtractText(
      "Finance minister Jon Kell spoke at the conference on Monday.\n"
      "According to an advance text released by aides, he told delegates: \"We must hold our nerve.\"\n"
      "Prices will rise next year, Jon Kell said, according to Reuters.");
  const Quote* nerve = FindByText(quotes, "hold our nerve");
  ASSERT_NE(nerve, nullptr);
  EXPECT_EQ(nerve->via, "");
  const Quote* prices = FindByText(quotes, "Prices will rise");
  ASSERT_NE(prices, nullptr);
  EXPECT_EQ(prices->via, "Reuters");
}

// A time phrase opening the sentence is no part of the speaker, and an
// ampersand is part of a name: "Last week Preston Town Council",
// "an H&K spokesman".
TEST(SpeakerResolution, TimeWordsAndAmpersandsInTheSpeakerPhrase) {
  const std::vector<Quote> quotes = ExtractText(
      "Last week Dunmore Town Council reported that 900 voters were missing from the roll.\n"
      "However, an H&K spokesman said on Sunday it had seen no bid.\n"
      "On Monday the Kent Harbour Board said the quay would close.");
  EXPECT_EQ(SpeakerOf(quotes, "900 voters"), "Dunmore Town Council");
  EXPECT_EQ(SpeakerOf(quotes, "no bid"), "H&K spokesman");
  EXPECT_EQ(SpeakerOf(quotes, "quay would close"), "Kent Harbour Board");
}

// "Critics say A, but supporters say B": two statements, and A ends
// before "but supporters say".
TEST(SpeakerResolution, CoordinatedAttributionsSplitTheContent) {
  const std::vector<Quote> quotes = ExtractText(
      "Critics say the levy is a tax on the poor, but supporters say it keeps the buses running.");
  const Quote* critics = FindByText(quotes, "tax on the poor");
  ASSERT_NE(critics, nullptr);
  EXPECT_EQ(critics->text, "the levy is a tax on the poor");
  EXPECT_EQ(SpeakerOf(quotes, "buses running"), "supporters");
  // Reported speech inside reported speech stays whole.
  const std::vector<Quote> nested = ExtractText("The minister said that the inspectors had said the dam was safe.");
  EXPECT_EQ(SpeakerOf(nested, "dam was safe"), "minister");
}

// The desk view is the full view filtered: a statement the desk is not
// shown (an event) still tells who "he" is afterwards, as it does in the
// full view.
TEST(SpeakerResolution, DeskViewIsTheFullViewFiltered) {
  const std::string text =
      "Veteran prop Karl Brandt is expecting a hard game in Cardiff on Saturday.\n"
      "The forward has had a fine season, and coach Ian Dale has kept him in the side.\n"
      "\"The Welsh scrum is strong,\" he told Radio Harbour.";
  Article a;
  a.id = "test";
  a.text = text;
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  QuoteOptions full_options;
  full_options.min_confidence = 0;
  QuoteOptions desk_options = full_options;
  desk_options.desk_view = true;
  std::vector<Quote> full, desk;
  QuoteExtractor(full_options).Extract(a, &full);
  QuoteExtractor(desk_options).Extract(a, &desk);
  std::vector<std::string> shown;
  for (const Quote& q : full)
    if (q.statement_class != StatementClass::kEvent && !q.speaker.empty()) shown.push_back(q.speaker + ": " + q.text);
  std::vector<std::string> got;
  for (const Quote& q : desk) got.push_back(q.speaker + ": " + q.text);
  EXPECT_EQ(got, shown);
  EXPECT_EQ(got, std::vector<std::string>{"Karl Brandt: The Welsh scrum is strong"});
}

// "wanted her to dance", "defended her record": "her" is an object, not a
// subject, so no clause follows: a wish for another's act is an intent,
// and "defended her record" reports no words. A denied act ("denies
// taking bribes") is a denial all the same.
TEST(SpeakerResolution, ObjectPronounsOpenNoClause) {
  const std::vector<Quote> quotes = ExtractText(
      "Director Ivo Marek wanted her to dance for his company.\n"
      "Minister Jo Hart defended her record on Tuesday.\n"
      "Councillor Tom Reyes denies taking bribes from the builders.");
  const Quote* wanted = FindByText(quotes, "to dance");
  ASSERT_NE(wanted, nullptr);
  EXPECT_EQ(wanted->statement_class, StatementClass::kIntent);
  const Quote* record = FindByText(quotes, "her record");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->statement_class, StatementClass::kEvent);
  const Quote* bribes = FindByText(quotes, "taking bribes");
  ASSERT_NE(bribes, nullptr);
  EXPECT_EQ(bribes->polarity, Polarity::kDenies);
}

// "Critics of Mr Hale said": people described by how they relate to a name
// are not that name; "Lawyers for Ms Kerr" speak for her; "Ms Kerr, a
// friend of the mayor," is Ms Kerr.
TEST(SpeakerResolution, PeopleRelatedToANameAreNotThatName) {
  const std::vector<Quote> quotes = ExtractText(
      "Critics of Mr Hale said the plan would fail.\n"
      "Residents of Dunmore said the road was dangerous.\n"
      "Lawyers for Ann Kerr said the case was weak.\n"
      "Ann Kerr, a friend of the mayor, said he was kind.");
  EXPECT_EQ(SpeakerOf(quotes, "plan would fail"), "Critics of Mr Hale");
  EXPECT_EQ(SpeakerOf(quotes, "road was dangerous"), "Residents of Dunmore");
  const Quote* lawyers = FindByText(quotes, "case was weak");
  ASSERT_NE(lawyers, nullptr);
  EXPECT_EQ(lawyers->speaker, "Ann Kerr's lawyers");
  EXPECT_EQ(lawyers->on_behalf_of, "Ann Kerr");
  EXPECT_EQ(SpeakerOf(quotes, "he was kind"), "Ann Kerr");
}

// "A court was told", "She was told her post was cut": the subject of a
// passive cue heard the words, it did not say them. And "the Greens", a
// name after "the", is no one a later "he" can mean.
TEST(SpeakerResolution, PassiveCuesAndPluralNames) {
  const std::vector<Quote> passive = ExtractText("The pilot, Ida Lund, was told her post had been cut.");
  const Quote* told = FindByText(passive, "post had been cut");
  EXPECT_TRUE(told == nullptr || told->statement_class == StatementClass::kEvent);
  const std::vector<Quote> plural = ExtractText(
      "The Harbour Greens have claimed the port is polluted. In a new book he alleges that the mayor lied.");
  EXPECT_EQ(SpeakerOf(plural, "mayor lied"), "");
}

// "Tony Kerr, the Dunmore MP, whose seat includes the port, said": the
// name before the description and the clause speaks.
TEST(SpeakerResolution, NameDescriptionAndWhoseClause) {
  const std::vector<Quote> quotes = ExtractText(
      "Unions have signed a motion, and Tony Kerr, the Dunmore MP, whose seat includes the port, has said the "
      "sale is wrong.");
  EXPECT_EQ(SpeakerOf(quotes, "sale is wrong"), "Tony Kerr");
}

// "..., said the 24-year-old" is the person quoted just before; "It", "One"
// or "Russian" alone names no one the desk can be shown.
TEST(SpeakerResolution, AgeDescriptionsAndBareWords) {
  const std::vector<Quote> quotes = ExtractText(
      "\"It was a great night,\" said sprinter Jo Dale. \"I am tired now,\" said the 24-year-old.");
  EXPECT_EQ(SpeakerOf(quotes, "I am tired now"), "Jo Dale");
  EXPECT_EQ(DeskSpeakers("The Russian said she had done nothing wrong.\nOne said the match was fixed."),
            std::vector<std::string>{});
}

// "Singer Ana Lind" then "Lind said": the noun is her role, not part of
// her name; "Consumer Gadget Show" keeps its first word, as an
// organisation's name.
TEST(SpeakerResolution, ANounOpeningANameRunIsTheRole) {
  const std::vector<Quote> quotes = ExtractText(
      "Singer Ana Lind Berg has cancelled her tour.\n"
      "\"I need a rest,\" Berg said.\n"
      "The Consumer Gadget Show opened on Monday. The Show said 90,000 people came.");
  const Quote* rest = FindByText(quotes, "I need a rest");
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(rest->speaker, "Ana Lind Berg");
  EXPECT_EQ(rest->speaker_role, "Singer");
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Gadget Show");
}

// "The Herald's Ann Kerr in Moscow says", "analyst Nick Van den Bosch of
// Dunmore Bank said": the person, not the place or the employer; "the
// Bank of Dunmore said" stays the bank.
TEST(SpeakerResolution, NameBeforePlaceOrEmployer) {
  const std::vector<Quote> quotes = ExtractText(
      "The Herald's Ann Kerr in Moscow says the talks have stalled.\n"
      "Aviation analyst Nick Van den Bosch of Dunmore Securities said results were modest.\n"
      "The Bank of Dunmore said rates would rise.");
  EXPECT_EQ(SpeakerOf(quotes, "talks have stalled"), "Ann Kerr");
  EXPECT_EQ(SpeakerOf(quotes, "results were modest"), "Nick Van den Bosch");
  EXPECT_EQ(SpeakerOf(quotes, "rates would rise"), "Bank of Dunmore");
}

// "Defiant Matt Kerr said", "Paris-based Dunmore said", "Until December
// Dunmore said": a mood, a compound in lower case or a month the sentence
// capitalised is no part of the name; "New Zealand" and "Star Line" keep
// their first word.
TEST(SpeakerResolution, MoodsCompoundsAndMonthsOpenNoName) {
  const std::vector<Quote> quotes = ExtractText(
      "Defiant Matt Kerr said his side would recover.\n"
      "Paris-based Dunmore said profits rose.\n"
      "Until December Harbourtel said the flaw was minor.\n"
      "Star Line said the ferry would sail.");
  EXPECT_EQ(SpeakerOf(quotes, "would recover"), "Matt Kerr");
  EXPECT_EQ(SpeakerOf(quotes, "profits rose"), "Dunmore");
  EXPECT_EQ(SpeakerOf(quotes, "flaw was minor"), "Harbourtel");
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Line");
}

// '"...," said the Harbour City winger': a description of one person
// after a quotation speaks for whom the sentence before is about, and
// stays as the role. A "he" there, a name after "the" or a preposition,
// or a description before its quotation resolves to no one.
TEST(SpeakerResolution, DescriptionAfterAQuoteIsTheSentenceSubject) {
  auto quotes = ExtractText(
      "Coach Anna Berg praised the squad after the win over Dunmore.\n"
      "Full-back Tomas Riley scored twice. Matchwinner Riley was full of praise for Berg's tactics. "
      "\"The plan worked from the first whistle,\" said the Harbour City winger.\n"
      "Berg later met Riley's agent. He asked for a new deal. "
      "\"We need an answer soon,\" said the Harbour City captain.\n"
      "With the Dunmore Rovers' season over, Berg looks ahead. "
      "\"The cup is next,\" said the Harbour City manager.\n"
      "Riley trained with the Dunmore Rovers. \"They are quick,\" said the young striker.\n");
  ASSERT_FALSE(quotes.empty());
  EXPECT_EQ(SpeakerOf(quotes, "plan worked"), "Tomas Riley");
  const Quote* q = FindByText(quotes, "plan worked");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_role, "Harbour City winger");
  EXPECT_NE(SpeakerOf(quotes, "answer soon"), "Tomas Riley");  // "He asked": a guess
  EXPECT_NE(SpeakerOf(quotes, "answer soon"), "Anna Berg");
  EXPECT_EQ(SpeakerOf(quotes, "cup is next"), "Anna Berg");  // not "the Dunmore Rovers"
  EXPECT_EQ(SpeakerOf(quotes, "are quick"), "Tomas Riley");
}

// Names of organisations with an ampersand, a day or a portfolio word in
// them keep those words: "M&S", "The Sunday Herald", "World Health
// Organisation".
TEST(SpeakerResolution, AmpersandDayAndPortfolioWordsStayInOrganisationNames) {
  const std::vector<Quote> quotes = ExtractText(
      "Q&L said sales rose in March.\n"
      "The Sunday Herald says the harbour board considered a buyout.\n"
      "The World Health Organisation said 9,000 people were treated.\n"
      "Rapper 40 Watt said the feud was over.\n");
  EXPECT_EQ(SpeakerOf(quotes, "sales rose"), "Q&L");
  EXPECT_EQ(SpeakerOf(quotes, "considered a buyout"), "Sunday Herald");
  EXPECT_EQ(SpeakerOf(quotes, "people were treated"), "World Health Organisation");
  EXPECT_EQ(SpeakerOf(quotes, "feud was over"), "40 Watt");  // a number opening a one-word name
}

// "There are fears that ...", "Many believe ...", "Currently, analysts
// say": one word the sentence capitalises names no one the desk can
// check; a one-word name the article also writes mid-sentence does.
TEST(SpeakerResolution, SentenceOpeningWordsAreNoDeskSpeakers) {
  EXPECT_EQ(DeskSpeakers("There are fears that the ferry line will close.\n"
                         "Many believe the harbour will be sold.\n"
                         "Northwind said fares would rise. Shares in Northwind fell.\n"),
            std::vector<std::string>{"Northwind"});
}

// "May" is a month and a modal, and a surname: "Guitarist Ana May has
// said", and "May said" once the article named her, speak as Ana May;
// "In May the firm said" is the month.
TEST(SpeakerResolution, MayAfterAFirstNameIsASurname) {
  const std::vector<Quote> quotes = ExtractText(
      "Guitarist Ana May has said she expects the tour to sell out.\n"
      "The band will play in March. May said the shows would be loud.\n"
      "In May the harbour firm said profits rose.\n");
  EXPECT_EQ(SpeakerOf(quotes, "tour to sell out"), "Ana May");
  EXPECT_EQ(SpeakerOf(quotes, "shows would be loud"), "Ana May");
  EXPECT_EQ(SpeakerOf(quotes, "profits rose"), "harbour firm");
}

// "The Shadow Secretary for Harbours, Ana Lind, said": a description
// opening with "the" and a title is the role of the name after it,
// though it ends in a capitalised word.
TEST(SpeakerResolution, TitledDescriptionThenNameInApposition) {
  const std::vector<Quote> quotes =
      ExtractText("The Shadow Secretary for Harbours, Ana Lind, said: \"These plans were announced in May.\"\n");
  const Quote* q = FindByText(quotes, "These plans");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ana Lind");
  EXPECT_EQ(q->speaker_role, "The Shadow Secretary for Harbours");
}

// A representative or a description with the person's name beside it
// is that person: "Mr Lind's former adviser Jo Marsh, now a candidate,
// said", "Jo Marsh, a prospective candidate said" (no second comma). A
// day opening the sentence is no name: "On Monday, the harbour
// spokeswoman said".
TEST(SpeakerResolution, NamedRepresentativesAndDescriptions) {
  const std::vector<Quote> quotes = ExtractText(
      "Ana Lind praised the plan.\n"
      "But Ms Lind's former adviser Jo Marsh, now a candidate, said the gap was 35m.\n"
      "Tomas Riley, a prospective parliamentary candidate said the ferry had roused the town.\n"
      "On Monday, the harbour spokeswoman said the pier would reopen.\n");
  EXPECT_EQ(SpeakerOf(quotes, "gap was 35m"), "Jo Marsh");
  EXPECT_EQ(SpeakerOf(quotes, "roused the town"), "Tomas Riley");
  EXPECT_EQ(SpeakerOf(quotes, "pier would reopen"), "harbour spokeswoman");
}

// "Mr Riley said he rejected the idea that ...": a denial reported as
// said is a denial.
TEST(SpeakerResolution, SaidHeRejectedIsADenial) {
  const std::vector<Quote> quotes =
      ExtractText("Mr Riley said he rejected the idea that the ferry line was losing money.\n");
  const Quote* q = FindByText(quotes, "losing money");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->polarity, Polarity::kDenies);
}

// Surnames are often nouns for people ("Cook", "Baker", "Christian"): a
// role word before them is still the role. "DJ Ana Cook", "Lib Dem Tomas
// Baker", "Wing Jo Knight" speak as the person; "Consumer Ferry Show"
// stays an organisation's name.
TEST(SpeakerResolution, RoleWordsBeforeSurnamesThatAreNouns) {
  const std::vector<Quote> quotes = ExtractText(
      "DJ Ana Cook said dance music was alive.\n"
      "Lib Dem Tomas Baker said the plan was flawed.\n"
      "Wing Jo Knight said the team was tired.\n"
      "Lawyer Ida Christian said the law was wrong.\n");
  EXPECT_EQ(SpeakerOf(quotes, "dance music"), "Ana Cook");
  EXPECT_EQ(SpeakerOf(quotes, "plan was flawed"), "Tomas Baker");
  EXPECT_EQ(SpeakerOf(quotes, "team was tired"), "Jo Knight");
  EXPECT_EQ(SpeakerOf(quotes, "law was wrong"), "Ida Christian");
  const Quote* q = FindByText(quotes, "plan was flawed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_role, "Lib Dem");
}

// "Kate Winslow joined Staunton, who told reporters ...": the relative
// clause speaks for the name written right before it, not for the person
// whose name came last.
TEST(SpeakerResolution, WhoIsTheNameWrittenBeforeIt) {
  const std::vector<Quote> quotes = ExtractText(
      "Actress Ida Staunton praised the director.\n"
      "Singer Kate Winslow joined Staunton, who told reporters the film was a surprise.\n");
  EXPECT_EQ(SpeakerOf(quotes, "film was a surprise"), "Ida Staunton");
}

// "Ana Lind branded Mr Riley "reckless" for claiming ...": the words are
// the object's, Riley's; a later "she said" is still Lind's.
TEST(SpeakerResolution, BlamedForSayingIsTheObjectsWords) {
  const std::vector<Quote> quotes = ExtractText(
      "Harbour boss Tomas Riley spoke on Monday.\n"
      "Councillor Ana Lind branded Mr Riley \"reckless\" for claiming the pier was safe. "
      "\"The evidence does not support him,\" she said.\n");
  EXPECT_EQ(SpeakerOf(quotes, "pier was safe"), "Tomas Riley");
  EXPECT_EQ(SpeakerOf(quotes, "evidence does not support"), "Ana Lind");
}

// "Mr De Vries said": a two-word surname speaks as the full name given
// before ("Julio De Vries"), not a title the person list kept ("US
// Attorney Ana Lind" then "Ana Lind" stays "Ana Lind").
TEST(SpeakerResolution, TwoWordSurnameTakesTheFullName) {
  const std::vector<Quote> quotes = ExtractText(
      "Planning minister Julio De Vries met the firm.\n"
      "Mr De Vries said the state would not pay.\n"
      "US Attorney Ana Lind filed charges. Ana Lind said the vendors would plead guilty.\n");
  EXPECT_EQ(SpeakerOf(quotes, "state would not pay"), "Julio De Vries");
  EXPECT_EQ(SpeakerOf(quotes, "vendors would plead"), "Ana Lind");
}

// "Support for the plan has grown, analysts say" gives no speaker
// "Support": a word the article also writes in lower case is a common
// word capitalised by the sentence.
TEST(SpeakerResolution, CommonWordOpeningTheSentenceIsNoDeskSpeaker) {
  EXPECT_EQ(DeskSpeakers("Optimism said the harbour would reopen soon.\n"
                         "The mood in the town lifted, and optimism grew.\n"),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace qtrack
