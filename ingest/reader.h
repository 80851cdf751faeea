// File: ingest/reader.h
//
// The front door of ingest: files, directories and stdin in, Articles out,
// whatever the format. The format is detected from content (the first
// bytes after decompression), not from the file name:
//   '{' first                         → JSON Lines
//   "<rss", "<feed", "<rdf:RDF" early → RSS/Atom feed
//   '<' first                         → HTML page
//   anything else                     → plain text (see text_reader.h)
//
// Streaming: JSON Lines are read one record at a time, so memory does not
// grow with the file; other formats are one document per file, bounded by
// ReadOptions::max_document_bytes.
//
// Encodings: UTF-8, a leading byte order mark skipped (also on any JSON
// Lines record); UTF-16, announced by its byte order mark (LE or BE), is
// decoded to UTF-8 first, whole, so it is bounded by max_document_bytes
// even as JSON Lines. Invalid sequences are repaired with a warning.
//
// Example:
//   ArticleReader reader;
//   reader.ReadFile("testdata/kyiv.txt",
//                   [&](Article&& a) { ... },
//                   [&](const InputProblem& p) { std::cerr << p.ToString(); });
#ifndef QTRACK_INGEST_READER_H_
#define QTRACK_INGEST_READER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/input.h"

namespace qtrack {

enum class InputFormat { kAuto, kText, kJsonl, kHtml, kFeed };

// "auto", "text", "jsonl", "html", "feed" → format; false when unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);

// Detects the format from the first bytes of a document.
InputFormat DetectFormat(std::string_view head);

struct ReadOptions {
  // Default: kAuto (detect per file).
  InputFormat format = InputFormat::kAuto;
  // One JSON Lines record longer than this is rejected (and skipped without
  // buffering it whole). Default 64 MiB.
  size_t max_record_bytes = 64u << 20;
  // A whole-file document (HTML, feed, text) larger than this is rejected.
  // Default 64 MiB.
  size_t max_document_bytes = 64u << 20;
  // The ingest roots (ingest/article_util.h, IngestRoots): an article that
  // names no URL gets its file's path relative to the root that holds it
  // as its URL ("file:politics/vote.txt"). Empty (the default): the
  // absolute file URL.
  std::vector<std::string> source_roots;
  // The outlet of every article whose source names none (`ingest
  // --outlet`). Default "": left unknown.
  std::string outlet;
};

using ArticleSink = std::function<void(Article&&)>;

// One unit of input before parsing: a JSON Lines record or a whole
// document, with where it came from. Splitting reading (sequential, cheap)
// from parsing (the expensive part: HTML trees, JSON) lets ingest parse on
// every core while keeping the input order.
struct RawRecord {
  std::string file;   // for messages; "<stdin>" for "-"
  int64_t line = 0;   // 1-based JSON Lines record line; 0 for a document
  InputFormat format = InputFormat::kText;  // never kAuto
  std::string bytes;  // valid UTF-8 (repaired when needed)
  // Bytes of the file on disk read up to this record (InputFile::
  // disk_offset): how far reading has come, for progress.
  uint64_t disk_offset = 0;
};
using RecordSink = std::function<void(RawRecord&&)>;

class ArticleReader {
 public:
  explicit ArticleReader(ReadOptions options = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;  // owns parser state
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Reads one file ("-" is stdin). Every article goes to `on_article`;
  // every rejected record or file to `on_problem` (then reading goes on
  // with the next record). Returns the number of articles produced.
  // Not thread-safe: use one reader per thread.
  size_t ReadFile(const std::string& path, const ArticleSink& on_article,
                  const ProblemSink& on_problem);

  // The two halves of ReadFile. ReadRecords splits a file into records
  // (problems: unreadable file, truncated gzip, over-long records, invalid
  // UTF-8 repaired); ParseRecord turns one record into articles (a feed
  // yields several). Returns the number of records / articles.
  size_t ReadRecords(const std::string& path, const RecordSink& on_record,
                     const ProblemSink& on_problem);
  size_t ParseRecord(RawRecord&& record, const ArticleSink& on_article,
                     const ProblemSink& on_problem);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qtrack

#endif  // QTRACK_INGEST_READER_H_
