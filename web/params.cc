#include "web/params.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/strings.h"
#include "report/html.h"

namespace qtrack::web {

std::string RequestParams::Get(std::string_view key) const {
  auto it = params_.find(std::string(key));
  return it == params_.end() ? std::string() : it->second;
}

void RequestParams::Fail(std::string_view key, std::string_view expected) {
  if (error_.empty()) error_ = absl::StrCat(ToAbsl(key), ": expected ", ToAbsl(expected));
}

Paging RequestParams::GetPaging(size_t default_limit, size_t max_limit) {
  Paging paging{0, default_limit};
  auto number = [&](std::string_view key, size_t* out) {
    const std::string text = Get(key);
    if (text.empty()) return;
    uint64_t value = 0;
    if (!absl::SimpleAtoi(text, &value) || text.find_first_not_of("0123456789") != std::string::npos)
      return Fail(key, "a whole number");
    *out = value;
  };
  number("offset", &paging.offset);
  number("limit", &paging.limit);
  if (paging.limit < 1 || paging.limit > max_limit)
    Fail("limit", absl::StrCat("1 to ", max_limit));
  return paging;
}

std::string RequestParams::GetDate(std::string_view key) {
  const std::string text = Get(key);
  if (text.empty()) return "";
  int y = 0, m = 0, d = 0;
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      absl::SimpleAtoi(text.substr(0, 4), &y) &&
                      absl::SimpleAtoi(text.substr(5, 2), &m) &&
                      absl::SimpleAtoi(text.substr(8, 2), &d);
  const absl::CivilDay day(y, m, d);
  if (!shaped || day.year() != y || day.month() != m || day.day() != d) {
    Fail(key, "a date YYYY-MM-DD");
    return "";
  }
  return text;
}

SaidQuery RequestParams::GetSaidQuery(size_t default_limit, size_t max_limit) {
  SaidQuery q;
  q.speaker = Get("speaker");
  q.since = GetDate("since");
  q.until = GetDate("until");
  q.via = Get("via");
  q.outlet = Get("outlet");
  q.kind = Get("kind");
  q.polarity = Get("polarity");
  q.statement_class = Get("class");
  auto known = [](const std::vector<std::string_view>& values, const std::string& value) {
    return value.empty() || std::find(values.begin(), values.end(), value) != values.end();
  };
  if (!known(KnownKinds(), q.kind)) Fail("kind", "direct, mixed, indirect or claim");
  if (!known(KnownPolarities(), q.polarity)) Fail("polarity", "asserts or denies");
  if (!known({"speech", "belief", "intent", "all"}, q.statement_class))
    Fail("class", "speech, belief, intent or all");
  const Paging paging = GetPaging(default_limit, max_limit);
  q.offset = paging.offset;
  q.limit = paging.limit;
  return q;
}

const std::vector<std::string_view>& KnownKinds() {
  static const std::vector<std::string_view> kinds = {"direct", "mixed", "indirect", "claim"};
  return kinds;
}

const std::vector<std::string_view>& KnownPolarities() {
  static const std::vector<std::string_view> polarities = {"asserts", "denies"};
  return polarities;
}

std::string PathWithParams(std::string_view path,
                           const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out(path);
  char separator = '?';
  for (const auto& [key, value] : params) {
    if (value.empty()) continue;
    absl::StrAppend(&out, std::string(1, separator), key, "=", UrlEncode(value));
    separator = '&';
  }
  return out;
}

}  // namespace qtrack::web
