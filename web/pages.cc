// The HTML pages of `qtrack serve` (the contract is in web/pages.h).
#include <algorithm>
#include <map>

#include "absl/strings/str_cat.h"
#include "common/strings.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "common/json_writer.h"
#include "report/html.h"
#include "report/report.h"
#include "web/listings.h"
#include "web/pages.h"

namespace qtrack::web {
namespace {

constexpr size_t kPageSize = 50, kMaxPageSize = 500, kSpeakersPageSize = 100;
constexpr StatementHtmlOptions kLinked{.link_pages = true};

enum class Section { kSearch, kSpeakers, kNarratives, kContradictions, kReports };

std::string Navigation(Section current) {
  static constexpr std::pair<Section, std::pair<const char*, const char*>> kLinks[] = {
      {Section::kSearch, {"/", "Search"}},
      {Section::kSpeakers, {"/speakers", "Speakers"}},
      {Section::kNarratives, {"/narratives", "Narratives"}},
      {Section::kContradictions, {"/contradictions", "Contradictions"}},
      {Section::kReports, {"/reports", "Reports"}},
  };
  std::string nav = "<header><a class=\"brand\" href=\"/\">qtrack</a><nav>";
  for (const auto& [section, link] : kLinks)
    absl::StrAppend(&nav, "<a href=\"", link.first, "\"",
                    section == current ? " aria-current=\"page\"" : "", ">", link.second, "</a>");
  return nav + "</nav></header>";
}

WebResponse Page(Section section, std::string_view title, std::string_view body, int status = 200) {
  return {status, HtmlPage(title, Navigation(section), body)};
}

using ParamList = std::vector<std::pair<std::string, std::string>>;

std::string Href(std::string_view path, const ParamList& params) {
  return HtmlEscape(PathWithParams(path, params));
}

// "Statements 51–100 of 277", "No statements.", or past the end: "No
// statements at offset 300; there are 277."
std::string CountLine(std::string_view noun, size_t offset, size_t shown, uint64_t total,
                      bool exact = true) {
  const std::string of = absl::StrCat(exact ? "" : "about ", total);
  std::string text;
  if (total == 0) {
    text = absl::StrCat("No ", ToAbsl(noun), ".");
  } else if (shown == 0) {
    text = absl::StrCat("No ", ToAbsl(noun), " at offset ", offset, "; there are ", of, ".");
  } else {
    std::string capital(noun);
    capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
    text = absl::StrCat(capital, " ", offset + 1, "\u2013", offset + shown, " of ", of);
  }
  return absl::StrCat("<p class=\"count\">", text, "</p>");
}

// Previous / next links that keep the page's other parameters.
std::string Pager(std::string_view path, ParamList params, const Paging& paging,
                  uint64_t total, size_t default_limit) {
  if (paging.limit != default_limit) params.emplace_back("limit", absl::StrCat(paging.limit));
  std::vector<std::string> links;
  if (paging.offset > 0) {
    ParamList previous = params;
    const size_t offset = paging.offset > paging.limit ? paging.offset - paging.limit : 0;
    if (offset > 0) previous.emplace_back("offset", absl::StrCat(offset));
    links.push_back(absl::StrCat("<a rel=\"prev\" href=\"", Href(path, previous), "\">\u2190 ",
                                 "previous ", paging.limit, "</a>"));
  }
  if (paging.offset + paging.limit < total) {
    ParamList next = params;
    next.emplace_back("offset", absl::StrCat(paging.offset + paging.limit));
    links.push_back(absl::StrCat("<a rel=\"next\" href=\"", Href(path, next), "\">next ",
                                 paging.limit, " \u2192</a>"));
  }
  if (links.empty()) return "";
  return absl::StrCat("<nav class=\"pager\">", absl::StrJoin(links, ""), "</nav>");
}

std::string TextInput(std::string_view label, std::string_view name, std::string_view value,
                      std::string_view type = "text") {
  return absl::StrCat("<label>", ToAbsl(label), " <input type=\"", ToAbsl(type), "\" name=\"", ToAbsl(name),
                      "\" value=\"", HtmlEscape(value), "\"></label>");
}

std::string Select(std::string_view label, std::string_view name,
                   const std::vector<std::string_view>& options, std::string_view value) {
  std::string html = absl::StrCat("<label>", ToAbsl(label), " <select name=\"", ToAbsl(name),
                                  "\"><option value=\"\">any</option>");
  for (std::string_view option : options)
    absl::StrAppend(&html, "<option", option == value ? " selected" : "", ">",
                    HtmlEscape(option), "</option>");
  return html + "</select></label>";
}

// A page's heading and its one search box (a GET form on `path`).
std::string HeadingAndSearchBox(std::string_view heading, std::string_view path,
                                std::string_view name, std::string_view value,
                                std::string_view placeholder, std::string_view button) {
  return absl::StrCat("<h1>", ToAbsl(heading), "</h1><form action=\"", ToAbsl(path),
                      "\" method=\"get\"><input type=\"search\" name=\"", ToAbsl(name),
                      "\" aria-label=\"", ToAbsl(name), "\" value=\"", HtmlEscape(value),
                      "\" placeholder=\"", HtmlEscape(placeholder), "\"> <button>", ToAbsl(button),
                      "</button></form>");
}

std::string Empty(std::string_view text) {
  return absl::StrCat("<p class=\"empty\">", ToAbsl(text), "</p>");
}

std::string Statements(const std::vector<Statement>& statements) {
  std::string html;
  for (const Statement& s : statements) AppendStatementHtml(s, kLinked, &html);
  return html;
}

WebResponse StoreError(Section section, const absl::Status& status) {
  return Page(section, "Error", absl::StrCat("<h1>Error</h1><p>", HtmlEscape(ToStd(status.message())),
                                             "</p>"),
              HttpStatusOf(status));
}

// --- / --------------------------------------------------------------------

WebResponse SearchPage(Store& store, RequestParams& params) {
  const std::string q = params.Get("q");
  const Paging paging = params.GetPaging(kPageSize, kMaxPageSize);
  std::string body = HeadingAndSearchBox("Search statements", "/", "q", q,
                                         "speaker:peskov ceasefire 2025-04-01..2025-04-30",
                                         "Search");
  if (!params.error().empty()) return Page(Section::kSearch, "Search", body + Empty(HtmlEscape(params.error())), 400);
  if (q.empty()) {
    auto stats = store.Stats();
    if (!stats.ok()) return StoreError(Section::kSearch, stats.status());
    absl::StrAppend(&body,
                    absl::StrFormat("<p class=\"count\">%d articles · %d statements · %d speakers "
                                    "· %d links</p>",
                                    stats->articles, stats->statements, stats->speakers,
                                    stats->links),
                    "<p class=\"sub\">Words are stemmed; \"quoted phrases\", AND, OR, NOT, "
                    "speaker:, via:, outlet:, kind:, lang: and a date range "
                    "YYYY-MM-DD..YYYY-MM-DD narrow the search.</p>");
    auto busiest = FindSpeakerListing(store, "", {0, 10});
    if (!busiest.ok()) return StoreError(Section::kSearch, busiest.status());
    if (!busiest->items.empty()) {
      absl::StrAppend(&body, "<h2>Busiest speakers</h2><p>");
      std::vector<std::string> names;
      for (const SpeakerRecord& r : busiest->items)
        names.push_back(absl::StrCat("<a href=\"", Href("/speaker", {{"speaker", r.name}}), "\">",
                                     HtmlEscape(r.name), "</a> (", r.statements, ")"));
      absl::StrAppend(&body, absl::StrJoin(names, " · "), " · <a href=\"/speakers\">all ",
                      busiest->total, " speakers</a></p>");
    }
    return Page(Section::kSearch, "Search", body);
  }
  auto found = store.SearchPage(q, paging.offset, paging.limit);
  if (!found.ok()) {
    return Page(Section::kSearch, q, body + Empty(HtmlEscape(ToStd(found.status().message()))),
                HttpStatusOf(found.status()));
  }
  absl::StrAppend(&body,
                  CountLine("statements", paging.offset, found->statements.size(), found->total,
                            found->total_is_exact),
                  Statements(found->statements),
                  Pager("/", {{"q", q}}, paging, found->total, kPageSize));
  return Page(Section::kSearch, q, body);
}

// --- /speakers ---------------------------------------------------------------

WebResponse SpeakersPage(Store& store, RequestParams& params) {
  const std::string filter = params.Get("filter");
  const Paging paging = params.GetPaging(kSpeakersPageSize, kMaxPageSize);
  std::string body = HeadingAndSearchBox("Speakers", "/speakers", "filter", filter,
                                         "name, alias or role", "Filter");
  if (!params.error().empty())
    return Page(Section::kSpeakers, "Speakers", body + Empty(HtmlEscape(params.error())), 400);
  auto listing = FindSpeakerListing(store, filter, paging);
  if (!listing.ok()) return StoreError(Section::kSpeakers, listing.status());
  absl::StrAppend(&body, CountLine("speakers", paging.offset, listing->items.size(), listing->total));
  if (!listing->items.empty()) {
    absl::StrAppend(&body, "<table><tr><th>speaker</th><th class=\"num\">statements</th>"
                           "<th>roles</th><th>also known as</th></tr>");
    for (const SpeakerRecord& r : listing->items) {
      std::vector<std::string> roles, aliases;
      for (const SpeakerRole& role : r.roles) roles.push_back(HtmlEscape(role.role));
      for (const std::string& alias : r.aliases)
        if (alias != r.name) aliases.push_back(HtmlEscape(alias));
      absl::StrAppend(&body, "<tr><td><a href=\"", Href("/speaker", {{"speaker", r.name}}), "\">",
                      HtmlEscape(r.name), "</a></td><td class=\"num\">", r.statements,
                      "</td><td>", absl::StrJoin(roles, "; "), "</td><td>",
                      absl::StrJoin(aliases, "; "), "</td></tr>");
    }
    absl::StrAppend(&body, "</table>");
  }
  absl::StrAppend(&body, Pager("/speakers", {{"filter", filter}}, paging, listing->total,
                               kSpeakersPageSize));
  return Page(Section::kSpeakers, "Speakers", body);
}

// --- /speaker ----------------------------------------------------------------

// Statements per ISO week, every week from the first to the last (empty
// weeks too, so that gaps show), the most recent 520 at most.
std::vector<std::pair<std::string, uint64_t>> Weekly(
    const std::vector<std::pair<std::string, uint64_t>>& per_day) {
  std::map<std::string, uint64_t> weeks;
  for (const auto& [day, count] : per_day) {
    const std::string week = IsoWeekOf(day);
    if (!week.empty()) weeks[week] += count;
  }
  std::vector<std::pair<std::string, uint64_t>> out;
  if (weeks.empty()) return out;
  const std::string last = weeks.rbegin()->first;
  std::string week = std::max(weeks.begin()->first, IsoWeekAfter(last, -519));
  while (!week.empty() && week <= last) {
    auto it = weeks.find(week);
    out.emplace_back(week, it == weeks.end() ? 0 : it->second);
    week = IsoWeekAfter(week, 1);
  }
  return out;
}

std::string SpeakerRecordHtml(const SpeakerRecord& r) {
  std::string html;
  std::vector<std::string> aliases;
  for (const std::string& alias : r.aliases)
    if (alias != r.name) aliases.push_back(HtmlEscape(alias));
  absl::StrAppend(&html, "<p class=\"sub\">", r.statements, " statement",
                  r.statements == 1 ? "" : "s",
                  aliases.empty() ? "" : absl::StrCat(" · also: ", absl::StrJoin(aliases, ", ")),
                  "</p>");
  if (r.roles.empty()) return html;
  absl::StrAppend(&html, "<table><tr><th>role</th><th>first seen</th><th>last seen</th></tr>");
  for (const SpeakerRole& role : r.roles)
    absl::StrAppend(&html, "<tr><td>", HtmlEscape(role.role), "</td><td>",
                    HtmlEscape(role.first_seen), "</td><td>", HtmlEscape(role.last_seen),
                    "</td></tr>");
  return html + "</table>";
}

WebResponse SpeakerPage(Store& store, RequestParams& params) {
  SaidQuery q = params.GetSaidQuery(kPageSize, kMaxPageSize);
  if (!params.error().empty())
    return Page(Section::kSpeakers, "Speaker", absl::StrCat("<h1>Speaker</h1>",
                                                            Empty(HtmlEscape(params.error()))),
                400);
  if (q.speaker.empty())
    return Page(Section::kSpeakers, "Speaker",
                "<h1>Speaker</h1><p>Which speaker? Pick one from the "
                "<a href=\"/speakers\">speakers</a>.</p>",
                400);
  auto records = store.FindSpeakers(q.speaker);
  if (!records.ok()) return StoreError(Section::kSpeakers, records.status());
  if (records->empty())
    return Page(Section::kSpeakers, q.speaker,
                absl::StrCat("<h1>", HtmlEscape(q.speaker), "</h1><p>No speaker answers to this "
                             "name. <a href=\"", Href("/speakers", {{"filter", q.speaker}}),
                             "\">Search the speakers</a>.</p>"),
                404);
  q.count_days = true;
  auto said = store.SaidPage(q);
  if (!said.ok()) return StoreError(Section::kSpeakers, said.status());

  std::string body;
  if (records->size() == 1) {
    absl::StrAppend(&body, "<h1>", HtmlEscape(records->front().name), "</h1>",
                    SpeakerRecordHtml(records->front()));
  } else {
    absl::StrAppend(&body, "<h1>", HtmlEscape(q.speaker), "</h1><p>This name answers to ",
                    records->size(), " speakers; the statements below are theirs together.</p>");
    for (const SpeakerRecord& r : *records)
      absl::StrAppend(&body, "<h3><a href=\"", Href("/speaker", {{"speaker", r.name}}), "\">",
                      HtmlEscape(r.name), "</a></h3>", SpeakerRecordHtml(r));
  }

  const ParamList filters = {{"since", q.since}, {"until", q.until}, {"via", q.via},
                             {"outlet", q.outlet}, {"kind", q.kind}, {"polarity", q.polarity}};
  absl::StrAppend(&body, "<form class=\"filters\" action=\"/speaker\" method=\"get\">",
                  "<input type=\"hidden\" name=\"speaker\" value=\"", HtmlEscape(q.speaker), "\">",
                  TextInput("from", "since", q.since, "date"),
                  TextInput("to", "until", q.until, "date"), TextInput("via", "via", q.via),
                  TextInput("outlet", "outlet", q.outlet),
                  Select("kind", "kind", KnownKinds(), q.kind),
                  Select("polarity", "polarity", KnownPolarities(), q.polarity),
                  "<button>Filter</button></form>");

  const auto weeks = Weekly(said->per_day);
  if (!weeks.empty())
    absl::StrAppend(&body, "<h2>Statements per week</h2>",
                    ColumnChartSvg(weeks, "statements per week"));
  absl::StrAppend(&body, "<h2>Statements</h2>",
                  CountLine("statements", q.offset, said->statements.size(), said->total,
                            said->total_is_exact));
  absl::StrAppend(&body, Statements(said->statements));
  ParamList pager_params = {{"speaker", q.speaker}};
  pager_params.insert(pager_params.end(), filters.begin(), filters.end());
  absl::StrAppend(&body, Pager("/speaker", pager_params, {q.offset, q.limit}, said->total, kPageSize),
                  "<p class=\"src\">As JSON: <a href=\"",
                  Href("/api/said", pager_params), "\">/api/said</a></p>");
  return Page(Section::kSpeakers, records->size() == 1 ? records->front().name : q.speaker, body);
}

// --- /statement/ID -----------------------------------------------------------

std::string OccurrenceHtml(const Occurrence& o) {
  const std::string label = SourceLabel(o);
  std::vector<std::string> parts = {HtmlEscape(o.published.substr(0, 10)), HtmlEscape(o.outlet)};
  if (!o.title.empty() || o.outlet.empty()) {
    parts.push_back(SourceLinkHtml(o, o.title.empty() ? label : o.title));
  } else {
    parts.back() = SourceLinkHtml(o, o.outlet);  // the outlet's name is the link
  }
  if (o.url.starts_with("file://")) parts.push_back(HtmlEscape(o.url));
  std::string html = absl::StrCat("<p class=\"src\">", JoinNonEmpty(parts, " · "), "</p>");
  if (o.context.empty()) {
    absl::StrAppend(&html, Empty("No passage kept for this occurrence (stored before qtrack "
                                 "kept them)."));
  } else {
    absl::StrAppend(&html, "<p class=\"passage\">", HtmlEscape(o.context.before), "<mark>",
                    HtmlEscape(o.context.quoted), "</mark>", HtmlEscape(o.context.after), "</p>");
  }
  return html;
}

std::string LinkLine(const Link& l) {
  std::vector<std::string> parts = {
      absl::StrCat(HtmlEscape(l.type), l.suggestion ? " (suggestion)" : ""),
      absl::StrFormat("score %.2f", l.score), HtmlEscape(l.reason)};
  return absl::StrCat("<p class=\"link ", HtmlEscape(l.type), "\">", JoinNonEmpty(parts, " · "),
                      "</p>");
}

WebResponse StatementPage(Store& store, std::string_view id) {
  auto st = store.GetStatement(id);
  if (!st.ok()) return StoreError(Section::kSearch, st.status());
  std::string body = "<h1>Statement</h1>";
  AppendStatementHtml(*st, StatementHtmlOptions{.link_pages = true, .max_sources = 0}, &body);
  std::vector<std::string> facts = {
      HtmlEscape(st->kind), HtmlEscape(PolarityLabel(*st)),
      st->first_seen.empty() ? "" : absl::StrCat("first seen ", HtmlEscape(st->first_seen)),
      st->last_seen.empty() || st->last_seen == st->first_seen
          ? ""
          : absl::StrCat("last seen ", HtmlEscape(st->last_seen))};
  absl::StrAppend(&body, "<p class=\"src\">", JoinNonEmpty(facts, " · "), "</p>");

  // One entry per story: copies of it (a text and an HTML copy) are listed
  // under it, each with its own link.
  const std::vector<std::vector<size_t>> stories = OccurrencesByStory(*st);
  absl::StrAppend(&body, "<h2>Where it was read (", stories.size(), stories.size() == 1 ? " story" : " stories",
                  ")</h2>");
  for (const std::vector<size_t>& story : stories) {
    absl::StrAppend(&body, OccurrenceHtml(st->occurrences[story.front()]));
    if (story.size() > 1) {
      std::vector<std::string> copies;
      for (size_t k = 1; k < story.size(); ++k) {
        const Occurrence& copy = st->occurrences[story[k]];
        copies.push_back(SourceLinkHtml(copy, copy.url.empty() ? SourceLabel(copy) : copy.url));
      }
      absl::StrAppend(&body, "<p class=\"src\">also at ", absl::StrJoin(copies, ", "), "</p>");
    }
  }

  absl::StrAppend(&body, "<h2>Links to earlier statements</h2>");
  if (st->links.empty()) absl::StrAppend(&body, Empty("None."));
  for (const Link& l : st->links) {
    absl::StrAppend(&body, LinkLine(l));
    if (l.type == "checked") continue;  // to a known fact-check, not a statement
    auto earlier = store.GetStatement(l.to_id);
    if (earlier.ok()) AppendStatementHtml(*earlier, kLinked, &body);
  }
  auto later = store.LinkedFrom(id, 100);
  if (!later.ok()) return StoreError(Section::kSearch, later.status());
  absl::StrAppend(&body, "<h2>Later statements linking here</h2>");
  if (later->empty()) absl::StrAppend(&body, Empty("None."));
  for (const Statement& s : *later) {
    for (const Link& l : s.links)
      if (l.to_id == id) absl::StrAppend(&body, LinkLine(l));
    AppendStatementHtml(s, kLinked, &body);
  }
  return Page(Section::kSearch, "Statement", body);
}

// --- /narratives, /contradictions --------------------------------------------

WebResponse NarrativesPage(Store& store, RequestParams& params) {
  const std::string since = params.GetDate("since"), until = params.GetDate("until");
  const Paging paging = params.GetPaging(20, kMaxPageSize);
  std::string body = absl::StrCat(
      "<h1>Narratives</h1><p class=\"sub\">Statements linked as repeats or recycled, across "
      "speakers and outlets, largest first.</p><form class=\"filters\" action=\"/narratives\" "
      "method=\"get\">",
      TextInput("active from", "since", since, "date"), TextInput("to", "until", until, "date"),
      "<button>Show</button></form>");
  if (!params.error().empty())
    return Page(Section::kNarratives, "Narratives", body + Empty(HtmlEscape(params.error())), 400);
  auto listing = FindNarratives(store, since, until, paging);
  if (!listing.ok()) return StoreError(Section::kNarratives, listing.status());
  absl::StrAppend(&body, CountLine("narratives", paging.offset, listing->items.size(), listing->total));
  size_t number = paging.offset;
  for (const Narrative& n : listing->items) {
    constexpr size_t kShown = 5;
    std::vector<std::string> facts = {
        n.first_seen.empty() ? "" : absl::StrCat("first seen ", HtmlEscape(n.first_seen)),
        absl::StrCat(n.statements.size(), " statements"),
        absl::StrCat(n.speakers.size(), " speaker", n.speakers.size() == 1 ? "" : "s"),
        absl::StrCat(n.outlets.size(), " outlet", n.outlets.size() == 1 ? "" : "s")};
    absl::StrAppend(&body, "<h2>#", ++number, "</h2><p class=\"count\">",
                    JoinNonEmpty(facts, " · "), "</p>");
    for (size_t i = 0; i < n.statements.size() && i < kShown; ++i)
      AppendStatementHtml(n.statements[i], kLinked, &body);
    if (n.statements.size() > kShown)
      absl::StrAppend(&body, "<p class=\"src\">and ", n.statements.size() - kShown,
                      " more, linked from <a href=\"/statement/",
                      HtmlEscape(UrlEncode(n.statements.front().id)), "\">the first</a></p>");
  }
  absl::StrAppend(&body, Pager("/narratives", {{"since", since}, {"until", until}}, paging,
                               listing->total, 20));
  return Page(Section::kNarratives, "Narratives", body);
}

WebResponse ContradictionsPage(Store& store, RequestParams& params) {
  const std::string speaker = params.Get("speaker");
  const Paging paging = params.GetPaging(20, kMaxPageSize);
  std::string body = absl::StrCat(
      "<h1>Contradictions</h1><p class=\"sub\">A later statement that contradicts an earlier "
      "one on the same subject, newest first.</p><form class=\"filters\" "
      "action=\"/contradictions\" method=\"get\">",
      TextInput("speaker", "speaker", speaker), "<button>Show</button></form>");
  if (!params.error().empty())
    return Page(Section::kContradictions, "Contradictions",
                body + Empty(HtmlEscape(params.error())), 400);
  auto listing = FindContradictions(store, speaker, paging);
  if (!listing.ok()) return StoreError(Section::kContradictions, listing.status());
  absl::StrAppend(&body, CountLine("contradictions", paging.offset, listing->items.size(),
                                   listing->total));
  for (const auto& [later, earlier] : listing->items) {
    absl::StrAppend(&body, "<div class=\"pair\"><div><p class=\"src\">Earlier</p>");
    AppendStatementHtml(earlier, kLinked, &body);
    absl::StrAppend(&body, "</div><div><p class=\"src\">Later</p>");
    AppendStatementHtml(later, kLinked, &body);
    for (const Link& l : later.links)
      if (l.to_id == earlier.id)
        absl::StrAppend(&body, "<p class=\"why\">Why: ", HtmlEscape(l.reason), "</p>");
    absl::StrAppend(&body, "</div></div>");
  }
  absl::StrAppend(&body, Pager("/contradictions", {{"speaker", speaker}}, paging, listing->total, 20));
  return Page(Section::kContradictions, "Contradictions", body);
}

// --- /reports, /report ---------------------------------------------------------

WebResponse ReportsPage(Store& store) {
  auto weeks = FindReportWeeks(store);
  if (!weeks.ok()) return StoreError(Section::kReports, weeks.status());
  std::string body = "<h1>Weekly reports</h1>";
  if (weeks->empty()) {
    absl::StrAppend(&body, Empty("No dated articles yet: a report covers the articles "
                                 "published in one week."));
    return Page(Section::kReports, "Reports", body);
  }
  absl::StrAppend(&body, "<table><tr><th>week</th><th>from</th><th>to</th>"
                         "<th class=\"num\">articles</th></tr>");
  for (const ReportWeek& w : *weeks)
    absl::StrAppend(&body, "<tr><td><a href=\"", Href("/report", {{"week", w.week}}), "\">",
                    HtmlEscape(w.week), "</a></td><td>", HtmlEscape(w.from), "</td><td>",
                    HtmlEscape(w.to), "</td><td class=\"num\">", w.articles, "</td></tr>");
  absl::StrAppend(&body, "</table>");
  return Page(Section::kReports, "Reports", body);
}

WebResponse ReportPage(Store& store, RequestParams& params, std::string_view today) {
  std::string week = params.Get("week");
  if (week.empty()) week = LastCompleteIsoWeek(today);
  auto report = BuildWeeklyReport(store, week, {});
  if (!report.ok()) return StoreError(Section::kReports, report.status());
  std::string body = absl::StrCat(
      "<nav class=\"pager\"><a rel=\"prev\" href=\"", Href("/report", {{"week", IsoWeekAfter(week, -1)}}),
      "\">\u2190 ", HtmlEscape(IsoWeekAfter(week, -1)), "</a><a href=\"/reports\">all weeks</a>",
      "<a rel=\"next\" href=\"", Href("/report", {{"week", IsoWeekAfter(week, 1)}}), "\">",
      HtmlEscape(IsoWeekAfter(week, 1)), " \u2192</a></nav>");
  absl::StrAppend(&body, RenderReportHtmlBody(*report, kLinked));
  return Page(Section::kReports, absl::StrCat("Weekly report ", week), body);
}

}  // namespace

WebResponse ErrorResponse(int status, std::string_view message, bool api) {
  if (!api)
    return Page(Section::kSearch, "Error",
                absl::StrCat("<h1>Error</h1><p>", HtmlEscape(message), "</p>"), status);
  WebResponse r{status, "", "application/json"};
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("error");
  w.String(message);
  w.EndObject();
  return r;
}

WebResponse RenderPage(Store& store, std::string_view path, RequestParams& params,
                       std::string_view today) {
  if (path == "/") return SearchPage(store, params);
  if (path == "/speakers") return SpeakersPage(store, params);
  if (path == "/speaker") return SpeakerPage(store, params);
  if (path.starts_with("/statement/")) return StatementPage(store, path.substr(11));
  if (path == "/narratives") return NarrativesPage(store, params);
  if (path == "/contradictions") return ContradictionsPage(store, params);
  if (path == "/reports") return ReportsPage(store);
  if (path == "/report") return ReportPage(store, params, today);
  return ErrorResponse(404, "No such page.", false);
}

}  // namespace qtrack::web
