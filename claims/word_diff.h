// File: claims/word_diff.h
//
// The word-level difference between two wordings of one quote: what a desk
// reads to see how a quote was altered ("were [-extremely useful-]{+useless+}
// for the talks").
//
// Example:
//   std::vector<WordDiffPart> d = WordDiff("it was extremely useful", "it was useless");
//   // d = {same "it was", removed "extremely useful", added "useless"}
//   FormatWordDiff(d, 3);  // "it was [-extremely useful-]{+useless+}"
//
// Words are runs of non-space bytes compared without case and without the
// punctuation around them ("useful," matches "useful"); the parts keep the
// later wording's punctuation for unchanged words. The alignment is the
// longest common subsequence of words, so a changed word shows as one
// removal and one addition next to each other.
//
// Thread-safety: pure functions.
#ifndef QTRACK_CLAIMS_WORD_DIFF_H_
#define QTRACK_CLAIMS_WORD_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qtrack {

struct WordDiffPart {
  enum class Kind { kSame, kRemoved, kAdded };
  Kind kind = Kind::kSame;
  std::string text;          // the words of this part, joined by single spaces
  size_t words = 0;          // how many words `text` holds
};

// Consecutive parts never share a kind; a change is a removal followed by
// an addition. Texts of more than kMaxDiffWords words on either side are
// not aligned: the result is then one removal and one addition.
inline constexpr size_t kMaxDiffWords = 200;
std::vector<WordDiffPart> WordDiff(std::string_view earlier, std::string_view later);

// The diff as one line, changes marked "[-removed-]" and "{+added+}";
// unchanged runs longer than 2 × `context_words` keep only that many
// words on each side of a change, with "…" for what was left out.
std::string FormatWordDiff(const std::vector<WordDiffPart>& parts, size_t context_words);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_WORD_DIFF_H_
