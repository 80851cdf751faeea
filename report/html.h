// File: report/html.h
//
// The HTML that the weekly report and the web UI share: escaping, one page
// shell and style sheet, one rendering of a statement, and inline SVG
// charts. Everything here is self-contained (no scripts, fonts or images
// from anywhere), so a report written to a file opens offline, and the web
// UI's Content-Security-Policy can forbid everything else.
//
// Safety contract: every function that takes text from articles (quotes,
// names, outlets, titles, URLs, labels) escapes it; only http(s) URLs ever
// become links. Callers escape nothing themselves except the text they
// splice into markup of their own (with HtmlEscape).
//
// Example:
//   std::string body;
//   AppendStatementHtml(statement, {.link_pages = true}, &body);
//   std::string page = HtmlPage("Peskov", "", body);
#ifndef QTRACK_REPORT_HTML_H_
#define QTRACK_REPORT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/statement.h"

namespace qtrack {

// HTML escaping for text and attribute values (& < > " ').
std::string HtmlEscape(std::string_view text);

// Percent-encoding of a query-string value or path segment (RFC 3986:
// everything but unreserved characters).
std::string UrlEncode(std::string_view text);

// A whole page: doctype, <title> (escaped), the shared style sheet, then
// `header_html` and `body_html` as given (markup: already escaped).
std::string HtmlPage(std::string_view title, std::string_view header_html,
                     std::string_view body_html);

struct StatementHtmlOptions {
  // Link the quote to /statement/ID and the speaker to /speaker?speaker=…,
  // pages of the web UI. Off for files that must stand alone (the report
  // written by `qtrack report -o`). Default false.
  bool link_pages = false;
  // Sources named inline before "+N more". Default 3; 0 names none (for a
  // page that lists them itself).
  size_t max_sources = 3;
};

// One statement: the quote, then one line of what is known about it
// (speaker, role, "denies" for a denial, conduit, date, sources, "+N
// more"), parts joined by " · "
// with none left empty, then a "Checked before" line per confirmed
// fact-check link.
void AppendStatementHtml(const Statement& statement, const StatementHtmlOptions& options,
                         std::string* out);

// How a person names an occurrence's source: its outlet, else its title,
// else its URL (for a file:// URL, the file's name). Never empty: "source"
// when nothing is known.
std::string SourceLabel(const Occurrence& occurrence);

// One occurrence's source: a link (rel=noopener noreferrer) when its URL is
// http(s), else its label as text.
std::string SourceLinkHtml(const Occurrence& occurrence, std::string_view label);

// Joins the non-empty parts with `separator` (" · "), so that an unknown
// field leaves no "· ·" behind. `parts` are markup, already escaped.
std::string JoinNonEmpty(const std::vector<std::string>& parts, std::string_view separator);

// A column chart as inline SVG: one column per (label, value), the value
// above it, and every label that fits below it (the first, the last, and
// evenly spaced ones between); each column carries a <title> tooltip.
// `aria_label` names the chart for screen readers.
std::string ColumnChartSvg(const std::vector<std::pair<std::string, uint64_t>>& columns,
                           std::string_view aria_label);

}  // namespace qtrack

#endif  // QTRACK_REPORT_HTML_H_
