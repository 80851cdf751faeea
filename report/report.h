// File: report/report.h
//
// The editors' weekly report: what was said in one ISO week, what spread,
// what was recycled and what contradicted what, compared with the week
// before. Built from the store (no recomputation of links), rendered as a
// self-contained HTML page (inline CSS and SVG charts, print CSS),
// Markdown for newsroom chat, or JSON for other tools.
//
// Example:
//   auto report = BuildWeeklyReport(store, "2025-W16", {"Dmitry Peskov"});
//   std::string html = RenderReportHtml(*report);
//
// Every string that comes from articles is escaped by the renderers.
#ifndef QTRACK_REPORT_REPORT_H_
#define QTRACK_REPORT_REPORT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/store.h"
#include "report/html.h"

namespace qtrack {

struct WeekCounts {
  size_t articles = 0, statements = 0, speakers = 0, outlets = 0;
  // Statements filed under the week only by the day they were ingested:
  // their articles had no date (Statement::date_source "ingest").
  size_t dated_by_ingest = 0;
};

struct RankedName {
  std::string name;
  size_t count = 0;
  long change = 0;  // against the week before
};

struct NarrativeOfWeek {
  Narrative narrative;
  std::vector<Statement> picked_up;  // statements first seen this week
};

struct SpeakerDigest {
  std::string speaker;
  std::vector<Statement> statements;  // this week, newest first
};

struct WeeklyReport {
  std::string week;        // "2025-W16"
  std::string from, to;    // Monday and Sunday, YYYY-MM-DD
  WeekCounts counts, previous;
  std::vector<RankedName> top_speakers, top_conduits;
  // Dated this week (DeskDate: said_on, else first_seen), attributed and of five words or more, by spread
  // (distinct outlets, then occurrences): what an editor checks first.
  std::vector<Statement> new_claims;
  std::vector<NarrativeOfWeek> narratives;
  std::vector<std::pair<Statement, Statement>> contradictions;  // (later, earlier)
  std::vector<Statement> denials;  // first seen this week, polarity "denies"
  std::vector<SpeakerDigest> digests;
  std::vector<std::pair<std::string, size_t>> per_day;  // 7 days: statements
  MatchThresholds thresholds;
};

// "2025-W16" → Monday "2025-04-14" and Sunday "2025-04-20". False when the
// text is not an ISO week.
bool IsoWeekRange(std::string_view week, std::string* monday, std::string* sunday);
// The last complete ISO week before `today` (YYYY-MM-DD).
std::string LastCompleteIsoWeek(std::string_view today);
// The ISO week that contains `date`.
std::string IsoWeekOf(std::string_view date);
// The ISO week `weeks` weeks after `week` (before it when negative); "" when
// `week` is not an ISO week.
std::string IsoWeekAfter(std::string_view week, int weeks);

absl::StatusOr<WeeklyReport> BuildWeeklyReport(Store& store, std::string_view week,
                                               const std::vector<std::string>& watch);

// A whole page that stands alone (no links to the web UI).
std::string RenderReportHtml(const WeeklyReport& report);
// The report's content only, for the web UI to put in its own page (with
// its navigation, and links to its statement and speaker pages).
std::string RenderReportHtmlBody(const WeeklyReport& report, const StatementHtmlOptions& options);
std::string RenderReportMarkdown(const WeeklyReport& report);

// The lines an editor reads first, as (topic, text), unescaped: the
// busiest speakers, new narratives, contradictions, and denials (only when
// the extractor marked any). A topic with nothing this week says so.
std::vector<std::pair<std::string, std::string>> ReportSummary(const WeeklyReport& report);
std::string RenderReportJson(const WeeklyReport& report);

}  // namespace qtrack

#endif  // QTRACK_REPORT_REPORT_H_
