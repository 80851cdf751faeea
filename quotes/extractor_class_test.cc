// Tests of QuoteExtractor: what a statement reports (speech, belief,
// intent, event; asserts or denies) and what the desk view keeps.
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

// Class and polarity: what the cue reports. Each sentence is written for
// the test, after the kinds of error a desk met: denials stored as
// assertions, events and refusals filed as speech.
struct ClassCase {
  const char* text;
  const char* content;     // a substring of the statement's text
  const char* klass;       // "speech", "belief", "intent", "event"
  const char* polarity;    // "asserts", "denies"
};

const ClassCase kClassCases[] = {
    {"Mr Novak earlier denied his budget forecasts were too rosy.", "his budget forecasts were too rosy", "speech",
     "denies"},
    {"Ida Kovacs rubbished claims that the bridge was unsafe.", "claims that the bridge was unsafe", "speech",
     "denies"},
    {"The ministry rejected reports that the talks had failed.", "reports that the talks had failed", "speech",
     "denies"},
    {"The carmaker declined to provide guidance on next year's profits.", "to provide guidance", "event", "asserts"},
    {"Ida Kovacs refused to say whether the bridge would reopen.", "whether the bridge would reopen", "event",
     "asserts"},
    {"The town council has offered 2m pounds to the ferry company.", "2m pounds", "event", "asserts"},
    {"The mayor blasted the contractors for the delays in May.", "the contractors", "event", "asserts"},
    {"The town aims to finish the new bridge by May.", "finish the new bridge", "intent", "asserts"},
    {"The town aims to conclude the bridge talks by May.", "the bridge talks by May", "intent", "asserts"},
    {"Ida Kovacs believes the bridge is safe for lorries.", "the bridge is safe", "belief", "asserts"},
    {"Ida Kovacs hopes that the bridge will reopen in May.", "the bridge will reopen", "belief", "asserts"},
    {"Ida Kovacs said the bridge would reopen in May.", "the bridge would reopen", "speech", "asserts"},
    // An act with an infinitive or an object noun phrase is no statement.
    {"Northwind Bank agreed to buy a rival lender for $2bn.", "to buy a rival lender", "event", "asserts"},
    {"The council decided to close the old ferry terminal.", "to close the old ferry", "event", "asserts"},
    {"Acme Motors unveiled plans to build a new factory in Leeds.", "plans to build a new factory", "event",
     "asserts"},
    {"The council announced a review of the ferry contract.", "a review of the ferry contract", "event", "asserts"},
    {"The council announced the ferry would stop in May.", "the ferry would stop in May", "speech", "asserts"},
    // A speech verb under negation reports nothing said; a negated belief
    // denies its content.
    {"A ministry spokesman did not say why the ferry was late.", "why the ferry was late", "event", "asserts"},
    {"The investors do not think the offer is high enough.", "the offer is high enough", "belief", "denies"},
    // The same acts with a clause are statements.
    {"Ida Kovacs agreed that the bridge had been badly built.", "the bridge had been badly built", "speech",
     "asserts"},
};

// Every statement of `text`, whatever its confidence.
std::vector<Quote> AllStatements(const std::string& text) {
  QuoteOptions options;
  options.min_confidence = 0;
  std::vector<Quote> quotes;
  QuoteExtractor(options).Extract(MakeArticle(text), &quotes);
  return quotes;
}

TEST(ExtractorClass, CueSenseAndContentShape) {
  QuoteOptions options;
  options.min_confidence = 0;  // the class, not the decision, is under test
  QuoteExtractor extractor(options);
  for (const ClassCase& c : kClassCases) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(c.text), &quotes);
    const Quote* found = nullptr;
    for (const Quote& q : quotes)
      if (q.text.find(c.content) != std::string::npos) found = &q;
    ASSERT_NE(found, nullptr) << c.text;
    EXPECT_EQ(StatementClassName(found->statement_class), c.klass) << c.text;
    EXPECT_EQ(PolarityName(found->polarity), c.polarity) << c.text;
  }
}

// "Blair told to double overseas aid": the subject is the one addressed.
TEST(ExtractorClass, PassiveToldToIsAnEvent) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Kovacs told to resign over bridge delays"), &quotes);
  for (const Quote& q : quotes) EXPECT_EQ(q.statement_class, StatementClass::kEvent) << q.text;
}

