#include "claims/statement_document.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "claims/text_keys.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/article_util.h"

namespace qtrack {
namespace {

// The TermKey before bounding: what a wildcard's typed prefix is compared
// with.
std::string UnboundedTermKey(std::string_view name) {
  std::string key = NameKey(name);
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

// Terms of the layout that hold no input (K, H) are checked like the rest:
// a statement read back from a damaged document or made by a future caller
// must not reach Xapian with a term it refuses.
absl::Status AddCheckedTerm(std::string term, Xapian::Document* doc) {
  if (term.size() > kMaxTermBytes)
    return absl::InvalidArgumentError(absl::StrCat(
        "term longer than Xapian's ", kMaxTermBytes, " bytes: ",
        ToAbsl(std::string_view(term).substr(0, Utf8PrefixLength(term, 40))), "…"));
  doc->add_boolean_term(term);
  return absl::OkStatus();
}

}  // namespace

std::string TermKey(std::string_view name) { return BoundedKey(UnboundedTermKey(name)); }

std::string StatementTerm(std::string_view statement_id) {
  return absl::StrCat("Q", BoundedKey(statement_id));
}
std::string SpeakerTerm(std::string_view speaker_id) {
  return absl::StrCat("S", BoundedKey(speaker_id));
}
std::string ConduitTerm(std::string_view conduit) { return absl::StrCat("V", TermKey(conduit)); }
std::string OutletTerm(std::string_view outlet) { return absl::StrCat("O", TermKey(outlet)); }
std::string ArticleTerm(std::string_view article_id) {
  return absl::StrCat("A", ContentHashId(article_id));
}
std::string LinkTargetTerm(std::string_view to_id) { return absl::StrCat("T", BoundedKey(to_id)); }

Xapian::Query KeyFieldQuery(char prefix, std::string_view text) {
  if (!text.ends_with('*')) return Xapian::Query(absl::StrCat(std::string(1, prefix), TermKey(text)));
  // A typed prefix longer than what BoundedKey keeps visible is cut the
  // same way, so it still matches the bounded term.
  const std::string key = UnboundedTermKey(text.substr(0, text.size() - 1));
  return Xapian::Query(Xapian::Query::OP_WILDCARD,
                       absl::StrCat(std::string(1, prefix), ToAbsl(VisibleKeyPrefix(key))),
                       /*max_expansion=*/1000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

std::string CompactDate(std::string_view iso) {
  std::string_view date = DatePart(iso);
  if (date.empty()) return "";
  return absl::StrCat(ToAbsl(date.substr(0, 4)), ToAbsl(date.substr(5, 2)),
                      ToAbsl(date.substr(8, 2)));
}

absl::Status AddStatementTerms(const Statement& s, Xapian::Document* doc) {
  doc->add_boolean_term(StatementTerm(s.id));
  if (!s.speaker_id.empty()) doc->add_boolean_term(SpeakerTerm(s.speaker_id));
  if (!s.via.empty()) doc->add_boolean_term(ConduitTerm(s.via));
  if (absl::Status added = AddCheckedTerm(absl::StrCat("K", s.kind), doc); !added.ok()) return added;
  // Only a polarity or class other than the default is a term, so that
  // statements stored before they existed need no rewrite to count as
  // asserted speech.
  if (!s.polarity.empty() && s.polarity != "asserts") {
    if (absl::Status added = AddCheckedTerm(absl::StrCat("P", s.polarity), doc); !added.ok()) return added;
  }
  if (!s.statement_class.empty() && s.statement_class != "speech") {
    if (absl::Status added = AddCheckedTerm(absl::StrCat("C", s.statement_class), doc); !added.ok())
      return added;
  }
  if (!s.language.empty()) doc->add_boolean_term(absl::StrCat("L", BoundedKey(s.language)));
  for (const Occurrence& o : s.occurrences) {
    if (!o.outlet.empty()) doc->add_boolean_term(OutletTerm(o.outlet));
    doc->add_boolean_term(ArticleTerm(o.article_id));
  }
  for (const Link& link : s.links) {
    if (link.suggestion) continue;
    if (absl::Status added = AddCheckedTerm(absl::StrCat("H", link.type), doc); !added.ok())
      return added;
    doc->add_boolean_term(LinkTargetTerm(link.to_id));
  }
  return absl::OkStatus();
}

void SetStatementValuesAndData(const Statement& s, Xapian::Document* doc) {
  doc->clear_values();
  doc->add_value(kSaidOn, CompactDate(DeskDate(s)));
  doc->add_value(kFirstSeen, CompactDate(s.first_seen));
  doc->add_value(kLastSeen, CompactDate(s.last_seen));
  // Copies of one story count once: "most occurrences first" ranks stories.
  doc->add_value(kOccurrences, Xapian::sortable_serialise(OccurrencesByStory(s).size()));
  doc->set_data(StatementToStoredJson(s));
}

}  // namespace qtrack
