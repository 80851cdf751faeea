// Renderers of the weekly report: HTML (self-contained: inline CSS and SVG,
// no scripts, fonts or images from anywhere), Markdown and JSON.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "report/html.h"
#include "report/report.h"

namespace qtrack {
namespace {

std::string Change(long change) {
  if (change == 0) return "±0";
  return absl::StrFormat("%+d", change);
}

std::string Delta(size_t now, size_t before) {
  return Change(static_cast<long>(now) - static_cast<long>(before));
}

// "Dmitry Peskov, “The talks were useful…”": who and what, short.
std::string WhoSaidWhat(const Statement& s) {
  return absl::StrCat(SpeakerLabel(s), ", \u201C", TruncateUtf8(s.quote, 90), "\u201D");
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return absl::StrCat(n, " ", ToAbsl(n == 1 ? one : many));
}

// --- SVG charts ------------------------------------------------------------

std::string BarChart(const std::vector<std::pair<std::string, size_t>>& bars, const char* label) {
  const int width = 560, bar_h = 18, gap = 6, left = 170;
  size_t max = 1;
  for (const auto& b : bars) max = std::max(max, b.second);
  const int height = static_cast<int>(bars.size()) * (bar_h + gap) + gap;
  std::string svg = absl::StrFormat(
      "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" "
      "height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">",
      HtmlEscape(label), width, height, width, height);
  int y = gap;
  for (const auto& [name, value] : bars) {
    const int w = static_cast<int>((width - left - 50) * static_cast<double>(value) / max);
    absl::StrAppend(&svg,
                    absl::StrFormat("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"l\">%s</text>"
                                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"b\"/>"
                                    "<text x=\"%d\" y=\"%d\" class=\"v\">%d</text>",
                                    left - 6, y + 13, HtmlEscape(name.substr(0, 28)), left, y,
                                    std::max(w, 1), bar_h, left + w + 4, y + 13, value));
    y += bar_h + gap;
  }
  return svg + "</svg>";
}

// Spread of narratives over time: one row per narrative, a dot per
// statement at its first-seen date.
std::string SpreadChart(const std::vector<NarrativeOfWeek>& narratives) {
  std::string lo = "9999-99-99", hi = "0000-00-00";
  size_t rows = std::min<size_t>(narratives.size(), 8);
  for (size_t i = 0; i < rows; ++i)
    for (const Statement& s : narratives[i].narrative.statements) {
      if (s.first_seen.empty()) continue;
      lo = std::min(lo, s.first_seen);
      hi = std::max(hi, s.first_seen);
    }
  if (rows == 0 || lo > hi) return "";
  absl::CivilDay a, b;
  auto parse = [](const std::string& d, absl::CivilDay* out) {
    int y, m, dd;
    if (std::sscanf(d.c_str(), "%d-%d-%d", &y, &m, &dd) != 3) return false;
    *out = absl::CivilDay(y, m, dd);
    return true;
  };
  if (!parse(lo, &a) || !parse(hi, &b)) return "";
  const double span = std::max<double>(1, b - a);
  const int width = 560, left = 40, right = 20, row_h = 22;
  const int height = static_cast<int>(rows) * row_h + 30;
  std::string svg = absl::StrFormat(
      "<svg class=\"chart\" role=\"img\" aria-label=\"spread of the top narratives\" viewBox=\"0 0 "
      "%d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">",
      width, height, width, height);
  for (size_t i = 0; i < rows; ++i) {
    const int y = 12 + static_cast<int>(i) * row_h;
    absl::StrAppend(&svg, absl::StrFormat("<text x=\"4\" y=\"%d\" class=\"l\">#%d</text><line x1=\"%d\" "
                                          "y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"g\"/>",
                                          y + 4, i + 1, left, y, width - right, y));
    for (const Statement& s : narratives[i].narrative.statements) {
      absl::CivilDay d;
      if (!parse(s.first_seen, &d)) continue;
      const int x = left + static_cast<int>((width - left - right) * ((d - a) / span));
      absl::StrAppend(&svg, absl::StrFormat("<circle cx=\"%d\" cy=\"%d\" r=\"5\" class=\"d\"><title>%s "
                                            "%s</title></circle>",
                                            x, y, HtmlEscape(s.first_seen), HtmlEscape(s.speaker)));
    }
  }
  absl::StrAppend(&svg, absl::StrFormat("<text x=\"%d\" y=\"%d\" class=\"l\">%s</text><text x=\"%d\" "
                                        "y=\"%d\" text-anchor=\"end\" class=\"l\">%s</text>",
                                        left, height - 4, HtmlEscape(lo), width - right, height - 4,
                                        HtmlEscape(hi)));
  return svg + "</svg>";
}

std::string ChangeClass(long change) { return change > 0 ? "up" : change < 0 ? "down" : ""; }

}  // namespace

std::vector<std::pair<std::string, std::string>> ReportSummary(const WeeklyReport& r) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::vector<std::string> busiest;
  for (size_t i = 0; i < r.top_speakers.size() && i < 3; ++i)
    busiest.push_back(absl::StrCat(r.top_speakers[i].name, " (", r.top_speakers[i].count, ")"));
  lines.emplace_back("Busiest speakers",
                     busiest.empty() ? "no statements this week" : absl::StrJoin(busiest, ", "));

