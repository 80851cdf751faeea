// File: ingest/text_reader.h
//
// Plain-text articles. Optional header lines open the file, one field a
// line: `date YYYY-MM-DD`, `title …`, `url …`, `outlet …`, `byline …`,
// `language xx`, `id …`. The first line that is not a header starts the
// body; a `date` header followed by more text on the same line (as in the
// seed article) starts the body with that text. Paragraphs are the body's
// non-blank lines.
#ifndef QTRACK_INGEST_TEXT_READER_H_
#define QTRACK_INGEST_TEXT_READER_H_

#include <string_view>

#include "ingest/article.h"

namespace qtrack {

// Never fails: any text is an article (possibly with no paragraphs).
// REQUIRES: `text` is valid UTF-8 (repair it first).
Article ParseTextArticle(std::string_view text);

}  // namespace qtrack

#endif  // QTRACK_INGEST_TEXT_READER_H_
