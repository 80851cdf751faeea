#include "claims/word_diff.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/ascii.h"

namespace qtrack {
namespace {

struct DiffWord {
  std::string_view text;  // as written
  std::string key;        // lower case, without the punctuation around it
};

// Bytes that open or close a word without being part of it: ASCII
// punctuation and the UTF-8 curly quotes (E2 80 9C/9D/98/99).
bool IsEdgePunctuation(std::string_view w, size_t i) {
  const unsigned char c = w[i];
  return c < 0x80 && absl::ascii_ispunct(c);
}

std::string WordKey(std::string_view w) {
  size_t begin = 0, end = w.size();
  // Curly quotes are three bytes: strip them as a unit.
  auto curly_at = [&](size_t i) {
    return i + 3 <= w.size() && static_cast<unsigned char>(w[i]) == 0xE2 &&
           static_cast<unsigned char>(w[i + 1]) == 0x80 &&
           (static_cast<unsigned char>(w[i + 2]) & 0xF0) == 0x90;
  };
  for (;;) {
    if (begin < end && IsEdgePunctuation(w, begin)) ++begin;
    else if (begin + 3 <= end && curly_at(begin)) begin += 3;
    else break;
  }
  for (;;) {
    if (end > begin && IsEdgePunctuation(w, end - 1)) --end;
    else if (end >= begin + 3 && curly_at(end - 3)) end -= 3;
    else break;
  }
  std::string key(w.substr(begin, end - begin));
  absl::AsciiStrToLower(&key);
  return key.empty() ? std::string(w) : key;
}

std::vector<DiffWord> SplitWords(std::string_view text) {
  std::vector<DiffWord> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && absl::ascii_isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) {
      std::string_view w = text.substr(start, i - start);
      out.push_back({w, WordKey(w)});
    }
  }
  return out;
}

void Append(std::vector<WordDiffPart>* parts, WordDiffPart::Kind kind, std::string_view word) {
  if (parts->empty() || parts->back().kind != kind) parts->push_back({kind, "", 0});
  WordDiffPart& p = parts->back();
  if (!p.text.empty()) p.text.push_back(' ');
  p.text.append(word);
  ++p.words;
}

}  // namespace

std::vector<WordDiffPart> WordDiff(std::string_view earlier, std::string_view later) {
  const std::vector<DiffWord> a = SplitWords(earlier), b = SplitWords(later);
  std::vector<WordDiffPart> parts;
  if (a.size() > kMaxDiffWords || b.size() > kMaxDiffWords) {
    for (const DiffWord& w : a) Append(&parts, WordDiffPart::Kind::kRemoved, w.text);
    for (const DiffWord& w : b) Append(&parts, WordDiffPart::Kind::kAdded, w.text);
    return parts;
  }
  // lcs[i][j]: longest common subsequence of a[i..] and b[j..].
  const size_t n = a.size(), m = b.size();
  std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
  auto at = [m](size_t i, size_t j) { return i * (m + 1) + j; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[at(i, j)] = a[i].key == b[j].key ? lcs[at(i + 1, j + 1)] + 1
                                           : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].key == b[j].key) {
      Append(&parts, WordDiffPart::Kind::kSame, b[j].text);
      ++i, ++j;
    } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
      // Removals first, so a replaced word reads "[-old-]{+new+}".
      Append(&parts, WordDiffPart::Kind::kRemoved, a[i].text);
      ++i;
    } else {
      Append(&parts, WordDiffPart::Kind::kAdded, b[j].text);
      ++j;
    }
  }
  return parts;
}

std::string FormatWordDiff(const std::vector<WordDiffPart>& parts, size_t context_words) {
  std::string out;
  auto add = [&out](std::string_view s) {
    if (!out.empty()) out.push_back(' ');
    out.append(s);
  };
  for (size_t k = 0; k < parts.size(); ++k) {
    const WordDiffPart& p = parts[k];
    if (p.kind == WordDiffPart::Kind::kRemoved) {
      add("[-" + p.text + "-]");
      continue;
    }
    if (p.kind == WordDiffPart::Kind::kAdded) {
      // A replacement reads as one change: "[-old-]{+new+}".
      if (k > 0 && parts[k - 1].kind == WordDiffPart::Kind::kRemoved) out.append("{+" + p.text + "+}");
      else add("{+" + p.text + "+}");
      continue;
    }
    // Unchanged words: keep `context_words` next to each neighbouring change.
    std::vector<std::string_view> words;
    for (size_t s = 0, e; s < p.text.size(); s = e + 1) {
      e = p.text.find(' ', s);
      if (e == std::string::npos) e = p.text.size();
      words.push_back(std::string_view(p.text).substr(s, e - s));
    }
    const size_t keep_front = k > 0 ? context_words : 0;
    const size_t keep_back = k + 1 < parts.size() ? context_words : 0;
    if (parts.size() == 1 || keep_front + keep_back >= words.size()) {
      add(p.text);
      continue;
    }
    for (size_t w = 0; w < keep_front; ++w) add(words[w]);
    add("\u2026");
    for (size_t w = words.size() - keep_back; w < words.size(); ++w) add(words[w]);
  }
  return out;
}

}  // namespace qtrack
