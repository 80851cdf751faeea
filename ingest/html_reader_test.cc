#include "ingest/html_reader.h"

#include <chrono>
#include <fstream>
#include <random>
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

std::vector<std::string> Paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (size_t i = 0; i < a.paragraphs.size(); ++i) out.emplace_back(a.paragraph_text(i));
  return out;
}

// Article::paragraphs contract: in order, non-overlapping, non-empty, inside
// text, and text == paragraphs joined by "\n\n".
void ExpectWellFormed(const Article& a) {
  std::string joined;
  size_t last_end = 0;
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    const Span& s = a.paragraphs[i];
    ASSERT_LT(s.begin, s.end);
    ASSERT_LE(s.end, a.text.size());
    ASSERT_GE(s.begin, last_end);
    last_end = s.end;
    if (i > 0) joined += "\n\n";
    joined += a.paragraph_text(i);
  }
  EXPECT_EQ(joined, a.text);
}

// ---------------------------------------------------------------------------
// A realistic page: the fixture in testdata/html (Kyiv Independent style).

TEST(HtmlReaderTest, KyivIndependentFixture) {
  std::string html = ReadFile("testdata/html/kyiv_independent_2025-04-14.html");
  ASSERT_FALSE(html.empty());
  absl::StatusOr<Article> a = ParseHtmlArticle(html, "https://example.org/hint");
  ASSERT_TRUE(a.ok()) << a.status();
  ExpectWellFormed(*a);
  EXPECT_EQ(a->title, "'Extremely useful' — Kremlin praises Putin-Witkoff meeting");
  EXPECT_EQ(a->byline, "Anna Fratsyvir");
  EXPECT_EQ(a->outlet, "The Kyiv Independent");
  EXPECT_EQ(a->published, "2025-04-14T15:29:00+03:00");
  EXPECT_EQ(a->language, "en");
  EXPECT_EQ(a->url,
            "https://kyivindependent.com/extremely-useful-kremlin-praises-putin-witkoff-meeting/");
  EXPECT_TRUE(a->id.empty());
  std::vector<std::string> p = Paragraphs(*a);
  ASSERT_EQ(p.size(), 9u) << a->text;
  EXPECT_THAT(p[0], HasSubstr("Russian President Vladimir Putin’s recent talks"));
  EXPECT_THAT(p[0], HasSubstr("news agency TASS."));
  EXPECT_THAT(p[8], HasSubstr("Since taking office in January"));
  for (const char* junk :
       {"pre-order", "Skip to content", "Newsletters", "Edit post", "Russian Presidential Office",
        "This audio", "Zelensky invites", "Author:", "Most popular", "Lavrov", "MORE NEWS",
        "Editors' Picks", "Subscribe", "indicates required", "Follow Us", "2 min read"}) {
    EXPECT_THAT(a->text, Not(HasSubstr(junk))) << junk;
  }
}

// ---------------------------------------------------------------------------
// A second, inline page with every kind of boilerplate the contract names.

constexpr char kNewsPage[] = R"html(<!doctype html>
<html lang="de-DE"><head>
<title>Council approves budget - Example Gazette</title>
<script type="application/ld+json">[{"@type":"Organization","name":"Ignore Me"},
 {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
  {"@type":["ReportageNewsArticle"],"headline":"Council approves budget after long night",
   "datePublished":"2024-11-02T23:10:00+01:00",
   "author":[{"@type":"Person","name":"Jana Beispiel"},"Max Muster"],
   "publisher":{"@type":"NewsMediaOrganization","name":"Example Gazette"},
   "mainEntityOfPage":"https://gazette.example.de/council-budget"}]}]</script>
