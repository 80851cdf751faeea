#include "ingest/feed_reader.h"

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Parsed {
  absl::Status status;
  std::vector<Article> articles;
  double seconds = 0;
};

Parsed Parse(std::string_view xml) {
  Parsed p;
  auto start = std::chrono::steady_clock::now();
  p.status = ParseFeed(xml, [&](Article&& a) { p.articles.push_back(std::move(a)); });
  p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return p;
}

std::vector<std::string> Paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (size_t i = 0; i < a.paragraphs.size(); ++i) out.emplace_back(a.paragraph_text(i));
  return out;
}

TEST(FeedReaderTest, Rss2Fixture) {
  Parsed p = Parse(ReadFile("testdata/feeds/kyiv_independent_news.rss"));
  ASSERT_TRUE(p.status.ok()) << p.status;
  ASSERT_EQ(p.articles.size(), 2u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.title, "'Extremely useful' — Kremlin praises Putin-Witkoff meeting");
  EXPECT_EQ(a.url, "https://kyivindependent.com/extremely-useful-kremlin-praises-putin-witkoff-meeting/");
  EXPECT_EQ(a.id, "ki-2025-04-14-witkoff");
  EXPECT_EQ(a.byline, "Anna Fratsyvir");
  EXPECT_EQ(a.published, "2025-04-14T12:29:00Z");
  EXPECT_EQ(a.outlet, "The Kyiv Independent");
  EXPECT_EQ(a.language, "en");
  // content:encoded wins over description; caption and script dropped.
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_THAT(Paragraphs(a)[0], HasSubstr("according to the Russian state-owned news agency TASS."));
  EXPECT_THAT(a.text, Not(HasSubstr("Presidential Office")));
  EXPECT_THAT(a.text, Not(HasSubstr("track(")));

  const Article& b = p.articles[1];
  EXPECT_EQ(b.title, "Test item without content:encoded & with an entity");
  EXPECT_EQ(b.id, "https://kyivindependent.com/test-item/");
  EXPECT_EQ(b.byline, "desk@example.org (News Desk)");
  EXPECT_EQ(b.published, "2025-04-15T09:05:00+03:00");
  EXPECT_THAT(Paragraphs(b),
              ElementsAre("First paragraph of an escaped description.", "Second paragraph."));
}

TEST(FeedReaderTest, AtomFixture) {
  Parsed p = Parse(ReadFile("testdata/feeds/example_atom.xml"));
  ASSERT_TRUE(p.status.ok()) << p.status;
  ASSERT_EQ(p.articles.size(), 3u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.title, "Minister says grain corridor will stay open");
  EXPECT_EQ(a.url, "https://factdesk.example.org/2025/04/grain-corridor");
  EXPECT_EQ(a.id, "urn:uuid:5e3c2c54-0000-4000-8000-000000000002");
  EXPECT_EQ(a.published, "2025-04-15T08:30:00+03:00");  // published, not updated
  EXPECT_EQ(a.byline, "Olena Example");
  EXPECT_EQ(a.outlet, "Example Fact Desk");
  EXPECT_EQ(a.language, "uk");
  EXPECT_THAT(Paragraphs(a),
              ElementsAre("\"The corridor will stay open,\" the minister told reporters on Tuesday.",
                          "Shipping data did not confirm the claim."));
  const Article& b = p.articles[1];
  EXPECT_EQ(b.published, "2025-04-14T18:00:00Z");  // updated when no published
  EXPECT_EQ(b.url, "https://factdesk.example.org/2025/04/outages");
  EXPECT_THAT(Paragraphs(b), ElementsAre("The grid operator said the outages lasted two hours.",
                                         "Regional officials gave a different figure."));
  const Article& c = p.articles[2];
  EXPECT_THAT(Paragraphs(c), ElementsAre("A plain-text summary.", "Second paragraph of the summary."));
}

// ---------------------------------------------------------------------------
// Small feeds, one feature per row: {xml, items, title of item 0, byline,
// published, text}.

struct FeedCase {
  const char* name;
  const char* xml;
  size_t items;
  const char* title, *byline, *published, *text, *outlet;
};

const FeedCase kFeedCases[] = {
    {"RSS 1.0 (RDF) with Dublin Core",
     R"(<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>RDF Site</title><link>https://rdf.example/</link><dc:language>fr</dc:language></channel>
        <item><title>RDF item</title><link>https://rdf.example/1</link><dc:creator>Jeanne</dc:creator>
        <dc:date>2025-02-03T04:05:06+01:00</dc:date><description>Plain description.</description></item>
        </rdf:RDF>)",
     1, "RDF item", "Jeanne", "2025-02-03T04:05:06+01:00", "Plain description.", "RDF Site"},
    {"outlet falls back to the channel link's host",
     R"(<rss version="2.0"><channel><link>https://www.news.example/</link>
        <item><title>T</title><pubDate>Sun, 13 Apr 2025 08:00:00 +0000</pubDate></item></channel></rss>)",
     1, "T", "", "2025-04-13T08:00:00+00:00", "", "news.example"},
    {"empty feed is not an error", R"(<rss version="2.0"><channel><title>x</title></channel></rss>)",
     0, "", "", "", "", ""},
    {"recovers from a missing end tag",
     R"(<rss><channel><title>Broken</title><item><title>Still read</title><description>ok</description></item>)",
     1, "Still read", "", "", "ok", "Broken"},
    {"undefined entity is dropped, not fatal",
     R"(<rss><channel><item><title>A &undefined; B</title></item></channel></rss>)", 1, "A B", "",
     "", "", ""},
};

