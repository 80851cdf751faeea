// File: ingest/article_util.h
//
// Small helpers every reader shares: stable ids, paragraph spans for text
// given verbatim, the host of a URL, and date normalisation.
#ifndef QTRACK_INGEST_ARTICLE_UTIL_H_
#define QTRACK_INGEST_ARTICLE_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"

namespace qtrack {

// A content hash id, "h" + 32 hex digits, stable across runs and machines
// (two 64-bit FNV-1a variants over `text`).
std::string ContentHashId(std::string_view text);

// Fills what a reader may have left empty: id (url, else content hash of
// title + text) and outlet (the URL's host without "www."). Paragraphs are
// split from text when empty (see SplitParagraphs).
void FinishArticle(Article* article);

// ContentHashId(title + "\n" + text): the id FinishArticle gives an
// article with neither an id of its own nor a URL, and the fingerprint the
// store compares when a known article arrives again.
std::string ArticleContentHash(const Article& article);

// What identifies an article across sources: its id, in one of three
// namespaces that cannot collide with each other.
//   "id\t<scope>\t<id>"  an id of the source's own ("id":"1"), scoped by
//                        the outlet (lower-cased), else by source_file as
//                        given: "id":"1" in two feeds names two articles;
//   "url\t<url>"         an id that is the article's URL;
//   "content\t<hash>"    an id that is its ArticleContentHash, so a record
//                        whose own id equals another article's content
//                        hash cannot pass for that article.
// REQUIRES: FinishArticle has run (the id is set).
std::string ArticleIdentity(const Article& article);

// Paragraph spans of a verbatim text: each maximal run of non-blank lines'
// text, one paragraph per line (news bodies put one paragraph a line), with
// surrounding whitespace trimmed. Byte offsets into `text`.
std::vector<Span> SplitParagraphs(std::string_view text);

// Where an article that names no URL came from, as a URL: "file://" and
// the absolute path, percent-encoded, with "#line=N" (RFC 5147) for the
// record on line N of a JSON Lines file (`line` > 0). "" for stdin ("-" or
// "<stdin>") and for an empty path.
std::string SourceFileUrl(std::string_view path, int64_t line);

// The same, relative to the ingest root that holds the file: "file:" and
// the path relative to the longest of `roots` (directories) that contains
// it, percent-encoded ("file:politics/vote.txt", "file:wire.jsonl#line=12"),
// so that a source names the same file wherever the corpus lies. A path
// under none of `roots` (or with `roots` empty) gets the absolute form.
std::string SourceFileUrl(std::string_view path, int64_t line,
                          const std::vector<std::string>& roots);

// The ingest root of each path given to ingest: a directory is its own
// root, a file's root is the directory that holds it; "-" has none.
std::vector<std::string> IngestRoots(const std::vector<std::string>& paths);

// "https://www.kyivindependent.com/x" -> "kyivindependent.com"; "" if none.
std::string UrlHost(std::string_view url);

// Normalises common date forms to ISO 8601: "2025-04-14", "2025-04-14
// 15:29:00" -> "2025-04-14T15:29:00", RFC 822 ("Mon, 14 Apr 2025 15:29:00
// +0300") -> "2025-04-14T15:29:00+03:00", "April 14, 2025" -> "2025-04-14".
// Returns "" when the form is not recognised or names no calendar day
// ("2005-13-45", "2005-02-30").
std::string NormalizeDate(std::string_view date);

// The YYYY-MM-DD part of an ISO 8601 date-time, or "".
std::string_view DatePart(std::string_view iso);

}  // namespace qtrack

#endif  // QTRACK_INGEST_ARTICLE_UTIL_H_
