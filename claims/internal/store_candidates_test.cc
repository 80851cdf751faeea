#include "claims/internal/store_candidates.h"

#include <xapian.h>

#include <string>
#include <vector>

#include "claims/internal/store_schema.h"
#include "gtest/gtest.h"

namespace qtrack::store_internal {
namespace {

// The candidate terms a preparer takes from the statement's indexed text
// are the ones a second pass of the tokenizer would give.
std::vector<std::string> FromIndexed(const std::string& text, const std::string& language) {
  Xapian::TermGenerator termgen;
  Xapian::Document doc;
  IndexText(termgen, text, language, &doc);
  return CandidateQuery::TermsOfIndexed(doc, language);
}

TEST(CandidateQueryTest, TermsOfIndexedAreTheTermsOfTheText) {
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"The minister said the wills of both men will be read on Monday.", "en"},
      {"We don't accept the Council's 3rd offer of 2.5% for 2025", "en"},
      {"Is it what they were doing? It is, and it was not.", "en"},
      {"UNESCO and the WHO: Peskov's remarks were \"unhelpful\"", "en"},
      {"Переговоры были полезными, сказал Песков журналистам", "ru"},
      {"Ми не визнаємо результати цих виборів", "uk"},
      {"Les négociations continueront la semaine prochaine", "fr"},
      {"no stemmer for this language code", "xx"},
      {"", "en"},
      {"!!! -- ... 42", "en"},
  };
  for (const auto& [text, language] : texts) {
    CandidateQuery query;
    EXPECT_EQ(FromIndexed(text, language), query.Terms(text, language)) << text;
  }
}

TEST(CandidateQueryTest, TermsOfIndexedLeaveOutStopWordsButNotTheirStemsFromOtherWords) {
  // "will" is a stop word; "wills" stems to the same "will" and counts.
  EXPECT_EQ(FromIndexed("he will sign", "en"), (std::vector<std::string>{"Zsign"}));
  EXPECT_EQ(FromIndexed("the wills he will sign", "en"),
            (std::vector<std::string>{"Zsign", "Zwill"}));
}

}  // namespace
}  // namespace qtrack::store_internal
