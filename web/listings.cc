#include "web/listings.h"

#include <algorithm>
#include <limits>
#include <map>

#include "absl/strings/str_split.h"
#include "claims/text_keys.h"
#include "report/report.h"

namespace qtrack::web {
namespace {

constexpr size_t kAll = std::numeric_limits<size_t>::max();

template <typename T>
Listing<T> Slice(std::vector<T>&& all, const Paging& paging) {
  Listing<T> listing;
  listing.total = all.size();
  const size_t from = std::min(paging.offset, all.size());
  const size_t to = std::min(all.size(), from + paging.limit);
  listing.items.assign(std::make_move_iterator(all.begin() + from),
                       std::make_move_iterator(all.begin() + to));
  return listing;
}

// Every word of the filter occurs in one of the record's names or roles.
bool Matches(const SpeakerRecord& record, const std::vector<std::string>& words) {
  std::string haystack = NameKey(record.name);
  for (const std::string& alias : record.aliases) haystack += " " + NameKey(alias);
  for (const SpeakerRole& role : record.roles) haystack += " " + NameKey(role.role);
  return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
    return haystack.find(word) != std::string::npos;
  });
}

}  // namespace

absl::StatusOr<Listing<SpeakerRecord>> FindSpeakerListing(Store& store, std::string_view filter,
                                                          const Paging& paging) {
  auto speakers = store.Speakers();
  if (!speakers.ok()) return speakers.status();
  std::vector<std::string> words =
      absl::StrSplit(NameKey(filter), ' ', absl::SkipWhitespace());
  if (!words.empty())
    std::erase_if(*speakers, [&](const SpeakerRecord& r) { return !Matches(r, words); });
  return Slice(std::move(*speakers), paging);
}

absl::StatusOr<Listing<Narrative>> FindNarratives(Store& store, std::string_view since,
                                                  std::string_view until, const Paging& paging) {
  auto narratives = store.Recycled(since, until, kAll);
  if (!narratives.ok()) return narratives.status();
  return Slice(std::move(*narratives), paging);
}

absl::StatusOr<Listing<std::pair<Statement, Statement>>> FindContradictions(
    Store& store, std::string_view speaker, const Paging& paging) {
  auto pairs = store.Contradictions(speaker, kAll);
  if (!pairs.ok()) return pairs.status();
  return Slice(std::move(*pairs), paging);
}

absl::StatusOr<std::vector<ReportWeek>> FindReportWeeks(Store& store) {
  auto articles = store.ArticlesBetween("0000-01-01", "9999-12-31");
  if (!articles.ok()) return articles.status();
  std::map<std::string, size_t, std::greater<>> per_week;
  for (const auto& [date, outlet] : *articles) {
    const std::string week = IsoWeekOf(date);
    if (!week.empty()) ++per_week[week];
  }
  std::vector<ReportWeek> weeks;
  for (const auto& [week, count] : per_week) {
    ReportWeek w{week, "", "", count};
    IsoWeekRange(week, &w.from, &w.to);
    weeks.push_back(std::move(w));
  }
  return weeks;
}

int HttpStatusOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument: return 400;
    case absl::StatusCode::kNotFound: return 404;
    case absl::StatusCode::kUnavailable: return 503;
    default: return 500;
  }
}

}  // namespace qtrack::web
