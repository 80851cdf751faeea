#include "claims/speaker_registry.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "claims/statement_document.h"
#include "claims/text_keys.h"
#include "common/json_writer.h"
#include "common/person_name_key.h"
#include "common/strings.h"
#include "simdjson.h"

namespace qtrack {
namespace {

// Honorifics: an alias, never part of the name's key.
constexpr std::string_view kHonorifics[] = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
    "rev", "reverend", "prof", "professor"};

// Organisation aliases → (canonical key, display name). Editors add more
// with `qtrack speakers import`.
struct OrganisationAlias {
  std::string_view alias, key, display;
};
constexpr OrganisationAlias kOrganisationAliases[] = {
    {"lib dems", "liberal democrats", "Liberal Democrats"},
    {"lib dem", "liberal democrats", "Liberal Democrats"},
    {"libdems", "liberal democrats", "Liberal Democrats"},
    {"liberal democrat party", "liberal democrats", "Liberal Democrats"},
    {"liberal democrats", "liberal democrats", "Liberal Democrats"},
    {"tories", "conservatives", "Conservatives"},
    {"tory party", "conservatives", "Conservatives"},
    {"conservative party", "conservatives", "Conservatives"},
    {"conservatives", "conservatives", "Conservatives"},
    {"new labour", "labour", "Labour"},
    {"labour party", "labour", "Labour"},
    {"labour", "labour", "Labour"},
    {"uk independence party", "ukip", "UKIP"},
    {"ukip", "ukip", "UKIP"},
    {"scottish national party", "snp", "SNP"},
    {"snp", "snp", "SNP"},
    {"plaid", "plaid cymru", "Plaid Cymru"},
    {"plaid cymru", "plaid cymru", "Plaid Cymru"},
    {"green party", "greens", "Greens"},
    {"greens", "greens", "Greens"},
    {"democratic unionist party", "dup", "DUP"},
    {"dup", "dup", "DUP"},
    {"ulster unionist party", "uup", "UUP"},
    {"uup", "uup", "UUP"},
};

// Plural nouns of people: a name ending in one names a group.
constexpr std::string_view kGroupNouns[] = {
    "mps", "meps", "msps", "ams", "peers", "ministers", "members", "officials", "leaders",
    "councillors", "backbenchers", "rebels", "executives", "bosses", "chiefs", "workers",
    "unions", "campaigners", "fans", "players", "analysts", "economists", "experts",
    "critics", "observers", "sources", "residents", "researchers", "scientists", "investors",
    "traders", "lawyers", "doctors", "nurses", "teachers", "officers", "police", "spokesmen",
    "spokeswomen", "spokespeople", "supporters", "activists", "diplomats", "politicians",
    "candidates", "voters", "staff", "employees", "shareholders", "directors", "judges",
    "managers", "coaches", "insiders", "colleagues", "allies", "opponents", "figures"};
// Party members in the plural: a group when qualified ("senior Tories",
// "rebel Conservatives"); the party itself when alone (the alias table).
constexpr std::string_view kPartyPlurals[] = {"tories", "conservatives", "democrats",
                                              "republicans", "nationalists", "unionists",
                                              "socialists", "greens"};

// A name ending in one of these names an organisation, whatever the
// extractor said ("World Bank", "Scotland Yard", "Daily Telegraph").
constexpr std::string_view kOrganisationNouns[] = {
    "bank", "yard", "telegraph", "times", "journal", "post", "mail", "guardian", "herald",
    "group", "council", "party", "union", "commission", "ministry", "court", "agency",
    "association", "company", "corporation", "corp", "inc", "ltd", "plc", "club", "university",
    "institute", "foundation", "federation", "fund", "organisation", "organization",
    "department", "committee", "board", "service", "office", "authority", "government",
    "parliament", "assembly", "police", "army", "network", "bureau", "trust", "airlines",
    "motors", "records", "studios", "pictures", "telecom", "reserve", "exchange"};

// Who speaks for someone: a name ending in one is a representative.
constexpr std::string_view kRepresentativeNouns[] = {
    "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers",
    "advisor", "lawyer", "lawyers", "solicitor", "representative", "office", "secretary",
    "agent", "camp", "team", "staff"};

// Capitalised words that name no one in particular: no namesake evidence.
constexpr std::string_view kNotContextNames[] = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "the", "a", "an", "i", "it", "he",
    "she", "we", "they", "but", "and", "in", "on", "at", "of", "for", "this", "that", "his",
    "her", "bbc", "news", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"};

const OrganisationAlias* FindOrganisationAlias(std::string_view key) {
  for (const OrganisationAlias& a : kOrganisationAliases)
    if (a.alias == key) return &a;
  return nullptr;
}

bool Contains(const auto& table, std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

std::string_view LastWord(std::string_view key) {
  const size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

std::string StringField(simdjson::dom::object o, std::string_view key) {
  std::string_view v;
  return o[key].get_string().get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
}

// Every word capitalised (or a particle: "de", "van", "bin"…).
bool LooksLikePersonName(std::string_view name) {
  static constexpr std::string_view kParticles[] = {"de", "da", "van", "von", "der", "den",
                                                    "bin", "al", "le", "la", "di", "du"};
  for (absl::string_view word : absl::StrSplit(ToAbsl(name), ' ', absl::SkipEmpty())) {
    const unsigned char c = word[0];
    if (c >= 'a' && c <= 'z' && !Contains(kParticles, ToStd(word))) return false;
  }
  return true;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'' || c == '-';
}

}  // namespace

std::vector<std::string> ContextNames(std::string_view text, size_t limit) {
  std::vector<std::string> names;
  bool sentence_start = true;
  size_t i = 0;
  while (i < text.size() && names.size() < limit) {
    const unsigned char c = text[i];
    if (!IsWordByte(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == ':') sentence_start = true;
      else if (c != ' ' && c != '\t') sentence_start = false;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(i, end - i);
    const bool capitalised = c >= 'A' && c <= 'Z';
    if (capitalised && !sentence_start && word.size() >= 2) {
      std::string lower(word);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (lower.ends_with("'s")) lower.resize(lower.size() - 2);
      if (!Contains(kNotContextNames, lower) &&
          std::find(names.begin(), names.end(), lower) == names.end())
        names.push_back(std::move(lower));
    }
    sentence_start = false;
    i = end;
  }
  return names;
}

std::string SourceSection(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("file:") && !url.starts_with("file://")) {
    rest = url.substr(5);
  } else if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    rest = url.substr(scheme + 3);
    ConsumePrefix(&rest, "www.");
    const size_t host_end = rest.find('/');
    if (host_end == std::string_view::npos) return "";
    const size_t seg_end = rest.find('/', host_end + 1);
    if (seg_end == std::string_view::npos) return "";  // no section: an article at the root
    return "section:" + std::string(rest.substr(0, seg_end));
  } else {
    return "";
  }
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return "";
  return "section:" + std::string(rest.substr(0, slash));
}

std::string SpeakerRecordToJson(const SpeakerRecord& r) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.String(r.id);
  w.Key("name"); w.String(r.name);
  w.Key("organisation"); w.Bool(r.organisation);
  if (r.group) { w.Key("group"); w.Bool(true); }
  w.Key("aliases"); w.BeginArray();
  for (const auto& a : r.aliases) w.String(a);
  w.EndArray();
  w.Key("roles"); w.BeginArray();
  for (const auto& role : r.roles) {
    w.BeginObject();
    w.Key("role"); w.String(role.role);
    w.Key("first_seen"); w.StringOrNull(role.first_seen);
    w.Key("last_seen"); w.StringOrNull(role.last_seen);
    w.EndObject();
  }
  w.EndArray();
  w.Key("statements"); w.Int(static_cast<int64_t>(r.statements));
  if (!r.context.empty()) {
    w.Key("context"); w.BeginArray();
    for (const auto& name : r.context) w.String(name);
    w.EndArray();
  }
  w.EndObject();
  return out;
}

