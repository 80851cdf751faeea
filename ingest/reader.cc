#include "ingest/reader.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/strings.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/utf8.h"
#include "ingest/article_util.h"
#include "ingest/feed_reader.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/language.h"
#include "ingest/text_reader.h"

namespace qtrack {

struct ArticleReader::Impl {
  ReadOptions options;
  JsonlReader jsonl;
  std::string line;
  std::string repaired;
  std::string document;
  std::string decoded;  // a UTF-16 input, as UTF-8
};

namespace {

// Makes `raw` valid UTF-8 in `*scratch` when it is not, reporting a
// warning; returns a view of the valid text.
std::string_view ValidUtf8(std::string_view raw, std::string* scratch,
                           const std::string& file, int64_t line,
                           const ProblemSink& on_problem) {
  if (IsValidUtf8(raw) && raw.find('\0') == std::string_view::npos) return raw;
  size_t repairs = RepairUtf8(raw, scratch);
  on_problem({file, line,
              absl::StrCat("invalid UTF-8 or NUL bytes: ", repairs,
                           " repaired (U+FFFD or dropped)"),
              /*warning=*/true});
  return *scratch;
}

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Frees a buffer's memory (clear() keeps it).
void Release(std::string* s) { std::string().swap(*s); }

// Records larger than this are handed on in the reading buffer itself
// rather than copied, and buffers they grew are let go afterwards.
constexpr size_t kHugeBytes = size_t{4} << 20;

// Reading buffers are reused from record to record; one that a huge record
// grew is let go, so a run does not hold the largest record's size (twice
// or three times) to its end.
void ReleaseIfHuge(std::string* s) {
  if (s->capacity() > kHugeBytes) Release(s);
}

// Which UTF-16 a byte order mark announces, if any.
enum class Utf16Bom { kNone, kLittleEndian, kBigEndian };
Utf16Bom FindUtf16Bom(std::string_view head) {
  if (head.starts_with("\xFF\xFE")) return Utf16Bom::kLittleEndian;
  if (head.starts_with("\xFE\xFF")) return Utf16Bom::kBigEndian;
  return Utf16Bom::kNone;
}

}  // namespace

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  if (name == "auto") *format = InputFormat::kAuto;
  else if (name == "text" || name == "txt") *format = InputFormat::kText;
  else if (name == "jsonl" || name == "json") *format = InputFormat::kJsonl;
  else if (name == "html") *format = InputFormat::kHtml;
  else if (name == "feed" || name == "rss" || name == "atom") *format = InputFormat::kFeed;
  else return false;
  return true;
}

InputFormat DetectFormat(std::string_view head) {
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  size_t i = 0;
  while (i < head.size() && absl::ascii_isspace(static_cast<unsigned char>(head[i]))) ++i;
  head.remove_prefix(i);
  if (head.empty()) return InputFormat::kText;
  if (head[0] == '{') return InputFormat::kJsonl;
  if (head[0] != '<') return InputFormat::kText;
  std::string lower = absl::AsciiStrToLower(ToAbsl(head.substr(0, 1024)));
  // Feeds: the root element, possibly after an XML declaration, comments
  // or a stylesheet instruction.
  if (lower.find("<rss") != std::string::npos || lower.find("<feed") != std::string::npos ||
      lower.find("<rdf:rdf") != std::string::npos) {
    if (lower.find("<html") == std::string::npos) return InputFormat::kFeed;
  }
  return InputFormat::kHtml;
}

