// Store's narratives (clusters of repeat/recycled links) and contradictions.
#include <xapian.h>

#include <algorithm>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "claims/internal/store_impl.h"
#include "claims/statement_document.h"
#include "claims/store.h"

namespace qtrack {

namespace {

// Union-find over statement ids, for narratives.
class Clusters {
 public:
  std::string Find(const std::string& id) {
    auto it = parent_.find(id);
    if (it == parent_.end()) {
      parent_[id] = id;
      return id;
    }
    if (it->second == id) return id;
    std::string root = Find(it->second);
    parent_[id] = root;
    return root;
  }
  void Union(const std::string& a, const std::string& b) {
    std::string ra = Find(a), rb = Find(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }
  const absl::flat_hash_map<std::string, std::string>& parents() const { return parent_; }

 private:
  absl::flat_hash_map<std::string, std::string> parent_;
};

}  // namespace

absl::StatusOr<std::vector<Narrative>> Store::Recycled(std::string_view since,
                                                       std::string_view until, size_t limit) {
  if (absl::Status range = CheckDateRange(since, until); !range.ok()) return range;
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto linked = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    Xapian::Enquire enquire(s.db);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Hrecycled"), Xapian::Query("Hrepeat")));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return Impl::Docids(enquire.get_mset(0, s.db.get_doccount()));
  });
  if (!linked.ok()) return linked.status();
  std::vector<Narrative> out;
  {
    Clusters clusters;
    absl::flat_hash_map<std::string, Statement> members;
    for (Xapian::docid docid : *linked) {
      auto st = s.ReadStatement(docid);
      if (!st.ok()) return st.status();
      for (const Link& link : st->links) {
        if (link.suggestion || (link.type != "recycled" && link.type != "repeat")) continue;
        clusters.Union(st->id, link.to_id);
        if (!members.contains(link.to_id)) {
          auto earlier = GetStatement(link.to_id);
          if (earlier.ok())
            members[link.to_id] = std::move(*earlier);
          else if (!absl::IsNotFound(earlier.status()))
            return earlier.status();
        }
      }
      members[st->id] = std::move(*st);
    }
    absl::flat_hash_map<std::string, Narrative> by_root;
    for (auto& [id, st] : members) by_root[clusters.Find(id)].statements.push_back(st);
    for (auto& [root, n] : by_root) {
      std::sort(n.statements.begin(), n.statements.end(),
                [](const Statement& a, const Statement& b) {
                  return a.first_seen != b.first_seen ? a.first_seen < b.first_seen : a.id < b.id;
                });
      std::string last;
      for (const Statement& st : n.statements) {
        if (st.last_seen > last) last = st.last_seen;
        if (!st.speaker.empty() &&
            std::find(n.speakers.begin(), n.speakers.end(), st.speaker) == n.speakers.end())
          n.speakers.push_back(st.speaker);
        for (const Occurrence& o : st.occurrences)
          if (!o.outlet.empty() &&
              std::find(n.outlets.begin(), n.outlets.end(), o.outlet) == n.outlets.end())
            n.outlets.push_back(o.outlet);
      }
      n.first_seen = n.statements.front().first_seen;
      if (!since.empty() && last < since) continue;
      if (!until.empty() && n.first_seen > until) continue;
      out.push_back(std::move(n));
    }
  }
  // Ties (same size, same first day) go by the oldest statement's id: the
  // clusters come out of a hash map whose order changes from run to run.
  std::sort(out.begin(), out.end(), [](const Narrative& a, const Narrative& b) {
    if (a.statements.size() != b.statements.size()) return a.statements.size() > b.statements.size();
    if (a.first_seen != b.first_seen) return a.first_seen < b.first_seen;
    return a.statements.front().id < b.statements.front().id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

absl::StatusOr<std::vector<std::pair<Statement, Statement>>> Store::Contradictions(
    std::string_view speaker, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  std::vector<std::pair<Statement, Statement>> out;
  std::vector<std::string> ids;
  auto contradicting = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    if (!speaker.empty()) {
      ids = s.LookupSpeakerIds(speaker);
      if (ids.empty()) return std::vector<Xapian::docid>();
    }
    Xapian::Enquire enquire(s.db);
    enquire.set_query(Xapian::Query("Hcontradicts"));
    enquire.set_sort_by_value(kSaidOn, true);
    return Impl::Docids(enquire.get_mset(0, s.db.get_doccount()));
  });
  if (!contradicting.ok()) return contradicting.status();
  {
    for (auto it = contradicting->begin(); it != contradicting->end() && out.size() < limit; ++it) {
      auto later = s.ReadStatement(*it);
      if (!later.ok()) return later.status();
      for (const Link& link : later->links) {
        if (link.type != "contradicts" || link.suggestion) continue;
        auto earlier = GetStatement(link.to_id);
        if (absl::IsNotFound(earlier.status())) continue;
        if (!earlier.ok()) return earlier.status();
        auto named = [&](const Statement& st) {
          return std::find(ids.begin(), ids.end(), st.speaker_id) != ids.end();
        };
        if (!ids.empty() && !named(*later) && !named(*earlier)) continue;
        out.emplace_back(*later, std::move(*earlier));
        if (out.size() >= limit) break;
      }
    }
  }
  return out;
}

}  // namespace qtrack
