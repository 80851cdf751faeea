// File: ingest/feed_reader.h
//
// RSS (2.0, 0.9x, 1.0/RDF) and Atom feeds -> one Article per item/entry.
//
// Per item: title, url (RSS <link>, Atom <link rel="alternate">), id (RSS
// <guid>, Atom <id>), published (pubDate / dc:date / published / updated,
// RFC 822 dates converted to ISO 8601), byline (author / dc:creator / Atom
// author name), text and paragraphs from content:encoded, Atom content, or
// description/summary, each parsed as an HTML fragment (ParseHtmlArticle
// with main_content_only = false), outlet = the channel/feed title (else the
// feed link's host), language = the channel language (RSS <language>,
// dc:language, Atom xml:lang).
//
// Example:
//   absl::Status s = ParseFeed(xml, [&](Article&& a) { out.push_back(std::move(a)); });
//
// Security: libxml2's XML parser runs with XML_PARSE_NONET and without
// XML_PARSE_NOENT, XML_PARSE_DTDLOAD and XML_PARSE_HUGE: external entities
// are never loaded, entity references are never expanded into the text, and
// libxml2's amplification limits stop "billion laughs" documents.
//
// Thread-safety: reentrant.
#ifndef QTRACK_INGEST_FEED_READER_H_
#define QTRACK_INGEST_FEED_READER_H_

#include <functional>
#include <string_view>

#include "absl/status/status.h"
#include "ingest/article.h"

namespace qtrack {

// Calls `on_article` for each item (RSS) / entry (Atom) in document order.
// Returns kInvalidArgument only when the document is not a feed at all or
// cannot be parsed; a feed with no items is OK (no calls). Invalid UTF-8 is
// repaired first; the document's declared encoding is ignored (input is
// UTF-8, as every qtrack reader delivers it).
absl::Status ParseFeed(std::string_view xml, const std::function<void(Article&&)>& on_article);

}  // namespace qtrack

#endif  // QTRACK_INGEST_FEED_READER_H_
