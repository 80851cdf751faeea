// File: claims/speaker_registry.h
//
// The speaker registry: who "this person" is. Every statement's speaker
// mention ("Gordon Brown", "the Liberal Democrats", "Labour MPs") is
// resolved here to one registry record, and every name a desk types
// ("Brown", "Mr Brown", "Lib Dems") is looked up here. The records live
// in the store's metadata (layout in claims/store.h: speaker:, alias:,
// merge:); the registry caches them and hands back what changed at flush.
//
// Rules (each one a table below, so that a rule is read, not inferred):
//  - Honorifics (Mr, Mrs, Sir, Lord, Baroness, Dr …) are no part of a
//    name's key: "Sir Alex Ferguson" and "Alex Ferguson" are one speaker,
//    "Mr Brown" is looked up as "Brown".
//  - Organisation aliases: a shipped table makes "Lib Dems" the Liberal
//    Democrats, "Tories" the Conservatives, "New Labour" Labour. Editors
//    extend it with `qtrack speakers import` ("Liberal Democrats | Lib
//    Dems"): an imported alias answers like a shipped one.
//  - Groups ("Labour MPs", "MPs", "senior Tories") are speakers of their
//    own: a group joins only the same group, never another group and never
//    a person (a group gives its last word no alias, and no person's
//    surname reaches it).
//  - Namesakes: a person's full name joins the speaker of that name only
//    when the context agrees: the same role, the same section of the same
//    source (SourceSection), or a name around the mention that the
//    speaker's earlier articles also had (kMinSharedNames). When
//    none of the speakers of that name agrees, it is a new one, "Michael
//    Owen (2)", and the name answers to both.
//  - A person's full name also answers to its surname; a surname or a
//    "Mr X" resolves when one speaker fits (see Lookup).
//
// Thread-compatible: one thread at a time (the store's writer or reader).
#ifndef QTRACK_CLAIMS_SPEAKER_REGISTRY_H_
#define QTRACK_CLAIMS_SPEAKER_REGISTRY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"

namespace qtrack {

struct SpeakerRole {
  std::string role;
  std::string first_seen, last_seen;
};

struct SpeakerRecord {
  std::string id;
  std::string name;
  bool organisation = false;
  // A group of people ("Labour MPs"): never merged with another speaker.
  bool group = false;
  std::vector<std::string> aliases;
  std::vector<SpeakerRole> roles;
  uint64_t statements = 0;
  // Proper names seen around the person's mentions (ContextNames),
  // newest last, at most kMaxContextNames: what tells namesakes apart.
  std::vector<std::string> context;
};

// The proper names of a text, for telling namesakes apart: capitalised
// words not at a sentence's start, lower-cased, each once, in order,
// without honorifics, months, weekdays and the like. At most `limit`.
std::vector<std::string> ContextNames(std::string_view text, size_t limit = 40);

// The section an article's URL files it under, as a context name:
// "section:sport" for "file:sport/x.txt", "section:bbc.co.uk/sport" for
// "https://www.bbc.co.uk/sport/x"; "" when the URL has none. (The store
// files an article read from a file under the folder that holds it, so
// that the directory named to ingest does not matter.)
std::string SourceSection(std::string_view url);

// The registry record as JSON (also what `qtrack speakers --format jsonl`
// prints a line of).
std::string SpeakerRecordToJson(const SpeakerRecord& record);
// The record of SpeakerRecordToJson; fields it lacks stay empty.
SpeakerRecord SpeakerRecordFromJson(std::string_view json);

// The metadata key of the speaker ids a name key answers to (bounded: a
// name can be as long as its input).
std::string AliasMetaKey(std::string_view name_key);

// The name's key for the registry: NameKey without a leading honorific
// ("Sir Alex Ferguson" → "alex ferguson", "Mr Brown" → "brown"), and an
// organisation's alias as its canonical name ("Lib Dems" → "liberal
// democrats", "the Tories" → "conservatives"). Keeps the honorific when
// nothing else is left ("Lord").
std::string SpeakerNameKey(std::string_view name);

// Whether a name key names someone speaking for another ("tony blairs
// spokesman", "the ministers office"): kept apart like a group, so that
// "spokesman" is nobody's surname.
bool IsRepresentativeKey(std::string_view key);

// The boolean term of statements made on behalf of `principal` (a name,
// Statement::on_behalf_of): "B" + the speaker id its key gives.
std::string PrincipalTerm(std::string_view principal);

// Whether a name key names a group of people ("labour mps", "mps",
// "senior tories"): its last word is a plural common noun of people.
bool IsGroupKey(std::string_view key);

// What a name typed by a desk means.
struct SpeakerLookup {
  // Every speaker the name could mean, most statements first.
  std::vector<std::string> ids;
  // ids[0] is the one meant: exactly one fits. False when none or several
  // fit (a desk is then shown the candidates).
  bool resolved = false;
  // With `resolved`, for a surname: the speakers known only by that
  // surname ("Lavrov", before a full name was seen), whose statements go
  // with ids[0]'s (they follow it in `ids`).
  std::vector<std::string> bare;
};

class SpeakerRegistry {
 public:
  // `meta` reads one metadata value of the store ("" when missing).
  explicit SpeakerRegistry(std::function<std::string(const std::string&)> meta);