  const NarrativeOfWeek* largest = nullptr;
  size_t fresh = 0;
  for (const NarrativeOfWeek& nw : r.narratives) {
    if (nw.narrative.first_seen < r.from) continue;  // an older one, picked up again
    ++fresh;
    if (largest == nullptr) largest = &nw;  // they come largest first
  }
  std::string narratives = fresh == 0 ? "none" : absl::StrCat(fresh);
  if (largest != nullptr) {
    const Narrative& n = largest->narrative;
    absl::StrAppend(&narratives, "; the largest: ", Plural(n.statements.size(), "statement", "statements"),
                    " from ", Plural(n.speakers.size(), "speaker", "speakers"), ", first ",
                    WhoSaidWhat(n.statements.front()));
  }
  if (r.narratives.size() > fresh)
    absl::StrAppend(&narratives, "; ", Plural(r.narratives.size() - fresh, "older one", "older ones"),
                    " picked up again");
  lines.emplace_back("New narratives", narratives);
  if (r.counts.dated_by_ingest > 0)
    lines.emplace_back(
        "Dates", absl::StrCat(r.counts.dated_by_ingest, " of ",
                              Plural(r.counts.statements, "statement", "statements"),
                              " came from undated articles and are filed under the day they "
                              "were ingested"));

  std::string contradictions = r.contradictions.empty() ? "none found" : absl::StrCat(r.contradictions.size());
  if (!r.contradictions.empty()) {
    const auto& [later, earlier] = r.contradictions.front();
    absl::StrAppend(&contradictions, "; the latest: ", WhoSaidWhat(later), " against ",
                    WhoSaidWhat(earlier));
  }
  lines.emplace_back("Contradictions", contradictions);

  if (!r.denials.empty()) {
    std::vector<std::string> denials;
    for (size_t i = 0; i < r.denials.size() && i < 3; ++i) denials.push_back(WhoSaidWhat(r.denials[i]));
    lines.emplace_back("Denials", absl::StrCat(r.denials.size(), ": ", absl::StrJoin(denials, "; ")));
  }
  return lines;
}

std::string RenderReportHtml(const WeeklyReport& r) {
  return HtmlPage(absl::StrCat("Weekly report ", r.week), "", RenderReportHtmlBody(r, {}));
}

