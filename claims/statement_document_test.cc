#include "claims/statement_document.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <xapian.h>

#include "claims/text_keys.h"
#include "ingest/article_util.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

std::string FreshDir(const std::string& name) {
  std::string dir = std::string(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp") + "/" + name;
  std::filesystem::remove_all(dir);
  return dir;
}

std::string Repeat(const std::string& s, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

Statement Peskov() {
  Statement st;
  st.id = "h0123456789abcdef0123456789abcdef";
  st.speaker_id = "dmitry_peskov";
  st.quote = "The talks were extremely useful.";
  st.kind = "direct";
  st.via = "TASS";
  st.language = "en";
  st.said_on = st.first_seen = st.last_seen = "2025-04-14";
  st.occurrences.push_back({"kyiv-1", "https://kyivindependent.com/1", "kyivindependent.com",
                            "Title", "2025-04-14"});
  return st;
}

TEST(StatementDocumentTest, ShortValuesKeepTheDocumentedTerms) {
  Xapian::Document doc;
  ASSERT_TRUE(AddStatementTerms(Peskov(), &doc).ok());
  EXPECT_EQ(ConduitTerm("TASS"), "Vtass");
  EXPECT_EQ(OutletTerm("kyivindependent.com"), "Okyivindependent_com");
  EXPECT_EQ(SpeakerTerm("dmitry_peskov"), "Sdmitry_peskov");
  std::vector<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.push_back(*it);
  EXPECT_EQ(terms, (std::vector<std::string>{"A" + ContentHashId("kyiv-1"), "Kdirect",
                                             "Len", "Okyivindependent_com",
                                             "Qh0123456789abcdef0123456789abcdef",
                                             "Sdmitry_peskov", "Vtass"}));
}

// Issue 22: a 260-character outlet name (an EUvsDisinfo case) made a term
// Xapian refused, which stopped the whole ingest.
TEST(StatementDocumentTest, LongValuesAreBoundedAndStaySearchable) {
  const std::string long_outlet = Repeat("Kremlin-friendly news ", 12);  // 264 bytes
  const std::string long_conduit = Repeat("Агентство ", 30);       // Cyrillic: 2 bytes a letter
  Statement st = Peskov();
  st.speaker_id = TermKey(Repeat("Someone Very Long ", 20));
  st.via = long_conduit;
  st.language = std::string(300, 'x');
  st.occurrences[0].outlet = long_outlet;
  st.occurrences[0].article_id = "https://example.com/" + std::string(400, 'a');
  st.links.push_back({"checked", "https://checks.example/" + std::string(300, 'b'), 1.0, "", false});
  Xapian::Document doc;
  ASSERT_TRUE(AddStatementTerms(st, &doc).ok());
  SetStatementValuesAndData(st, &doc);
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    EXPECT_LE((*it).size(), kMaxTermBytes) << *it;

  const std::string dir = FreshDir("statement_document_long");
  {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN);
    db.add_document(doc);  // would throw InvalidArgumentError before
    db.commit();
  }
  Xapian::Database db(dir);
  auto count = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    return enquire.get_mset(0, 10).size();
  };
  // The query side applies the same rule to the full value...
  EXPECT_EQ(count(KeyFieldQuery('O', long_outlet)), 1u);
  EXPECT_EQ(count(KeyFieldQuery('V', long_conduit)), 1u);
  // ... and the visible prefix finds it, however much of it is typed.
  EXPECT_EQ(count(KeyFieldQuery('O', "Kremlin-friendly news*")), 1u);
  EXPECT_EQ(count(KeyFieldQuery('O', long_outlet + "*")), 1u);
  EXPECT_EQ(count(KeyFieldQuery('V', "Агентство Агентство*")), 1u);
  EXPECT_EQ(count(KeyFieldQuery('O', "Kremlin-friendly newspaper*")), 0u);
  // A different long outlet with the same start is another term.
  EXPECT_EQ(count(KeyFieldQuery('O', long_outlet + "Extra")), 0u);
}

TEST(StatementDocumentTest, ATermXapianWouldRefuseIsReportedNotWritten) {
  Statement st = Peskov();
  st.kind = std::string(300, 'k');  // no input makes this; a bug or damaged data could
  Xapian::Document doc;
  absl::Status status = AddStatementTerms(st, &doc);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("longer than Xapian's 245 bytes"), std::string::npos) << status;
}

}  // namespace
}  // namespace qtrack
