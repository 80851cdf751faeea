// File: quotes/extractor_testing.h
//
// Helpers the extractor's tests share: an article from text and the check
// that a text yields exactly the statements expected.
#ifndef QTRACK_QUOTES_EXTRACTOR_TESTING_H_
#define QTRACK_QUOTES_EXTRACTOR_TESTING_H_

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack::testing {

// Paragraphs separated by '\n'; published 2025-04-14 (a Monday).
inline Article MakeArticle(const std::string& text) {
  Article a;
  a.id = "test";
  a.text = text;
  a.published = "2025-04-14";  // a Monday
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  return a;
}

struct Expected {
  const char* text;     // Quote::text, exactly
  const char* speaker;  // resolved speaker, exactly
};

// Extracts `text` and checks that it yields exactly `expected`, in order.
inline void ExpectStatements(const std::string& text, const std::vector<Expected>& expected) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle(text), &quotes);
  ASSERT_EQ(quotes.size(), expected.size()) << text;
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(quotes[i].text, expected[i].text) << text;
    EXPECT_EQ(quotes[i].speaker, expected[i].speaker) << text;
  }
}

}  // namespace qtrack::testing

#endif  // QTRACK_QUOTES_EXTRACTOR_TESTING_H_