TEST(FeedReaderTest, Table) {
  for (const FeedCase& c : kFeedCases) {
    SCOPED_TRACE(c.name);
    Parsed p = Parse(c.xml);
    ASSERT_TRUE(p.status.ok()) << p.status;
    ASSERT_EQ(p.articles.size(), c.items);
    if (c.items == 0) continue;
    const Article& a = p.articles[0];
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.byline, c.byline);
    EXPECT_EQ(a.published, c.published);
    EXPECT_EQ(a.text, c.text);
    EXPECT_EQ(a.outlet, c.outlet);
  }
}

TEST(FeedReaderTest, NotAFeedIsAnError) {
  for (const char* xml : {"", "   ", "not xml at all", "<html><body><p>page</p></body></html>",
                          "<?xml version=\"1.0\"?><svg/>", "\xFF\xFE\x00garbage"}) {
    SCOPED_TRACE(xml);
    Parsed p = Parse(xml);
    EXPECT_EQ(p.status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(p.articles.empty());
  }
}

// ---------------------------------------------------------------------------
// Entity attacks (regression tests for the parser options): nothing may be
// loaded from outside, nothing may expand exponentially.

TEST(FeedReaderTest, ExternalEntitiesAreNotLoaded) {
  const char* xxe[] = {
      R"(<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
         <rss><channel><title>&xxe;</title><item><title>x&xxe;y</title>
         <description>&xxe;</description></item></channel></rss>)",
      R"(<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>
         <rss><channel><item><title>param</title></item></channel></rss>)",
      R"(<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">
         <rss><channel><item><title>dtd</title></item></channel></rss>)",
      R"(<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>
         <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title>
         <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">&xxe;</div></content></entry></feed>)",
  };
  for (const char* xml : xxe) {
    SCOPED_TRACE(xml);
    Parsed p = Parse(xml);
    EXPECT_LT(p.seconds, 5.0);
    EXPECT_TRUE(p.status.ok()) << p.status;  // the feed itself is still read
    EXPECT_EQ(p.articles.size(), 1u);
    for (const Article& a : p.articles) {
      EXPECT_THAT(a.title, Not(HasSubstr("root:")));
      EXPECT_THAT(a.text, Not(HasSubstr("root:")));
      EXPECT_THAT(a.outlet, Not(HasSubstr("root:")));
    }
  }
}

std::string BillionLaughs(const char* use_in_title) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&lol" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<rss><channel><title>laughs</title><item><title>";
  xml += use_in_title;
  xml += "</title><description>&lol9;&lol9;</description></item></channel></rss>";
  return xml;
}

TEST(FeedReaderTest, BillionLaughsDoesNotExpand) {
  for (const char* title : {"&lol9;", "plain", "&lol5;&lol6;&lol7;"}) {
    SCOPED_TRACE(title);
    Parsed p = Parse(BillionLaughs(title));
    EXPECT_LT(p.seconds, 5.0);
    ASSERT_TRUE(p.status.ok()) << p.status;
    ASSERT_EQ(p.articles.size(), 1u);
    if (std::string_view(title) == "plain") {
      EXPECT_EQ(p.articles[0].title, "plain");
    }
    for (const Article& a : p.articles) {
      EXPECT_LT(a.title.size(), 1000u);
      EXPECT_LT(a.text.size(), 1000u);
    }
  }
}

TEST(FeedReaderTest, QuadraticBlowupDoesNotExpand) {
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" +
                    std::string(50000, 'a') + "\">]><rss><channel><item><description>";
  for (int i = 0; i < 20000; ++i) xml += "&a;";
  xml += "</description></item></channel></rss>";
  Parsed p = Parse(xml);
  EXPECT_LT(p.seconds, 5.0);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_LT(p.articles[0].text.size(), 1u << 20);
}

TEST(FeedReaderTest, DeepNestingAndRandomBytesDoNotCrash) {
  std::string deep = "<rss><channel><item><description>";
  for (int i = 0; i < 20000; ++i) deep += "<x>";
  deep += "</description></item></channel></rss>";
  Parsed p = Parse(deep);
  EXPECT_LT(p.seconds, 5.0);
  std::string random;
  unsigned x = 12345;
  for (int i = 0; i < 100000; ++i) random.push_back(static_cast<char>((x = x * 1103515245 + 12345) >> 16));
  Parse("<rss>" + random);
  Parse(std::string("<rss><channel><item><title>a\0b</title></item></channel></rss>", 58));
}

}  // namespace
}  // namespace qtrack
