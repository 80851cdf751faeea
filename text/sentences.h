// File: text/sentences.h
//
// The one sentence splitter of qtrack's text stages (the quote extractor
// and own-voice claims). It runs over one paragraph's text/tokenizer.h
// tokens and cuts them into sentences, each a token range [b, e).
//
// Contract. A sentence ends after a kPeriod token (. ! ? …) when all hold:
//   - it is not glued to a word of at most four bytes that is an
//     abbreviation (text/abbreviations.h, as the caller judges it: "Mr.",
//     "Gen.", "Jan.") or a single capital ("J.");
//   - no token follows it without white space ("(D-N.C.)", "will.i.am",
//     and a closing quote mark right after it: see below);
//   - it is not inside parentheses opened earlier in the paragraph;
//   - the next token can open a sentence: a capitalised word, a number, a
//     quote mark, a dash not followed by a lower-case word, or "(" followed
//     by an opening quote mark or a capitalised word (`... booed. ("I don't want ...," one said.)`).
// A closing quote mark right after a period ends the sentence when the
// caller's policy says so (the extractor: unless an attribution follows;
// plain text: when the next token can open a sentence; a run of closing
// marks, `?'"` or `.")`, ends after its last). Periods inside a
// quotation, as the policy marks them, end nothing. The tokens after the
// last end form the last sentence. Every token lies in exactly one
// sentence, in order.
//
// Two entry points:
//   - SplitSentenceTokens: the token splitter, for a caller with its own
//     token vector and a policy (the quote extractor: quotations, cues).
//   - SplitSentences: plain text with no quotation analysis (own-voice
//     claims); it also ends a sentence at a line break, after a closing
//     quote mark or bracket that follows a period, and after a dotted
//     acronym ("U.S.") when a function word follows ("... from the U.S. The
//     talks ..."); "No." is an abbreviation only before a number, and a word
//     in capitals ("the FT.") never is one.
//
// Thread-safety: pure. Cost: linear in the tokens; no allocation beyond
// the output vector (SplitSentences: and its token buffer).
#ifndef QTRACK_TEXT_SENTENCES_H_
#define QTRACK_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "text/tokenizer.h"

namespace qtrack::text {

// The token splitter. `tokens` is a vector of text::Token or of a type
// derived from it; the paragraph is tokens[b, e). `out` is cleared, then
// receives R{begin, end} token ranges. `policy` answers, for token i:
//   bool Quoted(int i)          token i lies inside a quotation
//   bool Abbreviation(int i)    word token i is an abbreviation
//   bool OpensQuote(int i)      token i opens a quotation
//   bool ClosesAfterPeriod(int i, int b)
//                               token i closes a quotation (or bracket)
//                               right after a period, at or after b
//   bool ClosingQuoteEnds(int i, int e)
//                               the sentence ends after that closing mark
//                               i, which has a token after it before e
//   bool BreakBefore(int i)     a sentence ends before token i (i > b)
//   bool DottedWordEnds(int i, int e)
//                               a sentence ends after word token i, which
//                               carries its own final dot ("U.S.")
template <typename Tok, typename Policy, typename R>
void SplitSentenceTokens(std::string_view text, const std::vector<Tok>& tokens, int b, int e,
                         Policy& policy, std::vector<R>* out) {
  out->clear();
  auto size = [&](int i) { return tokens[i].end - tokens[i].begin; };
  auto is = [&](int i, char c) { return size(i) == 1 && text[tokens[i].begin] == c; };
  auto cap_word = [&](int i) { return tokens[i].type == kWord && (tokens[i].flags & kCap); };
  int start = b;
  int paren_depth = 0;
  for (int i = b; i < e; ++i) {
    const Tok& t = tokens[i];
    if (i > start && policy.BreakBefore(i)) {
      out->push_back(R{start, i});
      start = i;
    }
    bool end = false;
    const bool quoted = policy.Quoted(i);
    if (t.type == kOther && !quoted) {
      if (is(i, '(')) ++paren_depth;
      else if (is(i, ')') && paren_depth > 0) --paren_depth;
    }
    if (t.type == kPeriod && !quoted) {
      end = true;
      if (i > b && (t.flags & kAdjacentPrev) && tokens[i - 1].type == kWord && size(i - 1) <= 4 &&
          (policy.Abbreviation(i - 1) || (size(i - 1) == 1 && cap_word(i - 1))))
        end = false;
      if (end && i + 1 < e && (tokens[i + 1].flags & kAdjacentPrev)) end = false;
      if (end && paren_depth > 0) end = false;
      if (end && i + 1 < e) {
        const Tok& n = tokens[i + 1];
        // A dash opens a sentence only before what could open one itself
        // ("Bombay! - nominated for ..." goes on).
        end = cap_word(i + 1) || n.type == kDQuote || n.type == kNumber || n.type == kSQuote ||
              (n.type == kDash && !(i + 2 < e && tokens[i + 2].type == kWord && !cap_word(i + 2))) ||
              (n.type == kOther && is(i + 1, '(') && i + 2 < e && (policy.OpensQuote(i + 2) || cap_word(i + 2)));
      }
    } else if (i > b && i + 1 < e && policy.ClosesAfterPeriod(i, b)) {
      end = policy.ClosingQuoteEnds(i, e);
    } else if (t.type == kWord && policy.DottedWordEnds(i, e)) {
      end = true;
    }
    if (end) {
      out->push_back(R{start, i + 1});
      start = i + 1;
    }
  }
  if (start < e) out->push_back(R{start, e});
}

// Plain text: the sentences of text[begin, end) as byte ranges
// [first token's begin, last token's end), so white space is trimmed and
// none is empty. Appends to `out`. `function_word(lower)` says whether a
// lowercased word is a function word that opens sentences ("the", "we");
// nullptr: none is (no sentence ends after a dotted acronym).
void SplitSentences(std::string_view text, size_t begin, size_t end,
                    std::vector<std::pair<size_t, size_t>>* out,
                    bool (*function_word)(std::string_view lower) = nullptr);

}  // namespace qtrack::text

#endif  // QTRACK_TEXT_SENTENCES_H_
