// File: ingest/article.h
//
// The Article: what every reader (HTML, JSON Lines, RSS/Atom, plain text)
// produces and what quote detection consumes. One value type, no behaviour.
//
// Text model: `text` is the article's body as UTF-8. For readers that get a
// body verbatim (JSON Lines, plain text) it is that body, byte for byte, so
// offsets computed on it are offsets into the source record's text (the
// evaluation files score on that). For HTML and feeds it is the extracted
// paragraphs joined by "\n\n". `paragraphs` are byte spans into `text`, in
// order, non-overlapping, each non-empty.
#ifndef QTRACK_INGEST_ARTICLE_H_
#define QTRACK_INGEST_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qtrack {

// A byte span [begin, end) into Article::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Article {
  // Stable identifier: the source's own id, else its URL, else a hash of the
  // content (see ingest::StableArticleId).
  std::string id;
  // The article's address; when the source gave none and the article was
  // read from a named file, that file's URL (ingest/article_util.h,
  // SourceFileUrl), so that every statement keeps a link to where it was
  // read.
  std::string url;
  // Publication name or host ("The Kyiv Independent", "tass.com"); empty
  // when unknown.
  std::string outlet;
  std::string title;
  std::string byline;
  // ISO 8601: "2025-04-14" or "2025-04-14T15:29:00+03:00"; empty if unknown.
  std::string published;
  // ISO 639-1 code ("en", "ru", "uk"); empty if unknown.
  std::string language;
  std::string text;
  std::vector<Span> paragraphs;

  // Provenance for error messages: the input file and the 1-based line of
  // the record (JSON Lines) or 0 when the whole file is one article.
  std::string source_file;
  int64_t source_line = 0;

  std::string_view paragraph_text(size_t i) const {
    const Span& s = paragraphs[i];
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace qtrack

#endif  // QTRACK_INGEST_ARTICLE_H_
