// Store's reads: said, search, match, statements by id, date and link, stats.
#include <xapian.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "claims/internal/store_candidates.h"
#include "claims/internal/store_impl.h"
#include "claims/internal/store_schema.h"
#include "claims/internal/store_shards.h"
#include "claims/linker.h"
#include "claims/statement_document.h"
#include "claims/store.h"
#include "claims/text_keys.h"
#include "common/strings.h"
#include "ingest/article_util.h"

namespace qtrack {

namespace {

// Search refuses longer queries (the contract in store.h).
constexpr size_t kMaxQueryBytes = 4096;
constexpr Xapian::termcount kMaxQueryTerms = 100;

}  // namespace

absl::StatusOr<std::vector<Statement>> Store::Said(const SaidQuery& q) {
  auto page = SaidPage(q);
  if (!page.ok()) return page.status();
  return std::move(page->statements);
}

absl::StatusOr<StatementPage> Store::SaidPage(const SaidQuery& q) {
  if (absl::Status range = CheckDateRange(q.since, q.until); !range.ok()) return range;
  Impl& s = *impl_;
  // A writer: reads see its queued writes.
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StatementPage> {
    SpeakerLookup lookup = s.registry.Lookup(q.speaker);
    if (lookup.ids.empty()) return StatementPage();
    if (lookup.resolved) lookup.ids.resize(1 + lookup.bare.size());
    std::vector<Xapian::Query> speakers;
    for (const auto& id : lookup.ids) {
      speakers.emplace_back(SpeakerTerm(id));
      if (!q.with_representatives) continue;
      // Their representatives, named by any of the speaker's names.
      const SpeakerRecord* r = s.FindSpeaker(id);
      speakers.emplace_back(PrincipalTerm(r->name));
      for (const std::string& alias : r->aliases) speakers.emplace_back(PrincipalTerm(alias));
    }
    Xapian::Query query(Xapian::Query::OP_OR, speakers.begin(), speakers.end());
    auto filter = [&](const std::string& term) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(term));
    };
    if (!q.via.empty()) filter(ConduitTerm(q.via));
    if (!q.outlet.empty()) filter(OutletTerm(q.outlet));
    if (!q.kind.empty()) filter("K" + q.kind);
    if (q.statement_class.empty()) {  // a desk's default: no intents
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query("Cintent"));
    } else if (q.statement_class == "speech") {  // no C term (see AddStatementTerms)
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                            Xapian::Query(Xapian::Query::OP_WILDCARD, "C"));
    } else if (q.statement_class != "all") {
      filter("C" + q.statement_class);
    }
    if (q.polarity == "asserts") {  // no P term (see IndexStatement)
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                            Xapian::Query(Xapian::Query::OP_WILDCARD, "P"));
    } else if (!q.polarity.empty()) {
      filter("P" + q.polarity);
    }
    if (!q.since.empty() || !q.until.empty()) {
      std::string lo = q.since.empty() ? "00000000" : CompactDate(q.since);
      std::string hi = q.until.empty() ? "99999999" : CompactDate(q.until);
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSaidOn, lo, hi));
    }
    if (!q.count_days) return s.RunPage(query, q.offset, q.limit, /*by_date=*/true);
    Xapian::ValueCountMatchSpy days(kSaidOn);
    auto page = s.RunPage(query, q.offset, q.limit, /*by_date=*/true, &days);
    if (!page.ok()) return page.status();
    for (auto it = days.values_begin(); it != days.values_end(); ++it) {
      const std::string& day = *it;  // YYYYMMDD
      if (day.size() != 8) continue;
      page->per_day.emplace_back(
          absl::StrCat(day.substr(0, 4), "-", day.substr(4, 2), "-", day.substr(6, 2)),
          it.get_termfreq());
    }
    std::sort(page->per_day.begin(), page->per_day.end());
    return page;
  });
}

namespace {

// speaker:NAME → any of the speaker ids NAME answers to.
class SpeakerFieldProcessor : public Xapian::FieldProcessor {
 public:
  using Lookup = std::function<std::vector<std::string>(std::string_view)>;
  explicit SpeakerFieldProcessor(Lookup lookup) : lookup_(std::move(lookup)) {}
  Xapian::Query operator()(const std::string& text) override {
    std::vector<Xapian::Query> terms;
    for (const std::string& id : lookup_(text)) terms.emplace_back(SpeakerTerm(id));
    if (terms.empty()) return Xapian::Query(SpeakerTerm(TermKey(text)));  // matches nothing known
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  Lookup lookup_;
};

// via:, outlet: → the terms as the document builder wrote them.
class KeyFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit KeyFieldProcessor(char prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& text) override {
    return KeyFieldQuery(prefix_, text);
  }

 private:
  char prefix_;
};

}  // namespace

absl::StatusOr<std::vector<Statement>> Store::Search(std::string_view query_text, size_t limit) {
  auto page = SearchPage(query_text, 0, limit);
  if (!page.ok()) return page.status();
  return std::move(page->statements);
}