std::string RenderReportHtmlBody(const WeeklyReport& r, const StatementHtmlOptions& options) {
  std::string out;
  auto statement = [&](const Statement& s) { AppendStatementHtml(s, options, &out); };
  absl::StrAppend(&out, "<h1>Weekly report ", HtmlEscape(r.week), "</h1><p class=\"sub\">",
                  HtmlEscape(r.from), " to ", HtmlEscape(r.to), "</p>");
  absl::StrAppend(&out, "<section class=\"summary\" aria-label=\"in brief\"><ul>");
  for (const auto& [topic, text] : ReportSummary(r))
    absl::StrAppend(&out, "<li><b>", HtmlEscape(topic), ":</b> ", HtmlEscape(text), "</li>");
  absl::StrAppend(&out, "</ul></section>");
  absl::StrAppend(&out, "<table><tr><th></th><th class=\"num\">this week</th><th class=\"num\">"
                        "week before</th><th class=\"num\">change</th></tr>");
  auto row = [&](const char* name, size_t now, size_t before) {
    long change = static_cast<long>(now) - static_cast<long>(before);
    absl::StrAppend(&out, "<tr><td>", name, "</td><td class=\"num\">", now, "</td><td class=\"num\">",
                    before, "</td><td class=\"num ", ChangeClass(change), "\">", Change(change),
                    "</td></tr>");
  };
  row("Articles", r.counts.articles, r.previous.articles);
  row("New statements", r.counts.statements, r.previous.statements);
  row("Speakers", r.counts.speakers, r.previous.speakers);
  row("Outlets", r.counts.outlets, r.previous.outlets);
  absl::StrAppend(&out, "</table>");

  std::vector<std::pair<std::string, uint64_t>> days;
  for (const auto& [day, count] : r.per_day) days.emplace_back(day.substr(5), count);
  absl::StrAppend(&out, "<h2>Statements per day</h2>",
                  ColumnChartSvg(days, "statements per day"));

  auto ranked = [&](const char* title, const std::vector<RankedName>& names) {
    absl::StrAppend(&out, "<h2>", title, "</h2>");
    if (names.empty()) {
      absl::StrAppend(&out, "<p class=\"empty\">None this week.</p>");
      return;
    }
    std::vector<std::pair<std::string, size_t>> bars;
    for (const auto& n : names) bars.emplace_back(n.name, n.count);
    absl::StrAppend(&out, BarChart(bars, title), "<table><tr><th>name</th><th class=\"num\">"
                                                 "statements</th><th class=\"num\">change</th></tr>");
    for (const auto& n : names)
      absl::StrAppend(&out, "<tr><td>", HtmlEscape(n.name), "</td><td class=\"num\">", n.count,
                      "</td><td class=\"num ", ChangeClass(n.change), "\">", Change(n.change),
                      "</td></tr>");
    absl::StrAppend(&out, "</table>");
  };
  ranked("Top speakers", r.top_speakers);
  ranked("Top conduits", r.top_conduits);

  absl::StrAppend(&out, "<h2>New claims by spread</h2>");
  if (r.new_claims.empty()) absl::StrAppend(&out, "<p class=\"empty\">No new statements this week.</p>");
  for (const Statement& s : r.new_claims) statement(s);

  absl::StrAppend(&out, "<h2>Recycled narratives</h2>");
  if (r.narratives.empty()) absl::StrAppend(&out, "<p class=\"empty\">No recycled narrative picked up this week.</p>");
  else absl::StrAppend(&out, SpreadChart(r.narratives));
  int n = 0;
  for (const NarrativeOfWeek& nw : r.narratives) {
    const Statement& first = nw.narrative.statements.front();
    absl::StrAppend(&out, "<h3>", JoinNonEmpty({absl::StrCat("#", ++n),
                                                nw.narrative.first_seen.empty()
                                                    ? ""
                                                    : "first seen " + HtmlEscape(nw.narrative.first_seen),
                                                Plural(nw.narrative.statements.size(), "statement",
                                                       "statements")},
                                               " · "),
                    "</h3>");
    statement(first);
    std::vector<const Statement*> others;
    for (const Statement& s : nw.picked_up)
      if (s.id != first.id) others.push_back(&s);
    if (!others.empty()) absl::StrAppend(&out, "<p class=\"src\">Picked up this week by:</p>");
    for (const Statement* s : others) statement(*s);
  }

  absl::StrAppend(&out, "<h2>Contradictions</h2>");
  if (r.contradictions.empty()) absl::StrAppend(&out, "<p class=\"empty\">None found this week.</p>");
  for (const auto& [later, earlier] : r.contradictions) {
    absl::StrAppend(&out, "<div class=\"pair\"><div>");
    statement(earlier);
    absl::StrAppend(&out, "</div><div>");
    statement(later);
    for (const Link& l : later.links)
      if (l.to_id == earlier.id)
        absl::StrAppend(&out, "<p class=\"why\">Why: ", HtmlEscape(l.reason), "</p>");
    absl::StrAppend(&out, "</div></div>");
  }

  if (!r.denials.empty()) {
    absl::StrAppend(&out, "<h2>Denials</h2>");
    for (const Statement& s : r.denials) statement(s);
  }

  for (const SpeakerDigest& d : r.digests) {
    absl::StrAppend(&out, "<h2>Watched: ", HtmlEscape(d.speaker), "</h2>");
    if (d.statements.empty()) absl::StrAppend(&out, "<p class=\"empty\">Nothing this week.</p>");
    for (const Statement& s : d.statements) statement(s);
  }

  absl::StrAppend(
      &out, "<h2>Methods</h2><p>Statements are direct, partial and reported-speech quotes found by "
            "qtrack's rule-based extractor (quote marks paired by type, cue verbs, attribution to "
            "the speaker named in the sentence or resolved earlier in the article), stored once per "
            "speaker and wording with every article that carried them. Each new statement is "
            "compared with earlier ones found through the index; pairs whose rewording-tolerant "
            "similarity reaches ",
      absl::StrFormat("%.2f", r.thresholds.link),
      " are linked (repeat: same speaker; recycled: another speaker or outlet), those between ",
      absl::StrFormat("%.2f", r.thresholds.suggest),
      " and that are suggestions for review and are not counted here; a contradiction needs a "
      "score of ",
      absl::StrFormat("%.2f", r.thresholds.contradiction),
      " (negation, antonyms, refuting words, numbers that differ). Counts are of statements first "
      "seen in the week. Every quote links to its sources: check them before publishing.</p>");
  return out;
}