SpeakerRecord SpeakerRecordFromJson(std::string_view json) {
  thread_local simdjson::dom::parser parser;
  SpeakerRecord r;
  simdjson::dom::object obj;
  if (parser.parse(json.data(), json.size()).get(obj) != simdjson::SUCCESS) return r;
  r.id = StringField(obj, "id");
  r.name = StringField(obj, "name");
  bool flag = false;
  if (obj["organisation"].get_bool().get(flag) == simdjson::SUCCESS) r.organisation = flag;
  if (obj["group"].get_bool().get(flag) == simdjson::SUCCESS) r.group = flag;
  simdjson::dom::array arr;
  if (obj["aliases"].get_array().get(arr) == simdjson::SUCCESS)
    for (auto e : arr) {
      std::string_view v;
      if (e.get_string().get(v) == simdjson::SUCCESS) r.aliases.emplace_back(v);
    }
  if (obj["roles"].get_array().get(arr) == simdjson::SUCCESS)
    for (auto e : arr) {
      simdjson::dom::object o;
      if (e.get_object().get(o) != simdjson::SUCCESS) continue;
      r.roles.push_back({StringField(o, "role"), StringField(o, "first_seen"),
                         StringField(o, "last_seen")});
    }
  int64_t n = 0;
  if (obj["statements"].get_int64().get(n) == simdjson::SUCCESS) r.statements = n;
  if (obj["context"].get_array().get(arr) == simdjson::SUCCESS)
    for (auto e : arr) {
      std::string_view v;
      if (e.get_string().get(v) == simdjson::SUCCESS) r.context.emplace_back(v);
    }
  return r;
}

