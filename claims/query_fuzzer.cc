// libFuzzer target for the search query syntax (Xapian's query parser with
// qtrack's prefixes, field processors and date ranges) against a small
// database made once.
//   bazel build --config=fuzz //claims:query_fuzzer
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "claims/store.h"

namespace {

qtrack::Store* MakeStore() {
  std::string dir = std::filesystem::temp_directory_path() / ("qtrack-query-fuzz-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  {
    qtrack::StoreOptions options;
    options.link = false;
    auto writer = qtrack::Store::OpenForWriting(dir, options);
    if (!writer.ok()) __builtin_trap();
    qtrack::Article a;
    a.id = "a";
    a.outlet = "tass.com";
    a.published = "2025-04-14";
    a.text = "x";
    qtrack::Quote q;
    q.speaker = "Dmitry Peskov";
    q.via = "TASS";
    q.text = "The talks were extremely useful and will continue.";
    (void)(*writer)->AddArticle(a, {q});
    (void)(*writer)->Commit();
  }
  auto reader = qtrack::Store::OpenForReading(dir);
  if (!reader.ok()) __builtin_trap();
  return reader->release();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static qtrack::Store* store = MakeStore();
  std::string query(reinterpret_cast<const char*>(data), size);
  (void)store->Search(query, 10);  // errors are fine; crashes are not
  return 0;
}