std::string RenderReportMarkdown(const WeeklyReport& r) {
  std::string out;
  auto md = [](std::string_view s) {  // keep quotes on one line, escape table pipes
    std::string t(s);
    for (char& c : t)
      if (c == '\n' || c == '\r') c = ' ';
    std::string o;
    for (char c : t) {
      if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') o.push_back('\\');
      o.push_back(c);
    }
    return o;
  };
  absl::StrAppend(&out, "# Weekly report ", r.week, " (", r.from, " to ", r.to, ")\n\n");
  for (const auto& [topic, text] : ReportSummary(r))
    absl::StrAppend(&out, "- **", topic, ":** ", md(text), "\n");
  absl::StrAppend(&out, "\n");
  absl::StrAppend(&out, "| | this week | change |\n|---|---:|---:|\n");
  absl::StrAppend(&out, "| Articles | ", r.counts.articles, " | ", Delta(r.counts.articles, r.previous.articles), " |\n");
  absl::StrAppend(&out, "| New statements | ", r.counts.statements, " | ", Delta(r.counts.statements, r.previous.statements), " |\n");
  absl::StrAppend(&out, "| Speakers | ", r.counts.speakers, " | ", Delta(r.counts.speakers, r.previous.speakers), " |\n");
  absl::StrAppend(&out, "| Outlets | ", r.counts.outlets, " | ", Delta(r.counts.outlets, r.previous.outlets), " |\n\n");
  auto ranked = [&](const char* title, const std::vector<RankedName>& names) {
    absl::StrAppend(&out, "## ", title, "\n\n");
    if (names.empty()) absl::StrAppend(&out, "_None this week._\n");
    for (const auto& n : names)
      absl::StrAppend(&out, "- ", md(n.name), ": ", n.count, " (", Change(n.change), ")\n");
    absl::StrAppend(&out, "\n");
  };
  ranked("Top speakers", r.top_speakers);
  ranked("Top conduits", r.top_conduits);
  auto statement = [&](const Statement& s) {
    std::vector<std::string> parts = {
        md(SpeakerLabel(s)) + (s.via.empty() ? "" : " via " + md(s.via)),
        PolarityLabel(s) == "denies" ? "**denies**" : "", s.said_on};
    if (!s.occurrences.empty()) {
      const Occurrence& o = s.occurrences.front();
      // Only a web URL becomes an autolink (Markdown would link javascript:
      // too), and only one that cannot end the autolink early.
      const bool web = (o.url.starts_with("https://") || o.url.starts_with("http://")) &&
                       o.url.find_first_of(" <>\n") == std::string::npos;
      parts.push_back(JoinNonEmpty({md(SourceLabel(o)), web ? "<" + o.url + ">" : ""}, " "));
    }
    if (s.occurrences.size() > 1) parts.push_back(absl::StrCat("+", s.occurrences.size() - 1, " more"));
    absl::StrAppend(&out, "> ", md(s.quote), "\n\n— ", JoinNonEmpty(parts, " · "), "\n\n");
    for (const Link& l : s.links)
      if (l.type == "checked" && !l.suggestion)
        absl::StrAppend(&out, "**Checked before:** ", md(l.reason), "\n\n");
  };
  absl::StrAppend(&out, "## New claims by spread\n\n");
  if (r.new_claims.empty()) absl::StrAppend(&out, "_No new statements this week._\n\n");
  for (const Statement& s : r.new_claims) statement(s);
  absl::StrAppend(&out, "## Recycled narratives\n\n");
  if (r.narratives.empty()) absl::StrAppend(&out, "_None picked up this week._\n\n");
  int n = 0;
  for (const NarrativeOfWeek& nw : r.narratives) {
    absl::StrAppend(&out, "### #", ++n, " first seen ", nw.narrative.first_seen, "\n\n");
    statement(nw.narrative.statements.front());
    absl::StrAppend(&out, "Picked up this week by ", nw.picked_up.size(), " statement(s).\n\n");
  }
  absl::StrAppend(&out, "## Contradictions\n\n");
  if (r.contradictions.empty()) absl::StrAppend(&out, "_None found this week._\n\n");
  for (const auto& [later, earlier] : r.contradictions) {
    absl::StrAppend(&out, "Earlier:\n\n");
    statement(earlier);
    absl::StrAppend(&out, "Later:\n\n");
    statement(later);
  }
  if (!r.denials.empty()) absl::StrAppend(&out, "## Denials\n\n");
  for (const Statement& s : r.denials) statement(s);
  for (const SpeakerDigest& d : r.digests) {
    absl::StrAppend(&out, "## Watched: ", md(d.speaker), "\n\n");
    if (d.statements.empty()) absl::StrAppend(&out, "_Nothing this week._\n\n");
    for (const Statement& s : d.statements) statement(s);
  }
  absl::StrAppend(&out, "_Methods: rule-based quote extraction; links at similarity ≥ ",
                  absl::StrFormat("%.2f", r.thresholds.link), ", contradictions at ≥ ",
                  absl::StrFormat("%.2f", r.thresholds.contradiction), "._\n");
  return out;
}

