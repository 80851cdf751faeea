// File: ingest/jsonl_reader.h
//
// JSON Lines records → Articles, through one reused simdjson parser.
// Accepted shapes (first present field wins):
//   id        id, _id, guid, url
//   text      text, maintext, raw_text, body, content, claim   (verbatim)
//   html      html, raw_html  (parsed as a page when no text field is present)
//   title     title, headline
//   published date, date_publish, publish_date, published, datePublished
//   url       url, link
//   outlet    outlet, source_domain, hostname, sitename, publisher, outlets[0]
//   byline    author, authors (array or string), byline
//   language  language, lang
// This covers qtrack's own shape, the evaluation files (../shared/eval,
// EUvsDisinfo cases among them),
// news-please, trafilatura and newspaper exports.
#ifndef QTRACK_INGEST_JSONL_READER_H_
#define QTRACK_INGEST_JSONL_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "ingest/article.h"

namespace qtrack {

class JsonlReader {
 public:
  JsonlReader();
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;  // owns parser buffers
  JsonlReader& operator=(const JsonlReader&) = delete;

  // Parses one record. Errors (InvalidArgument, with a reason a person can
  // act on): not JSON, not an object, no text or html field. `line` must be
  // valid UTF-8 (the caller repairs it). Not thread-safe.
  // A JSON "\u0000" decodes to a NUL character, which no text holds on
  // purpose: NULs are dropped from every field (the text is then no longer
  // byte for byte the record's), with a note.
  absl::Status Parse(std::string_view line, Article* article);
  // What the last Parse dropped or lost without rejecting the record (NULs,
  // HTML past libxml2's depth limit), one note each, for warning lines.
  const std::vector<std::string>& notes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qtrack

#endif  // QTRACK_INGEST_JSONL_READER_H_
