#include "claims/statement.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "common/json_writer.h"
#include "simdjson.h"

namespace qtrack {

std::string SpeakerLabel(const Statement& s) {
  if (!s.speaker.empty()) return s.speaker;
  if (!s.speaker_given.empty()) return "(unattributed: " + s.speaker_given + ")";
  return "(unattributed)";
}

std::string_view PolarityLabel(const Statement& s) {
  return s.polarity.empty() ? std::string_view("asserts") : std::string_view(s.polarity);
}

std::string StatementToJson(const Statement& s) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.String(s.id);
  w.Key("speaker"); w.StringOrNull(s.speaker);
  w.Key("speaker_id"); w.StringOrNull(s.speaker_id);
  w.Key("speaker_role"); w.StringOrNull(s.speaker_role);
  w.Key("speaker_given"); w.StringOrNull(s.speaker_given);
  w.Key("quote"); w.String(s.quote);
  w.Key("kind"); w.String(s.kind);
  w.Key("polarity"); w.StringOrNull(s.polarity);
  w.Key("via"); w.StringOrNull(s.via);
  w.Key("addressee"); w.StringOrNull(s.addressee);
  w.Key("said_on"); w.StringOrNull(s.said_on);
  w.Key("language"); w.StringOrNull(s.language);
  w.Key("first_seen"); w.StringOrNull(s.first_seen);
  w.Key("last_seen"); w.StringOrNull(s.last_seen);
  w.Key("confidence"); w.Double(s.confidence);
  w.Key("occurrences");
  w.BeginArray();
  for (const Occurrence& o : s.occurrences) {
    w.BeginObject();
    w.Key("article_id"); w.String(o.article_id);
    w.Key("url"); w.StringOrNull(o.url);
    w.Key("outlet"); w.StringOrNull(o.outlet);
    w.Key("published"); w.StringOrNull(o.published);
    w.Key("title"); w.StringOrNull(o.title);
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
  s.via = GetString(obj, "via");
  s.addressee = GetString(obj, "addressee");
  s.said_on = GetString(obj, "said_on");
  s.language = GetString(obj, "language");
  s.first_seen = GetString(obj, "first_seen");
  s.last_seen = GetString(obj, "last_seen");
  double confidence = 0;
  if (obj["confidence"].get_double().get(confidence) == simdjson::SUCCESS) s.confidence = confidence;
  simdjson::dom::array occurrences;
  if (obj["occurrences"].get_array().get(occurrences) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : occurrences) {
      simdjson::dom::object o;
      if (e.get_object().get(o) != simdjson::SUCCESS) continue;
      s.occurrences.push_back({GetString(o, "article_id"), GetString(o, "url"),
                               GetString(o, "outlet"), GetString(o, "title"),
                               GetString(o, "published")});
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

}  // namespace qtrack
