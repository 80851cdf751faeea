#include "cli/statement_output.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace qtrack::cli {
namespace {

void PrintText(const Statement& s, std::ostream& out) {
  if (!s.said_on.empty()) {
    out << s.said_on;
  } else if (!s.first_seen.empty()) {  // an undated article: when it was seen
    out << s.first_seen << (s.date_source == "ingest" ? " (ingested)" : " (first seen)");
  } else {
    out << "----------";
  }
  out << "  " << SpeakerLabel(s);
  if (!s.speaker_role.empty()) out << " (" << s.speaker_role << ")";
  if (!s.via.empty()) out << " via " << s.via;
  if (!s.addressee.empty()) out << " to " << s.addressee;
  out << "  [" << s.kind << (PolarityLabel(s) == "denies" ? ", denies" : "") << "]\n";
  out << "  \u201C" << s.quote << "\u201D\n";
  // One line per story; copies of it (a text and an HTML copy) add their
  // URLs to its line.
  const std::vector<std::vector<size_t>> stories = OccurrencesByStory(s);
  size_t shown = 0;
  for (const std::vector<size_t>& story : stories) {
    if (++shown > 3) {
      out << "  … and " << stories.size() - 3 << " more stories\n";
      break;
    }
    // "— outlet, date: title <url> <copy's url>", leaving out what is unknown.
    const Occurrence& o = s.occurrences[story.front()];
    std::string where = o.outlet;
    if (!o.published.empty()) absl::StrAppend(&where, where.empty() ? "" : ", ", o.published.substr(0, 10));
    if (!o.title.empty()) absl::StrAppend(&where, where.empty() ? "" : ": ", o.title);
    out << "  — " << (where.empty() ? "(source unknown)" : where);
    for (size_t i : story)
      if (!s.occurrences[i].url.empty()) out << " <" << s.occurrences[i].url << ">";
    out << "\n";
  }
  for (const Link& l : s.links) {
    out << "  ↳ " << l.type << (l.suggestion ? "?" : "") << " " << l.to_id << " ("
        << l.score << ") " << l.reason << "\n";
  }
  out << "\n";
}

// The columns a fact-check desk's spreadsheet needs (issue 21): who, how,
// what, when, and where it was read (every outlet, URL and title).
void PrintCsvHeader(std::ostream& out) {
  out << CsvRecord({"id", "speaker", "role", "via", "kind", "polarity", "quote", "said_on",
                    "first_seen", "outlets", "urls", "titles"});
}

void PrintCsv(const Statement& s, std::ostream& out) {
  std::vector<std::string_view> outlets, urls, titles;
  for (const Occurrence& o : s.occurrences) {
    outlets.push_back(o.outlet);
    urls.push_back(o.url);
    titles.push_back(o.title);
  }
  out << CsvRecord({s.id, SpeakerLabel(s), s.speaker_role, s.via, s.kind, PolarityLabel(s),
                    s.quote, s.said_on, s.first_seen, CsvList(outlets), CsvList(urls),
                    CsvList(titles)});
}

}  // namespace

void DropSuggestions(std::vector<Statement>* statements) {
  for (Statement& s : *statements)
    std::erase_if(s.links, [](const Link& l) { return l.suggestion; });
}

void PrintPageSummary(const StatementPage& page, size_t offset, size_t hidden,
                      OutputFormat format, std::ostream& out, std::ostream& err) {
  if (page.total == 0) return;
  const size_t returned = page.statements.size() + hidden;
  const uint64_t after = offset + returned;
  const bool more = page.total > after;
  if (format != OutputFormat::kText && !more && offset == 0) return;
  const std::string total = absl::StrCat(page.total_is_exact ? "" : "about ", page.total);
  std::string line = returned == 0
                         ? absl::StrCat("no statements at --offset ", offset, "; there are ", total)
                         : absl::StrCat("statements ", offset + 1, "\u2013", after, " of ", total);
  if (hidden > 0) absl::StrAppend(&line, " (", hidden, " hidden by --min-checkworthy)");
  if (more) absl::StrAppend(&line, "; --offset ", after, " for the next");
  (format == OutputFormat::kText ? out : err) << line << "\n";
}

void PrintStatements(const std::vector<Statement>& statements, OutputFormat format,
                     std::ostream& out) {
  if (format == OutputFormat::kCsv) PrintCsvHeader(out);
  for (const Statement& s : statements) {
    switch (format) {
      case OutputFormat::kCsv:
        PrintCsv(s, out);
        break;
      case OutputFormat::kJsonl:
      case OutputFormat::kJson:
        out << StatementToJson(s) << "\n";
        break;
      default:
        PrintText(s, out);
    }
  }
}

}  // namespace qtrack::cli
