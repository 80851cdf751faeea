// Tests for own-voice claim detection: sentence splitting, the
// sentence-level table (sentence → claim or not, and why), and the seed
// article end to end (testdata/kyiv_independent_2025-04-14.txt).
#include "claims/own_voice.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/text_reader.h"
#include "quotes/extractor.h"

namespace qtrack {
namespace {

std::vector<std::string> Split(std::string_view p) {
  std::vector<Span> spans;
  SplitSentences(p, 0, &spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(p.substr(s.begin, s.size()));
  return out;
}

TEST(SplitSentencesTest, AbbreviationsInitialsAndAcronyms) {
  EXPECT_EQ(Split("Steve Witkoff, U.S. President Donald Trump's envoy, met Putin in St. Petersburg. "
                  "Dr. J. Smith agreed."),
            (std::vector<std::string>{
                "Steve Witkoff, U.S. President Donald Trump's envoy, met Putin in St. Petersburg.",
                "Dr. J. Smith agreed."}));
  EXPECT_EQ(Split("Aid arrived from the U.S. The talks ended."),
            (std::vector<std::string>{"Aid arrived from the U.S.", "The talks ended."}));
  EXPECT_EQ(Split("\"Is it over?\" he asked. It was not."),
            (std::vector<std::string>{"\"Is it over?\" he asked.", "It was not."}));
  EXPECT_EQ(Split("Prices rose 3.5 percent on Jan. 5 in Kyiv!  Really?"),
            (std::vector<std::string>{"Prices rose 3.5 percent on Jan. 5 in Kyiv!", "Really?"}));
  EXPECT_EQ(Split("It was 2025. (Russian Presidential Office)"),
            (std::vector<std::string>{"It was 2025.", "(Russian Presidential Office)"}));
  EXPECT_EQ(Split("Russia wants to react with…"), (std::vector<std::string>{"Russia wants to react with…"}));
  EXPECT_EQ(Split("Headline without a stop\nNext line."),
            (std::vector<std::string>{"Headline without a stop", "Next line."}));
  // One list of abbreviations (text/abbreviations.h), whatever their case;
  // an acronym in capitals ends a sentence, "No." only before a number.
  EXPECT_EQ(Split("Acme Ltd. and Gen. Lee met. Sources told the FT. But it was denied. It was no. 2 or No. 3."),
            (std::vector<std::string>{"Acme Ltd. and Gen. Lee met.", "Sources told the FT.", "But it was denied.",
                                      "It was no. 2 or No. 3."}));
  EXPECT_TRUE(Split("   ").empty());
}

TEST(SplitSentencesTest, OffsetsAreShiftedByBase) {
  std::vector<Span> spans;
  SplitSentences(" One two three. Four five six.", 100, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{101, 115}));
  EXPECT_EQ(spans[1], (Span{116, 130}));
}

// Sentence → claim at the default threshold, or the gate that rejected it,
// plus the features that decided.
struct Case {
  const char* sentence;
  bool claim;
  const char* rejected_by;  // "" when scored (claim or below threshold)
  const char* features;     // letters that must be set: see Flags()
};

// N named entity, P predicate, V assertive verb, #: number, D date, W weekday,
// C causal, M comparative, H hedged, Q question, 1 first person,
// 2 second person, I imperative, S speech cue, T title case, X scene,
// $ money or percentage, A public-affairs noun, L sport/entertainment noun.
std::string Flags(const ClaimFeatures& f) {
  std::string s;
  if (f.has_named_entity) s += 'N';
  if (f.has_predicate) s += 'P';
  if (f.assertive_verb) s += 'V';
  if (f.has_number) s += '#';
  if (f.has_date) s += 'D';
  if (f.has_weekday) s += 'W';
  if (f.causal) s += 'C';
  if (f.comparative) s += 'M';
  if (f.hedged) s += 'H';
  if (f.question) s += 'Q';
  if (f.first_person) s += '1';
  if (f.second_person) s += '2';
  if (f.imperative) s += 'I';
  if (f.speech_cue) s += 'S';
  if (f.title_case) s += 'T';
  if (f.scene) s += 'X';
  if (f.money) s += '$';
  if (f.public_affairs_words > 0) s += 'A';
  if (f.leisure_words > 0) s += 'L';
  return s;
}

constexpr Case kCases[] = {
    // Claims: named entity + predicate, numbers, dates, causes, comparisons.
    // Short assertions about a named entity are the narrative rule's.
    {"The Georgian protests were organized by foreign agents", true, "", "NPVC"},
    {"Brussels is preparing a provocation", true, "", "NPV"},
    {"There is a famine in Moldova", true, "", "NP"},
    {"Witkoff has drawn criticism for echoing Kremlin narratives regarding Russia's illegal "
     "occupation of Ukrainian territory.",
     true, "", "NPV"},
    {"The talks come as Moscow continues to reject Trump's calls for a full ceasefire between "
     "Russia and Ukraine, a proposal Kyiv supported.",
     true, "", "NPV"},
    {"Prices rose 40 percent in 2024 because of the sanctions.", true, "", "PV#DCM"},
    {"Germany has suffered more from the sanctions imposed on Iran", true, "", "NPVM"},
    {"Aid groups in Syria hide abuse and extortion behind a charity brand", true, "", "NPV"},
    {"Ban of Sputnik Estonia is illegal", true, "", "NP"},
    {"NATO preparing invasion of Belarus", true, "", "NP"},
    {"Thirty Polish volunteers died and 150 were hospitalized with the\xE2\x80\xA6", true, "", "NPV#"},
    {"Latvia lives in fear of Moscow", true, "", "NPV"},
    // Claims the fitted model keeps: amounts and the nouns of public affairs.
    {"The council will raise the parking tax by 12% to pay for road repairs.", true, "", "PV#$A"},
    {"The bank was fined \xC2\xA3" "2m by the regulator for misleading savers.", true, "", "PV$A"},
    // Verifiable but seldom worth a desk's time: sport and entertainment.
    {"The striker scored twice in the second half as the champions won the cup.", false, "", "PVL"},
    {"The film follows a young singer on her first tour of the country.", false, "", "PVL"},
    // Not claims: scored too low.
    {"It happened on Monday.", false, "", "PVW"},
    {"The sun rose over the quiet streets.", false, "", "PVX"},
    {"We visited the front line.", false, "", "PV1"},
    {"Be among the first to get it.", false, "", "PI"},
    // Not claims: gates.
    {"Is NATO preparing a provocation?", false, "question", "Q"},
    {"Zelensky invites Trump to Ukraine, says \xE2\x80\x98Russian narratives are prevailing in US\xE2\x80\x99",
     false, "announces_quote", "S"},
    {"'Extremely useful' \xE2\x80\x94 Kremlin praises Putin-Witkoff meeting", false, "announces_quote", "S"},
    {"* indicates required", false, "too_short", ""},
    {"Enter your email to subscribe", false, "boilerplate", ""},
    {"This audio is created with AI assistance", false, "boilerplate", ""},
    {"Thank you for signing up for this newsletter.", false, "boilerplate", ""},
    {"War Analysis Russia\xE2\x80\x99s War National Human Story Field Report Company News", false,
     "no_predicate", "NT"},
    {"News Feed, Russia, United States, Vladimir Putin, Steve Witkoff", false, "no_predicate", "N"},
    {"The Kyiv IndependentVolodymyr Ivanyshyn", false, "no_predicate", "N"},
    {"Explaining Ukraine with Kate Tsurkan", false, "no_predicate", "N"},
    {"Edit post", false, "too_short", ""},
};

TEST(ScoreSentenceTest, Table) {
  for (const Case& c : kCases) {
    ClaimFeatures f = ScoreSentence(c.sentence);
    std::string flags = Flags(f);
    SCOPED_TRACE(std::string(c.sentence) + " -> score " + std::to_string(f.score) + " flags " + flags +
                 " rejected_by " + std::string(f.rejected_by));
    EXPECT_EQ(f.score >= ClaimOptions().min_checkworthy, c.claim);
    EXPECT_EQ(f.rejected_by, c.rejected_by);
    for (const char* p = c.features; *p; ++p)
      EXPECT_NE(flags.find(*p), std::string::npos) << "missing feature " << *p;
    EXPECT_GE(f.score, 0.0);
    EXPECT_LE(f.score, 1.0);
  }
}

TEST(FindClaimsTest, FillsQuoteFieldsAndFeatures) {
  Article a;
  a.url = "https://www.example.com/story";
  a.published = "2025-04-14T15:29:00+03:00";
  a.byline = "Anna Fratsyvir";
  a.text = "Russia has repeatedly violated the ceasefire since March 25. Subscribe";
  a.paragraphs = {Span{0, a.text.size()}};
  std::vector<Quote> claims;
  std::vector<ClaimFeatures> features;
  FindClaims(a, {}, ClaimOptions(), &claims, &features);
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_EQ(features.size(), 1u);
  const Quote& q = claims[0];
  EXPECT_EQ(q.kind, StatementKind::kClaim);
  EXPECT_EQ(q.text, "Russia has repeatedly violated the ceasefire since March 25.");
  ASSERT_EQ(q.fragments.size(), 1u);
  EXPECT_EQ(q.fragments[0], (Span{0, q.text.size()}));
  EXPECT_EQ(q.speaker, "example.com");
  EXPECT_TRUE(q.speaker_is_organisation);
  EXPECT_EQ(q.said_on, "2025-04-14");
  EXPECT_DOUBLE_EQ(q.confidence, features[0].score);
  EXPECT_EQ(features[0].author, "Anna Fratsyvir");
  EXPECT_TRUE(features[0].has_date);
  EXPECT_TRUE(features[0].has_number);

  // A sentence overlapping a quote is not a claim; features may be null.
  Quote quote;
  quote.fragments = {Span{7, 30}};  // "has repeatedly violated"
  FindClaims(a, {quote}, ClaimOptions(), &claims, nullptr);
  EXPECT_TRUE(claims.empty());

  // The threshold is an option.
  ClaimOptions strict;
  strict.min_checkworthy = 0.99;
  FindClaims(a, {}, strict, &claims, nullptr);
  EXPECT_TRUE(claims.empty());
}

// An item whose whole text is one sentence (a scraped claim, a post, a
// headline-only feed entry) is the outlet's claim in headline grammar too;
// the same words inside a longer article are judged as usual. Sentences in
// the style of EUvsDisinfo case titles, written for this test.
TEST(FindClaimsTest, AOneSentenceItemIsItsOwnClaim) {
  struct OneSentence {
    const char* text;
    bool claim;
  };
  const OneSentence kItems[] = {
      {"A second cold war because of Moldova", true},          // no verb
      {"Polish Generals Plot Secret Invasion of Belarus", true},  // title case
      {"Liberals advocate cannibalism", true},                 // verb outside the lexicon
      {"Kyiv to ban the words “Russian culture” in schools", true},  // scare quotes
      {"Who benefits from the blackout in Kyiv?", false},       // a question
      {"Subscribe to our newsletter", false},                   // boilerplate
      {"We went to the market", false},                         // first person
  };
  for (const OneSentence& item : kItems) {
    SCOPED_TRACE(item.text);
    Article a;
    a.outlet = "rt.com";
    a.text = item.text;
    a.paragraphs = {Span{0, a.text.size()}};
    std::vector<Quote> claims;
    std::vector<ClaimFeatures> features;
    FindClaims(a, {}, ClaimOptions(), &claims, &features);
    ASSERT_EQ(claims.size(), item.claim ? 1u : 0u);
    if (item.claim) {
      EXPECT_TRUE(features[0].whole_text);
      EXPECT_EQ(claims[0].text, item.text);
    }
    // The same sentence as one of two paragraphs gets no such allowance.
    a.text = std::string(item.text) + "\nThe weather was mild.";
    a.paragraphs = {Span{0, strlen(item.text)}, Span{strlen(item.text) + 1, a.text.size()}};
    FindClaims(a, {}, ClaimOptions(), &claims, &features);
    for (const ClaimFeatures& f : features) EXPECT_FALSE(f.whole_text);
  }
}

TEST(FindClaimsTest, CaptionsAndBylinesAreNotClaims) {
  Article a;
  a.outlet = "The Kyiv Independent";
  a.text =
      "by Anna Fratsyvir April 14, 2025 3:29 PM 2 min read\n"
      "Steve Witkoff shakes hands with Russian President Vladimir Putin in St. Petersburg, Russia on "
      "April 11, 2025. (Russian Presidential Office)\n"
      "Russian troops shelled Kharkiv on April 13, killing two civilians.";
  a.paragraphs.clear();
  size_t pos = 0;
  while (pos < a.text.size()) {
    size_t nl = a.text.find('\n', pos);
    if (nl == std::string::npos) nl = a.text.size();
    a.paragraphs.push_back(Span{pos, nl});
    pos = nl + 1;
  }
  std::vector<Quote> claims;
  std::vector<ClaimFeatures> features;
  FindClaims(a, {}, ClaimOptions(), &claims, &features);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Russian troops shelled Kharkiv on April 13, killing two civilians.");
  EXPECT_EQ(claims[0].speaker, "The Kyiv Independent");
  EXPECT_EQ(features[0].author, "Anna Fratsyvir");
}

// --- the seed article, end to end ---------------------------------------

class SeedArticleClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in("testdata/kyiv_independent_2025-04-14.txt", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ASSERT_FALSE(ss.str().empty()) << "fixture not found";
    article_ = ParseTextArticle(ss.str());
    article_.outlet = "The Kyiv Independent";
    QuoteExtractor extractor;
    extractor.Extract(article_, &quotes_);
    FindClaims(article_, quotes_, ClaimOptions(), &claims_, &features_);
  }

