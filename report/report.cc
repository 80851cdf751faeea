#include "report/report.h"

#include <algorithm>
#include <cstdio>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "common/strings.h"

namespace qtrack {
namespace {

bool ParseDay(std::string_view date, absl::CivilDay* day) {
  int y, m, d;
  if (date.size() < 10 || std::sscanf(std::string(date.substr(0, 10)).c_str(), "%d-%d-%d", &y, &m, &d) != 3)
    return false;
  *day = absl::CivilDay(y, m, d);
  return day->year() == y && day->month() == m && day->day() == d;
}

std::string FormatDay(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

// Monday of ISO week 1 of `year`: the week with the year's first Thursday.
absl::CivilDay IsoWeekOneMonday(int year) {
  absl::CivilDay jan4(year, 1, 4);
  int weekday = static_cast<int>(absl::GetWeekday(jan4));  // Monday = 0
  return jan4 - weekday;
}

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<RankedName> Rank(const absl::flat_hash_map<std::string, size_t>& now,
                             const absl::flat_hash_map<std::string, size_t>& before, size_t top) {
  std::vector<RankedName> out;
  for (const auto& [name, count] : now) {
    auto it = before.find(name);
    long prev = it == before.end() ? 0 : static_cast<long>(it->second);
    out.push_back({name, count, static_cast<long>(count) - prev});
  }
  std::sort(out.begin(), out.end(), [](const RankedName& a, const RankedName& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  if (out.size() > top) out.resize(top);
  return out;
}

struct WeekData {
  WeekCounts counts;
  absl::flat_hash_map<std::string, size_t> speakers, conduits;
  std::vector<Statement> statements;
};

absl::StatusOr<WeekData> LoadWeek(Store& store, const std::string& from, const std::string& to) {
  WeekData data;
  auto statements = store.DatedBetween(from, to, 1000000);
  if (!statements.ok()) return statements.status();
  data.statements = std::move(*statements);
  // The report shows speech and belief: an intent ("plans to ...") is no
  // statement to check.
  std::erase_if(data.statements, [](const Statement& s) { return ClassLabel(s) == "intent"; });
  auto articles = store.ArticlesBetween(from, to);
  if (!articles.ok()) return articles.status();
  absl::flat_hash_set<std::string> outlets;
  for (const auto& [date, outlet] : *articles)
    if (!outlet.empty()) outlets.insert(outlet);
  data.counts.articles = articles->size();
  data.counts.outlets = outlets.size();
  data.counts.statements = data.statements.size();
  for (const Statement& s : data.statements) {
    if (s.said_on.empty() && s.date_source == "ingest") ++data.counts.dated_by_ingest;
    // An outlet's own-voice claims (kind "claim", the outlet as speaker
    // when ingest names it) are not a speaker's statements to rank.
    if (!s.speaker.empty() && s.kind != "claim") ++data.speakers[s.speaker];
    if (!s.via.empty()) ++data.conduits[s.via];
  }
  data.counts.speakers = data.speakers.size();
  return data;
}

}  // namespace

bool IsoWeekRange(std::string_view week, std::string* monday, std::string* sunday) {
  int year = 0, number = 0;
  if (week.size() != 8 || week[4] != '-' || (week[5] != 'W' && week[5] != 'w')) return false;
  if (!absl::SimpleAtoi(ToAbsl(week.substr(0, 4)), &year) ||
      !absl::SimpleAtoi(ToAbsl(week.substr(6, 2)), &number))
    return false;
  if (number < 1 || number > 53) return false;
  absl::CivilDay start = IsoWeekOneMonday(year) + 7 * (number - 1);
  if (number == 53 && IsoWeekOneMonday(year + 1) <= start) return false;
  *monday = FormatDay(start);
  *sunday = FormatDay(start + 6);
  return true;
}

std::string IsoWeekOf(std::string_view date) {
  absl::CivilDay day;
  if (!ParseDay(date, &day)) return "";
  int year = day.year();
  if (day >= IsoWeekOneMonday(year + 1)) ++year;
  else if (day < IsoWeekOneMonday(year)) --year;
  int week = static_cast<int>((day - IsoWeekOneMonday(year)) / 7) + 1;
  return absl::StrFormat("%04d-W%02d", year, week);
}

std::string IsoWeekAfter(std::string_view week, int weeks) {
  std::string monday, sunday;
  absl::CivilDay day;
  if (!IsoWeekRange(week, &monday, &sunday) || !ParseDay(monday, &day)) return "";
  return IsoWeekOf(FormatDay(day + 7 * weeks));
}

std::string LastCompleteIsoWeek(std::string_view today) {
  absl::CivilDay day;
  if (!ParseDay(today, &day)) return "";
  return IsoWeekOf(FormatDay(day - 7));
}

absl::StatusOr<WeeklyReport> BuildWeeklyReport(Store& store, std::string_view week,
                                               const std::vector<std::string>& watch) {
  WeeklyReport r;
  r.week = std::string(week);
  if (!IsoWeekRange(week, &r.from, &r.to))
    return absl::InvalidArgumentError(absl::StrCat("not an ISO week: '", ToAbsl(week),
                                                   "' (expected YYYY-Www, e.g. 2025-W16)"));
  std::string prev_from, prev_to;
  absl::CivilDay monday;
  ParseDay(r.from, &monday);
  IsoWeekRange(IsoWeekOf(FormatDay(monday - 7)), &prev_from, &prev_to);

  auto now = LoadWeek(store, r.from, r.to);
  if (!now.ok()) return now.status();
  auto before = LoadWeek(store, prev_from, prev_to);
  if (!before.ok()) return before.status();
  r.counts = now->counts;
  r.previous = before->counts;
  r.top_speakers = Rank(now->speakers, before->speakers, 10);
  r.top_conduits = Rank(now->conduits, before->conduits, 10);

  // New claims by spread: distinct outlets, then occurrences. Unattributed
  // statements and fragments ("rebuilt from the ground up") are left out:
  // they topped the list only because every copy of an article repeats them.
  std::vector<Statement> claims;
  for (const Statement& s : now->statements)
    if (!s.speaker.empty() && s.kind != "claim" && WordCount(s.quote) >= 5) claims.push_back(s);
  auto outlets = [](const Statement& s) {
    absl::flat_hash_set<std::string> set;
    for (const Occurrence& o : s.occurrences) set.insert(o.outlet);
    return set.size();
  };
  std::stable_sort(claims.begin(), claims.end(), [&](const Statement& a, const Statement& b) {
    if (outlets(a) != outlets(b)) return outlets(a) > outlets(b);
    return a.occurrences.size() > b.occurrences.size();
  });
  if (claims.size() > 15) claims.resize(15);
  r.new_claims = std::move(claims);
  for (const Statement& s : now->statements)
    if (PolarityLabel(s) == "denies") r.denials.push_back(s);

  auto narratives = store.Recycled(r.from, r.to, 20);
  if (!narratives.ok()) return narratives.status();
  for (Narrative& n : *narratives) {
    NarrativeOfWeek nw;
    for (const Statement& s : n.statements)
      if (DeskDate(s) >= r.from && DeskDate(s) <= r.to) nw.picked_up.push_back(s);
    if (nw.picked_up.empty()) continue;
    nw.narrative = std::move(n);
    r.narratives.push_back(std::move(nw));
  }

  auto contradictions = store.Contradictions("", 1000);
  if (!contradictions.ok()) return contradictions.status();
  for (auto& pair : *contradictions)
    if (DeskDate(pair.first) >= r.from && DeskDate(pair.first) <= r.to)
      r.contradictions.push_back(std::move(pair));

  for (const std::string& name : watch) {
    SaidQuery q;
    q.speaker = name;
    q.since = r.from;
    q.until = r.to;
    q.limit = 50;
    auto said = store.Said(q);
    if (!said.ok()) return said.status();
    r.digests.push_back({name, std::move(*said)});
  }

  absl::flat_hash_map<std::string, size_t> per_day;
  for (const Statement& s : now->statements) ++per_day[std::string(DeskDate(s))];
  for (int i = 0; i < 7; ++i) {
    std::string day = FormatDay(monday + i);
    r.per_day.emplace_back(day, per_day[day]);
  }
  return r;
}

}  // namespace qtrack
