// File: web/pages.h
//
// What `qtrack serve` answers, without the socket: the HTML pages and the
// JSON API, one function each, over a store opened for the request.
//
//   page                         API                       parameters (web/params.h)
//   /                            /api/search               q, offset, limit
//   /speakers                    /api/speakers             filter, offset, limit
//   /speaker                     /api/said                 speaker, since, until, via,
//                                                          outlet, kind, polarity, offset, limit
//   /statement/ID                /api/statement/ID
//   /narratives                  /api/narratives           since, until, offset, limit
//   /contradictions              /api/contradictions       speaker, offset, limit
//   /reports                     /api/reports
//   /report                      /api/report               week
//
// Lists in the API are objects: {"total", "offset", "limit", and the items
// under their name}; statements as `qtrack said --format jsonl` has them.
// Every page carries the navigation (search, speakers, narratives,
// contradictions, reports). Every string from articles is HTML-escaped
// (report/html.h); only http(s) URLs become links.
#ifndef QTRACK_WEB_PAGES_H_
#define QTRACK_WEB_PAGES_H_

#include <string>
#include <string_view>

#include "claims/store.h"
#include "web/params.h"

namespace qtrack::web {

struct WebResponse {
  int status = 200;
  std::string body;
  std::string type = "text/html; charset=utf-8";
};

// An HTML page (with navigation) for `path`; 404 for an unknown path.
// `today` (YYYY-MM-DD) picks the report shown when no week is asked for:
// the last complete week.
WebResponse RenderPage(Store& store, std::string_view path, RequestParams& params,
                       std::string_view today);
// The JSON for `path` (which starts with /api/); 404 for an unknown one.
WebResponse RenderApi(Store& store, std::string_view path, RequestParams& params,
                      std::string_view today);
// An error as a page (with navigation) or as {"error": message}.
WebResponse ErrorResponse(int status, std::string_view message, bool api);

}  // namespace qtrack::web

#endif  // QTRACK_WEB_PAGES_H_