</head><body>
<div id="cookie-consent">We use cookies. <button>Accept</button></div>
<nav class="main-nav"><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<div class="page">
 <div class="article-wrapper">
  <h1>Council approves budget after long night</h1>
  <div class="byline">By Jana Beispiel and Max Muster</div>
  <div class="share-tools"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
  <div class="article-body" itemprop="articleBody">
   <p>The city council approved the 2025 budget shortly before midnight on Friday, after a debate that lasted more than nine hours.</p>
   <figure><img src="a.jpg"><figcaption>Council members vote on Friday. Photo: Example Agency</figcaption></figure>
   <p>"This budget keeps the schools open and the buses running," the mayor said, adding that the opposition had "no alternative to offer."</p>
   <div class="newsletter-box"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story from the city hall.</p><form><input type="email"><button>Sign up</button></form></div>
   <h2>Opposition walks out</h2>
   <p>Opposition members left the chamber before the final vote, saying the plan relied on optimistic tax forecasts.</p>
   <aside class="related-stories"><h4>Related</h4><ul><li><a href="/a">Mayor faces budget revolt</a></li><li><a href="/b">Tax forecasts revised</a></li></ul></aside>
   <p>The budget takes effect on January 1.</p>
  </div>
 </div>
 <div class="sidebar">
  <div class="most-popular"><h3>Most popular</h3><ol><li><a href="/1">Zoo welcomes twin pandas in a rare event for the city, officials said on Monday evening</a></li><li><a href="/2">Bridge closed for repairs until spring, drivers told to expect long delays downtown</a></li></ol></div>
 </div>
</div>
<div id="comments"><h3>Comments</h3><p>Reader one wrote: this is a long comment about the budget, the council, and the buses in the city.</p></div>
<footer><p>© 2024 Example Gazette. All rights reserved. Imprint, privacy policy and terms of use.</p></footer>
</body></html>)html";

TEST(HtmlReaderTest, NewsPageKeepsOnlyArticleParagraphs) {
  absl::StatusOr<Article> a = ParseHtmlArticle(kNewsPage, "https://www.gazette.example.de/x");
  ASSERT_TRUE(a.ok()) << a.status();
  ExpectWellFormed(*a);
  EXPECT_EQ(a->title, "Council approves budget after long night");
  EXPECT_EQ(a->byline, "Jana Beispiel, Max Muster");
  EXPECT_EQ(a->outlet, "Example Gazette");
  EXPECT_EQ(a->published, "2024-11-02T23:10:00+01:00");
  EXPECT_EQ(a->language, "de");
  EXPECT_EQ(a->url, "https://gazette.example.de/council-budget");
  EXPECT_THAT(Paragraphs(*a),
              ElementsAre(HasSubstr("approved the 2025 budget"), HasSubstr("the mayor said"),
                          "Opposition walks out", HasSubstr("Opposition members left"),
                          "The budget takes effect on January 1."));
}

// ---------------------------------------------------------------------------
// Metadata fallbacks, one page per row.

struct MetaCase {
  const char* name;
  const char* html;
  const char* url_hint;
  const char* title, *byline, *outlet, *published, *language, *url;
};