// "Kovacs is said to have backed the plan", "the firm is thought to be
// weighing a bid", "the mayor is expected to seek more money", "who is
// usually noted for": hearsay or a passive about the subject, whose
// source the sentence does not name. The subject is not the speaker.
TEST(ExtractorClass, HearsayAboutTheSubjectHasNoSpeaker) {
  for (const Quote& q : AllStatements("Harbour boss Ida Kovacs is said to have backed the plan in private.\n"
                                      "Northwind is thought to be weighing a bid for the ferry line.\n"
                                      "The mayor is expected to seek more money from the council.\n"
                                      "It is her third ferry with Tomas Riley, who is usually noted for his caution."))
    EXPECT_EQ(q.speaker, "") << q.text;
  QuoteOptions options;
  options.min_confidence = 0;
  options.desk_view = true;
  QuoteExtractor desk_extractor(options);
  std::vector<Quote> desk;
  desk_extractor.Extract(MakeArticle("Harbour boss Ida Kovacs is said to have backed the plan in private."), &desk);
  EXPECT_TRUE(desk.empty()) << desk.front().speaker;
}

// "Harbour City seek a first win", "the firm is planning a ferry
// service": a pursuit with a thing for its object is the writer's account
// of an aim, an event. A position ("want a ban") or a pursuit with a
// clause or infinitive ("plans to close") is still a statement. "Ruled
// out closing" is a decision.
TEST(ExtractorClass, PursuitOfAThingIsAnEvent) {
  std::vector<Quote> quotes = AllStatements("Harbour City seek a first win at the tenth attempt.\n"
                                            "The Greens want a ban on jet skis in the bay.\n"
                                            "Northwind plans to close the ferry line in May.\n"
                                            "The council has ruled out closing the pier.");
  auto class_of = [&](const std::string& part) {
    for (const Quote& q : quotes)
      if (q.text.find(part) != std::string::npos) return std::string(StatementClassName(q.statement_class));
    return std::string("<none>");
  };
  EXPECT_EQ(class_of("first win"), "event");
  EXPECT_NE(class_of("ban on jet skis"), "event");
  EXPECT_EQ(class_of("close the ferry line"), "intent");
  EXPECT_NE(class_of("closing the pier"), "speech");  // a decision ("ruled out")
  // "Northwind is hoping to double its fleet": the writer's account of an
  // aim, not Northwind's stated intent.
  quotes = AllStatements("Northwind is hoping to double its fleet by 2010.");
  EXPECT_EQ(class_of("double its fleet"), "event");
}

// What the desk is shown: no events, no unattributed statements, and in a
// headline only a named speaker's own quote or "X says ...".
TEST(ExtractorDesk, HeadlinesEventsAndUnattributed) {
  QuoteOptions options;
  options.desk_view = true;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto desk = [&](const std::string& title, const std::string& text) {
    Article a = MakeArticle(text);
    a.title = title;
    std::vector<Quote> quotes;
    extractor.Extract(a, &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker + ": " + q.text);
    return out;
  };
  // A headline fragment and a passive "told to" are titles, not statements.
  EXPECT_EQ(desk("Mayor blasts builders", "Mayor blasts builders\nIda Kovacs said the bridge was safe."),
            std::vector<std::string>{"Ida Kovacs: the bridge was safe"});
  EXPECT_EQ(desk("Kovacs told to close bridge", "Kovacs told to close bridge\nThe council met on Monday."),
            std::vector<std::string>{});
  // The speaker's own quote in a headline stays.
  EXPECT_EQ(desk("Kovacs says she 'will not close' bridge", "Kovacs says she 'will not close' bridge\nThe council met."),
            std::vector<std::string>{"Kovacs: she 'will not close' bridge"});
  // Events and refusals are no statements; neither is a question with no
  // speaker.
  EXPECT_EQ(desk("", "The carmaker declined to provide guidance on its profits.\n"
                     "Asked whether the plant would close, the spokesman said nothing more."),
            std::vector<std::string>{});
}

// The desk is shown statements of someone: a name, a person or group
// ("the jury", "analysts", "one of the jurors"), or a body that publishes
// ("a report"); not a thing ("the film tells ...", "the budget seeks
// ...") nor a pronoun with a clitic.
TEST(ExtractorDesk, SpeakersAreSomeoneNotSomething) {
  QuoteOptions options;
  options.desk_view = true;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto desk = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker);
    return out;
  };
  EXPECT_EQ(desk("The documentary tells the story of a miner who returns home.\n"
                 "The film tells of a village that lost its school."),
            std::vector<std::string>{});
  EXPECT_EQ(desk("The new budget seeks to raise $4bn from fuel duty."), std::vector<std::string>{});
  EXPECT_EQ(desk("Analysts said the bank would raise rates.\nThe jury said the evidence was weak."),
            (std::vector<std::string>{"Analysts", "jury"}));
  EXPECT_EQ(desk("One of the jurors said the evidence was weak."), std::vector<std::string>{"One of the jurors"});
  EXPECT_EQ(desk("A report by the auditors said the scheme had lost money."),
            std::vector<std::string>{"report by the auditors"});
}

}  // namespace
}  // namespace qtrack