  // The record of speaker `id`, or null. Stays valid while the registry
  // lives (until ClearCache).
  SpeakerRecord* Find(const std::string& id);
  // The speaker ids a name key answers to (cached; editable).
  std::vector<std::string>& Aliases(const std::string& key);
  void AddAlias(const std::string& key, const std::string& id);
  void RemoveAlias(const std::string& key, const std::string& id);
  // Follows editors' merge: records to the speaker `id` now is.
  std::string FollowMerges(std::string id);

  // The one speaker among `ids` known in the role a description names
  // ("the prime minister", "the chancellor"): a recorded role equal to the
  // description, or ending in it ("UK Chancellor"), case aside. "" when
  // none or several fit.
  std::string HolderOfRole(std::string_view description, const std::vector<std::string>& ids);
  // Every speaker id a name answers to, as stored (no choice made): its
  // aliases, else a speaker whose id is the name's key.
  std::vector<std::string> LookupIds(std::string_view name);
  // The speaker a desk means by `name`:
  //  - a full name ("Gordon Brown", "Sir Ian Blair", "Lib Dems") means the
  //    speakers that answer to it: resolved when there is one;
  //  - a surname alone or with an honorific ("Brown", "Mr Brown") means
  //    the people of that surname; resolved when one fits: the only one,
  //    or the one the press calls by that surname at least
  //    kSurnameDominance times as often as all the others together.
  //    Speakers known by the bare surname count as no other person.
  SpeakerLookup Lookup(std::string_view name);

  // Resolves a statement's speaker mention, registering it when new.
  // Returns its id ("" when the mention names no one: a pronoun, a common
  // noun); `*created` is set when a record was made. `role` and `date`
  // (YYYY-MM-DD) add to the record's roles. `context`: the ContextNames
  // of the mention's article (empty: no namesake check).
  std::string Resolve(const std::string& name, bool organisation, const std::string& role,
                      const std::string& date, bool* created,
                      const std::vector<std::string>& context = {});

  // A new speaker for a namesake of `name`: "Name (2)", "Name (3)" …
  // (made here; `key` is the SpeakerNameKey of `name`), or the speaker an editor merged that namesake into.
  std::string NewNamesake(const std::string& key, const std::string& name);
  // Makes a record (REQUIRES: no record `id` yet).
  SpeakerRecord& Create(const std::string& id, const std::string& name);
  void MarkDirty(const std::string& id) { dirty_speakers_.insert(id); }
  bool dirty() const { return !dirty_speakers_.empty() || !dirty_aliases_.empty(); }
  // Appends the changed records as (metadata key, value) and forgets that
  // they changed.
  void Flush(std::vector<std::pair<std::string, std::string>>* meta);
  // Drops what was read (a reader moved to a newer revision). Changes not
  // flushed are lost: writers never call it.
  void ClearCache();

  // A surname resolves to its most frequent bearer only when that one
  // speaks at least this many times as often as all others together.
  static constexpr uint64_t kSurnameDominance = 3;
  // Context names a namesake check needs to agree (besides the role).
  // (Two names split the same people too often on short news articles:
  // one shared name, or the section, is enough.)
  static constexpr size_t kMinSharedNames = 1;
  // Context names a record keeps; a record with fewer than
  // kMinProfileNames has no profile yet, and agrees with any context, as
  // does a mention with fewer other names around it.
  static constexpr size_t kMaxContextNames = 120;
  static constexpr size_t kMinProfileNames = 8;

 private:
  // The person of surname key `surname` that a variant of the full name
  // `key` names (same surname, same first letters of the first name:
  // Dmitry / Dmitri Peskov), or "".
  std::string NameVariantOf(const std::string& key);
  void AddRole(SpeakerRecord* record, const std::string& role, const std::string& date);
  // Among the speakers `ids` of one full name, the one whose context
  // agrees, or "" when none does.
  std::string AgreeingNamesake(const std::vector<std::string>& ids, const std::string& key,
                               const std::string& role, const std::vector<std::string>& context);
  // Adds an article's names to the record's context (newest kept).
  void AddContext(SpeakerRecord* record, const std::vector<std::string>& context);

  std::function<std::string(const std::string&)> meta_;
  // node_hash_map: records are handed out by pointer while others are added.
  absl::node_hash_map<std::string, SpeakerRecord> speakers_;
  absl::flat_hash_map<std::string, std::vector<std::string>> aliases_;
  absl::flat_hash_set<std::string> dirty_speakers_, dirty_aliases_;
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_SPEAKER_REGISTRY_H_
