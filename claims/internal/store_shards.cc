#include "claims/internal/store_shards.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "common/hash.h"

namespace qtrack::store_internal {

std::vector<std::string> ShardDirs(const std::string& dir) {
  std::ifstream stub(dir + "/" + kStubFile);
  if (!stub) return {dir};
  std::vector<std::string> out;
  std::string line;
  while (std::getline(stub, line)) {
    if (line.rfind("auto ", 0) != 0) continue;
    std::string path = line.substr(5);
    out.push_back(path.front() == '/' ? path : dir + "/" + path);
  }
  if (out.empty()) out.push_back(dir);
  return out;
}

uint64_t DirectoryBytes(const std::string& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

size_t ShardOf(std::string_view statement_id, size_t shards) {
  return Fnv1a(statement_id, kQtrackFnvBasis) % shards;
}

}  // namespace qtrack::store_internal