absl::StatusOr<StatementPage> Store::SearchPage(std::string_view query_text, size_t offset,
                                                size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StatementPage> {
    Xapian::QueryParser parser;
    parser.set_database(s.db);
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.add_boolean_prefix("speaker", (new SpeakerFieldProcessor([&s](std::string_view name) {
                                           return s.LookupSpeakerIds(name);
                                         }))->release());
    parser.add_boolean_prefix("via", (new KeyFieldProcessor('V'))->release());
    parser.add_boolean_prefix("outlet", (new KeyFieldProcessor('O'))->release());
    parser.add_boolean_prefix("kind", "K");
    parser.add_boolean_prefix("lang", "L");
    parser.add_rangeprocessor((new Xapian::DateRangeProcessor(kSaidOn))->release());
    // A query's cost grows with its terms (an 8 KB query of one word
    // repeated took 2 s of CPU): a long one is refused rather than run.
    if (query_text.size() > kMaxQueryBytes)
      return absl::InvalidArgumentError(
          absl::StrCat("query: ", query_text.size(), " bytes; at most ", kMaxQueryBytes));
    Xapian::Query query =
        parser.parse_query(std::string(query_text),
                           Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
    if (query.get_length() > kMaxQueryTerms)
      return absl::InvalidArgumentError(
          absl::StrCat("query: ", query.get_length(), " terms; at most ", kMaxQueryTerms));
    return s.RunPage(query, offset, limit, /*by_date=*/false);
  });
}

absl::StatusOr<Statement> Store::GetStatement(std::string_view id) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<Statement> {
    const std::string term = StatementTerm(id);
    Xapian::PostingIterator it = s.db.postlist_begin(term);
    if (it == s.db.postlist_end(term))
      return absl::NotFoundError(absl::StrCat("no statement ", ToAbsl(id)));
    return StatementFromJson(s.db.get_document(*it).get_data());
  });
}

absl::StatusOr<std::vector<MatchResult>> Store::Match(std::string_view text,
                                                      std::string_view speaker, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto candidates = s.Retrying([&]() -> absl::StatusOr<std::vector<Xapian::docid>> {
    Xapian::Query filter;
    if (!speaker.empty()) {
      std::vector<Xapian::Query> ids;
      for (const std::string& id : s.LookupSpeakerIds(speaker)) ids.emplace_back(SpeakerTerm(id));
      if (ids.empty()) return std::vector<Xapian::docid>();
      filter = Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
    }
    return s.candidate_query.Run(s.db, text, "en", filter, std::max(limit, s.options.candidates));
  });
  if (!candidates.ok()) return candidates.status();
  std::vector<MatchResult> out;
  {
    // The query is judged as a new statement in no known story would be at
    // ingest (claims/linker.h): words of no known voice, or, when `speaker`
    // names one speaker, a direct quote of theirs (so their own words come
    // back as a repeat, or altered).
    const PairMatcher& m = s.Matcher();
    AnalysedStatement query;
    query.kind = "query";  // words of no known voice: may match a speaker's or an outlet's
    if (std::vector<std::string> ids = s.LookupSpeakerIds(speaker); ids.size() == 1) {
      query.kind = "direct";
      query.speaker_id = ids.front();
    }
    query.features = m.Analyze(text, "en");
    query.key = StatementKey(text);
    const LinkPolicy policy = s.Policy();
    for (Xapian::docid docid : *candidates) {
      auto earlier = s.ReadStatement(docid);
      if (!earlier.ok()) return earlier.status();
      const AnalysedStatement stored = store_internal::AnalyseStored(*earlier, m);
      MatchResult r;
      r.judgement = m.Judge(stored.features, query.features);
      if (std::optional<Link> link = DecideLink(policy, m, stored, query, r.judgement))
        r.link_type = link->suggestion ? link->type + "?" : link->type;
      r.statement = std::move(*earlier);
      out.push_back(std::move(r));
    }
  }
  auto score = [](const MatchResult& r) {
    return std::max(r.judgement.similarity, r.judgement.contradiction);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const MatchResult& a, const MatchResult& b) { return score(a) > score(b); });
  if (out.size() > limit) out.resize(limit);
  return out;
}

absl::StatusOr<std::vector<Statement>> Store::FirstSeenBetween(std::string_view from,
                                                               std::string_view to, size_t limit) {
  return impl_->InDateRange(kFirstSeen, from, to, limit);
}

absl::StatusOr<std::vector<Statement>> Store::DatedBetween(std::string_view from,
                                                           std::string_view to, size_t limit) {
  return impl_->InDateRange(kSaidOn, from, to, limit);
}

absl::StatusOr<std::vector<std::pair<std::string, std::string>>> Store::ArticlesBetween(
    std::string_view from, std::string_view to) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  auto keys = s.MetadataKeys("article:");
  if (!keys.ok()) return keys.status();
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& key : *keys) {
    auto value =
        s.Retrying([&]() -> absl::StatusOr<std::string> { return s.db.get_metadata(key); });
    if (!value.ok()) return value.status();
    auto record = store_internal::DecodeArticleRecord(*value);
    std::string_view date =
        record.published.empty() ? std::string_view(record.ingested) : DatePart(record.published);
    if (date.empty() || date < from || date > to) continue;
    out.emplace_back(std::string(date), std::move(record.outlet));
  }
  return out;
}

absl::StatusOr<StoreStats> Store::Stats() {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<StoreStats> {
    StoreStats stats;
    stats.articles = s.wdb ? s.articles : s.Counter("articles");
    stats.speakers = s.wdb ? s.speakers : s.Counter("speakers");
    stats.links = s.wdb ? s.links : s.Counter("links");
    stats.statements = s.db.get_doccount();
    stats.bytes_on_disk = store_internal::DirectoryBytes(s.dir);
    return stats;
  });
}

absl::StatusOr<std::vector<Statement>> Store::LinkedFrom(std::string_view id, size_t limit) {
  Impl& s = *impl_;
  if (absl::Status status = s.Settle(); !status.ok()) return status;
  return s.Retrying([&]() -> absl::StatusOr<std::vector<Statement>> {
    return s.Run(Xapian::Query(LinkTargetTerm(id)), limit, /*by_date=*/true);
  });
}

}  // namespace qtrack