const MetaCase kMetaCases[] = {
    {"opengraph",
     R"(<html><head><meta property="og:title" content="OG headline">
        <meta property="og:site_name" content="OG Site"><meta property="og:url" content="https://og.example/a">
        <meta property="article:published_time" content="2025-01-02T03:04:05Z">
        <meta name="author" content="A. Writer"><meta property="og:locale" content="uk_UA">
        <title>Title tag</title></head><body><h1>H1 text</h1><p>Body.</p></body></html>)",
     "", "OG headline", "A. Writer", "OG Site", "2025-01-02T03:04:05Z", "uk", "https://og.example/a"},
    {"visible markup only",
     R"(<html lang="ru"><head><title>Title tag</title>
        <link rel="canonical" href="https://www.canon.example/story"></head>
        <body><h1> Visible   headline </h1><time datetime="2025-03-04">March 4</time><p>Body.</p></body></html>)",
     "", "Visible headline", "", "canon.example", "2025-03-04", "ru", "https://www.canon.example/story"},
    {"title tag and url hint",
     "<title>Only a title</title><p>Text</p>", "https://www.hint.example/p", "Only a title", "", "hint.example",
     "", "", "https://www.hint.example/p"},
    {"malformed JSON-LD is ignored",
     R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken",</script>
        <meta property="og:title" content="From OG"><p>x</p>)",
     "", "From OG", "", "", "", "", ""},
    {"author as a plain string, publisher as a string, BlogPosting",
     R"(<script type="application/ld+json">{"@type":"BlogPosting","headline":"Post","author":"Solo Author",
        "publisher":"Blog Inc","datePublished":"Mon, 14 Apr 2025 15:29:00 +0300","inLanguage":"pt-BR"}</script><p>x</p>)",
     "", "Post", "Solo Author", "Blog Inc", "2025-04-14T15:29:00+03:00", "pt", ""},
    {"non-article JSON-LD types are not used",
     R"(<script type="application/ld+json">{"@type":"Recipe","headline":"Soup","author":"Cook"}</script>
        <title>Real title</title><p>x</p>)",
     "", "Real title", "", "", "", "", ""},
};

TEST(HtmlReaderTest, MetadataSourcesInOrder) {
  for (const MetaCase& c : kMetaCases) {
    SCOPED_TRACE(c.name);
    absl::StatusOr<Article> a = ParseHtmlArticle(c.html, c.url_hint);
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->title, c.title);
    EXPECT_EQ(a->byline, c.byline);
    EXPECT_EQ(a->outlet, c.outlet);
    EXPECT_EQ(a->published, c.published);
    EXPECT_EQ(a->language, c.language);
    EXPECT_EQ(a->url, c.url);
  }
}

// ---------------------------------------------------------------------------
// Text normalisation and fragments.

TEST(HtmlReaderTest, WhitespaceEntitiesAndBreaks) {
  absl::StatusOr<Article> a = ParseHtmlArticle(
      "<div><p>  One\n\t two&nbsp;&nbsp;three &amp; <b>fo</b>ur </p><p>Line a<br>Line b</p>"
      "<p>   </p><p>caf\xC3\xA9</p></div>",
      "", {.main_content_only = false});
  ASSERT_TRUE(a.ok());
  ExpectWellFormed(*a);
  EXPECT_THAT(Paragraphs(*a), ElementsAre("One two three & four", "Line a", "Line b", "café"));
}

TEST(HtmlReaderTest, FragmentModeStillDropsScriptsCaptionsAndHiddenText) {
  absl::StatusOr<Article> a = ParseHtmlArticle(
      "<p>Kept.</p><script>var x = 1;</script><style>p{}</style><figure><img>"
      "<figcaption>Caption</figcaption></figure><div hidden>Hidden</div>"
      "<div style=\"display: none\">Also hidden</div><button>Click</button><p>Also kept.</p>",
      "", {.main_content_only = false});
  ASSERT_TRUE(a.ok());
  EXPECT_THAT(Paragraphs(*a), ElementsAre("Kept.", "Also kept."));
}