std::string AliasMetaKey(std::string_view name_key) {
  return absl::StrCat("alias:", BoundedKey(name_key));
}

std::string SpeakerNameKey(std::string_view name) {
  // "Securities & Exchange Commission" is the "Securities and Exchange
  // Commission"; "M&S" stays one word.
  std::string spelled;
  if (name.find(" & ") != std::string_view::npos) {
    spelled = absl::StrReplaceAll(ToAbsl(name), {{" & ", " and "}});
    name = spelled;
  }
  std::string key = NameKey(name);
  std::string_view rest = key;
  ConsumePrefix(&rest, "the ");
  if (const OrganisationAlias* a = FindOrganisationAlias(rest)) return std::string(a->key);
  const size_t space = key.find(' ');
  if (space != std::string::npos && Contains(kHonorifics, std::string_view(key).substr(0, space)))
    return key.substr(space + 1);
  return key;
}

bool IsRepresentativeKey(std::string_view key) {
  return key.find(' ') != std::string_view::npos && Contains(kRepresentativeNouns, LastWord(key));
}

std::string PrincipalTerm(std::string_view principal) {
  return absl::StrCat("B", TermKey(SpeakerNameKey(principal)));
}

bool IsGroupKey(std::string_view key) {
  ConsumePrefix(&key, "the ");
  if (FindOrganisationAlias(key) != nullptr) return false;
  const std::string_view last = LastWord(key);
  if (Contains(kGroupNouns, last)) return true;
  return last.size() < key.size() && Contains(kPartyPlurals, last);
}

SpeakerRegistry::SpeakerRegistry(std::function<std::string(const std::string&)> meta)
    : meta_(std::move(meta)) {}

namespace {

bool HasCyrillic(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xD0 || static_cast<unsigned char>(s[i]) == 0xD1 ||
        (static_cast<unsigned char>(s[i]) == 0xD2 && static_cast<unsigned char>(s[i + 1]) <= 0x91))
      return true;
  return false;
}

// The alias key of a person's name across scripts and spellings
// (common/person_name_key.h): "Дмитрий Песков", "Дмитро Пєсков" and
// "Dmitri Peskov" share it.
std::string CrossScriptKey(std::string_view name) {
  std::string key = PersonNameKey(name);
  return key.empty() ? key : absl::StrCat("x:", key);
}

}  // namespace

SpeakerRecord* SpeakerRegistry::Find(const std::string& id) {
  auto it = speakers_.find(id);
  if (it != speakers_.end()) return &it->second;
  std::string json = meta_("speaker:" + id);
  if (json.empty()) return nullptr;
  return &(speakers_[id] = SpeakerRecordFromJson(json));
}

std::vector<std::string>& SpeakerRegistry::Aliases(const std::string& key) {
  auto it = aliases_.find(key);
  if (it != aliases_.end()) return it->second;
  std::vector<std::string> ids;
  std::string v = meta_(AliasMetaKey(key));
  if (!v.empty())
    for (absl::string_view id : absl::StrSplit(v, '\t')) ids.emplace_back(id);
  return aliases_[key] = std::move(ids);
}

void SpeakerRegistry::AddAlias(const std::string& key, const std::string& id) {
  if (key.empty()) return;
  auto& ids = Aliases(key);
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
    ids.push_back(id);
    dirty_aliases_.insert(key);
  }
}

