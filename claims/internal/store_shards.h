// File: claims/internal/store_shards.h  (private to //claims:store)
//
// Where a statement lives in a sharded database. A sharded database is a
// Xapian stub directory: DIR/XAPIANDB lists its shards ("auto shard00" …,
// or "remote HOST:PORT" for shards served by xapian-tcpsrv), and
// Xapian::Database(DIR) opens them all as one, interleaving the shards'
// docids. Statements are placed by a hash of their id (ShardOf), so a
// statement lives in exactly one shard however many articles carry it:
// ShardOf is part of the on-disk format and must never change.
//
// Thread-safety: pure functions.
#ifndef QTRACK_CLAIMS_INTERNAL_STORE_SHARDS_H_
#define QTRACK_CLAIMS_INTERNAL_STORE_SHARDS_H_

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qtrack::store_internal {

// The stub file of a sharded database.
inline constexpr char kStubFile[] = "XAPIANDB";

// The local shard directories a writer opens: DIR itself for a plain
// database, else the "auto" lines of the stub (relative to DIR unless
// absolute).
std::vector<std::string> ShardDirs(const std::string& dir);

// The bytes of the regular files under `dir` (0 when unreadable).
uint64_t DirectoryBytes(const std::string& dir);

// The shard of statement `statement_id` among `shards` (> 0): a 64-bit
// FNV-1a hash of its bytes, modulo `shards`. Its offset basis is
// 1469598103934665603, a digit short of FNV-1a's published one; on-disk
// format, pinned by store_shards_test.
size_t ShardOf(std::string_view statement_id, size_t shards);

// The docid of the combined view for the `local` docid of shard `shard`
// among `shards`, and back.
inline Xapian::docid GlobalDocid(size_t shards, size_t shard, Xapian::docid local) {
  return (local - 1) * shards + shard + 1;
}
inline size_t ShardOfDocid(size_t shards, Xapian::docid global, Xapian::docid* local) {
  *local = (global - 1) / shards + 1;
  return (global - 1) % shards;
}

}  // namespace qtrack::store_internal

#endif  // QTRACK_CLAIMS_INTERNAL_STORE_SHARDS_H_