// The JSON-LD blocks the fact-check import reads: every <script> whose
// type names JSON-LD, in order, with the line it starts on, text as is.
TEST(HtmlReaderTest, JsonLdBlocksInOrderWithLines) {
  const std::string page =
      "<!doctype html><html><head>\n"
      "<script type=\"application/ld+json\">{\"a\": 1}</script>\n"
      "<script type=\"text/javascript\">var x = {\"b\": 2};</script>\n"
      "</head><body><div><p>Text</p>\n"
      "<script type=\"Application/LD+JSON; charset=utf-8\">[{\"c\": \"3 &amp; 4\"}]</script>\n"
      "<script type=\"application/ld+json\">{ broken</script></div></body></html>";
  absl::StatusOr<std::vector<JsonLdBlock>> blocks = ReadJsonLdBlocks(page);
  ASSERT_TRUE(blocks.ok()) << blocks.status();
  ASSERT_EQ(blocks->size(), 3u);
  EXPECT_EQ((*blocks)[0].json, "{\"a\": 1}");
  EXPECT_EQ((*blocks)[0].line, 2);
  EXPECT_EQ((*blocks)[1].json, "[{\"c\": \"3 &amp; 4\"}]");  // script text is not unescaped
  EXPECT_EQ((*blocks)[1].line, 5);
  EXPECT_EQ((*blocks)[2].json, "{ broken");
  EXPECT_EQ((*blocks)[2].line, 6);

  absl::StatusOr<std::vector<JsonLdBlock>> none = ReadJsonLdBlocks(" \n\t");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  HtmlOptions small;
  small.max_bytes = 10;
  EXPECT_EQ(ReadJsonLdBlocks(page, small).status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(HtmlReaderTest, TooLargeIsAnError) {
  HtmlOptions options;
  options.max_bytes = 10;
  absl::StatusOr<Article> a = ParseHtmlArticle("<p>more than ten bytes</p>", "", options);
  EXPECT_EQ(a.status().code(), absl::StatusCode::kResourceExhausted);
}

// ---------------------------------------------------------------------------
// Hostile input: every row must end in an error or a well-formed Article,
// quickly and without crashing (run under --config=asan as well).

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

std::string RandomBytes(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

std::vector<std::pair<std::string, std::string>> HostileInputs() {
  std::string nul_page = "<html><body><p>Before\0after NUL</p>\0\0<p>x</p></body></html>";
  nul_page.assign("<html><body><p>Before\0after NUL</p>\0\0<p>x</p></body></html>", 58);
  return {
      {"empty", ""},
      {"whitespace", "  \n\t "},
      {"NUL bytes", nul_page},
      {"only NULs", std::string(1000, '\0')},
      {"random bytes", RandomBytes(100000, 1)},
      {"random bytes with tags", RandomBytes(5000, 2) + "<p>" + RandomBytes(5000, 3)},
      {"invalid UTF-8", "<p>\xC3\x28 \xE2\x82 \xF0\x28\x8C\xBC \xFF\xFE overlong \xC0\xAF</p>"},
      {"truncated", std::string(kNewsPage).substr(0, 1500)},
      {"truncated in a tag", "<html><body><p>Text<a href=\"http://x"},
      {"truncated comment", "<p>a</p><!-- never closed"},
      {"10,000 nested divs", Repeat("<div>", 10000) + "deep text" + Repeat("</div>", 10000)},
      {"10,000 nested divs unclosed", Repeat("<div>", 10000)},
      {"nested divs with text", Repeat("<div>some text here, with commas, ok. ", 5000)},
      {"100,000 nested spans", Repeat("<span>", 100000) + "x"},
      {"nested tables", Repeat("<table><tr><td>", 3000) + "cell"},
      {"huge attribute", "<div class=\"" + std::string(1 << 20, 'a') + "\">x</div>"},
      {"many attributes", "<p " + Repeat("a=b ", 50000) + ">x</p>"},
      {"unterminated script", "<script>" + std::string(100000, 'x')},
      {"JSON-LD bomb", "<script type=\"application/ld+json\">" + Repeat("[", 100000) +
                           Repeat("]", 100000) + "</script><p>x</p>"},
      {"JSON-LD deep graph", "<script type=\"application/ld+json\">" +
                                 Repeat("{\"@graph\":", 5000) + "{}" + Repeat("}", 5000) +
                                 "</script>"},
      {"xml declaration and doctype junk", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"b\">]><p>&a;</p>"},
      {"many paragraphs", Repeat("<p>short, text.</p>", 50000)},
  };
}

TEST(HtmlReaderTest, HostileInputsEndInErrorOrArticle) {
  for (const auto& [name, input] : HostileInputs()) {
    SCOPED_TRACE(name);
    auto start = std::chrono::steady_clock::now();
    absl::StatusOr<Article> a = ParseHtmlArticle(input, "https://example.org/");
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(secs, 10.0);
    if (a.ok()) ExpectWellFormed(*a);
  }
}

TEST(HtmlReaderTest, NulBytesAreDroppedNotTruncating) {
  std::string page("<p>Before\0after</p>", 19);
  absl::StatusOr<Article> a = ParseHtmlArticle(page, "", {.main_content_only = false});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "Beforeafter");
}

// Issue 22: a page nested deeper than 256 levels silently lost its content.
TEST(HtmlReaderTest, TheDepthLimitIsReported) {
  auto nested = [](int depth) {
    std::string page = "<html><body><p>Shallow paragraph before the nesting.</p>";
    for (int i = 0; i < depth; ++i) page += "<div>";
    page += "<p>A paragraph deep inside the nesting.</p>";
    for (int i = 0; i < depth; ++i) page += "</div>";
    return page + "</body></html>";
  };
  std::vector<std::string> notes;
  ASSERT_TRUE(ParseHtmlArticle(nested(200), "", {.main_content_only = false}, &notes).ok());
  EXPECT_TRUE(notes.empty());
  absl::StatusOr<Article> deep = ParseHtmlArticle(nested(300), "", {.main_content_only = false}, &notes);
  ASSERT_TRUE(deep.ok());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("deeper than 256"), std::string::npos) << notes[0];
}

// Issue 22: 100k attributes on one <p> took 36 s inside libxml2, which
// compares each attribute with all the earlier ones. Attributes beyond the
// first 64 of an element are dropped before libxml2 sees them; the tag and
// the rest of the page are read as usual.
TEST(HtmlReaderTest, AttributesBeyondTheCapAreDroppedWithANote) {
  auto attributes = [](int from, int to) {
    std::string s;
    for (int i = from; i < to; ++i) s += " data-a" + std::to_string(i) + "=\"v" + std::to_string(i) + "\"";
    return s;
  };
  std::string page = "<html><body><p" + attributes(0, 100000) +
                     ">\"The talks were useful,\" Dmitry Peskov said.</p>"
                     "<p class=\"lead\">\"We meet again in May,\" Sergey Lavrov said.</p></body></html>";
  std::vector<std::string> notes;
  absl::StatusOr<Article> a = ParseHtmlArticle(page, "", {.main_content_only = false}, &notes);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_THAT(Paragraphs(*a), ElementsAre("\"The talks were useful,\" Dmitry Peskov said.",
                                          "\"We meet again in May,\" Sergey Lavrov said."));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "HTML elements with more than 64 attributes: 99936 attributes beyond them were not read");

  // A '>' inside a dropped quoted value does not end the tag early; single
  // quotes, bare values and valueless attributes count too.
  notes.clear();
  page = "<p" + attributes(0, 64) + " title='a>b' hidden x=y" + attributes(64, 70) + ">Kept text.</p>";
  a = ParseHtmlArticle(page, "", {.main_content_only = false}, &notes);
  ASSERT_TRUE(a.ok());
  EXPECT_THAT(Paragraphs(*a), ElementsAre("Kept text."));  // `hidden` was the 66th: dropped
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_THAT(notes[0], HasSubstr(": 9 attributes beyond"));

  // 64 attributes are all read (the 64th hides the paragraph), and a
  // script's text or a comment is no tag whatever it holds.
  notes.clear();
  page = "<p" + attributes(0, 63) + " hidden>Hidden text.</p><script>var s = '<p" + attributes(0, 100) +
         ">';</script><!-- <p" + attributes(0, 100) + "> --><p>Shown text.</p>";
  a = ParseHtmlArticle(page, "", {.main_content_only = false}, &notes);
  ASSERT_TRUE(a.ok());
  EXPECT_THAT(Paragraphs(*a), ElementsAre("Shown text."));
  EXPECT_TRUE(notes.empty()) << notes[0];
}

}  // namespace
}  // namespace qtrack
