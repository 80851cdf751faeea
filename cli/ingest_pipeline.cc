#include "cli/ingest_pipeline.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "absl/base/thread_annotations.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "quotes/extractor.h"

namespace qtrack::cli {
namespace {

// What one record became: its articles with their statements, and the
// problems met while parsing it, kept together so both come out in order.
struct ParsedArticle {
  Article article;
  std::vector<Quote> quotes;
  PreparedArticle prepared;
};
struct Parsed {
  std::vector<ParsedArticle> articles;
  std::vector<InputProblem> problems;
  size_t input_bytes = 0;  // the record's, counted in flight until stored
};

// After a huge record, memory its parsing and storing freed goes back to
// the system: glibc keeps freed memory in the arena of the thread that
// freed it, so each worker would otherwise hold its own largest record's
// working set for the rest of the run (memory growing with --jobs).
constexpr size_t kHugeRecordBytes = size_t{4} << 20;
void ReturnFreedMemory(size_t record_bytes) {
#ifdef __GLIBC__
  if (record_bytes > kHugeRecordBytes) malloc_trim(0);
#else
  (void)record_bytes;
#endif
}

InputProblem TooManyStatements(const Article& article, size_t dropped) {
  InputProblem problem;
  problem.file = article.source_file;
  problem.line = article.source_line;
  problem.warning = true;
  problem.reason = absl::StrCat("article ", article.id, ": only its first ", kMaxStatementsPerArticle,
                                " statements are kept; ", dropped, " or more beyond them were not read");
  return problem;
}

void ParseOne(ArticleReader& reader, QuoteExtractor& extractor, const DetectOptions& detect,
              StatementPreparer* preparer, RawRecord&& record, Parsed* out) {
  reader.ParseRecord(
      std::move(record),
      [&](Article&& article) {
        ParsedArticle parsed{std::move(article), {}, {}};
        if (size_t dropped = DetectStatements(parsed.article, detect, extractor, &parsed.quotes); dropped > 0)
          out->problems.push_back(TooManyStatements(parsed.article, dropped));
        if (preparer) parsed.prepared = preparer->Prepare(parsed.article, parsed.quotes);
        out->articles.push_back(std::move(parsed));
      },
      [&](const InputProblem& problem) { out->problems.push_back(problem); });
}

class Pipeline {
 public:
  Pipeline(const PipelineOptions& options, const StoreFn& store, const ProblemSink& on_problem)
      : options_(options),
        store_(store),
        on_problem_(on_problem),
        window_(options.window > 0 ? options.window
                                   : std::max<size_t>(16, 8 * static_cast<size_t>(options.jobs))) {}

  bool Run(const std::vector<std::string>& files) {
    std::vector<std::unique_ptr<StatementPreparer>> preparers(options_.jobs);
    if (options_.make_preparer)
      for (auto& preparer : preparers) preparer = options_.make_preparer();
    std::vector<std::thread> workers;
    for (int i = 0; i < options_.jobs; ++i)
      workers.emplace_back([this, p = preparers[i].get()] { Work(p); });
    std::thread writer([this] { Write(); });
    ArticleReader reader(options_.read);
    for (size_t i = 0; i < files.size(); ++i) {
      reader.ReadRecords(
          files[i],
          [&](RawRecord&& record) {
            if (options_.on_read) options_.on_read(i, record.disk_offset);
            Enqueue(std::move(record));
          },
          [&](const InputProblem& problem) { EnqueueProblem(problem); });
      if (Stopped()) break;
    }
    {
      absl::MutexLock lock(&mu_);
      reading_done_ = true;
    }
    for (auto& w : workers) w.join();
    writer.join();
    absl::MutexLock lock(&mu_);
    return !stopped_;
  }

 private:
  bool Stopped() {
    absl::MutexLock lock(&mu_);
    return stopped_;
  }

  // Read problems take a sequence number too, so they print in order.
  void EnqueueProblem(const InputProblem& problem) {
    absl::MutexLock lock(&mu_);
    Parsed parsed;
    parsed.problems.push_back(problem);
    done_[next_seq_++] = std::move(parsed);
  }

  void Enqueue(RawRecord&& record) {
    absl::MutexLock lock(&mu_);
    const size_t bytes = record.bytes.size();
    auto has_room = [this, bytes]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
      return stopped_ || (queue_.size() < 2 * static_cast<size_t>(options_.jobs) &&
                          next_seq_ < next_to_write_ + window_ &&
                          (bytes_in_flight_ == 0 || bytes_in_flight_ + bytes <= options_.max_bytes_in_flight));
    };
    mu_.Await(absl::Condition(&has_room));
    if (stopped_) return;
    bytes_in_flight_ += bytes;
    queue_.emplace_back(next_seq_++, std::move(record));
  }

