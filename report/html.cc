#include "report/html.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/strings.h"

namespace qtrack {
namespace {

// One style sheet for the report and every page of the web UI, inline (no
// file is ever served), with print rules for the report.
constexpr const char* kStyleSheet = R"(
body{font:15px/1.45 Georgia,'Times New Roman',serif;color:#1d1d1d;max-width:920px;margin:1.5em auto;padding:0 1em}a{color:#245}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4em 1.2em;border-bottom:1px solid #ccc;padding-bottom:.4em;font-family:Helvetica,Arial,sans-serif}
header .brand{font-weight:bold;font-size:1.15em;color:#1d1d1d;text-decoration:none}
nav a{margin-right:1em;color:#245;text-decoration:none}nav a[aria-current]{font-weight:bold;color:#1d1d1d;border-bottom:2px solid #1d1d1d}
h1{font-size:1.6em;margin:.6em 0 .1em}h2{border-bottom:2px solid #222;padding-bottom:.2em;margin-top:1.8em}
.sub,.count{color:#555;margin-top:0;font-family:Helvetica,Arial,sans-serif;font-size:.9em}
table{border-collapse:collapse;width:100%}td,th{padding:.3em .5em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{font-family:Helvetica,Arial,sans-serif;font-size:.8em;text-transform:uppercase;color:#444}
.num{text-align:right;font-variant-numeric:tabular-nums}.up{color:#0a6b2e}.down{color:#a3161a}
form{margin:1em 0;font-family:Helvetica,Arial,sans-serif;font-size:.9em}input,select,button{font-size:1em;padding:.25em}
input[type=search]{width:70%}form.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end}form.filters label{display:flex;flex-direction:column;color:#444}
blockquote{margin:.5em 0 .2em;padding-left:.8em;border-left:3px solid #bbb}blockquote a{color:inherit;text-decoration:none}blockquote a:hover{text-decoration:underline}
.src{font:.82em Helvetica,Arial,sans-serif;color:#555}.src a{color:#245}.why{font-size:.85em;color:#444}
.passage{margin:.3em 0 1em;padding:.5em .8em;background:#f6f6f3;white-space:pre-line}.passage mark{background:#fde98a}
.link{font:.85em Helvetica,Arial,sans-serif;margin:.8em 0 0}.contradicts{color:#a3161a}.recycled,.repeat{color:#245}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border-bottom:1px solid #ddd;padding:.6em 0}
.summary{background:#f6f6f3;padding:.4em 1em;margin-bottom:1.2em;border-left:4px solid #3b6ea5}.summary li{margin:.2em 0}
.pager{font-family:Helvetica,Arial,sans-serif;margin:1em 0}.pager a{margin-right:1em}
.chart .b{fill:#3b6ea5}.chart .d{fill:#c0392b;opacity:.8}.chart .g{stroke:#ccc}.chart text{font:11px Helvetica,Arial,sans-serif;fill:#333}
.empty{color:#777;font-style:italic}.checked{color:#8a4b00;font-weight:bold}.denies{color:#a3161a}
@media print{body{margin:0;max-width:none;font-size:11pt}header,form,.pager{display:none}h2{page-break-after:avoid}.pair,tr,blockquote{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
)";

bool IsWebUrl(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "%20" → " "; malformed escapes stay as they are.
std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      absl::StrAppendFormat(&out, "%%%02X", c);
    }
  }
  return out;
}

std::string HtmlPage(std::string_view title, std::string_view header_html,
                     std::string_view body_html) {
  return absl::StrCat(
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>",
      HtmlEscape(title), " — qtrack</title><style>", kStyleSheet, "</style></head><body>",
      ToAbsl(header_html), ToAbsl(body_html), "</body></html>\n");
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out.append(separator);
    out += part;
  }
  return out;
}

std::string SourceLabel(const Occurrence& o) {
  if (!o.outlet.empty()) return o.outlet;
  if (!o.title.empty()) return o.title;
  if (o.url.starts_with("file://")) {
    std::string_view path(o.url);
    path = path.substr(0, path.find('#'));
    return PercentDecode(path.substr(path.rfind('/') + 1));
  }
  if (!o.url.empty()) return o.url;
  return "source";
}

std::string SourceLinkHtml(const Occurrence& o, std::string_view label) {
  if (!IsWebUrl(o.url)) return HtmlEscape(label);
  return absl::StrCat("<a href=\"", HtmlEscape(o.url), "\" rel=\"noopener noreferrer\">",
                      HtmlEscape(label), "</a>");
}

void AppendStatementHtml(const Statement& s, const StatementHtmlOptions& options,
                         std::string* out) {
  const std::string statement_href =
      absl::StrCat("/statement/", HtmlEscape(UrlEncode(s.id)));
  absl::StrAppend(out, "<blockquote>");
  if (options.link_pages) {
    absl::StrAppend(out, "<a href=\"", statement_href, "\">", HtmlEscape(s.quote), "</a>");
  } else {
    absl::StrAppend(out, HtmlEscape(s.quote));
  }
  absl::StrAppend(out, "</blockquote>");

  std::string speaker = HtmlEscape(SpeakerLabel(s));
  if (options.link_pages && !s.speaker.empty())
    speaker = absl::StrCat("<a href=\"/speaker?speaker=", HtmlEscape(UrlEncode(s.speaker)), "\">",
                           speaker, "</a>");
  if (!s.speaker_role.empty()) absl::StrAppend(&speaker, ", ", HtmlEscape(s.speaker_role));
  // A denial's text is the proposition denied: say so next to the speaker.
  std::vector<std::string> parts = {
      speaker, PolarityLabel(s) == "denies" ? "<b class=\"denies\">denies</b>" : "",
      s.via.empty() ? "" : "via " + HtmlEscape(s.via), HtmlEscape(s.said_on)};
  for (size_t i = 0; i < s.occurrences.size() && i < options.max_sources; ++i)
    parts.push_back(SourceLinkHtml(s.occurrences[i], SourceLabel(s.occurrences[i])));
  if (options.max_sources > 0 && s.occurrences.size() > options.max_sources) {
    const std::string more = absl::StrCat("+", s.occurrences.size() - options.max_sources, " more");
    parts.push_back(options.link_pages
                        ? absl::StrCat("<a href=\"", statement_href, "\">", more, "</a>")
                        : more);
  }
  absl::StrAppend(out, "<div class=\"src\">", JoinNonEmpty(parts, " · "), "</div>");
  for (const Link& l : s.links)
    if (l.type == "checked" && !l.suggestion)
      absl::StrAppend(out, "<p class=\"why checked\">Checked before: ", HtmlEscape(l.reason),
                      "</p>");
}

std::string ColumnChartSvg(const std::vector<std::pair<std::string, uint64_t>>& columns,
                           std::string_view aria_label) {
  constexpr int kMaxWidth = 880, kMargin = 10, kBottom = 125, kMaxBar = 95, kLabelWidth = 64;
  const int n = static_cast<int>(columns.size());
  if (n == 0) return "";
  const int pitch = std::clamp((kMaxWidth - 2 * kMargin) / n, 3, 70);
  const int bar = std::max(2, pitch * 5 / 7);
  const int width = 2 * kMargin + n * pitch, height = kBottom + 22;
  // Every `step`-th label fits; the last column is always labelled.
  const int step = std::max(1, (kLabelWidth + pitch - 1) / pitch);
  const bool values_fit = pitch >= 22;
  uint64_t max = 1;
  for (const auto& column : columns) max = std::max(max, column.second);
  std::string svg = absl::StrFormat(
      "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" "
      "height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">",
      HtmlEscape(aria_label), width, height, width, height);
  for (int i = 0; i < n; ++i) {
    const auto& [label, value] = columns[i];
    const int h = value == 0 ? 0 : std::max(1, static_cast<int>(kMaxBar * value / max));
    const int x = kMargin + i * pitch, middle = x + bar / 2;
    absl::StrAppend(&svg, absl::StrFormat("<rect class=\"b\" x=\"%d\" y=\"%d\" width=\"%d\" "
                                          "height=\"%d\"><title>%s: %d</title></rect>",
                                          x, kBottom - h, bar, h, HtmlEscape(label), value));
    if (values_fit && value > 0)
      absl::StrAppend(&svg, absl::StrFormat("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                                            "class=\"v\">%d</text>",
                                            middle, kBottom - h - 4, value));
    const bool labelled = i % step == 0 && (i == n - 1 || n - 1 - i >= step);
    if (labelled || i == n - 1)
      absl::StrAppend(&svg, absl::StrFormat("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                                            "class=\"l\">%s</text>",
                                            std::clamp(middle, kLabelWidth / 2, width - kLabelWidth / 2),
                                            kBottom + 16, HtmlEscape(label)));
  }
  return svg + "</svg>";
}

}  // namespace qtrack