void SpeakerRegistry::RemoveAlias(const std::string& key, const std::string& id) {
  auto& ids = Aliases(key);
  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
  dirty_aliases_.insert(key);
}

std::string SpeakerRegistry::FollowMerges(std::string id) {
  for (int hops = 0; hops < 16; ++hops) {
    std::string into = meta_("merge:" + id);
    if (into.empty()) break;
    id = into;
  }
  return id;
}

std::string SpeakerRegistry::HolderOfRole(std::string_view description, const std::vector<std::string>& ids) {
  const std::string wanted = absl::AsciiStrToLower(ToAbsl(description));
  if (wanted.empty()) return "";
  std::string holder;
  for (const std::string& candidate : ids) {
    const std::string id = FollowMerges(candidate);
    const SpeakerRecord* r = Find(id);
    if (r == nullptr || r->group || r->organisation || id == holder) continue;
    const bool holds = std::any_of(r->roles.begin(), r->roles.end(), [&](const SpeakerRole& role) {
      const std::string known = absl::AsciiStrToLower(role.role);
      return known == wanted || (known.size() > wanted.size() && known.ends_with(wanted) &&
                                 known[known.size() - wanted.size() - 1] == ' ');
    });
    if (!holds) continue;
    if (!holder.empty()) return "";  // two people in that role: no choice
    holder = id;
  }
  return holder;
}

