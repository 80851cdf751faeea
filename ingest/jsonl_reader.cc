#include "ingest/jsonl_reader.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/strings.h"
#include "ingest/article_util.h"
#include "ingest/html_reader.h"
#include "simdjson.h"

namespace qtrack {

struct JsonlReader::Impl {
  simdjson::dom::parser parser;
  std::string padded;  // the line copied with simdjson's padding
  std::vector<std::string> notes;
};

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// The string value of the first of `keys` present as a non-empty string
// (numbers are printed), else "".
std::string FirstString(object obj, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    element value;
    if (obj.at_key(key).get(value) != simdjson::SUCCESS) continue;
    switch (value.type()) {
      case simdjson::dom::element_type::STRING: {
        std::string_view s = value.get_string().value_unsafe();
        if (!s.empty()) return std::string(s);
        break;
      }
      case simdjson::dom::element_type::INT64:
        return std::to_string(value.get_int64().value_unsafe());
      case simdjson::dom::element_type::UINT64:
        return std::to_string(value.get_uint64().value_unsafe());
      case simdjson::dom::element_type::ARRAY: {
        // authors: ["A", "B"] or [{"name": "A"}]
        std::vector<std::string> names;
        // Keep the array in a named variable: iterating the temporary
        // simdjson_result's value reads a dead object (found by the fuzzer).
        simdjson::dom::array items = value.get_array().value_unsafe();
        for (element item : items) {
          std::string_view s;
          if (item.get_string().get(s) == simdjson::SUCCESS) {
            names.emplace_back(s);
          } else if (item.is_object() &&
                     item["name"].get_string().get(s) == simdjson::SUCCESS) {
            names.emplace_back(s);
          }
        }
        if (!names.empty()) return absl::StrJoin(names, ", ");
        break;
      }
      case simdjson::dom::element_type::OBJECT: {
        std::string_view s;
        if (value["name"].get_string().get(s) == simdjson::SUCCESS && !s.empty())
          return std::string(s);
        break;
      }
      default:
        break;
    }
  }
  return "";
}

// Removes NUL characters from `s`; returns how many.
size_t EraseNuls(std::string* s) {
  const size_t before = s->size();
  std::erase(*s, '\0');
  return before - s->size();
}

}  // namespace

JsonlReader::JsonlReader() : impl_(std::make_unique<Impl>()) {}
JsonlReader::~JsonlReader() = default;

const std::vector<std::string>& JsonlReader::notes() const { return impl_->notes; }

absl::Status JsonlReader::Parse(std::string_view line, Article* article) {
  *article = Article();
  impl_->notes.clear();
  // The parser keeps its buffers (about twice the record) for the next
  // record: after a huge one it lets them go, so a reader that met one
  // 60 MB record does not hold 120 MB for the rest of the run (one per
  // ingest thread).
  constexpr size_t kKeepBuffersUpTo = size_t{4} << 20;
  struct ReleaseAfterHugeRecord {
    Impl* impl;
    size_t bytes;
    ~ReleaseAfterHugeRecord() {
      if (bytes <= kKeepBuffersUpTo) return;
      std::string().swap(impl->padded);
      impl->parser = simdjson::dom::parser();
    }
  } release{impl_.get(), line.size()};
  size_t nuls = 0;
  impl_->padded.assign(line);
  impl_->padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
  element doc;
  auto error = impl_->parser.parse(impl_->padded.data(), line.size(), false).get(doc);
  if (error) {
    return absl::InvalidArgumentError(
        absl::StrCat("not valid JSON (", simdjson::error_message(error), ")"));
  }
  object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) {
    return absl::InvalidArgumentError("a JSON Lines record must be an object");
  }
  std::string text =
      FirstString(obj, {"text", "maintext", "raw_text", "body", "content", "claim"});
  nuls += EraseNuls(&text);
  if (text.empty()) {
    std::string html = FirstString(obj, {"html", "raw_html"});
    nuls += EraseNuls(&html);
    if (html.empty()) {
      return absl::InvalidArgumentError(
          "record has no article text (expected a \"text\", \"maintext\", \"raw_text\", "
          "\"body\", \"content\" or \"html\" field)");
    }
    auto parsed = ParseHtmlArticle(html, FirstString(obj, {"url", "link"}), HtmlOptions(),
                                   &impl_->notes);
    if (!parsed.ok()) return parsed.status();
    *article = std::move(*parsed);
  } else {
    article->text = std::move(text);
  }
  auto set = [&nuls](std::string* field, std::string value) {
    nuls += EraseNuls(&value);
    if (!value.empty()) *field = std::move(value);
  };
  set(&article->id, FirstString(obj, {"id", "_id", "guid"}));
  set(&article->url, FirstString(obj, {"url", "link"}));
  set(&article->title, FirstString(obj, {"title", "headline"}));
  set(&article->published, FirstString(obj, {"date", "date_publish", "publish_date",
                                             "published", "datePublished"}));
  set(&article->outlet, FirstString(obj, {"outlet", "source_domain", "hostname", "sitename",
                                          "publisher"}));
  if (article->outlet.empty()) {
    // A list of outlets (EUvsDisinfo cases): the first is where it ran.
    simdjson::dom::array outlets;
    std::string_view first;
    if (obj["outlets"].get_array().get(outlets) == simdjson::SUCCESS && outlets.size() > 0 &&
        outlets.at(0).get_string().get(first) == simdjson::SUCCESS) {
      article->outlet = std::string(first);
      nuls += EraseNuls(&article->outlet);
    }
  }
  set(&article->byline, FirstString(obj, {"author", "authors", "byline"}));
  set(&article->language, FirstString(obj, {"language", "lang"}));
  if (nuls > 0)
    impl_->notes.push_back(absl::StrCat("NUL characters (U+0000) in JSON strings: ", nuls, " dropped"));
  if (!article->published.empty() && NormalizeDate(article->published).empty())
    impl_->notes.push_back(absl::StrCat("unreadable date \"", ToAbsl(article->published),
                                        "\": the article is read as undated"));
  FinishArticle(article);
  return absl::OkStatus();
}

}  // namespace qtrack
