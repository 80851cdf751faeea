// File: ingest/html_reader.h
//
// HTML page -> Article: metadata (schema.org JSON-LD, then OpenGraph/meta,
// then visible markup) and the page's main content as paragraphs, with
// navigation, header/footer, newsletter boxes, "Most popular" lists,
// related-story teasers, captions, comments, scripts and forms removed.
//
// Main-content extraction uses generic signals only (no per-site rules):
// tag names, class/id tokens, link density, text length and punctuation,
// readability-style container scoring with siblings, and a preference for
// <article> / itemprop="articleBody". See html_reader.cc for the details.
//
// Example:
//   absl::StatusOr<Article> a = ParseHtmlArticle(page, "https://x.com/a");
//   if (a.ok()) for (size_t i = 0; i < a->paragraphs.size(); ++i)
//     std::cout << a->paragraph_text(i) << "\n";
//
// Robustness: any byte string is accepted (invalid UTF-8 is repaired, NULs
// dropped); nesting depth, document size and entity expansion are bounded
// by libxml2's own limits (HTML_PARSE_HUGE is never set) and the tree walks
// are iterative, so hostile pages end in an error or an Article, never a
// crash or unbounded work. libxml2 stops reading a page nested deeper than
// 256 elements: what lies below that depth and after it is lost, and a
// note says so.
//
// Thread-safety: ParseHtmlArticle is reentrant (no shared mutable state;
// libxml2 is initialised once, thread-safely, on first use).
#ifndef QTRACK_INGEST_HTML_READER_H_
#define QTRACK_INGEST_HTML_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/article.h"

namespace qtrack {

struct HtmlOptions {
  // Documents larger than this are rejected with kResourceExhausted (the
  // parsed tree takes several times the input's size). Default: 64 MiB.
  size_t max_bytes = 64 << 20;
  // true (default): keep only the page's main content. false: keep every
  // visible text block (for fragments such as a feed item's content:encoded,
  // where the whole fragment is the content); scripts, styles, forms,
  // buttons, figure captions and hidden elements are still dropped.
  bool main_content_only = true;
};

// Parses one HTML page (or fragment) into an Article: url (canonical, else
// `url_hint`), outlet (publisher/site name, else the URL's host without
// "www."), title (headline; never a body paragraph), byline, published
// (ISO 8601, time and zone kept when given), language, text = paragraphs
// joined by "\n\n", and the paragraph spans. `id` is left empty.
// Errors: kResourceExhausted when html.size() > options.max_bytes,
// kInvalidArgument when libxml2 builds no document at all. A page with no
// text gives an Article with empty text (not an error). `notes`, when
// given, receives what was lost without failing (for a warning line).
absl::StatusOr<Article> ParseHtmlArticle(std::string_view html, std::string_view url_hint,
                                         const HtmlOptions& options = {},
                                         std::vector<std::string>* notes = nullptr);

// One JSON-LD block of an HTML page: the text of a <script> whose type
// names JSON-LD ("application/ld+json", with or without parameters, any
// case), at most 4 MiB of it, and the line its element starts on.
struct JsonLdBlock {
  std::string json;
  long line = 1;
};

// The JSON-LD blocks of an HTML page, in document order, read by the same
// parser as ParseHtmlArticle (which takes an article's metadata from them;
// the fact-check import takes ClaimReviews). The JSON is not parsed here.
// Errors as ParseHtmlArticle's: kResourceExhausted for a page over
// options.max_bytes, kInvalidArgument when no tree can be built; a page
// of white space has no blocks.
absl::StatusOr<std::vector<JsonLdBlock>> ReadJsonLdBlocks(std::string_view html,
                                                          const HtmlOptions& options = {});

}  // namespace qtrack

#endif  // QTRACK_INGEST_HTML_READER_H_
