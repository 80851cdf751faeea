// File: common/hash.h
//
// The project's one FNV-1a (64-bit) string hash. Several of its values are
// stored on disk and must never change: statement and article ids
// (ContentHashId, ingest/article_util.h) and the shard a statement is
// placed in (claims/internal/store_shards.h). common/hash_test.cc pins
// them.
//
// Thread-safety: pure functions.
#ifndef QTRACK_COMMON_HASH_H_
#define QTRACK_COMMON_HASH_H_

#include <cstdint>
#include <string_view>

namespace qtrack {

inline constexpr uint64_t kFnv1aPrime = 1099511628211ULL;
// FNV-1a's published 64-bit offset basis.
inline constexpr uint64_t kFnv1aOffsetBasis = 14695981039346656037ULL;
// The basis qtrack's first hashes were written with: a digit short of the
// published one (1469598103934665603). The shard placement and the
// extractor's feature hashes use it, so it stays.
inline constexpr uint64_t kQtrackFnvBasis = 1469598103934665603ULL;

// FNV-1a of the bytes of `s`, starting from `basis`; a hash can be carried
// on by passing it as the basis of the next piece.
constexpr uint64_t Fnv1a(std::string_view s, uint64_t basis = kFnv1aOffsetBasis) {
  uint64_t h = basis;
  for (unsigned char c : s) h = (h ^ c) * kFnv1aPrime;
  return h;
}

}  // namespace qtrack

#endif  // QTRACK_COMMON_HASH_H_
