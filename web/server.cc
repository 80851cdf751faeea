#include "web/server.h"

#include <ctime>
#include <map>
#include <memory>

#include <httplib.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claims/store.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "report/report.h"

namespace qtrack {
namespace {

constexpr const char* kCss = R"(
body{font:15px/1.45 Georgia,serif;color:#1d1d1d;max-width:920px;margin:1.5em auto;padding:0 1em}
header a{font:bold 1.1em Helvetica,Arial,sans-serif;color:#1d1d1d;text-decoration:none}
form{margin:1em 0}input[type=search]{width:70%;font-size:1em;padding:.3em}button{font-size:1em}
blockquote{margin:.5em 0 .2em;padding-left:.8em;border-left:3px solid #bbb}
.src{font:.82em Helvetica,Arial,sans-serif;color:#555}.src a{color:#245}
.link{font:.85em Helvetica,Arial,sans-serif;margin:.2em 0}.contradicts{color:#a3161a}.recycled,.repeat{color:#245}
h2{border-bottom:1px solid #222}.empty{color:#777;font-style:italic}
.chart .b{fill:#3b6ea5}.chart text{font:11px Helvetica,Arial,sans-serif;fill:#333}
)";

const char kCsp[] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'";

std::string Page(std::string_view title, std::string_view body) {
  return absl::StrCat("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>",
                      HtmlEscape(title), " — qtrack</title><style>", kCss,
                      "</style></head><body><header><a href=\"/\">qtrack</a></header>",
                      ToAbsl(body), "</body></html>\n");
}

std::string UrlEncode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += absl::StrFormat("%%%02X", c);
    }
  }
  return out;
}

std::string SpeakerLink(const Statement& s) {
  if (s.speaker.empty()) return HtmlEscape(SpeakerLabel(s));
  return absl::StrCat("<a href=\"/speaker?name=", HtmlEscape(UrlEncode(s.speaker)), "\">",
                      HtmlEscape(s.speaker), "</a>");
}

void StatementHtml(const Statement& s, std::string* out) {
  absl::StrAppend(out, "<blockquote><a href=\"/statement/", HtmlEscape(UrlEncode(s.id)), "\">",
                  HtmlEscape(s.quote), "</a></blockquote><div class=\"src\">", SpeakerLink(s));
  if (!s.speaker_role.empty()) absl::StrAppend(out, ", ", HtmlEscape(s.speaker_role));
  if (!s.via.empty()) absl::StrAppend(out, " · via ", HtmlEscape(s.via));
  absl::StrAppend(out, " · ", HtmlEscape(s.said_on), " · ", s.occurrences.size(), " occurrence",
                  s.occurrences.size() == 1 ? "" : "s", "</div>");
}

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

struct Response {
  int status = 200;
  std::string body;
  std::string type = "text/html; charset=utf-8";
};

Response Error(int status, absl::string_view absl_message, bool api) {
  const std::string_view message = ToStd(absl_message);
  Response r;
  r.status = status;
  if (api) {
    r.type = "application/json";
    JsonWriter w(&r.body);
    w.BeginObject();
    w.Key("error");
    w.String(message);
    w.EndObject();
  } else {
    r.body = Page("Error", absl::StrCat("<p>", HtmlEscape(message), "</p>"));
  }
  return r;
}

// The HTTP status of a failed store call: 4xx only when the request was at
// fault (a query that does not parse, an id that names nothing); a fault of
// the server or the database is 5xx, 503 when trying again may help.
int HttpStatusOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
      return 400;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kFailedPrecondition:
      return 503;
    default:
      return 500;
  }
}

Response StatementsJson(const std::vector<Statement>& statements) {
  Response r;
  r.type = "application/json";
  JsonWriter w(&r.body);
  w.BeginArray();
  for (const Statement& s : statements) w.Raw(StatementToJson(s));
  w.EndArray();
  return r;
}

Response Handle(const ServeOptions& options, const std::string& path,
                const std::map<std::string, std::string>& params) {
  auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  const bool api = path.starts_with("/api/");
  auto opened = Store::OpenForReading(options.db);
  if (!opened.ok()) return Error(503, opened.status().message(), api);
  Store& store = **opened;

  if (path == "/" || path == "/api/search") {
    const std::string q = param("q");
    std::vector<Statement> found;
    if (!q.empty()) {
      auto result = store.Search(q, 100);
      if (!result.ok()) return Error(HttpStatusOf(result.status()), result.status().message(), api);
      found = std::move(*result);
    }
    if (api) return StatementsJson(found);
    std::string body = absl::StrCat(
        "<h1>Search statements</h1><form action=\"/\" method=\"get\"><input type=\"search\" "
        "name=\"q\" value=\"",
        HtmlEscape(q),
        "\" placeholder=\"speaker:peskov ceasefire 2025-04-01..2025-04-30\"> <button>Search"
        "</button></form>");
    if (!q.empty() && found.empty()) absl::StrAppend(&body, "<p class=\"empty\">No statements.</p>");
    for (const Statement& s : found) StatementHtml(s, &body);
    return {200, Page(q.empty() ? "Search" : q, body)};
  }

  if (path == "/speaker" || path == "/api/said") {
    const std::string name = param(api ? "speaker" : "name");
    if (name.empty()) return Error(400, "missing speaker name", api);
    SaidQuery q;
    q.speaker = name;
    q.limit = 500;
    auto said = store.Said(q);
    if (!said.ok()) return Error(HttpStatusOf(said.status()), said.status().message(), api);
    if (api) return StatementsJson(*said);
    auto records = store.FindSpeakers(name);
    std::string body = absl::StrCat("<h1>", HtmlEscape(name), "</h1>");
    if (records.ok()) {
      for (const SpeakerRecord& r : *records) {
        absl::StrAppend(&body, "<p class=\"src\">", HtmlEscape(r.name));
        for (const SpeakerRole& role : r.roles)
          absl::StrAppend(&body, " · ", HtmlEscape(role.role), " (", HtmlEscape(role.first_seen),
                          role.last_seen != role.first_seen ? absl::StrCat("–", HtmlEscape(role.last_seen)) : "",
                          ")");
        if (r.aliases.size() > 1) {
          absl::StrAppend(&body, " · also: ");
          for (size_t i = 0; i < r.aliases.size(); ++i)
            absl::StrAppend(&body, i ? ", " : "", HtmlEscape(r.aliases[i]));
        }
        absl::StrAppend(&body, "</p>");
      }
    }
    // Timeline: statements per month.
    std::map<std::string, size_t> months;
    for (const Statement& s : *said)
      if (s.said_on.size() >= 7) ++months[s.said_on.substr(0, 7)];
    if (!months.empty()) {
      size_t max = 1;
      for (const auto& [m, n] : months) max = std::max(max, n);
      const int width = 40 * static_cast<int>(months.size()) + 20;
      absl::StrAppend(&body, "<h2>Timeline</h2><svg class=\"chart\" role=\"img\" aria-label=\"statements per month\" width=\"",
                      width, "\" height=\"140\" xmlns=\"http://www.w3.org/2000/svg\">");
      int x = 10;
      for (const auto& [month, n] : months) {
        int h = static_cast<int>(90.0 * n / max);
        absl::StrAppend(&body, absl::StrFormat("<rect class=\"b\" x=\"%d\" y=\"%d\" width=\"30\" height=\"%d\"/>"
                                               "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>"
                                               "<text x=\"%d\" y=\"130\" text-anchor=\"middle\">%s</text>",
                                               x, 110 - h, std::max(h, 1), x + 15, 106 - h, n, x + 15,
                                               HtmlEscape(month)));
        x += 40;
      }
      absl::StrAppend(&body, "</svg>");
    }
    absl::StrAppend(&body, "<h2>Everything said (", said->size(), ")</h2>");
    if (said->empty()) absl::StrAppend(&body, "<p class=\"empty\">Nothing stored for this name.</p>");
    for (const Statement& s : *said) StatementHtml(s, &body);
    return {200, Page(name, body)};
  }

  if (path.starts_with("/statement/") || path.starts_with("/api/statement/")) {
    const std::string id = path.substr(path.rfind('/') + 1);
    auto st = store.GetStatement(id);
    if (!st.ok()) return Error(HttpStatusOf(st.status()), st.status().message(), api);
    if (api) {
      Response r;
      r.type = "application/json";
      r.body = StatementToJson(*st);
      return r;
    }
    std::string body = "<h1>Statement</h1>";
    StatementHtml(*st, &body);
    absl::StrAppend(&body, "<h2>Occurrences</h2>");
    for (const Occurrence& o : st->occurrences) {
      absl::StrAppend(&body, "<p class=\"src\">", HtmlEscape(o.published), " · ",
                      HtmlEscape(o.outlet), " · ");
      if (o.url.starts_with("https://") || o.url.starts_with("http://")) {
        absl::StrAppend(&body, "<a href=\"", HtmlEscape(o.url), "\" rel=\"noopener noreferrer\">",
                        HtmlEscape(o.title.empty() ? o.url : o.title), "</a>");
      } else {
        absl::StrAppend(&body, HtmlEscape(o.title));
      }
      absl::StrAppend(&body, "</p>");
    }
    absl::StrAppend(&body, "<h2>Links to earlier statements</h2>");
    if (st->links.empty()) absl::StrAppend(&body, "<p class=\"empty\">None.</p>");
    for (const Link& l : st->links) {
      auto other = store.GetStatement(l.to_id);
      absl::StrAppend(&body, "<p class=\"link ", HtmlEscape(l.type), "\">", HtmlEscape(l.type),
                      l.suggestion ? " (suggestion)" : "", absl::StrFormat(" · score %.2f", l.score),
                      " · ", HtmlEscape(l.reason), "</p>");
      if (other.ok()) StatementHtml(*other, &body);
    }
    auto later = store.LinkedFrom(id, 100);
    absl::StrAppend(&body, "<h2>Later statements linking here</h2>");
    if (!later.ok() || later->empty()) absl::StrAppend(&body, "<p class=\"empty\">None.</p>");
    if (later.ok()) {
      for (const Statement& s : *later) {
        for (const Link& l : s.links)
          if (l.to_id == id)
            absl::StrAppend(&body, "<p class=\"link ", HtmlEscape(l.type), "\">", HtmlEscape(l.type),
                            " · ", HtmlEscape(l.reason), "</p>");
        StatementHtml(s, &body);
      }
    }
    return {200, Page("Statement", body)};
  }

  if (path == "/report" || path == "/api/report") {
    std::string week = param("week");
    if (week.empty()) week = LastCompleteIsoWeek(Today());
    auto report = BuildWeeklyReport(store, week, {});
    if (!report.ok()) return Error(HttpStatusOf(report.status()), report.status().message(), api);
    Response r;
    if (api) {
      r.type = "application/json";
      r.body = RenderReportJson(*report);
    } else {
      r.body = RenderReportHtml(*report);
    }
    return r;
  }
  return Error(404, "no such page", api);
}

std::map<std::string, std::string> ParseQuery(const std::string& query) {
  httplib::Params params;
  httplib::detail::parse_query_text(query, params);
  std::map<std::string, std::string> out;
  for (const auto& [k, v] : params) out.emplace(k, v);
  return out;
}

}  // namespace

int HandleRequest(const ServeOptions& options, const std::string& path,
                  const std::string& query_string, std::string* body, std::string* content_type) {
  Response r = Handle(options, path, ParseQuery(query_string));
  *body = std::move(r.body);
  *content_type = r.type;
  return r.status;
}

absl::Status Serve(const ServeOptions& options, const std::function<void(int)>& on_listening) {
  httplib::Server server;
  server.set_payload_max_length(options.max_request_bytes);
  server.set_read_timeout(5, 0);
  server.set_write_timeout(10, 0);
  auto handler = [&options](const httplib::Request& req, httplib::Response& res) {
    if (req.target.size() > options.max_request_bytes) {
      res.status = 414;
      return;
    }
    std::map<std::string, std::string> params;
    for (const auto& [k, v] : req.params) params.emplace(k, v);
    Response r = Handle(options, req.path, params);
    res.status = r.status;
    res.set_header("Content-Security-Policy", kCsp);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_content(r.body, r.type.c_str());
  };
  server.Get(R"(/.*)", handler);
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.bind);
    if (port < 0) return absl::UnavailableError(absl::StrCat("cannot bind ", options.bind));
  } else if (!server.bind_to_port(options.bind, port)) {
    return absl::UnavailableError(absl::StrCat("cannot listen on ", options.bind, ":", port));
  }
  on_listening(port);
  if (!server.listen_after_bind()) return absl::InternalError("server stopped unexpectedly");
  return absl::OkStatus();
}

}  // namespace qtrack