ArticleReader::ArticleReader(ReadOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
ArticleReader::~ArticleReader() = default;

size_t ArticleReader::ReadFile(const std::string& path, const ArticleSink& on_article,
                               const ProblemSink& on_problem) {
  size_t produced = 0;
  ReadRecords(path, [&](RawRecord&& record) {
    produced += ParseRecord(std::move(record), on_article, on_problem);
  }, on_problem);
  return produced;
}

size_t ArticleReader::ReadRecords(const std::string& path, const RecordSink& on_record,
                                  const ProblemSink& on_problem) {
  auto opened = InputFile::Open(path);
  const std::string display = path == "-" ? "<stdin>" : path;
  if (!opened.ok()) {
    on_problem({display, 0, std::string(opened.status().message())});
    return 0;
  }
  InputFile& in = **opened;
  auto head = in.Peek(4096);
  if (!head.ok()) {
    on_problem({display, 0, std::string(head.status().message())});
    return 0;
  }
  if (head->empty()) {
    on_problem({display, 0, "empty file"});
    return 0;
  }
  const Utf16Bom utf16 = FindUtf16Bom(*head);
  InputFormat format = impl_->options.format;
  if (format == InputFormat::kAuto && utf16 == Utf16Bom::kNone) format = DetectFormat(*head);

  size_t records = 0;
  // One JSON Lines record: a UTF-8 BOM (a file's first line, or files
  // joined with cat) is not part of the JSON.
  auto jsonl_record = [&](std::string_view line, int64_t line_number) {
    line = StripWhitespace(line);
    if (line.starts_with(kUtf8Bom)) line = StripWhitespace(line.substr(kUtf8Bom.size()));
    if (line.empty()) return;
    line = ValidUtf8(line, &impl_->repaired, display, line_number, on_problem);
    ++records;
    RawRecord record{display, line_number, InputFormat::kJsonl, {}, in.disk_offset()};
    std::string& buffer = impl_->line;
    if (line.size() > kHugeBytes && line.data() >= buffer.data() &&
        line.data() + line.size() <= buffer.data() + buffer.size()) {
      // A huge record takes the line buffer, trimmed, instead of a copy:
      // one 60 MB record is not held twice while it waits for a worker.
      const size_t begin = line.data() - buffer.data();
      buffer.resize(begin + line.size());
      buffer.erase(0, begin);
      record.bytes = std::move(buffer);
      buffer = std::string();
    } else {
      record.bytes = std::string(line);
    }
    on_record(std::move(record));
  };
  auto too_long = [&](int64_t line_number) {
    on_problem({display, line_number,
                absl::StrCat("record longer than the ", impl_->options.max_record_bytes >> 20,
                             " MiB limit; skipped")});
  };

  if (utf16 != Utf16Bom::kNone) {
    // UTF-16 (by its byte order mark) is decoded whole, within the
    // document limit, then read as UTF-8 input would be.
    absl::Status read = in.ReadAll(&impl_->document, impl_->options.max_document_bytes);
    if (!read.ok()) {
      on_problem({display, 0, std::string(read.message())});
      return 0;
    }
    impl_->decoded.clear();
    const size_t repairs = DecodeUtf16(std::string_view(impl_->document).substr(2),
                                       utf16 == Utf16Bom::kBigEndian, &impl_->decoded);
    if (repairs > 0)
      on_problem({display, 0, absl::StrCat("invalid UTF-16: ", repairs, " repaired (U+FFFD)"),
                  /*warning=*/true});
    if (format == InputFormat::kAuto) format = DetectFormat(impl_->decoded);
    if (format == InputFormat::kJsonl) {
      int64_t line_number = 0;
      for (absl::string_view line : absl::StrSplit(impl_->decoded, '\n')) {
        ++line_number;
        if (line.size() > impl_->options.max_record_bytes) too_long(line_number);
        else jsonl_record(ToStd(line), line_number);
      }
      return records;
    }
    impl_->document.swap(impl_->decoded);
  } else if (format == InputFormat::kJsonl) {
    while (true) {
      auto status = in.ReadLine(&impl_->line, impl_->options.max_record_bytes);
      if (!status.ok()) {
        on_problem({display, in.line_number() + 1, std::string(status.status().message())});
        break;
      }
      if (*status == LineStatus::kEnd) break;
      if (*status == LineStatus::kTooLong) too_long(in.line_number());
      else jsonl_record(impl_->line, in.line_number());
      ReleaseIfHuge(&impl_->line);
      ReleaseIfHuge(&impl_->repaired);
    }
    return records;
  } else {
    absl::Status read = in.ReadAll(&impl_->document, impl_->options.max_document_bytes);
    if (!read.ok()) {
      on_problem({display, 0, std::string(read.message())});
      return 0;
    }
  }
  std::string_view doc = impl_->document;
  if (doc.starts_with(kUtf8Bom)) doc.remove_prefix(kUtf8Bom.size());
  doc = ValidUtf8(doc, &impl_->repaired, display, 0, on_problem);
  RawRecord record{display, 0, format, {}, in.disk_offset()};
  if (doc.data() == impl_->document.data() && doc.size() == impl_->document.size())
    record.bytes = std::move(impl_->document);  // no copy of a document that needs none
  else
    record.bytes = std::string(doc);
  ReleaseIfHuge(&impl_->document);
  ReleaseIfHuge(&impl_->decoded);
  ReleaseIfHuge(&impl_->repaired);
  on_record(std::move(record));
  return 1;
}

size_t ArticleReader::ParseRecord(RawRecord&& record, const ArticleSink& on_article,
                                  const ProblemSink& on_problem) {
  size_t produced = 0;
  auto emit = [&](Article&& article) {
    article.source_file = record.file;
    article.source_line = record.line;
    // Set after the id was fixed (FinishArticle), so that moving the
    // files later changes no article's identity.
    if (article.url.empty())
      article.url = SourceFileUrl(record.file, record.line, impl_->options.source_roots);
    if (article.outlet.empty()) article.outlet = impl_->options.outlet;
    FillLanguage(&article);  // when the source did not state it: CLD2
    ++produced;
    on_article(std::move(article));
  };
  switch (record.format) {
    case InputFormat::kJsonl: {
      Article article;
      absl::Status parsed = impl_->jsonl.Parse(record.bytes, &article);
      Release(&record.bytes);  // the article holds what is needed
      if (!parsed.ok()) {
        on_problem({record.file, record.line, std::string(parsed.message())});
        break;
      }
      for (const std::string& note : impl_->jsonl.notes())
        on_problem({record.file, record.line, note, /*warning=*/true});
      emit(std::move(article));
      break;
    }
    case InputFormat::kHtml: {
      std::vector<std::string> notes;
      auto article = ParseHtmlArticle(record.bytes, "", HtmlOptions(), &notes);
      Release(&record.bytes);
      for (const std::string& note : notes) on_problem({record.file, 0, note, /*warning=*/true});
      if (!article.ok()) {
        on_problem({record.file, 0, std::string(article.status().message())});
        break;
      }
      FinishArticle(&*article);
      emit(std::move(*article));
      break;
    }
    case InputFormat::kFeed: {
      absl::Status s = ParseFeed(record.bytes, [&](Article&& article) {
        FinishArticle(&article);
        emit(std::move(article));
      });
      if (!s.ok()) on_problem({record.file, 0, std::string(s.message())});
      break;
    }
    default: {
      Article article = ParseTextArticle(record.bytes);
      Release(&record.bytes);
      if (article.paragraphs.empty()) {
        on_problem({record.file, 0, "no text"});
        break;
      }
      emit(std::move(article));
    }
  }
  return produced;
}

}  // namespace qtrack
