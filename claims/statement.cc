#include "claims/statement.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "common/json_writer.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "simdjson.h"

namespace qtrack {

std::string SpeakerLabel(const Statement& s) {
  if (!s.speaker.empty()) return s.speaker;
  if (!s.speaker_given.empty()) return "(unattributed: " + s.speaker_given + ")";
  return "(unattributed)";
}

SourceContext ContextOf(const Article& article, Span extent) {
  constexpr size_t kMaxSide = 240, kMaxQuoted = 480;
  const std::string_view text = article.text;
  if (extent.empty() || extent.end > text.size()) return {};
  // The paragraphs holding the extent's first and last bytes bound it.
  // Paragraphs are in order and do not overlap (ingest/article.h): found by
  // binary search, so an article of many paragraphs and many statements
  // costs no paragraphs x statements.
  size_t lo = extent.begin, hi = extent.end;
  const std::vector<Span>& ps = article.paragraphs;
  // The last paragraph starting at or before `pos` (or before it, strictly).
  auto last_starting = [&](size_t pos, bool strictly) -> const Span* {
    auto it = std::upper_bound(ps.begin(), ps.end(), pos, [&](size_t v, const Span& p) {
      return strictly ? v <= p.begin : v < p.begin;
    });
    return it == ps.begin() ? nullptr : &*std::prev(it);
  };
  if (const Span* p = last_starting(extent.begin, false); p && extent.begin < p->end) lo = p->begin;
  if (const Span* p = last_starting(extent.end, true); p && extent.end <= p->end) hi = p->end;
  SourceContext context;
  size_t quoted_end = extent.end;
  if (quoted_end - extent.begin > kMaxQuoted)
    quoted_end = Utf8CharStart(text, extent.begin + kMaxQuoted);
  context.quoted = std::string(text.substr(extent.begin, quoted_end - extent.begin));
  if (quoted_end < extent.end) {
    context.quoted += "\u2026";
    return context;  // the statement alone fills the passage
  }
  if (extent.begin > lo) {
    size_t from = lo;
    if (extent.begin - lo > kMaxSide) {
      from = Utf8CharStart(text, extent.begin - kMaxSide);
      const size_t space = text.find(' ', from);
      if (space != std::string_view::npos && space < extent.begin) from = space + 1;
    }
    context.before = absl::StrCat(from > lo ? "\u2026" : "",
                                  ToAbsl(text.substr(from, extent.begin - from)));
  }
  if (hi > extent.end) {
    size_t to = hi;
    if (hi - extent.end > kMaxSide) {
      to = Utf8CharStart(text, extent.end + kMaxSide);
      const size_t space = text.rfind(' ', to);
      if (space != std::string_view::npos && space > extent.end) to = space;
    }
    context.after = absl::StrCat(ToAbsl(text.substr(extent.end, to - extent.end)),
                                 to < hi ? "\u2026" : "");
  }
  return context;
}

std::string_view DeskDate(const Statement& s) {
  return s.said_on.empty() ? std::string_view(s.first_seen) : std::string_view(s.said_on);
}

std::string_view PolarityLabel(const Statement& s) {
  return s.polarity.empty() ? std::string_view("asserts") : std::string_view(s.polarity);
}

std::string_view ClassLabel(const Statement& s) {
  return s.statement_class.empty() ? std::string_view("speech") : std::string_view(s.statement_class);
}

namespace {

// `stored`: the form a document holds (StatementToStoredJson).
std::string WriteStatementJson(const Statement& s, bool stored) {
  std::string out;
  JsonWriter w(&out);
  // Stored, a field that would be null is left out: it reads back empty
  // all the same.
  auto string_or_null = [&](std::string_view key, const std::string& value) {
    if (stored && value.empty()) return;
    w.Key(key);
    w.StringOrNull(value);
  };
  w.BeginObject();
  w.Key("id"); w.String(s.id);
  string_or_null("speaker", s.speaker);
  string_or_null("speaker_id", s.speaker_id);
  string_or_null("speaker_role", s.speaker_role);
  string_or_null("speaker_given", s.speaker_given);
  w.Key("quote"); w.String(s.quote);
  w.Key("kind"); w.String(s.kind);
  string_or_null("polarity", s.polarity);
  string_or_null("class", s.statement_class);
  string_or_null("via", s.via);
  if (!s.on_behalf_of.empty()) { w.Key("on_behalf_of"); w.String(s.on_behalf_of); }
  string_or_null("addressee", s.addressee);
  string_or_null("said_on", s.said_on);
  string_or_null("language", s.language);
  string_or_null("first_seen", s.first_seen);
  string_or_null("last_seen", s.last_seen);
  if (!s.date_source.empty()) { w.Key("date_source"); w.String(s.date_source); }
  w.Key("confidence"); w.Double(s.confidence);
  w.Key("occurrences");
  w.BeginArray();
  for (const Occurrence& o : s.occurrences) {
    w.BeginObject();
    w.Key("article_id"); w.String(o.article_id);
    string_or_null("url", o.url);
    string_or_null("outlet", o.outlet);
    string_or_null("published", o.published);
    string_or_null("title", o.title);
    if (!o.story.empty()) {
      w.Key("story"); w.String(o.story);
    }
    if (!o.context.empty()) {
      w.Key("context");
      w.BeginObject();
      w.Key("before"); w.String(o.context.before);
      // Stored, quoted words that are the statement's own are read back
      // from "quote" (StatementFromJson).
      if (!stored || o.context.quoted != s.quote) {
        w.Key("quoted"); w.String(o.context.quoted);
      }
      w.Key("after"); w.String(o.context.after);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("links");
  w.BeginArray();
  for (const Link& l : s.links) {
    w.BeginObject();
    w.Key("type"); w.String(l.type);
    w.Key("to"); w.String(l.to_id);
    w.Key("score"); w.Double(l.score);
    w.Key("reason"); w.String(l.reason);
    w.Key("suggestion"); w.Bool(l.suggestion);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace

std::string StatementToJson(const Statement& s) { return WriteStatementJson(s, /*stored=*/false); }

std::string StatementToStoredJson(const Statement& s) {
  return WriteStatementJson(s, /*stored=*/true);
}

namespace {

std::string GetString(simdjson::dom::object obj, std::string_view key) {
  std::string_view value;
  if (obj[key].get_string().get(value) != simdjson::SUCCESS) return "";
  return std::string(value);
}

}  // namespace

absl::StatusOr<Statement> StatementFromJson(std::string_view json) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object obj;
  auto error = parser.parse(json.data(), json.size()).get(obj);
  if (error) {
    return absl::DataLossError(
        absl::StrCat("stored statement is not valid JSON: ", simdjson::error_message(error)));
  }
  Statement s;
  s.id = GetString(obj, "id");
  s.speaker = GetString(obj, "speaker");
  s.speaker_id = GetString(obj, "speaker_id");
  s.speaker_role = GetString(obj, "speaker_role");
  s.speaker_given = GetString(obj, "speaker_given");
  s.quote = GetString(obj, "quote");
  s.kind = GetString(obj, "kind");
  s.polarity = GetString(obj, "polarity");
  s.statement_class = GetString(obj, "class");
  s.via = GetString(obj, "via");
  s.on_behalf_of = GetString(obj, "on_behalf_of");
  s.addressee = GetString(obj, "addressee");
  s.said_on = GetString(obj, "said_on");
  s.language = GetString(obj, "language");
  s.first_seen = GetString(obj, "first_seen");
  s.last_seen = GetString(obj, "last_seen");
  s.date_source = GetString(obj, "date_source");
  double confidence = 0;
  if (obj["confidence"].get_double().get(confidence) == simdjson::SUCCESS) s.confidence = confidence;
  simdjson::dom::array occurrences;
  if (obj["occurrences"].get_array().get(occurrences) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : occurrences) {
      simdjson::dom::object o;
      if (e.get_object().get(o) != simdjson::SUCCESS) continue;
      Occurrence occurrence{GetString(o, "article_id"), GetString(o, "url"),
                            GetString(o, "outlet"), GetString(o, "title"),
                            GetString(o, "published")};
      occurrence.story = GetString(o, "story");
      simdjson::dom::object context;
      if (o["context"].get_object().get(context) == simdjson::SUCCESS) {
        // A stored passage without "quoted" quotes the statement's words
        // (StatementToStoredJson); the other forms always carry it.
        std::string_view quoted;
        occurrence.context = {GetString(context, "before"),
                              context["quoted"].get_string().get(quoted) == simdjson::SUCCESS
                                  ? std::string(quoted)
                                  : s.quote,
                              GetString(context, "after")};
      }
      s.occurrences.push_back(std::move(occurrence));
    }
  }
  simdjson::dom::array links;
  if (obj["links"].get_array().get(links) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : links) {
      simdjson::dom::object o;
      if (e.get_object().get(o) != simdjson::SUCCESS) continue;
      Link link;
      link.type = GetString(o, "type");
      link.to_id = GetString(o, "to");
      double score = 0;
      if (o["score"].get_double().get(score) == simdjson::SUCCESS) link.score = score;
      link.reason = GetString(o, "reason");
      bool suggestion = false;
      if (o["suggestion"].get_bool().get(suggestion) == simdjson::SUCCESS) link.suggestion = suggestion;
      s.links.push_back(std::move(link));
    }
  }
  return s;
}

std::vector<std::vector<size_t>> OccurrencesByStory(const Statement& statement) {
  std::vector<std::vector<size_t>> groups;
  absl::flat_hash_map<std::string, size_t> group_of;  // story key -> index in groups
  const std::vector<Occurrence>& all = statement.occurrences;
  for (size_t i = 0; i < all.size(); ++i) {
    const Occurrence& o = all[i];
    std::string key;
    if (!o.story.empty()) key = absl::StrCat("f", o.story);
    else if (!o.title.empty())
      key = absl::StrCat("t", o.outlet, "\n", o.title, "\n", o.published.substr(0, 10));
    auto [it, fresh] = key.empty() ? std::pair{group_of.end(), true} : group_of.try_emplace(key, groups.size());
    if (fresh) groups.push_back({i});
    else groups[it->second].push_back(i);
  }
  return groups;
}

}  // namespace qtrack
