// File: claims/tweet_text.cc
#include "claims/tweet_text.h"

#include <cstdio>
#include <cstring>

#include "common/utf8.h"

namespace qtrack {
namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The embed's trailing "— Name (@handle) Month D, YYYY": where it starts,
// the name and the date. Twitter's embed code writes exactly this shape, so
// a strict match avoids eating an em dash inside the tweet's own text.
struct Embed {
  size_t start = std::string_view::npos;
  std::string_view name;
  std::string date;  // ISO or ""
};

int MonthNumber(std::string_view m) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
  for (int i = 0; i < 12; ++i)
    if (m == kMonths[i]) return i + 1;
  return 0;
}

std::string ParseEmbedDate(std::string_view s) {
  // "January 14, 2020"
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  const size_t sp = s.find(' ');
  if (sp == std::string_view::npos) return "";
  const int month = MonthNumber(s.substr(0, sp));
  if (month == 0) return "";
  s.remove_prefix(sp + 1);
  int day = 0, n = 0;
  while (n < static_cast<int>(s.size()) && IsDigit(s[n]) && n < 2) day = day * 10 + (s[n++] - '0');
  if (n == 0 || day < 1 || day > 31) return "";
  s.remove_prefix(n);
  if (s.size() < 6 || s[0] != ',' || s[1] != ' ') return "";
  s.remove_prefix(2);
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    if (!IsDigit(s[i])) return "";
    year = year * 10 + (s[i] - '0');
  }
  char buf[32];  // room for any int, so -O2 sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Embed FindEmbed(std::string_view t) {
  Embed e;
  size_t pos = t.rfind(kEmDash);
  while (pos != std::string_view::npos) {
    std::string_view rest = t.substr(pos + kEmDash.size());
    const size_t open = rest.find("(@");
    const size_t close = open == std::string_view::npos ? open : rest.find(')', open);
    // The name is short and on the same line; anything else is prose.
    if (close != std::string_view::npos && open < 120 &&
        rest.substr(0, open).find('\n') == std::string_view::npos) {
      e.start = pos;
      e.name = rest.substr(0, open);
      e.date = ParseEmbedDate(rest.substr(close + 1));
      return e;
    }
    if (pos == 0) break;
    pos = t.rfind(kEmDash, pos - 1);
  }
  return e;
}

// "AustralianFires" → "Australian Fires"; "COVID19" → "COVID 19";
// "USAToday" → "USA Today"; "stay_home" → "stay home".
void AppendSplitIdentifier(std::string_view w, std::string* out) {
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (c == '_') {
      out->push_back(' ');
      continue;
    }
    if (i > 0) {
      const char p = w[i - 1];
      const bool boundary =
          (IsLower(p) && IsUpper(c)) || (IsDigit(p) != IsDigit(c) && p != '_') ||
          (IsUpper(p) && IsUpper(c) && i + 1 < w.size() && IsLower(w[i + 1]));
      if (boundary) out->push_back(' ');
    }
    out->push_back(c);
  }
}

bool IsDroppedSymbol(char32_t cp) {
  return (cp >= 0x2190 && cp <= 0x2BFF) ||    // arrows, technical, dingbats, shapes
         (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // emoji, flags
         (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors
         (cp >= 0xE0000 && cp <= 0xE007F) ||  // tag characters (flag sequences)
         cp == 0x200D || cp == 0x20E3 ||      // ZWJ, keycap
         cp == 0xA9 || cp == 0xAE || cp == 0x2122;
}

// Decodes one entity at s[0] == '&'; returns its length (0 when not one).
size_t DecodeEntity(std::string_view s, std::string* out) {
  const size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi > 10) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  for (const auto& [n, v] : kNamed)
    if (name == n) {
      out->append(v);
      return semi + 1;
    }
  if (name.size() >= 2 && name[0] == '#') {
    char32_t cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    for (size_t i = hex ? 2 : 1; i < name.size(); ++i) {
      const char c = name[i];
      int d;
      if (IsDigit(c)) d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0) return 0;
    AppendUtf8(cp, out);
    return semi + 1;
  }
  return 0;
}

bool StartsWithUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.") ||
         s.starts_with("pic.twitter.com/");
}

}  // namespace

std::string TweetDate(std::string_view tweet) { return FindEmbed(tweet).date; }

std::string NormalizeTweet(std::string_view tweet) {
  const Embed embed = FindEmbed(tweet);
  std::string_view body = tweet.substr(0, embed.start);

  // Pass 1: entities decoded (so "&amp;" does not survive as a word).
  std::string decoded;
  decoded.reserve(body.size() + embed.name.size() + 1);
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '&') {
      const size_t n = DecodeEntity(body.substr(i), &decoded);
      if (n > 0) {
        i += n;
        continue;
      }
    }
    decoded.push_back(body[i++]);
  }
  decoded.push_back(' ');
  decoded.append(embed.name);

  // Pass 2: URLs, handles, hashtags, symbols; whitespace collapsed.
  std::string out;
  out.reserve(decoded.size());
  auto space = [&out] {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  };
  const std::string_view s = decoded;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    // URLs may be glued to the word before ("#IranUsapic.twitter.com/x").
    if ((c == 'h' || c == 'w' || c == 'p') && StartsWithUrl(s.substr(i))) {
      while (i < s.size() && !IsSpace(s[i])) ++i;
      space();
      continue;
    }
    if ((c == '#' || c == '@') && i + 1 < s.size() && (IsAsciiAlnum(s[i + 1]) || s[i + 1] == '_')) {
      size_t j = i + 1;
      while (j < s.size() && (IsAsciiAlnum(s[j]) || s[j] == '_')) ++j;
      // A hashtag glued to a URL ends where the URL starts.
      std::string_view word = s.substr(i + 1, j - i - 1);
      const size_t pic = word.find("pic");
      if (pic != std::string_view::npos && StartsWithUrl(s.substr(i + 1 + pic))) {
        word = word.substr(0, pic);
        j = i + 1 + pic;
      }
      space();
      AppendSplitIdentifier(word, &out);
      space();
      i = j;
      continue;
    }
    if (IsSpace(c)) {
      space();
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t pos = i;
      const char32_t cp = DecodeUtf8(s, &pos);
      if (pos <= i) pos = i + 1;
      if (cp == 0xA0 || cp == 0x2009 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200B)) {
        space();
      } else if (!IsDroppedSymbol(cp)) {
        out.append(s.substr(i, pos - i));
      }
      i = pos;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace qtrack
