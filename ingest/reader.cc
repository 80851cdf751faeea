#include "ingest/reader.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/strings.h"
#include "absl/strings/str_cat.h"
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
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
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
  InputFormat format = impl_->options.format;
  if (format == InputFormat::kAuto) {
    auto head = in.Peek(4096);
    if (!head.ok()) {
      on_problem({display, 0, std::string(head.status().message())});
      return 0;
    }
    if (head->empty()) {
      on_problem({display, 0, "empty file"});
      return 0;
    }
    format = DetectFormat(*head);
  }

  size_t records = 0;
  if (format == InputFormat::kJsonl) {
    while (true) {
      auto status = in.ReadLine(&impl_->line, impl_->options.max_record_bytes);
      if (!status.ok()) {
        on_problem({display, in.line_number() + 1, std::string(status.status().message())});
        break;
      }
      if (*status == LineStatus::kEnd) break;
      const int64_t line_number = in.line_number();
      if (*status == LineStatus::kTooLong) {
        on_problem({display, line_number,
                    absl::StrCat("record longer than the ",
                                 impl_->options.max_record_bytes >> 20,
                                 " MiB limit; skipped")});
        continue;
      }
      std::string_view line = StripWhitespace(impl_->line);
      if (line.empty()) continue;
      line = ValidUtf8(line, &impl_->repaired, display, line_number, on_problem);
      ++records;
      on_record({display, line_number, format, std::string(line)});
    }
    return records;
  }

  absl::Status read = in.ReadAll(&impl_->document, impl_->options.max_document_bytes);
  if (!read.ok()) {
    on_problem({display, 0, std::string(read.message())});
    return 0;
  }
  std::string_view doc = ValidUtf8(impl_->document, &impl_->repaired, display, 0, on_problem);
  on_record({display, 0, format, std::string(doc)});
  return 1;
}

size_t ArticleReader::ParseRecord(RawRecord&& record, const ArticleSink& on_article,
                                  const ProblemSink& on_problem) {
  size_t produced = 0;
  auto emit = [&](Article&& article) {
    article.source_file = record.file;
    article.source_line = record.line;
    FillLanguage(&article);  // when the source did not state it: CLD2
    ++produced;
    on_article(std::move(article));
  };
  switch (record.format) {
    case InputFormat::kJsonl: {
      Article article;
      absl::Status parsed = impl_->jsonl.Parse(record.bytes, &article);
      if (!parsed.ok()) {
        on_problem({record.file, record.line, std::string(parsed.message())});
        break;
      }
      emit(std::move(article));
      break;
    }
    case InputFormat::kHtml: {
      auto article = ParseHtmlArticle(record.bytes, "");
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
