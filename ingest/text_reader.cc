#include "ingest/text_reader.h"

#include <string>

#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "ingest/article_util.h"

namespace qtrack {
namespace {

// Returns the field a header line sets, or nullptr when it is not a header.
std::string* HeaderField(std::string_view key, Article* article) {
  if (key == "date" || key == "published") return &article->published;
  if (key == "title") return &article->title;
  if (key == "url") return &article->url;
  if (key == "outlet" || key == "source") return &article->outlet;
  if (key == "byline" || key == "author") return &article->byline;
  if (key == "language" || key == "lang") return &article->language;
  if (key == "id") return &article->id;
  return nullptr;
}

bool LooksLikeDate(std::string_view s) {
  return s.size() >= 10 && absl::ascii_isdigit(s[0]) && absl::ascii_isdigit(s[3]) &&
         s[4] == '-' && s[7] == '-';
}

}  // namespace

Article ParseTextArticle(std::string_view text) {
  Article article;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // BOM
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = StripWhitespace(text.substr(pos, nl - pos));
    if (line.empty()) {
      pos = nl + 1;
      continue;
    }
    size_t space = line.find_first_of(" \t:");
    std::string_view key = line.substr(0, space);
    std::string* field = space == std::string_view::npos
                             ? nullptr
                             : HeaderField(key, &article);  // lower-case keys only: prose starts capitalised
    if (field == nullptr || !field->empty()) break;
    std::string_view value = StripLeadingWhitespace(line.substr(space + 1));
    ConsumePrefix(&value, ":");
    value = StripLeadingWhitespace(value);
    if (field == &article.published) {
      if (!LooksLikeDate(value)) break;
      // "date 2025-04-14 The Power Within…": the date is the first token,
      // the rest of the line is body text.
      size_t end = value.find_first_of(" \t");
      std::string_view date = value.substr(0, end);
      *field = std::string(date);
      if (end != std::string_view::npos) {
        std::string_view rest = StripLeadingWhitespace(value.substr(end));
        pos = static_cast<size_t>(rest.data() - text.data());
        break;
      }
    } else {
      *field = std::string(value);
    }
    pos = nl + 1;
  }
  if (pos > text.size()) pos = text.size();
  article.text = std::string(text.substr(pos));
  FinishArticle(&article);
  return article;
}

}  // namespace qtrack
