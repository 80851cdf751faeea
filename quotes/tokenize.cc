// File: quotes/tokenize.cc
//
// Stage 1: the tokens (text/tokenizer.h, with lexicon lookups cached per
// token), quote-mark pairing per paragraph and the
// chaining of quotes that run over several paragraphs.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "ingest/markup.h"
#include "absl/strings/str_format.h"
#include "quotes/internal/extractor_impl.h"
#include "text/tokenizer.h"

namespace qtrack {

// ---------------------------------------------------------------------------
// Tokenizer.

void QuoteExtractor::Impl::Tokenize() {
  tokens_.clear();
  para_tokens_.clear();
  for (const Span& p : article->paragraphs) {
    Span q{std::min(p.begin, text.size()), std::min(p.end, text.size())};
    // Markup left in the text (`<tweet author="..." ...>...<tweet/>` from a
    // scraper) is no prose: it splits the paragraph, so no sentence runs
    // across it and its attribute quotes pair with nothing.
    ForEachProseRun(text, q, [&](Span piece, bool last) {
      int b = tokens_.size();
      if (!piece.empty()) TokenizeParagraph(piece);
      if (int(tokens_.size()) > b || last) para_tokens_.push_back(Range{b, int(tokens_.size())});
    });
  }
  // Two-word cues ("called for", "pointed out"): the verb carries the cue.
  char verb_buf[64];
  for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    if (!(t.classes & qi::kParticleVerb) || tokens_[i + 1].type != kWord) continue;
    std::string_view verb = Lower(Tok(i), verb_buf, sizeof verb_buf);
    const CueEntry* e = qi::LookupParticleCue(verb, LowerTok(i + 1));
    // A strong verb keeps its own entry unless the pair is a surer cue
    // ("warned of" 0.83 over "warned" 0.66).
    if (e && (!t.cue || (t.cue->flags & qi::kCueWeak) || e->rate > t.cue->rate)) t.cue = e;
  }
}

