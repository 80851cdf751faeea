#include "ingest/article_util.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/hash.h"
#include "common/strings.h"

namespace qtrack {
namespace {

constexpr size_t kContentHashIdBytes = 33;  // "h" + 32 hex digits

int MonthFromName(std::string_view name) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower = absl::AsciiStrToLower(ToAbsl(name.substr(0, 3)));
  for (int i = 0; i < 12; ++i)
    if (lower == kMonths[i]) return i + 1;
  return 0;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string ContentHashId(std::string_view text) {
  return absl::StrFormat("h%016x%016x", Fnv1a(text, kFnv1aOffsetBasis),
                         Fnv1a(text, 0x84222325cbf29ce4ULL));
}

std::vector<Span> SplitParagraphs(std::string_view text) {
  std::vector<Span> spans;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && absl::ascii_isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && absl::ascii_isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) spans.push_back({b, e});
    pos = nl + 1;
  }
  return spans;
}

namespace {

std::string AbsolutePath(std::string_view path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(std::filesystem::path(path), error);
  return error ? std::string(path) : absolute.lexically_normal().string();
}

// "file://" + the absolute path, or "file:" + a relative one, encoded.
std::string FileUrl(std::string_view scheme, std::string_view path, int64_t line) {
  std::string url(scheme);
  for (unsigned char c : path) {
    if (absl::ascii_isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      absl::StrAppendFormat(&url, "%%%02X", c);
    }
  }
  if (line > 0) absl::StrAppend(&url, "#line=", line);
  return url;
}

}  // namespace

std::string SourceFileUrl(std::string_view path, int64_t line) {
  if (path.empty() || path == "-" || path == "<stdin>") return "";
  return FileUrl("file://", AbsolutePath(path), line);
}

std::string SourceFileUrl(std::string_view path, int64_t line,
                          const std::vector<std::string>& roots) {
  if (path.empty() || path == "-" || path == "<stdin>") return "";
  const std::string full = AbsolutePath(path);
  std::string_view best;
  for (const std::string& root : roots) {
    std::string_view r = root;
    while (r.size() > 1 && r.back() == '/') r.remove_suffix(1);
    if (r.size() <= best.size() || full.size() <= r.size() + (r == "/" ? 0 : 1)) continue;
    if (full.compare(0, r.size(), r) != 0) continue;
    if (r != "/" && full[r.size()] != '/') continue;
    best = r;
  }
  if (best.empty()) return FileUrl("file://", full, line);
  const size_t skip = best == "/" ? 1 : best.size() + 1;
  return FileUrl("file:", std::string_view(full).substr(skip), line);
}

std::vector<std::string> IngestRoots(const std::vector<std::string>& paths) {
  std::vector<std::string> roots;
  for (const std::string& path : paths) {
    if (path.empty() || path == "-") continue;
    std::error_code error;
    const std::string full = AbsolutePath(path);
    if (std::filesystem::is_directory(full, error)) {
      roots.push_back(full);
    } else {
      roots.push_back(std::filesystem::path(full).parent_path().string());
    }
  }
  return roots;
}

std::string UrlHost(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  ConsumePrefix(&rest, "www.");
  return absl::AsciiStrToLower(ToAbsl(rest));
}

std::string ArticleContentHash(const Article& article) {
  return ContentHashId(absl::StrCat(article.title, "\n", article.text));
}

std::string ArticleIdentity(const Article& article) {
  if (!article.url.empty() && article.id == article.url) return absl::StrCat("url\t", article.id);
  // Only an id of a content hash's shape is worth hashing the text for.
  if (article.id.size() == kContentHashIdBytes && article.id[0] == 'h' &&
      article.id == ArticleContentHash(article))
    return absl::StrCat("content\t", article.id);
  const std::string scope = article.outlet.empty() ? article.source_file
                                                   : absl::AsciiStrToLower(article.outlet);
  return absl::StrCat("id\t", scope, "\t", article.id);
}