std::vector<std::string> SpeakerRegistry::LookupIds(std::string_view name) {
  std::vector<std::string> ids;
  auto collect = [&](const std::string& k) {
    if (k.empty()) return;
    for (const std::string& id : Aliases(k)) ids.push_back(FollowMerges(id));
    const std::string as_id = TermKey(k);
    if (Find(as_id) != nullptr) ids.push_back(FollowMerges(as_id));
    if (k.starts_with("the ")) {
      const std::string bare = TermKey(k.substr(4));
      if (Find(bare) != nullptr) ids.push_back(FollowMerges(bare));
    }
  };
  // The registry's key, and the plain NameKey that older stores keyed by.
  collect(SpeakerNameKey(name));
  collect(NameKey(name));
  // The cross-script key ("Dmitri Peskov" for Дмитрий Песков) only when
  // the name itself is unknown: it folds spellings an editor may keep
  // apart (Zelensky, Zelenskyy).
  if (ids.empty()) collect(CrossScriptKey(name));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

SpeakerLookup SpeakerRegistry::Lookup(std::string_view name) {
  SpeakerLookup out;
  out.ids = LookupIds(name);
  std::erase_if(out.ids, [&](const std::string& id) { return Find(id) == nullptr; });
  std::stable_sort(out.ids.begin(), out.ids.end(), [&](const std::string& a, const std::string& b) {
    return Find(a)->statements > Find(b)->statements;
  });
  if (out.ids.size() <= 1) {
    out.resolved = out.ids.size() == 1;
    return out;
  }
  // Several: a surname (with or without an honorific) resolves to the one
  // the press mostly means by it; a full name shared by namesakes does not.
  // A surname is one word as typed ("Kilroy-Silk" too), after an honorific.
  std::string_view typed = StripWhitespace(name);
  if (const size_t space = typed.find(' '); space != std::string_view::npos &&
      Contains(kHonorifics, NameKey(typed.substr(0, space))))
    typed = StripWhitespace(typed.substr(space + 1));
  if (typed.find(' ') != std::string_view::npos || IsGroupKey(SpeakerNameKey(name))) return out;
  // Speakers known only by the surname itself ("Lavrov") are no other
  // person: their statements go with whoever the surname resolves to.
  std::vector<std::string> people;
  for (const std::string& id : out.ids) {
    const SpeakerRecord* r = Find(id);
    const bool bare = !r->organisation && !r->group &&
                      SpeakerNameKey(r->name).find(' ') == std::string::npos;
    (bare ? out.bare : people).push_back(id);
  }
  if (people.empty()) return out;
  uint64_t others = 0;
  for (size_t i = 1; i < people.size(); ++i) others += Find(people[i])->statements;
  const uint64_t top = Find(people[0])->statements;
  out.resolved = top > 0 && top >= kSurnameDominance * others;
  if (!out.resolved) {
    out.bare.clear();
    return out;
  }
  // The one meant first, then the bare surname speakers, then the rest.
  std::vector<std::string> ordered = {people[0]};
  ordered.insert(ordered.end(), out.bare.begin(), out.bare.end());
  ordered.insert(ordered.end(), people.begin() + 1, people.end());
  out.ids = std::move(ordered);
  return out;
}

std::string SpeakerRegistry::NameVariantOf(const std::string& key) {
  // Same surname and the same first four letters of the first name
  // (Dmitry / Dmitri / Dmitriy Peskov); different first names stay apart
  // (Donald / Melania Trump).
  const std::string_view surname = Surname(key);
  const std::string_view first = std::string_view(key).substr(0, key.find(' '));
  for (const std::string& candidate : Aliases(std::string(surname))) {
    SpeakerRecord* r = Find(FollowMerges(candidate));
    if (r == nullptr || r->group || r->organisation) continue;
    const std::string other = SpeakerNameKey(r->name);
    const std::string_view other_first = std::string_view(other).substr(0, other.find(' '));
    const size_t n = std::min<size_t>(4, std::min(first.size(), other_first.size()));
    if (Surname(other) == surname && n >= 3 && first.substr(0, n) == other_first.substr(0, n))
      return r->id;
  }
  return "";
}

void SpeakerRegistry::AddRole(SpeakerRecord* record, const std::string& role,
                              const std::string& date) {
  if (role.empty()) return;
  auto it = std::find_if(record->roles.begin(), record->roles.end(),
                         [&](const SpeakerRole& r) { return r.role == role; });
  if (it == record->roles.end()) {
    record->roles.push_back({role, date, date});
    return;
  }
  if (!date.empty() && (it->first_seen.empty() || date < it->first_seen)) it->first_seen = date;
  if (date > it->last_seen) it->last_seen = date;
}

std::string SpeakerRegistry::AgreeingNamesake(const std::vector<std::string>& ids,
                                              const std::string& key, const std::string& role,
                                              const std::vector<std::string>& context) {
  // The name's own words are in every article that names it: no evidence.
  const std::vector<std::string> own = absl::StrSplit(key, ' ');
  // Too few other names around the mention tell nothing: it joins.
  const size_t evidence = std::count_if(context.begin(), context.end(),
                                        [&](const std::string& n) { return !Contains(own, n); });
  if (evidence < kMinProfileNames && !ids.empty()) return FollowMerges(ids[0]);
  for (const std::string& candidate : ids) {
    const std::string id = FollowMerges(candidate);
    const SpeakerRecord* r = Find(id);
    if (r == nullptr || r->group) continue;
    if (r->organisation || context.empty() || r->context.size() < kMinProfileNames) return id;
    if (!role.empty() && std::any_of(r->roles.begin(), r->roles.end(),
                                     [&](const SpeakerRole& x) { return x.role == role; }))
      return id;
    size_t shared = 0;
    for (const std::string& name : context)
      if (!Contains(own, name) && Contains(r->context, name)) ++shared;
    if (shared >= kMinSharedNames) return id;
  }
  return "";
}

std::string SpeakerRegistry::NewNamesake(const std::string& key, const std::string& name) {
  for (int n = 2;; ++n) {
    const std::string id = absl::StrCat(TermKey(key), "_", n);
    // An editor's merge of this namesake stands.
    if (!meta_("merge:" + id).empty()) return FollowMerges(id);
    if (Find(id) == nullptr) {
      Create(id, absl::StrCat(name, " (", n, ")"));
      return id;
    }
  }
}

std::string SpeakerRegistry::Resolve(const std::string& name, bool organisation,
                                     const std::string& role, const std::string& date,
                                     bool* created, const std::vector<std::string>& context) {
  // Unresolved pronouns and common nouns stay unattributed (the mention
  // is kept as speaker_given) rather than becoming registry speakers.
  if (!IsNamedSpeaker(name, organisation)) return "";
  std::string key = SpeakerNameKey(name);
  if (key.empty()) return "";
  const OrganisationAlias* party = FindOrganisationAlias(key);
  if (party != nullptr || (key.find(' ') != std::string::npos &&
                           Contains(kOrganisationNouns, LastWord(key))))
    organisation = true;
  // A group whatever the extractor called it ("MPs" as an organisation).
  const bool group = party == nullptr && IsGroupKey(key);
  // Groups and representatives join only their own name.
  const bool apart = group || IsRepresentativeKey(key);
  if (organisation && key.starts_with("the ")) key = key.substr(4);
  const bool multi_word = key.find(' ') != std::string::npos;
  std::string id;
  if (!apart) {
    // Only a speaker of the same kind: a person's surname alias never
    // takes a group, nor an organisation a group's alias.
    std::vector<std::string> direct;
    for (const std::string& candidate : Aliases(key))
      if (SpeakerRecord* r = Find(FollowMerges(candidate)); r == nullptr || !r->group)
        direct.push_back(candidate);
    // Only a name of a person has namesakes: "Opinion polls" is no name.
    if (multi_word && !organisation && !direct.empty() && LooksLikePersonName(name)) {
      id = AgreeingNamesake(direct, key, role, context);
      if (id.empty()) {
        id = NewNamesake(key, name);
        if (Find(id) != nullptr && Find(id)->aliases.empty()) *created = true;
      }
    } else if (direct.size() == 1) {
      id = direct[0];
    } else if (multi_word && !organisation) {
      id = NameVariantOf(key);
      // The same person in another script: "Дмитрий Песков" joins "Dmitry
      // Peskov". Only across scripts: within one, NameVariantOf decides,
      // and the key's folding (h → g) would join Hill and Gill.
      if (id.empty()) {
        const std::vector<std::string>& across = Aliases(CrossScriptKey(name));
        if (across.size() == 1)
          if (SpeakerRecord* r = Find(FollowMerges(across[0]));
              r != nullptr && !r->group && !r->organisation && HasCyrillic(r->name) != HasCyrillic(name))
            id = r->id;
      }
    }
  }
  if (id.empty()) id = TermKey(key);
  id = FollowMerges(id);

  SpeakerRecord* record = Find(id);
  if (record == nullptr) {
    record = &Create(id, party != nullptr ? std::string(party->display) : name);
    record->organisation = organisation;
    record->group = group;
    *created = true;
  }
  const bool new_spelling =
      std::find(record->aliases.begin(), record->aliases.end(), name) == record->aliases.end();
  if (new_spelling) record->aliases.push_back(name);
  // Single-word names of people are surnames: they get no alias of their
  // own, so a later full name can claim the surname. A group's last word
  // names no one.
  if (multi_word || organisation || group) AddAlias(key, id);
  if (multi_word && !organisation && !apart && !record->organisation && !record->group) {
    AddAlias(std::string(Surname(key)), id);
    // ICU transliteration: once per spelling, not per statement.
    if (new_spelling) AddAlias(CrossScriptKey(name), id);
    // A double-barrelled surname answers whole: "Kilroy-Silk".
    const std::string_view last = LastWord(name);
    if (last.find('-') != std::string_view::npos) AddAlias(SpeakerNameKey(last), id);
  }
  AddRole(record, role, date);
  if (!organisation && !apart) AddContext(record, context);
  MarkDirty(id);
  return id;
}

void SpeakerRegistry::AddContext(SpeakerRecord* record, const std::vector<std::string>& context) {
  for (const std::string& name : context)
    if (!Contains(record->context, name)) record->context.push_back(name);
  if (record->context.size() > kMaxContextNames)
    record->context.erase(record->context.begin(),
                          record->context.end() - static_cast<long>(kMaxContextNames));
}

SpeakerRecord& SpeakerRegistry::Create(const std::string& id, const std::string& name) {
  SpeakerRecord& record = speakers_[id];
  record.id = id;
  record.name = name;
  MarkDirty(id);
  return record;
}

void SpeakerRegistry::Flush(std::vector<std::pair<std::string, std::string>>* meta) {
  for (const std::string& id : dirty_speakers_)
    meta->emplace_back("speaker:" + id, SpeakerRecordToJson(speakers_[id]));
  for (const std::string& key : dirty_aliases_)
    meta->emplace_back(AliasMetaKey(key), absl::StrJoin(aliases_[key], "\t"));
  dirty_speakers_.clear();
  dirty_aliases_.clear();
}

void SpeakerRegistry::ClearCache() {
  speakers_.clear();
  aliases_.clear();
}

}  // namespace qtrack
