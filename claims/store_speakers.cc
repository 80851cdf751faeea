// Store's speaker registry reads and editors' corrections (merge, split,
// import).
#include <xapian.h>

#include <algorithm>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/internal/store_impl.h"
#include "claims/speaker_registry.h"
#include "claims/statement_document.h"
#include "claims/store.h"
#include "claims/text_keys.h"
#include "common/strings.h"

namespace qtrack {

using store_internal::FromXapian;

absl::StatusOr<std::vector<SpeakerRecord>> Store::Speakers() {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto keys = s.MetadataKeys("speaker:");
  if (!keys.ok()) return keys.status();
  std::vector<SpeakerRecord> out;
  for (const std::string& key : *keys) {
    const std::string id = key.substr(8);
    absl::Status read = s.Retrying([&]() -> absl::Status {
      if (!s.Meta("merge:" + id).empty()) return absl::OkStatus();  // merged away
      SpeakerRecord* r = s.FindSpeaker(id);
      if (r != nullptr && r->statements > 0) out.push_back(*r);
      return absl::OkStatus();
    });
    if (!read.ok()) return read;
  }
  std::sort(out.begin(), out.end(), [](const SpeakerRecord& a, const SpeakerRecord& b) {
    return a.statements != b.statements ? a.statements > b.statements : a.name < b.name;
  });
  return out;
}

absl::StatusOr<std::vector<SpeakerRecord>> Store::FindSpeakers(std::string_view name) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<std::vector<SpeakerRecord>> {
    std::vector<SpeakerRecord> out;
    for (const std::string& id : s.LookupSpeakerIds(name))
      if (SpeakerRecord* r = s.FindSpeaker(id)) out.push_back(*r);
    return out;
  });
}

absl::StatusOr<Store::SpeakerChoice> Store::LookupSpeaker(std::string_view name) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<SpeakerChoice> {
    SpeakerChoice choice;
    const SpeakerLookup lookup = s.registry.Lookup(name);
    choice.resolved = lookup.resolved;
    for (const std::string& id : lookup.ids)
      if (SpeakerRecord* r = s.FindSpeaker(id)) choice.candidates.push_back(*r);
    return choice;
  });
}

absl::Status Store::MergeSpeakers(std::string_view from, std::string_view into) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    auto pick = [&](std::string_view name) -> absl::StatusOr<std::string> {
      std::vector<std::string> ids = s.LookupSpeakerIds(name);
      if (ids.empty())
        return absl::NotFoundError(absl::StrCat("no speaker named '", ToAbsl(name), "'"));
      if (ids.size() > 1)
        return absl::InvalidArgumentError(
            absl::StrCat("'", ToAbsl(name), "' names several speakers: ", absl::StrJoin(ids, ", "),
                         "; use an id"));
      return ids[0];
    };
    auto a = pick(from);
    if (!a.ok()) return a.status();
    auto b = pick(into);
    if (!b.ok()) return b.status();
    if (*a == *b) return absl::OkStatus();
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    SpeakerRecord* source = s.FindSpeaker(*a);
    SpeakerRecord* target = s.FindSpeaker(*b);
    auto moved = s.Reattribute(*a, *target, [](const Statement&) { return true; });
    if (!moved.ok()) return moved.status();
    for (const std::string& alias : source->aliases) {
      if (std::find(target->aliases.begin(), target->aliases.end(), alias) == target->aliases.end())
        target->aliases.push_back(alias);
      s.AddAlias(SpeakerNameKey(alias), target->id);
      s.RemoveAlias(SpeakerNameKey(alias), source->id);
    }
    for (const SpeakerRole& role : source->roles) target->roles.push_back(role);
    target->statements += source->statements;
    source->statements = 0;
    s.registry.MarkDirty(source->id);
    s.registry.MarkDirty(target->id);
    s.wdb->set_metadata("merge:" + source->id, target->id);
    if (s.speakers > 0) --s.speakers;
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> Store::SplitStatements(std::string_view speaker,
                                                   const std::vector<std::string>& statement_ids) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    std::vector<std::string> owners = s.LookupSpeakerIds(speaker);
    if (owners.empty() && s.FindSpeaker(std::string(speaker)) != nullptr)
      owners.emplace_back(speaker);  // an id
    if (owners.size() != 1)
      return absl::InvalidArgumentError(
          absl::StrCat("'", ToAbsl(speaker), "' ",
                       owners.empty() ? "names no speaker" : "names several speakers; use an id"));
    SpeakerRecord* from = s.FindSpeaker(owners[0]);
    absl::flat_hash_set<std::string> wanted(statement_ids.begin(), statement_ids.end());
    for (const std::string& id : wanted) {
      const Xapian::docid docid = s.FindStatement(id);
      absl::StatusOr<Statement> st =
          docid == 0 ? absl::StatusOr<Statement>(absl::NotFoundError(id)) : s.ReadStatement(docid);
      if (!st.ok() || st->speaker_id != from->id)
        return absl::InvalidArgumentError(
            absl::StrCat("statement ", id, " is not one of ", from->name, "'s; nothing moved"));
    }
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    const std::string new_id = s.registry.NewNamesake(SpeakerNameKey(from->name), from->name);
    SpeakerRecord* split = s.FindSpeaker(new_id);
    if (split->aliases.empty()) {  // made now: answers to the same name
      ++s.speakers;
      split->aliases = {from->name};
      split->organisation = from->organisation;
      s.AddAlias(SpeakerNameKey(from->name), new_id);
    }
    auto moved = s.Reattribute(from->id, *split,
                               [&](const Statement& st) { return wanted.contains(st.id); });
    if (!moved.ok()) return moved.status();
    split->statements += *moved;
    from->statements -= std::min(from->statements, *moved);
    s.registry.MarkDirty(from->id);
    s.registry.MarkDirty(new_id);
    if (absl::Status committed = s.CommitBatch(); !committed.ok()) return committed;
    return new_id;
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
}

