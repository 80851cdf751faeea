// libFuzzer target for the JSON Lines reader (one record per input, as the
// reader sees it after line splitting and UTF-8 repair).
//   bazel build --config=fuzz //ingest:jsonl_reader_fuzzer
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static qtrack::JsonlReader* reader = new qtrack::JsonlReader();  // reused, as ingest does
  std::string line;
  qtrack::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &line);
  qtrack::Article article;
  if (reader->Parse(line, &article).ok()) {
    for (const qtrack::Span& s : article.paragraphs)
      if (s.end <= s.begin || s.end > article.text.size()) __builtin_trap();
  }
  return 0;
}
