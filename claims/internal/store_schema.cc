#include "claims/internal/store_schema.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "claims/statement_document.h"
#include "common/strings.h"

namespace qtrack::store_internal {

std::string EncodeArticleRecord(ArticleRecord record) {
  std::replace(record.outlet.begin(), record.outlet.end(), '\t', ' ');
  std::string value = absl::StrCat(record.published, "\t", record.outlet, "\t", record.fingerprint);
  if (!record.ingested.empty()) absl::StrAppend(&value, "\t", record.ingested);
  return value;
}

ArticleRecord DecodeArticleRecord(std::string_view value) {
  std::vector<std::string> fields = absl::StrSplit(ToAbsl(value), absl::MaxSplits('\t', 3));
  ArticleRecord record;
  record.published = std::move(fields[0]);
  if (fields.size() > 1) record.outlet = std::move(fields[1]);
  if (fields.size() > 2) record.fingerprint = std::move(fields[2]);
  if (fields.size() > 3) record.ingested = std::move(fields[3]);
  return record;
}

std::string Today() { return absl::FormatTime("%Y-%m-%d", absl::Now(), absl::UTCTimeZone()); }

bool IsCalendarDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap);
}

Statement StatementFromQuote(const Article& article, const Quote& quote,
                             const std::string& published_date, const std::string& seen_date) {
  Statement st;
  st.speaker_role = quote.speaker_role;
  st.speaker_given = quote.speaker;
  st.quote = quote.text;
  st.kind = std::string(StatementKindName(quote.kind));
  st.polarity = std::string(PolarityName(quote.polarity));
  st.statement_class = std::string(StatementClassName(quote.statement_class));
  st.via = quote.via;
  st.on_behalf_of = quote.on_behalf_of;
  st.addressee = quote.addressee;
  st.said_on = quote.said_on.empty() ? published_date : quote.said_on;
  st.language = article.language.empty() ? "en" : article.language;
  st.first_seen = st.last_seen = seen_date;
  if (published_date.empty()) st.date_source = "ingest";
  st.confidence = quote.confidence;
  st.occurrences.push_back(
      {article.id, article.url, article.outlet, article.title, article.published});
  return st;
}

void ExtendDates(Statement* old, const std::string& seen_date, bool dated,
                 const std::string& said_on) {
  if (dated && old->date_source == "ingest") {
    old->first_seen = old->last_seen = seen_date;
    if (old->said_on.empty()) old->said_on = said_on;
    old->date_source.clear();
    return;
  }
  if (seen_date.empty()) return;
  if (!dated && old->first_seen.empty()) {  // stored undated by an older qtrack
    old->first_seen = old->last_seen = seen_date;
    old->date_source = "ingest";
    return;
  }
  // An ingest date adds nothing to real ones.
  if (!dated && old->date_source.empty()) return;
  if (old->first_seen.empty() || seen_date < old->first_seen) old->first_seen = seen_date;
  if (seen_date > old->last_seen) old->last_seen = seen_date;
}

absl::Status CheckStorable(const Article& article, const std::vector<Quote>& quotes,
                           const std::string& published_date) {
  for (const Quote& quote : quotes) {
    if (quote.text.empty()) continue;
    Statement probe = StatementFromQuote(article, quote, published_date, published_date);
    probe.speaker_id = TermKey(quote.speaker);
    Xapian::Document scratch;
    if (absl::Status terms = AddStatementTerms(probe, &scratch); !terms.ok())
      return absl::InvalidArgumentError(absl::StrCat("cannot be stored: ", terms.message()));
  }
  return absl::OkStatus();
}

Xapian::Stem StemmerFor(std::string_view language) {
  // Called for every statement: the common stemmers are built once per
  // thread (a Stem handle is not safe to share across threads).
  thread_local const Xapian::Stem english("english"), russian("russian");
  // Xapian has no Ukrainian stemmer; Russian is the closest it offers
  // and shares most inflection patterns of the quoted officials' speech.
  if (language == "ru" || language == "uk") return russian;
  if (language == "en" || language.empty()) return english;
  try {
    return Xapian::Stem(std::string(language));
  } catch (const Xapian::Error&) {
    return Xapian::Stem("none");
  }
}

void IndexText(Xapian::TermGenerator& termgen, const std::string& text, std::string_view language,
               Xapian::Document* doc) {
  termgen.set_document(*doc);
  termgen.set_stemmer(StemmerFor(language));
  termgen.index_text(text);
  termgen.set_document(Xapian::Document());
}

}  // namespace qtrack::store_internal