void FinishArticle(Article* article) {
  if (article->paragraphs.empty()) article->paragraphs = SplitParagraphs(article->text);
  if (article->id.empty())
    article->id = !article->url.empty() ? article->url : ArticleContentHash(*article);
  if (article->outlet.empty()) article->outlet = UrlHost(article->url);
  // A date no one can read ("2005-13-45", "soon") is no date: the article
  // is undated, as if it had none (readers note what they drop).
  if (!article->published.empty()) article->published = NormalizeDate(article->published);
}

std::string_view DatePart(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  return iso.substr(0, 10);
}

namespace {

std::string NormalizeDateForm(std::string_view date) {
  date = StripWhitespace(date);
  // ISO 8601 forms: keep as is, with ' ' between date and time made 'T'.
  if (date.size() >= 10 && AllDigits(date.substr(0, 4)) && date[4] == '-' &&
      AllDigits(date.substr(5, 2)) && date[7] == '-' && AllDigits(date.substr(8, 2))) {
    std::string out(date);
    if (out.size() > 10 && out[10] == ' ') out[10] = 'T';
    // "2025-04-14T00:00:00" with no zone is still a date-time; keep it.
    return out;
  }
  // RFC 822 / RFC 2822: "[Mon, ]14 Apr 2025[ 15:29:00 +0300|GMT]".
  std::vector<std::string_view> parts;
  for (absl::string_view part : absl::StrSplit(ToAbsl(date), ' ', absl::SkipEmpty()))
    parts.push_back(ToStd(part));
  if (!parts.empty() && parts[0].ends_with(",") && !AllDigits(parts[0].substr(0, 1)))
    parts.erase(parts.begin());
  if (parts.size() >= 3 && AllDigits(parts[0]) && MonthFromName(parts[1]) &&
      AllDigits(parts[2]) && parts[2].size() == 4) {
    int day = 0, year = 0;
    (void)absl::SimpleAtoi(ToAbsl(parts[0]), &day);
    (void)absl::SimpleAtoi(ToAbsl(parts[2]), &year);
    std::string out = absl::StrFormat("%04d-%02d-%02d", year, MonthFromName(parts[1]), day);
    if (parts.size() >= 4 && parts[3].size() >= 5 && parts[3][2] == ':') {
      std::string_view time = parts[3];
      absl::StrAppend(&out, "T", ToAbsl(time), time.size() == 5 ? ":00" : "");
      if (parts.size() >= 5) {
        std::string_view zone = parts[4];
        if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 5) {
          absl::StrAppend(&out, ToAbsl(zone.substr(0, 3)), ":", ToAbsl(zone.substr(3)));
        } else if (zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z") {
          absl::StrAppend(&out, "Z");
        }
      }
    }
    return out;
  }
  // "April 14, 2025" / "Apr 14 2025".
  if (parts.size() >= 3 && MonthFromName(parts[0])) {
    std::string_view day_text = parts[1];
    if (day_text.ends_with(",")) day_text.remove_suffix(1);
    int day = 0, year = 0;
    if (AllDigits(day_text) && absl::SimpleAtoi(ToAbsl(day_text), &day) && AllDigits(parts[2]) &&
        parts[2].size() == 4 && absl::SimpleAtoi(ToAbsl(parts[2]), &year) && day >= 1 && day <= 31) {
      return absl::StrFormat("%04d-%02d-%02d", year, MonthFromName(parts[0]), day);
    }
  }
  return "";
}

// Whether the YYYY-MM-DD that `iso` opens with is a day of the calendar
// ("2005-13-45" and "2005-02-30" are not).
bool IsCalendarDay(std::string_view iso) {
  int year = 0, month = 0, day = 0;
  if (iso.size() < 10 || !absl::SimpleAtoi(ToAbsl(iso.substr(0, 4)), &year) ||
      !absl::SimpleAtoi(ToAbsl(iso.substr(5, 2)), &month) || !absl::SimpleAtoi(ToAbsl(iso.substr(8, 2)), &day))
    return false;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

std::string NormalizeDate(std::string_view date) {
  std::string iso = NormalizeDateForm(date);
  if (!iso.empty() && !IsCalendarDay(iso)) iso.clear();
  return iso;
}

}  // namespace qtrack
