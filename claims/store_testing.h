// File: claims/store_testing.h
//
// Helpers for tests of the store: a fresh database directory per test.
#ifndef QTRACK_CLAIMS_STORE_TESTING_H_
#define QTRACK_CLAIMS_STORE_TESTING_H_

#include <cstdlib>
#include <filesystem>
#include <string>

namespace qtrack::testing {

// $TEST_TMPDIR/NAME (else /tmp/NAME), emptied.
inline std::string FreshDir(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  std::string dir = std::string(tmp != nullptr ? tmp : "/tmp") + "/" + name;
  std::filesystem::remove_all(dir);
  return dir;
}

}  // namespace qtrack::testing

#endif  // QTRACK_CLAIMS_STORE_TESTING_H_
