// libFuzzer target for ParseHtmlArticle (both modes).
//   bazel build --config=fuzz //ingest:html_reader_fuzzer
//   bazel-bin/ingest/html_reader_fuzzer -max_total_time=30 testdata/fuzz/html
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  qtrack::HtmlOptions options;
  options.max_bytes = 1 << 20;
  // The first byte picks the mode so both paths are explored.
  options.main_content_only = size == 0 || (data[0] & 1) == 0;
  absl::StatusOr<qtrack::Article> a = qtrack::ParseHtmlArticle(html, "https://fuzz.example/", options);
  if (a.ok()) {
    // The paragraph contract must hold for every input.
    size_t last = 0;
    for (const qtrack::Span& s : a->paragraphs) {
      if (s.begin < last || s.end <= s.begin || s.end > a->text.size()) __builtin_trap();
      last = s.end;
    }
  }
  return 0;
}