absl::Status Store::SplitSpeaker(std::string_view alias) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    const std::string key = SpeakerNameKey(alias);
    std::vector<std::string> owners = s.LookupSpeakerIds(alias);
    if (owners.size() != 1)
      return absl::InvalidArgumentError(
          absl::StrCat("'", ToAbsl(alias), "' ",
                       owners.empty() ? "names no speaker" : "names several speakers"));
    SpeakerRecord* from = s.FindSpeaker(owners[0]);
    if (from == nullptr)
      return absl::NotFoundError(absl::StrCat("no speaker '", ToAbsl(alias), "'"));
    if (SpeakerNameKey(from->name) == key)
      return absl::InvalidArgumentError(
          absl::StrCat("'", ToAbsl(alias), "' is the speaker's own name; split another alias"));
    if (s.in_transaction) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
    }
    s.BeginTransaction();
    // The detached alias becomes a speaker of its own, and answers to its
    // name from now on (the alias record is what ingest consults).
    std::string new_id = TermKey(alias);
    if (new_id == from->id || s.FindSpeaker(new_id) != nullptr)
      new_id = BoundedKey(new_id + "_split");
    SpeakerRecord& split = s.registry.Create(new_id, std::string(alias));
    split.aliases = {std::string(alias)};
    ++s.speakers;
    std::erase_if(from->aliases, [&](const std::string& a) { return SpeakerNameKey(a) == key; });
    s.RemoveAlias(key, from->id);
    s.AddAlias(key, new_id);
    // Move the statements whose speaker was given under that alias.
    auto moved = s.Reattribute(from->id, split, [&](const Statement& st) {
      return SpeakerNameKey(st.speaker_given) == key;
    });
    if (!moved.ok()) return moved.status();
    split.statements = *moved;
    from->statements -= std::min(from->statements, *moved);
    s.registry.MarkDirty(from->id);
    s.registry.MarkDirty(new_id);
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return absl::OkStatus();
}

absl::Status Store::ImportSpeakers(std::string_view lines) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    for (absl::string_view raw : absl::StrSplit(ToAbsl(lines), '\n')) {
      std::string_view line = StripWhitespace(ToStd(raw));
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string> names;
      std::string role;
      for (absl::string_view part : absl::StrSplit(ToAbsl(line), '|')) {
        std::string_view field = StripWhitespace(ToStd(part));
        if (field.starts_with("role:")) {
          role = std::string(StripWhitespace(field.substr(5)));
        } else if (!field.empty()) {
          names.emplace_back(field);
        }
      }
      if (names.empty()) continue;
      bool created = false;
      std::string id = s.ResolveSpeaker(names[0], false, role, "", &created);
      SpeakerRecord* r = s.FindSpeaker(id);
      for (size_t i = 1; i < names.size(); ++i) {
        if (std::find(r->aliases.begin(), r->aliases.end(), names[i]) == r->aliases.end())
          r->aliases.push_back(names[i]);
        std::string key = SpeakerNameKey(names[i]);
        s.AddAlias(key, id);
        if (key.find(' ') != std::string::npos) s.AddAlias(std::string(Surname(key)), id);
      }
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  return Commit();
}

}  // namespace qtrack