std::string RenderReportJson(const WeeklyReport& r) {
  std::string out;
  JsonWriter w(&out);
  auto counts = [&](const char* key, const WeekCounts& c) {
    w.Key(key);
    w.BeginObject();
    w.Key("articles"); w.Int(c.articles);
    w.Key("statements"); w.Int(c.statements);
    w.Key("speakers"); w.Int(c.speakers);
    w.Key("outlets"); w.Int(c.outlets);
    w.Key("dated_by_ingest"); w.Int(c.dated_by_ingest);
    w.EndObject();
  };
  auto ranked = [&](const char* key, const std::vector<RankedName>& names) {
    w.Key(key);
    w.BeginArray();
    for (const auto& n : names) {
      w.BeginObject();
      w.Key("name"); w.String(n.name);
      w.Key("count"); w.Int(n.count);
      w.Key("change"); w.Int(n.change);
      w.EndObject();
    }
    w.EndArray();
  };
  w.BeginObject();
  w.Key("week"); w.String(r.week);
  w.Key("from"); w.String(r.from);
  w.Key("to"); w.String(r.to);
  w.Key("summary"); w.BeginArray();
  for (const auto& [topic, text] : ReportSummary(r)) {
    w.BeginObject(); w.Key("topic"); w.String(topic); w.Key("text"); w.String(text); w.EndObject();
  }
  w.EndArray();
  counts("counts", r.counts);
  counts("previous", r.previous);
  ranked("top_speakers", r.top_speakers);
  ranked("top_conduits", r.top_conduits);
  w.Key("per_day"); w.BeginArray();
  for (const auto& [day, count] : r.per_day) {
    w.BeginObject(); w.Key("date"); w.String(day); w.Key("statements"); w.Int(count); w.EndObject();
  }
  w.EndArray();
  w.Key("new_claims"); w.BeginArray();
  for (const Statement& s : r.new_claims) w.Raw(StatementToJson(s));
  w.EndArray();
  w.Key("narratives"); w.BeginArray();
  for (const NarrativeOfWeek& nw : r.narratives) {
    w.BeginObject();
    w.Key("first_seen"); w.StringOrNull(nw.narrative.first_seen);
    w.Key("first"); w.Raw(StatementToJson(nw.narrative.statements.front()));
    w.Key("picked_up"); w.BeginArray();
    for (const Statement& s : nw.picked_up) w.Raw(StatementToJson(s));
    w.EndArray();
    w.Key("speakers"); w.BeginArray();
    for (const auto& s : nw.narrative.speakers) w.String(s);
    w.EndArray();
    w.Key("outlets"); w.BeginArray();
    for (const auto& o : nw.narrative.outlets) w.String(o);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("contradictions"); w.BeginArray();
  for (const auto& [later, earlier] : r.contradictions) {
    w.BeginObject();
    w.Key("earlier"); w.Raw(StatementToJson(earlier));
    w.Key("later"); w.Raw(StatementToJson(later));
    w.EndObject();
  }
  w.EndArray();
  w.Key("denials"); w.BeginArray();
  for (const Statement& s : r.denials) w.Raw(StatementToJson(s));
  w.EndArray();
  w.Key("watched"); w.BeginArray();
  for (const SpeakerDigest& d : r.digests) {
    w.BeginObject();
    w.Key("speaker"); w.String(d.speaker);
    w.Key("statements"); w.BeginArray();
    for (const Statement& s : d.statements) w.Raw(StatementToJson(s));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("thresholds"); w.BeginObject();
  w.Key("link"); w.Double(r.thresholds.link);
  w.Key("suggest"); w.Double(r.thresholds.suggest);
  w.Key("contradiction"); w.Double(r.thresholds.contradiction);
  w.EndObject();
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace qtrack
