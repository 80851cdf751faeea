// File: cli/ingest_pipeline.h
//
// The ingest pipeline: read → parse + detect (on `jobs` threads) → store
// (one writer). Reading is sequential and cheap (lines, whole files);
// parsing HTML/JSON, finding quotes and the store's text-only work (the
// matcher's analysis and candidate verdicts) run in parallel; results are
// written in input order, so a run with --jobs 1 and one with --jobs 8
// store exactly the same database.
//
// Memory: at most `2 * jobs + window` records are in flight (each bounded
// by ReadOptions' record and document limits), and together they hold at
// most max_bytes_in_flight bytes of input, whatever `jobs`: a record larger
// than that goes through alone.
//
// Threading: the caller's thread reads; workers parse and detect; the
// writer callback runs on one dedicated thread, never concurrently with
// itself, in input order.
#ifndef QTRACK_CLI_INGEST_PIPELINE_H_
#define QTRACK_CLI_INGEST_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/input.h"
#include "ingest/reader.h"
#include "claims/own_voice.h"
#include "claims/store.h"
#include "quotes/extractor.h"
#include "quotes/quote.h"

namespace qtrack::cli {

// What to detect in each article.
struct DetectOptions {
  bool quotes = true;   // direct, mixed and reported speech
  bool claims = true;   // the outlet's own checkable sentences (kind "claim")
  ClaimOptions claim_options;
  // The extractor's options; ingest sets desk_view and its threshold.
  QuoteOptions quote_options;
};

// At most this many statements are kept of one article (no news article
// comes near it; a crafted one could make millions and hold them all in
// memory).
inline constexpr size_t kMaxStatementsPerArticle = 10000;

// Finds the statements of one article: quotes, then own-voice claims
// (which exclude what the quotes cover). Used by ingest and extract alike.
// An article longer than 2 MiB is read in parts of about 1 MiB ending at
// paragraph breaks, so memory stays bounded whatever its size; spans are
// offsets into the whole text. Returns how many statements beyond
// kMaxStatementsPerArticle were not kept (a lower bound when the rest of
// the text was not read); 0 for any real article.
size_t DetectStatements(const Article& article, const DetectOptions& options,
                      QuoteExtractor& extractor, std::vector<Quote>* out);

// Parses "quote,claim" into `options`; false on an unknown kind.
bool ParseKinds(std::string_view kinds, DetectOptions* options);

struct PipelineOptions {
  // Parser/detector threads. Default 1 (no threads: everything inline).
  int jobs = 1;
  // Records parsed ahead of the writer at most; 0 = 8 per job, at least 16.
  // Small on purpose: work prepared for the store before a batch commit is
  // redone by the writer after it (see StatementPreparer), and the workers
  // outpace the writer anyway. Default 0.
  size_t window = 0;
  // Input bytes of the records read but not yet stored, at most (one
  // record larger than this is let in alone, when nothing else is in
  // flight). Huge records are what make memory grow, so a byte bound, not
  // a record count, keeps --jobs from multiplying it. Default 64 MiB.
  size_t max_bytes_in_flight = size_t{64} << 20;
  ReadOptions read;
  DetectOptions detect;
  // Optional: makes a preparer for each worker (called on the caller's
  // thread before the workers start), which does the store's text-only work
  // ahead of the writer (claims/store.h). Unused with jobs == 1.
  std::function<std::unique_ptr<StatementPreparer>()> make_preparer;
  // Optional: called on the reading thread after each record is read, with
  // the index of its file in `files` and the bytes of that file on disk
  // read so far (RawRecord::disk_offset). Reading runs ahead of storing by
  // at most the window, so this is how far the whole run has come, give or
  // take a window: what a progress display needs.
  std::function<void(size_t file_index, uint64_t disk_offset)> on_read;
};

// Called in input order with each article and its statements. Returning
// false stops the pipeline (e.g. a database failure).
// `prepared` is the preparer's output for the article (empty without one).
using StoreFn =
    std::function<bool(const Article&, const std::vector<Quote>&, PreparedArticle* prepared)>;

// Runs the pipeline over `files` (already expanded). Problems are reported
// in input order through `on_problem` (called from the writer thread, or
// from the caller's thread for read errors). Returns false when `store`
// asked to stop.
bool RunIngestPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                       const StoreFn& store, const ProblemSink& on_problem);

}  // namespace qtrack::cli

#endif  // QTRACK_CLI_INGEST_PIPELINE_H_
