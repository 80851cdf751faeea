// File: web/params.h
//
// The request parameters of the web UI. Pages and /api/… share their names
// and meaning, so that a page's address and its API call differ only in the
// path:
//   q         search query (qtrack search syntax)        /, /api/search
//   speaker   any alias of a speaker                     /speaker, /api/said,
//                                                        /contradictions
//   since, until  YYYY-MM-DD, inclusive                  /speaker, /narratives
//   via, outlet, kind, polarity   filters                /speaker
//   filter    words a speaker's name, alias or role holds /speakers
//   week      YYYY-Www                                   /report
//   offset, limit  paging                                every list
// Values are checked here; the first bad one becomes error() (HTTP 400).
#ifndef QTRACK_WEB_PARAMS_H_
#define QTRACK_WEB_PARAMS_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/store.h"

namespace qtrack::web {

using ParamMap = std::map<std::string, std::string>;

struct Paging {
  size_t offset = 0;
  size_t limit = 50;
};

// Thread-compatible value; one per request.
class RequestParams {
 public:
  explicit RequestParams(ParamMap params) : params_(std::move(params)) {}

  // The value as given ("" when absent).
  std::string Get(std::string_view key) const;
  // offset (default 0) and limit (default `default_limit`, at most
  // `max_limit`): whole numbers, else error().
  Paging GetPaging(size_t default_limit, size_t max_limit);
  // A YYYY-MM-DD date that exists, or "" when absent; else error().
  std::string GetDate(std::string_view key);
  // speaker, since, until, via, outlet, kind, polarity, offset, limit.
  SaidQuery GetSaidQuery(size_t default_limit, size_t max_limit);

  // The first problem met, "" when none: "limit: expected a whole number".
  const std::string& error() const { return error_; }

 private:
  void Fail(std::string_view key, std::string_view expected);
  ParamMap params_;
  std::string error_;
};

// The kinds and polarities the filters offer (any other is refused).
const std::vector<std::string_view>& KnownKinds();
const std::vector<std::string_view>& KnownPolarities();

// path + "?k=v&…" with the values percent-encoded and empty ones left out;
// not HTML-escaped (escape it to put it in an attribute).
std::string PathWithParams(std::string_view path,
                           const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace qtrack::web

#endif  // QTRACK_WEB_PARAMS_H_
