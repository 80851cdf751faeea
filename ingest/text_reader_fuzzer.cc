// libFuzzer target for plain-text articles (headers, then paragraphs), and
// for the format detection every file goes through.
//   bazel build --config=fuzz //ingest:text_reader_fuzzer
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/reader.h"
#include "ingest/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  (void)qtrack::DetectFormat(raw);
  std::string text;
  qtrack::RepairUtf8(raw, &text);
  qtrack::Article article = qtrack::ParseTextArticle(text);
  size_t last = 0;
  for (const qtrack::Span& s : article.paragraphs) {
    if (s.begin < last || s.end <= s.begin || s.end > article.text.size()) __builtin_trap();
    last = s.end;
  }
  return 0;
}
