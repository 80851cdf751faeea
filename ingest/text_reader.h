// File: ingest/text_reader.h
//
// Plain-text articles. Optional header lines open the file, one field a
// line: `date YYYY-MM-DD`, `title …`, `url …`, `outlet …`, `byline …`,
// `language xx`, `id …`. The first line that is not a header starts the
// body; a `date` header followed by more text on the same line (as in the
// seed article) starts the body with that text. Paragraphs are the body's
// non-blank lines, except page furniture (IsBoilerplateLine: "Skip to
// content", "Newsletters", "News Feed, Russia, United States"), which stays
// in `text` but is no paragraph, so nothing is read from it. With no
// `title` header, the body's first line is the title (it stays the first
// paragraph: a headline may quote someone).
#ifndef QTRACK_INGEST_TEXT_READER_H_
#define QTRACK_INGEST_TEXT_READER_H_

#include <string_view>

#include "ingest/article.h"

namespace qtrack {

// Never fails: any text is an article (possibly with no paragraphs).
// REQUIRES: `text` is valid UTF-8 (repair it first).
Article ParseTextArticle(std::string_view text);

// A line that is page furniture rather than prose: no sentence end and no
// quotation mark, and either short (at most eight words: "Skip to
// content", "pre-order now", "Subs Not Used") or a run of capitalised
// words (menus and tag lists). Lines with a verb of saying still qualify:
// a statement needs a sentence.
bool IsBoilerplateLine(std::string_view line);

}  // namespace qtrack

#endif  // QTRACK_INGEST_TEXT_READER_H_
