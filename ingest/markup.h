// File: ingest/markup.h
//
// Markup left in article text. Scrapers and converted corpora leave tags in
// the body ("<tweet author=\"@x\" ...>...</tweet>"); a tag with attributes
// is not prose, and its attribute values hold quotation marks that would
// pair with the article's own. The quote and claim detectors split
// paragraphs at such tags. Bare tags ("<b>", "<script>") are left as text:
// they hold no quotation marks, and an article may well be quoting them.
// So is any tag inside a typographic quotation (“…<img …>…”, «…»): those
// are someone's words, shown escaped, however hostile.
//
// Example:
//   ForEachProseRun(text, paragraph, [&](Span prose, bool last) {
//     if (!prose.empty()) SplitSentences(text.substr(prose.begin, prose.size()), ...);
//   });
#ifndef QTRACK_INGEST_MARKUP_H_
#define QTRACK_INGEST_MARKUP_H_

#include <algorithm>
#include <string_view>

#include "ingest/article.h"

namespace qtrack {

// The first markup tag with an attribute in text[from, end):
// `<name key="value" ...>` (or `.../>`) with a name of ASCII letters, on one
// line and under 400 bytes, with no '<' inside, and not inside a “…” or «…»
// quotation opened after `from`. An empty span when there is none. Prose
// comparisons ("x < y", "<3") are no tags.
inline Span NextMarkupTag(std::string_view text, size_t from, size_t end) {
  // Every search stays inside text[from, end) (and a tag inside 400 bytes),
  // so splitting N paragraphs costs their length, not N times the text's.
  if (end > text.size()) end = text.size();
  text = text.substr(0, end);
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  // Open typographic quotations in text[from, pos): “ ” are E2 80 9C / 9D,
  // « » are C2 AB / BB.
  int open = 0;
  size_t scanned = from;
  auto inside_quotation = [&](size_t pos) {
    for (; scanned + 1 < pos; ++scanned) {
      unsigned char c = text[scanned];
      if (c == 0xE2 && scanned + 2 < pos && (unsigned char)text[scanned + 1] == 0x80) {
        unsigned char d = text[scanned + 2];
        if (d == 0x9C) ++open;
        else if (d == 0x9D && open > 0) --open;
      } else if (c == 0xC2) {
        unsigned char d = text[scanned + 1];
        if (d == 0xAB) ++open;
        else if (d == 0xBB && open > 0) --open;
      }
    }
    return open > 0;
  };
  for (size_t i = text.find('<', from); i != std::string_view::npos && i + 2 < end; i = text.find('<', i + 1)) {
    size_t n = i + 1;
    size_t name = n;
    while (n < end && letter(text[n])) ++n;
    if (n == name || n >= end || text[n] != ' ') continue;
    size_t close = text.substr(0, std::min(end, i + 401)).find('>', n);
    if (close == std::string_view::npos) continue;
    std::string_view inside = text.substr(i + 1, close - i - 1);
    if (inside.find('<') != std::string_view::npos || inside.find('\n') != std::string_view::npos) continue;
    if (inside.find("=\"") == std::string_view::npos) continue;
    if (inside_quotation(i)) continue;
    return Span{i, close + 1};
  }
  return Span{};
}

// Calls run(piece, last) for each stretch of text[p.begin, p.end) between
// markup tags, in order; `last` is true for the final stretch. Stretches may
// be empty (a paragraph that is empty or ends with a tag).
template <typename F>
void ForEachProseRun(std::string_view text, Span p, F&& run) {
  for (size_t from = p.begin;;) {
    Span tag = NextMarkupTag(text, from, p.end);
    if (tag.empty()) {
      run(Span{from, std::max(from, p.end)}, true);
      return;
    }
    run(Span{from, tag.begin}, false);
    from = tag.end;
  }
}

}  // namespace qtrack

#endif  // QTRACK_INGEST_MARKUP_H_
