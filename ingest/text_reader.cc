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

// "by Anna Novak April 14, 2025 3:29 PM" → "Anna Novak": the capitalised
// words after "by", up to a month or a number; "" when the line is no
// byline.
std::string BylineName(std::string_view line) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
  if (!ConsumePrefix(&line, "by ") && !ConsumePrefix(&line, "By ") && !ConsumePrefix(&line, "BY ")) return "";
  std::string name;
  size_t pos = 0;
  for (int words = 0; pos < line.size() && words < 5; ++words) {
    size_t space = line.find(' ', pos);
    if (space == std::string_view::npos) space = line.size();
    std::string_view word = line.substr(pos, space - pos);
    pos = space + 1;
    bool month = false;
    for (std::string_view m : kMonths) month |= word == m;
    if (word.empty() || !absl::ascii_isupper(static_cast<unsigned char>(word[0])) || month) break;
    if (!name.empty()) name += ' ';
    name.append(word);
  }
  return name;
}

bool LooksLikeDate(std::string_view s) {
  return s.size() >= 10 && absl::ascii_isdigit(s[0]) && absl::ascii_isdigit(s[3]) &&
         s[4] == '-' && s[7] == '-';
}

// A plain-text news file often opens with its headline alone on a line,
// a blank line after it (the BBC corpus and many archive dumps do).
// Returns that line, or "" when the text does not open so: the line is
// longer than a headline, ends as a sentence or a salutation does, or no
// blank line and body follow.
std::string_view OpeningHeadline(std::string_view body) {
  constexpr size_t kMaxHeadlineBytes = 160;
  body = StripLeadingWhitespace(body);
  const size_t nl = body.find('\n');
  if (nl == std::string_view::npos) return "";
  const std::string_view line = StripWhitespace(body.substr(0, nl));
  if (line.empty() || line.size() > kMaxHeadlineBytes) return "";
  if (std::string_view(".,;:").find(line.back()) != std::string_view::npos) return "";
  const size_t next_nl = body.find('\n', nl + 1);
  if (next_nl == std::string_view::npos) return "";
  if (!StripWhitespace(body.substr(nl + 1, next_nl - nl - 1)).empty()) return "";
  if (StripWhitespace(body.substr(next_nl)).empty()) return "";
  return line;
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
  // After the id, which hashes the title given: a derived title leaves the
  // ids of stored articles as they were. The text keeps the headline:
  // offsets stay those of the file.
  if (article.title.empty()) article.title = std::string(OpeningHeadline(article.text));
  std::erase_if(article.paragraphs, [&](const Span& p) {
    std::string_view line = std::string_view(article.text).substr(p.begin, p.size());
    if (p.begin == article.paragraphs.front().begin || !IsBoilerplateLine(line)) return false;
    if (article.byline.empty()) article.byline = BylineName(line);
    return true;
  });
  return article;
}

bool IsBoilerplateLine(std::string_view line) {
  line = StripWhitespace(line);
  if (line.empty()) return true;
  // A sentence end (also before closing quotes or brackets) or any
  // quotation mark makes prose.
  static constexpr std::string_view kClosers[] = {"\"", ")", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"};
  std::string_view end = line;
  for (bool trimmed = true; trimmed && !end.empty();) {
    trimmed = false;
    for (std::string_view closer : kClosers)
      if (end.ends_with(closer)) {
        end.remove_suffix(closer.size());
        trimmed = true;
      }
  }
  for (std::string_view stop : {".", "!", "?", ":", "\xE2\x80\xA6"})
    if (end.ends_with(stop)) return false;
  for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xE2\x80\x9E", " '",
                                "\xE2\x80\x98"})
    if (line.find(mark) != std::string_view::npos) return false;
  int words = 0, capitalised = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t space = line.find(' ', pos);
    if (space == std::string_view::npos) space = line.size();
    std::string_view word = line.substr(pos, space - pos);
    pos = space + 1;
    if (word.empty()) continue;
    unsigned char c = word[0];
    if (c < 0x80 && !absl::ascii_isalpha(c)) continue;
    ++words;
    // A Latin capital, or a Cyrillic one (U+0400-U+042F: D0 80-AF).
    capitalised += absl::ascii_isupper(c) ||
                   (c == 0xD0 && word.size() > 1 && static_cast<unsigned char>(word[1]) <= 0xAF);
  }
  return words <= 8 || capitalised * 10 >= words * 7;
}

}  // namespace qtrack