void QuoteExtractor::Impl::TokenizeParagraph(Span p) {
  text_tokens_.clear();
  text::Tokenize(text, p.begin, p.end, &text_tokens_);
  auto lower_ascii = [](unsigned char ch) { return ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch; };
  for (const text::Token& base : text_tokens_) {
    Token& t = tokens_.emplace_back();
    static_cast<text::Token&>(t) = base;
    if (t.type != kWord) continue;
    // Lexicon lookups, once per word; a cheap filter spares most of them.
    size_t n = t.end - t.begin;
    unsigned char c = text[t.begin], last = text[t.end - 1];
    unsigned char second = text[n > 1 ? t.begin + 1 : t.begin], second_last = text[n > 1 ? t.end - 2 : t.begin];
    if (n <= 32 &&
        ((c | last | second | second_last) >= 0x80 ||
         qi::MaybeLexiconWord(lower_ascii(c), lower_ascii(second), lower_ascii(second_last), lower_ascii(last), n))) {
      if (const qi::WordInfo* info = qi::LookupWord(LowerTok(tokens_.size() - 1))) {
        t.cue = info->cue;
        t.classes = info->classes;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Quote pairing.

// Families of marks that may continue a quote into the next paragraph.
static int MarkFamily(Mark m) {
  switch (m) {
    case kStraight: return 1;
    case kLeftCurly: case kRightCurly: case kLow9: return 2;
    case kGuilOpen: case kGuilClose: return 3;
    default: return 0;
  }
}

void QuoteExtractor::Impl::PairQuotes(Range p, Range next, int skip) {
  stack_.clear();
  size_t first_quote = quotes_.size();
  bool any_double = false;
  auto close = [&](int open, int close_tok) {
    // Only top-level quotes are recorded; nested ones stay part of it.
    if (!stack_.empty()) return;
    QuoteSpan q;
    q.open_tok = open;
    q.close_tok = close_tok;
    q.begin = tokens_[open].begin;
    q.end = tokens_[close_tok].end;
    q.closed = true;
    quotes_.push_back(q);
  };
  for (int i = p.b; i < p.e; ++i) {
    Token& t = tokens_[i];
    if (t.type != kDQuote || i == skip) continue;
    any_double = true;
    Mark top = stack_.empty() ? kNoMark : tokens_[stack_.back()].mark;
    switch (t.mark) {
      case kGuilOpen: case kLow9:
        stack_.push_back(i);
        break;
      case kGuilClose:
        while (!stack_.empty() && tokens_[stack_.back()].mark != kGuilOpen) stack_.pop_back();
        if (!stack_.empty()) { int o = stack_.back(); stack_.pop_back(); close(o, i); }
        break;
      case kLeftCurly: {
        // `“It's unusual,“ said ...`: a “ in closing position (after a word
        // or punctuation, before a space) closes an open “.
        bool closing_position = (t.flags & kAdjacentPrev) && i > p.b && tokens_[i - 1].type != kDQuote &&
                                (i + 1 >= p.e || !(tokens_[i + 1].flags & kAdjacentPrev));
        if (top == kLow9 || (top == kLeftCurly && closing_position)) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else {
          stack_.push_back(i);
        }
        break;
      }
      case kRightCurly:
        if (top == kLeftCurly || top == kLow9) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else if (top == kStraight) {
          int o = stack_.back(); stack_.pop_back(); close(o, i);
        } else if (stack_.empty() && i + 1 < p.e && !(tokens_[i + 1].flags & kAdjacentPrev) == false &&
                   tokens_[i + 1].type == kWord && !(t.flags & kAdjacentPrev)) {
          stack_.push_back(i);  // ” used as an opening mark
        }
        break;
      case kStraight: {
        // `“Immunity deals ... FBI," Chaffetz said`: a straight mark in
        // closing position (after a word, before a space) closes a curly one.
        bool closing_position = (t.flags & kAdjacentPrev) &&
                                (i + 1 >= p.e || !(tokens_[i + 1].flags & kAdjacentPrev));
        if (closing_position && (top == kLeftCurly || top == kLow9)) {
          int o = stack_.back();
          stack_.pop_back();
          close(o, i);
          break;
        }
        auto it = std::find_if(stack_.rbegin(), stack_.rend(),
                               [&](int o) { return tokens_[o].mark == kStraight; });
        // `"A long quote. "And its next paragraph."`: paragraphs of one
        // quote flattened into one line open each paragraph again and close
        // only the last. A mark in opening position (after a sentence end
        // and a space, right before a capitalised word) while a quote is
        // open reopens it: no closing mark.
        bool reopens = it != stack_.rend() && !(t.flags & kAdjacentPrev) && i > p.b &&
                       tokens_[i - 1].type == kPeriod && i + 1 < p.e && (tokens_[i + 1].flags & kAdjacentPrev) &&
                       tokens_[i + 1].type == kWord && (tokens_[i + 1].flags & kCap);
        if (reopens) break;
        if (it != stack_.rend()) {
          int o = *it;
          stack_.erase(std::next(it).base(), stack_.end());
          close(o, i);
        } else {
          stack_.push_back(i);
        }
        break;
      }
      default: break;
    }
  }
  if (!stack_.empty()) {
    // Unclosed: the outermost quote runs to the paragraph's end (and may
    // continue in the next paragraph, see ChainQuotes).
    int o = stack_.front();
    stack_.clear();
    bool continued = !next.empty() && tokens_[next.b].type == kDQuote &&
                     MarkFamily(tokens_[next.b].mark) == MarkFamily(tokens_[o].mark);
    if (o == p.b && !continued) {
      // A mark opening a paragraph and never closed nor continued is a
      // block-quote marker ("Melanie thought ...): pair the rest without it.
      quotes_.resize(first_quote);
      PairQuotes(p, next, o);
      return;
    }
    if (o + 1 < p.e && text.size() > 0 &&
        tokens_[p.e - 1].end - tokens_[o].begin <= options.max_quote_bytes) {
      QuoteSpan q;
      q.open_tok = o;
      q.close_tok = p.e - 1;
      q.begin = tokens_[o].begin;
      q.end = tokens_[p.e - 1].end;
      q.closed = false;
      quotes_.push_back(q);
    }
  }
  if (!any_double) PairSingleQuotes(p);
}

// Headlines use single quotes: `Lavrov says NATO 'should have been
// dissolved.'`. An apostrophe inside a word never reaches here (the
// tokenizer keeps it in the word); a closing mark needs an opening one
// before it in the same paragraph, which keeps "Democrats' votes" out.
void QuoteExtractor::Impl::PairSingleQuotes(Range p) {
  int open = -1;
  for (int i = p.b; i < p.e; ++i) {
    const Token& t = tokens_[i];
    if (t.type != kSQuote) continue;
    if (t.mark == kSingleOpen) {
      if (open < 0) open = i;
    } else if (open >= 0 && i - open >= 3) {
      QuoteSpan q;
      q.open_tok = open;
      q.close_tok = i;
      q.begin = tokens_[open].begin;
      q.end = t.end;
      q.closed = true;
      q.single = true;
      quotes_.push_back(q);
      open = -1;
    }
  }
}

void QuoteExtractor::Impl::ChainQuotes() {
  int chain = 0;
  for (size_t qi = 0; qi < quotes_.size(); ++qi) {
    QuoteSpan& q = quotes_[qi];
    for (uint32_t t = q.open_tok; t <= q.close_tok; ++t) tokens_[t].quote = qi;
  }
  // An unclosed quote followed by a paragraph whose first token opens a
  // quote: the two are one statement.
  for (size_t qi = 0; qi + 1 < quotes_.size(); ++qi) {
    QuoteSpan& q = quotes_[qi];
    if (q.closed || q.single) continue;
    QuoteSpan& n = quotes_[qi + 1];
    // The next quote must open its paragraph: the token before it is the
    // end of q's paragraph.
    if (n.open_tok != q.close_tok + 1) continue;
    if (MarkFamily(tokens_[n.open_tok].mark) != MarkFamily(tokens_[q.open_tok].mark)) continue;
    if (q.chain < 0) q.chain = chain++;
    n.chain = q.chain;
  }
}

}  // namespace qtrack
