// libFuzzer target for the store's document builder: any speaker id,
// conduit, outlet, language, article id and link target (one a line of the
// input) gives a document that a Xapian database accepts, and the query
// side's terms for the conduit and the outlet are the document's.
//   bazel build --config=fuzz //claims:statement_document_fuzzer
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "claims/statement_document.h"

namespace {

Xapian::WritableDatabase* MakeDatabase() {
  const std::string dir = std::filesystem::temp_directory_path() /
                          ("qtrack-document-fuzz-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  return new Xapian::WritableDatabase(dir, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
}

bool HasTerm(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Xapian::WritableDatabase* db = MakeDatabase();
  std::vector<std::string> fields(6);
  size_t field = 0;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == '\n' && field + 1 < fields.size()) ++field;
    else fields[field].push_back(static_cast<char>(data[i]));
  }
  qtrack::Statement st;
  st.id = "h0123456789abcdef0123456789abcdef";
  st.kind = "direct";
  st.quote = "The talks were useful.";
  st.speaker_id = fields[0];
  st.via = fields[1];
  st.language = fields[2];
  st.said_on = fields[2];
  st.occurrences.push_back({fields[4], "", fields[3], "", fields[2]});
  st.links.push_back({"checked", fields[5], 1.0, "", false});
  Xapian::Document doc;
  if (!qtrack::AddStatementTerms(st, &doc).ok()) __builtin_trap();  // only input-made terms here
  qtrack::SetStatementValuesAndData(st, &doc);
  for (Xapian::TermIterator it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    if ((*it).size() > qtrack::kMaxTermBytes) __builtin_trap();
  if (!st.via.empty() && !HasTerm(doc, qtrack::ConduitTerm(st.via))) __builtin_trap();
  if (!fields[3].empty() && !HasTerm(doc, qtrack::OutletTerm(fields[3]))) __builtin_trap();
  // Xapian checks terms as they are added; the transaction is cancelled so
  // that nothing accumulates from run to run (which libFuzzer's leak check
  // would scan after every input).
  db->begin_transaction(false);
  try {
    db->add_document(doc);
  } catch (const Xapian::Error&) {
    __builtin_trap();  // a term or value Xapian refuses got through
  }
  db->cancel_transaction();
  return 0;
}
