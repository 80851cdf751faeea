// The JSON API of `qtrack serve` (the contract is in web/pages.h): the
// same parameters and the same lists as the pages.
#include <functional>

#include "absl/strings/str_cat.h"
#include "common/strings.h"
#include "common/json_writer.h"
#include "report/report.h"
#include "web/listings.h"
#include "web/pages.h"

namespace qtrack::web {
namespace {

constexpr size_t kPageSize = 50, kMaxPageSize = 1000;

WebResponse Json(std::string body) { return {200, std::move(body), "application/json"}; }

// {"total": …, "total_is_exact": …, "offset": …, "limit": …, "<key>": [items]},
// then whatever `write_more` adds (keys and values).
WebResponse ListJson(uint64_t total, bool exact, const Paging& paging, std::string_view key,
                     const std::function<void(JsonWriter&)>& write_items,
                     const std::function<void(JsonWriter&)>& write_more = nullptr) {
  std::string body;
  JsonWriter w(&body);
  w.BeginObject();
  w.Key("total"); w.Int(static_cast<int64_t>(total));
  w.Key("total_is_exact"); w.Bool(exact);
  w.Key("offset"); w.Int(static_cast<int64_t>(paging.offset));
  w.Key("limit"); w.Int(static_cast<int64_t>(paging.limit));
  w.Key(key);
  w.BeginArray();
  write_items(w);
  w.EndArray();
  if (write_more) write_more(w);
  w.EndObject();
  return Json(std::move(body));
}

WebResponse StatementsJson(const StatementPage& page, const Paging& paging) {
  return ListJson(
      page.total, page.total_is_exact, paging, "statements",
      [&](JsonWriter& w) {
        for (const Statement& s : page.statements) w.Raw(StatementToJson(s));
      },
      [&](JsonWriter& w) {
        if (page.per_day.empty()) return;
        w.Key("per_day");  // the speaker page's timeline, by day
        w.BeginArray();
        for (const auto& [day, count] : page.per_day) {
          w.BeginObject();
          w.Key("date"); w.String(day);
          w.Key("statements"); w.Int(static_cast<int64_t>(count));
          w.EndObject();
        }
        w.EndArray();
      });
}

WebResponse Failed(const absl::Status& status) {
  return ErrorResponse(HttpStatusOf(status), ToStd(status.message()), true);
}

WebResponse SearchApi(Store& store, RequestParams& params) {
  const std::string q = params.Get("q");
  const Paging paging = params.GetPaging(kPageSize, kMaxPageSize);
  if (!params.error().empty()) return ErrorResponse(400, params.error(), true);
  if (q.empty()) return StatementsJson({}, paging);
  auto found = store.SearchPage(q, paging.offset, paging.limit);
  if (!found.ok()) return Failed(found.status());
  return StatementsJson(*found, paging);
}

WebResponse SaidApi(Store& store, RequestParams& params) {
  SaidQuery q = params.GetSaidQuery(kPageSize, kMaxPageSize);
  if (!params.error().empty()) return ErrorResponse(400, params.error(), true);
  if (q.speaker.empty()) return ErrorResponse(400, "speaker: expected a name", true);
  q.count_days = true;
  auto said = store.SaidPage(q);
  if (!said.ok()) return Failed(said.status());
  return StatementsJson(*said, {q.offset, q.limit});
}

WebResponse SpeakersApi(Store& store, RequestParams& params) {
  const Paging paging = params.GetPaging(100, kMaxPageSize);
  if (!params.error().empty()) return ErrorResponse(400, params.error(), true);
  auto listing = FindSpeakerListing(store, params.Get("filter"), paging);
  if (!listing.ok()) return Failed(listing.status());
  return ListJson(listing->total, true, paging, "speakers", [&](JsonWriter& w) {
    for (const SpeakerRecord& r : listing->items) w.Raw(SpeakerRecordToJson(r));
  });
}

WebResponse NarrativesApi(Store& store, RequestParams& params) {
  const std::string since = params.GetDate("since"), until = params.GetDate("until");
  const Paging paging = params.GetPaging(20, kMaxPageSize);
  if (!params.error().empty()) return ErrorResponse(400, params.error(), true);
  auto listing = FindNarratives(store, since, until, paging);
  if (!listing.ok()) return Failed(listing.status());
  return ListJson(listing->total, true, paging, "narratives", [&](JsonWriter& w) {
    for (const Narrative& n : listing->items) {
      w.BeginObject();
      w.Key("first_seen"); w.StringOrNull(n.first_seen);
      w.Key("speakers"); w.BeginArray();
      for (const std::string& s : n.speakers) w.String(s);
      w.EndArray();
      w.Key("outlets"); w.BeginArray();
      for (const std::string& o : n.outlets) w.String(o);
      w.EndArray();
      w.Key("statements"); w.BeginArray();
      for (const Statement& s : n.statements) w.Raw(StatementToJson(s));
      w.EndArray();
      w.EndObject();
    }
  });
}

WebResponse ContradictionsApi(Store& store, RequestParams& params) {
  const Paging paging = params.GetPaging(20, kMaxPageSize);
  if (!params.error().empty()) return ErrorResponse(400, params.error(), true);
  auto listing = FindContradictions(store, params.Get("speaker"), paging);
  if (!listing.ok()) return Failed(listing.status());
  return ListJson(listing->total, true, paging, "contradictions", [&](JsonWriter& w) {
    for (const auto& [later, earlier] : listing->items) {
      w.BeginObject();
      w.Key("earlier"); w.Raw(StatementToJson(earlier));
      w.Key("later"); w.Raw(StatementToJson(later));
      w.EndObject();
    }
  });
}

WebResponse ReportsApi(Store& store) {
  auto weeks = FindReportWeeks(store);
  if (!weeks.ok()) return Failed(weeks.status());
  std::string body;
  JsonWriter w(&body);
  w.BeginObject();
  w.Key("weeks");
  w.BeginArray();
  for (const ReportWeek& week : *weeks) {
    w.BeginObject();
    w.Key("week"); w.String(week.week);
    w.Key("from"); w.String(week.from);
    w.Key("to"); w.String(week.to);
    w.Key("articles"); w.Int(static_cast<int64_t>(week.articles));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Json(std::move(body));
}

}  // namespace

WebResponse RenderApi(Store& store, std::string_view path, RequestParams& params,
                      std::string_view today) {
  if (path == "/api/search") return SearchApi(store, params);
  if (path == "/api/said") return SaidApi(store, params);
  if (path == "/api/speakers") return SpeakersApi(store, params);
  if (path == "/api/narratives") return NarrativesApi(store, params);
  if (path == "/api/contradictions") return ContradictionsApi(store, params);
  if (path == "/api/reports") return ReportsApi(store);
  if (path.starts_with("/api/statement/")) {
    auto st = store.GetStatement(path.substr(15));
    if (!st.ok()) return Failed(st.status());
    return Json(StatementToJson(*st));
  }
  if (path == "/api/report") {
    std::string week = params.Get("week");
    if (week.empty()) week = LastCompleteIsoWeek(today);
    auto report = BuildWeeklyReport(store, week, {});
    if (!report.ok()) return Failed(report.status());
    return Json(RenderReportJson(*report));
  }
  return ErrorResponse(404, "no such API endpoint", true);
}

}  // namespace qtrack::web