  void Work(StatementPreparer* preparer) {
    ArticleReader reader(options_.read);
    QuoteExtractor extractor(options_.detect.quote_options);
    while (true) {
      std::pair<uint64_t, RawRecord> item;
      {
        absl::MutexLock lock(&mu_);
        auto ready = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
          return !queue_.empty() || reading_done_ || stopped_;
        };
        mu_.Await(absl::Condition(&ready));
        if (queue_.empty() || stopped_) return;
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      Parsed parsed;
      parsed.input_bytes = item.second.bytes.size();
      ParseOne(reader, extractor, options_.detect, preparer, std::move(item.second), &parsed);
      ReturnFreedMemory(parsed.input_bytes);
      absl::MutexLock lock(&mu_);
      done_[item.first] = std::move(parsed);
      ++in_done_;
    }
  }

  void Write() {
    while (true) {
      Parsed parsed;
      size_t input_bytes = 0;
      {
        absl::MutexLock lock(&mu_);
        auto ready = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
          return stopped_ || done_.count(next_to_write_) > 0 ||
                 (reading_done_ && queue_.empty() && next_to_write_ >= next_seq_);
        };
        mu_.Await(absl::Condition(&ready));
        if (stopped_) return;
        auto it = done_.find(next_to_write_);
        if (it == done_.end()) return;  // everything written
        parsed = std::move(it->second);
        input_bytes = parsed.input_bytes;
        done_.erase(it);
        ++next_to_write_;
      }
      for (const InputProblem& problem : parsed.problems) on_problem_(problem);
      for (ParsedArticle& a : parsed.articles) {
        if (!store_(a.article, a.quotes, &a.prepared)) {
          absl::MutexLock lock(&mu_);
          stopped_ = true;
          return;
        }
      }
      parsed = Parsed();  // freed before more input is let in
      ReturnFreedMemory(input_bytes);
      absl::MutexLock lock(&mu_);
      bytes_in_flight_ -= input_bytes;
    }
  }

  const PipelineOptions& options_;
  const StoreFn& store_;
  const ProblemSink& on_problem_;
  const size_t window_;