  const Quote* FindClaim(std::string_view needle) const {
    for (const Quote& c : claims_)
      if (c.text.find(needle) != std::string::npos) return &c;
    return nullptr;
  }

  std::string Dump() const {
    std::string s;
    for (size_t i = 0; i < claims_.size(); ++i)
      s += "  [" + std::to_string(features_[i].score).substr(0, 4) + "] " + claims_[i].text + "\n";
    s += "quotes:\n";
    for (const Quote& q : quotes_)
      s += "  [" + std::to_string(q.extent().begin) + "," + std::to_string(q.extent().end) + ") " + q.text + " | cue " +
           std::string(article_.text.substr(q.cue.begin, q.cue.size())) + "\n";
    return s;
  }

  Article article_;
  std::vector<Quote> quotes_, claims_;
  std::vector<ClaimFeatures> features_;
};

TEST_F(SeedArticleClaimsTest, FindsTheOwnVoiceClaims) {
  SCOPED_TRACE("claims:\n" + Dump());
  for (const char* needle : {
           "Moscow continues to reject Trump\xE2\x80\x99s calls for a full ceasefire",
           "Russia has continued attacking Ukrainian cities and has repeatedly violated the ceasefire",
           "Witkoff has drawn criticism for echoing Kremlin narratives",
       }) {
    const Quote* c = FindClaim(needle);
    ASSERT_NE(c, nullptr) << needle;
    EXPECT_EQ(c->kind, StatementKind::kClaim);
    EXPECT_EQ(c->speaker, "The Kyiv Independent");
    EXPECT_TRUE(c->speaker_is_organisation);
    EXPECT_EQ(c->said_on, "2025-04-14");
    EXPECT_GE(c->confidence, ClaimOptions().min_checkworthy);
  }
  // The truce sentence is one claim, "March 25" included.
  const Quote* truce = FindClaim("agreed upon on March 25");
  ASSERT_NE(truce, nullptr);
  EXPECT_NE(truce->text.find("repeatedly violated"), std::string::npos);
  EXPECT_EQ(features_[0].author, "Anna Fratsyvir");
}

TEST_F(SeedArticleClaimsTest, NoBoilerplateCaptionOrBylineIsAClaim) {
  SCOPED_TRACE("claims:\n" + Dump());
  for (const char* needle : {
           "Power Within", "pre-order", "Skip to content", "Newsletters", "Arrow right", "Edit post",
           "min read", "shakes hands", "Russian Presidential Office", "audio is created", "Subscribe",
           "indicates required", "email", "newsletter", "Most popular", "Editors' Picks", "Author:",
           "Kyiv IndependentVolodymyr", "Explaining Ukraine", "Follow Us", "News Feed",
       }) {
    EXPECT_EQ(FindClaim(needle), nullptr) << needle;
  }
}

// No sentence already covered by a quote: a claim may share words with a
// quote, but most of it is the outlet's own, and the reported-speech
// sentences are not claims. An event ("Moscow continues to reject Trump's
// calls for a full ceasefire") reports an act in the outlet's words and
// covers nothing.
TEST_F(SeedArticleClaimsTest, NoSentenceCoveredByAQuoteIsAClaim) {
  SCOPED_TRACE("claims:\n" + Dump());
  for (size_t i = 0; i < claims_.size(); ++i) {
    const Span c = claims_[i].fragments[0];
    std::vector<bool> in_quote(c.size(), false);
    for (const Quote& q : quotes_)
      for (const Span& s : q.statement_class == StatementClass::kEvent ? std::vector<Span>{} : q.fragments)
        for (size_t b = std::max(s.begin, c.begin); b < std::min(s.end, c.end); ++b) in_quote[b - c.begin] = true;
    size_t covered = std::count(in_quote.begin(), in_quote.end(), true);
    EXPECT_GE((c.size() - covered) * 10, c.size() * 4) << claims_[i].text;  // >= 40% own words
    EXPECT_EQ(features_[i].partly_quoted, covered > 0) << claims_[i].text;
  }
  for (const char* needle : {"extremely useful", "Peskov said", "Peskov emphasized", "Witkoff told Trump",
                             "with the Kremlin saying", "Putin\xE2\x80\x99s ultimate goal", "Lavrov argued",
                             "Kallas told", "Sandu said"}) {
    EXPECT_EQ(FindClaim(needle), nullptr) << needle;
  }
}

TEST_F(SeedArticleClaimsTest, WithoutPartlyQuotedSentencesNoClaimOverlapsAQuote) {
  ClaimOptions options;
  options.keep_partly_quoted = false;
  FindClaims(article_, quotes_, options, &claims_, &features_);
  for (const Quote& c : claims_)
    for (const Quote& q : quotes_)
      for (const Span& s : q.statement_class == StatementClass::kEvent ? std::vector<Span>{} : q.fragments)
        EXPECT_FALSE(s.begin < c.fragments[0].end && c.fragments[0].begin < s.end)
            << c.text << "\n  overlaps quote: " << q.text;
}

}  // namespace
}  // namespace qtrack
