// File: web/listings.h
//
// What the web UI's lists hold, computed once for a page and its /api/…
// twin: the speakers an index filter selects, a page of narratives or of
// contradictions with their total, and the weeks that have a report.
#ifndef QTRACK_WEB_LISTINGS_H_
#define QTRACK_WEB_LISTINGS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/store.h"
#include "web/params.h"

namespace qtrack::web {

// A page of a list and how long the list is.
template <typename T>
struct Listing {
  std::vector<T> items;
  size_t total = 0;
};

// Speakers with statements, most statements first, whose name, alias or
// role holds every word of `filter` (case- and diacritics-insensitive);
// all of them when `filter` is empty.
absl::StatusOr<Listing<SpeakerRecord>> FindSpeakerListing(Store& store, std::string_view filter,
                                                          const Paging& paging);

// Narratives active in [since, until] ("" = open), largest first.
absl::StatusOr<Listing<Narrative>> FindNarratives(Store& store, std::string_view since,
                                                  std::string_view until, const Paging& paging);

// Contradicting pairs (later, earlier), newest first; `speaker` (any
// alias) on either side when not empty.
absl::StatusOr<Listing<std::pair<Statement, Statement>>> FindContradictions(
    Store& store, std::string_view speaker, const Paging& paging);

struct ReportWeek {
  std::string week;      // 2025-W16
  std::string from, to;  // Monday and Sunday
  size_t articles = 0;   // published that week
};
// Every ISO week in which a stored article was published, newest first.
// Scans the article records: O(articles stored).
absl::StatusOr<std::vector<ReportWeek>> FindReportWeeks(Store& store);

// The HTTP status for a failed store call: 400 for a bad query, 404 for
// what does not exist, 503 when there is no database, 500 otherwise (a
// server fault is never reported as the client's).
int HttpStatusOf(const absl::Status& status);

}  // namespace qtrack::web

#endif  // QTRACK_WEB_LISTINGS_H_