  absl::Mutex mu_;
  std::deque<std::pair<uint64_t, RawRecord>> queue_ ABSL_GUARDED_BY(mu_);
  std::map<uint64_t, Parsed> done_ ABSL_GUARDED_BY(mu_);
  uint64_t next_seq_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t next_to_write_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t in_done_ ABSL_GUARDED_BY(mu_) = 0;
  size_t bytes_in_flight_ ABSL_GUARDED_BY(mu_) = 0;  // enqueued, not yet stored
  bool reading_done_ ABSL_GUARDED_BY(mu_) = false;
  bool stopped_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace

namespace {

// Detection's working memory grows with the text it reads at once (tokens,
// sentences, candidate spans): about 45 bytes per byte of text, so a 60 MB
// record needed 4.7 GB. Longer articles are read in parts of about this
// size that end at a paragraph break (else a sentence end); no news
// article comes near it, and only a statement running across a part
// boundary can be missed.
constexpr size_t kDetectionPartBytes = size_t{1} << 20;

void DetectWhole(const Article& article, const DetectOptions& options, QuoteExtractor& extractor,
                 std::vector<Quote>* out) {
  std::vector<Quote> quotes;
  extractor.Extract(article, &quotes);
  if (options.claims) {
    std::vector<Quote> claims;
    FindClaims(article, quotes, options.claim_options, &claims, nullptr);
    if (!options.quotes) quotes.clear();
    quotes.insert(quotes.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  } else if (!options.quotes) {
    quotes.clear();
  }
  out->insert(out->end(), std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()));
}

// Where the part starting at `from` ends: the first paragraph break after
// kDetectionPartBytes, else the first sentence end, else a UTF-8 character
// boundary.
size_t PartEnd(std::string_view text, size_t from) {
  size_t want = from + kDetectionPartBytes;
  if (want >= text.size()) return text.size();
  size_t limit = std::min(text.size(), want + kDetectionPartBytes / 8);
  std::string_view window = text.substr(want, limit - want);
  if (size_t nl = window.find('\n'); nl != std::string_view::npos) return want + nl + 1;
  if (size_t stop = window.find(". "); stop != std::string_view::npos) return want + stop + 2;
  while (want > from && (static_cast<unsigned char>(text[want]) & 0xC0) == 0x80) --want;
  return want;
}

void ShiftSpan(size_t by, Span* span) {
  if (span->empty()) return;
  span->begin += by;
  span->end += by;
}

}  // namespace

size_t DetectStatements(const Article& article, const DetectOptions& options,
                        QuoteExtractor& extractor, std::vector<Quote>* out) {
  out->clear();
  auto cap = [&]() -> size_t {
    if (out->size() <= kMaxStatementsPerArticle) return 0;
    size_t dropped = out->size() - kMaxStatementsPerArticle;
    out->resize(kMaxStatementsPerArticle);
    return dropped;
  };
  if (article.text.size() <= 2 * kDetectionPartBytes) {
    DetectWhole(article, options, extractor, out);
    return cap();
  }
  // Everything of the article but its text and paragraphs (a copy of the
  // whole would hold the huge text twice).
  static_assert(sizeof(Article) == 9 * sizeof(std::string) + sizeof(std::vector<Span>) + sizeof(int64_t),
                "a new Article field: copy it into the part below");
  Article part;
  part.id = article.id;
  part.url = article.url;
  part.outlet = article.outlet;
  part.title = article.title;
  part.byline = article.byline;
  part.published = article.published;
  part.language = article.language;
  part.source_file = article.source_file;
  part.source_line = article.source_line;
  std::string_view text = article.text;
  // Paragraphs are in order and do not overlap: the first one that may
  // reach into the next part moves forward only, so splitting costs the
  // paragraphs once, not once per part.
  size_t first_para = 0;
  for (size_t from = 0; from < text.size();) {
    if (out->size() > kMaxStatementsPerArticle) {
      // The rest is not read: count what it leaves out as unknown (at least 1).
      return cap() + 1;
    }
    size_t to = PartEnd(text, from);
    part.text = std::string(text.substr(from, to - from));  // frees the previous part's buffer
    // The paragraphs in the part, clipped to it (a paragraph longer than a
    // part is cut) and made relative to it.
    part.paragraphs.clear();
    const std::vector<Span>& ps = article.paragraphs;
    while (first_para < ps.size() && ps[first_para].end <= from) ++first_para;
    for (size_t k = first_para; k < ps.size() && ps[k].begin < to; ++k) {
      size_t b = std::max(ps[k].begin, from), e = std::min(ps[k].end, to);
      if (b < e) part.paragraphs.push_back(Span{b - from, e - from});
    }
    size_t first_new = out->size();
    DetectWhole(part, options, extractor, out);
    for (size_t i = first_new; i < out->size(); ++i) {
      Quote& q = (*out)[i];
      for (Span& f : q.fragments) ShiftSpan(from, &f);
      ShiftSpan(from, &q.cue);
      ShiftSpan(from, &q.speaker_mention);
    }
    from = to;
  }
  return cap();
}

bool ParseKinds(std::string_view kinds, DetectOptions* options) {
  options->quotes = options->claims = false;
  size_t pos = 0;
  while (pos <= kinds.size()) {
    size_t comma = kinds.find(',', pos);
    if (comma == std::string_view::npos) comma = kinds.size();
    std::string_view kind = kinds.substr(pos, comma - pos);
    if (kind == "quote" || kind == "quotes") options->quotes = true;
    else if (kind == "claim" || kind == "claims") options->claims = true;
    else return false;
    pos = comma + 1;
  }
  return true;
}

bool RunIngestPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                       const StoreFn& store, const ProblemSink& on_problem) {
  if (options.jobs <= 1) {
    // Inline: the same stages, no threads.
    ArticleReader reader(options.read);
    QuoteExtractor extractor(options.detect.quote_options);
    bool ok = true;
    for (size_t i = 0; i < files.size(); ++i) {
      reader.ReadRecords(
          files[i],
          [&](RawRecord&& record) {
            if (!ok) return;
            if (options.on_read) options.on_read(i, record.disk_offset);
            const size_t input_bytes = record.bytes.size();
            Parsed parsed;
            ParseOne(reader, extractor, options.detect, nullptr, std::move(record), &parsed);
            for (const InputProblem& problem : parsed.problems) on_problem(problem);
            for (ParsedArticle& a : parsed.articles)
              if (ok && !store(a.article, a.quotes, &a.prepared)) ok = false;
            parsed = Parsed();
            ReturnFreedMemory(input_bytes);
          },
          on_problem);
      if (!ok) break;
    }
    return ok;
  }
  Pipeline pipeline(options, store, on_problem);
  return pipeline.Run(files);
}

}  // namespace qtrack::cli
