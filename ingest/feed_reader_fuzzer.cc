// libFuzzer target for ParseFeed.
//   bazel build --config=fuzz //ingest:feed_reader_fuzzer
//   bazel-bin/ingest/feed_reader_fuzzer -max_total_time=30 testdata/fuzz/feed
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  size_t items = 0;
  (void)qtrack::ParseFeed(xml, [&](qtrack::Article&& a) {
    items += a.paragraphs.size() + 1;
  });
  return 0;
}
